"""The store without back doors (migration 0004): every protected table × every kind of raw
statement an attacker with the database file (sqlite3 shell) or a PostgreSQL login can send,
on both engines. Each case asserts the statement is refused AND every protected row is the
same afterwards."""

from __future__ import annotations

import datetime as dt
import decimal
import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pytest
from sqlalchemy import JSON, Boolean, Date, DateTime, LargeBinary, String, Text, select, text
from sqlalchemy.exc import DBAPIError

from db.base import Base
from db.models import Document, PackVersion
from desktop.services import offers
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer

KEYS = {  # table -> (primary key, unique key besides it)
    "offers": ("id", ("number", "revision")),
    "offer_lines": ("id", ("offer_id", "position")),
    "signatures": ("id", ("offer_id", "role")),
    "documents": ("id", ("offer_id", "kind")),
    "audit_log": ("seq", ("hash",)),
    "store_identity": ("id", ()),
    "pack_versions": ("id", ("document_id", "level")),  # migration 0007
}
CHILDREN = ("offer_lines", "signatures", "documents")
REFUSED = r"immutable|append-only"


@dataclass
class World:
    store: Store
    signed: int  # a signed offer with its lines, signatures and sealed pack
    draft: int  # a draft offer with lines, and (raw) a signature and a document

    def rows(self, sql: str, **params: object) -> list[dict[str, Any]]:
        with self.store.engine.connect() as connection:
            return [dict(r._mapping) for r in connection.execute(text(sql), params)]

    def protected(self, table: str) -> dict[str, Any]:
        """One protected row of `table`."""
        where = {
            "offers": f"id = {self.signed}",
            "audit_log": "seq = (SELECT min(seq) FROM audit_log)",
            "store_identity": "id = 1",
            "pack_versions": f"document_id = (SELECT id FROM documents WHERE offer_id = {self.signed})",
        }.get(table, f"offer_id = {self.signed}")
        return self.rows(f"SELECT * FROM {table} WHERE {where} ORDER BY {KEYS[table][0]} LIMIT 1")[0]

    def snapshot(self) -> dict[str, list[dict[str, Any]]]:
        return {t: self.rows(f"SELECT * FROM {t} ORDER BY {KEYS[t][0]}") for t in KEYS}


def _raw(store: Store, sql: str, **params: object) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


@pytest.fixture
def world(store: Store) -> World:
    client_id = setup(store)
    signed = signed_offer(store, client_id).id
    draft = offers.create_draft(store, draft_input(client_id)).id
    w = World(store, signed, draft)
    for table in ("signatures", "documents"):  # the draft gets one row of each, raw (allowed)
        row = _bindable(store, w.protected(table))
        del row["id"]
        row["offer_id"] = draft
        _raw(store, _insert(table, row), **row)
    _add_version(store, signed, "B-T")  # the signed pack's timestamped version (0007)
    return w


def _add_version(store: Store, offer_id: int, level: str) -> None:
    """A pack version through the ORM, as desktop.services.timestamps stores one."""
    with store.session() as session:
        document = session.scalars(select(Document).where(Document.offer_id == offer_id)).one()
        session.add(
            PackVersion(
                document_id=document.id,
                level=level,
                pdf=document.pdf + b"% timestamp " + level.encode(),
                sha256=level[-1] * 64,
                base_sha256=document.sha256,
                timestamp={"time": "2026-03-03T10:31:00+00:00"},
                created_at=dt.datetime(2026, 3, 3, 10, 31, tzinfo=dt.UTC),
            )
        )


def _bindable(store: Store, row: dict[str, Any]) -> dict[str, Any]:
    """Values as read, ready to bind back (PostgreSQL's JSON comes back parsed)."""
    pg = store.dialect == "postgresql"
    return {k: json.dumps(v) if pg and isinstance(v, dict | list) else v for k, v in row.items()}


def _insert(table: str, row: dict[str, Any], verb: str = "INSERT", tail: str = "") -> str:
    columns = ", ".join(row)
    values = ", ".join(f":{c}" for c in row)
    return f"{verb} INTO {table} ({columns}) VALUES ({values}){tail}"


def _for_null(table: str, column: str) -> Any:
    """A value for a NULL column, of the column's type."""
    kind = Base.metadata.tables[table].columns[column].type
    for types, value in (
        ((LargeBinary,), b"forged"),
        ((JSON,), json.dumps({"forged": 1})),
        ((DateTime,), "2030-01-01 00:00:00+00:00"),
        ((Date,), "2030-01-01"),
        ((Boolean,), True),
        ((String, Text), "forged"),
    ):
        if isinstance(kind, types) or isinstance(getattr(kind, "impl", None), types):
            return value
    return 1


def _different(value: Any, column: str, table: str) -> Any:
    """A value different from `value` that the column's type accepts."""
    if value is None:
        return _for_null(table, column)
    if isinstance(value, bool):
        return not value
    if isinstance(value, int | decimal.Decimal):
        return value + 1
    if isinstance(value, dt.datetime):
        return (value + dt.timedelta(days=1)).isoformat()
    if isinstance(value, dt.date):
        return (value + dt.timedelta(days=1)).isoformat()
    if isinstance(value, bytes | memoryview):
        return bytes(value) + b"forged"
    if isinstance(value, dict | list):
        return json.dumps({"forged": 1})
    if column == "status":
        return "draft"
    if not value:
        return "x"
    return value[:-1] + ("y" if value.endswith("x") else "x")  # same length: VARCHAR(n) holds it


def _refused(world: World, sql: str, **params: object) -> None:
    before = world.snapshot()
    with pytest.raises(DBAPIError, match=REFUSED):
        _raw(world.store, sql, **params)
    assert world.snapshot() == before


# --- the matrix ---------------------------------------------------------------------------


def update_each_column(world: World, table: str) -> None:
    row = world.protected(table)
    pk = KEYS[table][0]
    for column, value in row.items():
        _refused(
            world,
            f"UPDATE {table} SET {column} = :v WHERE {pk} = :k",
            v=_different(value, column, table),
            k=row[pk],
        )


def delete(world: World, table: str) -> None:
    pk = KEYS[table][0]
    _refused(world, f"DELETE FROM {table} WHERE {pk} = :k", k=world.protected(table)[pk])


def _changed_copy(world: World, table: str) -> dict[str, Any]:
    """The protected row with one content column changed (a real replacement)."""
    row = _bindable(world.store, world.protected(table))
    column = {
        "offers": "special_conditions",
        "offer_lines": "product_name",
        "signatures": "signer_name",
        "documents": "pdf",
        "audit_log": "actor",
        "store_identity": "database_id",
        "pack_versions": "pdf",
    }[table]
    row[column] = _different(row[column], column, table)
    return row


def replace_on_primary_key(world: World, table: str, verb: str) -> None:
    row = _changed_copy(world, table)
    _refused(world, _insert(table, row, verb), **row)


def replace_on_unique_key(world: World, table: str, verb: str) -> None:
    row = _changed_copy(world, table)
    del row[KEYS[table][0]]  # a new primary key: only the unique key collides
    _refused(world, _insert(table, row, verb), **row)


def sqlite_verbs(verb: str) -> Callable[[World, str], None]:
    def case(world: World, table: str) -> None:
        if world.store.dialect != "sqlite":
            pytest.skip("SQLite syntax")
        replace_on_primary_key(world, table, verb)
        if KEYS[table][1]:
            replace_on_unique_key(world, table, verb)

    return case


def upsert(world: World, table: str) -> None:
    """INSERT … ON CONFLICT DO UPDATE (both engines) and DO NOTHING."""
    row = _changed_copy(world, table)
    pk = KEYS[table][0]
    changes = ", ".join(f"{c} = EXCLUDED.{c}" for c in row if c != pk)
    _refused(world, _insert(table, row, tail=f" ON CONFLICT ({pk}) DO UPDATE SET {changes}"), **row)
    _refused(world, _insert(table, row, tail=" ON CONFLICT DO NOTHING"), **row)


def move_out(world: World, table: str) -> None:
    _refused(world, f"UPDATE {table} SET offer_id = :d WHERE offer_id = :s", d=world.draft, s=world.signed)


def move_in(world: World, table: str) -> None:
    _refused(world, f"UPDATE {table} SET offer_id = :s WHERE offer_id = :d", d=world.draft, s=world.signed)


def new_child(world: World, table: str) -> None:
    row = _changed_copy(world, table)
    del row["id"]
    if table == "offer_lines":
        row["position"] = 99
    _refused(world, _insert(table, row), **row)


CASES: dict[str, Callable[[World, str], None]] = {
    "update each column": update_each_column,
    "delete": delete,
    "insert or replace": sqlite_verbs("INSERT OR REPLACE"),
    "replace into": sqlite_verbs("REPLACE"),
    "insert or ignore": sqlite_verbs("INSERT OR IGNORE"),
    "on conflict": upsert,
}
CHILD_CASES: dict[str, Callable[[World, str], None]] = {
    "move out": move_out,
    "move in": move_in,
    "new child row": new_child,
}
MATRIX = [(t, c) for t in KEYS for c in CASES] + [(t, c) for t in CHILDREN for c in CHILD_CASES]


@pytest.mark.parametrize(("table", "case"), MATRIX)
def test_a_protected_row_refuses(world: World, table: str, case: str) -> None:
    (CASES | CHILD_CASES)[case](world, table)


# --- the offer's own rules ----------------------------------------------------------------


def test_a_signed_offer_cannot_flip_back_to_draft(world: World) -> None:
    _refused(world, "UPDATE offers SET status = 'draft', signed_at = NULL WHERE id = :id", id=world.signed)
    _refused(world, "UPDATE offers SET status = 'presented' WHERE id = :id", id=world.signed)


def test_superseded_needs_a_later_signed_revision(world: World) -> None:
    sql = "UPDATE offers SET status = 'superseded' WHERE id = :id"
    _refused(world, sql, id=world.signed)
    revision = offers.new_revision(world.store, world.signed, dt.date(2026, 3, 10))
    _refused(world, sql, id=world.signed)  # a later revision, but not signed
    offers.present(world.store, revision.id)
    _refused(world, sql, id=world.signed)  # presented is not signed either


def test_an_offer_cannot_be_inserted_already_signed(world: World) -> None:
    row = _bindable(world.store, world.protected("offers"))
    del row["id"]
    row["number"] = "OF-2026-NEW-00001"
    _refused(world, _insert("offers", row), **row)


def test_a_document_of_an_unknown_kind_is_refused(world: World) -> None:
    for offer_id in (world.signed, world.draft):
        row = _changed_copy(world, "documents")
        del row["id"]
        row.update(offer_id=offer_id, kind="annex")
        _refused(world, _insert("documents", row), **row)
    _refused(world, "UPDATE documents SET kind = 'annex' WHERE offer_id = :d", d=world.draft)


def test_the_audit_log_grows_only_at_its_tail(world: World) -> None:
    last = world.rows("SELECT * FROM audit_log ORDER BY seq DESC LIMIT 1")[0]
    row = _bindable(world.store, dict(last))
    row.update(hash="f" * 64, mac=None)
    row["seq"] = 0  # below the tail
    _refused(world, _insert("audit_log", row), **row)
    row["seq"] = last["seq"] + 1
    row["prev_hash"] = "e" * 64  # not linked to the tail
    _refused(world, _insert("audit_log", row), **row)


def _version_row(world: World, offer_id: int, **changes: object) -> dict[str, Any]:
    row = _bindable(world.store, world.protected("pack_versions"))
    del row["id"]
    document = world.rows("SELECT id, sha256 FROM documents WHERE offer_id = :o", o=offer_id)[0]
    row.update(document_id=document["id"], base_sha256=document["sha256"], level="B-T")
    row.update(changes)
    return row


def test_a_pack_version_extends_a_stored_pack_and_b_lt_needs_b_t(world: World) -> None:
    for changes in (
        {"level": "B-LTA"},  # not a known level
        {"level": "B-B"},  # the original is in documents, never a version
        {"base_sha256": "0" * 64},  # not the stored pack's hash
        {"level": "B-LT"},  # the draft's pack has no B-T version
        {"document_id": 999_999},  # no such pack
    ):
        row = _version_row(world, world.draft, **changes)
        _refused(world, _insert("pack_versions", row), **row)


def test_a_pack_version_cannot_be_truncated(world: World) -> None:
    if world.store.dialect != "postgresql":
        pytest.skip("SQLite has no TRUNCATE (DELETE is refused by the matrix)")
    _refused(world, "TRUNCATE pack_versions")


# --- what stays possible ------------------------------------------------------------------


def test_versions_are_added_in_order(world: World) -> None:
    _add_version(world.store, world.signed, "B-LT")  # after its B-T
    _add_version(world.store, world.draft, "B-T")
    _add_version(world.store, world.draft, "B-LT")
    levels = world.rows("SELECT level FROM pack_versions ORDER BY id")
    assert [r["level"] for r in levels] == ["B-T", "B-LT", "B-T", "B-LT"]


def test_draft_rows_stay_free(world: World) -> None:
    line = _bindable(
        world.store, world.rows("SELECT * FROM offer_lines WHERE offer_id = :d", d=world.draft)[0]
    )
    line["product_name"] = "renamed"
    if world.store.dialect == "sqlite":
        _raw(world.store, _insert("offer_lines", line, "INSERT OR REPLACE"), **line)
    else:
        changes = ", ".join(f"{c} = EXCLUDED.{c}" for c in line if c != "id")
        _raw(
            world.store,
            _insert("offer_lines", line, tail=f" ON CONFLICT (id) DO UPDATE SET {changes}"),
            **line,
        )
    names = world.rows("SELECT product_name FROM offer_lines WHERE id = :i", i=line["id"])
    assert names == [{"product_name": "renamed"}]
    _raw(world.store, "DELETE FROM signatures WHERE offer_id = :d", d=world.draft)


def test_the_lifecycle_of_a_signed_offer_still_runs(world: World) -> None:
    from tests.db.factories import signer

    activated = offers.record_activation(world.store, world.signed, dt.date(2026, 4, 1))
    revision = offers.new_revision(world.store, world.signed, dt.date(2026, 3, 10))
    offers.present(world.store, revision.id)
    offers.sign(
        world.store,
        revision.id,
        signer(),
        "Esch",
        representative=signer("Jean Dupont"),
        at=dt.datetime(2026, 3, 11, 9, tzinfo=dt.UTC),
    )
    old = offers.get_offer(world.store, world.signed)
    assert old.status.value == "superseded"
    assert old.lines == activated.lines
