"""Store fixtures (SQLite and PostgreSQL): see tests/db/fixtures.py."""

from tests.db.fixtures import pg_store, sqlite_store, store

__all__ = ["pg_store", "sqlite_store", "store"]
