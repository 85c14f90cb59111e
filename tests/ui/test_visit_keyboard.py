"""The same visit with the keyboard only, except the drawn signature (issue 10): Ctrl+N, the
client created inline with Enter, the products by code, Tab into the lines table and out of
it, arrows between cells, quantity and discount typed in place, the platform's undo and redo,
Ctrl+S, F9 "Présenter et signer", the signing steps with Space, Tab and arrows, Ctrl+Return to
countersign with the stored signature and confirm, Alt+I to print, Alt+T to finish."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication

from desktop.domain.vocabulary import ClientSize, OfferStatus
from desktop.services import offers, packs
from desktop.services.store import Store
from desktop.ui.editor.lines_model import LinesModel
from desktop.ui.main_window import EDITOR
from desktop.ui.signing.signing_view import SigningDialog
from tests.db.fixtures import new_sqlite_store
from tests.ui.signing.strokes import signature_strokes
from tests.ui.visit import (
    CountedPrintDialogs,
    InSigningMode,
    Visit,
    open_window,
    representative_with_stored_signature,
)

CODES = "FIB-1G BKP-4G IP-29 SIP-TRUNK PBX-SEAT"
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = new_sqlite_store(tmp_path)
    representative_with_stored_signature(opened)
    yield opened
    opened.close()


def focus():  # type: ignore[no-untyped-def]
    return QApplication.focusWidget()


def standard(visit: Visit, key: QKeySequence.StandardKey, what: str) -> None:
    chord = QKeySequence.keyBindings(key)[0][0]
    visit.key(chord.key(), chord.keyboardModifiers(), what)


def sign_with_keys(visit: Visit):  # type: ignore[no-untyped-def]
    def steps(view: SigningDialog) -> None:
        step = view.client_step
        assert focus() is step.cgv.box  # the keyboard starts on the first statement
        visit.key(Qt.Key.Key_Space, what="Space: accept the CGV")
        visit.key(Qt.Key.Key_Tab, what="Tab")
        assert focus() is step.waiver.box
        visit.key(Qt.Key.Key_Space, what="Space: waive the summary")
        visit.key(Qt.Key.Key_Tab, what="Tab")
        assert focus() is step.size_buttons[ClientSize.MICRO]
        visit.key(Qt.Key.Key_Down, what="Down")
        visit.key(Qt.Key.Key_Space, what="Space: small company")
        assert step.client_size() is ClientSize.SMALL
        signature_strokes(step.pad.canvas)  # the one thing drawn, not typed
        assert view.stored_confirm_button.isEnabled(), view.missing_label.text()
        visit.key(Qt.Key.Key_Return, CTRL, "Ctrl+Return: countersign and confirm", view)
        assert view.signed_pack is not None, view.missing_label.text()
        visit.key(Qt.Key.Key_I, ALT, "Alt+I: print", view)
        visit.key(Qt.Key.Key_T, ALT, "Alt+T: finish", view)

    return steps


def test_the_whole_visit_with_the_keyboard(qtbot, store: Store, dialogs, tmp_path: Path) -> None:
    visit = Visit()
    print_dialogs = CountedPrintDialogs(visit, tmp_path / "printed.pdf")
    window = open_window(qtbot, store, dialogs, print_dialogs, tmp_path)

    visit.key(Qt.Key.Key_N, CTRL, "Ctrl+N", window)
    assert window.current_view() == EDITOR
    editor = window.editor
    assert editor is not None
    form = editor.client_panel.form
    visit.type("Cafe Lentz", editor.client_panel.search)
    visit.key(Qt.Key.Key_Return, what="Enter")
    visit.type("5, rue du Fort, L-1234 Luxembourg", form.address.edit)
    visit.key(Qt.Key.Key_Tab, what="Tab")
    visit.type("Anne Schmit", form.signatory.edit)
    visit.key(Qt.Key.Key_Tab, what="Tab")
    visit.type("Gérante", form.function.edit)
    visit.key(Qt.Key.Key_Return, what="Enter submits the client form")
    assert editor.draft.client_name == "Cafe Lentz"
    visit.type(CODES, editor.catalogue_search)
    visit.key(Qt.Key.Key_Return, what="Enter")
    assert len(editor.draft.lines) == 5

    # Tab: the add button, the catalogue table, then out of it into the lines table
    visit.key(Qt.Key.Key_Tab, what="Tab")
    assert focus() is editor.add_button
    visit.key(Qt.Key.Key_Tab, what="Tab")
    assert focus() is editor.catalogue_view
    visit.key(Qt.Key.Key_Tab, what="Tab leaves the catalogue")
    lines = editor.lines_view
    assert focus() is lines
    assert (lines.currentIndex().row(), lines.currentIndex().column()) == (0, LinesModel.QUANTITY)
    for _ in range(4):
        visit.key(Qt.Key.Key_Down, what="Down")
    visit.type("2", lines)
    visit.key(Qt.Key.Key_Return, what="Enter")
    assert editor.draft.lines[4].quantity == 2
    assert focus() is lines
    for _ in range(4):
        visit.key(Qt.Key.Key_Up, what="Up")
    visit.key(Qt.Key.Key_Right, what="Right")
    visit.key(Qt.Key.Key_Right, what="Right")
    assert lines.currentIndex().column() == LinesModel.MONTHLY_DISCOUNT
    visit.type("10", lines)
    visit.key(Qt.Key.Key_Return, what="Enter")
    assert editor.draft.lines[0].monthly_discount == Decimal("10")

    # the platform's undo and redo
    standard(visit, QKeySequence.StandardKey.Undo, "Undo")
    assert editor.draft.lines[0].monthly_discount == 0
    standard(visit, QKeySequence.StandardKey.Redo, "Redo")
    assert editor.draft.lines[0].monthly_discount == Decimal("10")

    # Tab leaves the lines table too: to its button, then the terms
    visit.key(Qt.Key.Key_Tab, what="Tab leaves the lines")
    assert focus() is editor.remove_button
    visit.key(Qt.Key.Key_Tab, what="Tab")
    assert focus() is editor.terms.engagement
    assert editor.terms.engagement.currentData() == 36
    standard(visit, QKeySequence.StandardKey.Save, "Save")
    assert not editor.is_dirty()
    assert editor.draft.offer_id is not None

    in_signing = InSigningMode(sign_with_keys(visit))
    visit.key(Qt.Key.Key_F9, what="F9: Présenter et signer", target=window)
    dialog = in_signing.check()
    assert dialogs.messages == []

    stored = offers.get_offer(store, editor.draft.offer_id)
    assert stored.status is OfferStatus.SIGNED
    assert [line.quantity for line in stored.lines] == [1, 1, 1, 1, 2]
    assert stored.lines[0].monthly_discount == Decimal("10")
    assert dialog.signed_pack is not None
    assert packs.check_pack(dialog.signed_pack.pdf, store).ok
    assert print_dialogs.print_requests == [2]
    assert dialog.result() == SigningDialog.DialogCode.Accepted
    assert all(not entry.startswith("click") and "stroke" not in entry for entry in visit.log), visit.log
