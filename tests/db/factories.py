"""Test data factories: a representative, a client, a known catalogue, a draft, a signature."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.domain.catalogue import ProductRow
from desktop.domain.signature import Point, PointerKind, SignatureCapture, Stroke
from desktop.domain.vat import VatCategory
from desktop.domain.views import (
    ClientInput,
    DraftInput,
    LineInput,
    OfferView,
    RepresentativeInput,
    SignatureInput,
)
from desktop.domain.vocabulary import ClientSize
from desktop.services import catalogue, clients, offers, settings
from desktop.services.store import Store

OFFER_DATE = dt.date(2026, 3, 2)  # cote 968.04 in force, VAT 17 %


def product(code: str, monthly: str, install: str, **kw: object) -> ProductRow:
    values: dict[str, object] = {
        "code": code,
        "name": f"Produit {code}",
        "category": "Test",
        "description": "",
        "monthly_fee": Decimal(monthly),
        "installation_fee": Decimal(install),
        "installation_indexed": True,
        "vat_category": VatCategory.STANDARD,
        "allowed_engagements": (12, 24, 36),
    }
    values.update(kw)
    return ProductRow(**values)  # type: ignore[arg-type]


KNOWN = (
    product("FIB", "89.00", "100.00"),
    product("IP", "10.00", "629.62"),
    product("TV", "20.00", "0.00", vat_category=VatCategory.SUPER_REDUCED, installation_indexed=False),
)


def setup(store: Store, code: str = "JDU") -> int:
    """Representative + known catalogue + one client; returns the client id."""
    rep = RepresentativeInput(code=code, name="Jean Dupont", function="Commercial")
    settings.set_representative(store, rep)
    catalogue.import_rows(store, KNOWN, "known.csv", "0" * 64)
    client = clients.create_client(
        store,
        ClientInput(
            legal_name="Boulangerie Schmit s.à r.l.",
            legal_form="s.à r.l.",
            address_line1="12, rue de la Gare",
            postcode="L-1611",
            city="Luxembourg",
            vat_number="LU15027442",
            rcs="B12345",
            signatory_name="Anne Schmit",
            signatory_function="Gérante",
        ),
    )
    return client.id


def draft_input(client_id: int, day: dt.date = OFFER_DATE, **kw: object) -> DraftInput:
    """A draft with three known lines; it states the client's size (SMALL) unless told otherwise
    (client_size=None: the size is then declared when signing)."""
    values: dict[str, object] = {
        "client_id": client_id,
        "offer_date": day,
        "engagement_months": 36,
        "lines": (
            LineInput("FIB", 1),
            LineInput("IP", 1, installation_discount=Decimal("0")),
            LineInput("TV", 2, monthly_discount=Decimal("10")),
        ),
        "client_size": ClientSize.SMALL,
    }
    values.update(kw)
    return DraftInput(**values)  # type: ignore[arg-type]


def capture() -> SignatureCapture:
    return SignatureCapture(
        strokes=(Stroke(tuple(Point(x=i * 150, y=(i % 7) * 90, t_ms=i * 12) for i in range(60))),),
        width=12000,
        height=4000,
        pointer=PointerKind.PEN,
    )


def signer(name: str = "Anne Schmit") -> SignatureInput:
    return SignatureInput(signer_name=name, capture=capture(), signer_function="Gérante", device="test")


def signed_offer(store: Store, client_id: int) -> OfferView:
    offer = offers.create_draft(store, draft_input(client_id))
    offers.present(store, offer.id)
    return offers.sign(
        store,
        offer.id,
        signer(),
        "Luxembourg",
        representative=signer("Jean Dupont"),
        at=dt.datetime(2026, 3, 3, 10, 30, tzinfo=dt.UTC),
    )
