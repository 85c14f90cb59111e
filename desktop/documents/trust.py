"""Which sealing certificates `offerdesk verify` trusts — never the one a PDF carries.

Two sources, both kept outside the PDF, in the data folder:

- the company's root certificates: ``<data>/trust/*.pem | *.crt | *.cer`` (PEM, several per file
  allowed, or DER), copied there by IT or by Paramètres > Scellement. A seal whose certificate
  chains to one of them (validated by pyhanko_certvalidator, no fetching) is trusted;
- the pins of this installation's own sealing certificates: ``<data>/seal-pins.txt``, one
  SHA-256 fingerprint per line, written when the installation creates (or first loads) its
  certificate. A pinned certificate is trusted as itself, nothing it issued.

The trust folder may also hold the company CA's revocation lists, ``<data>/trust/*.crl`` (PEM
or DER, installed by `offerdesk enrol` or copied by IT). A CRL counts only when its signature
verifies with the public key of an installed root of the same name: a forged list is ignored.

Both are ordinary files of the user's data folder: they protect against a forger who has only
the PDF (they cannot be changed from inside a PDF), not against someone who can write the
user's files (see docs/notes/verify.md).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop.documents.files import write_atomic
from desktop.domain.messages import Message, MessageError, msg
from desktop.domain.views import TrustRoot
from desktop.os_errors import os_reason

TRUST_DIR = "trust"
PINS_FILE = "seal-pins.txt"
ROOT_SUFFIXES = (".pem", ".crt", ".cer")
CRL_SUFFIX = ".crl"


class TrustError(MessageError):
    """A root certificate cannot be installed (the message names the file)."""


class NoCertificateError(MessageError, ValueError):
    """A certificate file that holds no certificate."""


def _data_dir() -> Path:
    from desktop.paths import data_dir  # the one data-folder function

    return data_dir()


def fingerprint(cert: Any) -> str:
    """SHA-256 of the certificate's DER encoding (asn1crypto certificate)."""
    return hashlib.sha256(cert.dump()).hexdigest()


def trust_folder(folder: Path | None = None) -> Path:
    return (folder or _data_dir()) / TRUST_DIR


def pins_path(folder: Path | None = None) -> Path:
    return (folder or _data_dir()) / PINS_FILE


def parse_certificates(data: bytes) -> list[Any]:
    """Every certificate of a PEM (one or more blocks) or DER file; ValueError if none."""
    from asn1crypto import pem, x509

    if pem.detect(data):
        certs = [x509.Certificate.load(der) for kind, _, der in pem.unarmor(data, multiple=True)
                 if kind == "CERTIFICATE"]  # fmt: skip
    else:
        certs = [x509.Certificate.load(data)]
    for cert in certs:
        cert.native  # noqa: B018 - parse it whole now: a damaged file fails here, not in verify
    if not certs:
        raise NoCertificateError(msg("sealing.trust.no_certificate"))
    return certs


@dataclass(frozen=True)
class Trust:
    """What verify trusts: root certificates (asn1crypto) and pinned fingerprints."""

    roots: tuple[Any, ...] = ()
    pins: frozenset[str] = frozenset()
    problems: tuple[Message, ...] = ()  # unreadable files of the trust folder (reported, not fatal)
    crls: tuple[Any, ...] = ()  # cryptography CertificateRevocationList, signature not yet checked


def load_trust(folder: Path | None = None) -> Trust:
    folder = folder or _data_dir()
    roots: list[Any] = []
    crls: list[Any] = []
    problems: list[Message] = []
    directory = trust_folder(folder)
    if directory.is_dir():
        for path in sorted(directory.iterdir()):
            if not path.is_file():
                continue
            if path.suffix.lower() == CRL_SUFFIX:
                try:
                    crls.append(parse_crl(path.read_bytes()))
                except (OSError, ValueError) as exc:
                    problems.append(msg("sealing.trust.crl_ignored", path=path, detail=str(exc)))
                continue
            if path.suffix.lower() not in ROOT_SUFFIXES:
                continue
            try:
                roots.extend(parse_certificates(path.read_bytes()))
            except (OSError, ValueError) as exc:
                problems.append(msg("sealing.trust.root_ignored", path=path, detail=str(exc)))
    return Trust(tuple(roots), read_pins(folder), tuple(problems), tuple(crls))


def read_pins(folder: Path | None = None) -> frozenset[str]:
    try:
        text = pins_path(folder).read_text(encoding="utf-8")
    except OSError:
        return frozenset()
    found = set()
    for line in text.splitlines():
        word = line.split("#", 1)[0].strip().split(" ", 1)[0].lower()
        if len(word) == 64 and all(c in "0123456789abcdef" for c in word):
            found.add(word)
    return frozenset(found)


def add_pin(folder: Path | None, cert: Any) -> None:
    """Pin `cert` (this installation seals with it); no change when it is pinned already."""
    digest = fingerprint(cert)
    if digest in read_pins(folder):
        return
    path = pins_path(folder)
    try:
        old = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        old = "# OfferDesk: SHA-256 fingerprints of this installation's sealing certificates\n"
    if old and not old.endswith("\n"):
        old += "\n"
    line = f"{digest}  {cert.subject.human_friendly}\n"
    write_atomic(path, (old + line).encode("utf-8"))


def _info(path: Path, cert: Any) -> TrustRoot:
    expires = cert.not_valid_after.date().isoformat()
    return TrustRoot(path, cert.subject.human_friendly, fingerprint(cert), expires)


def list_roots(folder: Path | None = None) -> list[TrustRoot]:
    directory = trust_folder(folder)
    found: list[TrustRoot] = []
    if not directory.is_dir():
        return found
    for path in sorted(directory.iterdir()):
        if path.suffix.lower() not in ROOT_SUFFIXES:
            continue
        try:
            certs = parse_certificates(path.read_bytes())
        except (OSError, ValueError):
            continue
        for cert in certs:
            found.append(_info(path, cert))
    return found


def install_root(source: Path, folder: Path | None = None) -> TrustRoot:
    """Copy a company root certificate (PEM or DER) into the trust folder, as PEM."""

    try:
        certs = parse_certificates(Path(source).read_bytes())
    except OSError as exc:
        raise TrustError(msg("sealing.trust.unreadable", path=source, detail=os_reason(exc))) from exc
    except ValueError as exc:
        raise TrustError(msg("sealing.trust.not_x509", path=source, detail=str(exc))) from exc
    if len(certs) != 1:
        raise TrustError(msg("sealing.trust.several", path=source, count=len(certs)))
    cert = certs[0]
    if not cert.ca and cert.self_signed == "no":  # asn1crypto: "no", "maybe" or "yes"
        raise TrustError(msg("sealing.trust.not_authority", path=source))
    return _install_certificate(cert, folder)


def _install_certificate(cert: Any, folder: Path | None) -> TrustRoot:
    from asn1crypto import pem

    digest = fingerprint(cert)
    target = trust_folder(folder) / f"racine-{digest[:16]}.pem"
    if not target.exists():  # the same root again: nothing to write
        write_atomic(target, pem.armor("CERTIFICATE", cert.dump()))
    return _info(target, cert)


def install_root_pem(data: bytes, folder: Path | None = None) -> TrustRoot:
    """Install the company root given as bytes (enrolment): one CA certificate, PEM or DER."""
    try:
        certs = parse_certificates(data)
    except ValueError as exc:
        raise TrustError(msg("sealing.trust.root_not_x509", detail=str(exc))) from exc
    if len(certs) != 1 or not certs[0].ca:
        raise TrustError(msg("sealing.trust.root_not_one_authority"))
    return _install_certificate(certs[0], folder)


# --- revocation lists ---------------------------------------------------------------------


def parse_crl(data: bytes) -> Any:
    """A CRL (PEM or DER) as a cryptography object; ValueError if it is none."""
    from cryptography import x509

    if data.lstrip().startswith(b"-----BEGIN"):
        return x509.load_pem_x509_crl(data)
    return x509.load_der_x509_crl(data)


def _crl_number(crl: Any) -> int:
    from cryptography import x509

    try:
        return int(crl.extensions.get_extension_for_class(x509.CRLNumber).value.crl_number)
    except x509.ExtensionNotFound:
        return -1


def install_crl(data: bytes, folder: Path | None = None) -> Path:
    """Install the company CA's CRL as ``trust/revocations-<issuer>.crl``: a list with a lower
    number than the one installed is refused (an old list must not undo a revocation)."""
    from cryptography.hazmat.primitives.serialization import Encoding

    try:
        crl = parse_crl(data)
    except ValueError as exc:
        raise TrustError(msg("sealing.trust.not_crl", detail=str(exc))) from exc
    issuer = hashlib.sha256(crl.issuer.public_bytes()).hexdigest()[:16]
    target = trust_folder(folder) / f"revocations-{issuer}{CRL_SUFFIX}"
    try:
        current = parse_crl(target.read_bytes())
    except (OSError, ValueError):
        current = None
    if current is not None and _crl_number(current) > _crl_number(crl):
        raise TrustError(
            msg(
                "sealing.trust.crl_older", path=target, installed=_crl_number(current), given=_crl_number(crl)
            )
        )
    write_atomic(target, crl.public_bytes(Encoding.PEM))
    return target


@dataclass(frozen=True)
class Revocation:
    """A trusted CRL lists the certificate: revoked from `date` (UTC)."""

    date: dt.datetime
    reason: str
    crl_number: int


def revocation_of(trust: Trust, cert: Any) -> Revocation | None:
    """Is `cert` (asn1crypto, the seal's signer) listed by a CRL its issuer signed? Only CRLs
    whose signature verifies with an installed root named as the certificate's issuer count."""
    from cryptography import x509

    issuer_der = cert.issuer.dump()
    serial = int(cert.serial_number)
    for crl in trust.crls:
        if crl.issuer.public_bytes() != issuer_der:
            continue
        signed_by_root = False
        for root in trust.roots:
            if root.subject.dump() != issuer_der:
                continue
            try:
                public = x509.load_der_x509_certificate(root.dump()).public_key()
                signed_by_root = bool(crl.is_signature_valid(public))
            except (ValueError, TypeError):
                continue
            if signed_by_root:
                break
        if not signed_by_root:
            continue
        entry = crl.get_revoked_certificate_by_serial_number(serial)
        if entry is None:
            continue
        try:
            reason = entry.extensions.get_extension_for_class(x509.CRLReason).value.reason.value
        except x509.ExtensionNotFound:
            reason = "unspecified"
        return Revocation(entry.revocation_date_utc, str(reason), _crl_number(crl))
    return None


def remove_root(path: Path, folder: Path | None = None) -> None:
    """Remove one file of the trust folder (nothing outside it)."""
    directory = trust_folder(folder).resolve()
    target = Path(path).resolve()
    if target.parent != directory:
        raise TrustError(msg("sealing.trust.outside_folder", path=path, folder=directory))
    try:
        os.unlink(target)
    except FileNotFoundError:
        return
    except OSError as exc:
        raise TrustError(msg("sealing.trust.not_removed", path=path, detail=os_reason(exc))) from exc
