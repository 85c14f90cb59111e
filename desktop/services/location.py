"""Where the database is, for the commands: the `--db` URL given, else the configuration's
(desktop.config: OFFERDESK_DB, else the SQLite file in the data folder). The commands go
through this service instead of importing db.engine."""

from __future__ import annotations

from pathlib import Path

from db.engine import sqlite_path, sqlite_url
from desktop.config import DB_FILENAME, Config, load

__all__ = ["DB_FILENAME", "database_file", "database_url", "sqlite_url"]


def database_url(given: str | None = None, config: Config | None = None) -> str:
    """`given` (a command's --db) if set, else the configuration's database."""
    return given or (config or load()).db_url


def database_file(url: str) -> Path | None:
    """The SQLite file of `url`; None for a server database or an in-memory one."""
    return sqlite_path(url)


def forget_database_key(path: Path) -> None:
    """Remove the key of the (throw-away) SQLite file `path` from the keychain, if it has
    one; KeychainUnavailable or OSError when that cannot be done."""
    from db import cipher

    db_id = cipher.database_id(path)
    if db_id is not None:
        cipher.delete_key(db_id)
