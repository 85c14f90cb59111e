"""Issue 9 D: `restore` compares tables and columns, verifies the audit chain (--force to
override) and holds the database's exclusive lock; the backup retention policy."""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from db import cipher
from db.base import Base
from db.engine import sqlite_url
from db.migrate import HEAD_REVISION
from desktop.cli import main
from desktop.domain.messages import Message, msg
from desktop.domain.views import ClientInput
from desktop.services import clients
from desktop.services.backup import (
    KEEP,
    KEEP_DAYS,
    KEEP_WEEKS,
    AuditChainBrokenError,
    backup_dir,
    backup_on_start,
    backup_time,
    list_backups,
    restore_from,
    rotate,
)
from desktop.services.dblock import lock_exclusive, lock_shared
from desktop.services.errors import BackupError, DatabaseInUseError
from desktop.services.store import open_store
from tests.db.factories import setup
from tests.db.findings import nested
from tests.db.fixtures import new_sqlite_store

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture
def db_and_backup(tmp_path: Path) -> tuple[Path, Path]:
    store = new_sqlite_store(tmp_path)
    setup(store)
    store.close()
    assert store.path is not None
    return store.path, backup_on_start(store.path)


def _copy_of(backup: Path, name: str) -> Path:
    target = backup.parent.parent / name
    target.write_bytes(backup.read_bytes())
    return target


def test_right_table_names_wrong_columns_is_refused(
    db_and_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, _good = db_and_backup
    fake = db.parent / "fake.sqlite3"
    connection = sqlite3.connect(fake)
    for name in Base.metadata.tables:
        connection.execute(f'CREATE TABLE "{name}" (id INTEGER PRIMARY KEY, stuff TEXT)')
    connection.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) PRIMARY KEY)")
    connection.execute("INSERT INTO alembic_version VALUES (?)", (HEAD_REVISION,))
    connection.commit()
    connection.close()
    before = db.read_bytes()
    with pytest.raises(BackupError) as caught:
        restore_from(db, fake)
    refused = caught.value.message
    assert isinstance(refused, Message)
    assert refused.id == "records.backup.schema_differs"
    assert refused.params["source"] == fake
    audit_log = next(m for m in nested([refused]) if m.params.get("table") == "audit_log")
    assert audit_log.id == "records.backup.columns_missing"
    assert audit_log.params["count"] == len(audit_log.params["columns"].split(", ")) > 1
    assert main(["restore", str(fake), "--db", sqlite_url(db)]) == 1
    assert str(caught.value) in capsys.readouterr().err
    assert db.read_bytes() == before


def test_an_extra_column_is_refused(db_and_backup: tuple[Path, Path]) -> None:
    db, good = db_and_backup
    odd = _copy_of(good, "odd.sqlite3")
    connection = cipher.connect(odd, cipher.key_of_file(odd))
    connection.execute("ALTER TABLE clients ADD COLUMN secret TEXT")
    connection.commit()
    connection.close()
    with pytest.raises(BackupError) as caught:
        restore_from(db, odd)
    extra = msg("records.backup.columns_extra", table="clients", columns="secret", count=1)
    assert caught.value.message == msg("records.backup.schema_differs", source=odd, problems=extra)
    assert str(extra) == "table clients : colonne inattendue secret"


def test_a_good_backup_passes_every_check(db_and_backup: tuple[Path, Path]) -> None:
    db, good = db_and_backup
    assert restore_from(db, good) is not None
    open_store(sqlite_url(db), backup=False).close()


def _break_chain(path: Path) -> None:
    connection = cipher.connect(path, cipher.key_of_file(path))
    triggers = connection.execute(
        "SELECT name, sql FROM sqlite_master WHERE type='trigger' AND tbl_name='audit_log'"
    ).fetchall()
    for name, _sql in triggers:
        connection.execute(f'DROP TRIGGER "{name}"')
    connection.execute("UPDATE audit_log SET actor = 'mallory' WHERE seq = (SELECT MIN(seq) FROM audit_log)")
    for _name, sql in triggers:
        connection.execute(sql)
    connection.commit()
    connection.close()


def test_a_broken_audit_chain_needs_force(
    db_and_backup: tuple[Path, Path], capsys: pytest.CaptureFixture[str]
) -> None:
    db, good = db_and_backup
    tampered = _copy_of(good, "tampered.sqlite3")
    _break_chain(tampered)
    before = db.read_bytes()
    with pytest.raises(AuditChainBrokenError) as caught:
        restore_from(db, tampered)
    broken = caught.value.message
    assert isinstance(broken, Message)
    assert broken.id == "records.backup.audit_broken"
    assert broken.params["source"] == tampered
    assert broken.params["count"] >= 1
    assert "records.audit.content_changed" in {m.id for m in nested([broken])}
    assert db.read_bytes() == before
    assert main(["restore", str(tampered), "--db", sqlite_url(db)]) == 1
    err = capsys.readouterr().err
    assert str(caught.value) in err
    assert "--force" in err  # the way out is named in every language
    assert main(["restore", "--force", str(tampered), "--db", sqlite_url(db)]) == 0
    assert db.read_bytes() != before


def _holder(db: Path, tmp_path: Path) -> subprocess.Popen[str]:
    """Another process with the database open (as the application or a command has it)."""
    child = (
        "import sys\n"
        "from desktop.services.store import open_store\n"
        "store = open_store(sys.argv[1], backup=False)\n"
        "print('open', flush=True)\n"
        "sys.stdin.read()\n"
        "store.close()\n"
    )
    env = dict(os.environ, OFFERDESK_LOG_DIR=str(tmp_path / "logs"))
    process = subprocess.Popen(
        [sys.executable, "-c", child, sqlite_url(db)],
        cwd=REPO,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert process.stdout is not None
    assert process.stdout.readline().strip() == "open"
    return process


def test_restore_is_refused_while_another_process_has_the_database_open(
    db_and_backup: tuple[Path, Path], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db, good = db_and_backup
    store = open_store(sqlite_url(db), backup=False)
    clients.create_client(store, ClientInput(legal_name="Écrit après la sauvegarde"))
    store.close()
    before = db.read_bytes()
    holder = _holder(db, tmp_path)
    try:
        with pytest.raises(DatabaseInUseError) as caught:
            restore_from(db, good)
        assert isinstance(caught.value.message, Message)
        assert (caught.value.message.id, caught.value.message.params["path"]) == ("offers.lock.in_use", db)
        assert main(["restore", str(good), "--db", sqlite_url(db)]) == 1
        assert "Fermez OfferDesk" in capsys.readouterr().err
        assert db.read_bytes() == before  # the other process's data is still there
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(timeout=30)
    assert restore_from(db, good) is not None  # once it is closed, the restore goes ahead


def test_nobody_opens_the_database_while_a_restore_holds_it(db_and_backup: tuple[Path, Path]) -> None:
    db, _good = db_and_backup
    with lock_exclusive(db, "restaurer"):
        with pytest.raises(DatabaseInUseError) as caught:
            open_store(sqlite_url(db), backup=False)
        assert caught.value.message == msg("offers.lock.restoring", path=db)
        with pytest.raises(DatabaseInUseError):
            lock_shared(db)
    lock = lock_shared(db)
    assert lock is not None
    lock.release()


# --- retention --------------------------------------------------------------------------------


def _fabricated_template(folder: Path) -> bytes:
    """A tiny file that passes a backup's check (a SQLite file with OfferDesk's tables)."""
    path = folder / "template.sqlite3"
    connection = sqlite3.connect(path)
    for name in ("alembic_version", "offers", "offer_lines", "clients", "audit_log"):
        connection.execute(f"CREATE TABLE {name} (id INTEGER PRIMARY KEY)")
    connection.commit()
    connection.close()
    return path.read_bytes()


def _fabricate(db: Path, when: dt.datetime, data: bytes) -> Path:
    path = backup_dir(db) / f"offerdesk-{when:%Y%m%d-%H%M%S-%f}.sqlite3"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return path


def _weeks_back(now: dt.datetime, t: dt.datetime) -> int:
    monday = now.date() - dt.timedelta(days=now.weekday())
    return (monday - (t.date() - dt.timedelta(days=t.weekday()))).days // 7


def test_rotation_over_a_hundred_days(tmp_path: Path) -> None:
    db = tmp_path / "offerdesk.sqlite3"
    good = _fabricated_template(tmp_path)
    start = dt.datetime(2026, 1, 1, 8, 0, tzinfo=dt.UTC)
    made: list[dt.datetime] = []
    for day in range(100):
        runs = 3 if day % 5 else 0  # some days without any start
        for run in range(runs):
            when = start + dt.timedelta(days=day, hours=3 * run)
            _fabricate(db, when, good)
            made.append(when)
            rotate(db, when)
    now = made[-1]
    kept = {backup_time(p) for p in list_backups(db)}
    assert None not in kept
    assert len(kept) <= KEEP + KEEP_DAYS + KEEP_WEEKS
    newest_first = sorted(made, reverse=True)
    assert set(newest_first[:KEEP]) <= kept  # the last 10 starts
    for back in range(KEEP_DAYS):  # one a day for 7 days (the newest of each day)
        day = now.date() - dt.timedelta(days=back)
        of_day = [t for t in made if t.date() == day]
        if of_day:
            assert max(of_day) in kept

    def week_of(t: dt.datetime) -> int:  # calendar weeks back, Monday to Sunday
        return _weeks_back(now, t)

    for week in range(KEEP_WEEKS):  # one a week for 8 weeks
        of_week = [t for t in made if week_of(t) == week]
        assert of_week
        assert max(of_week) in kept
    assert all(week_of(t) < KEEP_WEEKS for t in kept if t is not None)  # nothing older


def test_a_backup_that_fails_its_check_does_not_count_and_the_last_good_stays(tmp_path: Path) -> None:
    db = tmp_path / "offerdesk.sqlite3"
    good = _fabricated_template(tmp_path)
    start = dt.datetime(2026, 3, 1, 8, 0, tzinfo=dt.UTC)
    goods = [_fabricate(db, start + dt.timedelta(minutes=i), good) for i in range(3)]
    bads = [_fabricate(db, start + dt.timedelta(hours=1, minutes=i), b"\0" * 4096) for i in range(12)]
    newest_bad = start + dt.timedelta(hours=1, minutes=11)
    rotate(db, newest_bad)
    left = list_backups(db)
    assert set(goods) <= set(left)  # 12 newer starts, but damaged: they did not push them out
    assert not set(bads) & set(left)
    # 100 days later, with only damaged copies since: the last good one is still there
    later = start + dt.timedelta(days=100)
    more_bad = [_fabricate(db, later + dt.timedelta(minutes=i), b"garbage" * 100) for i in range(11)]
    rotate(db, later + dt.timedelta(minutes=11))
    left = list_backups(db)
    assert goods[-1] in left
    assert not set(more_bad) & set(left)


def test_eleven_real_starts_over_days_keep_the_policy(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    store.close()
    assert store.path is not None
    start = dt.datetime(2026, 5, 1, 9, 0, tzinfo=dt.UTC)
    taken = [backup_on_start(store.path, now=start + dt.timedelta(days=2 * i)) for i in range(12)]
    left = list_backups(store.path)
    assert set(taken[-KEEP:]) <= set(left)
    # older, within 8 weeks: the newest of their calendar week (Fri 1 and Sun 3 May) is kept
    assert taken[1] in left
    assert taken[0] not in left
    assert len(left) == KEEP + 1
