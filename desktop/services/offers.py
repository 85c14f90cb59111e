"""Offer use cases, each one transaction: draft, reprice, present, revise, sign, cancel, expire,
activate. Pricing is always desktop.domain.pricing.price_offer at the cote in force on the
offer date. Only a draft changes; a presented offer changes through a new revision; a signed
offer never changes (the service refuses, and on SQLite and PostgreSQL so does the database).
"""

from __future__ import annotations

import copy
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, selectinload

from db.models import Client, Document, Offer, OfferCounter, OfferLineRow, Product, Signature, Site
from desktop.documents.zone import local_date
from desktop.domain import bounds, lifecycle
from desktop.domain.errors import FieldError
from desktop.domain.lifecycle import Action
from desktop.domain.messages import Message, msg
from desktop.domain.pricing import PricedOffer
from desktop.domain.vat import VatCategory
from desktop.domain.views import DraftInput, LineInput, OfferView, SignatureInput
from desktop.domain.vocabulary import ClientSize, OfferStatus
from desktop.services import audit
from desktop.services.catalogue import check_engagement, line_product
from desktop.services.causes import cause
from desktop.services.clients import checked_language, load_client
from desktop.services.errors import (
    ClientSizeError,
    NotFoundError,
    OfferConflictError,
    OfferStateError,
    conflict_message,
)
from desktop.services.listing import deadlines, list_offers
from desktop.services.offer_views import client_snapshot, offer_view, priced_from_rows
from desktop.services.packs import attach_signed_pack
from desktop.services.quote import check_priced_amounts
from desktop.services.reference import cgv_row_in_force, load_series, load_vat_table
from desktop.services.settings import current_representative_row
from desktop.services.store import Store, pause_point

__all__ = [
    "cancel",
    "create_draft",
    "deadlines",
    "document_pdf",
    "duplicate",
    "expire_due",
    "get_offer",
    "list_offers",
    "new_revision",
    "present",
    "record_activation",
    "reprice",
    "reprice_all_drafts",
    "sign",
    "update_draft",
]

DEFAULT_VALIDITY = dt.timedelta(days=30)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- loading, numbering, pricing -------------------------------------------------------------


def load_offer(session: Session, offer_id: int) -> Offer:
    offer = session.get(
        Offer,
        offer_id,
        options=[selectinload(Offer.lines), selectinload(Offer.signatures), selectinload(Offer.documents)],
    )
    if offer is None:
        raise NotFoundError(msg("offers.offer.not_found", offer_id=offer_id))
    return offer


def _offer_label(offer: Offer) -> Message:
    """The offer's number and revision, "OF-2026-JDU-0042 (révision 2)", in the reader's language."""
    return msg("offers.offer.label", number=offer.number, revision=offer.revision)


def next_number(session: Session, year: int, rep_code: str) -> str:
    """OF-<year>-<rep code>-<sequence>: unique without a network (one sequence per rep and year)."""
    bumped = session.execute(
        update(OfferCounter)
        .where(OfferCounter.year == year, OfferCounter.rep_code == rep_code)
        .values(last_seq=OfferCounter.last_seq + 1)
        .returning(OfferCounter.last_seq)
    ).scalar_one_or_none()
    if bumped is None:
        session.add(OfferCounter(year=year, rep_code=rep_code, last_seq=1))
        session.flush()
        bumped = 1
    return f"OF-{year}-{rep_code}-{bumped:04d}"


def _price(session: Session, offer: Offer) -> PricedOffer:
    """Reprice `offer` at the cote and VAT rates in force on its date; store the snapshot."""
    series = load_series(session)
    table = load_vat_table(session)
    day = offer.offer_date
    try:
        cote = series.cote_on(day)
        standard = table.rate_on(day, VatCategory.STANDARD)
        for row in offer.lines:
            row.vat_rate = table.rate_on(day, VatCategory(row.vat_category))
    except ValueError as exc:
        raise FieldError("offer_date", cause(exc)) from None
    offer.index_applied = cote
    offer.index_reference = series.reference
    offer.vat_standard_rate = standard
    priced = priced_from_rows(offer)
    for row, line in zip(offer.lines, priced.lines, strict=True):
        row.installation_unit_ht = line.installation_unit_ht
        row.monthly_ht = line.monthly_ht
        row.installation_ht = line.installation_ht
    offer.monthly_ht = priced.monthly.ht
    offer.monthly_ttc = priced.monthly.ttc
    offer.installation_ht = priced.installation.ht
    offer.installation_ttc = priced.installation.ttc
    return priced


def reprice_all_drafts(session: Session) -> int:
    """After a change of the STATEC series or VAT table: reprice every draft (not presented,
    not signed). Returns how many were repriced."""
    drafts = session.scalars(
        select(Offer)
        .where(Offer.status.in_([s for s in OfferStatus if lifecycle.allows(s, Action.REPRICE)]))
        .options(selectinload(Offer.lines))
    ).all()
    for offer in drafts:
        _price(session, offer)
        offer.updated_at = _now()
    session.flush()
    return len(drafts)


# --- validation ------------------------------------------------------------------------------


def _percent(value: Decimal, field: str) -> Decimal:
    if not isinstance(value, Decimal) or not value.is_finite() or not Decimal(0) <= value <= Decimal(100):
        raise FieldError(field, msg("offers.discount.range"))
    if value != value.quantize(Decimal("0.01")):
        raise FieldError(field, msg("offers.discount.places"))
    return value


def _whole(value: int, field: str, minimum: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < minimum:
        raise FieldError(field, msg("offers.whole.minimum", minimum=minimum))
    return value


def _check_draft(data: DraftInput) -> dt.date:
    bounds.check_months(data.engagement_months, "engagement_months")
    bounds.check_months(data.renewal_months, "renewal_months")
    bounds.check_date(data.offer_date, "offer_date")
    _whole(data.lead_time_days, "lead_time_days", 0)
    _whole(data.payment_term_days, "payment_term_days", 0)
    validity = data.validity_date or data.offer_date + DEFAULT_VALIDITY
    if validity < data.offer_date:
        raise FieldError("validity_date", msg("offers.validity.before_offer_date"))
    bounds.check_date(validity, "validity_date")
    if any(not isinstance(d, str) for d in data.required_documents):
        raise FieldError("required_documents", msg("offers.required_documents.not_texts"))
    return validity


def _set_lines(session: Session, offer: Offer, lines: Sequence[LineInput], engagement: int) -> None:
    """Replace the lines; a product code already on the offer keeps its price snapshot."""
    kept = {row.product_code: row for row in offer.lines}
    snapshots: list[OfferLineRow] = []
    for i, line in enumerate(lines):
        prefix = f"lines[{i}]"
        bounds.check_quantity(line.quantity, f"{prefix}.quantity")
        previous = kept.get(line.product_code.strip())
        row = OfferLineRow(
            position=i + 1,
            quantity=line.quantity,
            monthly_discount=_percent(line.monthly_discount, f"{prefix}.monthly_discount"),
            installation_discount=_percent(line.installation_discount, f"{prefix}.installation_discount"),
        )
        if previous is not None:
            priced_from = session.get(Product, previous.product_id) if previous.product_id else None
            priced_from = priced_from or line_product(session, line.product_code, prefix)
            check_engagement(priced_from, engagement, prefix)
            for name in (
                "product_id", "product_code", "product_name", "category", "unit_monthly",
                "unit_installation", "installation_indexed", "vat_category",
            ):  # fmt: skip
                setattr(row, name, getattr(previous, name))
        else:
            product = line_product(session, line.product_code, prefix)
            check_engagement(product, engagement, prefix)
            row.product_id = product.id
            row.product_code = product.code
            row.product_name = product.name
            row.category = product.category
            row.unit_monthly = product.monthly_fee
            row.unit_installation = product.installation_fee
            row.installation_indexed = product.installation_indexed
            row.vat_category = product.vat_category
        snapshots.append(row)
    if offer.lines:
        offer.lines.clear()
        session.flush()  # old positions gone before the new ones arrive (unique offer/position)
    offer.lines.extend(snapshots)


def _fill(session: Session, offer: Offer, data: DraftInput, validity: dt.date) -> None:
    client = load_client(session, data.client_id)
    if data.site_id is not None:
        site = session.get(Site, data.site_id)
        if site is None or site.client_id != client.id:
            raise FieldError("site_id", msg("offers.site.other_client"))
    offer.client_id = client.id
    offer.site_id = data.site_id
    offer.offer_date = data.offer_date
    offer.validity_date = validity
    offer.engagement_months = data.engagement_months
    offer.renewal_months = data.renewal_months
    offer.lead_time_days = data.lead_time_days
    offer.payment_term_days = data.payment_term_days
    offer.special_conditions = data.special_conditions.strip()
    offer.required_documents = [d.strip() for d in data.required_documents if d.strip()]
    offer.client_size = data.client_size
    if data.document_language is not None:
        offer.document_language = checked_language(data.document_language, "document_language")
    elif not offer.document_language:  # a new draft: the client's preferred language
        offer.document_language = client.preferred_language
    offer.cgv_version_id = cgv_row_in_force(session, data.offer_date).id


def _step(offer: Offer, action: Action) -> OfferStatus:
    """The status `action` leads the offer to (desktop.domain.lifecycle); OfferStateError, with
    the machine's reason, when its status refuses it. The caller assigns what it returns."""
    try:
        return lifecycle.step(offer.status, action)
    except lifecycle.TransitionRefused as refused:
        raise OfferStateError(refused.refusal.message(offer.number, offer.revision)) from None


def _summary(offer: Offer) -> dict[str, Any]:
    return {
        "number": offer.number,
        "revision": offer.revision,
        "status": offer.status.value,
        "monthly_ht": str(offer.monthly_ht),
        "installation_ht": str(offer.installation_ht),
        "lines": len(offer.lines),
    }


# --- use cases -------------------------------------------------------------------------------


def create_draft(store: Store, data: DraftInput, actor: str = "") -> OfferView:
    """A new offer (revision 1, status draft) for the current representative, priced."""
    validity = _check_draft(data)
    with store.session() as session:
        rep = current_representative_row(session)
        if rep is None:
            raise FieldError("representative", msg("offers.representative.missing"))
        now = _now()
        offer = Offer(
            number=next_number(session, data.offer_date.year, rep.code),
            revision=1,
            status=OfferStatus.DRAFT,
            representative_id=rep.id,
            created_at=now,
            updated_at=now,
        )
        with session.no_autoflush:  # the offer is complete (priced) before its INSERT
            _fill(session, offer, data, validity)
            _set_lines(session, offer, data.lines, data.engagement_months)
            check_priced_amounts(_price(session, offer))
        session.add(offer)
        session.flush()
        pause_point("create_draft")
        audit.record(session, "offer.create", f"offer:{offer.id}", _summary(offer), actor or rep.code)
        return offer_view(session, offer)


def update_draft(store: Store, offer_id: int, data: DraftInput, actor: str = "") -> OfferView:
    """Save a draft. With `data.expected_version` (the version the editor loaded), a draft
    changed elsewhere since is refused with OfferConflictError, nothing written; the UPDATE
    itself is conditional on the version read (a concurrent save on PostgreSQL that slips
    between the read and the write is refused the same way, see Store.session)."""
    validity = _check_draft(data)
    with store.session() as session:
        offer = load_offer(session, offer_id)
        if data.expected_version is not None and offer.version != data.expected_version:
            raise OfferConflictError(conflict_message(offer.number, offer.revision))
        offer.status = _step(offer, Action.EDIT)
        with session.no_autoflush:  # new lines are written once priced
            _fill(session, offer, data, validity)
            _set_lines(session, offer, data.lines, data.engagement_months)
            check_priced_amounts(_price(session, offer))
        offer.updated_at = _now()
        session.flush()
        pause_point("update_draft")
        audit.record(session, "offer.update", f"offer:{offer.id}", _summary(offer), actor)
        return offer_view(session, offer)


def reprice(store: Store, offer_id: int, actor: str = "") -> OfferView:
    """Reprice a draft at the series and VAT table as they are now."""
    with store.session() as session:
        offer = load_offer(session, offer_id)
        offer.status = _step(offer, Action.REPRICE)
        _price(session, offer)
        offer.updated_at = _now()
        session.flush()
        audit.record(session, "offer.reprice", f"offer:{offer.id}", _summary(offer), actor)
        return offer_view(session, offer)


def present(store: Store, offer_id: int, actor: str = "") -> OfferView:
    """draft -> presented: the client's data is frozen into the offer as it is shown."""
    with store.session() as session:
        offer = load_offer(session, offer_id)
        presented = _step(offer, Action.PRESENT)
        if not offer.lines:
            raise FieldError("lines", msg("offers.present.no_lines"))
        client = load_client(session, offer.client_id)
        for name in ("address_line1", "postcode", "city"):
            if not getattr(client, name):
                raise FieldError(f"client.{name}", msg("offers.present.address_incomplete"))
        _price(session, offer)
        offer.client_snapshot = client_snapshot(client, offer.site)
        offer.status = presented
        offer.presented_at = offer.updated_at = _now()
        session.flush()
        audit.record(session, "offer.present", f"offer:{offer.id}", _summary(offer), actor)
        return offer_view(session, offer)


def _copy(session: Session, source: Offer, number: str, revision: int, day: dt.date) -> Offer:
    now = _now()
    validity = day + max(source.validity_date - source.offer_date, dt.timedelta(0))
    offer = Offer(
        number=number,
        revision=revision,
        status=OfferStatus.DRAFT,
        client_id=source.client_id,
        site_id=source.site_id,
        representative_id=source.representative_id,
        offer_date=day,
        validity_date=validity,
        engagement_months=source.engagement_months,
        renewal_months=source.renewal_months,
        lead_time_days=source.lead_time_days,
        payment_term_days=source.payment_term_days,
        special_conditions=source.special_conditions,
        required_documents=list(source.required_documents),
        client_size=source.client_size,
        document_language=source.document_language,
        cgv_version_id=cgv_row_in_force(session, day).id,
        created_at=now,
        updated_at=now,
    )
    for row in source.lines:
        offer.lines.append(
            OfferLineRow(
                position=row.position,
                product_id=row.product_id,
                product_code=row.product_code,
                product_name=row.product_name,
                category=row.category,
                unit_monthly=row.unit_monthly,
                unit_installation=row.unit_installation,
                installation_indexed=row.installation_indexed,
                quantity=row.quantity,
                monthly_discount=row.monthly_discount,
                installation_discount=row.installation_discount,
                vat_category=row.vat_category,
                vat_rate=row.vat_rate,
            )
        )
    with session.no_autoflush:
        _price(session, offer)
    session.add(offer)
    session.flush()
    return offer


def new_revision(store: Store, offer_id: int, today: dt.date | None = None, actor: str = "") -> OfferView:
    """A draft revision +1 of the same number, dated `today`. A presented offer becomes
    superseded now; a signed one stays in force until the new revision is signed."""
    day = today or dt.date.today()
    with store.session() as session:
        source = load_offer(session, offer_id)
        latest = session.scalar(select(func.max(Offer.revision)).where(Offer.number == source.number))
        if source.revision != latest:
            raise OfferStateError(
                msg("offers.revision.not_latest", offer=_offer_label(source), number=source.number)
            )
        after = _step(source, Action.NEW_REVISION)
        offer = _copy(session, source, source.number, source.revision + 1, day)
        offer.previous_id = source.id
        if after is not source.status:  # a signed source stays as it is (the database freezes it)
            source.status = after
            source.updated_at = _now()
        session.flush()
        audit.record(
            session, "offer.revise", f"offer:{offer.id}", {**_summary(offer), "previous_id": source.id}, actor
        )
        return offer_view(session, offer)


def duplicate(store: Store, offer_id: int, today: dt.date | None = None, actor: str = "") -> OfferView:
    """A new offer (new number, revision 1, draft) with the same client, terms and lines."""
    day = today or dt.date.today()
    with store.session() as session:
        source = load_offer(session, offer_id)
        _step(source, Action.DUPLICATE)  # only read: its status does not change
        rep = current_representative_row(session)
        if rep is None:
            raise FieldError("representative", msg("offers.representative.missing"))
        offer = _copy(session, source, next_number(session, day.year, rep.code), 1, day)
        offer.representative_id = rep.id
        session.flush()
        audit.record(
            session,
            "offer.duplicate",
            f"offer:{offer.id}",
            {**_summary(offer), "source_id": source.id},
            actor,
        )
        return offer_view(session, offer)


def _check_signature(data: SignatureInput, field: str) -> None:
    if not data.signer_name.strip():
        raise FieldError(f"{field}.signer_name", msg("offers.sign.signer_required"))
    if not data.capture.is_enough_ink():
        raise FieldError(f"{field}.signature", msg("offers.sign.signature_short"))


def _signing_size(offer: Offer, declared: ClientSize | None) -> ClientSize:
    """The size the art. 15 waiver is signed with: the offer's, or the one declared now."""
    recorded = offer.client_size
    if declared is None:
        if recorded is None:
            raise ClientSizeError(
                msg("offers.sign.size_missing", offer=_offer_label(offer)),
                recorded,
                declared,
            )
        return recorded
    if recorded is not None and recorded is not declared:
        raise ClientSizeError(
            msg(
                "offers.sign.size_contradicts",
                offer=_offer_label(offer),
                recorded=recorded,
                declared=declared,
            ),
            recorded,
            declared,
        )
    return declared


def sign(
    store: Store,
    offer_id: int,
    client: SignatureInput,
    place: str,
    representative: SignatureInput | None = None,
    at: dt.datetime | None = None,
    actor: str = "",
    client_size: ClientSize | None = None,
) -> OfferView:
    """presented -> signed, in ONE transaction: status and time, both signatures, the frozen
    client data, the client's declared size, the signed contract pack and the audit entry —
    all or nothing.

    `representative` None: the representative's stored signature is used. `client_size`: the
    size the client declares next to the art. 15 waiver; recorded on the offer (before the
    pack is rendered) when the offer has none; ClientSizeError when neither has one, or when
    it contradicts the size the presented offer states (that is a new revision).
    """
    moment = (at or _now()).astimezone(dt.UTC)
    if not place.strip():
        raise FieldError("place", msg("offers.sign.place_required"))
    if client_size is not None and not isinstance(client_size, ClientSize):
        raise FieldError(
            "client_size",
            msg("offers.sign.size_unknown", value=str(client_size), sizes=list(ClientSize)),
        )
    _check_signature(client, "client")
    if representative is not None:
        _check_signature(representative, "representative")
    with store.session() as session:
        offer = load_offer(session, offer_id)
        signed = _step(offer, Action.SIGN)
        if moment.astimezone().date() > offer.validity_date:  # the local calendar day, not UTC's
            raise OfferStateError(
                msg("offers.sign.expired", offer=_offer_label(offer), validity_date=offer.validity_date)
            )
        size_declared_now = offer.client_size is None
        size = _signing_size(offer, client_size)
        rep = offer.representative
        if representative is None:
            if rep.signature_strokes is None:
                raise FieldError("representative.signature", msg("offers.sign.no_stored_signature"))
            from desktop.domain.signature import SignatureCapture

            representative = SignatureInput(
                signer_name=rep.name,
                signer_function=rep.function,
                capture=SignatureCapture.from_json(rep.signature_strokes),
                image_png=rep.signature_png,
                device=client.device,
            )
        # What the client reviewed (frozen at present()), not the client record as it is now:
        # only the signatory comes from the signing act itself.
        snapshot = copy.deepcopy(offer.client_snapshot or {})
        if not snapshot.get("client"):
            client_row = session.get(Client, offer.client_id)
            assert client_row is not None
            snapshot = client_snapshot(client_row, offer.site)
        snapshot["client"]["signatory_name"] = client.signer_name.strip()
        snapshot["client"]["signatory_function"] = client.signer_function.strip()
        for role, data in (("client", client), ("representative", representative)):
            session.add(
                Signature(
                    offer_id=offer.id,
                    role=role,
                    signer_name=data.signer_name.strip(),
                    signer_function=data.signer_function.strip(),
                    strokes=data.capture.to_json(),
                    image_png=data.image_png,
                    signed_at=moment,
                    place=place.strip(),
                    device=data.device,
                    pointer_kind=data.capture.pointer,
                )
            )
        session.flush()  # the signatures first: the database signs an offer only once they are stored
        offer.client_snapshot = snapshot
        # in the UPDATE that signs: the row it replaces is still presented, so the triggers allow it
        offer.client_size = size
        offer.status = signed
        offer.signed_at = moment
        offer.signed_place = place.strip()
        offer.updated_at = _now()
        session.flush()
        # An earlier signed revision of the same number is replaced by this one: one UPDATE per
        # status the machine lets a later signature supersede (signed, activated).
        for earlier in (status for status in OfferStatus if lifecycle.allows(status, Action.SUPERSEDE)):
            session.execute(
                update(Offer)
                .where(Offer.number == offer.number, Offer.revision < offer.revision, Offer.status == earlier)
                .values(status=lifecycle.step(earlier, Action.SUPERSEDE), updated_at=_now())
            )
        pause_point("sign")
        session.flush()
        session.expire(offer, ["signatures", "documents"])
        audit.record(
            session,
            "offer.sign",
            f"offer:{offer.id}",
            {
                **_summary(offer),
                "signed_at": moment.isoformat(),
                "place": offer.signed_place,
                "client_signer": client.signer_name.strip(),
                "representative": representative.signer_name.strip(),
                "client_size": size.value,
                "client_size_declared_at_signing": size_declared_now,
            },
            actor,
        )
        # CONTRACT PACK (documents engineer's desktop.services.packs), in this same transaction
        # and after the "offer.sign" entry its evidence page names: render, seal, store the
        # Document and chain an "offer.pack" audit entry. If it raises, nothing is signed.
        attach_signed_pack(session, offer, actor)
        return offer_view(session, offer)


def cancel(store: Store, offer_id: int, actor: str = "") -> OfferView:
    with store.session() as session:
        offer = load_offer(session, offer_id)
        offer.status = _step(offer, Action.CANCEL)
        offer.updated_at = _now()
        session.flush()
        audit.record(session, "offer.cancel", f"offer:{offer.id}", _summary(offer), actor)
        return offer_view(session, offer)


def expire_due(store: Store, today: dt.date, actor: str = "") -> int:
    """Drafts and presented offers whose validity date is past become expired; returns how many."""
    with store.session() as session:
        expiring = [status for status in OfferStatus if lifecycle.allows(status, Action.EXPIRE)]
        due = session.scalars(
            select(Offer).where(Offer.status.in_(expiring), Offer.validity_date < today)
        ).all()
        for offer in due:
            offer.status = _step(offer, Action.EXPIRE)
            offer.updated_at = _now()
        session.flush()
        if due:
            payload = {"ids": [o.id for o in due], "today": today.isoformat()}
            audit.record(session, "offer.expire", "offers", payload, actor)
        return len(due)


def record_activation(store: Store, offer_id: int, activation_date: dt.date, actor: str = "") -> OfferView:
    """signed -> activated: the service start date, from which the engagement runs."""
    with store.session() as session:
        offer = load_offer(session, offer_id)
        activated = _step(offer, Action.ACTIVATE)
        assert offer.signed_at is not None
        bounds.check_date(activation_date, "activation_date")
        if activation_date < local_date(offer.signed_at):  # the company's day of signing, not UTC's
            raise FieldError("activation_date", msg("offers.activation.before_signature"))
        offer.activation_date = activation_date
        offer.status = activated
        offer.updated_at = _now()
        session.flush()
        payload = {"activation_date": activation_date.isoformat()}
        audit.record(session, "offer.activate", f"offer:{offer.id}", payload, actor)
        return offer_view(session, offer)


def get_offer(store: Store, offer_id: int) -> OfferView:
    with store.read() as session:
        return offer_view(session, load_offer(session, offer_id))


def document_pdf(store: Store, document_id: int) -> bytes:
    """The stored bytes of a document (the sealed contract pack)."""
    with store.read() as session:
        row = session.get(Document, document_id)
        if row is None:
            raise NotFoundError(msg("offers.document.not_found", document_id=document_id))
        return row.pdf
