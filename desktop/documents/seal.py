"""Seal a contract pack (PAdES baseline B-B, pyHanko) and verify a sealed pack.

The seal uses the company's PKCS#12 certificate when one is configured, otherwise a
certificate this installation creates once (self-signed, ECDSA P-256, 10 years) and keeps in the
user's data folder. Any change to a sealed file — one byte is enough — makes ``verify`` fail
with a message that says what is wrong.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import platform
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop.documents.files import write_atomic
from desktop.paths import DATA_DIR_ENV as DATA_DIR_ENV  # re-exported: the data folder
from desktop.paths import data_dir as data_dir

SEAL_FILE = "seal-certificate.p12"
FIELD_NAME = "SceauOfferDesk"
SEAL_FORMAT = "PAdES B-B"
RESERVED = 16384  # bytes for the CMS signature: certificate chains of company certificates fit


class SealError(Exception):
    """The pack cannot be sealed: missing or unreadable certificate, wrong passphrase..."""


@dataclass(frozen=True)
class SealConfig:
    """Where the sealing certificate comes from: a company PKCS#12 file, or the local one."""

    pkcs12_path: Path | None = None
    passphrase: bytes | None = None
    folder: Path | None = None  # where the local certificate lives (default: data_dir())


@dataclass(frozen=True)
class SealInfo:
    format: str
    field_name: str
    certificate_subject: str
    certificate_issuer: str
    certificate_serial: str
    certificate_sha256: str
    self_signed: bool
    sealed_at: str  # ISO, UTC

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


# --- the certificate ----------------------------------------------------------------------


def _create_local_certificate(path: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import NoEncryption, pkcs12
    from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    host = platform.node() or "poste"
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"OfferDesk — sceau local ({host})"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "OfferDesk"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, "Certificat auto-signé de l'installation"),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=3653))
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True,
                content_commitment=True,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=False,
                crl_sign=False,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
        .sign(key, hashes.SHA256())
    )
    data = pkcs12.serialize_key_and_certificates(b"offerdesk-seal", key, cert, None, NoEncryption())
    write_atomic(path, data, mode=0o600)  # a private key: never readable by others, not even briefly


def local_certificate_path(folder: Path | None = None) -> Path:
    """The installation's own certificate, created on first use."""
    path = (folder or data_dir()) / SEAL_FILE
    if not path.exists():
        _create_local_certificate(path)
    return path


_signer_cache: dict[tuple[str, float, bytes | None], Any] = {}


def load_signer(config: SealConfig) -> tuple[Any, bool]:
    """(pyHanko signer, self_signed) for the configured certificate."""
    from pyhanko.sign import signers

    if config.pkcs12_path is not None:
        path, self_signed = Path(config.pkcs12_path), False
        if not path.is_file():
            raise SealError(
                f"le certificat de scellement {path} n'existe pas : vérifiez le chemin dans les paramètres"
            )
    else:
        path, self_signed = local_certificate_path(config.folder), True
    key = (str(path), path.stat().st_mtime, config.passphrase)
    cached = _signer_cache.get(key)
    if cached is not None:
        return cached, self_signed
    try:
        signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=config.passphrase)  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as exc:
        raise SealError(f"impossible de lire le certificat de scellement {path} : {exc}") from exc
    if signer is None:
        raise SealError(f"impossible de lire le certificat de scellement {path} (mot de passe erroné ?)")
    _signer_cache.clear()
    _signer_cache[key] = signer
    return signer, self_signed


def _fingerprint(cert: Any) -> str:
    return hashlib.sha256(cert.dump()).hexdigest()


# --- sealing ------------------------------------------------------------------------------


def seal_pdf(pdf: bytes, config: SealConfig, reason: str, location: str) -> tuple[bytes, SealInfo]:
    """Append a PAdES B-B signature covering the whole file; returns (sealed bytes, info)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import fields, signers

    signer, self_signed = load_signer(config)
    writer = IncrementalPdfFileWriter(io.BytesIO(pdf))
    meta = signers.PdfSignatureMetadata(
        field_name=FIELD_NAME,
        md_algorithm="sha256",
        subfilter=fields.SigSeedSubFilter.PADES,
        reason=reason,
        location=location,
    )
    out = io.BytesIO()
    # room for the CMS reserved up front: no dry-run signature to measure it
    signers.PdfSigner(meta, signer=signer).sign_pdf(writer, output=out, bytes_reserved=RESERVED)
    cert = signer.signing_cert
    info = SealInfo(
        format=SEAL_FORMAT,
        field_name=FIELD_NAME,
        certificate_subject=cert.subject.human_friendly,
        certificate_issuer=cert.issuer.human_friendly,
        certificate_serial=str(cert.serial_number),
        certificate_sha256=_fingerprint(cert),
        self_signed=self_signed,
        sealed_at=dt.datetime.now(dt.UTC).isoformat(timespec="seconds"),
    )
    return out.getvalue(), info


# --- verifying ----------------------------------------------------------------------------


@dataclass(frozen=True)
class VerifyResult:
    sha256: str
    sealed: bool = False
    intact: bool = False  # the signed bytes hash to the signed digest
    valid: bool = False  # the signature itself checks out against the certificate
    whole_file: bool = False  # nothing was added after the seal
    signer_subject: str = ""
    signer_sha256: str = ""
    signed_at: str = ""
    offer_number: str = ""
    revision: int | None = None
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        return self.sealed and self.intact and self.valid and self.whole_file and not self.problems

    @property
    def message(self) -> str:
        if self.ok:
            return "sceau intact : le document n'a pas été modifié depuis son scellement"
        return "; ".join(self.problems) or "le sceau n'a pas pu être vérifié"


_KEYWORD = re.compile(r"offerdesk-(offer|revision)=([^;]+)")


def _offer_from_metadata(reader: Any) -> tuple[str, int | None]:
    try:
        info = reader.trailer["/Info"]
        keywords = str(info.get("/Keywords", ""))
    except Exception:  # a damaged info dictionary is reported via the seal, not here
        return "", None
    found = dict(_KEYWORD.findall(keywords))
    revision = found.get("revision", "").strip()
    return found.get("offer", "").strip(), int(revision) if revision.isdigit() else None


_ANY_KEYWORD = re.compile(r"offerdesk-([a-z-]+)=([^;]+)")


def pack_keywords(pdf: bytes) -> dict[str, str]:
    """The `offerdesk-NAME=value` pairs of a pack's Keywords (offer, revision, and since the
    keyed audit chain audit-seq and audit-hash of its offer.sign entry); empty if unreadable."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        info = PdfFileReader(io.BytesIO(pdf), strict=False).trailer["/Info"]
        keywords = str(info.get("/Keywords", ""))
    except Exception:  # a damaged file is reported by verify_pdf, not here
        return {}
    return {name: value.strip() for name, value in _ANY_KEYWORD.findall(keywords)}


def _padding_intact(contents: bytes) -> bool:
    """True when everything after the DER-encoded CMS in /Contents is zero padding."""
    if len(contents) < 2 or contents[0] != 0x30:
        return False
    first = contents[1]
    if first < 0x80:
        end = 2 + first
    else:
        size = first & 0x7F
        end = 2 + size + int.from_bytes(contents[2 : 2 + size], "big")
    return end <= len(contents) and not any(contents[end:])


def verify_pdf(pdf: bytes) -> VerifyResult:
    """Check the seal of a pack: intact, valid, covering the whole file; who sealed it."""
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    digest = hashlib.sha256(pdf).hexdigest()
    try:
        reader = PdfFileReader(io.BytesIO(pdf), strict=False)
        signatures = list(reader.embedded_signatures)
    except Exception as exc:
        return VerifyResult(
            sha256=digest, problems=(f"le fichier est endommagé ou n'est pas un PDF ({exc})",)
        )
    number, revision = _offer_from_metadata(reader)
    if not signatures:
        return VerifyResult(
            sha256=digest,
            offer_number=number,
            revision=revision,
            problems=("le document ne porte aucun sceau",),
        )
    sig = signatures[-1]
    subject = ""
    try:
        cert = sig.signer_cert
        subject = cert.subject.human_friendly
        context = ValidationContext(trust_roots=[cert], allow_fetching=False)
        status = validate_pdf_signature(sig, context, skip_diff=True)
    except Exception as exc:
        return VerifyResult(
            sha256=digest,
            sealed=True,
            signer_subject=subject,
            offer_number=number,
            revision=revision,
            problems=(f"le sceau est endommagé et ne peut pas être vérifié ({exc})",),
        )
    from pyhanko.sign.validation.status import SignatureCoverageLevel

    problems = []
    if not status.intact:
        problems.append(
            "le document a été modifié après son scellement (son contenu ne correspond plus au sceau)"
        )
    elif not status.valid:
        problems.append("la signature du sceau n'est pas valable pour son certificat")
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    if not whole:
        problems.append("du contenu a été ajouté au document après son scellement")
    if not _padding_intact(bytes(sig.sig_object["/Contents"])):
        # the zero padding after the signature is outside the signed ranges by design: a
        # changed byte there would otherwise go unnoticed
        problems.append("l'espace réservé au sceau a été modifié après le scellement")
    signed_at = (
        status.signer_reported_dt.astimezone(dt.UTC).isoformat(timespec="seconds")
        if (status.signer_reported_dt)
        else ""
    )
    return VerifyResult(
        sha256=digest,
        sealed=True,
        intact=bool(status.intact),
        valid=bool(status.valid),
        whole_file=whole,
        signer_subject=cert.subject.human_friendly,
        signer_sha256=_fingerprint(cert),
        signed_at=signed_at,
        offer_number=number,
        revision=revision,
        problems=tuple(problems),
    )


# --- warm-up (branch "printing": import laziness only; nothing above depends on it) -------


def warm_up(config: SealConfig) -> None:
    """Import pyHanko's signing modules and load the signer now, so that the first seal of
    a session does not pay for them (signing mode calls this in a background thread when it
    opens). pyHanko's package `pyhanko.sign` always imports its aiohttp timestamp client
    (pyhanko.sign.timestamps/__init__), so no narrower import avoids aiohttp: it is loaded
    here, off the GUI thread, instead."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter  # noqa: F401
    from pyhanko.sign import fields, signers  # noqa: F401

    load_signer(config)
    # one throw-away seal: pyHanko's and asn1crypto's first-use work (about 0.1 s of CPU)
    # happens here rather than in the client's first signature
    seal_pdf(_blank_pdf(), config, "préparation", "")


def _blank_pdf() -> bytes:
    """A one-page empty PDF written by hand (ReportLab is not thread-safe: no canvas here)."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
    ]
    out = bytearray(b"%PDF-1.7\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)
