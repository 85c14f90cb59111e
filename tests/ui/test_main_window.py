"""The main window: navigation, shortcuts, status bar, remembered layout, signing hand-off, errors."""

from __future__ import annotations

import dataclasses
import datetime as dt
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence

from desktop.domain.vocabulary import OfferStatus
from desktop.ui import excepthook
from desktop.ui.dialogs import Answer
from desktop.ui.main_window import CATALOGUE, CLIENTS, DEADLINES, EDITOR, OFFERS, SETTINGS, MainWindow
from tests.ui.fake_backend import FakeBackend

TODAY = dt.date(2026, 11, 26)


class FakeSigning:
    def __init__(self, backend: FakeBackend) -> None:
        self.backend = backend
        self.signed: list[int] = []
        self.printed: list[int] = []

    def sign(self, parent, offer_id: int) -> bool:  # type: ignore[no-untyped-def]
        self.signed.append(offer_id)
        self.backend.drafts[offer_id] = self.backend.drafts[offer_id].__class__(
            **{**self.backend.drafts[offer_id].__dict__, "status": OfferStatus.SIGNED}
        )
        return True

    def print_offer(self, parent, offer_id: int) -> None:  # type: ignore[no-untyped-def]
        self.printed.append(offer_id)


def press(qtbot, widget, key: QKeySequence.StandardKey) -> None:
    """Press the platform's first key chord for a standard action."""
    combination = QKeySequence.keyBindings(key)[0][0]
    qtbot.keyClick(widget, combination.key(), combination.keyboardModifiers())


def make_window(qtbot, backend, dialogs, qsettings, signing=None) -> MainWindow:
    window = MainWindow(backend, dialogs, qsettings, signing=signing, today=TODAY)

    def before_close(w: MainWindow) -> None:
        if w.editor is not None:
            w.editor.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=before_close)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


def test_navigation_between_the_five_views(qtbot, backend, dialogs, qsettings):
    window = make_window(qtbot, backend, dialogs, qsettings)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["Offres", "Clients", "Catalogue", "Échéances", "Paramètres"]
    for view in (CLIENTS, CATALOGUE, DEADLINES, SETTINGS, OFFERS):
        window.nav.setCurrentRow(view)
        assert window.current_view() == view
    assert window.catalogue.model.rowCount() == len(backend.products())
    assert window.clients.model.rowCount() == 2


def test_status_bar_shows_database_catalogue_age_and_cote(qtbot, backend, dialogs, qsettings):
    window = make_window(qtbot, backend, dialogs, qsettings)
    assert window.db_label.text() == "Base : mémoire (tests)"
    assert "il y a 25 j" in window.catalogue_label.text()
    assert window.cote_label.text() == "Cote STATEC 968,04 depuis le 01/05/2025"


def test_expired_offers_are_expired_at_start(qtbot, dialogs, qsettings):
    backend = FakeBackend(offers=3)
    window = make_window(qtbot, backend, dialogs, qsettings)
    assert backend.expired_calls == [TODAY]
    assert window.expired_on_start == 2  # the draft and the presented one; the signed one stays


def test_shortcuts_new_search_save_undo_sign_print(qtbot, backend, dialogs, qsettings):
    signing = FakeSigning(backend)
    window = make_window(qtbot, backend, dialogs, qsettings, signing)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == EDITOR
    editor = window.editor
    assert editor is not None
    editor.client_panel.set_client(backend.clients[1])
    editor.client_panel.client_chosen.emit(backend.clients[1])
    editor.add_products([1])
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert editor.catalogue_search.hasFocus()
    press(qtbot, window, QKeySequence.StandardKey.Undo)  # Ctrl+Z
    assert editor.draft.lines == ()
    press(qtbot, window, QKeySequence.StandardKey.Redo)  # Ctrl+Shift+Z here, Ctrl+Y on Windows
    assert len(editor.draft.lines) == 1
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert backend.saves == 1
    assert not editor.is_dirty()
    offer_id = editor.draft.offer_id
    qtbot.keyClick(window, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert signing.printed == [offer_id]
    # Ctrl+Shift+S is "Save as" everywhere else: it does not sign
    qtbot.keyClick(
        window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert signing.signed == []
    qtbot.keyClick(window, Qt.Key.Key_F9)  # "Présenter et signer"
    assert signing.signed == [offer_id]  # presented first, then signed in signing mode
    assert editor.draft.status is OfferStatus.SIGNED
    assert editor.read_only


def test_search_shortcut_on_lists(qtbot, backend, dialogs, qsettings):
    window = make_window(qtbot, backend, dialogs, qsettings)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.offers.search.hasFocus()
    window.nav.setCurrentRow(CATALOGUE)
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.catalogue.search.hasFocus()


def test_open_offer_from_list_and_back(qtbot, dialogs, qsettings):
    backend = FakeBackend(offers=3)
    window = make_window(qtbot, backend, dialogs, qsettings)
    window.offers.open_requested.emit(3)
    assert window.current_view() == EDITOR
    assert window.editor is not None
    assert window.editor.read_only  # signed
    window.editor.back_button.click()
    assert window.current_view() == OFFERS
    assert not window.editor_shown()


def test_leaving_an_unsaveable_offer_asks(qtbot, backend, dialogs, qsettings):
    window = make_window(qtbot, backend, dialogs, qsettings)
    window.new_offer()
    window.editor.add_products([1])  # type: ignore[union-attr]
    dialogs.unsaved_answers.append(Answer.CANCEL)
    window.nav.setCurrentRow(CLIENTS)
    assert window.current_view() == EDITOR
    dialogs.unsaved_answers.append(Answer.DISCARD)
    window.nav.setCurrentRow(CLIENTS)
    assert window.current_view() == CLIENTS


def test_geometry_and_last_view_are_remembered(qtbot, backend, dialogs, tmp_path: Path):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = make_window(qtbot, backend, dialogs, settings)
    window.resize(781, 555)  # the offscreen screen is 800 x 600
    window.nav.setCurrentRow(DEADLINES)
    window.close()
    again = make_window(
        qtbot, backend, dialogs, QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    )
    assert again.current_view() == DEADLINES
    assert again.size().width() == 781


def test_first_start_without_representative_opens_settings(qtbot, dialogs, qsettings):
    backend = FakeBackend()
    data = backend.settings()
    backend.save_settings(
        dataclasses.replace(data, representative=dataclasses.replace(data.representative, code=""))
    )
    window = make_window(qtbot, backend, dialogs, qsettings)
    assert window.current_view() == SETTINGS
    qtbot.waitUntil(lambda: any(m[1] == "Bienvenue dans OfferDesk" for m in dialogs.messages))


def test_unhandled_exception_is_logged_and_shown_in_one_friendly_message(tmp_path, monkeypatch):
    monkeypatch.setenv("OFFERDESK_LOG_DIR", str(tmp_path))
    shown: list[str] = []
    previous = excepthook.install(shown.append)
    try:
        try:
            raise RuntimeError("boom in a slot")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())
    finally:
        sys.excepthook = previous
    assert len(shown) == 1
    assert "Traceback" not in shown[0]
    assert "erreur inattendue" in shown[0]
    log = (tmp_path / "offerdesk.log").read_text(encoding="utf-8")
    assert "RuntimeError: boom in a slot" in log
    assert "Traceback" in log


@pytest.mark.parametrize("view", [OFFERS, CLIENTS, CATALOGUE, DEADLINES, SETTINGS])
def test_each_view_renders(qtbot, backend, dialogs, qsettings, view):
    window = make_window(qtbot, backend, dialogs, qsettings)
    window.nav.setCurrentRow(view)
    assert not window.grab().isNull()


def test_after_a_restore_the_application_quits_without_writing(
    qtbot, backend, dialogs, qsettings, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from desktop.ui import main_window

    quits: list[bool] = []
    monkeypatch.setattr(main_window.QCoreApplication, "quit", lambda: quits.append(True))
    window = make_window(qtbot, backend, dialogs, qsettings)
    window.new_offer()
    window.editor.add_products([1])  # type: ignore[union-attr]  # unsaved changes in the open editor
    saves = backend.saves
    dialogs.files.append(tmp_path / "old.sqlite3")
    dialogs.confirm_answers.append(True)
    window.settings_page.restore_button.click()
    assert backend.restored == [tmp_path / "old.sqlite3"]
    assert dialogs.messages[-1][0] == "info"
    assert "va se fermer" in dialogs.messages[-1][2]
    assert quits == [True]
    assert not window.isVisible()
    assert not window.editor.autosave_timer.isActive()  # type: ignore[union-attr]
    assert backend.saves == saves  # nothing autosaved into the restored file
    assert all(kind != "unsaved" for kind, _, _ in dialogs.messages)  # no question about the old base


def test_standard_keys_of_the_platform_and_sign_not_on_save_as(qtbot, backend, dialogs, qsettings):
    window = make_window(qtbot, backend, dialogs, qsettings)
    assert window.undo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Undo)
    assert window.redo_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
    assert window.save_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Save)
    assert window.print_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Print)
    assert window.search_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.Find)
    assert window.new_action.shortcuts() == QKeySequence.keyBindings(QKeySequence.StandardKey.New)
    sign_keys = [k.toString() for k in window.sign_action.shortcuts()]
    assert sign_keys == ["F9", "Ctrl+Return"]
    assert QKeySequence(QKeySequence.StandardKey.SaveAs).toString() not in sign_keys


def test_new_offer_is_on_the_tool_bar_and_in_the_offer_menu(qtbot, backend, dialogs, qsettings):
    window = make_window(qtbot, backend, dialogs, qsettings)
    offer_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Offre")
    assert [a.text() for a in offer_menu.actions()] == ["Nouvelle offre", "Présenter et signer", "Imprimer"]
    button = window.toolbar_button(window.new_action)
    assert button.isVisible()
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert window.current_view() == EDITOR
    assert window.editor is not None
    assert window.editor.client_panel.search.hasFocus()
    assert window.toolbar_button(window.sign_action).isVisible()


@pytest.mark.parametrize(
    ("key", "view"),
    [
        (Qt.Key.Key_1, OFFERS),
        (Qt.Key.Key_2, CLIENTS),
        (Qt.Key.Key_3, CATALOGUE),
        (Qt.Key.Key_4, DEADLINES),
        (Qt.Key.Key_5, SETTINGS),
    ],
)
def test_ctrl_1_to_5_open_the_pages_with_the_keyboard_in_them(qtbot, backend, dialogs, qsettings, key, view):
    window = make_window(qtbot, backend, dialogs, qsettings)
    window.nav.setCurrentRow(SETTINGS if view != SETTINGS else OFFERS)
    window.nav.setFocus()
    qtbot.keyClick(window, key, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == view
    assert window.nav.currentRow() == view
    page = window.stack.currentWidget()
    assert page.isAncestorOf(window.focusWidget())


@pytest.mark.parametrize("name", ["Pacific/Kiritimati", "Pacific/Pago_Pago"])
def test_the_window_counts_days_on_the_company_calendar(
    qtbot, backend, dialogs, qsettings, tmp_path, monkeypatch, name: str
) -> None:
    """'Today' (catalogue age, offers expired at start) is the company's day, not the
    machine's: at UTC+14 or UTC-11 it is another date than the system's for hours a day."""
    import datetime as dt
    from zoneinfo import ZoneInfo

    from desktop.documents import zone

    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path))
    zone.write_zone(name)
    window = MainWindow(backend, dialogs, qsettings)
    qtbot.addWidget(window)
    assert window._today == dt.datetime.now(ZoneInfo(name)).date()
