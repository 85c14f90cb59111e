"""The pack in the offer's document language: German and English packs carry their words,
amounts and dates formatted for the language, the statement that the French CGV bind, and a
translated CGV when the company published one (attached before the French text)."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.documents import cgv as cgv_module
from desktop.documents.cgv import CgvDocument, file_stem, load_translation
from desktop.documents.cgv_build import render_json
from desktop.documents.model import PackModel, offer_content_sha256
from desktop.documents.pack import RenderedPack, draft_mark, render_pack
from desktop.domain import formatting as fmt
from desktop.domain.formatting import Lang
from tests.documents.fixtures import sample_model
from tests.documents.pdftext import body_text, page_texts, squeeze
from tests.documents.test_cgv import seed_without_stray_line

VERSION = "2023-09-01"

GERMAN_CGV = """
ALLGEMEINE GESCHÄFTSBEDINGUNGEN (AGB) 01.09.2023

1. GEGENSTAND DER ALLGEMEINEN GESCHÄFTSBEDINGUNGEN

Die Beziehung zwischen der Aktiengesellschaft cegecom s.a. und dem Kunden unterliegt diesen
Allgemeinen Geschäftsbedingungen. Übersetzung zur Information.

2. PREISE

Alle Preise verstehen sich in Euro ohne Mehrwertsteuer. Die Preise werden aufgerundet.
"""


def language_model(lang: Lang, *, signed: bool = True, translation: CgvDocument | None = None) -> PackModel:
    """The sample offer in `lang`, its evidence computed from its own content."""
    base = replace(sample_model(signed=False), language=lang, cgv_translation=translation)
    if not signed:
        return base
    signed_fr = sample_model(signed=True)
    assert signed_fr.evidence is not None
    return replace(
        signed_fr,
        language=lang,
        cgv_translation=translation,
        evidence=replace(
            signed_fr.evidence,
            offer_content_sha256=offer_content_sha256(base),
            cgv_translation_sha256=translation.sha256() if translation is not None else "",
        ),
    )


def joined(pack: RenderedPack, pages: tuple[int, ...]) -> str:
    texts = page_texts(pack.pdf)
    return " ".join(" ".join(texts[p - 1].split()) for p in pages)


@pytest.fixture(scope="module")
def german() -> RenderedPack:
    return render_pack(language_model("de"))


@pytest.fixture(scope="module")
def english() -> RenderedPack:
    return render_pack(language_model("en"))


def test_a_german_pack_speaks_german(german: RenderedPack) -> None:
    offer = joined(german, german.offer_pages)
    for words in (
        "Dienstleistungsangebot — Besondere Bedingungen",
        "DER VERKÄUFER",
        "Gebuchte Leistungen",
        "Anz.",
        "Installationsorte",  # two sites: the plural
        "Verzicht auf die Vertragszusammenfassung (Art. 15 der AGB)",
        "Artikel 113 des Gesetzes vom 17. Dezember 2021",
        "Annahme der Allgemeinen Geschäftsbedingungen",
        "Fassung vom 01.09.2023",
        "„Gelesen und genehmigt“",
        "Geschehen zu Luxembourg, am 26.11.2026 um 14:03, in zweifacher Ausfertigung.",
        "Verbindlich ist die beigefügte französische Fassung.",
        "36 Monate ab dem Datum der Inbetriebnahme",
        "☒ Kleinunternehmen",
        "Summe brutto",
        # money and numbers as de_LU writes them
        "1.080,20 €",
        "42.293,87 € netto",
        "Indexstand 968,04 / Basis 944,43",
    ):
        assert words in offer, words
    for french in ("Lu et approuvé", "Renonciation", "Déclarations du Client", "1 080,20"):
        assert french not in offer, french


def test_an_english_pack_speaks_english(english: RenderedPack) -> None:
    offer = joined(english, english.offer_pages)
    for words in (
        "Offer of services — Special conditions",
        "THE CLIENT",
        "Services ordered",
        "Installation sites",
        "Waiver of the contract summary (art. 15 of the CGV)",
        "article 113 of the law of 17 December 2021",
        "Acceptance of the general terms of sale",
        "“Read and approved”",
        "Done at Luxembourg on 26/11/2026 at 14:03, in two copies.",
        "The CGV are published in French: the attached French version is the one that binds.",
        "36 months from the activation date",
        "☒ small enterprise",
        "Total incl. VAT",
        # money and numbers as en_150 writes them
        "1,080.20 €",
        "42,293.87 € excl. VAT",
        "index 968.04 / base 944.43",
    ):
        assert words in offer, words
    assert "Lu et approuvé" not in offer


@pytest.mark.parametrize(
    ("lang", "header", "page_word", "signed_mark"),
    [
        (
            "de",
            "Angebot OF-2026-JDU-0042 — Revision 2",
            "Seite",
            "Vertrag unterzeichnet — Dokument versiegelt",
        ),
        ("en", "Offer OF-2026-JDU-0042 — revision 2", "page", "Signed contract — sealed document"),
    ],
)
def test_page_furniture_in_the_document_language(
    lang: Lang, header: str, page_word: str, signed_mark: str, german: RenderedPack, english: RenderedPack
) -> None:
    pack = german if lang == "de" else english
    texts = page_texts(pack.pdf)
    for i, text in enumerate(texts, start=1):
        assert header in text
        assert f"{page_word} {i} / {len(texts)}" in text
        assert signed_mark in text
    cgv_header = {"de": "verbindliche französische Fassung", "en": "binding French version"}[lang]
    assert all(cgv_header in texts[p - 1] for p in pack.cgv_pages)


def test_the_pdf_declares_its_document_language(german: RenderedPack, english: RenderedPack) -> None:
    """The catalogue's /Lang (what a screen reader reads the text in) is the document's language:
    the page labels' own language must not take its place on the way to the canvas."""
    assert b"/Lang (de-LU)" in german.pdf
    assert b"/Lang (en-150)" in english.pdf
    assert b"/Lang (fr-LU)" in render_pack(language_model("fr")).pdf


def test_the_evidence_page_names_the_document_language(german: RenderedPack, english: RenderedPack) -> None:
    de = joined(german, german.evidence_pages)
    assert "Nachweisseite der Unterzeichnung" in de
    assert "Dokumentsprache Deutsch (de)" in de
    assert "3 Striche" in de
    assert "26.11.2026 um 14:03:12 (Ortszeit Luxemburg, UTC+01:00)" in de
    en = joined(english, english.evidence_pages)
    assert "Signature evidence page" in en
    assert "Document language English (en)" in en
    assert "handwritten on screen (stylus): 3 strokes" in en
    assert "offerdesk verify FILE.pdf" in en


def test_the_french_cgv_are_attached_unchanged_in_every_language(
    german: RenderedPack, english: RenderedPack
) -> None:
    for pack in (german, english):
        assert pack.cgv_translation_pages == ()
        assert squeeze(body_text(pack.pdf, pack.cgv_pages)) == squeeze(seed_without_stray_line())


def test_a_draft_is_marked_in_its_language() -> None:
    pack = render_pack(language_model("de", signed=False))
    texts = page_texts(pack.pdf)
    assert all(draft_mark("de") in t for t in texts)
    assert draft_mark("de") == "ENTWURF — nicht unterzeichnet"
    assert pack.evidence_pages == ()


def test_the_french_pack_says_nothing_about_which_version_binds() -> None:
    pack = render_pack(sample_model(signed=True))
    text = joined(pack, pack.offer_pages)
    assert "fait foi" not in text
    assert "Langue du document français (fr)" in joined(pack, pack.evidence_pages)


def test_the_language_is_part_of_the_offer_content() -> None:
    french = sample_model(signed=False)
    assert offer_content_sha256(french) != offer_content_sha256(replace(french, language="de"))


# --- a translated CGV -----------------------------------------------------------------------


def write_translation(folder: Path, lang: str = "de", with_json: bool = True) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    text = folder / f"{file_stem(VERSION, lang)}.txt"
    text.write_text(GERMAN_CGV, encoding="utf-8")
    if with_json:
        from desktop.documents.cgv_build import parse_seed

        (folder / f"{file_stem(VERSION, lang)}.json").write_text(
            render_json(parse_seed(GERMAN_CGV, VERSION)), encoding="utf-8"
        )
    return folder


@pytest.mark.parametrize("with_json", [True, False])
def test_a_translation_in_the_resources_is_picked_up(tmp_path: Path, with_json: bool) -> None:
    folder = write_translation(tmp_path / "cgv", with_json=with_json)
    found = load_translation(VERSION, "de", folder)
    assert found is not None
    assert found.version == VERSION
    assert found.title == "ALLGEMEINE GESCHÄFTSBEDINGUNGEN (AGB) 01.09.2023"
    assert [a.heading for a in found.articles] == [
        "1. GEGENSTAND DER ALLGEMEINEN GESCHÄFTSBEDINGUNGEN",
        "2. PREISE",
    ]
    assert load_translation(VERSION, "en", folder) is None  # no English one
    assert load_translation(VERSION, "fr", folder) is None  # French is the original
    assert load_translation("2030-01-01", "de", folder) is None  # no translation of that version


def test_a_translation_of_another_version_is_left_out(tmp_path: Path) -> None:
    folder = write_translation(tmp_path / "cgv")
    other = folder / f"{file_stem('2030-01-01', 'de')}.json"
    other.write_text((folder / f"{file_stem(VERSION, 'de')}.json").read_text(encoding="utf-8"))
    assert load_translation("2030-01-01", "de", folder) is None


@pytest.mark.parametrize(
    ("suffix", "content"),
    [("txt", ""), ("txt", "\n\n"), ("json", "[" * 100_000), ("json", "{"), ("json", "[1]")],
    ids=["empty-text", "blank-text", "json-too-deep", "json-cut", "json-list"],
)
def test_a_damaged_translation_is_left_out(tmp_path: Path, suffix: str, content: str) -> None:
    """A zero-byte cgv-<version>.de.txt dropped into resources: the German pack attaches the
    French text only (which binds), it does not fail."""
    folder = tmp_path / "cgv"
    folder.mkdir()
    (folder / f"{file_stem(VERSION, 'de')}.{suffix}").write_text(content, encoding="utf-8")
    assert load_translation(VERSION, "de", folder) is None


def test_the_shipped_resources_hold_no_translation_today() -> None:
    assert load_translation(VERSION, "de") is None
    assert load_translation(VERSION, "en") is None


def test_a_pack_with_a_translation_attaches_it_and_the_french_text(tmp_path: Path) -> None:
    translation = load_translation(VERSION, "de", write_translation(tmp_path / "cgv"))
    assert translation is not None
    pack = render_pack(language_model("de", translation=translation))
    assert pack.cgv_translation_pages == (3,)
    assert pack.cgv_pages[0] == 4
    assert pack.evidence_pages == (pack.page_count,)
    translated = joined(pack, pack.cgv_translation_pages)
    assert "ALLGEMEINE GESCHÄFTSBEDINGUNGEN (AGB) 01.09.2023" in translated
    assert "Übersetzung der AGB, zur Information — Fassung vom 01.09.2023" in translated
    # the French text, which binds, follows complete and unchanged
    assert squeeze(body_text(pack.pdf, pack.cgv_pages)) == squeeze(seed_without_stray_line())
    offer = joined(pack, pack.offer_pages)
    assert (
        "Eine Übersetzung der AGB (Sprache: Deutsch) ist zur Information beigefügt; verbindlich ist "
        "allein die ebenfalls beigefügte französische Fassung." in offer
    )
    evidence = joined(pack, pack.evidence_pages)
    assert f"Übersetzung der AGB (Deutsch) {translation.sha256()}" in evidence


def test_the_cgv_folder_is_where_the_loader_looks(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = write_translation(tmp_path / "resources" / "cgv", lang="en")
    monkeypatch.setattr(cgv_module, "cgv_folder", lambda: folder)
    assert load_translation(VERSION, "en") is not None


def test_formatting_helpers_agree_with_the_pack() -> None:
    # the amounts asserted above are the formatting module's, not written by hand in the code
    assert fmt.money(Decimal("1080.20"), "de") == "1.080,20\u00a0€"
    assert fmt.money(Decimal("1080.20"), "en") == "1,080.20\u00a0€"
    assert fmt.date(dt.date(2026, 11, 26), "de") == "26.11.2026"


def test_a_german_pack_seals_and_verifies(
    german: RenderedPack, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.documents import seal
    from desktop.documents.seal import SealConfig, seal_pdf
    from desktop.documents.seal_verify import verify_pdf

    monkeypatch.setenv(seal.DATA_DIR_ENV, str(tmp_path / "data"))
    # the seal's reason is read back by `verify` to name the offer: the same in every language
    sealed, _ = seal_pdf(german.pdf, SealConfig(), "Contrat OF-2026-JDU-0042 révision 2", "Luxembourg")
    result = verify_pdf(sealed)
    assert result.ok, result.message
    assert result.intact
    assert result.offer_number == "OF-2026-JDU-0042"
    assert result.revision == 2
    tampered = bytearray(sealed)
    tampered[len(sealed) // 3] ^= 0x01
    assert not verify_pdf(bytes(tampered)).ok
