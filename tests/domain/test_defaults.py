"""A new offer's default documents are written in the offer's language and follow it while untouched."""

from __future__ import annotations

from desktop.domain.defaults import default_documents, documents_in


def test_the_default_documents_exist_in_each_language() -> None:
    french, german, english = (default_documents(lang) for lang in ("fr", "de", "en"))
    assert french[0] == "Extrait du RCS de moins de trois mois"
    assert german[2] == "Unterzeichnetes SEPA-Lastschriftmandat"
    assert english[1] == "Copy of the signatory's identity document"
    assert len(french) == len(german) == len(english) == 3


def test_untouched_defaults_follow_the_language_and_edited_ones_are_kept() -> None:
    assert documents_in("de", default_documents("fr"), "fr") == default_documents("de")
    edited = (*default_documents("fr")[:2], "Statuts de la société")
    assert documents_in("de", edited, "fr") == edited
    assert documents_in("en", (), "fr") == ()
