"""offerdesk demo -o DIR — the whole product at work, without a screen.

On a fresh database (DIR/offerdesk-demo.sqlite3 unless --db), creates a sample client and an
offer from the sample catalogue, writes the draft pack, signs the offer with generated
signatures (client and representative), writes the sealed pack, verifies it, and prints
the paths.
"""

from __future__ import annotations

import argparse
import datetime as dt
from decimal import Decimal
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, fail, os_reason

DB_NAME = "offerdesk-demo.sqlite3"
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


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="DIR", help="folder for the results"
    )
    parser.add_argument(
        "--db", metavar="URL", default=None, help=f"database URL (default: a fresh DIR/{DB_NAME})"
    )


def _fresh_sqlite(folder: Path) -> str:
    from db.engine import sqlite_url

    path = folder / DB_NAME
    for suffix in ("", "-wal", "-shm", "-journal"):  # the demo's own file, from an earlier run
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return sqlite_url(path)


def run(args: argparse.Namespace) -> int:
    folder: Path = args.output
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail(f"impossible de créer {folder} : {os_reason(exc)}")
    if not folder.is_dir():
        return fail(f"{folder} n'est pas un dossier")

    from desktop.domain.errors import DomainError
    from desktop.services.errors import StoreError
    from desktop.services.store import open_store

    url = args.db or _fresh_sqlite(folder)
    try:
        store = open_store(url, backup=False)
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    try:
        return _demo(store, url, folder)
    except (DomainError, StoreError) as exc:
        return fail(f"échec de la démonstration : {exc}", EXIT_FAILURE)
    except OSError as exc:
        return fail(f"échec de la démonstration : {os_reason(exc)}", EXIT_FAILURE)
    finally:
        store.close()


def _demo(store: object, url: str, folder: Path) -> int:
    from db.models import ClientSize
    from desktop.documents.specimen import generated_signature
    from desktop.domain.signature import PointerKind
    from desktop.services import catalogue, clients, offers, packs, settings
    from desktop.services.errors import StoreError
    from desktop.services.store import Store
    from desktop.services.views import (
        ClientInput,
        DraftInput,
        LineInput,
        RepresentativeInput,
        SignatureInput,
        SiteInput,
    )

    assert isinstance(store, Store)
    rep = settings.set_representative(
        store, RepresentativeInput(code="JDU", name="Jean Dupont", function="Chargé de clientèle entreprises")
    )
    client = clients.create_client(
        store,
        ClientInput(
            legal_name="Boulangerie Œuvre & Fils S.à r.l.",
            legal_form="société à responsabilité limitée",
            address_line1="12, rue de l’Église",
            postcode="L-1458",
            city="Luxembourg",
            rcs="B123456",
            vat_number="LU15027442",
            signatory_name="Hélène Müller-Dupont",
            signatory_function="Gérante",
            email="h.muller@oeuvre.lu",
            phone="+352 621 123 456",
        ),
    )
    site = clients.add_site(
        store, client.id, SiteInput(label="Siège et atelier", address_line1="12, rue de l’Église",
                                    postcode="L-1458", city="Luxembourg")
    )  # fmt: skip
    available = {p.code: p for p in catalogue.search_products(store, limit=1000)}
    chosen = [line for line in DEMO_LINES if line[0] in available]
    if not chosen:
        raise StoreError("le catalogue d'exemple n'est pas chargé : aucun produit à proposer")
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
            required_documents=("Extrait RCS de moins de 3 mois", "Mandat de domiciliation SEPA signé"),
            special_conditions="Installation hors heures d’ouverture (après 14 h) sans supplément.",
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
            signer_function="Gérante",
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
    print(f"database:    {url}")
    print(f"client:      {client.legal_name}")
    print(
        f"offer:       {signed.number} revision {signed.revision}, {len(chosen)} lines, "
        f"{engagement} months, status {signed.status.value}"
    )
    print(f"draft pack:  {draft_path}")
    print(f"signed pack: {pack_path}")
    print(f"sha256:      {written.sha256}")
    print(f"seal:        {check.seal.message}")
    print(f"sealed by:   {check.seal.signer_subject}")
    if not check.ok:
        print("verify:      FAILED")
        return EXIT_FAILURE
    print("verify:      OK (seal intact, hash matches the database)")
    return EXIT_OK
