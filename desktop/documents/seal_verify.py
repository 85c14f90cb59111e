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
"""

from __future__ import annotations

import binascii
import datetime as dt
import hashlib
import io
import logging
import re
from dataclasses import dataclass, field
from typing import Any

from desktop.documents.seal import FIELD_NAME
from desktop.documents.trust import Trust, fingerprint, load_trust, revocation_of

# pyHanko logs every untrusted certificate as a warning with its traceback: the result says it
# in words; without a handler of the application's, Python would print it on stderr
logging.getLogger("pyhanko").addHandler(logging.NullHandler())
logging.getLogger("pyhanko_certvalidator").addHandler(logging.NullHandler())

PADES_SUBFILTER = "/ETSI.CAdES.detached"
UNKNOWN_SIGNER = "scellé par un certificat inconnu"
_REASON = re.compile(r"^Contrat (\S+) révision (\d+)(?:\s|$)")

_LEVELS = {  # pyHanko ModificationLevel -> what changed, in French
    "LTA_UPDATES": "des métadonnées (/Info, XMP), des données d'archivage ou un horodatage ont été "
    "ajoutés ou modifiés",
    "FORM_FILLING": "un champ de formulaire ou une signature a été ajouté ou rempli",
    "ANNOTATIONS": "des annotations ont été ajoutées ou modifiées",
    "OTHER": "le contenu du document a été modifié (pages, texte, métadonnées ou objets)",
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
    problem: str = ""


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
    problems: tuple[str, ...] = field(default_factory=tuple)
    # the signer's certificate is revoked (a trusted CRL of the company lists it): ISO date
    revoked_at: str = ""
    notes: tuple[str, ...] = ()  # said, not failing: e.g. revoked only after this seal

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
    def message(self) -> str:
        if self.ok:
            return "sceau intact : le document n'a pas été modifié depuis son scellement"
        return "; ".join(self.problems) or "le sceau n'a pas pu être vérifié"


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


def _what_changed(status: Any) -> str:
    from pyhanko.sign.diff_analysis import SuspiciousModification

    diff = status.diff_result
    if isinstance(diff, SuspiciousModification):
        return f"modification refusée par l'analyse des différences de pyHanko : {diff}"
    level = status.modification_level
    if level is None:
        return "des révisions ont été ajoutées au document"
    return _LEVELS.get(level.name, f"modification de niveau {level.name}")


def _validate(sig: Any, trust: Trust) -> tuple[SignatureReport, Any]:
    """Validate one signature against the trust roots (pinned certificates as their own roots)."""
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    name = str(sig.field_name or "")
    try:
        cert = sig.signer_cert
        subject, digest = cert.subject.human_friendly, fingerprint(cert)
    except Exception as exc:  # an unreadable CMS: no certificate to speak of
        return SignatureReport(name, problem=f"signature illisible ({exc})"), None
    roots = list(trust.roots)
    if digest in trust.pins:
        roots.append(cert)
    try:
        context = ValidationContext(trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail")
        status = validate_pdf_signature(sig, context)
    except Exception as exc:
        return SignatureReport(name, subject, digest, problem=f"signature invérifiable ({exc})"), None
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
        problem=str(getattr(status.trust_problem_indic, "name", status.trust_problem_indic or "")),
    )
    return report, status


def verify_pdf(pdf: bytes, trust: Trust | None = None) -> VerifyResult:
    """Check the seal of a pack against `trust` (default: the data folder's roots and pins)."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    digest = hashlib.sha256(pdf).hexdigest()
    trust = trust if trust is not None else load_trust()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=True)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:
        damaged = f"le fichier est endommagé ou n'est pas un PDF ({exc})"
        return VerifyResult(sha256=digest, problems=(damaged,))
    if not signatures:
        return VerifyResult(sha256=digest, problems=("le document ne porte aucun sceau",))
    reports, statuses = [], []
    for sig in signatures:
        report, status = _validate(sig, trust)
        reports.append(report)
        statuses.append(status)
    seals = [i for i, r in enumerate(reports) if r.field_name == FIELD_NAME]
    problems: list[str] = []
    if not seals:
        others = ", ".join(r.signer_subject or r.field_name for r in reports)
        return VerifyResult(
            sha256=digest,
            signatures=tuple(reports),
            problems=(f"le document ne porte pas de sceau OfferDesk (signature(s) : {others})",),
        )
    index = seals[0]
    sig, report, status = signatures[index], reports[index], statuses[index]
    if len(signatures) > 1:
        extra = [r for i, r in enumerate(reports) if i != index]
        who = ", ".join(f"« {r.field_name} » par {r.signer_subject or 'inconnu'}" for r in extra)
        problems.append(
            f"le document porte {len(signatures)} signatures, un contrat OfferDesk n'en porte qu'une "
            f"(le sceau) : signature(s) en trop {who}"
        )
    if status is None:
        problems.append(f"le sceau est endommagé et ne peut pas être vérifié ({report.problem})")
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
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not report.intact:
        problems.insert(
            0, "le document a été modifié après son scellement (son contenu ne correspond plus au sceau)"
        )
    elif not report.valid:
        problems.insert(0, "la signature du sceau n'est pas valable pour son certificat")
    elif not report.trusted:
        problems.insert(
            0,
            f"{UNKNOWN_SIGNER} : « {report.signer_subject} » (empreinte SHA-256 {report.signer_sha256}) "
            "n'est ni le certificat de cette installation ni émis par une racine de l'entreprise "
            "installée (dossier trust ou Paramètres > Scellement)"
            + (f" [{report.problem}]" if report.problem else ""),
        )
    if report.intact and not whole:
        problems.append(f"le document a été modifié après son scellement : {_what_changed(status)}")
    if str(sig.sig_object.get("/SubFilter", "")) != PADES_SUBFILTER:
        problems.append("le sceau n'est pas au format PAdES qu'OfferDesk produit")
    if report.intact and not _contents_exact(pdf, sig):
        # /Contents is outside the signed ranges by design: a changed byte there (hex case,
        # padding) would otherwise go unnoticed
        problems.append("l'espace réservé au sceau a été modifié après le scellement")
    if report.intact and revision is None:
        problems.append("le sceau ne nomme pas d'offre OfferDesk (motif signé inattendu)")
    signed_at = (
        status.signer_reported_dt.astimezone(dt.UTC).isoformat(timespec="seconds")
        if status.signer_reported_dt
        else ""
    )
    trusted, revoked_at, notes = report.trusted, "", tuple[str, ...]()
    if report.trusted:
        trusted, revoked_at, notes = _revocation(trust, sig.signer_cert, status.signer_reported_dt, problems)
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
        revoked_at=revoked_at,
        notes=notes,
    )


def _revocation(
    trust: Trust, cert: Any, sealed_at: dt.datetime | None, problems: list[str]
) -> tuple[bool, str, tuple[str, ...]]:
    """(still trusted, revocation date, notes): a seal made at or after its certificate's
    revocation date is not trusted (problem added); one made before is, with a note naming the
    revocation. The sealing time is the one the seal claims (PAdES B-B: the signer's clock)."""
    revocation = revocation_of(trust, cert)
    if revocation is None:
        return True, "", ()
    when = revocation.date.astimezone(dt.UTC).isoformat(timespec="seconds")
    if sealed_at is None or sealed_at >= revocation.date:
        problems.insert(
            0,
            f"le certificat de scellement a été révoqué le {when} par l'entreprise (motif : "
            f"{revocation.reason}) et ce sceau est daté de {_iso(sealed_at)}, après la révocation : "
            "il n'est pas digne de confiance",
        )
        return False, when, ()
    note = (
        f"le certificat de scellement a été révoqué le {when} (motif : {revocation.reason}), après "
        f"ce sceau daté de {_iso(sealed_at)} : le sceau reste valable (date déclarée par le poste "
        "qui a scellé)"
    )
    return True, when, (note,)


def _iso(moment: dt.datetime | None) -> str:
    return moment.astimezone(dt.UTC).isoformat(timespec="seconds") if moment else "inconnu"
