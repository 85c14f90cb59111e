"""Start to the main window with a translation loaded vs French (issue 13: target ≤ 1.05×).

Fresh subprocesses (QT_QPA_PLATFORM=offscreen) on the same small database, interleaved: French,
then German, then English, START_RUNS times; wall time from spawn until the event loop has shown
and painted the window (`on_shown`), and until the offers list is filled (`on_ready`); medians
and each language's ratio to French. The translations are those of the committed .ts brought up
to the code, every entry given a dummy translation (tests/ui/translations.py) so that the .qm
loaded is as large as the finished one will be; Qt's qtbase_<lang>.qm is loaded as in the
application.

Run: `.venv/bin/python -m tests.bench language` (or `make bench`).
"""

from __future__ import annotations

import os
import statistics
import tempfile
from pathlib import Path

from tests.bench.bench_ui import _env, _spawn

START_RUNS = 9
LANGUAGES = ("fr", "de", "en")

_APP = """
import sys, time
from pathlib import Path
from desktop.ui import languages
languages.FOLDER = Path(sys.argv[2])
from desktop.ui.app import run
from tests.ui.conftest import ScriptedDialogs
seen = {}
code = run(
    ["offerdesk"], db_url=sys.argv[1], quit_after_shown=True, dialogs=ScriptedDialogs(),
    on_shown=lambda window: seen.update(shown=time.time(), title=window.nav.item(0).text()),
    on_ready=lambda window: seen.update(ready=time.time()),
)
print(seen["shown"], seen["ready"], code)
print(seen["title"], file=sys.stderr)
"""


def run() -> list[str]:
    from db.engine import sqlite_url
    from desktop.domain.views import RepresentativeInput
    from desktop.services import settings
    from tests.db.fixtures import new_sqlite_store
    from tests.ui import translations

    with tempfile.TemporaryDirectory(prefix="offerdesk-langbench-") as folder:
        data = Path(folder)
        os.environ["OFFERDESK_DATA_DIR"] = str(data)  # this process's store too: never the user's
        qm = data / "qm"
        qm.mkdir()
        for lang in LANGUAGES:
            translations.build(qm, lang, dummy=lang != "fr")
        store = new_sqlite_store(data)  # the test suite's template database, with a representative
        settings.set_representative(store, RepresentativeInput(code="JDU", name="Jeanne Dupont"))
        store.close()
        url = sqlite_url(data / "offerdesk.sqlite3")
        envs = {lang: {**_env(data), "OFFERDESK_LANG": lang} for lang in LANGUAGES}
        _spawn(_APP, [url, str(qm)], envs["fr"])  # first start: the start-up jobs run once
        shown: dict[str, list[float]] = {lang: [] for lang in LANGUAGES}
        ready: dict[str, list[float]] = {lang: [] for lang in LANGUAGES}
        for _ in range(START_RUNS):
            for lang in LANGUAGES:
                shown_ms, ready_ms, _code = _spawn(_APP, [url, str(qm)], envs[lang])
                shown[lang].append(shown_ms)
                ready[lang].append(ready_ms)
    base_shown, base_ready = statistics.median(shown["fr"]), statistics.median(ready["fr"])
    lines = [
        f"start to main window shown, French (baseline): median {base_shown:.0f} ms;"
        f" to the offers list filled: {base_ready:.0f} ms ({START_RUNS} runs, interleaved)"
    ]
    for lang in LANGUAGES[1:]:
        s, r = statistics.median(shown[lang]), statistics.median(ready[lang])
        lines.append(
            f"... with the {lang} translation loaded: shown {s:.0f} ms = {s / base_shown:.3f}x French"
            f" (target <= 1.05x); list filled {r:.0f} ms = {r / base_ready:.3f}x"
        )
    return lines


if __name__ == "__main__":
    for line in run():
        print(line)
