"""An offer's document language: the client's preferred language by default, chosen on the
draft, kept by revisions and duplicates, frozen once signed; the pack speaks it."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

import pytest

from desktop import i18n
from desktop.documents import cgv as cgv_module
from desktop.domain.errors import FieldError
from desktop.domain.views import ClientInput
from desktop.services import clients, offers, packs
from desktop.services.errors import OfferStateError
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signer
from tests.documents.pdftext import page_texts
from tests.documents.test_pack_languages import write_translation


def _client_input(store: Store, client_id: int, **changes: object) -> ClientInput:
    view = clients.get_client(store, client_id)
    data = ClientInput(
        legal_name=view.legal_name,
        legal_form=view.legal_form,
        address_line1=view.address_line1,
        postcode=view.postcode,
        city=view.city,
        rcs=view.rcs,
        vat_number=view.vat_number,
        signatory_name=view.signatory_name,
        signatory_function=view.signatory_function,
        preferred_language=view.preferred_language,
    )
    return replace(data, **changes)  # type: ignore[arg-type]


def test_a_client_prefers_french_unless_told_otherwise(store: Store) -> None:
    client_id = setup(store)
    assert clients.get_client(store, client_id).preferred_language == "fr"
    updated = clients.update_client(
        store, client_id, _client_input(store, client_id, preferred_language="de")
    )
    assert updated.preferred_language == "de"
    assert clients.get_client(store, client_id).preferred_language == "de"
    assert clients.search_clients(store, "Schmit")[0].preferred_language == "de"
    created = clients.create_client(store, ClientInput(legal_name="Acme S.A.", preferred_language="en"))
    assert clients.get_client(store, created.id).preferred_language == "en"


def test_an_unknown_language_is_a_field_error(store: Store) -> None:
    client_id = setup(store)
    with pytest.raises(FieldError) as error:
        clients.update_client(store, client_id, _client_input(store, client_id, preferred_language="it"))
    assert error.value.field == "preferred_language"
    assert error.value.message.id == "pack.language.unknown"
    assert error.value.message.params["language"] == "it"
    assert clients.get_client(store, client_id).preferred_language == "fr"
    with pytest.raises(FieldError) as error:
        offers.create_draft(store, draft_input(client_id, document_language="xx"))
    assert error.value.field == "document_language"


def test_the_unknown_language_message_in_three_languages() -> None:
    message = FieldError(
        "x", i18n.Message("pack.language.unknown", {"language": "it", "languages": ["fr", "de", "en"]})
    )
    assert i18n.render(message.message, "fr") == (
        "« it » n'est pas une langue de document reconnue : choisissez parmi fr, de et en"
    )
    assert (
        i18n.render(message.message, "de")
        == "„it“ ist keine bekannte Dokumentsprache: wählen Sie aus fr, de und en"
    )
    assert (
        i18n.render(message.message, "en")
        == "“it” is not a known document language: choose from fr, de and en"
    )


def test_a_new_draft_takes_the_clients_language_and_keeps_its_own(store: Store) -> None:
    client_id = setup(store)
    clients.update_client(store, client_id, _client_input(store, client_id, preferred_language="de"))
    draft = offers.create_draft(store, draft_input(client_id))
    assert draft.document_language == "de"
    # saved again without a language (a command): the draft keeps its own
    again = offers.update_draft(store, draft.id, draft_input(client_id))
    assert again.document_language == "de"
    # the representative chooses another one
    chosen = offers.update_draft(store, draft.id, draft_input(client_id, document_language="en"))
    assert chosen.document_language == "en"
    assert offers.get_offer(store, draft.id).document_language == "en"
    # the client's later change of preference does not touch an existing draft
    clients.update_client(store, client_id, _client_input(store, client_id, preferred_language="fr"))
    assert offers.get_offer(store, draft.id).document_language == "en"
    explicit = offers.create_draft(store, draft_input(client_id, document_language="de"))
    assert explicit.document_language == "de"


def test_changing_the_language_of_a_presented_offer_is_a_new_revision(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id, document_language="de"))
    presented = offers.present(store, draft.id)
    with pytest.raises(OfferStateError):
        offers.update_draft(store, presented.id, draft_input(client_id, document_language="en"))
    assert offers.get_offer(store, presented.id).document_language == "de"
    revision = offers.new_revision(store, presented.id)
    assert revision.revision == 2
    assert revision.document_language == "de"  # a revision starts from the offer as it was
    changed = offers.update_draft(store, revision.id, draft_input(client_id, document_language="en"))
    assert changed.document_language == "en"
    assert offers.get_offer(store, presented.id).document_language == "de"
    duplicate = offers.duplicate(store, changed.id)
    assert duplicate.document_language == "en"


def test_a_signed_offer_keeps_its_language(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id, document_language="en"))
    offers.present(store, draft.id)
    signed = offers.sign(
        store,
        draft.id,
        signer(),
        "Luxembourg",
        representative=signer("Jean Dupont"),
        at=dt.datetime(2026, 3, 3, 10, 30, tzinfo=dt.UTC),
    )
    assert signed.document_language == "en"
    # the client's data is frozen with the offer, its preferred language with it
    assert signed.client.preferred_language == "fr"
    with pytest.raises(OfferStateError):
        offers.update_draft(store, signed.id, draft_input(client_id, document_language="de"))
    pack = packs.pack_bytes(store, signed.number)
    texts = page_texts(pack.pdf)
    assert "“Read and approved”" in texts[1] or "“Read and approved”" in texts[0]
    assert "Document language" in texts[-1]
    assert "English (en)" in texts[-1]
    assert packs.check_pack(pack.pdf, store).ok


def test_a_german_draft_pack_from_the_services(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id, document_language="de"))
    pack = packs.pack_bytes(store, draft.number)
    text = " ".join(" ".join(t.split()) for t in page_texts(pack.pdf))
    assert "Dienstleistungsangebot — Besondere Bedingungen" in text
    assert "ENTWURF — nicht unterzeichnet" in text
    assert "Verbindlich ist die beigefügte französische Fassung." in text


def test_a_published_translation_is_attached_to_a_pack_in_its_language(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = write_translation(tmp_path / "resources" / "cgv", lang="de")
    monkeypatch.setattr(cgv_module, "cgv_folder", lambda: folder)
    client_id = setup(store)
    german = offers.create_draft(store, draft_input(client_id, document_language="de"))
    pack = packs.pack_bytes(store, german.number)
    texts = [" ".join(t.split()) for t in page_texts(pack.pdf)]
    first = pack.cgv_pages[0]  # the CGV begin with the translation (signing mode's « CGV » button)
    assert "ALLGEMEINE GESCHÄFTSBEDINGUNGEN (AGB) 01.09.2023" in texts[first - 1]
    assert any("CONDITIONS GÉNÉRALES DE VENTE (CGV)" in texts[p - 1] for p in pack.cgv_pages[1:])
    english = offers.create_draft(store, draft_input(client_id, document_language="en"))
    english_pack = packs.pack_bytes(store, english.number)
    assert not any("ALLGEMEINE" in t for t in page_texts(english_pack.pdf))
