"""`offerdesk verify`: the seal of a pack (desktop.documents.seal_verify) and, when a database
is given, the pack recorded for the offer the seal names — in a database opened read-only.

A database that is missing, unreadable, damaged, locked or not an OfferDesk database is an
error, never created nor migrated nor written: SQLite is opened with `mode=ro` after checking
the file exists; PostgreSQL in read-only transactions.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, inspect, select
from sqlalchemy.exc import ArgumentError, SQLAlchemyError
from sqlalchemy.orm import Session
from sqlalchemy.pool import NullPool

from db import cipher
from db.engine import sqlite_path, sqlite_url
from db.models import AuditEntry, Document, Offer, PackVersion
from desktop.documents.seal_verify import VerifyResult, verify_pdf
from desktop.documents.trust import Trust
from desktop.domain.messages import Message, msg
from desktop.domain.vocabulary import DocumentKind
from desktop.services.causes import cause, first_line
from desktop.services.errors import StoreError
from desktop.services.store import Store

PACK_KIND = DocumentKind.CONTRACT_PACK
LOCK_TIMEOUT_S = 2.0  # a database held by a writer: wait this long, then report it locked
_OFFERDESK_TABLES = {"alembic_version", "offers", "documents", "audit_log"}


class VerifyDatabaseError(StoreError):
    """The database to compare with cannot be used (its message names it and says why)."""

    message: Message


@dataclass(frozen=True)
class PackCheck:
    """The seal, and the file's hash against the pack the database recorded at signature."""

    seal: VerifyResult
    stored_sha256: str | None  # None: no database, or no such pack recorded
    database_checked: bool
    database_error: Message | None = None  # the database could not be used: always a failure
    required: bool = False  # --db was given: the pack must be recorded there
    audit_mismatch: bool = False  # the stored pack differs from its audit log entry
    # why the database's record of the pack cannot be trusted (a forged or missing offer.pack entry)
    record_problem: Message | None = None
    # SHA-256 of the timestamped versions stored for that pack (pack_versions, issue 12)
    stored_versions: tuple[str, ...] = ()

    @property
    def hash_matches(self) -> bool | None:
        """The file is the pack recorded at signature, or one of its stored timestamped
        versions — whose prefix, the bytes the seal signed, is that recorded pack."""
        if self.stored_sha256 is None:
            return None
        if self.stored_sha256 == self.seal.sha256:
            return True
        return self.seal.sealed_sha256 == self.stored_sha256 and self.seal.sha256 in self.stored_versions

    @property
    def ok(self) -> bool:
        if not self.seal.ok or self.database_error or self.audit_mismatch or self.record_problem:
            return False
        if self.required:
            return self.hash_matches is True
        return self.hash_matches is not False


def stored_pack_sha256(
    session: Session, number: str, revision: int
) -> tuple[str | None, bool, Message | None]:
    """(SHA-256 of the pack stored for that offer revision or None, its audit entry records
    another hash, why that entry cannot be trusted: None when it is authentic)."""
    from desktop.services import audit

    offer = session.scalars(select(Offer).where(Offer.number == number, Offer.revision == revision)).first()
    if offer is None:
        return None, False, None
    stored = session.scalars(
        select(Document.sha256)
        .where(Document.offer_id == offer.id, Document.kind == PACK_KIND)
        .order_by(Document.id.desc())
        .limit(1)
    ).first()
    if stored is None:
        return None, False, None
    entry = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == f"offer:{offer.id}", AuditEntry.action == "offer.pack")
        .order_by(AuditEntry.seq)
        .limit(1)
    ).first()
    if entry is None:
        return stored, False, msg("records.verify.pack_not_recorded")
    problem = audit.entry_problem(session, entry)
    return stored, entry.payload.get("sha256") != stored, problem


def stored_versions(session: Session, number: str, revision: int) -> tuple[str, ...]:
    """SHA-256 of the timestamped versions stored for that offer revision's pack."""
    rows = session.scalars(
        select(PackVersion.sha256)
        .join(Document, Document.id == PackVersion.document_id)
        .join(Offer, Offer.id == Document.offer_id)
        .where(Offer.number == number, Offer.revision == revision, Document.kind == PACK_KIND)
        .where(PackVersion.base_sha256 == Document.sha256)
    )
    return tuple(rows)


def _versions_if_stamped(session: Session, result: VerifyResult) -> tuple[str, ...]:
    """Only a timestamped file is looked for there (a database from before migration 0007 has
    no pack_versions table, and a B-B pack needs none)."""
    if not result.timestamps or result.revision is None:
        return ()
    return stored_versions(session, result.offer_number, result.revision)


def check_pack(data: bytes, store: Store | None, trust: Trust | None = None) -> PackCheck:
    """The seal and, on an open store, the recorded pack (the demo, the smoke, the services)."""
    result = verify_pdf(data, trust)
    if store is None or not result.offer_number or result.revision is None:
        return PackCheck(result, None, store is not None)
    with store.read() as session:
        stored, mismatch, problem = stored_pack_sha256(session, result.offer_number, result.revision)
        versions = _versions_if_stamped(session, result)
    return PackCheck(
        result, stored, True, audit_mismatch=mismatch, record_problem=problem, stored_versions=versions
    )


class ReadOnlyDatabase:
    """A database opened only to read the packs it recorded; never created nor changed."""

    def __init__(self, engine: Engine, label: str) -> None:
        self.engine = engine
        self.label = label

    @contextmanager
    def session(self) -> Iterator[Session]:
        try:
            with Session(self.engine) as session:
                yield session
                session.rollback()
        except SQLAlchemyError as exc:
            raise VerifyDatabaseError(_reason(self.label, exc)) from exc

    def close(self) -> None:
        self.engine.dispose()


def _reason(label: str, exc: Exception) -> Message:
    text = first_line(exc)
    low = text.lower()
    why: Message | str
    if "locked" in low or "busy" in low:
        why = msg("records.verify.locked")
    elif "not a database" in low or "malformed" in low or "corrupt" in low:
        why = msg("records.verify.damaged")
    else:
        why = text
    return msg("records.verify.unreadable", label=label, why=why)


def open_readonly(url: str) -> ReadOnlyDatabase:
    """Open `url` (an SQLAlchemy URL, or the path of an SQLite file) read-only and check it is
    an OfferDesk database; VerifyDatabaseError if not."""
    if "://" not in url:
        url = sqlite_url(Path(url))
    try:
        path = sqlite_path(url)
    except ArgumentError as exc:
        raise VerifyDatabaseError(msg("records.verify.bad_url", url=url, error=str(exc))) from exc
    if path is None and url.startswith("sqlite"):
        raise VerifyDatabaseError(msg("records.verify.in_memory", url=url))
    if path is not None:
        database = ReadOnlyDatabase(_sqlite_readonly(path), str(path))
    else:
        try:
            engine = create_engine(url, poolclass=NullPool).execution_options(postgresql_readonly=True)
        except (SQLAlchemyError, ImportError, ValueError) as exc:
            raise VerifyDatabaseError(msg("records.verify.bad_url", url=url, error=str(exc))) from exc
        database = ReadOnlyDatabase(engine, engine.url.render_as_string(hide_password=True))
    try:
        with database.session() as session:
            tables = set(inspect(session.connection()).get_table_names())
            missing = _OFFERDESK_TABLES - tables
            if missing:
                raise VerifyDatabaseError(
                    msg(
                        "records.verify.not_offerdesk",
                        label=database.label,
                        tables=", ".join(sorted(missing)),
                        count=len(missing),
                    )
                )
            session.scalars(select(Offer.id).limit(1)).first()  # readable, schema as expected
    except BaseException:
        database.close()
        raise
    return database


def _sqlite_readonly(path: Path) -> Engine:
    if not path.exists():
        raise VerifyDatabaseError(msg("records.verify.missing", path=path))
    if not path.is_file():
        raise VerifyDatabaseError(msg("records.verify.not_a_file", path=path))
    try:
        key = cipher.key_of_file(path)
    except cipher.DatabaseKeyError as exc:
        raise VerifyDatabaseError(cause(exc)) from exc

    def connect() -> Any:
        return cipher.connect(path, key, readonly=True, timeout=LOCK_TIMEOUT_S, check_same_thread=False)

    # module: SQLAlchemy then knows the driver's exceptions (damaged file, locked) as DBAPI errors
    return create_engine("sqlite://", creator=connect, poolclass=NullPool, module=cipher.driver())


def check_pack_readonly(
    data: bytes, database: ReadOnlyDatabase | None, required: bool, trust: Trust | None = None
) -> PackCheck:
    """verify with a read-only database (None: the seal only)."""
    result = verify_pdf(data, trust)
    if database is None:
        return PackCheck(result, None, False, required=required)
    if not result.offer_number or result.revision is None:
        return PackCheck(result, None, True, required=required)
    try:
        with database.session() as session:
            stored, mismatch, problem = stored_pack_sha256(session, result.offer_number, result.revision)
            versions = _versions_if_stamped(session, result)
    except VerifyDatabaseError as exc:
        return PackCheck(result, None, False, database_error=exc.message, required=required)
    return PackCheck(
        result,
        stored,
        True,
        required=required,
        audit_mismatch=mismatch,
        record_problem=problem,
        stored_versions=versions,
    )
