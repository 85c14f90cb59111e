"""Seal a contract pack (PAdES baseline B-B, pyHanko).

The seal uses the company's PKCS#12 certificate when one is configured, otherwise a
certificate this installation creates once (self-signed, ECDSA P-256, 10 years) and keeps in the
user's data folder. That file's private key is encrypted (PKCS#12, AES-256) with a random
passphrase kept in the operating system's keychain (desktop/keychain.py), never in a file;
without a keychain no unprotected key is created (SealError says what to do). The
certificate's fingerprint is pinned (desktop/documents/trust.py) when it is created, so that
`offerdesk verify` trusts it — and never a certificate a PDF merely carries.
Verification: desktop/documents/seal_verify.py.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import platform
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import keychain
from desktop.config import DATA_DIR_ENV as DATA_DIR_ENV  # re-exported: the data folder
from desktop.documents import trust
from desktop.documents.files import write_atomic
from desktop.domain.messages import Message, MessageError, msg
from desktop.paths import data_dir as data_dir

SEAL_FILE = "seal-certificate.p12"
FIELD_NAME = "SceauOfferDesk"
SEAL_FORMAT = "PAdES B-B"
RESERVED = 16384  # bytes for the CMS signature: certificate chains of company certificates fit
KEY_SECRET = "seal-key-passphrase"  # keychain account of the installation key's passphrase
COMPANY_SECRET = "seal-company-passphrase"  # keychain account of the company PKCS#12 passphrase

NO_KEYCHAIN_HELP = Message("sealing.keychain.help")  # what to do without a keychain


class SealError(MessageError):
    """The pack cannot be sealed: missing or unreadable certificate, wrong passphrase..."""


def secret_scope(folder: Path | None = None) -> str:
    """The keychain scope of this data folder's secrets (two installations never share one)."""
    return str((folder or data_dir()).resolve())


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


def _key_passphrase(folder: Path, create: bool) -> bytes | None:
    """The local key's passphrase from the keychain (created when asked); SealError without one."""
    scope = secret_scope(folder)
    try:
        value = keychain.secret(KEY_SECRET, scope, create=create)
    except keychain.KeychainUnavailable as exc:
        raise SealError(msg("sealing.key.no_keychain", reason=exc.message, help=NO_KEYCHAIN_HELP)) from exc
    return None if value is None else value.encode("utf-8")


def _write_key(path: Path, key: Any, cert: Any, passphrase: bytes) -> None:
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    data = pkcs12.serialize_key_and_certificates(
        b"offerdesk-seal", key, cert, None, BestAvailableEncryption(passphrase)
    )
    write_atomic(path, data, mode=0o600)  # a private key: never readable by others, not even briefly


def _pin(folder: Path, der: bytes) -> None:
    from asn1crypto import x509 as asn1_x509

    trust.add_pin(folder, asn1_x509.Certificate.load(der))


def sealing_certificate_builder(subject: Any, issuer: Any, public_key: Any, start: Any, end: Any) -> Any:
    """The profile every sealing certificate has, the installation's own and a laptop's issued
    by the company CA (desktop.documents.company_ca): an end entity that signs documents
    (digital signature + non-repudiation, e-mail protection), valid from `start` to `end`."""
    from cryptography import x509
    from cryptography.x509.oid import ExtendedKeyUsageOID

    usage = x509.KeyUsage(
        digital_signature=True, content_commitment=True, key_encipherment=False, data_encipherment=False,
        key_agreement=False, key_cert_sign=False, crl_sign=False, encipher_only=False, decipher_only=False,
    )  # fmt: skip
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(usage, critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False)
    )


def _create_local_certificate(path: Path, folder: Path) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.hazmat.primitives.serialization import Encoding
    from cryptography.x509.oid import NameOID

    passphrase = _key_passphrase(folder, create=True)
    assert passphrase is not None
    key = ec.generate_private_key(ec.SECP256R1())
    host = platform.node() or str(msg("sealing.certificate.unknown_host"))
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, str(msg("sealing.certificate.local_name", host=host))),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, "OfferDesk"),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, str(msg("sealing.certificate.local_unit"))),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    cert = sealing_certificate_builder(
        name, name, key.public_key(), now - dt.timedelta(days=1), now + dt.timedelta(days=3653)
    ).sign(key, hashes.SHA256())
    _pin(folder, cert.public_bytes(Encoding.DER))  # pinned first: a key without its pin is useless
    _write_key(path, key, cert, passphrase)


def _migrate_unprotected_key(path: Path, folder: Path) -> None:
    """A key written by an earlier version (no passphrase): encrypt it in place and pin it."""
    from cryptography.hazmat.primitives.serialization import Encoding, pkcs12

    try:
        key, cert, _ = pkcs12.load_key_and_certificates(path.read_bytes(), None)
    except (OSError, ValueError):
        return  # encrypted already (or unreadable): the caller reports it
    if key is None or cert is None:
        return
    passphrase = _key_passphrase(folder, create=True)
    assert passphrase is not None
    _pin(folder, cert.public_bytes(Encoding.DER))
    _write_key(path, key, cert, passphrase)


def local_certificate_path(folder: Path | None = None) -> Path:
    """The installation's own certificate, created on first use."""
    folder = folder or data_dir()
    path = folder / SEAL_FILE
    if not path.exists():
        # one creator at a time: the signing warm-up (a thread) and a seal made at once would
        # each write a key under their own keychain passphrase, and the loser's key is unreadable
        with _creating:
            if not path.exists():
                _create_local_certificate(path, folder)
    return path


_creating = threading.Lock()


_signer_cache: dict[tuple[str, float, bytes | None], Any] = {}


def _local_signer(folder: Path) -> Any:
    path = local_certificate_path(folder)
    for (cached_path, mtime, _), signer in _signer_cache.items():  # no keychain look-up per pack
        if cached_path == str(path) and mtime == path.stat().st_mtime:
            return signer
    passphrase = _key_passphrase(folder, create=False)
    if passphrase is None:  # an earlier version's key: protect it now
        with _creating:
            _migrate_unprotected_key(path, folder)
        passphrase = _key_passphrase(folder, create=False)
    if passphrase is None:
        raise SealError(msg("sealing.key.passphrase_lost", path=path))
    return _load_pkcs12(path, passphrase, pin_folder=None)


def _load_pkcs12(path: Path, passphrase: bytes | None, pin_folder: Path | None) -> Any:
    from pyhanko.sign import signers

    key = (str(path), path.stat().st_mtime, passphrase)
    cached = _signer_cache.get(key)
    if cached is not None:
        return cached
    try:
        signer = signers.SimpleSigner.load_pkcs12(str(path), passphrase=passphrase)  # type: ignore[no-untyped-call]
    except (OSError, ValueError) as exc:
        raise SealError(msg("sealing.certificate.unreadable", path=path, detail=str(exc))) from exc
    if signer is None:
        raise SealError(msg("sealing.certificate.wrong_passphrase", path=path))
    if pin_folder is not None:
        # the company certificate this installation seals with (its key opened with its
        # passphrase): pinned, so packs verify here even before IT installs the company root
        with contextlib.suppress(OSError):  # if not: verify needs the company root installed
            trust.add_pin(pin_folder, signer.signing_cert)
    _signer_cache.clear()
    _signer_cache[key] = signer
    return signer


def load_signer(config: SealConfig) -> tuple[Any, bool]:
    """(pyHanko signer, self_signed) for the configured certificate."""
    if config.pkcs12_path is None:
        return _local_signer(config.folder or data_dir()), True
    path = Path(config.pkcs12_path)
    if not path.is_file():
        raise SealError(msg("sealing.certificate.missing", path=path))
    return _load_pkcs12(path, config.passphrase, pin_folder=config.folder or data_dir()), False


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


# --- the pack's keywords (audit entry it names) ------------------------------------------


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
