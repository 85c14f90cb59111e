"""Quitting the application (the real path: `run(..., fast_exit=True)` in its own process):
an edit not yet autosaved is saved, and a background job running at that moment (the start-up
backup) is finished, never cut off, before the process ends without tearing Qt down object by
object. How long quitting takes is a benchmark (tests/bench/bench_quit.py), not a test."""

from __future__ import annotations

import json
from pathlib import Path

from db import cipher
from db.engine import sqlite_url
from desktop.services import offers
from desktop.services.backup import list_backups
from desktop.services.store import open_store
from tests.ui.child import child_env, run_child
from tests.ui.test_app_startup import _existing_database

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import dataclasses, json, sys
from PySide6.QtCore import QTimer
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs

mode, offer_id = sys.argv[2], int(sys.argv[3])
seen = {}


def edit_then_quit(window):
    window.open_offer(offer_id)
    editor = window.editor
    editor.autosave_timer.stop()  # the edit is only in memory: nothing saved it yet
    editor.autosave_deadline.stop()
    editor.change(dataclasses.replace(editor.draft, special_conditions="Accès par la cour arrière."), "x")
    seen["dirty"] = editor.is_dirty()
    QTimer.singleShot(0, window.close)


def quit_during_backup(window):
    seen["backup_running"] = not window_store_done()
    QTimer.singleShot(0, window.close)


def window_store_done():
    import gc
    from desktop.services.store import Store
    stores = [o for o in gc.get_objects() if isinstance(o, Store)]
    return all(s.startup is None or s.startup._finished.is_set() for s in stores)


hooks = {"edit": {"on_checked": edit_then_quit}, "backup": {"on_ready": quit_during_backup}}[mode]
import atexit
atexit.register(lambda: print("atexit ran: a slow teardown"))
original = app.finish_background_work


def finish_then_report():
    original()
    print(json.dumps(seen), flush=True)


app.finish_background_work = finish_then_report
app.run(["offerdesk"], db_url=sys.argv[1], dialogs=ScriptedDialogs(), fast_exit=True, **hooks)
print("not reached: fast_exit ends the process")
"""


def _quit(tmp_path: Path, url: str, mode: str, offer_id: int = 0) -> tuple[dict[str, object], str]:
    out = run_child(CHILD, url, mode, str(offer_id), env=child_env(tmp_path), timeout=60)
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[0]), out.stdout


def test_an_edit_not_yet_autosaved_is_saved_when_the_application_quits(tmp_path: Path) -> None:
    path = _existing_database(tmp_path, drafts=1)
    url = sqlite_url(path)
    offer_id = _only_offer_id(path)
    seen, stdout = _quit(tmp_path, url, "edit", offer_id)
    assert seen["dirty"] is True
    assert "not reached" not in stdout
    assert "atexit ran" not in stdout  # the process ended without the slow teardown
    store = open_store(url, backup=False)
    try:
        assert offers.get_offer(store, offer_id).special_conditions == "Accès par la cour arrière."
    finally:
        store.close()


def test_quitting_while_the_start_up_backup_runs_finishes_it(tmp_path: Path) -> None:
    path = _existing_database(tmp_path, drafts=20)
    seen, _ = _quit(tmp_path, sqlite_url(path), "backup")
    assert seen["backup_running"] is True  # the window closed while the backup was under way
    backups = list_backups(path)
    assert backups, "the start-up backup was lost"
    for copy in [*backups, path]:
        db = cipher.connect(copy, cipher.key_of_file(copy))  # encrypted when a keychain is there
        try:
            assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
            assert db.execute("SELECT count(*) FROM offers").fetchone()[0] == 20
        finally:
            db.close()


def _only_offer_id(path: Path) -> int:
    db = cipher.connect(path, cipher.key_of_file(path))
    try:
        [(offer_id,)] = db.execute("SELECT id FROM offers").fetchall()
    finally:
        db.close()
    return int(offer_id)
