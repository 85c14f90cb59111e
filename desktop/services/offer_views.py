"""Turning stored offers into views: frozen snapshots with their prices from the domain."""

from __future__ import annotations

from dataclasses import fields
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import Client, Document, Offer, Site
from desktop.domain.pricing import OfferLine, PricedOffer, price_offer
from desktop.domain.signature import SignatureCapture
from desktop.domain.views import (
    ClientInput,
    ClientView,
    DocumentInfo,
    OfferLineView,
    OfferView,
    SignatureView,
    SiteView,
)
from desktop.services.clients import client_view, language, site_view
from desktop.services.reference import cgv_view
from desktop.services.settings import representative_view

# The client's text fields as it is written (ClientInput, which ClientView extends): a field
# added there is frozen in the snapshot too. The language is not text; it is read back checked.
CLIENT_FIELDS = tuple(f.name for f in fields(ClientInput) if f.name != "preferred_language")
SITE_FIELDS = ("label", "address_line1", "address_line2", "postcode", "city", "country", "notes")


def client_snapshot(client: Client, site: Site | None) -> dict[str, Any]:
    """The client's (and site's) data as shown on the offer, frozen at presentation/signature."""
    return {
        "client": {
            "id": client.id,
            **{f: getattr(client, f) for f in CLIENT_FIELDS},
            "preferred_language": client.preferred_language,
        },
        "site": None if site is None else {"id": site.id, **{f: getattr(site, f) for f in SITE_FIELDS}},
    }


def domain_lines(offer: Offer) -> list[OfferLine]:
    return [
        OfferLine(
            description=row.product_name,
            quantity=row.quantity,
            unit_monthly=row.unit_monthly,
            unit_installation=row.unit_installation,
            installation_indexed=row.installation_indexed,
            vat_rate=row.vat_rate,
            monthly_discount=row.monthly_discount,
            installation_discount=row.installation_discount,
            code=row.product_code,
        )
        for row in offer.lines
    ]


def priced_from_rows(offer: Offer) -> PricedOffer:
    """Price the stored lines at the cote the offer records (never the current series)."""
    return price_offer(domain_lines(offer), offer.index_applied, offer.index_reference)


def _client_part(session: Session, offer: Offer) -> tuple[ClientView, SiteView | None]:
    snap = offer.client_snapshot
    if snap is None:
        row = session.get(Client, offer.client_id)
        assert row is not None
        return client_view(row), None if offer.site is None else site_view(offer.site)
    c: dict[str, Any] = snap["client"]
    client = ClientView(
        id=int(c["id"]),
        **{f: str(c.get(f, "")) for f in CLIENT_FIELDS},  # type: ignore[arg-type]
        preferred_language=language(str(c.get("preferred_language", "fr"))),
    )
    s: dict[str, Any] | None = snap.get("site")
    site = None
    if s is not None:
        site = SiteView(id=int(s["id"]), client_id=client.id, **{f: str(s.get(f, "")) for f in SITE_FIELDS})
    return client, site


def offer_view(session: Session, offer: Offer) -> OfferView:
    priced = priced_from_rows(offer)
    client, site = _client_part(session, offer)
    documents = session.execute(
        select(
            Document.id,
            Document.kind,
            Document.sha256,
            func.length(Document.pdf),
            Document.seal,
            Document.created_at,
        )
        .where(Document.offer_id == offer.id)
        .order_by(Document.id)
    ).all()
    return OfferView(
        id=offer.id,
        number=offer.number,
        revision=offer.revision,
        status=offer.status,
        client=client,
        site=site,
        representative=representative_view(offer.representative),
        offer_date=offer.offer_date,
        validity_date=offer.validity_date,
        engagement_months=offer.engagement_months,
        renewal_months=offer.renewal_months,
        lead_time_days=offer.lead_time_days,
        payment_term_days=offer.payment_term_days,
        special_conditions=offer.special_conditions,
        required_documents=tuple(str(d) for d in offer.required_documents),
        client_size=offer.client_size,
        cgv=cgv_view(offer.cgv_version),
        index_reference=offer.index_reference,
        index_applied=offer.index_applied,
        vat_standard_rate=offer.vat_standard_rate,
        lines=tuple(
            OfferLineView(
                id=row.id,
                position=row.position,
                product_code=row.product_code,
                product_name=row.product_name,
                category=row.category,
                quantity=row.quantity,
                unit_monthly=row.unit_monthly,
                unit_installation=row.unit_installation,
                installation_indexed=row.installation_indexed,
                monthly_discount=row.monthly_discount,
                installation_discount=row.installation_discount,
                vat_category=row.vat_category,
                vat_rate=row.vat_rate,
                priced=line,
            )
            for row, line in zip(offer.lines, priced.lines, strict=True)
        ),
        priced=priced,
        previous_id=offer.previous_id,
        presented_at=offer.presented_at,
        signed_at=offer.signed_at,
        signed_place=offer.signed_place,
        activation_date=offer.activation_date,
        created_at=offer.created_at,
        updated_at=offer.updated_at,
        version=offer.version,
        document_language=language(offer.document_language),
        signatures=tuple(
            SignatureView(
                role=s.role,
                signer_name=s.signer_name,
                signer_function=s.signer_function,
                capture=SignatureCapture.from_json(s.strokes),
                image_png=s.image_png,
                signed_at=s.signed_at,
                place=s.place,
                device=s.device,
                pointer_kind=s.pointer_kind,
            )
            for s in offer.signatures
        ),
        documents=tuple(
            DocumentInfo(
                id=d_id,
                offer_id=offer.id,
                kind=kind,
                sha256=sha,
                size=int(size or 0),
                seal=seal,
                created_at=created,
            )
            for d_id, kind, sha, size, seal, created in documents
        ),
    )
