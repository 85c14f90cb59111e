"""The append-only audit log: a hash chain, each entry authenticated by a key the database
does not hold.

Each entry's hash = sha256(previous hash + canonical JSON); since migration 0004 each entry
also carries `mac` = HMAC-SHA256(audit key, "offerdesk-audit-v1|seq|key_id|hash") and the
id of the key. The audit key is the installation's secret in the OS keychain
(desktop.keychain), scoped by the database's identity (store_identity), so whoever holds
the database file alone can no longer recompute a chain that `verify()` accepts: rewriting,
swapping, inserting or appending entries breaks a MAC, cutting entries in the middle breaks
a link, and cutting the tail is caught against the keychain anchor (the last seq and MAC
this installation wrote) or against the sealed packs that name their entries.

`record()` is called inside the use case's own transaction, so an action and its audit
entry are committed together or not at all. Without a usable keychain an entry is written
without MAC (logged; `verify()` reports it as not authenticated).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import logging
from dataclasses import dataclass
from typing import Any

from sqlalchemy import event, select, text
from sqlalchemy.orm import Session

from db.engine import sqlite_path
from db.models import AuditEntry, StoreIdentity
from desktop import keychain
from desktop.domain.messages import Message, msg
from desktop.domain.views import AuditReport
from desktop.services.causes import joined
from desktop.services.store import Store

GENESIS = "0" * 64
KEY_NAME = "audit-key"  # this installation's key: keychain account audit-key@<database id>
FOREIGN_KEY_NAME = "audit-key-id-"  # another installation's key, imported: + key id
ANCHOR_NAME = "audit-anchor"  # "seq:mac" of the last entry written here, per database location
CHECKPOINT_ACTION = "audit.checkpoint"
_MAC_DOMAIN = "offerdesk-audit-v1"

_log = logging.getLogger(__name__)
# No usable keychain: keychain's own error, but also whatever a keyring backend raises (one
# that cannot be imported, a D-Bus failure, a misconfigured backend): the audit key must never
# stop a use case. The entry is then written without MAC, logged, and verify() reports it.
_NO_KEYCHAIN = Exception


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


# --- the key ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AuditKey:
    key_id: str
    secret: bytes

    @classmethod
    def from_secret(cls, secret: str) -> AuditKey:
        raw = secret.encode("utf-8")
        return cls(hmac.new(raw, b"offerdesk-audit-key-id", hashlib.sha256).hexdigest()[:16], raw)

    def mac(self, seq: int, entry_hash: str) -> str:
        message = f"{_MAC_DOMAIN}|{seq}|{self.key_id}|{entry_hash}".encode()
        return hmac.new(self.secret, message, hashlib.sha256).hexdigest()


def database_id(session: Session) -> str:
    row = session.get(StoreIdentity, 1)
    if row is None:  # pragma: no cover - written by migration 0004, immutable
        raise RuntimeError("store_identity is missing: the database is not at the current schema")
    return row.database_id


_WARNED: set[str] = set()


def installation_key(session: Session, create: bool = True) -> AuditKey | None:
    """This installation's audit key for this database (created on first use); None without
    a usable keychain."""
    scope = database_id(session)
    try:
        secret = keychain.secret(KEY_NAME, scope, create=create)
    except _NO_KEYCHAIN as exc:
        # no keychain is a state of the machine, said in a line (a command shows it on stderr);
        # anything else a backend raises is a bug, logged with its traceback
        expected = isinstance(exc, keychain.KeychainUnavailable)
        if not expected or scope not in _WARNED:  # once per database and process, not per entry
            _WARNED.add(scope)
            _log.warning("audit entries are not authenticated: %s", exc, exc_info=not expected)
        return None
    return AuditKey.from_secret(secret) if secret is not None else None


def import_key(session: Session, secret: str) -> AuditKey:
    """Store another installation's audit key for this database (PostgreSQL shared by several
    laptops): verify() then checks the entries it signed too."""
    key = AuditKey.from_secret(secret)
    keychain.set_secret(FOREIGN_KEY_NAME + key.key_id, secret, database_id(session))
    return key


def _known_key(session: Session, key_id: str, keys: dict[str, AuditKey | None]) -> AuditKey | None:
    if key_id not in keys:
        try:
            secret = keychain.get_secret(FOREIGN_KEY_NAME + key_id, database_id(session))
        except _NO_KEYCHAIN:
            secret = None
        keys[key_id] = AuditKey.from_secret(secret) if secret is not None else None
    return keys[key_id]


# --- the anchor ---------------------------------------------------------------------------


def _anchor_scope(session: Session) -> str:
    """Per database location: a copy of the file elsewhere (a backup) has its own anchor."""
    url = session.get_bind().engine.url.render_as_string(hide_password=True)
    path = sqlite_path(url)
    where = str(path.resolve()) if path is not None else url  # one file, however it is named
    return f"{database_id(session)}|{where}"


def read_anchor(session: Session) -> tuple[int, str] | None:
    try:
        value = keychain.get_secret(ANCHOR_NAME, _anchor_scope(session))
    except _NO_KEYCHAIN:
        return None
    if not value or ":" not in value:
        return None
    seq, mac = value.split(":", 1)
    return (int(seq), mac) if seq.isdigit() else None


def _write_anchor(session: Session) -> None:
    pending = session.info.pop("audit_anchor", None)
    if pending is None:
        return
    scope, seq, mac = pending
    try:
        current = keychain.get_secret(ANCHOR_NAME, scope)
        if current and current.split(":", 1)[0].isdigit() and int(current.split(":", 1)[0]) >= seq:
            return  # another window of this installation already anchored a later entry
        keychain.set_secret(ANCHOR_NAME, f"{seq}:{mac}", scope)
    except _NO_KEYCHAIN as exc:
        _log.warning("audit anchor not written: %s", exc)


def _forget_anchor(session: Session, *_: object) -> None:
    session.info.pop("audit_anchor", None)


def _anchor_after_commit(session: Session, entry: AuditEntry) -> None:
    assert entry.mac is not None
    session.info["audit_anchor"] = (_anchor_scope(session), entry.seq, entry.mac)
    if not event.contains(session, "after_commit", _write_anchor):
        event.listen(session, "after_commit", _write_anchor)
        event.listen(session, "after_rollback", _forget_anchor)


def reanchor(store: Store) -> int | None:
    """Anchor the keychain to the chain's current tail, after a deliberate restore of an older
    backup (whose later entries are gone for good); the anchored seq, or None if the tail has
    no MAC or there is no keychain. Only whoever holds the keychain can do this."""
    with store.read() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
        if last is None or last.mac is None:
            return None
        try:
            keychain.set_secret(ANCHOR_NAME, f"{last.seq}:{last.mac}", _anchor_scope(session))
        except _NO_KEYCHAIN:
            return None
        return last.seq


# --- writing ------------------------------------------------------------------------------


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
    seq = last.seq + 1 if last is not None else 1  # the MAC covers the seq: known before the INSERT
    digest = entry_hash(prev, canonical(moment, actor or "system", action, entity, clean))
    key = installation_key(session)
    entry = AuditEntry(
        seq=seq,
        at=moment,
        actor=actor or "system",
        action=action,
        entity=entity,
        payload=clean,
        prev_hash=prev,
        hash=digest,
        mac=key.mac(seq, digest) if key is not None else None,
        key_id=key.key_id if key is not None else None,
    )
    session.add(entry)
    session.flush()
    if entry.mac is not None:
        _anchor_after_commit(session, entry)
    return entry


def checkpoint_legacy(store: Store) -> int | None:
    """Authenticate the entries written before the audit key (no MAC) with one checkpoint
    entry at the tail, whose MAC covers their chain; the seq of the checkpoint, or None when
    there is nothing to seal or no keychain. Called on the first start with a key."""
    with store.read() as session:  # the usual case, nothing to seal: no write lock taken
        tail = session.scalars(select(AuditEntry.mac).order_by(AuditEntry.seq.desc()).limit(1)).first()
        if tail is not None or session.scalar(select(AuditEntry.seq).limit(1)) is None:
            return None
    with store.session() as session:
        last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).first()
        if last is None or last.mac is not None or installation_key(session) is None:
            return None
        legacy = session.scalar(
            select(AuditEntry.seq).where(AuditEntry.mac.is_(None)).order_by(AuditEntry.seq)
        )
        payload = {"covers_through_seq": last.seq, "covers_hash": last.hash, "first_unauthenticated": legacy}
        return record(session, CHECKPOINT_ACTION, "audit_log", payload).seq


# --- verifying ----------------------------------------------------------------------------


def _describe(entry: AuditEntry) -> Message:
    return msg("records.audit.entry", seq=entry.seq, action=entry.action, entity=entry.entity)


@dataclass
class _Walk:
    problems: list[Message]
    first_bad: int | None = None
    count: int = 0
    authenticated: int = 0
    legacy: int = 0
    legacy_covered: bool = False

    def wrong(self, seq: int | None, message: Message) -> None:
        self.problems.append(message)
        if seq is not None and (self.first_bad is None or seq < self.first_bad):
            self.first_bad = seq


def _check_entry(
    session: Session,
    entry: AuditEntry,
    prev: AuditEntry | None,
    walk: _Walk,
    keys: dict[str, AuditKey | None],
) -> None:
    expected = entry_hash(
        entry.prev_hash, canonical(entry.at, entry.actor, entry.action, entry.entity, entry.payload)
    )
    wrong: list[Message] = []
    if entry.prev_hash != (prev.hash if prev is not None else GENESIS):
        wrong.append(msg("records.audit.link_broken"))
    if entry.hash != expected:
        wrong.append(msg("records.audit.content_changed"))
    if entry.mac is None:
        if walk.authenticated:
            wrong.append(msg("records.audit.not_authenticated"))
        else:
            walk.legacy += 1
    else:
        key = _known_key(session, entry.key_id or "", keys)
        if key is None:
            wrong.append(msg("records.audit.unknown_key", key_id=entry.key_id))
        elif not hmac.compare_digest(entry.mac, key.mac(entry.seq, entry.hash)):
            wrong.append(msg("records.audit.mac_wrong"))
        else:
            walk.authenticated += 1
            if walk.legacy and not walk.problems:
                walk.legacy_covered = True
    if prev is not None and entry.mac is not None and prev.mac is not None and entry.seq != prev.seq + 1:
        first, last = prev.seq + 1, entry.seq - 1
        wrong.append(msg("records.audit.entries_missing", first=first, last=last, count=last - first + 1))
    if wrong:
        walk.wrong(
            entry.seq, msg("records.audit.entry_problems", entry=_describe(entry), problems=joined(wrong))
        )


def _check_anchor(session: Session, walk: _Walk, last: AuditEntry | None) -> int | None:
    anchor = read_anchor(session)
    if anchor is None:
        return None
    seq, mac = anchor
    entry = session.get(AuditEntry, seq)
    if entry is None:
        end = last.seq if last is not None else 0
        walk.wrong(
            seq, msg("records.audit.tail_cut", end=end, seq=seq, first=end + 1, count=max(seq - end, 1))
        )
    elif not hmac.compare_digest(entry.mac or "", mac):
        walk.wrong(seq, msg("records.audit.anchor_differs", entry=_describe(entry)))
    return seq


def _check_pack(session: Session, name: str, pdf: bytes, walk: _Walk) -> None:
    """The chain still holds the entries a sealed pack names: its offer.sign entry (seq and
    hash, in the pack's metadata) and the offer.pack entry that recorded its SHA-256."""
    from desktop.documents.seal import pack_keywords
    from desktop.documents.seal_verify import verify_pdf

    seal = verify_pdf(pdf)
    if not seal.ok:
        walk.wrong(None, msg("records.audit.pack_unsealed", name=name, reason=seal.message))
        return
    digest = hashlib.sha256(pdf).hexdigest()
    keywords = pack_keywords(pdf)
    sign_seq, sign_hash = keywords.get("audit-seq", ""), keywords.get("audit-hash", "")
    label = msg("records.audit.pack", name=name, number=seal.offer_number, revision=seal.revision)
    if sign_seq.isdigit():
        entry = session.get(AuditEntry, int(sign_seq))
        if entry is None:
            walk.wrong(int(sign_seq), msg("records.audit.pack_sign_missing", pack=label, seq=int(sign_seq)))
            return
        if entry.hash != sign_hash or entry.action != "offer.sign":
            walk.wrong(entry.seq, msg("records.audit.pack_sign_differs", pack=label, seq=entry.seq))
            return
    packs = session.scalars(select(AuditEntry).where(AuditEntry.action == "offer.pack")).all()
    recorded = [e for e in packs if e.payload.get("sha256") == digest]
    if not recorded:
        walk.wrong(None, msg("records.audit.pack_not_recorded", pack=label, digest=digest[:16]))


def verify(store: Store, packs: dict[str, bytes] | None = None) -> AuditReport:
    """Recompute every hash, link and MAC in order; then the keychain anchor and the entries
    the given sealed packs (name -> bytes) name. Each problem names its entry."""
    walk = _Walk(problems=[])
    keys: dict[str, AuditKey | None] = {}
    with store.read() as session:
        own = installation_key(session, create=False)
        if own is not None:
            keys[own.key_id] = own
        prev: AuditEntry | None = None
        for entry in session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).yield_per(1000):
            walk.count += 1
            _check_entry(session, entry, prev, walk, keys)
            prev = entry
        anchor = _check_anchor(session, walk, prev)
        for name, pdf in (packs or {}).items():
            _check_pack(session, name, pdf, walk)
    return AuditReport(
        entries=walk.count,
        problems=tuple(walk.problems),
        first_bad_seq=walk.first_bad,
        authenticated=walk.authenticated,
        legacy=walk.legacy,
        legacy_covered=walk.legacy_covered,
        packs_checked=len(packs or {}),
        anchor_seq=anchor,
    )


def entry_problem(session: Session, entry: AuditEntry) -> Message | None:
    """Why one entry cannot be trusted (its content, its MAC), or None when it can: a record
    the application relies on (the offer.pack digest) is checked with this, not just read."""
    expected = entry_hash(
        entry.prev_hash, canonical(entry.at, entry.actor, entry.action, entry.entity, entry.payload)
    )
    which = {"seq": entry.seq, "action": entry.action, "entity": entry.entity}
    if entry.hash != expected:
        return msg("records.audit.record_changed", **which)
    if entry.mac is None:
        later_than_key = session.scalar(
            select(AuditEntry.seq).where(AuditEntry.seq < entry.seq, AuditEntry.mac.is_not(None)).limit(1)
        )
        if later_than_key is not None:
            return msg("records.audit.record_not_authenticated", **which)
        return None  # legacy, before the audit key: as trustworthy as the chain itself
    keys: dict[str, AuditKey | None] = {}
    own = installation_key(session, create=False)
    if own is not None:
        keys[own.key_id] = own
    key = _known_key(session, entry.key_id or "", keys)
    if key is None:
        return msg("records.audit.record_unknown_key", **which)
    if not hmac.compare_digest(entry.mac, key.mac(entry.seq, entry.hash)):
        return msg("records.audit.record_forged", **which)
    return None
