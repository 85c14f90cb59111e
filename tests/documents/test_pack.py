"""The rendered pack: every section and figure is there, the CGV complete, the draft marked."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from desktop.documents.model import PackModel
from desktop.documents.pack import RenderedPack, draft_mark, render_pack
from desktop.domain import formatting as fmt
from tests.documents.fixtures import sample_model
from tests.documents.pdftext import body_text, normalise, page_texts, reader, squeeze
from tests.documents.test_cgv import seed_without_stray_line

DRAFT_MARK = draft_mark("fr")


@pytest.fixture(scope="module")
def signed_model() -> PackModel:
    return sample_model(signed=True)


@pytest.fixture(scope="module")
def signed(signed_model: PackModel) -> RenderedPack:
    return render_pack(signed_model)


@pytest.fixture(scope="module")
def draft() -> RenderedPack:
    return render_pack(sample_model(signed=False))


def offer_text(pack: RenderedPack) -> str:
    texts = page_texts(pack.pdf)
    return " ".join(" ".join(texts[p - 1].split()) for p in pack.offer_pages)


def test_page_sequence_offer_cgv_evidence(signed: RenderedPack) -> None:
    assert signed.offer_pages == (1, 2)
    assert signed.cgv_pages == tuple(range(3, signed.page_count))
    assert len(signed.cgv_pages) >= 3
    assert signed.evidence_pages == (signed.page_count,)
    assert len(reader(signed.pdf).pages) == signed.page_count


def test_every_page_carries_offer_number_revision_and_page_x_of_y(signed: RenderedPack) -> None:
    texts = page_texts(signed.pdf)
    for i, text in enumerate(texts, start=1):
        assert "Offre OF-2026-JDU-0042 — révision 2" in text
        assert f"page {i} / {len(texts)}" in text
        assert DRAFT_MARK not in text


def test_cgv_pages_hold_exactly_the_seed_words(signed: RenderedPack) -> None:
    assert squeeze(body_text(signed.pdf, signed.cgv_pages)) == squeeze(seed_without_stray_line())


def test_draft_cgv_pages_hold_exactly_the_seed_words_too(draft: RenderedPack) -> None:
    assert squeeze(body_text(draft.pdf, draft.cgv_pages)) == squeeze(seed_without_stray_line())


def test_draft_is_marked_on_every_page_and_has_no_evidence_page(draft: RenderedPack) -> None:
    texts = page_texts(draft.pdf)
    assert draft.evidence_pages == ()
    assert all(DRAFT_MARK in t for t in texts)
    assert DRAFT_MARK == "PROJET — non signé"
    assert not any("Page de preuve" in t for t in texts)
    assert "Fait à ______" in offer_text(draft)


def test_parties_and_offer_meta(signed: RenderedPack) -> None:
    text = offer_text(signed)
    for expected in (
        "Offre de services — Conditions particulières",
        "cegecom s.a.",
        "3, rue Jean Piret",
        "L-2350 Luxembourg",
        "RCS Luxembourg B.65734",
        "Boulangerie Œuvre & Fils S.à r.l.",
        "société à responsabilité limitée",
        "12, rue de l’Église",
        "L-1458 Luxembourg",
        "RCS B123456",
        "TVA LU15027442",
        "Signataire : Hélène Müller-Dupont, Gérante",
        "Dépôt — 5, zone industrielle, L-3895 Foetz",
        "OF-2026-JDU-0042",
        "26/11/2026",
        "26/12/2026",
        "CGV 01.09.2023",
    ):
        assert expected in text, expected


def test_services_table_lines_and_amounts(signed: RenderedPack, signed_model: PackModel) -> None:
    text = offer_text(signed)
    for priced, description in zip(signed_model.priced.lines, signed_model.descriptions, strict=True):
        assert priced.line.code in text
        assert description.split()[0] in text
        assert fmt.money(priced.monthly_ht).replace("\u202f", " ").replace("\xa0", " ") in text
        assert normalise(fmt.money(priced.installation_ht)) in text
    # the domain's worked example: 629.62 indexed at 968.04 / 944.43 is 645.36
    assert "645,36 €" in text
    assert "1 107,00 €" in text  # 6 x 184.50
    assert "100 %" in text
    assert "15 %" in text


def test_totals_per_vat_rate_and_contract_value(signed: RenderedPack, signed_model: PackModel) -> None:
    text = offer_text(signed)
    p = signed_model.priced
    assert re.search(r"Total HT " + re.escape(normalise(fmt.money(p.monthly.ht))), text)
    assert "TVA 17 %" in text
    assert "TVA 3 %" in text
    for totals in (p.monthly, p.installation):
        assert normalise(fmt.money(totals.ttc)) in text
        for v in totals.by_rate:
            assert normalise(fmt.money(v.vat)) in text
    assert "Frais d'installation indexés : cote 968,04 / base 944,43" in text
    assert normalise(fmt.money(signed_model.nominal_contract_value)) + " HT" in text


def test_conditions_declarations_and_signature_block(signed: RenderedPack) -> None:
    text = offer_text(signed)
    for expected in (
        "36 mois à compter de la date de mise en service",
        "reconduit tacitement par périodes de 12 mois",
        "lettre recommandée avec accusé de réception, reçue au plus tard trois mois avant le terme",
        "30 jours à compter de la réception du contrat dûment signé",
        "Factures payables à 30 jours",
        "Extrait RCS de moins de 3 mois",
        "Installation hors heures d’ouverture",
        "Renonciation au récapitulatif contractuel (art. 15 des CGV)",
        "l'article 113 de la loi du 17 décembre 2021",
        "☒ petite entreprise",
        "☐ microentreprise",
        "« CGV 01.09.2023 », version du 01/09/2023",
        "Fait à Luxembourg, le 26/11/2026 à 14:03",
        "« Lu et approuvé »",
        "Pour le Client",
        "Pour cegecom s.a.",
        "Nom : Jean Dupont",
        "Fonction : Chargé de clientèle entreprises",
    ):
        assert expected in text, expected


def test_calendar_dates_once_activation_is_known() -> None:
    import datetime as dt

    pack = render_pack(sample_model(signed=False, activation=dt.date(2026, 3, 15)))
    text = offer_text(pack)
    assert "terme : 31/03/2029" in text
    assert "au plus tard le 31/12/2028" in text


def test_evidence_page(signed: RenderedPack, signed_model: PackModel) -> None:
    text = " ".join(page_texts(signed.pdf)[signed.evidence_pages[0] - 1].split())
    ev = signed_model.evidence
    assert ev is not None
    for expected in (
        "Page de preuve de la signature",
        "Hélène Müller-Dupont, Gérante",
        "Jean Dupont, Chargé de clientèle entreprises",
        "26/11/2026 à 14:03:12 (heure de Luxembourg, UTC+01:00)",
        "26/11/2026 à 13:03:12 UTC",
        "stylet",
        "3 traits",
        "Laptop LU-0042 (Linux x86_64)",
        "OfferDesk 0.1.0",
        ev.offer_content_sha256,
        ev.cgv_sha256,
        "1234",
        "offer.sign",
    ):
        assert expected in text, expected


def test_same_model_same_bytes(signed: RenderedPack, signed_model: PackModel) -> None:
    assert render_pack(signed_model).pdf == signed.pdf


def test_fonts_are_embedded_and_no_base14_font_is_used(signed: RenderedPack) -> None:
    fonts = {}
    for page in reader(signed.pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts[font["/BaseFont"]] = font
    assert fonts
    for name, font in fonts.items():
        assert font["/Subtype"] == "/TrueType", name  # a TTF subset, never a base-14 font
        assert "DejaVuSans" in name
        assert "/FontFile2" in font["/FontDescriptor"].get_object(), name
        assert "/ToUnicode" in font, name  # text can be extracted and searched


def test_signatures_are_vector_paths_not_images(signed: RenderedPack) -> None:
    page = reader(signed.pdf).pages[1]
    xobjects = page["/Resources"].get("/XObject", {})
    assert not xobjects
    content = page.get_contents().get_data().decode("latin-1")
    # three strokes per signature, two signatures: many line segments, stroked with round caps
    assert content.count(" l\n") + content.count(" l ") > 500
    assert "1 J" in content


def test_the_cached_cgv_layout_gives_the_same_bytes_as_a_fresh_one() -> None:
    from dataclasses import replace

    from desktop.documents import pack
    from desktop.domain.pricing import price_offer

    small = sample_model(signed=True)
    lines = tuple(p.line for p in small.priced.lines) * 4  # 40 lines: the offer takes more pages
    big = replace(
        small,
        priced=price_offer(lines, small.priced.cote, small.priced.reference),
        descriptions=small.descriptions * 4,
    )
    pack.clear_layout_cache()
    fresh = render_pack(big)
    pack.clear_layout_cache()
    render_pack(small)  # the CGV layout is now cached from a pack with fewer offer pages
    cached = render_pack(big)
    assert cached.pdf == fresh.pdf
    assert cached.cgv_pages[0] > 3
    assert squeeze(body_text(cached.pdf, cached.cgv_pages)) == squeeze(seed_without_stray_line())


GOLDEN = Path(__file__).parent / "golden" / "sample-offer-pages.txt"


def test_offer_pages_text_matches_the_golden_file(signed: RenderedPack) -> None:
    """The same signed offer always yields the same offer pages (invariant mode).

    After a deliberate layout change: OFFERDESK_UPDATE_GOLDEN=1 pytest tests/documents
    """
    texts = page_texts(signed.pdf)
    text = "\n\f\n".join(texts[p - 1] for p in signed.offer_pages)
    if os.environ.get("OFFERDESK_UPDATE_GOLDEN"):
        GOLDEN.write_text(text, encoding="utf-8")
    assert text == GOLDEN.read_text(encoding="utf-8")


def test_the_fonts_cover_every_character_of_the_cgv_and_of_the_offer(signed_model: PackModel) -> None:
    from reportlab.pdfbase.pdfmetrics import getFont

    from desktop.documents import styles

    styles.register_fonts()
    used = set(signed_model.cgv.plain_text()) | set("éèôœ«»’€☐☒—•–×")
    used -= {"\n"}
    for name in (styles.SANS, styles.SANS_BOLD, styles.COND, styles.COND_BOLD):
        cmap = getFont(name).face.charToGlyph
        missing = sorted(c for c in used if ord(c) not in cmap)
        assert not missing, (name, missing)
