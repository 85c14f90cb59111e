"""The structured CGV holds exactly the seed's words, with its structure restored."""

from __future__ import annotations

import re

import pytest

from desktop.documents.cgv import CgvDocument, load_cgv
from desktop.documents.cgv_build import build, json_path, parse_seed, seed_path

VERSION = "2023-09-01"
STRAY_URL = "https://cegecom.lu/fr/informationsgenerales/rgpd"


def seed_text() -> str:
    return seed_path(VERSION).read_text(encoding="utf-8")


def seed_without_stray_line() -> str:
    """The seed minus the one stray URL line (a whole line; the same URL inside art. 22 stays)."""
    lines = seed_text().splitlines()
    stray = [i for i, line in enumerate(lines) if line.strip() == STRAY_URL]
    assert len(stray) == 1, "the seed has exactly one stray URL line"
    del lines[stray[0]]
    return "\n".join(lines)


def squeeze(text: str) -> str:
    return "".join(text.split())


def seed_words() -> list[str]:
    # a word broken at a hyphen at a line end ("non-|exécution") is one word once re-joined
    return re.sub(r"(?<=\w-)[ \t]*\n\s*", "", seed_without_stray_line()).split()


@pytest.fixture(scope="module")
def cgv() -> CgvDocument:
    return load_cgv(json_path(VERSION))


def test_shipped_json_is_what_the_build_script_derives_from_the_seed() -> None:
    assert json_path(VERSION).read_text(encoding="utf-8") == build(VERSION)


def test_characters_equal_the_seed_ignoring_whitespace_and_the_stray_url_line(cgv: CgvDocument) -> None:
    assert squeeze(cgv.plain_text()) == squeeze(seed_without_stray_line())


def test_word_sequence_equals_the_seed(cgv: CgvDocument) -> None:
    assert cgv.words() == seed_words()


def test_only_the_stray_url_line_is_omitted(cgv: CgvDocument) -> None:
    assert cgv.omitted_lines == (STRAY_URL,)
    art22 = next(a for a in cgv.articles if a.number == "22")
    assert STRAY_URL in art22.blocks[0].text


def test_articles_numbered_1_to_24_with_titles(cgv: CgvDocument) -> None:
    assert [a.number for a in cgv.articles] == [str(n) for n in range(1, 25)]
    assert cgv.articles[1].title == "PRIX"
    assert cgv.articles[17].title == "EXCEPTION D’INEXÉCUTION : LA SUSPENSION DU CONTRAT"
    assert cgv.title == "CONDITIONS GÉNÉRALES DE VENTE (CGV) 01.09.2023"


def test_numbered_sub_clauses(cgv: CgvDocument) -> None:
    numbers = [b.number for a in cgv.articles for b in a.blocks if b.number]
    assert numbers == ["3.1", "3.2", "3.3", "13.1", "13.2", "13.3", "13.4", "13.5", "23.1", "23.2", "23.3"]


def test_page_break_gaps_are_rejoined_mid_sentence(cgv: CgvDocument) -> None:
    text = {a.number: " ".join(b.text for b in a.blocks if b.text) for a in cgv.articles}
    assert "A ce titre, le Client s'engage à indemniser" in text["6"]
    assert "Client qui sera présumé avoir renoncé" in text["13"]
    assert len(cgv.articles[5].blocks) == 1  # art. 6 is one paragraph
    assert "non-exécution, de mauvaise exécution" in text["18"]
    assert "l’une quelconque de ses obligations en vertu du Contrat" in text["18"]
    assert "affectant directement ou indirectement les activités" in text["23"]
    assert "sont opposables au Client sans notification préalable" in text["23"]
    assert "dommages-intérêts vis-à-vis du Client" in text["20"]


def test_bullet_lists_and_subheadings(cgv: CgvDocument) -> None:
    art17 = cgv.articles[16]
    lists = [b for b in art17.blocks if b.kind == "bullets"]
    assert len(lists) == 1
    assert len(lists[0].items) == 14
    assert lists[0].items[0] == (
        "En cas de résiliation du Contrat, due au manquement par le Client à l’une quelconque "
        "de ses obligations découlant du Contrat ou des présentes CGV ;"
    )
    art19 = cgv.articles[18]
    assert [b.text for b in art19.blocks if b.kind == "subheading"] == [
        "Résiliation par cegecom s.a.",
        "Résiliation par le Client",
    ]
    assert [len(b.items) for b in art19.blocks if b.kind == "bullets"] == [4]
    # the paragraph after the list is not swallowed by the last item
    assert art19.blocks[4].text.startswith("Le Contrat est résilié de plein droit")


def test_hard_line_breaks_that_end_a_sentence_stay_paragraphs(cgv: CgvDocument) -> None:
    assert cgv.articles[1].blocks[0].text == "Tous les prix sont exprimés en €, hors T.V.A."
    assert cgv.articles[23].blocks[0].text == "Le Contrat est soumis au seul droit luxembourgeois."


def test_a_changed_seed_word_changes_the_structure() -> None:
    changed = parse_seed(seed_text().replace("trente (30) jours", "trente (31) jours"), VERSION)
    assert squeeze(changed.plain_text()) != squeeze(seed_without_stray_line())


def test_round_trip_json(cgv: CgvDocument) -> None:
    assert CgvDocument.from_json(cgv.to_json()) == cgv
