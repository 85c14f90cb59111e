"""The office's side of the company certificates: `office init`, `office add-rep`, `office revoke`.

The CA (desktop/documents/company_ca.py) lives in a folder of the office machine; the
database gets only what is public: the root certificate, each certificate issued, each
revocation and each CRL (tables of migration 0008, append-only). Laptops pull those (sync,
another part of issue 12) or receive them in their enrolment file.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import os
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.engine import make_url
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from db.models import CertificateRevocation, CompanyCertificate, CompanyCrl, CompanyIdentity
from desktop.config import CA_DIR_ENV
from desktop.documents import company_ca, zone
from desktop.documents.files import write_atomic
from desktop.domain.messages import msg
from desktop.domain.views import RepresentativeInput
from desktop.paths import data_dir
from desktop.services import audit, settings
from desktop.services.causes import cause, first_line
from desktop.services.errors import StoreError
from desktop.services.settings import _checked_representative
from desktop.services.store import Store, open_store

CA_DIR_NAME = "company-ca"
ENROLMENT_FORMAT = "offerdesk-enrolment"
ENROLMENT_VERSION = 1


class OfficeError(StoreError):
    """An office command cannot do what was asked (its message says what to do)."""


def default_ca_dir() -> Path:
    override = os.environ.get(CA_DIR_ENV, "").strip()
    return Path(override) if override else data_dir() / CA_DIR_NAME


def server_address(url: str) -> str:
    """The database URL a laptop is given: the same, without any password."""
    try:
        # URL.set() ignores None: the named tuple's own _replace is what removes the password
        return make_url(url)._replace(password=None).render_as_string(hide_password=False)
    except Exception:  # not an SQLAlchemy URL (a plain path): nothing secret in it
        return url


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- office init --------------------------------------------------------------------------


@dataclass(frozen=True)
class OfficeInit:
    url: str
    ca_dir: Path
    ca_created: bool
    root_sha256: str
    root_subject: str
    root_published: bool  # False: it was in the database already


def create_database_if_missing(url: str) -> bool:
    """PostgreSQL: CREATE DATABASE when the server says it does not exist; True if created."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.pool import NullPool

    parsed = make_url(url)
    if parsed.get_backend_name() != "postgresql" or not parsed.database:
        return False
    if parsed.get_driver_name() in ("", "psycopg2"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    engine = create_engine(parsed, poolclass=NullPool)
    try:
        with engine.connect():
            return False
    except SQLAlchemyError as exc:
        if "does not exist" not in str(exc):
            raise OfficeError(
                msg("records.office.cannot_open", server=server_address(url), reason=first_line(exc))
            ) from exc
    finally:
        engine.dispose()
    admin = create_engine(parsed.set(database="postgres"), poolclass=NullPool, isolation_level="AUTOCOMMIT")
    name = str(parsed.database).replace('"', '""')
    try:
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
    except SQLAlchemyError as exc:
        raise OfficeError(
            msg("records.office.cannot_create", database=str(parsed.database), reason=first_line(exc))
        ) from exc
    finally:
        admin.dispose()
    return True


def _company_name(session: Session) -> str:
    row = session.get(CompanyIdentity, 1)
    return row.legal_name if row is not None and row.legal_name else "OfferDesk"


def _certificate_row(cert: Any, kind: str, code: str | None) -> CompanyCertificate:
    return CompanyCertificate(
        kind=kind,
        representative_code=code,
        serial=format(cert.serial_number, "x"),
        sha256=company_ca.sha256_hex(cert),
        subject=cert.subject.rfc4514_string(),
        pem=company_ca.pem_of(cert).decode("ascii"),
        not_before=cert.not_valid_before_utc,
        not_after=cert.not_valid_after_utc,
        created_at=_now(),
    )


def init_office(
    url: str,
    ca_dir: Path,
    import_p12: Path | None = None,
    import_passphrase: bytes | None = None,
    company: str = "",
) -> OfficeInit:
    """Create or migrate the central database, create (or import) the CA, publish its root.
    Run again: the CA and everything published are kept."""
    create_database_if_missing(url)
    store = open_store(url, backup=False)
    try:
        existed = company_ca.ca_exists(ca_dir)
        with store.read() as session:
            name = company or _company_name(session)
        try:
            if import_p12 is not None:
                ca = company_ca.import_ca(ca_dir, import_p12, import_passphrase)
            else:
                ca = company_ca.create_ca(ca_dir, name)
        except OSError as exc:
            raise OfficeError(msg("records.office.ca_unwritable", folder=ca_dir, reason=cause(exc))) from exc
        except company_ca.CaError as exc:
            raise OfficeError(cause(exc)) from exc
        with store.session() as session:
            published = _publish_root(session, ca)
        return OfficeInit(
            url=server_address(url),
            ca_dir=ca_dir,
            ca_created=not existed,
            root_sha256=ca.fingerprint,
            root_subject=ca.certificate.subject.rfc4514_string(),
            root_published=published,
        )
    finally:
        store.close()


def _publish_root(session: Session, ca: company_ca.CaKey) -> bool:
    if session.scalars(
        select(CompanyCertificate.id).where(CompanyCertificate.sha256 == ca.fingerprint)
    ).first():
        return False
    session.add(_certificate_row(ca.certificate, "root", None))
    session.flush()
    audit.record(session, "office.ca-root", "company-ca", {"sha256": ca.fingerprint}, "office")
    return True


def published_roots(store: Store) -> list[str]:
    """The PEM of every root the office published (what a laptop pulls)."""
    with store.read() as session:
        rows = session.scalars(select(CompanyCertificate.pem).where(CompanyCertificate.kind == "root"))
        return list(rows)


def _open_ca(ca_dir: Path) -> company_ca.CaKey:
    try:
        return company_ca.load_ca(ca_dir)
    except company_ca.CaError as exc:
        raise OfficeError(cause(exc)) from exc


def _require_published(session: Session, ca: company_ca.CaKey) -> None:
    if session.scalars(
        select(CompanyCertificate.id).where(CompanyCertificate.sha256 == ca.fingerprint)
    ).first():
        return
    raise OfficeError(msg("records.office.ca_not_published", folder=ca.folder))


# --- office add-rep -----------------------------------------------------------------------


@dataclass(frozen=True)
class Enrolment:
    path: Path
    code: str
    name: str
    passphrase: str  # shown once, never stored
    certificate_sha256: str
    not_after: str


def add_representative(
    store: Store,
    ca_dir: Path,
    data: RepresentativeInput,
    output: Path,
    server: str,
) -> Enrolment:
    """Record the representative in the office database, issue their laptop's sealing
    certificate and write the one-time enrolment file (key in a PKCS#12 encrypted with a
    passphrase returned here, to be given to the representative by another channel)."""
    code, name = _checked_representative(data)
    if output.exists():
        raise OfficeError(msg("records.office.output_exists", path=output))
    ca = _open_ca(ca_dir)
    key, cert = company_ca.issue_sealing_certificate(ca, code, name)
    passphrase = company_ca.one_time_passphrase()
    p12 = company_ca.sealing_pkcs12(key, cert, ca.certificate, passphrase.encode("utf-8"), f"sceau {code}")
    with store.session() as session:
        _require_published(session, ca)
        row = settings.upsert_representative(session, data)
        session.add(_certificate_row(cert, "sealing", code))
        session.flush()
        fingerprint = company_ca.sha256_hex(cert)
        audit.record(
            session,
            "office.add-rep",
            f"representative:{code}",
            {"name": name, "certificate": fingerprint},
            "office",
        )
        body = {
            "format": ENROLMENT_FORMAT,
            "version": ENROLMENT_VERSION,
            "enrolment_id": str(uuid.uuid4()),
            "issued_at": _now().isoformat(timespec="seconds"),
            "representative": {
                "code": code,
                "name": name,
                "function": row.function,
                "email": row.email,
                "phone": row.phone,
            },
            "server": server,
            "company_root": company_ca.pem_of(ca.certificate).decode("ascii"),
            "crl": _current_crl_pem(session),
            "certificate_sha256": fingerprint,
            "pkcs12": base64.b64encode(p12).decode("ascii"),
        }
        try:  # inside the transaction: a file that cannot be written records nothing
            write_atomic(output, json.dumps(body, indent=2, ensure_ascii=False).encode("utf-8"), mode=0o600)
        except OSError as exc:
            raise OfficeError(
                msg("records.office.enrolment_unwritable", path=output, reason=cause(exc))
            ) from exc
    return Enrolment(output, code, name, passphrase, fingerprint, cert.not_valid_after_utc.date().isoformat())


def _current_crl_pem(session: Session) -> str | None:
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding

    der = session.scalars(select(CompanyCrl.der).order_by(CompanyCrl.number.desc()).limit(1)).first()
    if der is None:
        return None
    return x509.load_der_x509_crl(der).public_bytes(Encoding.PEM).decode("ascii")


# --- office revoke ------------------------------------------------------------------------


@dataclass(frozen=True)
class RevokeResult:
    code: str
    revoked: tuple[str, ...]  # fingerprints revoked now
    already: tuple[str, ...]  # revoked before (kept as they were)
    revocation_date: dt.datetime
    crl_number: int
    crl_path: Path


def parse_revocation_date(text: str | None) -> dt.datetime:
    """`YYYY-MM-DD` (that day from midnight in the company's time zone) or an ISO date-time
    (with an offset, else the company's zone); None: now."""
    if not text:
        return _now()
    try:
        if len(text.strip()) == 10:
            day = dt.date.fromisoformat(text.strip())
            moment = dt.datetime.combine(day, dt.time(0, 0))
        else:
            moment = dt.datetime.fromisoformat(text.strip())
    except ValueError as exc:
        raise OfficeError(msg("records.office.not_a_date", text=text)) from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=zone.local_zone())
    return moment.astimezone(dt.UTC)


def revoke(
    store: Store,
    ca_dir: Path,
    code: str,
    when: dt.datetime,
    reason: str = "",
    copy_to: Path | None = None,
) -> RevokeResult:
    """Revoke every sealing certificate issued to `code` from `when` on and publish a new CRL
    signed by the CA (database, CA folder, and `copy_to` if given); `reason`, the office's own
    words (`offerdesk office revoke --reason`), is recorded with each revocation."""
    code = code.strip().upper()
    ca = _open_ca(ca_dir)
    crl_path = ca_dir / company_ca.CRL_FILE
    with store.session() as session:
        _require_published(session, ca)
        certs = list(
            session.scalars(
                select(CompanyCertificate).where(
                    CompanyCertificate.kind == "sealing", CompanyCertificate.representative_code == code
                )
            )
        )
        if not certs:
            raise OfficeError(msg("records.office.no_certificate", code=code))
        done = set(session.scalars(select(CertificateRevocation.certificate_sha256)))
        now = _now()
        revoked, already = [], []
        for cert in certs:
            if cert.sha256 in done:
                already.append(cert.sha256)
                continue
            session.add(
                CertificateRevocation(
                    certificate_sha256=cert.sha256,
                    serial=cert.serial,
                    representative_code=code,
                    revocation_date=when,
                    reason=reason[:200],
                    recorded_at=now,
                )
            )
            revoked.append(cert.sha256)
        session.flush()
        entries = [
            company_ca.RevokedEntry(int(row.serial, 16), row.revocation_date)
            for row in session.scalars(select(CertificateRevocation).order_by(CertificateRevocation.id))
        ]
        number = int(session.scalar(select(func.coalesce(func.max(CompanyCrl.number), 0))) or 0) + 1
        der = company_ca.make_crl(ca, entries, number)
        session.add(CompanyCrl(number=number, der=der, sha256=hashlib.sha256(der).hexdigest(),
                               this_update=now, created_at=now))  # fmt: skip
        session.flush()
        audit.record(
            session,
            "office.revoke",
            f"representative:{code}",
            {"certificates": revoked, "date": when.isoformat(), "crl": number},
            "office",
        )
        try:  # inside the transaction: the CRL the database publishes is also on disk
            write_atomic(crl_path, der, mode=0o644)
            if copy_to is not None:
                write_atomic(copy_to, der)
        except OSError as exc:
            raise OfficeError(msg("records.office.crl_unwritable", reason=cause(exc))) from exc
    return RevokeResult(code, tuple(revoked), tuple(already), when, number, crl_path)
