"""A sample contract pack model: a 10-line offer of cegecom s.a. to a Luxembourg company."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal

from desktop.documents.cgv import load_cgv
from desktop.documents.cgv_build import json_path
from desktop.documents.model import (
    AuditRecord,
    ClientParty,
    Evidence,
    InstallationSite,
    OfferMeta,
    OfferTerms,
    PackModel,
    Person,
    SignedBy,
    offer_content_sha256,
)
from desktop.documents.specimen import generated_signature
from desktop.domain.pricing import OfferLine, price_offer
from desktop.domain.views import Address, CompanyInput
from desktop.domain.vocabulary import ClientSize

D = Decimal
SIGNED_AT = dt.datetime(2026, 11, 26, 13, 3, 12, tzinfo=dt.UTC)

LINES = (
    ("FIB-1000", "Fibre Business 1 Gbit/s symétrique", 1, "249.00", "629.62", True, "0", "0"),
    ("FIB-BKP", "Accès de secours 5G avec bascule automatique", 1, "59.00", "100.00", True, "0", "100"),
    ("IP-8", "Bloc de 8 adresses IPv4 fixes", 1, "25.00", "0.00", False, "0", "0"),
    ("SIP-TRK", "Trunk SIP 30 canaux", 1, "120.00", "250.00", True, "10", "0"),
    ("SIP-NUM", "Numéros géographiques (tranche de 10)", 3, "9.90", "15.00", False, "0", "0"),
    ("PBX-SEAT", "Poste PBX hébergé « Confort » avec messagerie", 24, "12.50", "35.00", True, "15", "50"),
    ("WIFI-AP", "Borne Wi-Fi gérée intérieure", 6, "14.00", "180.00", True, "0", "0"),
    ("COLO-1U", "Colocation 1U, alimentation redondante", 2, "85.00", "300.00", True, "5", "0"),
    ("XCON", "Cross-connect fibre en salle d’hébergement", 2, "45.00", "150.00", True, "0", "0"),
    ("TV-BIZ", "Télévision d’accueil (bouquet professionnel)", 1, "19.00", "0.00", False, "0", "0"),
)


def sample_model(signed: bool = True, activation: dt.date | None = None) -> PackModel:
    lines = tuple(
        OfferLine(
            description=name,
            quantity=qty,
            unit_monthly=D(m),
            unit_installation=D(i),
            installation_indexed=idx,
            vat_rate=D(3) if code == "TV-BIZ" else D(17),
            monthly_discount=D(md),
            installation_discount=D(idd),
            code=code,
        )
        for code, name, qty, m, i, idx, md, idd in LINES
    )
    priced = price_offer(lines, D("968.04"), D("944.43"))
    cgv = load_cgv(json_path("2023-09-01"))
    model = PackModel(
        seller=CompanyInput(
            legal_name="cegecom s.a.",
            legal_form="société anonyme",
            address_line1="3, rue Jean Piret",
            postcode="2350",
            city="Luxembourg",
            rcs="B.65734",
            vat_number="LU16334712",
            phone="+352 26 499 1",
            email="sales@cegecom.lu",
            website="www.cegecom.lu",
        ),
        client=ClientParty(
            legal_name="Boulangerie Œuvre & Fils S.à r.l.",
            legal_form="société à responsabilité limitée",
            address=Address("12, rue de l’Église", "1458", "Luxembourg"),
            rcs="B123456",
            vat_number="LU15027442",
            signatory_name="Hélène Müller-Dupont",
            signatory_function="Gérante",
            email="h.muller@oeuvre.lu",
            phone="+352 621 123 456",
        ),
        sites=(
            InstallationSite("Siège et atelier", Address("12, rue de l’Église", "1458", "Luxembourg")),
            InstallationSite("Dépôt", Address("5, zone industrielle", "3895", "Foetz")),
        ),
        representative=Person("Jean Dupont", "Chargé de clientèle entreprises"),
        meta=OfferMeta(
            number="OF-2026-JDU-0042",
            revision=2,
            offer_date=dt.date(2026, 11, 26),
            validity_date=dt.date(2026, 12, 26),
            cgv_label="CGV 01.09.2023",
            cgv_date=dt.date(2023, 9, 1),
        ),
        terms=OfferTerms(
            engagement_months=36,
            renewal_months=12,
            lead_time_days=30,
            payment_term_days=30,
            required_documents=("Extrait RCS de moins de 3 mois", "Mandat de domiciliation SEPA signé"),
            special_conditions="Installation hors heures d’ouverture (après 14 h) sans supplément.",
            activation_date=activation,
        ),
        priced=priced,
        descriptions=tuple(name for _, name, *_ in LINES),
        client_size=ClientSize.SMALL,
        cgv=cgv,
    )
    if not signed:
        return model
    client_sig = SignedBy(
        name="Hélène Müller-Dupont",
        function="Gérante",
        signed_at=SIGNED_AT,
        place="Luxembourg",
        capture=generated_signature("Hélène Müller-Dupont"),
        device="Laptop LU-0042 (Linux x86_64)",
    )
    rep_sig = replace(
        client_sig,
        name="Jean Dupont",
        function="Chargé de clientèle entreprises",
        capture=generated_signature("Jean Dupont"),
    )
    return replace(
        model,
        client_signature=client_sig,
        representative_signature=rep_sig,
        evidence=Evidence(
            device="Laptop LU-0042 (Linux x86_64)",
            app_version="0.1.0",
            offer_content_sha256=offer_content_sha256(model),
            cgv_sha256=cgv.sha256(),
            audit=AuditRecord(
                seq=1234,
                at=SIGNED_AT,
                actor="JDU",
                action="offer.sign",
                entry_hash="a" * 64,
                prev_hash="b" * 64,
            ),
        ),
    )
