"""What an attacker holding the database file does to the audit log (tests only): drop the
triggers, rewrite the entries with every hash and link recomputed. The MACs cannot be."""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select

from db.models import AuditEntry
from desktop.services import audit
from desktop.services.store import Store

COLUMNS = ("seq", "at", "actor", "action", "entity", "payload", "prev_hash", "hash", "mac", "key_id")


def unguard(store: Store, table: str = "audit_log") -> None:
    """What an attacker with the file does first: drop the table's triggers."""
    with store.engine.begin() as connection:
        if store.dialect == "sqlite":
            names = connection.exec_driver_sql(
                f"SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = '{table}'"
            ).scalars()
            for name in list(names):
                connection.exec_driver_sql(f"DROP TRIGGER {name}")
        else:
            connection.exec_driver_sql(f"ALTER TABLE {table} DISABLE TRIGGER USER")


def entries(store: Store) -> list[dict[str, Any]]:
    with store.read() as session:
        rows = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        return [{c: getattr(r, c) for c in COLUMNS} for r in rows]


def rewrite(store: Store, rows: list[dict[str, Any]]) -> None:
    """Replace the whole log by `rows`, every hash and link recomputed (the MACs cannot be)."""
    prev = audit.GENESIS
    for row in rows:
        row["prev_hash"] = prev
        text = audit.canonical(row["at"], row["actor"], row["action"], row["entity"], row["payload"])
        row["hash"] = prev = audit.entry_hash(prev, text)
    unguard(store)
    with store.engine.begin() as connection:
        connection.execute(delete(AuditEntry.__table__))
        connection.execute(insert(AuditEntry.__table__), rows)
