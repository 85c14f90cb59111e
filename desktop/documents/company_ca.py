"""The company's sealing CA: its root, the laptops' sealing certificates, its CRLs.

The CA lives in a folder of the office machine (``--ca-dir``, default ``<data>/company-ca``):

- ``ca-key.pem``: the root's private key (ECDSA P-256), PKCS#8 encrypted (AES-256, PBKDF2)
  with a passphrase kept in the office machine's keychain (account
  ``company-ca-passphrase@<CA folder>``), or given by IT in ``OFFERDESK_CA_PASSPHRASE``
  (then never stored). Mode 0600. Never in the database, never on a laptop.
- ``ca-root.pem``: the root certificate (public: published in the database, shipped in every
  enrolment file, installed in every verifier's ``<data>/trust/``).
- ``company.crl``: the newest CRL the CA signed.

The CA key is used in exactly two places, `issue_sealing_certificate` and `make_crl`
(cryptography's builders' ``.sign(ca.key, ...)``). An HSM or token (PKCS#11) is not
implemented: it would replace those two calls by pyHanko's PKCS#11 signer signing the TBS
bytes (`pyhanko.sign.pkcs11.PKCS11Signer.async_sign_raw`); see docs/notes/teamca.md.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import secrets
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import keychain
from desktop.config import CA_PASSPHRASE_ENV as CA_PASSPHRASE_ENV
from desktop.documents.files import write_atomic
from desktop.documents.seal import sealing_certificate_builder, secret_scope
from desktop.domain.messages import MessageError, msg
from desktop.os_errors import os_reason
from desktop.paths import make_private_dir

CA_KEY_FILE = "ca-key.pem"
CA_CERT_FILE = "ca-root.pem"
CRL_FILE = "company.crl"
CA_SECRET = "company-ca-passphrase"
ROOT_YEARS = 20
SEALING_DAYS = 3 * 365 + 1  # a laptop's certificate: three years, then a new enrolment
CRL_DAYS = 400
# one-time passphrases: no 0/O, 1/I/L, easy to read out over the phone; 24 of these 31
# characters: 118 bits
_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"


class CaError(MessageError):
    """The CA cannot be created, opened or used (the message says what to do)."""


def one_time_passphrase() -> str:
    """A random passphrase of 6 groups of 4 characters (118 bits), e.g. K7QM-4XPA-…"""
    chars = "".join(secrets.choice(_ALPHABET) for _ in range(24))
    return "-".join(chars[i : i + 4] for i in range(0, 24, 4))


def normalise_passphrase(text: str) -> str:
    """What the representative typed, as the office printed it (case, spaces, missing dashes)."""
    compact = "".join(c for c in text.upper() if c.isalnum())
    if len(compact) == 24:
        return "-".join(compact[i : i + 4] for i in range(0, 24, 4))
    return text.strip()


def sha256_hex(cert: Any) -> str:
    """SHA-256 of a cryptography certificate's DER."""
    from cryptography.hazmat.primitives.serialization import Encoding

    return hashlib.sha256(cert.public_bytes(Encoding.DER)).hexdigest()


def same_public_key(a: Any, b: Any) -> bool:
    """Do two public keys (cryptography) match? Compared as SubjectPublicKeyInfo DER."""
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    info = Encoding.DER, PublicFormat.SubjectPublicKeyInfo
    return bool(a.public_bytes(*info) == b.public_bytes(*info))


def pem_of(cert: Any) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return bytes(cert.public_bytes(Encoding.PEM))


@dataclass(frozen=True)
class CaKey:
    """The CA's signing key and root certificate (cryptography objects)."""

    key: Any
    certificate: Any
    folder: Path

    @property
    def fingerprint(self) -> str:
        return sha256_hex(self.certificate)


def _ca_passphrase(folder: Path, create: bool) -> bytes:
    given = os.environ.get(CA_PASSPHRASE_ENV)
    if given:
        return given.encode("utf-8")
    try:
        value = keychain.secret(CA_SECRET, secret_scope(folder), create=create)
    except keychain.KeychainUnavailable as exc:
        raise CaError(msg("sealing.ca.no_keychain", reason=exc.message, variable=CA_PASSPHRASE_ENV)) from exc
    if value is None:
        raise CaError(
            msg("sealing.ca.passphrase_missing", path=folder / CA_KEY_FILE, variable=CA_PASSPHRASE_ENV)
        )
    return value.encode("utf-8")


def _write_key(folder: Path, key: Any) -> None:
    from cryptography.hazmat.primitives import serialization

    passphrase = _ca_passphrase(folder, create=True)
    data = key.private_bytes(
        serialization.Encoding.PEM,
        serialization.PrivateFormat.PKCS8,
        serialization.BestAvailableEncryption(passphrase),
    )
    write_atomic(folder / CA_KEY_FILE, data, mode=0o600)


def _root_certificate(key: Any, company: str) -> Any:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.x509.oid import NameOID

    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, str(msg("sealing.ca.root_name", company=company))),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, company),
        ]
    )
    now = dt.datetime.now(dt.UTC)
    public = key.public_key()
    return (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(public)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - dt.timedelta(days=1))
        .not_valid_after(now + dt.timedelta(days=365 * ROOT_YEARS + 5))
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=False,
                content_commitment=False,
                key_encipherment=False,
                data_encipherment=False,
                key_agreement=False,
                key_cert_sign=True,
                crl_sign=True,
                encipher_only=False,
                decipher_only=False,
            ),
            critical=True,
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public), critical=False)
        .sign(key, hashes.SHA256())
    )


def ca_exists(folder: Path) -> bool:
    return (folder / CA_CERT_FILE).is_file() and (folder / CA_KEY_FILE).is_file()


def create_ca(folder: Path, company: str) -> CaKey:
    """A new root key and certificate in `folder` (kept if there already: idempotent)."""
    from cryptography.hazmat.primitives.asymmetric import ec

    if ca_exists(folder):
        return load_ca(folder)
    make_private_dir(folder)
    if (folder / CA_KEY_FILE).exists():  # a run cut between the key and the certificate
        key = _load_key(folder)
    else:
        key = ec.generate_private_key(ec.SECP256R1())
        _write_key(folder, key)  # the key first: a certificate without its key would be useless
    cert = _root_certificate(key, company)
    write_atomic(folder / CA_CERT_FILE, pem_of(cert), mode=0o644)
    return CaKey(key, cert, folder)


def import_ca(folder: Path, pkcs12: Path, passphrase: bytes | None) -> CaKey:
    """Take an existing CA (PKCS#12: key + CA certificate) into `folder`, its key re-encrypted."""
    from cryptography.hazmat.primitives.serialization import pkcs12 as p12

    try:
        key, cert, _ = p12.load_key_and_certificates(pkcs12.read_bytes(), passphrase)
    except OSError as exc:
        raise CaError(msg("sealing.ca.unreadable", path=pkcs12, detail=os_reason(exc))) from exc
    except ValueError as exc:
        raise CaError(msg("sealing.ca.not_pkcs12", path=pkcs12, detail=str(exc))) from exc
    if key is None or cert is None:
        raise CaError(msg("sealing.ca.no_key_or_certificate", path=pkcs12))
    _check_ca_certificate(cert, pkcs12)
    if ca_exists(folder):
        current = load_ca(folder)
        if current.fingerprint != sha256_hex(cert):
            raise CaError(
                msg("sealing.ca.other_authority", folder=folder, fingerprint=current.fingerprint[:16])
            )
        return current
    make_private_dir(folder)
    _write_key(folder, key)
    write_atomic(folder / CA_CERT_FILE, pem_of(cert), mode=0o644)
    return CaKey(key, cert, folder)


def _check_ca_certificate(cert: Any, source: Path) -> None:
    from cryptography import x509

    try:
        basic = cert.extensions.get_extension_for_class(x509.BasicConstraints).value
        usage = cert.extensions.get_extension_for_class(x509.KeyUsage).value
    except x509.ExtensionNotFound as exc:
        raise CaError(msg("sealing.ca.not_authority", path=source, detail=str(exc))) from exc
    if not basic.ca or not usage.key_cert_sign or not usage.crl_sign:
        raise CaError(msg("sealing.ca.cannot_sign", path=source))


def _load_key(folder: Path) -> Any:
    from cryptography.hazmat.primitives import serialization

    path = folder / CA_KEY_FILE
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise CaError(msg("sealing.ca.key_unreadable", path=path, detail=os_reason(exc))) from exc
    try:
        return serialization.load_pem_private_key(data, _ca_passphrase(folder, create=False))
    except (ValueError, TypeError) as exc:
        raise CaError(msg("sealing.ca.key_wrong_passphrase", path=path)) from exc


def load_ca(folder: Path) -> CaKey:
    """The CA of `folder`; CaError when there is none or it cannot be opened."""
    from cryptography import x509

    if not ca_exists(folder):
        raise CaError(msg("sealing.ca.none", folder=folder))
    cert = x509.load_pem_x509_certificate((folder / CA_CERT_FILE).read_bytes())
    key = _load_key(folder)
    if not same_public_key(key.public_key(), cert.public_key()):
        raise CaError(
            msg("sealing.ca.key_mismatch", key=folder / CA_KEY_FILE, certificate=folder / CA_CERT_FILE)
        )
    return CaKey(key, cert, folder)


def _signature_hash(key: Any) -> Any:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ed448, ed25519

    return None if isinstance(key, ed25519.Ed25519PrivateKey | ed448.Ed448PrivateKey) else hashes.SHA256()


def issue_sealing_certificate(
    ca: CaKey,
    code: str,
    name: str,
    *,
    not_before: dt.datetime | None = None,
    days: int = SEALING_DAYS,
) -> tuple[Any, Any]:
    """(private key, certificate) of a laptop's sealing certificate, issued by the CA."""
    from cryptography import x509
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    start = not_before or dt.datetime.now(dt.UTC) - dt.timedelta(minutes=5)
    organisation = ca.certificate.subject.get_attributes_for_oid(NameOID.ORGANIZATION_NAME)
    company = str(organisation[0].value) if organisation else "OfferDesk"
    subject = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, f"{name} ({code}) — sceau OfferDesk"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, company),
            x509.NameAttribute(NameOID.ORGANIZATIONAL_UNIT_NAME, f"Représentant {code}"),
        ]
    )
    cert = (
        sealing_certificate_builder(
            subject, ca.certificate.subject, key.public_key(), start, start + dt.timedelta(days=days)
        )
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.certificate.public_key()), critical=False
        )
        .sign(ca.key, _signature_hash(ca.key))
    )
    return key, cert


@dataclass(frozen=True)
class RevokedEntry:
    serial: int
    revocation_date: dt.datetime
    key_compromise: bool = True


def make_crl(ca: CaKey, revoked: list[RevokedEntry], number: int) -> bytes:
    """A CRL (DER) signed by the CA listing `revoked`, numbered `number`."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    now = dt.datetime.now(dt.UTC)
    builder = (
        x509.CertificateRevocationListBuilder()
        .issuer_name(ca.certificate.subject)
        .last_update(now)
        .next_update(now + dt.timedelta(days=CRL_DAYS))
        .add_extension(x509.CRLNumber(number), critical=False)
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(ca.certificate.public_key()), critical=False
        )
    )
    for entry in revoked:
        reason = x509.ReasonFlags.key_compromise if entry.key_compromise else x509.ReasonFlags.unspecified
        builder = builder.add_revoked_certificate(
            x509.RevokedCertificateBuilder()
            .serial_number(entry.serial)
            .revocation_date(entry.revocation_date)
            .add_extension(x509.CRLReason(reason), critical=False)
            .build()
        )
    crl = builder.sign(ca.key, _signature_hash(ca.key))
    return bytes(crl.public_bytes(Encoding.DER))


def sealing_pkcs12(key: Any, cert: Any, root: Any, passphrase: bytes, label: str) -> bytes:
    """Key + certificate + the root as chain, PKCS#12 encrypted (AES-256, PBKDF2) with `passphrase`."""
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    return bytes(
        pkcs12.serialize_key_and_certificates(
            label.encode("utf-8"), key, cert, [root], BestAvailableEncryption(passphrase)
        )
    )
