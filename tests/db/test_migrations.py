"""Alembic owns the schema: an empty database upgrades to head and matches the models exactly."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from db.base import Base
from db.engine import make_engine, sqlite_url
from db.migrate import current_revision, downgrade, head_revision, upgrade
from db.search import is_index_object
from tests.db.fixtures import _admin_execute, require_postgres
from tests.db.pgserver import server


@pytest.fixture(params=["sqlite", pytest.param("postgresql", marks=pytest.mark.postgres)])
def empty_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield sqlite_url(tmp_path / "empty.sqlite3")
        return
    require_postgres()
    name = f"empty_{abs(hash(str(tmp_path))) % 10**8}"
    _admin_execute(f"CREATE DATABASE {name}")
    yield server().url(name)
    _admin_execute(f"DROP DATABASE {name} WITH (FORCE)")


def test_empty_database_upgrades_to_head_and_matches_the_models(empty_url: str) -> None:
    engine = make_engine(empty_url)
    upgrade(engine)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
        options = {"compare_type": True, "include_name": lambda n, k, _p: not is_index_object(n, k)}
        context = MigrationContext.configure(connection, opts=options)
        assert compare_metadata(context, Base.metadata) == []
        tables = set(inspect(connection).get_table_names())
    assert set(Base.metadata.tables) <= tables
    engine.dispose()


def test_downgrade_to_nothing_and_back(empty_url: str) -> None:
    engine = make_engine(empty_url)
    upgrade(engine)
    downgrade(engine, "base")
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) <= {"alembic_version"}
    upgrade(engine)
    with engine.connect() as connection:
        assert current_revision(connection) == head_revision()
    engine.dispose()


def test_sqlite_connection_settings(tmp_path: Path) -> None:
    engine = make_engine(sqlite_url(tmp_path / "x.sqlite3"))
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()


def test_0010_gives_every_existing_client_and_offer_french(empty_url: str) -> None:
    """Every pack before 0010 was French: existing rows get fr, and the column refuses others."""
    import datetime as dt

    from sqlalchemy import text

    engine = make_engine(empty_url)
    upgrade(engine, "0009")
    now = dt.datetime(2026, 1, 2, tzinfo=dt.UTC)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO clients (legal_name, search_name, legal_form, address_line1, address_line2,"
                " postcode, city, country, rcs, vat_number, iban, signatory_name, signatory_function, email,"
                " phone, created_at, updated_at) VALUES ('A', 'a', '', '', '', '', '', 'LU', '', '', '', '',"
                " '', '', '', :now, :now)"
            ),
            {"now": now},
        )
    upgrade(engine)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT preferred_language FROM clients")).scalar() == "fr"
        columns = {c["name"]: c for c in inspect(connection).get_columns("offers")}
        assert columns["document_language"]["nullable"] is False
    downgrade(engine, "0009")
    with engine.connect() as connection:
        assert "preferred_language" not in {c["name"] for c in inspect(connection).get_columns("clients")}
    engine.dispose()
