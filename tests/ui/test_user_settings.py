"""The window's per-user state lives in one ini file in the data folder (desktop.ui.user_settings):
the application writes nothing to the platform's settings (~/.config/OfferDesk/OfferDesk.conf),
so a test run never leaves a `[signing] place=` in the settings of the machine's user."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from db.engine import sqlite_url
from desktop.services.store import open_store
from tests.db.factories import setup

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import dataclasses, json, sys
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs

seen = {}
dialogs = ScriptedDialogs()


def ready(window):
    backend = window._backend
    backend.save_settings(dataclasses.replace(backend.settings(), place="Esch-sur-Alzette"))
    seen["place"] = backend.settings().place


code = app.run(["offerdesk"], quit_after_shown=True, on_ready=ready, dialogs=dialogs)
print(json.dumps({"code": code, "messages": dialogs.messages, **seen}))
"""


def _files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file())


def test_the_window_writes_its_settings_only_in_the_data_folder(tmp_path: Path) -> None:
    home, data = tmp_path / "home", tmp_path / "data"
    home.mkdir()
    store = open_store(sqlite_url(data / "offerdesk.sqlite3"), backup=False)
    try:
        setup(store)  # a representative: the settings form can be saved
    finally:
        store.close()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "OFFERDESK_DB"))}
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / ".config"),
        XDG_DATA_HOME=str(home / ".local" / "share"),
        XDG_CACHE_HOME=str(tmp_path / "cache"),  # fontconfig's cache: not ours
        OFFERDESK_DATA_DIR=str(data),
        OFFERDESK_LOG_DIR=str(tmp_path / "logs"),
    )
    out = subprocess.run(
        [sys.executable, "-c", CHILD],
        env=env,
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert out.stdout.strip(), out.stderr
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0, seen
    assert [m for m in seen["messages"] if m[0] == "error"] == []
    assert seen["place"] == "Esch-sur-Alzette"
    assert _files(home) == []  # nothing in the user's home: no ~/.config/OfferDesk/OfferDesk.conf
    settings = (data / "ui-settings.ini").read_text(encoding="utf-8")
    assert "place=Esch-sur-Alzette" in settings
    assert "geometry=" in settings  # the window's geometry, saved on quit, is there too
    if os.name == "posix":
        assert (data / "ui-settings.ini").stat().st_mode & 0o077 == 0


def test_no_module_opens_the_platform_s_default_settings() -> None:
    """Only desktop.ui.user_settings opens a QSettings, always on a named file."""
    offenders = [
        str(path.relative_to(REPO))
        for path in (REPO / "desktop").rglob("*.py")
        if "QSettings()" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
