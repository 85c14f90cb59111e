"""The editor's flow and feedback (issue 10): tables Tab out with a visible focused cell, a
Tab order through every button, a client created from the search, a list of product codes,
and a busy state (wait cursor, message, buttons off) that is cleared after success and error."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton

from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import OfferStatus
from desktop.ui.busy import busy, is_busy
from desktop.ui.catalogue_page import CataloguePage
from desktop.ui.editor.client_panel import split_address
from desktop.ui.editor.lines_model import LinesModel
from desktop.ui.editor.offer_editor import OfferEditor
from desktop.ui.editor.views import FOCUS_COLOUR
from desktop.ui.main_window import MainWindow
from desktop.ui.signing.signing_view import SigningDialog
from tests.ui.signing.fakes import FakeSigningBackend
from tests.ui.signing.fakes import ScriptedDialogs as SigningDialogs


@pytest.fixture
def window(qtbot, backend, dialogs, tmp_path: Path) -> MainWindow:
    main = MainWindow(backend, dialogs, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(main, before_close_func=lambda w: w.editor and w.editor.undo_stack.setClean())
    main.resize(1366, 768)
    with qtbot.waitActive(main):
        main.show()
        main.activateWindow()
    return main


@pytest.fixture
def editor(qtbot, window: MainWindow) -> OfferEditor:
    qtbot.mouseClick(window.toolbar_button(window.new_action), Qt.MouseButton.LeftButton)
    assert window.editor is not None
    return window.editor


def with_client_and_lines(editor: OfferEditor, backend) -> None:  # type: ignore[no-untyped-def]
    editor.client_panel.set_client(backend.clients[1])
    editor.client_panel.client_chosen.emit(backend.clients[1])
    editor.add_products([1, 4, 5])


def test_tab_leaves_both_tables_and_arrows_move_inside(qtbot, editor: OfferEditor, backend) -> None:
    with_client_and_lines(editor, backend)
    for view, after in (
        (editor.catalogue_view, editor.lines_view),
        (editor.lines_view, editor.remove_button),
    ):
        view.setFocus()
        start = view.currentIndex()
        qtbot.keyClick(view, Qt.Key.Key_Down)
        assert view.currentIndex().row() == start.row() + 1  # arrows: inside the table
        qtbot.keyClick(view, Qt.Key.Key_Tab)
        assert QApplication.focusWidget() is after  # Tab: out of it
        qtbot.keyClick(after, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
        assert QApplication.focusWidget() is view  # Shift+Tab: back in


def test_the_focused_cell_has_a_clear_frame(qtbot, editor: OfferEditor, backend) -> None:
    with_client_and_lines(editor, backend)
    view = editor.lines_view
    qtbot.keyClick(editor.catalogue_view, Qt.Key.Key_Tab)  # enters on the first quantity cell
    view.setFocus()
    index = view.currentIndex()
    assert (index.row(), index.column()) == (0, LinesModel.QUANTITY)
    image = view.viewport().grab().toImage()
    rect = view.visualRect(index)
    frame = QColor(FOCUS_COLOUR)

    def near(x: int, y: int) -> bool:
        pixel = QColor(image.pixel(x, y))
        return (
            max(
                abs(pixel.red() - frame.red()),
                abs(pixel.green() - frame.green()),
                abs(pixel.blue() - frame.blue()),
            )
            < 40
        )

    ratio = image.devicePixelRatio()
    left, mid_y = int((rect.left() + 1) * ratio), int(rect.center().y() * ratio)
    assert near(left, mid_y)  # the frame on the cell's edge
    other = view.visualRect(view.model().index(1, LinesModel.QUANTITY))
    assert not near(int((other.left() + 1) * ratio), int(other.center().y() * ratio))  # only there


def test_every_button_is_reached_by_tab_in_a_sensible_order(qtbot, editor: OfferEditor, backend) -> None:
    with_client_and_lines(editor, backend)
    editor.client_panel.search.setFocus()
    seen = [QApplication.focusWidget()]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        if QApplication.focusWidget() is seen[0]:
            break
        seen.append(QApplication.focusWidget())
    buttons = [b for b in editor.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    assert buttons
    assert [b.text() for b in buttons if b not in seen] == []
    order = [
        editor.client_panel.search,
        editor.client_panel.site,
        editor.catalogue_search,
        editor.lines_view,
        editor.terms.engagement,
        editor.sign_button,
    ]
    positions = [seen.index(widget) for widget in order]
    assert positions == sorted(positions)
    assert editor.terms.documents in seen  # a text box passes Tab on instead of typing it


def test_enter_on_an_unknown_client_opens_the_form_with_the_minimum_first(qtbot, editor: OfferEditor) -> None:
    panel = editor.client_panel
    qtbot.keyClicks(panel.search, "Nouvelle Boulangerie")
    panel.refresh_matches()
    assert panel.new_button.text() == "Créer « Nouvelle Boulangerie »…"
    qtbot.keyClick(panel.search, Qt.Key.Key_Return)
    form = panel.form
    assert form.isVisible()
    assert form.legal_name.edit.text() == "Nouvelle Boulangerie"
    assert QApplication.focusWidget() is form.address.edit
    assert not form.legal_name.message.isVisible()
    qtbot.keyClicks(form.address.edit, "12 rue de la Gare, 1611 Luxembourg")
    qtbot.keyClick(form.address.edit, Qt.Key.Key_Return)  # Enter submits, the address split first
    assert not form.isVisible()
    assert editor.draft.client_name == "Nouvelle Boulangerie"
    assert panel.search.text() == ""
    assert panel.new_button.text() == "Nouveau client…"
    assert QApplication.focusWidget() is editor.catalogue_search  # next: the products


def test_an_address_on_one_line() -> None:
    assert split_address("5, rue du Fort, L-1234 Luxembourg") == ("5, rue du Fort", "L-1234", "Luxembourg")
    assert split_address("5 rue du Fort, 4002 Esch-sur-Alzette") == (
        "5 rue du Fort",
        "L-4002",
        "Esch-sur-Alzette",
    )
    assert split_address("5, rue du Fort") is None
    assert split_address("rue du Fort 12345 Trier") is None


def test_a_list_of_codes_adds_every_product_and_empties_the_search(
    qtbot, editor: OfferEditor, backend
) -> None:
    with_client_and_lines(editor, backend)
    qtbot.keyClicks(editor.catalogue_search, "rack-1u FIB-1000 sip-ch")
    assert editor.catalogue_filter.rowCount() == 3
    qtbot.keyClick(editor.catalogue_search, Qt.Key.Key_Return)
    assert [line.code for line in editor.draft.lines][-3:] == ["RACK-1U", "FIB-1000", "SIP-CH"]
    assert editor.catalogue_search.text() == ""
    qtbot.keyClicks(editor.catalogue_search, "fibre")  # words, not codes: the first match only
    qtbot.keyClick(editor.catalogue_search, Qt.Key.Key_Return)
    assert len(editor.draft.lines) == 7


def test_presenting_shows_a_busy_state_cleared_after_success_and_error(
    qtbot, window: MainWindow, editor: OfferEditor, backend, dialogs, monkeypatch
) -> None:
    with_client_and_lines(editor, backend)
    seen = []
    present = backend.present

    def watched(offer_id: int) -> None:
        seen.append((is_busy(), window.statusBar().currentMessage(), editor.sign_button.isEnabled()))
        if len(seen) == 1:
            raise DomainError("adresse du client : l'adresse du siège du client est incomplète")
        present(offer_id)

    monkeypatch.setattr(backend, "present", watched)
    qtbot.mouseClick(editor.present_button, Qt.MouseButton.LeftButton)
    assert seen == [(True, "Présentation de l'offre…", False)]
    assert dialogs.messages[-1][1] == "Présentation impossible"
    assert not is_busy()
    assert window.statusBar().currentMessage() == ""
    assert editor.sign_button.isEnabled()
    qtbot.mouseClick(editor.present_button, Qt.MouseButton.LeftButton)
    assert seen[1] == (True, "Présentation de l'offre…", False)
    assert editor.draft.status is OfferStatus.PRESENTED
    assert not is_busy()
    assert window.statusBar().currentMessage() == ""


def test_opening_the_pack_preview_shows_a_busy_state(qtbot) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    backend = FakeSigningBackend()
    seen = []
    offer_pack = backend.offer_pack

    def watched(offer_id: int):  # type: ignore[no-untyped-def]
        seen.append((is_busy(), parent.statusBar().currentMessage()))
        return offer_pack(offer_id)

    backend.offer_pack = watched  # type: ignore[method-assign]
    dialog = SigningDialog.load(parent, backend, 7, dialogs=SigningDialogs())
    assert dialog is not None
    qtbot.addWidget(dialog)
    assert seen == [(True, "Préparation du contrat à signer…")]
    assert not is_busy()
    assert parent.statusBar().currentMessage() == ""


def test_importing_a_catalogue_shows_a_busy_state(
    qtbot, backend, dialogs, tmp_path: Path, monkeypatch
) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    page = CataloguePage(backend, dialogs)
    parent.setCentralWidget(page)
    seen = []
    real = backend.import_catalogue

    def watched(path: Path):  # type: ignore[no-untyped-def]
        seen.append((is_busy(), parent.statusBar().currentMessage(), page.import_button.isEnabled()))
        return real(path)

    monkeypatch.setattr(backend, "import_catalogue", watched)
    dialogs.files.append(tmp_path / "cat.csv")
    page.import_file()
    assert seen == [(True, "Import du catalogue cat.csv…", False)]
    assert not is_busy()
    assert page.import_button.isEnabled()


def test_busy_is_undone_when_the_work_raises(qtbot) -> None:
    parent = QMainWindow()
    qtbot.addWidget(parent)
    button = QPushButton("Go", parent)
    parent.statusBar().showMessage("")
    during = []

    def work() -> None:
        with busy("Travail…", parent.statusBar(), button):
            during.append((is_busy(), button.isEnabled(), parent.statusBar().currentMessage()))
            raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        work()
    assert during == [(True, False, "Travail…")]
    assert not is_busy()
    assert button.isEnabled()
    assert parent.statusBar().currentMessage() == ""


def test_without_a_stored_signature_there_is_no_one_click_countersignature(qtbot) -> None:
    view = SigningDialog.load(None, FakeSigningBackend(stored=None), 7, dialogs=SigningDialogs())
    assert view is not None
    qtbot.addWidget(view)
    view.show()
    assert not view.stored_confirm_button.isVisible()
    assert view.next_button.text() == "&Suivant : contre-signature →"
    with_stored = SigningDialog.load(None, FakeSigningBackend(), 7, dialogs=SigningDialogs())
    assert with_stored is not None
    qtbot.addWidget(with_stored)
    with_stored.show()
    assert with_stored.stored_confirm_button.isVisible()
    assert not with_stored.stored_confirm_button.isEnabled()  # the client's part comes first
