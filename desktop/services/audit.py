"""The append-only audit log: each entry's hash = sha256(previous hash + canonical JSON).

`record()` is called inside the use case's own transaction, so an action and its audit
entry are committed together or not at all. `verify()` recomputes the whole chain.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from db.models import AuditEntry
from desktop.services.store import Store
from desktop.services.views import AuditReport

GENESIS = "0" * 64


def canonical(at: dt.datetime, actor: str, action: str, entity: str, payload: dict[str, Any]) -> str:
    """The exact text that is hashed: sorted keys, no spaces, UTC ISO timestamp (µs)."""
    body = {
        "at": at.astimezone(dt.UTC).isoformat(timespec="microseconds"),
        "actor": actor,
        "action": action,
        "entity": entity,
        "payload": payload,
    }
    return json.dumps(body, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)


def entry_hash(prev_hash: str, text: str) -> str:
    return hashlib.sha256((prev_hash + text).encode("utf-8")).hexdigest()


def record(
    session: Session,
    action: str,
    entity: str,
    payload: dict[str, Any],
    actor: str = "",
    at: dt.datetime | None = None,
) -> AuditEntry:
    """Append one entry chained to the last one (call inside the use case's transaction)."""
    # JSON round trip so that what is stored is exactly what was hashed
    clean: dict[str, Any] = json.loads(json.dumps(payload, default=str))
    moment = (at or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)
    if session.get_bind().dialect.name == "postgresql":
        # one writer at a time on the chain's tail (SQLite's BEGIN IMMEDIATE already serialises)
        session.execute(text("SELECT pg_advisory_xact_lock(7306)"))
    last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
    prev = last.hash if last is not None else GENESIS
    entry = AuditEntry(
        at=moment,
        actor=actor or "system",
        action=action,
        entity=entity,
        payload=clean,
        prev_hash=prev,
        hash=entry_hash(prev, canonical(moment, actor or "system", action, entity, clean)),
    )
    session.add(entry)
    session.flush()
    return entry


def verify(store: Store) -> AuditReport:
    """Recompute every hash in order; report each entry whose content or link is wrong."""
    problems: list[str] = []
    first_bad: int | None = None
    count = 0
    prev = GENESIS
    with store.read() as session:
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
            count += 1
            expected = entry_hash(
                entry.prev_hash, canonical(entry.at, entry.actor, entry.action, entry.entity, entry.payload)
            )
            wrong: list[str] = []
            if entry.prev_hash != prev:
                wrong.append("its link to the previous entry is broken")
            if entry.hash != expected:
                wrong.append("its content does not match its hash (altered)")
            if wrong:
                problems.append(f"entry {entry.seq} ({entry.action} {entry.entity}): {'; '.join(wrong)}")
                if first_bad is None:
                    first_bad = entry.seq
            prev = entry.hash
    return AuditReport(entries=count, problems=tuple(problems), first_bad_seq=first_bad)
