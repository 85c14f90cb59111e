"""Opening the store: migrate an older schema to head, refuse a file that is not a database,
translate a locked database into a clear error."""

from __future__ import annotations

from pathlib import Path

import pytest

import db.engine
from db import cipher
from db.engine import make_engine, sqlite_url
from db.migrate import current_revision, head_revision, upgrade
from desktop.domain.messages import msg
from desktop.domain.views import ClientInput
from desktop.services import clients
from desktop.services.errors import DamagedDatabaseError, DatabaseLockedError
from desktop.services.store import open_store
from tests.db.fixtures import new_sqlite_store


def test_an_older_schema_is_migrated_on_open(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "old.sqlite3")
    engine = make_engine(url)
    upgrade(engine, "0001")
    engine.dispose()
    store = open_store(url)
    with store.engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        triggers = connection.exec_driver_sql(
            "SELECT count(*) FROM sqlite_master WHERE type = 'trigger'"
            " AND tbl_name NOT IN ('offer_search', 'client_search')"  # the FTS5 sync triggers
        )
        assert (
            triggers.scalar() == 42
        )  # 0002: 11, 0004: 16, 0007: 4, 0008: 9 (company certificates), 0009: 1, 0010: 1
    store.close()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "offerdesk.sqlite3"
    path.write_bytes(b"this is a spreadsheet, not a database" * 200)
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(sqlite_url(path))
    assert caught.value.unusable
    assert caught.value.message.id == "offers.database.unusable"
    assert path.read_bytes() == b"this is a spreadsheet, not a database" * 200


def test_a_locked_database_gives_a_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = new_sqlite_store(tmp_path)
    monkeypatch.setattr(db.engine, "BUSY_TIMEOUT_MS", 50)
    assert store.path is not None
    other = cipher.connect(store.path, cipher.key_of_file(store.path))
    other.isolation_level = None
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        with pytest.raises(DatabaseLockedError) as caught:
            clients.create_client(store, ClientInput(legal_name="Kremer S.A."))
        assert caught.value.message == msg("offers.database.busy")
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert clients.create_client(store, ClientInput(legal_name="Kremer S.A.")).id > 0
    store.close()
