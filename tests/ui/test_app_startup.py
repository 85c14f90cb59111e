"""Start-up on an existing database: the first page is shown before the integrity check and
the start-up backup, which then run off the GUI thread; a damaged file still gets its clear
message (with the latest good backup) and is never written to."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from db.engine import sqlite_url
from desktop.services import offers
from desktop.services.backup import backup_on_start, list_backups
from desktop.services.store import open_store
from tests.db.factories import draft_input, setup
from tests.db.test_startup import _damage_table
from tests.ui.child import child_env, last_json, run_child

REPO = Path(__file__).resolve().parents[2]

CHILD = """
import json, sys
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs

seen = {"order": []}
dialogs = ScriptedDialogs()


def ready(window):
    seen["order"].append("ready")
    seen.update(rows=window.offers.model.rowCount(), status=window.statusBar().currentMessage())
    if len(sys.argv) > 2:  # the start screen as it looks while the check runs
        from PySide6.QtWidgets import QApplication

        QApplication.processEvents()
        window.grab().save(sys.argv[2])


def checked(window):
    seen["order"].append("checked")
    seen.update(status_after=window.statusBar().currentMessage())


code = app.run(["offerdesk"], db_url=sys.argv[1], quit_after_shown=True, on_ready=ready, on_checked=checked,
               dialogs=dialogs)
print(json.dumps({"code": code, "messages": dialogs.messages, **seen}))
"""


def _run_app(tmp_path: Path, url: str, *extra: str) -> dict[str, object]:
    result: dict[str, object] = last_json(run_child(CHILD, url, *extra, env=child_env(tmp_path)))
    return result


def _existing_database(tmp_path: Path, drafts: int = 0) -> Path:
    path = tmp_path / "offerdesk.sqlite3"
    store = open_store(sqlite_url(path), backup=False)  # created, migrated, seeded
    try:
        if drafts:
            client_id = setup(store)
            for _ in range(drafts):
                offers.create_draft(store, draft_input(client_id, dt.date.today()))
    finally:
        store.close()
    return path


def test_the_list_comes_first_then_the_check_and_one_backup(tmp_path: Path, screens: Path) -> None:
    path = _existing_database(tmp_path, drafts=3)
    assert list_backups(path) == []
    seen = _run_app(tmp_path, sqlite_url(path), str(screens / "00-demarrage-verification.png"))
    assert seen["code"] == 0
    assert seen["rows"] == 3
    assert [m for m in seen["messages"] if m[0] == "error"] == []  # type: ignore[attr-defined]
    assert seen["order"] == ["ready", "checked"]
    assert seen["status"] == "Vérification et sauvegarde de la base…"
    assert seen["status_after"] == ""
    assert len(list_backups(path)) == 1  # the start-up backup, made once
    assert _run_app(tmp_path, sqlite_url(path))["code"] == 0
    assert len(list_backups(path)) == 2


def test_an_unreadable_first_page_gets_the_damage_message_not_an_internal_error(tmp_path: Path) -> None:
    """The offers table itself damaged: the first page cannot be read, so the integrity check is
    run at once for its message (it was the excepthook's "erreur interne", waiting on its dialog)."""
    path = _existing_database(tmp_path, drafts=3)
    good = backup_on_start(path)
    _damage_table(path, "offers")
    damaged = path.read_bytes()
    seen = _run_app(tmp_path, sqlite_url(path))
    assert seen["code"] == 1
    [(title, text)] = [(m[1], m[2]) for m in seen["messages"] if m[0] == "error"]  # type: ignore[attr-defined]
    assert title == "OfferDesk"
    assert text.startswith("Base de données endommagée :")
    assert f"offerdesk restore {good}" in text
    assert path.read_bytes() == damaged


def test_a_damaged_database_gets_the_message_and_is_not_touched(tmp_path: Path) -> None:
    path = _existing_database(tmp_path)
    good = backup_on_start(path)
    _damage_table(path, "audit_log")  # not read by the first page: found by the check
    damaged = path.read_bytes()
    seen = _run_app(tmp_path, sqlite_url(path))
    assert seen["code"] == 1
    assert seen["order"] == ["ready"]  # the list was shown, the check then failed
    [(title, text)] = [(m[1], m[2]) for m in seen["messages"] if m[0] == "error"]  # type: ignore[attr-defined]
    assert title == "OfferDesk"
    assert text.startswith("Base de données endommagée :")
    assert f"offerdesk restore {good}" in text
    assert path.read_bytes() == damaged  # nothing written: no expiry run, no seed, no overwrite
    assert list_backups(path) == [good]  # and the damaged file was not backed up over it
