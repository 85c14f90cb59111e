"""The client's preferred language (new-client form) and the offer's document language (terms
panel): shown by their own names, saved, read back, undoable; the client's is the default."""

from __future__ import annotations

import dataclasses
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.views import ClientInput
from desktop.services.store import Store
from desktop.ui.backend import ServicesBackend
from desktop.ui.editor.client_panel import NewClientForm
from desktop.ui.editor.offer_editor import OfferEditor
from desktop.ui.ports import DraftLine
from tests.db import factories
from tests.db.fixtures import new_sqlite_store


def _names(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


@pytest.fixture
def editor(qtbot, backend, dialogs):
    widget = OfferEditor(backend, dialogs)
    qtbot.addWidget(widget, before_close_func=lambda w: w.undo_stack.setClean())
    widget.resize(1300, 800)
    widget.show()
    return widget


def test_the_new_client_form_records_the_preferred_language(qtbot, backend) -> None:
    form = NewClientForm(backend)
    qtbot.addWidget(form)
    assert _names(form.language) == ["Français", "Deutsch", "English"]
    assert form.language.currentData() == "fr"
    form.start("Müller Bau GmbH")
    form.language.setCurrentIndex(form.language.findData("de"))
    with qtbot.waitSignal(form.created) as created:
        form.create_client()
    client = created.args[0]
    assert client.preferred_language == "de"
    assert backend.clients[client.id].preferred_language == "de"
    assert form.language.currentData() == "fr"  # the next starts from the interface's language again
    assert form.language in form.focus_chain()


def test_a_new_client_starts_in_the_interfaces_language(qtbot, backend) -> None:
    from desktop import i18n

    i18n.set_language("de")  # the conftest puts French back after the test
    form = NewClientForm(backend)
    qtbot.addWidget(form)
    assert form.language.currentData() == "de"
    form.start("Müller Bau GmbH")
    with qtbot.waitSignal(form.created) as created:
        form.create_client()
    assert created.args[0].preferred_language == "de"
    assert form.language.currentData() == "de"  # and so does the next one


def test_choosing_a_client_gives_a_new_draft_its_language_and_the_choice_is_undoable(editor, backend) -> None:
    combo = editor.terms.language
    assert _names(combo) == ["Français", "Deutsch", "English"]
    german = dataclasses.replace(backend.clients[1], preferred_language="de")
    backend.clients[1] = german
    editor.client_panel.set_client(german)
    editor.client_panel.client_chosen.emit(german)
    assert editor.draft.document_language == "de"
    assert combo.currentData() == "de"
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert editor.draft.document_language == "en"
    editor.undo_stack.undo()
    assert editor.draft.document_language == "de"
    assert combo.currentData() == "de"
    # another client chosen later does not override the language the draft has
    editor.client_panel.client_chosen.emit(backend.clients[2])
    assert editor.draft.document_language == "de"


def test_the_default_documents_follow_the_document_language_until_edited(editor, backend) -> None:
    from desktop.domain.defaults import default_documents

    editor.load(backend.new_draft(factories.OFFER_DATE))
    assert editor.draft.required_documents == default_documents("fr")
    german = dataclasses.replace(backend.clients[1], preferred_language="de")
    editor.client_panel.client_chosen.emit(german)
    assert editor.draft.required_documents == default_documents("de")
    assert editor.terms.documents.toPlainText().splitlines() == list(default_documents("de"))
    editor.undo_stack.undo()
    assert editor.draft.required_documents == default_documents("fr")
    editor.undo_stack.redo()
    editor.terms.documents.setPlainText("Handelsregisterauszug")
    combo = editor.terms.language
    combo.setCurrentIndex(combo.findData("en"))
    combo.activated.emit(combo.currentIndex())
    assert editor.draft.document_language == "en"
    assert editor.draft.required_documents == ("Handelsregisterauszug",)  # what was typed is kept


def test_a_presented_offer_shows_its_language_read_only(editor, backend) -> None:
    editor.load(dataclasses.replace(backend.new_draft(factories.OFFER_DATE), document_language="en"))
    assert editor.terms.language.currentData() == "en"
    editor.terms.set_read_only(True)
    assert not editor.terms.language.isEnabled()


@pytest.fixture
def real(tmp_path: Path):
    store: Store = new_sqlite_store(tmp_path)
    factories.setup(store)
    yield ServicesBackend(store)
    store.close()


def test_both_languages_round_trip_through_the_services_backend(real: ServicesBackend) -> None:
    client = real.create_client(ClientInput("Müller Bau GmbH", "GmbH", preferred_language="de"))
    assert real.client(client.id).preferred_language == "de"
    product = next(p for p in real.products() if p.code == "FIB")
    line = DraftLine(
        code=product.code, name=product.name, quantity=1, unit_monthly=product.monthly_fee,
        unit_installation=product.installation_fee, installation_indexed=product.installation_indexed,
        vat_rate=Decimal(17), allowed_engagements=product.allowed_engagements, product_id=product.id,
    )  # fmt: skip
    draft = dataclasses.replace(
        real.new_draft(factories.OFFER_DATE),
        client_id=client.id,
        client_name=client.legal_name,
        lines=(line,),
    )
    assert draft.document_language is None
    saved = real.save_draft(draft)  # no language chosen: the client's
    assert saved.document_language == "de"
    assert real.load_offer(saved.offer_id).document_language == "de"
    chosen = real.save_draft(dataclasses.replace(saved, document_language="en"))
    assert chosen.document_language == "en"
    assert real.load_offer(saved.offer_id).document_language == "en"
