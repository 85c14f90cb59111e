"""Store fixtures shared by tests/db and tests/services: every store test runs on SQLite and
on a real PostgreSQL server (tests/db/pgserver.py). Each test gets a fresh database copied
from a migrated, seeded template, so tests are isolated and fast."""

from __future__ import annotations

import functools
import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from db import cipher
from db.engine import sqlite_url
from desktop.services.store import Store, open_store
from tests.db.pgserver import PgUnavailable, server

PG_TEMPLATE = "offerdesk_template"
_counter = itertools.count()


@functools.cache
def _sqlite_template() -> Path:
    folder = Path(tempfile.mkdtemp(prefix="offerdesk-template-"))
    path = folder / "template.sqlite3"
    store = open_store(sqlite_url(path), backup=False)
    store.close()
    connection = cipher.connect(path, cipher.key_of_file(path))
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.close()
    return path


def _admin_execute(sql: str) -> None:
    import psycopg

    pg = server()
    with psycopg.connect(
        host=str(pg.socket_dir), port=pg.port, user=pg.user, dbname="postgres", autocommit=True
    ) as connection:
        connection.execute(sql)  # type: ignore[arg-type]


@functools.cache
def _pg_template() -> str:
    _admin_execute(f"CREATE DATABASE {PG_TEMPLATE}")
    store = open_store(server().url(PG_TEMPLATE), backup=False)
    store.close()
    return PG_TEMPLATE


def require_postgres() -> None:
    """Skip when no server can run here; under CI that is a failure instead."""
    try:
        server()
    except PgUnavailable as exc:
        if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
            pytest.fail(f"PostgreSQL is required under CI: {exc}")
        pytest.skip(str(exc))


def new_sqlite_store(folder: Path) -> Store:
    path = folder / "offerdesk.sqlite3"
    shutil.copyfile(_sqlite_template(), path)  # an encrypted copy keeps its id, hence its key
    return open_store(sqlite_url(path), backup=False)


@pytest.fixture
def sqlite_store(tmp_path: Path) -> Iterator[Store]:
    store = new_sqlite_store(tmp_path)
    yield store
    store.close()


@pytest.fixture
def pg_store() -> Iterator[Store]:
    require_postgres()
    name = f"t_{os.getpid()}_{next(_counter)}"
    _admin_execute(f"CREATE DATABASE {name} TEMPLATE {_pg_template()}")
    store = open_store(server().url(name), backup=False)
    yield store
    store.close()
    _admin_execute(f"DROP DATABASE {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def store(request: pytest.FixtureRequest) -> Store:
    """The store under test, once on SQLite and once on PostgreSQL."""
    name = "sqlite_store" if request.param == "sqlite" else "pg_store"
    result: Store = request.getfixturevalue(name)
    return result
