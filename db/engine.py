"""Engine set-up: where the database lives, SQLite pragmas, integrity check, migrations.

Default: SQLite in the user's data folder (platformdirs), WAL journal, foreign keys on,
a busy timeout, full fsync on commit. Any SQLAlchemy URL can be given instead (explicit
argument, else the OFFERDESK_DB environment variable).

A SQLite file is opened through SQLCipher (db.cipher): encrypted with its key from the
keychain, or plain. A new file is created encrypted when a keychain is available, and with
mode 0600 (SQLite gives its -wal and -shm files the same mode); the data folder is 0700.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import QueuePool

from db import cipher
from desktop.config import DATA_DIR_ENV, DB_FILENAME, load
from desktop.paths import (
    create_private_file,
    data_dir,
    is_private_location,
    make_private_dir,
    set_private,
)

__all__ = ["DATA_DIR_ENV", "DB_FILENAME", "data_dir"]

BUSY_TIMEOUT_MS = 5000
SIDE_FILES = ("-wal", "-shm", "-journal")


def default_url() -> str:
    """OFFERDESK_DB if set, else the SQLite file in the user's data folder (desktop.config)."""
    return load().db_url


def sqlite_url(path: Path) -> str:
    return f"sqlite:///{path}"


def sqlite_path(url: str) -> Path | None:
    """The database file of a SQLite URL (None for other backends or in-memory SQLite)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file::memory:"):
        return None
    return Path(database)


def _on_sqlite_connect(dbapi_connection: Any, _record: Any) -> None:
    # Autocommit at the driver level: SQLAlchemy's "begin" hook below emits BEGIN itself,
    # so transactions start where SQLAlchemy says (the pysqlite recipe).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA synchronous = FULL")
    finally:
        cursor.close()


def _on_sqlite_begin(connection: Any) -> None:
    # Write transactions take the write lock up front (no lock upgrade deadlock); readers
    # ask for DEFERRED through the `sqlite_begin` execution option.
    mode = connection.get_execution_options().get("sqlite_begin", "IMMEDIATE")
    connection.exec_driver_sql(f"BEGIN {mode}")


def make_engine(url: str | None = None, **kwargs: Any) -> Engine:
    """An engine for `url` (default: see default_url) with OfferDesk's connection settings."""
    url = url or default_url()
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        path = sqlite_path(url)
        if path is not None:
            key = prepare_file(path)
            # Pooled: a connection keeps its page cache from one transaction to the next (WAL
            # tells it when another connection wrote). With SQLCipher each page read from disk
            # is decrypted and authenticated, so a cold cache per transaction (NullPool) made
            # the client search twice as slow encrypted as plain; pooled, both are as fast as
            # each other, and faster than before. Whoever replaces the file (restore, encrypt)
            # disposes of the engine first.
            kwargs.setdefault("poolclass", QueuePool)
            kwargs["module"] = cipher.driver()
            kwargs["creator"] = _creator(path, key)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def _creator(path: Path, new_key: str | None) -> Any:
    """Each connection takes the key the file needs now (a database encrypted or restored while
    the application runs keeps working); `new_key` is for the file this engine just created."""

    def connect() -> Any:
        state, db_id = cipher.probe(path)  # one read of the header per connection
        key = new_key if state == "missing" else cipher.key_for_id(path, db_id) if db_id else None
        return cipher.connect(path, key, timeout=BUSY_TIMEOUT_MS / 1000, check_same_thread=False)

    return connect


# New databases created unencrypted because no keychain could keep a key: path -> reason.
_plain_reasons: dict[Path, str] = {}


def take_plain_notice(path: Path) -> str | None:
    """Why the database just created at `path` is not encrypted (once; None otherwise)."""
    return _plain_reasons.pop(path.absolute(), None)


def prepare_file(path: Path) -> str | None:
    """Get the SQLite file at `path` ready to open; returns its key (None: plain file).

    A new file is created empty with mode 0600 in a folder created 0700, and gets a new key
    in the keychain (none available: a plain file, reason kept for `take_plain_notice`).
    An existing one has its mode, and its side files', tightened to 0600. An encrypted file
    whose key is missing raises cipher.DatabaseKeyError before anything is written.
    """
    folder = path.parent
    if is_private_location(path) or not folder.exists():
        make_private_dir(folder)
    state = cipher.file_state(path)
    key: str | None = None
    if state == "missing":
        key, reason = cipher.new_database_key()
        if reason is not None:
            _plain_reasons[path.absolute()] = reason
        create_private_file(path)
    elif state == "encrypted":
        key = cipher.key_of_file(path)
    tighten_database_files(path)
    return key


def tighten_database_files(path: Path) -> None:
    """chmod 0600 the database file and its -wal/-shm/-journal (POSIX)."""
    set_private(path)
    for suffix in SIDE_FILES:
        set_private(path.with_name(path.name + suffix))


def database_key(path: Path) -> str | None:
    """The key of the existing SQLite file at `path` (None: plain); raises DatabaseKeyError."""
    return cipher.key_of_file(path)


def quick_check(path: Path) -> list[str]:
    """PRAGMA quick_check on a SQLite file, read-only; [] when the file is sound.

    An encrypted file is opened with its key from the keychain; a missing or wrong key
    raises cipher.DatabaseKeyError: that is not damage.
    """
    return check_file(path, cipher.key_of_file(path))


def check_file(path: Path, key: str | None) -> list[str]:
    """PRAGMA quick_check on the SQLite file `path` opened read-only with `key`."""
    sqlite = cipher.driver()
    try:
        connection = cipher.connect(path, key, readonly=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite.Error as exc:
        return [str(exc)]
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite.DatabaseError as exc:
        return [str(exc)]
    finally:
        connection.close()
    messages = [str(row[0]) for row in rows]
    return [] if messages == ["ok"] else messages


def upgrade_to_head(engine: Engine) -> None:
    """Create or migrate the schema with Alembic (idempotent); a database already at head
    is recognised by a plain query and Alembic is not even loaded."""
    from db.migrate import is_at_head, upgrade

    if not is_at_head(engine):
        upgrade(engine)
