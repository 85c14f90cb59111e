"""The offer editor: catalogue, lines and delegates, live totals, terms, undo, autosave, read-only."""

from __future__ import annotations

import dataclasses
from decimal import Decimal

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QLineEdit, QSpinBox, QStyleOptionViewItem

from desktop.domain import formatting as fmt
from desktop.domain.calendar import nominal_contract_value
from desktop.domain.pricing import price_offer
from desktop.domain.vocabulary import OfferStatus
from desktop.ui.dialogs import Answer
from desktop.ui.editor.lines_model import LinesModel
from desktop.ui.editor.offer_editor import OfferEditor, to_offer_lines

D = Decimal


@pytest.fixture
def editor(qtbot, backend, dialogs):
    widget = OfferEditor(backend, dialogs)
    # closing at teardown must not ask anything
    qtbot.addWidget(widget, before_close_func=lambda w: w.undo_stack.setClean())
    widget.resize(1300, 800)
    widget.show()
    return widget


def choose_client(editor, backend):
    editor.client_panel.set_client(backend.clients[1])
    editor.client_panel.client_chosen.emit(backend.clients[1])


def catalogue_row(editor, code):
    proxy = editor.catalogue_filter
    return next(proxy.index(r, 0) for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == code)


def test_add_by_double_click_enter_and_drop(qtbot, editor):
    index = catalogue_row(editor, "FIB-100")
    editor.catalogue_view.doubleClicked.emit(index)
    assert [line.code for line in editor.draft.lines] == ["FIB-100"]

    editor.catalogue_view.setFocus()
    editor.catalogue_view.setCurrentIndex(catalogue_row(editor, "SIP-CH"))
    qtbot.keyClick(editor.catalogue_view, Qt.Key.Key_Return)
    assert [line.code for line in editor.draft.lines] == ["FIB-100", "SIP-CH"]

    mime = editor.catalogue.mimeData([editor.catalogue_filter.mapToSource(catalogue_row(editor, "RACK-1U"))])
    assert editor.lines.dropMimeData(mime, Qt.DropAction.CopyAction, 0, 0, QModelIndex())
    assert [line.code for line in editor.draft.lines] == ["RACK-1U", "FIB-100", "SIP-CH"]


def test_catalogue_search_over_code_name_description_and_category(editor):
    editor.catalogue_search.setText("telephonie")  # accents and case ignored, description too
    assert editor.catalogue_filter.rowCount() == 0 or all(
        "Téléphonie" in editor.catalogue_filter.index(r, 2).data()
        for r in range(editor.catalogue_filter.rowCount())
    )
    editor.catalogue_search.setText("sip")
    assert [
        editor.catalogue_filter.index(r, 0).data() for r in range(editor.catalogue_filter.rowCount())
    ] == ["SIP-CH"]
    editor.catalogue_search.setText("hébergé détaillée")
    assert editor.catalogue_filter.rowCount() == 1
    editor.catalogue_search.clear()
    editor.category.setCurrentIndex(editor.category.findData("Data centre"))
    assert editor.catalogue_filter.rowCount() == 1
    editor.catalogue_search.setText("zzz")
    editor.catalogue_search.returnPressed.emit()  # nothing matches: nothing added
    assert editor.draft.lines == ()


def test_totals_come_from_domain_pricing(editor, backend):
    editor.add_products([2, 4])
    editor.lines.setData(editor.lines.index(1, LinesModel.QUANTITY), 4)
    editor.lines.setData(editor.lines.index(0, LinesModel.INSTALL_DISCOUNT), "100")
    editor.lines.setData(editor.lines.index(1, LinesModel.MONTHLY_DISCOUNT), "12,5")
    expected = price_offer(to_offer_lines(editor.draft.lines), D("968.04"))
    assert editor.priced == expected
    assert editor.totals.text_of("monthly.ht") == fmt.money(expected.monthly.ht)
    assert editor.totals.text_of("monthly.ttc") == fmt.money(expected.monthly.ttc)
    assert editor.totals.text_of("installation.ht") == fmt.money(expected.installation.ht)
    assert editor.totals.text_of("installation.vat") == fmt.money(expected.installation.vat)
    assert "968,04" in editor.totals.index.text()
    assert "944,43" in editor.totals.index.text()
    value = nominal_contract_value(
        expected.installation.ht, expected.monthly.ht, editor.draft.engagement_months
    )
    assert fmt.money(value) in editor.totals.contract.text()
    # FIB-1000 at 629.62 indexed at 968.04 is 645.36 (domain.md), here offered at 100 %
    assert editor.lines.data(editor.lines.index(0, LinesModel.INSTALL_UNIT)) == fmt.money(D("645.36"))
    assert editor.lines.data(editor.lines.index(0, LinesModel.INSTALL)) == fmt.money(D("0.00"))


def test_delegates_refuse_invalid_values_on_the_spot(editor):
    editor.add_products([1])
    view = editor.lines_view
    option = QStyleOptionViewItem()
    quantity_index = editor.lines.index(0, LinesModel.QUANTITY)
    spin = view.itemDelegateForColumn(LinesModel.QUANTITY).createEditor(
        view.viewport(), option, quantity_index
    )
    assert isinstance(spin, QSpinBox)
    assert spin.minimum() == 1
    percent_index = editor.lines.index(0, LinesModel.MONTHLY_DISCOUNT)
    field = view.itemDelegateForColumn(LinesModel.MONTHLY_DISCOUNT).createEditor(
        view.viewport(), option, percent_index
    )
    assert isinstance(field, QLineEdit)
    for typed, kept in (("150", "15"), ("1a2", "12"), ("-5", "5"), ("12,555", "12,55")):
        field.clear()
        from PySide6.QtTest import QTest

        QTest.keyClicks(field, typed)
        assert field.text() == kept
    # the model refuses too, whatever the editor
    assert not editor.lines.setData(quantity_index, 0)
    assert not editor.lines.setData(percent_index, "101")
    assert not editor.lines.setData(percent_index, "abc")
    assert editor.draft.lines[0].quantity == 1
    assert editor.draft.lines[0].monthly_discount == 0


def test_engagement_limited_to_what_every_product_allows(editor, dialogs):
    editor.add_products([2])  # FIB-1000: 24 or 36
    assert [editor.terms.engagement.itemData(i) for i in range(editor.terms.engagement.count())] == [24, 36]
    editor.add_products([3])  # 4G backup: 12, 24, 36, 48
    assert [editor.terms.engagement.itemData(i) for i in range(editor.terms.engagement.count())] == [24, 36]
    editor.terms.engagement.setCurrentIndex(0)
    editor.terms.engagement.activated.emit(0)
    assert editor.draft.engagement_months == 24
    editor.add_products([6])  # rack: 12, 24, 36, 60
    assert editor.draft.engagement_months == 24


def test_every_edit_can_be_undone_and_redone(qtbot, editor, backend):
    choose_client(editor, backend)
    editor.add_products([1])
    editor.lines.setData(editor.lines.index(0, LinesModel.QUANTITY), 3)
    editor.terms.lead_time.setValue(45)
    qtbot.keyClicks(editor.terms.conditions, "Portabilite des numeros")
    stack = editor.undo_stack
    assert editor.draft.special_conditions.endswith("des numeros")
    stack.undo()  # typed text merges into one step
    assert editor.draft.special_conditions == ""
    stack.undo()
    assert editor.draft.lead_time_days == 30
    assert editor.terms.lead_time.value() == 30
    stack.undo()
    assert editor.draft.lines[0].quantity == 1
    stack.undo()
    assert editor.draft.lines == ()
    assert editor.lines.rowCount() == 0
    stack.undo()
    assert editor.draft.client_id is None
    for _ in range(5):
        stack.redo()
    assert editor.draft.lines[0].quantity == 3
    assert editor.draft.lead_time_days == 45
    assert editor.draft.special_conditions == "Portabilite des numeros"


def test_remove_line_and_undo(editor):
    editor.add_products([1, 4])
    editor.lines_view.selectRow(0)
    editor.remove_button.click()
    assert [line.code for line in editor.draft.lines] == ["SIP-CH"]
    editor.undo_stack.undo()
    assert [line.code for line in editor.draft.lines] == ["FIB-100", "SIP-CH"]


def test_autosave_after_a_pause_keeps_identity_through_undo(qtbot, editor, backend):
    editor.autosave_timer.setInterval(20)
    choose_client(editor, backend)
    with qtbot.waitSignal(editor.saved, timeout=2000) as saved:
        editor.add_products([1])
    offer_id = saved.args[0]
    assert backend.load_offer(offer_id).lines[0].code == "FIB-100"
    assert not editor.is_dirty()
    assert editor.draft.number.startswith("OF-2026-")
    with qtbot.waitSignal(editor.saved, timeout=2000):
        editor.undo_stack.undo()
    assert editor.draft.offer_id == offer_id  # undo never forgets the stored offer
    assert backend.load_offer(offer_id).lines == ()
    assert backend.saves == 2


def test_save_without_client_says_why(editor):
    editor.add_products([1])
    assert not editor.save()
    assert "client" in editor.save_state.text()


def test_closing_with_unsaved_changes_asks(qtbot, editor, dialogs, backend):
    editor.add_products([1])  # no client: it cannot be saved silently
    dialogs.unsaved_answers.append(Answer.CANCEL)
    assert not editor.confirm_close()
    dialogs.unsaved_answers.append(Answer.DISCARD)
    with qtbot.waitSignal(editor.closed):
        editor.request_close()
    assert [m[0] for m in dialogs.messages] == ["unsaved", "unsaved"]


def test_closing_saves_a_saveable_draft(qtbot, editor, backend):
    choose_client(editor, backend)
    editor.add_products([1])
    with qtbot.waitSignal(editor.closed):
        editor.request_close()
    assert backend.saves == 1


def test_presented_offer_opens_read_only_with_revision_and_duplicate(qtbot, editor, backend):
    choose_client(editor, backend)
    editor.add_products([1])
    editor.present()
    assert editor.draft.status is OfferStatus.PRESENTED
    assert editor.read_only
    assert editor.banner.isVisible()
    assert editor.revision_button.isVisible()
    assert editor.duplicate_button.isVisible()
    assert not editor.save_button.isVisible()
    assert not editor.lines.setData(editor.lines.index(0, LinesModel.QUANTITY), 5)
    editor.add_products([2])
    assert len(editor.draft.lines) == 1
    assert editor.undo_stack.count() == 0
    assert not editor.terms.lead_time.isEnabled()
    assert not editor.catalogue_view.isEnabled()
    with qtbot.waitSignal(editor.open_offer) as opened:
        editor.revision_button.click()
    assert editor.draft.revision == 2
    assert editor.draft.status is OfferStatus.DRAFT
    assert not editor.read_only
    assert opened.args[0] == editor.draft.offer_id


def test_sign_saves_first_then_asks_for_signing_mode(qtbot, editor, backend):
    choose_client(editor, backend)
    editor.add_products([1])
    with qtbot.waitSignal(editor.sign_requested) as signal:
        editor.sign_button.click()
    assert backend.load_offer(signal.args[0]).lines[0].code == "FIB-100"


def test_loading_an_offer_with_fifty_lines(editor, backend):
    draft = backend.new_draft(backend.info().cote_since)
    line = backend.line_for(backend.products()[0])
    lines = tuple(dataclasses.replace(line, quantity=i + 1) for i in range(50))
    draft = dataclasses.replace(draft, client_id=1, client_name="Boulangerie Schmit", lines=lines)
    stored = backend.save_draft(draft)
    editor.load(backend.load_offer(stored.offer_id))
    assert editor.lines.rowCount() == 50
    assert editor.undo_stack.count() == 0
    assert not editor.is_dirty()
    assert editor.priced.monthly.ht == D("89.00") * sum(range(1, 51))


def test_lines_and_catalogue_models(qtmodeltester, editor):
    editor.add_products([1, 2, 3])
    qtmodeltester.check(editor.lines)
    qtmodeltester.check(editor.catalogue)
    editor.catalogue_search.setText("fibre")
    qtmodeltester.check(editor.catalogue_filter)


def test_client_size_declaration_is_recorded_and_undoable(editor):
    combo = editor.terms.client_size
    assert combo.currentData() is None
    combo.setCurrentIndex(combo.findData("small"))
    combo.activated.emit(combo.currentIndex())
    assert editor.draft.client_size == "small"
    editor.undo_stack.undo()
    assert editor.draft.client_size is None
    assert combo.currentData() is None


def test_typing_without_pause_is_saved_by_the_deadline(qtbot, editor, backend):
    editor.autosave_timer.setInterval(60_000)  # the pause never comes
    editor.autosave_deadline.setInterval(30)
    choose_client(editor, backend)
    with qtbot.waitSignal(editor.saved, timeout=2000):
        editor.add_products([1])
        editor.terms.lead_time.setValue(40)
    assert backend.load_offer(editor.draft.offer_id).lead_time_days == 40


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fr", "Cette offre est remplacée par une révision plus récente"),
        ("de", "Dieses Angebot ist durch eine neuere Revision ersetzt"),
        ("en", "This offer is superseded by a later revision"),
    ],
)
def test_a_read_only_offer_says_its_status_as_a_sentence_in_the_language(
    qtbot, editor, backend, interface, tmp_path, lang: str, words: str
) -> None:
    """The banner takes the status's words for a sentence, not its column label lowered."""
    import datetime as dt

    from tests.ui import translations

    translations.install(interface, tmp_path, lang)
    draft = dataclasses.replace(backend.new_draft(dt.date(2026, 11, 26)), status=OfferStatus.SUPERSEDED)
    editor.load(draft)
    assert editor.banner.text().startswith(words)
