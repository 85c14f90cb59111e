"""Settings kept as data: the seller's identity and the representative using this laptop."""

from __future__ import annotations

import datetime as dt
import re

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from db.models import CompanyIdentity, Representative
from desktop.documents import zone
from desktop.domain.errors import FieldError
from desktop.domain.identifiers import validate_lu_postcode, validate_rcs, validate_vat
from desktop.domain.messages import msg
from desktop.domain.signature import SignatureCapture
from desktop.domain.views import CompanyInput, CompanyView, RepresentativeInput, RepresentativeView
from desktop.services import audit
from desktop.services.errors import NotFoundError
from desktop.services.store import Store

_CODE = re.compile(r"^[A-Z0-9]{2,8}$")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def company_view(row: CompanyIdentity) -> CompanyView:
    return CompanyView(
        legal_name=row.legal_name,
        legal_form=row.legal_form,
        address_line1=row.address_line1,
        address_line2=row.address_line2,
        postcode=row.postcode,
        city=row.city,
        country=row.country,
        rcs=row.rcs,
        vat_number=row.vat_number,
        phone=row.phone,
        email=row.email,
        website=row.website,
    )


def representative_view(row: Representative) -> RepresentativeView:
    return RepresentativeView(
        id=row.id,
        code=row.code,
        name=row.name,
        function=row.function,
        email=row.email,
        phone=row.phone,
        signature=None
        if row.signature_strokes is None
        else SignatureCapture.from_json(row.signature_strokes),
        signature_png=row.signature_png,
    )


def _required(value: str, field: str) -> str:
    value = value.strip()
    if not value:
        raise FieldError(field, msg("offers.field.required"))
    return value


def save_company(session: Session, data: CompanyInput, actor: str = "") -> CompanyIdentity:
    """Validate and store the seller's identity (inside a transaction)."""
    country = _required(data.country, "country").upper()
    postcode = _required(data.postcode, "postcode")
    if country == "LU":
        postcode = validate_lu_postcode(postcode)
    row = session.get(CompanyIdentity, 1)
    if row is None:
        row = CompanyIdentity(id=1)
        session.add(row)
    row.legal_name = _required(data.legal_name, "legal_name")
    row.legal_form = data.legal_form.strip()
    row.address_line1 = _required(data.address_line1, "address_line1")
    row.address_line2 = data.address_line2.strip()
    row.postcode = postcode
    row.city = _required(data.city, "city")
    row.country = country
    row.rcs = validate_rcs(data.rcs, "rcs") if data.rcs.strip() else ""
    row.vat_number = validate_vat(data.vat_number, "vat_number") if data.vat_number.strip() else ""
    row.phone = data.phone.strip()
    row.email = data.email.strip()
    row.website = data.website.strip()
    row.updated_at = _now()
    session.flush()
    audit.record(session, "company.set", "company:1", {"legal_name": row.legal_name, "rcs": row.rcs}, actor)
    return row


def get_company(store: Store) -> CompanyView | None:
    with store.read() as session:
        row = session.get(CompanyIdentity, 1)
        return None if row is None else company_view(row)


def set_company(store: Store, data: CompanyInput, actor: str = "") -> CompanyView:
    with store.session() as session:
        return company_view(save_company(session, data, actor))


def current_representative_row(session: Session) -> Representative | None:
    return session.scalars(select(Representative).where(Representative.is_current.is_(True)).limit(1)).first()


def get_representative(store: Store) -> RepresentativeView | None:
    """The representative using this installation (None until set up)."""
    with store.read() as session:
        row = current_representative_row(session)
        return None if row is None else representative_view(row)


def list_representatives(store: Store) -> list[RepresentativeView]:
    with store.read() as session:
        return [
            representative_view(r)
            for r in session.scalars(select(Representative).order_by(Representative.code))
        ]


def _checked_representative(data: RepresentativeInput) -> tuple[str, str]:
    code = data.code.strip().upper()
    if not _CODE.match(code):
        raise FieldError("code", msg("offers.representative.code_invalid"))
    return code, _required(data.name, "name")


def _check_ink(capture: SignatureCapture) -> None:
    if not capture.is_enough_ink():
        raise FieldError("signature", msg("offers.sign.signature_short"))


def upsert_representative(session: Session, data: RepresentativeInput) -> Representative:
    """The representative of this code, created or updated from `data` (checked), not made the
    current one (the office records every representative; a laptop has one current)."""
    code, name = _checked_representative(data)
    row = session.scalars(select(Representative).where(Representative.code == code)).first()
    if row is None:
        row = Representative(code=code, is_current=False)
        session.add(row)
    row.name = name
    row.function = data.function.strip()
    row.email = data.email.strip()
    row.phone = data.phone.strip()
    row.updated_at = _now()
    session.flush()
    return row


def _save_representative(session: Session, data: RepresentativeInput, actor: str) -> Representative:
    row = upsert_representative(session, data)
    code, name = row.code, row.name
    session.execute(update(Representative).where(Representative.id != row.id).values(is_current=False))
    row.is_current = True
    session.flush()
    audit.record(session, "representative.set", f"representative:{code}", {"name": name}, actor or code)
    return row


def _save_signature(
    session: Session, capture: SignatureCapture, image_png: bytes | None, actor: str
) -> Representative:
    _check_ink(capture)
    row = current_representative_row(session)
    if row is None:
        raise NotFoundError(msg("offers.representative.none_configured"))
    row.signature_strokes = capture.to_json()
    row.signature_png = image_png
    row.updated_at = _now()
    session.flush()
    audit.record(
        session,
        "representative.signature",
        f"representative:{row.code}",
        {"strokes": len(capture.strokes)},
        actor,
    )
    return row


def set_representative(store: Store, data: RepresentativeInput, actor: str = "") -> RepresentativeView:
    """Create or update the representative with this code and make them the current one.

    The code (2-8 capital letters or digits) appears in offer numbers: OF-2026-JDU-0042.
    """
    _checked_representative(data)
    with store.session() as session:
        return representative_view(_save_representative(session, data, actor))


def set_representative_signature(
    store: Store, capture: SignatureCapture, image_png: bytes | None = None, actor: str = ""
) -> RepresentativeView:
    """Store the current representative's signature (used when signing offers)."""
    _check_ink(capture)
    with store.session() as session:
        return representative_view(_save_signature(session, capture, image_png, actor))


def save_settings_form(
    store: Store,
    representative: RepresentativeInput,
    signature: SignatureCapture | None,
    company: CompanyInput,
    actor: str = "",
) -> tuple[RepresentativeView, CompanyView]:
    """The settings form as one change: the representative (made current), their signature if
    given, and the seller's identity are written in a single transaction, or nothing is."""
    _checked_representative(representative)
    if signature is not None:
        _check_ink(signature)
    with store.session() as session:
        rep = _save_representative(session, representative, actor)
        if signature is not None:
            rep = _save_signature(session, signature, None, actor)
        return representative_view(rep), company_view(save_company(session, company, actor))


def time_zone() -> str:
    """The company's time zone (IANA name): what every screen and document shows."""
    return zone.zone_name()


def checked_time_zone(name: str) -> str:
    """`name` stripped, or a FieldError naming the field when it is no time zone."""
    name = name.strip() or zone.DEFAULT_ZONE
    if not zone.is_zone(name):
        raise FieldError("time_zone", msg("offers.settings.time_zone_invalid", name=name))
    return name


def set_time_zone(name: str) -> str:
    checked = checked_time_zone(name)
    zone.write_zone(checked)
    return checked


def local_now() -> dt.datetime:
    """Now, in the company's time zone."""
    return dt.datetime.now(zone.local_zone())
