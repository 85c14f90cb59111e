"""Alembic, configured in code (no alembic.ini): the scripts live in db/migrations.

Opening a database that is already at head must not pay for loading Alembic (about half a
second at start-up): `HEAD_REVISION` names the newest script's revision and `is_at_head()`
compares it with `alembic_version` through a plain query. Alembic itself is imported only
to upgrade, downgrade or inspect the scripts. tests/db/test_migrations.py checks that
`HEAD_REVISION` equals the head Alembic computes, so a new migration without updating it
fails the suite.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Connection, Engine, inspect, text

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
VERSION_TABLE = "alembic_version"

# The revision of the newest script in db/migrations/versions: update it with every new
# migration (a test compares it with Alembic's computed head).
HEAD_REVISION = "0010"


def alembic_config(connection: Connection | None = None) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.set_main_option("path_separator", "os")
    if connection is not None:
        config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    """The head as Alembic computes it from the scripts (loads Alembic)."""
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(connection: Connection) -> str | None:
    from alembic.runtime.migration import MigrationContext

    return MigrationContext.configure(connection).get_current_revision()


def stored_revisions(connection: Connection) -> set[str]:
    """The revisions recorded in alembic_version (empty for a database never migrated)."""
    if not inspect(connection).has_table(VERSION_TABLE):
        return set()
    return {str(row[0]) for row in connection.execute(text(f"SELECT version_num FROM {VERSION_TABLE}"))}


def is_at_head(engine: Engine) -> bool:
    """True when the database records exactly HEAD_REVISION (a read, no write lock taken)."""
    with engine.execution_options(sqlite_begin="DEFERRED").connect() as connection:
        revisions = stored_revisions(connection)
        connection.rollback()
    return revisions == {HEAD_REVISION}


def sqlite_file_at_head(path: Path, timeout_s: float = 5.0) -> bool:
    """True when the SQLite file at `path` records exactly HEAD_REVISION.

    Opened read-only through db.cipher (its key first when encrypted; no other pragma, no
    journal-mode change), so probing a file whose integrity is not checked yet writes nothing
    to it. Any SQLite error (not a database, damaged header, no version table) or a missing
    key answers False: the caller then goes the full way (integrity check first, then Alembic).
    """
    from db import cipher

    sqlite = cipher.driver()
    try:
        key = cipher.key_of_file(path)
        connection = cipher.connect(path, key, readonly=True, timeout=timeout_s)
    except (sqlite.Error, cipher.DatabaseKeyError):
        return False
    try:
        rows = connection.execute(f"SELECT version_num FROM {VERSION_TABLE}").fetchall()
    except sqlite.Error:
        return False
    finally:
        connection.close()
    return {str(row[0]) for row in rows} == {HEAD_REVISION}


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Upgrade the database to `revision` in one transaction."""
    from alembic import command

    with engine.begin() as connection:
        command.upgrade(alembic_config(connection), revision)


def downgrade(engine: Engine, revision: str) -> None:
    from alembic import command

    with engine.begin() as connection:
        command.downgrade(alembic_config(connection), revision)
