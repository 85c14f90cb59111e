"""Verify a sealed pack: trusted signer, every signature valid, the seal covering the whole file.

A pack passes only when it carries exactly the one seal OfferDesk makes (field
``SceauOfferDesk``, PAdES), that seal's signature is intact and valid, its certificate is
trusted — pinned as this installation's own, or chained to a company root of the trust folder
(pyhanko_certvalidator, no fetching; desktop/documents/trust.py) — never merely because the
PDF carries it, and it covers every byte of the file: pyHanko's coverage level must be
ENTIRE_FILE; for anything appended its difference analysis says what changed. The bytes of
/Contents outside the signed ranges must be exactly the uppercase hex pyHanko writes of the CMS plus zero
padding, so no byte of the file can change without failing. The offer is read from the seal's
signed /Reason, never from unsigned metadata.

A pack timestamped later (desktop/services/timestamps.py) carries, after the seal's revision,
RFC 3161 document timestamps (PAdES B-T) and validation data (DSS, PAdES B-LT), nothing else:
the revisions after the seal are reviewed with a stricter policy than pyHanko's default
(signature fields, document timestamps and the DSS only; no /Info, XMP, annotation or form
change), each timestamp must be intact and issued by a TSA that chains to a root of the trust
folder, and the original signed bytes are the file's prefix (``sealed_sha256``).
"""

from __future__ import annotations

import binascii
import datetime as dt
import hashlib
import io
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from desktop.documents.seal import FIELD_NAME
from desktop.documents.trust import Trust, fingerprint, load_trust, revocation_of
from desktop.domain.messages import Message, msg

# pyHanko logs every untrusted certificate as a warning with its traceback: the result says it
# in words; without a handler of the application's, Python would print it on stderr
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())

PADES_SUBFILTER = "/ETSI.CAdES.detached"
TIMESTAMP_SUBFILTER = "/ETSI.RFC3161"
B_B, B_T, B_LT = "B-B", "B-T", "B-LT"  # PAdES baseline levels a pack can have
UNKNOWN_SIGNER = "sealing.verify.unknown_signer"  # the problem of a seal no trusted certificate made
# The seal's signed /Reason (desktop/services/packs.py) is a machine format, not a sentence:
# "Contrat <number> révision <n> …" in every pack, whatever its document language, so that the
# packs already signed and the new ones are read the same way.
_REASON = re.compile(r"^Contrat\s(\S+)\srévision\s(\d+)(?:\s|$)")

_LEVELS = {  # pyHanko ModificationLevel -> what changed
    "LTA_UPDATES": Message("sealing.change.lta_updates"),
    "FORM_FILLING": Message("sealing.change.form_filling"),
    "ANNOTATIONS": Message("sealing.change.annotations"),
    "OTHER": Message("sealing.change.other"),
}


@dataclass(frozen=True)
class SignatureReport:
    """One signature of the file, as validated."""

    field_name: str
    signer_subject: str = ""
    signer_sha256: str = ""
    intact: bool = False
    valid: bool = False
    trusted: bool = False
    coverage: str = ""
    modification: str = ""
    problem: Message | None = None  # the signature could not be read or validated
    trust_problem: str = ""  # pyHanko's name for why the certificate is not trusted


@dataclass(frozen=True)
class TimestampReport:
    """One RFC 3161 document timestamp of the file, as validated."""

    field_name: str
    time: str = ""  # the TSA's genTime, ISO UTC
    tsa_subject: str = ""
    tsa_sha256: str = ""
    intact: bool = False  # the token's imprint is the digest of the bytes it covers
    valid: bool = False  # the token's signature checks out against the TSA certificate
    trusted: bool = False  # the TSA certificate chains to a root of the trust folder
    problem: Message | None = None

    @property
    def ok(self) -> bool:
        return self.intact and self.valid and self.trusted and self.problem is None

    def to_json(self) -> dict[str, Any]:
        """Plain values; the problem in the current language, with its message id beside it."""
        found = dict(self.__dict__)
        found["problem"] = str(self.problem) if self.problem is not None else ""
        found["problem_id"] = self.problem.id if self.problem is not None else None
        return found


@dataclass(frozen=True)
class VerifyResult:
    sha256: str
    sealed: bool = False  # an OfferDesk seal is present
    intact: bool = False  # the signed bytes hash to the signed digest
    valid: bool = False  # the signature itself checks out against the certificate
    trusted: bool = False  # the certificate is pinned or chains to a company root
    whole_file: bool = False  # nothing was added or changed after the seal
    signer_subject: str = ""
    signer_sha256: str = ""
    signed_at: str = ""
    offer_number: str = ""
    revision: int | None = None
    level: str = ""  # pyHanko coverage / modification level of the seal
    signatures: tuple[SignatureReport, ...] = ()
    problems: tuple[Message, ...] = field(default_factory=tuple)
    pades_level: str = ""  # B-B, B-T or B-LT ("" when the seal cannot be read)
    timestamps: tuple[TimestampReport, ...] = ()
    sealed_sha256: str = ""  # SHA-256 of the bytes the seal signed: the original pack
    # the signer's certificate is revoked (a trusted CRL of the company lists it): ISO date
    revoked_at: str = ""
    notes: tuple[Message, ...] = ()  # said, not failing: e.g. revoked only after this seal

    @property
    def ok(self) -> bool:
        return (
            self.sealed
            and self.intact
            and self.valid
            and self.trusted
            and self.whole_file
            and not self.problems
        )

    @property
    def message(self) -> Message:
        """The verdict: intact (and timestamped when it is), else every problem."""
        if self.ok and self.timestamps:
            stamp = self.timestamps[0]
            return msg("sealing.verify.intact_timestamped", time=_moment(stamp.time), level=self.pades_level)
        if self.ok:
            return msg("sealing.verify.intact")
        if not self.problems:
            return msg("sealing.verify.not_verified")
        verdict = self.problems[-1]
        for problem in reversed(self.problems[:-1]):  # "a; b; c", each in the verdict's language
            verdict = msg("sealing.verify.problems", first=problem, rest=verdict)
        return verdict


def _moment(iso: str) -> dt.datetime | Message:
    try:
        return dt.datetime.fromisoformat(iso)
    except ValueError:
        return msg("sealing.verify.unknown_time")


def _contents_exact(pdf: bytes, sig: Any) -> bool:
    """The unsigned gap of the byte range is `<` + the uppercase hex pyHanko writes of /Contents
    + `>`, and the CMS is followed by zero padding only: no byte there can change unnoticed."""
    _, len1, start2, _ = (int(v) for v in sig.byte_range)
    contents = bytes(sig.pkcs7_content)
    if pdf[len1:start2] != b"<" + binascii.hexlify(contents).upper() + b">":
        return False
    if len(contents) < 2 or contents[0] != 0x30:
        return False
    first = contents[1]
    if first < 0x80:
        end = 2 + first
    else:
        size = first & 0x7F
        end = 2 + size + int.from_bytes(contents[2 : 2 + size], "big")
    return end <= len(contents) and not any(contents[end:])


def _offer_from_reason(reason: str) -> tuple[str, int | None]:
    found = _REASON.match(reason)
    if found is None:
        return "", None
    return found.group(1), int(found.group(2))


def _what_changed(status: Any) -> Message:
    from pyhanko.sign.diff_analysis import SuspiciousModification

    diff = status.diff_result
    if isinstance(diff, SuspiciousModification):
        return msg("sealing.change.suspicious", detail=str(diff))
    level = status.modification_level
    if level is None:
        return msg("sealing.change.revisions_added")
    return _LEVELS.get(level.name) or msg("sealing.change.level", level=level.name)


def _after_seal_policy() -> Any:
    """pyHanko's difference policy for the revisions a timestamp adds after the seal: new
    signature fields (document timestamps) and the DSS only — pyHanko's default would also let
    /Info, XMP metadata and form fields change at the same level."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.diff_analysis.form_rules_api import FormUpdatingRule
    from pyhanko.sign.diff_analysis.policies import StandardDiffPolicy
    from pyhanko.sign.diff_analysis.rules.file_structure_rules import (
        CatalogModificationRule,
        ObjectStreamRule,
        XrefStreamRule,
    )
    from pyhanko.sign.diff_analysis.rules.form_field_rules import (
        DSSCompareRule,
        SigFieldCreationRule,
        SigFieldModificationRule,
    )

    lta = ModificationLevel.LTA_UPDATES
    return StandardDiffPolicy(
        global_rules=[
            CatalogModificationRule(),  # type: ignore[no-untyped-call]
            XrefStreamRule().as_qualified(lta),
            ObjectStreamRule().as_qualified(lta),
            DSSCompareRule().as_qualified(lta),
        ],
        form_rule=FormUpdatingRule(
            field_rules=[SigFieldCreationRule(), SigFieldModificationRule()]  # type: ignore[no-untyped-call]
        ),
    )


def is_document_timestamp(sig: Any) -> bool:
    return str(sig.sig_object.get("/Type", "")) == "/DocTimeStamp"


def _validate_timestamp(sig: Any, pdf: bytes, trust: Trust, policy: Any) -> tuple[TimestampReport, Any]:
    """A document timestamp against the trust folder's roots (pins are sealing certificates
    of this installation, never a TSA)."""
    from pyhanko.sign.validation import validate_pdf_timestamp
    from pyhanko_certvalidator import ValidationContext

    name = str(sig.field_name or "")
    try:
        cert = sig.signer_cert
        subject, digest = cert.subject.human_friendly, fingerprint(cert)
    except Exception as exc:
        return TimestampReport(name, problem=msg("sealing.timestamp.unreadable", detail=str(exc))), None
    try:
        context = ValidationContext(
            trust_roots=list(trust.roots), allow_fetching=False, revocation_mode="soft-fail"
        )
        status = validate_pdf_timestamp(sig, validation_context=context, diff_policy=policy)
    except Exception as exc:
        failed = msg("sealing.timestamp.unverifiable", detail=str(exc))
        return TimestampReport(name, tsa_subject=subject, tsa_sha256=digest, problem=failed), None
    problem: Message | None = None
    if str(sig.sig_object.get("/SubFilter", "")) != TIMESTAMP_SUBFILTER:
        problem = msg("sealing.timestamp.not_rfc3161")
    elif status.intact and not _contents_exact(pdf, sig):
        problem = msg("sealing.timestamp.contents_changed")
    moment = status.timestamp.astimezone(dt.UTC).isoformat(timespec="seconds") if status.timestamp else ""
    report = TimestampReport(
        field_name=name,
        time=moment,
        tsa_subject=subject,
        tsa_sha256=digest,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted) and bool(trust.roots),
        problem=problem,
    )
    return report, status


def _dss_covers(reader: Any, certs: list[Any]) -> bool:
    """The file's DSS holds validation data for every one of `certs` (B-LT)."""
    from pyhanko.sign.validation.dss import DocumentSecurityStore

    try:
        dss = DocumentSecurityStore.read_dss(reader)
        held = {fingerprint(cert) for cert in dss.load_certs()}
    except Exception:  # no DSS, or an unreadable one: not B-LT
        return False
    return all(fingerprint(cert) in held for cert in certs)


def _validate(sig: Any, trust: Trust, policy: Any = None) -> tuple[SignatureReport, Any]:
    """Validate one signature against the trust roots (pinned certificates as their own roots)."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    name = str(sig.field_name or "")
    try:
        cert = sig.signer_cert
        subject, digest = cert.subject.human_friendly, fingerprint(cert)
    except Exception as exc:  # an unreadable CMS: no certificate to speak of
        return SignatureReport(name, problem=msg("sealing.signature.unreadable", detail=str(exc))), None
    roots = list(trust.roots)
    if digest in trust.pins:
        roots.append(cert)
    try:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, context, diff_policy=policy)
    except Exception as exc:
        problem = msg("sealing.signature.unverifiable", detail=str(exc))
        return SignatureReport(name, subject, digest, problem=problem), None
    coverage = status.coverage.name if status.coverage is not None else "UNKNOWN"
    level = status.modification_level
    report = SignatureReport(
        field_name=name,
        signer_subject=subject,
        signer_sha256=digest,
        intact=bool(status.intact),
        valid=bool(status.valid),
        trusted=bool(status.trusted) and bool(roots),
        coverage=coverage,
        modification=level.name if level is not None else "UNKNOWN",
        trust_problem=str(getattr(status.trust_problem_indic, "name", status.trust_problem_indic or "")),
    )
    return report, status


def verify_pdf(pdf: bytes, trust: Trust | None = None) -> VerifyResult:
    """Check the seal of a pack against `trust` (default: the data folder's roots and pins),
    and its document timestamps when it has any."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    digest = hashlib.sha256(pdf).hexdigest()
    trust = trust if trust is not None else load_trust()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:
        damaged = msg("sealing.verify.not_a_pdf", detail=str(exc))
        return VerifyResult(sha256=digest, problems=(damaged,))
    if not signatures:
        return VerifyResult(sha256=digest, problems=(msg("sealing.verify.no_seal"),))
    stamps = [sig for sig in signatures if is_document_timestamp(sig)]
    others = [sig for sig in signatures if not is_document_timestamp(sig)]
    # after the seal, only timestamps and validation data, reviewed strictly; a pack without
    # timestamp keeps pyHanko's default policy (its words for what changed)
    policy = _after_seal_policy() if stamps else None
    reports, statuses = [], []
    for sig in others:
        report, status = _validate(sig, trust, policy)
        reports.append(report)
        statuses.append(status)
    seals = [i for i, r in enumerate(reports) if r.field_name == FIELD_NAME]
    problems: list[Message] = []
    if not seals:
        named = [r.signer_subject or r.field_name for r in reports]
        problem = (
            msg("sealing.verify.no_offerdesk_seal", count=len(named), signers=named)
            if named
            else msg("sealing.verify.timestamp_only")
        )
        return VerifyResult(sha256=digest, signatures=tuple(reports), problems=(problem,))
    index = seals[0]
    sig, report, status = others[index], reports[index], statuses[index]
    if len(others) > 1:
        extra = [r for i, r in enumerate(reports) if i != index]
        who = [
            msg("sealing.verify.extra_signature", field=r.field_name, signer=r.signer_subject)
            if r.signer_subject
            else msg("sealing.verify.extra_signature_unknown", field=r.field_name)
            for r in extra
        ]
        problems.append(msg("sealing.verify.extra_signatures", count=len(others), extra=who))
    if stamps and signatures[0] is not sig:
        problems.append(msg("sealing.verify.timestamp_before_seal"))
    if status is None:
        problems.append(msg("sealing.verify.seal_damaged", reason=report.problem or ""))
        return VerifyResult(
            sha256=digest,
            sealed=True,
            signer_subject=report.signer_subject,
            signer_sha256=report.signer_sha256,
            signatures=tuple(reports),
            problems=tuple(problems),
        )
    offer, revision = "", None
    if report.intact:  # the /Reason is inside the signed bytes: only then does it say anything
        offer, revision = _offer_from_reason(str(sig.sig_object.get("/Reason", "")))
    if stamps:
        # the seal's revision whole, then nothing but timestamps and validation data
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and (
            status.modification_level is not None
            and status.modification_level <= ModificationLevel.LTA_UPDATES
        )
    else:
        whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not report.intact:
        problems.insert(0, msg("sealing.verify.changed_after_seal"))
    elif not report.valid:
        problems.insert(0, msg("sealing.verify.signature_invalid"))
    elif not report.trusted:
        untrusted = msg(
            "sealing.verify.unknown_signer", subject=report.signer_subject, sha256=report.signer_sha256
        )
        if report.trust_problem:
            untrusted = msg("sealing.verify.unknown_signer_why", problem=untrusted, code=report.trust_problem)
        problems.insert(0, untrusted)
    if report.intact and not whole:
        problems.append(msg("sealing.verify.modified_after_seal", change=_what_changed(status)))
    if str(sig.sig_object.get("/SubFilter", "")) != PADES_SUBFILTER:
        problems.append(msg("sealing.verify.not_pades"))
    if report.intact and not _contents_exact(pdf, sig):
        # /Contents is outside the signed ranges by design: a changed byte there (hex case,
        # padding) would otherwise go unnoticed
        problems.append(msg("sealing.verify.contents_changed"))
    if report.intact and revision is None:
        problems.append(msg("sealing.verify.no_offer"))
    stamp_reports = []
    for stamp in stamps:
        stamp_report, stamp_status = _validate_timestamp(stamp, pdf, trust, policy)
        stamp_reports.append(stamp_report)
        problems.extend(_timestamp_problems(stamp_report, stamp_status, stamp is stamps[-1]))
    start2, len2 = int(sig.byte_range[2]), int(sig.byte_range[3])
    sealed_sha256 = hashlib.sha256(pdf[: start2 + len2]).hexdigest()
    level = B_B
    if stamps:
        level = B_T
        try:
            certs = [sig.signer_cert] + [stamp.signer_cert for stamp in stamps]
        except Exception:  # an unreadable token: reported above, no B-LT
            certs = []
        if certs and _dss_covers(reader, certs):
            level = B_LT
    signed_at = (
        status.signer_reported_dt.astimezone(dt.UTC).isoformat(timespec="seconds")
        if status.signer_reported_dt
        else ""
    )
    trusted, revoked_at, notes = report.trusted, "", tuple[Message, ...]()
    if report.trusted:
        moment, proven = sealing_time(status.signer_reported_dt, stamp_reports)
        trusted, revoked_at, notes = _revocation(trust, sig.signer_cert, moment, problems, proven)
    return VerifyResult(
        sha256=digest,
        sealed=True,
        intact=report.intact,
        valid=report.valid,
        trusted=trusted,
        whole_file=whole,
        signer_subject=report.signer_subject,
        signer_sha256=report.signer_sha256,
        signed_at=signed_at,
        offer_number=offer,
        revision=revision,
        level=f"{report.coverage} / {report.modification}",
        signatures=tuple(reports),
        problems=tuple(problems),
        pades_level=level,
        timestamps=tuple(stamp_reports),
        sealed_sha256=sealed_sha256,
        revoked_at=revoked_at,
        notes=notes,
    )


def _timestamp_problems(report: TimestampReport, status: Any, last: bool) -> list[Message]:
    """Why a document timestamp does not count (empty: it does)."""
    from pyhanko.sign.diff_analysis import ModificationLevel
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    who = {"subject": report.tsa_subject, "sha256": report.tsa_sha256}
    if status is None:
        return [msg("sealing.timestamp.not_verifiable", field=report.field_name, reason=report.problem or "")]
    if not report.intact:
        return [msg("sealing.timestamp.changed")]
    if not report.valid:
        return [msg("sealing.timestamp.signature_invalid", **who)]
    problems = []
    if not report.trusted:
        problems.append(msg("sealing.timestamp.unknown_authority", **who))
    if report.problem is not None:
        problems.append(report.problem)
    if last:
        coverage, level = status.coverage, status.modification_level
        whole = coverage == SignatureCoverageLevel.ENTIRE_FILE or (
            coverage == SignatureCoverageLevel.ENTIRE_REVISION
            and level is not None
            and level <= ModificationLevel.LTA_UPDATES
        )
        if not whole:
            problems.append(msg("sealing.timestamp.modified_after", change=_what_changed(status)))
    return problems


def sealing_time(
    claimed: dt.datetime | None, stamps: Sequence[TimestampReport]
) -> tuple[dt.datetime | None, bool]:
    """(when the seal was made at the latest, proven): the earliest trusted document timestamp's
    time when the pack has one (a trusted third party saw the sealed bytes then), else the time
    the sealing laptop claims (its clock, which a thief can set back)."""
    times = [dt.datetime.fromisoformat(stamp.time) for stamp in stamps if stamp.ok and stamp.time]
    return (min(times), True) if times else (claimed, False)


def _revocation(
    trust: Trust, cert: Any, sealed_at: dt.datetime | None, problems: list[Message], proven: bool = False
) -> tuple[bool, str, tuple[Message, ...]]:
    """(still trusted, revocation date, notes): a seal made at or after its certificate's
    revocation date is not trusted (problem added); one made before is, with a note naming the
    revocation. The sealing time is the one the seal claims (PAdES B-B: the signer's clock)."""
    revocation = revocation_of(trust, cert)
    if revocation is None:
        return True, "", ()
    revoked = revocation.date.astimezone(dt.UTC)
    when = revoked.isoformat(timespec="seconds")
    sealed: dt.datetime | Message = (
        sealed_at.astimezone(dt.UTC) if sealed_at is not None else msg("sealing.verify.unknown_time")
    )
    if sealed_at is None or sealed_at >= revocation.date:
        problems.insert(
            0, msg("sealing.verify.revoked_before", revoked=revoked, reason=revocation.reason, sealed=sealed)
        )
        return False, when, ()
    proof = msg("sealing.verify.time_proven") if proven else msg("sealing.verify.time_claimed")
    note = msg(
        "sealing.verify.revoked_after", revoked=revoked, reason=revocation.reason, sealed=sealed, proof=proof
    )
    return True, when, (note,)
