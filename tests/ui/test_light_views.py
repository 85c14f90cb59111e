"""The one set of view types is light: the window and its pages import them (and the
vocabulary and labels) without SQLAlchemy, so the window still paints before the store opens."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_the_window_and_the_view_types_load_without_sqlalchemy() -> None:
    child = (
        "import json, sys\n"
        "import desktop.domain.views, desktop.domain.labels, desktop.ui.ports\n"
        "import desktop.ui.main_window, desktop.ui.settings_page, desktop.ui.offers_model\n"
        "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in ('sqlalchemy', 'db'))))\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", child], capture_output=True, text=True, check=True, env=env)
    assert json.loads(out.stdout) == []
