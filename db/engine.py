"""Engine set-up: where the database lives, SQLite pragmas, integrity check, migrations.

Default: SQLite in the user's data folder (platformdirs), WAL journal, foreign keys on,
a busy timeout, full fsync on commit. Any SQLAlchemy URL can be given instead (explicit
argument, else the OFFERDESK_DB environment variable).
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ENV_VAR = "OFFERDESK_DB"
DB_FILENAME = "offerdesk.sqlite3"
BUSY_TIMEOUT_MS = 5000


DATA_DIR_ENV = "OFFERDESK_DATA_DIR"


def data_dir() -> Path:
    """The user's data folder (OFFERDESK_DATA_DIR overrides it, for tests and portable use)."""
    override = os.environ.get(DATA_DIR_ENV, "").strip()
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("OfferDesk", appauthor=False))


def default_url() -> str:
    """OFFERDESK_DB if set, else the SQLite file in the user's data folder."""
    env = os.environ.get(ENV_VAR, "").strip()
    if env:
        return env
    return sqlite_url(data_dir() / DB_FILENAME)


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


def _on_sqlite_connect(dbapi_connection: sqlite3.Connection, _record: Any) -> None:
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
            path.parent.mkdir(parents=True, exist_ok=True)
            kwargs.setdefault("poolclass", NullPool)
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _on_sqlite_connect)
        event.listen(engine, "begin", _on_sqlite_begin)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    kwargs.setdefault("pool_pre_ping", True)
    return create_engine(parsed, **kwargs)


def quick_check(path: Path) -> list[str]:
    """PRAGMA quick_check on a SQLite file, read-only; [] when the file is sound."""
    try:
        connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = connection.execute("PRAGMA quick_check").fetchall()
    except sqlite3.DatabaseError as exc:
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
