"""Backups on each start (last 10 kept), `offerdesk backup` / `restore`, and a damaged database
detected on open with a clear message naming the latest good backup, never overwritten."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from db.engine import sqlite_url
from desktop.cli import main
from desktop.domain.messages import Message, msg
from desktop.services import offers
from desktop.services.backup import KEEP, backup_on_start, list_backups, restore_from
from desktop.services.errors import BackupError, DamagedDatabaseError
from desktop.services.store import open_store
from tests.db.factories import draft_input, setup
from tests.db.fixtures import new_sqlite_store


def _damage(path: Path) -> None:
    """Overwrite a page in the middle of the file with garbage (as a bad sector would)."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[3 * page : 5 * page] = b"\xa5" * (2 * page)
    path.write_bytes(bytes(data))


def test_each_start_makes_a_backup_and_keeps_the_last_ten(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    store.close()
    assert store.path is not None
    for _ in range(KEEP + 3):
        open_store(store.url).close()
    backups = list_backups(store.path)
    assert len(backups) == KEEP
    for backup in backups:
        restored = open_store(sqlite_url(backup), backup=False)
        restored.close()


def test_backup_and_restore_commands(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    store = new_sqlite_store(tmp_path)
    client_id = setup(store)
    first = offers.create_draft(store, draft_input(client_id))
    store.close()
    target = tmp_path / "copy.sqlite3"
    assert main(["backup", str(target), "--db", store.url]) == 0
    assert "sauvegarde écrite" in capsys.readouterr().out

    later = open_store(store.url, backup=False)
    offers.create_draft(later, draft_input(client_id))
    assert len(offers.list_offers(later)) == 2
    later.close()

    assert main(["restore", str(target), "--db", store.url]) == 0
    out = capsys.readouterr().out
    assert "base précédente gardée sous" in out
    kept = Path(out.split("base précédente gardée sous ")[1].split("\n")[0])
    restored = open_store(store.url, backup=False)
    assert [r.id for r in offers.list_offers(restored)] == [first.id]
    restored.close()
    previous = open_store(sqlite_url(kept), backup=False)
    assert len(offers.list_offers(previous)) == 2
    previous.close()


def test_restore_refuses_a_file_that_is_not_a_good_backup(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    store.close()
    assert store.path is not None
    before = store.path.read_bytes()
    text = tmp_path / "notes.txt"
    text.write_text("not a database")
    with pytest.raises(BackupError) as refused:
        restore_from(store.path, text)
    not_sqlite = msg("records.backup.not_sqlite")
    assert refused.value.message == msg("records.backup.not_a_backup", path=text, problem=not_sqlite)
    damaged = tmp_path / "damaged.sqlite3"
    shutil.copyfile(store.path, damaged)
    _damage(damaged)
    with pytest.raises(BackupError) as refused:
        restore_from(store.path, damaged)
    assert isinstance(refused.value.message, Message)
    assert refused.value.message.id == "records.backup.damaged"
    assert refused.value.message.params["path"] == damaged
    assert main(["restore", str(text), "--db", store.url]) == 1
    assert store.path.read_bytes() == before


def test_a_damaged_database_is_reported_with_the_latest_good_backup(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    setup(store)
    store.close()
    assert store.path is not None
    good = backup_on_start(store.path)
    _damage(store.path)
    damaged_bytes = store.path.read_bytes()
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(store.url)
    error = caught.value
    assert error.latest_backup == good
    assert not error.unusable
    assert error.message.id == "offers.database.damaged"
    assert error.message.params["advice"] == msg("offers.database.restore_advice", backup=good)
    assert f"offerdesk restore {good}" in str(error)
    assert store.path.read_bytes() == damaged_bytes  # never silently overwritten
    assert len(list_backups(store.path)) == 1  # and no backup was made of the damaged file

    # the advised restore works and keeps the damaged file aside
    kept = restore_from(store.path, good)
    assert kept is not None
    assert kept.read_bytes() == damaged_bytes
    open_store(store.url, backup=False).close()


def test_a_damaged_database_without_backup_says_so(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    setup(store)
    store.close()
    assert store.path is not None
    _damage(store.path)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(store.url)
    assert caught.value.latest_backup is None
    assert caught.value.message.params["advice"] == msg("offers.database.no_backup_advice")
