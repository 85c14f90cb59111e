"""Issue 9 D, the store side: an existing file that is empty, truncated or foreign is never a
first start; nothing is written before the check (a rollback-journal file stays byte for
byte); read-only is reported as read-only; OS conditions are typed errors; the read-only
commands survive a failed start-up backup."""

from __future__ import annotations

import errno
import hashlib
import os
import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event, text

from db import cipher
from db.engine import sqlite_url
from db.migrate import sqlite_file_at_head
from desktop.cli import main
from desktop.domain.messages import Message, msg
from desktop.domain.views import ClientInput
from desktop.services import backup as backup_module
from desktop.services import clients
from desktop.services.backup import backup_on_start, list_backups
from desktop.services.errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ReadOnlyDatabaseError,
    StoreError,
)
from desktop.services.store import open_store
from tests.db.factories import setup, signed_offer
from tests.db.fixtures import new_sqlite_store


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def with_backup(tmp_path: Path) -> tuple[Path, Path]:
    """A database with one client and a good start-up backup of it."""
    store = new_sqlite_store(tmp_path)
    setup(store)
    store.close()
    assert store.path is not None
    good = backup_on_start(store.path)
    return store.path, good


@pytest.mark.parametrize("how", ["empty", "truncated", "foreign"])
def test_an_existing_unusable_file_is_never_a_first_start(
    with_backup: tuple[Path, Path], how: str, capsys: pytest.CaptureFixture[str]
) -> None:
    path, good = with_backup
    if how == "empty":
        path.write_bytes(b"")
    elif how == "truncated":
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])
    else:
        path.unlink()
        connection = sqlite3.connect(path)
        connection.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")
        connection.commit()
        connection.close()
    before = _sha(path)
    for deferred in (False, True):
        with pytest.raises(DamagedDatabaseError) as caught:
            open_store(sqlite_url(path), deferred=deferred)
        assert caught.value.latest_backup == good
        assert f"offerdesk restore {good}" in str(caught.value)
        assert _sha(path) == before  # nothing created, migrated or seeded in it
    # every command says what is wrong and names the backup (exit 1, no "erreur interne")
    for argv in (
        ["pack", "OF-2026-JDU-0001", "-o", str(path.parent / "x.pdf")],
        ["audit", "--verify"],
        ["backup", str(path.parent / "copy.sqlite3")],
    ):
        code = main([*argv, "--db", sqlite_url(path)])
        err = capsys.readouterr().err
        assert code == 1, (argv, err)
        assert str(good) in err
        assert "erreur interne" not in err
    assert _sha(path) == before
    if how == "empty":
        assert path.stat().st_size == 0  # numbering never restarts from 0001 on it


def _open_and_wait(url: str) -> None:
    """As the desktop application opens a store: deferred, its first page read at once, then
    waiting for its checks."""
    store = open_store(url, deferred=True)
    try:
        with store.read() as session:
            session.execute(text("SELECT 1"))
        if store.startup is not None:
            store.startup.start().wait_for_writes()
    finally:
        store.close()


def test_a_damaged_rollback_journal_file_stays_byte_for_byte_identical(
    with_backup: tuple[Path, Path],
) -> None:
    """The deferred (desktop) path used to switch the file to WAL (4 header bytes) before
    its check ran; now a non-WAL file is checked first and nothing touches it."""
    path, good = with_backup
    connection = cipher.connect(path, cipher.key_of_file(path))
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    from desktop.services.store import _is_wal

    assert not _is_wal(path)  # a rollback-journal file (its header, or asked read-only if encrypted)
    data = bytearray(path.read_bytes())
    page = 4096
    data[3 * page : 5 * page] = b"\xa5" * (2 * page)
    path.write_bytes(bytes(data))
    assert sqlite_file_at_head(path)  # the fast deferred path would be taken
    before = _sha(path)
    with pytest.raises(DamagedDatabaseError) as caught:
        _open_and_wait(sqlite_url(path))
    assert caught.value.latest_backup == good
    assert _sha(path) == before
    assert not path.with_name(path.name + "-wal").exists()


def _deny(monkeypatch: pytest.MonkeyPatch, target: Path, mode: int) -> None:
    real = os.access

    def access(path: object, wanted: int, *args: object, **kwargs: object) -> bool:
        if Path(str(path)) == target and wanted & mode:
            return False
        return real(path, wanted, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "access", access)


@pytest.mark.parametrize("what", ["file", "folder", "erofs", "unreadable"])
def test_read_only_is_reported_as_read_only(
    with_backup: tuple[Path, Path],
    what: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """(Tests run as root, for whom chmod changes nothing: the OS answers are simulated.)"""
    path, _good = with_backup
    if what == "file":
        _deny(monkeypatch, path, os.W_OK)
    elif what == "folder":
        _deny(monkeypatch, path.parent, os.W_OK)
    elif what == "unreadable":
        _deny(monkeypatch, path, os.R_OK)
    else:
        real_open = os.open

        def ro_open(name: object, flags: int, *args: object, **kwargs: object) -> int:
            if Path(str(name)) == path and flags & os.O_RDWR:
                raise OSError(errno.EROFS, "Read-only file system", str(name))
            return real_open(name, flags, *args, **kwargs)  # type: ignore[arg-type]

        monkeypatch.setattr(os, "open", ro_open)
    before = _sha(path)
    for deferred in (False, True):
        with pytest.raises(ReadOnlyDatabaseError) as caught:
            open_store(sqlite_url(path), deferred=deferred)
        assert caught.value.message.id == "offers.database.read_only_because"
        message = str(caught.value)
        assert "lecture seule" in message
        assert "endommagée" not in message
        assert "restaurez" not in message
        assert "droit d'écrire" in message
    if what == "erofs":
        assert caught.value.reason == msg("offers.read_only.medium")
    code = main(["pack", "OF-2026-JDU-0001", "-o", str(path.parent / "x.pdf"), "--db", sqlite_url(path)])
    err = capsys.readouterr().err
    assert code == 1
    assert "lecture seule" in err
    assert "erreur interne" not in err
    assert _sha(path) == before


def _fail_statements(store: object, message: str) -> None:
    """Make every INSERT/UPDATE of the store's engine fail as SQLite would."""
    engine = store.engine  # type: ignore[attr-defined]

    def before(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip().upper().startswith(("INSERT", "UPDATE")):
            raise cipher.driver().OperationalError(message)  # the driver every store file uses

    event.listen(engine, "before_cursor_execute", before)


@pytest.mark.parametrize(
    ("message", "error", "message_id"),
    [
        ("database or disk is full", DiskFullError, "offers.database.disk_full"),
        ("database is locked", DatabaseLockedError, "offers.database.busy"),
        ("attempt to write a readonly database", StoreError, "offers.database.read_only_now"),
        ("disk I/O error", StoreError, "offers.database.io_error"),
    ],
)
def test_os_conditions_on_a_write_are_typed_errors(
    tmp_path: Path, message: str, error: type[StoreError], message_id: str
) -> None:
    store = new_sqlite_store(tmp_path)
    try:
        _fail_statements(store, message)
        with pytest.raises(error) as caught:
            clients.create_client(store, ClientInput(legal_name="Boulangerie Hoffmann", city="Luxembourg"))
        assert type(caught.value) is error
        assert isinstance(caught.value.message, Message)
        assert caught.value.message.id == message_id
    finally:
        store.close()


def _disk_full_backup(monkeypatch: pytest.MonkeyPatch) -> None:
    def full(_source: Path, target: Path, **_keys: object) -> None:
        raise BackupError(
            f"La sauvegarde vers {target} n'a pas pu être écrite : [Errno 28] No space left on device"
        )

    monkeypatch.setattr(backup_module, "_copy_consistent", full)


def test_read_only_commands_work_when_the_start_up_backup_cannot_be_written(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    store = new_sqlite_store(tmp_path)
    client_id = setup(store)
    view = signed_offer(store, client_id)
    store.close()
    before = list_backups(store.path) if store.path else []
    _disk_full_backup(monkeypatch)
    out = tmp_path / "pack.pdf"
    code = main(["pack", view.number, "-o", str(out), "--db", store.url])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    assert "attention" in captured.err
    assert "No space left" in captured.err
    assert out.read_bytes()[:5] == b"%PDF-"
    assert main(["verify", str(out), "--db", store.url]) == 0
    assert main(["audit", "--verify", "--db", store.url]) == 0
    # a command that writes still refuses to go on without its backup, with the reason
    csv = tmp_path / "cat.csv"
    shutil.copyfile(Path(__file__).resolve().parents[2] / "resources/catalogue/sample-catalogue.csv", csv)
    capsys.readouterr()
    assert main(["import-catalogue", str(csv), "--db", store.url]) == 1
    err = capsys.readouterr().err
    assert "No space left" in err
    assert "erreur interne" not in err
    assert list_backups(store.path) == before if store.path else True


def test_a_new_database_in_a_read_only_folder_is_reported_as_read_only(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "protected"
    folder.mkdir()
    _deny(monkeypatch, folder, os.W_OK)
    with pytest.raises(ReadOnlyDatabaseError) as caught:
        open_store(sqlite_url(folder / "offerdesk.sqlite3"))
    assert caught.value.reason == msg("offers.read_only.folder_protected", folder=folder)
    assert list(folder.iterdir()) == []
    real_mkdir = Path.mkdir

    def no_mkdir(self: Path, *args: object, **kwargs: object) -> None:
        if self == tmp_path / "nowhere":
            raise PermissionError(errno.EACCES, "Permission denied", str(self))
        real_mkdir(self, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(Path, "mkdir", no_mkdir)
    url = sqlite_url(tmp_path / "nowhere" / "offerdesk.sqlite3")
    assert main(["audit", "--verify", "--db", url]) == 1
    err = capsys.readouterr().err
    assert "lecture seule" in err
    assert "erreur interne" not in err


def test_a_really_locked_database_is_a_clear_message_in_a_command(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """Another program holds SQLite's write lock longer than the busy timeout (5 s)."""
    store = new_sqlite_store(tmp_path)
    store.close()
    assert store.path is not None
    holder = cipher.connect(store.path, cipher.key_of_file(store.path))
    holder.isolation_level = None
    holder.execute("BEGIN IMMEDIATE")
    try:
        csv = tmp_path / "cat.csv"
        shutil.copyfile(Path(__file__).resolve().parents[2] / "resources/catalogue/sample-catalogue.csv", csv)
        code = main(["import-catalogue", str(csv), "--db", store.url])
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    err = capsys.readouterr().err
    assert code == 1
    assert "occupée" in err
    assert "erreur interne" not in err
