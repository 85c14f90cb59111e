"""Upgrading over an older version: a database at the store's base revision (0001), holding a
draft and a signed offer, opened by the current application is migrated to head by Alembic
and keeps every offer, line and signature unchanged.

Only two revisions exist (0001 schema, 0002 SQLite immutability triggers), so the older
database is made the way an older build left it: created at head with offers, then taken
back to 0001 with the store's own downgrade (0002's downgrade drops only the triggers).
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path
from unittest import mock

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from db import cipher
from db.engine import make_engine, sqlite_url
from db.migrate import current_revision, downgrade, head_revision
from desktop.services import offers
from desktop.services.store import open_store
from tests.db.factories import draft_input, setup, signed_offer

BASE_REVISION = "0001"
SNAPSHOT_TABLES = ("offers", "offer_lines", "signatures", "clients")


def snapshot(url: str) -> dict[str, list[tuple[object, ...]]]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return {
                table: [tuple(row) for row in connection.execute(text(f"SELECT * FROM {table} ORDER BY 1"))]
                for table in SNAPSHOT_TABLES
            }
    finally:
        engine.dispose()


def kept_rows(
    before: dict[str, list[tuple[object, ...]]], after: dict[str, list[tuple[object, ...]]]
) -> dict[str, list[tuple[object, ...]]]:
    """`after` cut to the columns `before` had: columns added by later migrations (ADD COLUMN,
    at the end of the row) are new, not changes."""
    width = {t: len(rows[0]) if rows else 0 for t, rows in before.items()}
    return {t: [row[: width[t]] for row in rows] for t, rows in after.items()}


def revision_of(url: str) -> str | None:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            return current_revision(connection)
    finally:
        engine.dispose()


def sqlite_triggers(url: str) -> set[str]:
    engine = make_engine(url)
    try:
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type = 'trigger'"))
            return {str(row[0]) for row in rows}
    finally:
        engine.dispose()


@contextlib.contextmanager
def _plain_files() -> Iterator[None]:
    """New SQLite files made plain, as every OfferDesk before encryption at rest made them."""
    with mock.patch.object(cipher, "new_database_key", return_value=(None, "an older version")):
        yield


def make_old_database(path: Path, *, plain: bool = False) -> tuple[str, int]:
    """A SQLite database at revision 0001 holding a draft and a signed offer; (url, signed id).
    `plain`: an unencrypted file, as the versions before encryption at rest wrote (what a
    frozen build of this version finds on a laptop it upgrades)."""
    url = sqlite_url(path)
    with _plain_files() if plain else contextlib.nullcontext():
        return _fill_old_database(url)


def _fill_old_database(url: str) -> tuple[str, int]:
    store = open_store(url, backup=False)
    try:
        client_id = setup(store)
        offers.create_draft(store, draft_input(client_id))
        signed = signed_offer(store, client_id)
    finally:
        store.close()
    engine = make_engine(url)
    downgrade(engine, BASE_REVISION)
    engine.dispose()
    return url, signed.id


def test_an_old_database_is_migrated_and_keeps_every_offer(tmp_path: Path) -> None:
    url, signed_id = make_old_database(tmp_path / "offerdesk.sqlite3")
    assert revision_of(url) == BASE_REVISION
    assert sqlite_triggers(url) == set()
    before = snapshot(url)
    assert len(before["offers"]) == 2
    assert len(before["signatures"]) >= 1

    store = open_store(url)  # what the new version does on its first start
    try:
        assert offers.get_offer(store, signed_id).id == signed_id
    finally:
        store.close()

    assert revision_of(url) == head_revision() != BASE_REVISION
    assert sqlite_triggers(url), "revision 0002's immutability triggers were not created"
    assert kept_rows(before, snapshot(url)) == before


def test_after_the_upgrade_a_signed_offer_is_immutable_again(tmp_path: Path) -> None:
    url, signed_id = make_old_database(tmp_path / "offerdesk.sqlite3")
    open_store(url).close()
    engine = make_engine(url)
    try:
        change = text("UPDATE offers SET special_conditions = 'changed' WHERE id = :id")
        with pytest.raises(DBAPIError, match="signed offer is immutable"), engine.begin() as connection:
            connection.execute(change, {"id": signed_id})
    finally:
        engine.dispose()
