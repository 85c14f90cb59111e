"""`offerdesk enrol FILE`: a laptop takes the identity, server address and sealing certificate
the office issued it (desktop/services/office.py writes the file).

The file is JSON: the representative, the server address (no password), the company root
(and its current CRL), and the laptop's key + certificate as a PKCS#12 encrypted (AES-256,
PBKDF2) with a one-time passphrase the office printed once and gives the representative by
another channel (telephone, in person): the file alone, or the passphrase alone, is useless.

Nothing is written until the file is read whole and the key opened with the passphrase. Then,
each step safe to repeat, in this order: the key's new passphrase in the keychain (an account
of its own, so no earlier certificate's passphrase is touched), the key re-encrypted with it
in the data folder, the company root (and CRL) in the trust folder, the representative in the
local database, then seal.json switched to the new certificate in one atomic rename — until
then the laptop seals as before — and last the file's id recorded as used. A run cut anywhere
is completed by running `enrol` again; once recorded, the same file is refused.
"""

from __future__ import annotations

import base64
import binascii
import contextlib
import datetime as dt
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop import keychain
from desktop.documents import company_ca, trust, zone
from desktop.documents.files import write_atomic
from desktop.documents.seal import NO_KEYCHAIN_HELP, secret_scope
from desktop.domain.errors import FieldError
from desktop.domain.messages import Message, msg
from desktop.domain.views import RepresentativeInput
from desktop.paths import data_dir
from desktop.services import seal_settings, settings
from desktop.services.causes import cause
from desktop.services.errors import StoreError
from desktop.services.office import ENROLMENT_FORMAT, ENROLMENT_VERSION
from desktop.services.store import open_store

USED_FILE = "enrolments.json"
OFFICE_FILE = "office.json"  # the server address the enrolment gave (read by the sync)
SEAL_FILE_PREFIX = "company-seal-"
PASSPHRASE_ACCOUNT_PREFIX = "seal-company-passphrase-"


class EnrolmentError(StoreError):
    """The enrolment is refused; `exit_code` 2 for a file that is not one, 1 otherwise."""

    def __init__(self, message: Message, exit_code: int = 1) -> None:
        super().__init__(message)
        self.exit_code = exit_code


@dataclass(frozen=True)
class EnrolmentFile:
    enrolment_id: str
    representative: RepresentativeInput
    server: str
    root_pem: bytes
    crl_pem: bytes | None
    certificate_sha256: str
    pkcs12: bytes


@dataclass(frozen=True)
class EnrolResult:
    code: str
    name: str
    server: str
    certificate_sha256: str
    certificate_subject: str
    not_after: str
    root_sha256: str
    pkcs12_path: Path


def _malformed(path: Path, why: Message | str) -> EnrolmentError:
    return EnrolmentError(msg("records.enrolment.malformed", path=path, why=why), 2)


def read_enrolment(path: Path) -> EnrolmentFile:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise EnrolmentError(msg("records.enrolment.unreadable", path=path, reason=cause(exc)), 2) from exc
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError) as exc:
        raise _malformed(path, msg("records.enrolment.not_json", error=str(exc))) from exc
    if not isinstance(data, dict) or data.get("format") != ENROLMENT_FORMAT:
        raise _malformed(path, msg("records.enrolment.unknown_format"))
    if data.get("version") != ENROLMENT_VERSION:
        raise _malformed(path, msg("records.enrolment.unknown_version", version=repr(data.get("version"))))
    try:
        rep = data["representative"]
        representative = RepresentativeInput(
            code=str(rep["code"]),
            name=str(rep["name"]),
            function=str(rep.get("function", "")),
            email=str(rep.get("email", "")),
            phone=str(rep.get("phone", "")),
        )
        crl = data.get("crl")
        return EnrolmentFile(
            enrolment_id=str(data["enrolment_id"]),
            representative=representative,
            server=str(data["server"]),
            root_pem=str(data["company_root"]).encode("ascii"),
            crl_pem=str(crl).encode("ascii") if crl else None,
            certificate_sha256=str(data["certificate_sha256"]).lower(),
            pkcs12=base64.b64decode(str(data["pkcs12"]), validate=True),
        )
    except (KeyError, TypeError, UnicodeEncodeError, binascii.Error) as exc:
        raise _malformed(path, msg("records.enrolment.bad_field", error=str(exc))) from exc


def _used_path() -> Path:
    return data_dir() / USED_FILE


def _used() -> list[dict[str, str]]:
    try:
        data = json.loads(_used_path().read_text(encoding="utf-8"))
    except FileNotFoundError:
        return []
    except (OSError, ValueError) as exc:
        raise EnrolmentError(
            msg("records.enrolment.registry_unreadable", path=_used_path(), reason=cause(exc))
        ) from exc
    return [dict(item) for item in data.get("used", [])] if isinstance(data, dict) else []


def _open_key(path: Path, file: EnrolmentFile, passphrase: str) -> tuple[Any, Any, Any]:
    """(key, certificate, root), all checked; EnrolmentError otherwise. Writes nothing."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        root = x509.load_pem_x509_certificate(file.root_pem)
    except ValueError as exc:
        raise _malformed(path, msg("records.enrolment.root_unreadable", error=str(exc))) from exc
    secret = company_ca.normalise_passphrase(passphrase).encode("utf-8")
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(file.pkcs12, secret)
    except ValueError as exc:
        raise EnrolmentError(msg("records.enrolment.wrong_passphrase", path=path)) from exc
    if key is None or cert is None:
        raise _malformed(path, msg("records.enrolment.no_key"))
    if company_ca.sha256_hex(cert) != file.certificate_sha256:
        raise _malformed(path, msg("records.enrolment.fingerprint_differs"))
    try:
        basic = root.extensions.get_extension_for_class(x509.BasicConstraints).value
        cert.verify_directly_issued_by(root)
    except (x509.ExtensionNotFound, ValueError, TypeError) as exc:
        raise _malformed(path, msg("records.enrolment.not_issued_by_root", error=str(exc))) from exc
    if not basic.ca:
        raise _malformed(path, msg("records.enrolment.root_not_ca"))
    if not company_ca.same_public_key(key.public_key(), cert.public_key()):
        raise _malformed(path, msg("records.enrolment.key_differs"))
    now = dt.datetime.now(dt.UTC)
    if cert.not_valid_after_utc <= now:
        expired = zone.local_date(cert.not_valid_after_utc)
        raise EnrolmentError(msg("records.enrolment.expired", path=path, day=expired))
    return key, cert, root


def enrol(path: Path, passphrase: str, db_url: str | None = None) -> EnrolResult:
    """Enrol this installation with the file at `path` (see the module's docstring)."""
    from cryptography.hazmat.primitives.serialization import BestAvailableEncryption, pkcs12

    file = read_enrolment(path)
    for item in _used():
        if item.get("enrolment_id") == file.enrolment_id:
            raise EnrolmentError(msg("records.enrolment.used", path=path, at=_used_at(item.get("at", ""))))
    try:  # a bad code or name: refused before anything is written
        settings._checked_representative(file.representative)
    except FieldError as exc:
        raise _malformed(
            path, msg("records.enrolment.representative", field=exc.field, reason=cause(exc))
        ) from exc
    key, cert, root = _open_key(path, file, passphrase)
    folder = data_dir()
    short = file.certificate_sha256[:16]
    account = PASSPHRASE_ACCOUNT_PREFIX + short
    try:
        local_passphrase = keychain.get_or_create_secret(account, secret_scope(folder))
    except keychain.KeychainUnavailable as exc:
        raise EnrolmentError(
            msg("records.enrolment.no_keychain", reason=cause(exc), help=NO_KEYCHAIN_HELP)
        ) from exc
    target = folder / f"{SEAL_FILE_PREFIX}{short}.p12"
    data = pkcs12.serialize_key_and_certificates(
        f"sceau {file.representative.code}".encode(), key, cert, [root],
        BestAvailableEncryption(local_passphrase.encode("utf-8")),
    )  # fmt: skip
    try:
        write_atomic(target, data, mode=0o600)
        trust.install_root_pem(file.root_pem, folder)
        if file.crl_pem is not None:
            with contextlib.suppress(trust.TrustError):  # a newer list is installed already: kept
                trust.install_crl(file.crl_pem, folder)
    except OSError as exc:
        raise EnrolmentError(
            msg("records.enrolment.folder_unwritable", folder=folder, reason=cause(exc))
        ) from exc
    except trust.TrustError as exc:
        raise _malformed(path, cause(exc)) from exc
    store = open_store(db_url, backup=False)
    try:
        settings.set_representative(store, file.representative, actor=file.representative.code)
    finally:
        store.close()
    office = {"server": file.server, "representative": file.representative.code.strip().upper()}
    write_atomic(folder / OFFICE_FILE, json.dumps(office, indent=2).encode("utf-8"), mode=0o600)
    seal_settings.use_enrolled_certificate(target, account)  # from here on the laptop seals with it
    used = [*_used(), {"enrolment_id": file.enrolment_id, "code": file.representative.code,
                       "certificate_sha256": file.certificate_sha256,
                       "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")}]  # fmt: skip
    write_atomic(_used_path(), json.dumps({"used": used}, indent=2).encode("utf-8"), mode=0o600)
    return EnrolResult(
        code=file.representative.code.strip().upper(),
        name=file.representative.name.strip(),
        server=file.server,
        certificate_sha256=file.certificate_sha256,
        certificate_subject=cert.subject.rfc4514_string(),
        not_after=cert.not_valid_after_utc.date().isoformat(),
        root_sha256=company_ca.sha256_hex(root),
        pkcs12_path=target,
    )


def _used_at(text: str) -> dt.datetime | Message:
    """When an enrolment was recorded (local time), from the registry's ISO text."""
    try:
        return zone.local(dt.datetime.fromisoformat(text))
    except (TypeError, ValueError):
        return msg("records.enrolment.unknown_time")


def enrolled_server() -> str | None:
    """The office database address this laptop was enrolled with (None: not enrolled)."""
    try:
        data = json.loads((data_dir() / OFFICE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    server = data.get("server") if isinstance(data, dict) else None
    return str(server) if server else None
