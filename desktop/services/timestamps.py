"""Trusted time for packs sealed offline: RFC 3161 document timestamps (PAdES B-T), then the
validation data of the seal and the timestamp (DSS, PAdES B-LT).

`timestamp_pending(store, tsa_url)` takes every stored contract pack that has no B-LT version
yet and, for each:

1. B-T: appends a document timestamp from the TSA (pyHanko's HTTPTimeStamper) to the original
   signed bytes, as an incremental update;
2. B-LT: appends the DSS (certificates, and the revocation information a validation context
   can collect) for the seal and the timestamp, written without touching /Info or XMP.

Before it is stored, each result is verified as `offerdesk verify` does (desktop.documents.
seal_verify): the seal intact and trusted, the timestamp intact (its imprint is the digest of
the bytes it covers), issued by a TSA whose root is in the trust folder, the level reached,
and the previous version byte for byte the new one's prefix. Each version is one row of
`pack_versions` (migration 0007: append only) written in its own transaction with its audit
entry; the original in `documents` never changes. Anything that fails — TSA unreachable, a
refusal, a malformed answer, a wrong imprint, an untrusted TSA — stores nothing for that
step, is reported, and is tried again at the next run. No local clock ever stands in for the
TSA's time.

The TSA's address is a setting of the office, kept in the sealing settings
(desktop.services.seal_settings: `tsa_url` in seal.json, or OFFERDESK_TSA_URL).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import hashlib
import io
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import Document, Offer, PackVersion
from desktop.documents.seal_verify import B_B, B_LT, B_T, VerifyResult, verify_pdf
from desktop.documents.trust import Trust, fingerprint, load_trust
from desktop.domain.messages import Message, MessageError, msg
from desktop.domain.vocabulary import DocumentKind
from desktop.services import audit
from desktop.services.store import Store

LEVELS = (B_T, B_LT)  # the versions a pack gets, in this order (migration 0007)
TIMESTAMP_RESERVED = 16384  # bytes for the RFC 3161 token: a TSA's certificate chain fits
TSA_TIMEOUT_S = 10


class TimestampError(MessageError):
    """One step could not be done (its message: what failed and why)."""

    message: Message


@dataclass(frozen=True)
class PackOutcome:
    """What happened to one pack in this run."""

    document_id: int
    offer: str
    revision: int
    before: str  # level before the run: B-B, B-T
    after: str  # level after the run
    problem: Message | None = None  # why it did not reach B-LT (None when it did)

    @property
    def ok(self) -> bool:
        return self.problem is None


@dataclass(frozen=True)
class TimestampRun:
    tsa_url: str
    outcomes: tuple[PackOutcome, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return all(o.ok for o in self.outcomes)

    @property
    def added(self) -> int:
        """Versions stored by this run."""
        return sum(_rank(o.after) - _rank(o.before) for o in self.outcomes)


def _rank(level: str) -> int:
    return LEVELS.index(level) + 1 if level in LEVELS else 0


# A factory of pyHanko timestamp clients (tests give pyHanko's DummyTimeStamper).
Timestamper = Callable[[str], Any]


def http_timestamper(url: str) -> Any:
    from pyhanko.sign.timestamps import HTTPTimeStamper

    return HTTPTimeStamper(url, timeout=TSA_TIMEOUT_S)


@dataclass(frozen=True)
class _Pending:
    document_id: int
    offer_id: int
    offer: str
    revision: int
    original_sha256: str
    levels: tuple[str, ...]


def pending(session: Session) -> list[_Pending]:
    """Stored contract packs without their B-LT version, oldest first."""
    rows = session.execute(
        select(Document.id, Offer.id, Offer.number, Offer.revision, Document.sha256)
        .join(Offer, Offer.id == Document.offer_id)
        .where(Document.kind == DocumentKind.CONTRACT_PACK)
        .order_by(Document.id)
    ).all()
    levels: dict[int, list[str]] = {}
    for document_id, level in session.execute(select(PackVersion.document_id, PackVersion.level)):
        levels.setdefault(document_id, []).append(level)
    found = []
    for document_id, offer_id, number, revision, sha in rows:
        have = tuple(level for level in LEVELS if level in levels.get(document_id, []))
        if B_LT not in have:
            found.append(_Pending(document_id, offer_id, number, revision, sha, have))
    return found


def latest_version(session: Session, document_id: int) -> PackVersion | None:
    """The highest stored version of a pack (None: only the original)."""
    versions = session.scalars(select(PackVersion).where(PackVersion.document_id == document_id)).all()
    return max(versions, key=lambda v: LEVELS.index(v.level), default=None)


# --- the two steps ------------------------------------------------------------------------


def _reason(exc: BaseException) -> str:
    cause = exc.__cause__ or exc.__context__
    text = str(exc).strip() or type(exc).__name__
    if cause is not None and str(cause).strip() and str(cause) not in text:
        text = f"{text} ({str(cause).strip().splitlines()[0]})"
    return text.splitlines()[0]


def _writer(pdf: bytes) -> Any:
    """pyHanko's incremental writer without its /Info and XMP update (ModDate, Producer): after
    the seal, verify accepts signature fields, timestamps and the DSS only."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter

    class Writer(IncrementalPdfFileWriter):
        def _update_meta(self) -> None:
            return None

    return Writer(io.BytesIO(pdf))


def document_timestamp(pdf: bytes, timestamper: Any) -> bytes:
    """`pdf` plus an RFC 3161 document timestamp from `timestamper` (incremental update)."""
    from pyhanko.sign.signers.pdf_signer import PdfTimeStamper

    out = io.BytesIO()
    try:
        writer = _writer(pdf)
        PdfTimeStamper(timestamper).timestamp_pdf(
            writer, "sha256", bytes_reserved=TIMESTAMP_RESERVED, output=out
        )
    except Exception as exc:  # the TSA's or the network's failure, whatever pyHanko raised
        raise TimestampError(msg("records.timestamp.no_token", reason=_reason(exc))) from exc
    return out.getvalue()


def _validation_context(trust: Trust, seal_cert: Any) -> Any:
    from pyhanko_certvalidator import ValidationContext

    roots = list(trust.roots)
    if fingerprint(seal_cert) in trust.pins:  # this installation's own certificate: its own root
        roots.append(seal_cert)
    # fetching: the CRLs and OCSP answers the certificates point to, when there is a network;
    # soft-fail: a certificate that names none (the installation's own) still gets its chain
    return ValidationContext(trust_roots=roots, allow_fetching=True, revocation_mode="soft-fail")


def validation_data(pdf: bytes, trust: Trust) -> bytes:
    """`pdf` plus a DSS holding the validation data of its seal and its document timestamps."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.dss import DocumentSecurityStore, collect_validation_info

    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
        signatures = list(reader.embedded_signatures)
        context = _validation_context(trust, signatures[0].signer_cert)
        paths = []
        for sig in signatures:
            paths.extend(asyncio.run(collect_validation_info(sig, context, skip_timestamp=True)))
        writer = _writer(pdf)
        DocumentSecurityStore.supply_dss_in_writer(writer, None, paths=paths, validation_context=context)
        out = io.BytesIO()
        writer.write(out)
    except Exception as exc:
        raise TimestampError(msg("records.timestamp.no_validation_data", reason=_reason(exc))) from exc
    return out.getvalue()


def _checked(new: bytes, previous: bytes, original_sha256: str, level: str, trust: Trust) -> VerifyResult:
    """The new version verifies as the same contract, at `level`, extending `previous`."""
    result = verify_pdf(new, trust)
    if not new.startswith(previous):
        raise TimestampError(msg("records.timestamp.not_an_extension"))
    if result.sealed_sha256 != original_sha256:
        raise TimestampError(msg("records.timestamp.other_contract"))
    if not result.ok:
        raise TimestampError(msg("records.timestamp.fails_check", level=level, reason=result.message))
    if result.pades_level != level:
        reached = result.pades_level or msg("records.timestamp.level_unreadable")
        raise TimestampError(msg("records.timestamp.wrong_level", reached=reached, level=level))
    return result


def _store_version(
    store: Store, item: _Pending, level: str, pdf: bytes, result: VerifyResult, tsa_url: str, actor: str
) -> None:
    stamp = result.timestamps[-1]
    info = {
        "tsa_url": tsa_url,
        "time": stamp.time,
        "tsa_subject": stamp.tsa_subject,
        "tsa_sha256": stamp.tsa_sha256,
        "field": stamp.field_name,
    }
    sha = hashlib.sha256(pdf).hexdigest()
    with store.session() as session:
        session.add(
            PackVersion(
                document_id=item.document_id,
                level=level,
                pdf=pdf,
                sha256=sha,
                base_sha256=item.original_sha256,
                timestamp=info,
                created_at=dt.datetime.now(dt.UTC),
            )
        )
        session.flush()
        audit.record(
            session,
            "offer.pack_version",
            f"offer:{item.offer_id}",
            {"level": level, "sha256": sha, "base_sha256": item.original_sha256, "tsa_time": stamp.time},
            actor=actor,
        )


def _one(store: Store, item: _Pending, tsa_url: str, make: Timestamper, trust: Trust, actor: str) -> str:
    """Bring one pack to B-LT; returns the level reached. TimestampError: the step that failed
    stored nothing."""
    with store.read() as session:
        original = session.get(Document, item.document_id)
        assert original is not None
        original_pdf = original.pdf
        current = latest_version(session, item.document_id)
        pdf, level = (original_pdf, B_B) if current is None else (current.pdf, current.level)
    if hashlib.sha256(original_pdf).hexdigest() != item.original_sha256:
        raise TimestampError(msg("records.timestamp.original_changed"))
    if level == B_B:
        stamped = document_timestamp(pdf, make(tsa_url))
        result = _checked(stamped, pdf, item.original_sha256, B_T, trust)
        _store_version(store, item, B_T, stamped, result, tsa_url, actor)
        pdf, level = stamped, B_T
    if level == B_T:
        completed = validation_data(pdf, trust)
        result = _checked(completed, pdf, item.original_sha256, B_LT, trust)
        _store_version(store, item, B_LT, completed, result, tsa_url, actor)
        level = B_LT
    return level


def timestamp_pending(
    store: Store,
    tsa_url: str,
    *,
    timestamper: Timestamper = http_timestamper,
    trust: Trust | None = None,
    actor: str = "",
) -> TimestampRun:
    """Timestamp (B-T) and complete (B-LT) every stored pack that is not B-LT yet."""
    trust = trust if trust is not None else load_trust()
    with store.read() as session:
        todo = pending(session)
    outcomes = []
    for item in todo:
        before = item.levels[-1] if item.levels else B_B
        try:
            after = _one(store, item, tsa_url, timestamper, trust, actor)
            outcomes.append(PackOutcome(item.document_id, item.offer, item.revision, before, after))
        except TimestampError as exc:
            with store.read() as session:
                reached = latest_version(session, item.document_id)
                after = reached.level if reached is not None else B_B
            outcomes.append(
                PackOutcome(item.document_id, item.offer, item.revision, before, after, problem=exc.message)
            )
    return TimestampRun(tsa_url, tuple(outcomes))
