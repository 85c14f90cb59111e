"""The demonstration visit: a sample client and offer from the sample catalogue, signed with
generated signatures, its sealed pack written and verified — the whole product without a
screen. Used by `offerdesk demo` and by the installation check `offerdesk --smoke`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from desktop import i18n
from desktop.documents.specimen import generated_signature
from desktop.domain.formatting import Lang
from desktop.domain.messages import msg
from desktop.domain.signature import PointerKind
from desktop.domain.views import (
    ClientInput,
    DraftInput,
    LineInput,
    OfferView,
    RepresentativeInput,
    SignatureInput,
    SiteInput,
)
from desktop.domain.vocabulary import ClientSize
from desktop.services import catalogue, clients, offers, packs, settings
from desktop.services.errors import StoreError
from desktop.services.packs import PackCheck
from desktop.services.store import Store

# (code, quantity, monthly discount %, installation discount %) picked from the sample catalogue
DEMO_LINES = (
    ("FIB-1G", 1, "0", "0"),
    ("BKP-5G", 1, "0", "100"),
    ("IP-29", 1, "0", "0"),
    ("SIP-TRUNK", 1, "0", "0"),
    ("SIP-CH10", 1, "10", "0"),
    ("PBX-SEAT", 12, "15", "50"),
    ("NUM-BLK10", 1, "0", "0"),
    ("WIFI-AP-IN", 4, "0", "0"),
    ("FW-S", 1, "0", "0"),
    ("TV-PRO", 1, "0", "0"),
)


@dataclass(frozen=True)
class DemoResult:
    client_name: str
    offer: OfferView
    line_count: int
    engagement_months: int
    draft_path: Path
    pack_path: Path
    sha256: str
    check: PackCheck


def run_demo(store: Store, folder: Path, lang: Lang | None = None) -> DemoResult:
    """Run the visit on `store`, writing the draft and the sealed pack into `folder`; the sample
    client prefers `lang` (default: the current language), so its words, the offer and its packs
    are in that language."""
    lang = lang or i18n.current_language()
    # an enrolled laptop's database: its representative; else the sample one
    rep = settings.get_representative(store) or settings.set_representative(
        store,
        RepresentativeInput(
            code="JDU", name="Jean Dupont", function=msg("offers.demo.rep_function").text(lang)
        ),
    )
    client = clients.create_client(
        store,
        ClientInput(
            legal_name=msg("offers.demo.client_name").text(lang),
            legal_form=msg("offers.demo.legal_form").text(lang),
            address_line1=msg("offers.demo.address").text(lang),
            postcode="L-1458",
            city="Luxembourg",
            rcs="B123456",
            vat_number="LU15027442",
            signatory_name="Hélène Müller-Dupont",
            signatory_function=msg("offers.demo.signatory_function").text(lang),
            email="h.muller@oeuvre.lu",
            phone="+352 621 123 456",
            preferred_language=lang,
        ),
    )
    site = clients.add_site(
        store,
        client.id,
        SiteInput(
            label=msg("offers.demo.site_label").text(lang),
            address_line1=msg("offers.demo.address").text(lang),
            postcode="L-1458",
            city="Luxembourg",
        ),
    )
    available = {p.code: p for p in catalogue.search_products(store, limit=1000)}
    chosen = [line for line in DEMO_LINES if line[0] in available]
    if not chosen:
        raise StoreError(msg("offers.demo.no_catalogue"))
    engagements = set.intersection(*(set(available[code].allowed_engagements) for code, *_ in chosen))
    engagement = 36 if 36 in engagements or not engagements else max(engagements)
    today = dt.date.today()
    draft = offers.create_draft(
        store,
        DraftInput(
            client_id=client.id,
            site_id=site.id,
            offer_date=today,
            engagement_months=engagement,
            lines=tuple(
                LineInput(code, qty, Decimal(monthly), Decimal(install))
                for code, qty, monthly, install in chosen
            ),
            required_documents=(
                msg("offers.demo.document_rcs").text(lang),
                msg("offers.demo.document_sepa").text(lang),
            ),
            special_conditions=msg("offers.demo.special_conditions").text(lang),
            client_size=ClientSize.SMALL,
        ),
    )
    offers.present(store, draft.id)
    draft_path = folder / f"{draft.number}-r{draft.revision}-projet.pdf"
    packs.write_pack(store, draft.number, draft.revision, draft_path)
    device = packs.device_description()
    signed = offers.sign(
        store,
        draft.id,
        SignatureInput(
            signer_name="Hélène Müller-Dupont",
            signer_function=msg("offers.demo.signatory_function").text(lang),
            capture=generated_signature("Hélène Müller-Dupont", PointerKind.PEN),
            device=device,
        ),
        "Luxembourg",
        representative=SignatureInput(
            signer_name=rep.name,
            signer_function=rep.function,
            capture=generated_signature(rep.name, PointerKind.PEN),
            device=device,
        ),
    )
    pack_path = folder / f"{signed.number}-r{signed.revision}.pdf"
    written = packs.write_pack(store, signed.number, signed.revision, pack_path)
    check = packs.check_pack(pack_path.read_bytes(), store)
    return DemoResult(
        client_name=client.legal_name,
        offer=signed,
        line_count=len(chosen),
        engagement_months=engagement,
        draft_path=draft_path,
        pack_path=pack_path,
        sha256=written.sha256,
        check=check,
    )
