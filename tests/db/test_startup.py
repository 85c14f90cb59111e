"""Start-up without waiting: the migration check without Alembic at head, and the deferred
integrity check and backup (open_store(deferred=True)) keeping every guarantee: no write
before the check passed, a damaged file reported and never overwritten, one backup per
start and 10 kept, an older schema still migrated."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest

import desktop.services.store as store_module
from db import cipher
from db.engine import make_engine, sqlite_url
from db.migrate import HEAD_REVISION, current_revision, head_revision, sqlite_file_at_head, upgrade
from desktop.domain.views import ClientInput
from desktop.services import clients
from desktop.services.backup import KEEP, backup_on_start, list_backups
from desktop.services.errors import DamagedDatabaseError
from desktop.services.store import Store, open_store
from tests.db.factories import setup
from tests.db.fixtures import new_sqlite_store

REPO = Path(__file__).resolve().parents[2]


def test_the_head_constant_is_alembics_head() -> None:
    """Adding a migration without updating db.migrate.HEAD_REVISION fails here."""
    assert head_revision() == HEAD_REVISION


def test_a_database_at_head_opens_without_loading_alembic(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    store.close()
    child = (
        "import json, sys\n"
        "from desktop.services.store import open_store\n"
        "open_store(sys.argv[1]).close()\n"
        "print(json.dumps('alembic' in sys.modules))\n"
    )
    env = dict(os.environ, OFFERDESK_LOG_DIR=str(tmp_path / "logs"))
    out = subprocess.run(
        [sys.executable, "-c", child, store.url],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    assert json.loads(out.stdout.strip().splitlines()[-1]) is False


def test_an_older_schema_is_migrated_in_the_foreground_even_in_deferred_mode(tmp_path: Path) -> None:
    url = sqlite_url(tmp_path / "old.sqlite3")
    engine = make_engine(url)
    upgrade(engine, "0001")
    engine.dispose()
    path = tmp_path / "old.sqlite3"
    assert not sqlite_file_at_head(path)
    store = open_store(url, deferred=True)
    try:
        assert store.startup is None  # checked, backed up and migrated before returning
        with store.engine.connect() as connection:
            assert current_revision(connection) == head_revision()
        assert len(list_backups(path)) == 1
    finally:
        store.close()
    assert sqlite_file_at_head(path)


def _deferred(url: str) -> Store:
    store = open_store(url, deferred=True)
    assert store.startup is not None, "an existing database at head takes the deferred path"
    return store


def test_deferred_start_backs_up_once_per_start_and_keeps_ten(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    store.close()
    assert store.path is not None
    for start in range(1, KEEP + 4):
        opened = _deferred(store.url)
        assert opened.startup is not None
        assert len(list_backups(store.path)) == min(start - 1, KEEP)  # nothing before the checks run
        opened.startup.start()
        opened.startup.wait_for_writes()
        opened.close()
        assert opened.startup.error is None
        assert opened.startup.backup_path == list_backups(store.path)[0]
        assert len(list_backups(store.path)) == min(start, KEEP)


def _damage_table(path: Path, table: str) -> None:
    """Garbage over the root page of `table` (as a bad sector would); alembic_version intact."""
    connection = cipher.connect(path, cipher.key_of_file(path))
    try:
        connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        page_size = int(connection.execute("PRAGMA page_size").fetchone()[0])
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    finally:
        connection.close()
    data = bytearray(path.read_bytes())
    data[(root - 1) * page_size : root * page_size] = b"\xa5" * page_size
    path.write_bytes(bytes(data))


def test_a_damaged_database_refuses_every_write_and_is_never_overwritten(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    setup(store)
    store.close()
    assert store.path is not None
    good = backup_on_start(store.path)
    _damage_table(store.path, "clients")
    damaged = store.path.read_bytes()

    opened = _deferred(store.url)  # the version still reads: the damage is found by the check
    assert opened.startup is not None
    try:
        with pytest.raises(DamagedDatabaseError) as caught:  # the first write runs the check
            clients.create_client(opened, ClientInput(legal_name="Kremer S.A."))
        assert caught.value.latest_backup == good
        assert f"offerdesk restore {good}" in str(caught.value)
        assert opened.startup.error is caught.value
        with pytest.raises(DamagedDatabaseError):  # and every write after it
            clients.create_client(opened, ClientInput(legal_name="Kremer S.A."))
    finally:
        opened.close()
    assert store.path.read_bytes() == damaged
    assert list_backups(store.path) == [good]  # no backup of the damaged file either


def test_a_write_during_the_check_waits_for_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    store = new_sqlite_store(tmp_path)
    store.close()
    real_check = store_module.check_sqlite_file
    checking, release = threading.Event(), threading.Event()
    events: list[str] = []

    def slow_check(path: Path) -> None:
        checking.set()
        release.wait()
        real_check(path)
        events.append("checked")

    monkeypatch.setattr(store_module, "check_sqlite_file", slow_check)
    opened = _deferred(store.url)
    assert opened.startup is not None
    opened.startup.start()
    assert checking.wait(10)
    with opened.read() as session:  # reads go on meanwhile
        assert session is not None

    def write() -> None:
        clients.create_client(opened, ClientInput(legal_name="Kremer S.A."))
        events.append("written")

    writer = threading.Thread(target=write)
    writer.start()
    writer.join(0.3)
    assert writer.is_alive()  # held back by the check, not finished
    assert events == []
    release.set()
    writer.join(10)
    opened.close()
    assert events == ["checked", "written"]
    reopened = open_store(store.url, backup=False)
    try:
        assert [c.legal_name for c in clients.search_clients(reopened, "Kremer")] == ["Kremer S.A."]
    finally:
        reopened.close()
