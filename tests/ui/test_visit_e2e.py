"""The whole visit through the main window on a real store: representative set up in
Paramètres, new client created inline, products from the catalogue, client size declared,
F9 (Présenter et signer) presents the offer and opens signing mode, strokes drawn by simulated pointer
events, Confirm -> signed, sealed pack verified, the editor shows the offer read-only."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QWidget

from desktop.domain.vocabulary import OfferStatus
from desktop.services import offers, packs
from desktop.services.errors import OfferStateError
from desktop.services.store import Store
from desktop.ui.backend import ServicesBackend
from desktop.ui.main_window import EDITOR, OFFERS, SETTINGS, MainWindow
from desktop.ui.signing.services_backend import ServicesSigningBackend
from desktop.ui.signing.signing_view import SigningDialog
from tests.db.factories import draft_input
from tests.db.fixtures import new_sqlite_store
from tests.ui.signing.fakes import ScriptedDialogs as SigningScriptedDialogs
from tests.ui.signing.test_signing_e2e import sign_on_screen


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = new_sqlite_store(tmp_path)
    yield opened
    opened.close()


class DrivenSigning:
    """Signing mode as the application opens it, driven like a client and a representative would."""

    def __init__(self, qtbot, store: Store) -> None:  # type: ignore[no-untyped-def]
        self.qtbot = qtbot
        self.backend = ServicesSigningBackend(
            store, place=lambda: "Luxembourg", remember_place=lambda _p: None
        )
        self.dialogs = SigningScriptedDialogs()
        self.signed: list[int] = []

    def sign(self, parent: QWidget, offer_id: int) -> bool:
        view = SigningDialog.load(
            parent, self.backend, offer_id, dialogs=self.dialogs, device="test", dots_per_inch=100.0
        )
        assert view is not None, self.dialogs.messages
        self.qtbot.addWidget(view)
        view.resize(1600, 1000)
        with self.qtbot.waitExposed(view):
            view.show()
        sign_on_screen(self.qtbot, view)
        view.close()
        if view.signed_pack is not None:
            self.signed.append(offer_id)
        return view.signed_pack is not None

    def print_offer(self, parent: QWidget, offer_id: int) -> None:
        raise AssertionError("not printed in this visit")


def test_a_whole_visit_from_the_main_window(qtbot, store: Store, dialogs, tmp_path: Path) -> None:
    signing = DrivenSigning(qtbot, store)
    window = MainWindow(
        ServicesBackend(store),
        dialogs,
        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
        signing,
    )

    def before_close(w: MainWindow) -> None:
        if w.editor is not None:
            w.editor.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=before_close)
    window.resize(1360, 840)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()

    # first start: the representative introduces themself in Paramètres
    assert window.current_view() == SETTINGS
    page = window.settings_page
    page.rep_name.setText("")
    qtbot.keyClicks(page.rep_name, "Jeanne Dupont")
    qtbot.keyClicks(page.rep_code, "jdu")
    qtbot.mouseClick(page.save_button, Qt.MouseButton.LeftButton)
    assert dialogs.messages[-1][2] == "Paramètres enregistrés."

    # a new offer for a new client, created inline
    window.nav.setCurrentRow(OFFERS)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.current_view() == EDITOR
    editor = window.editor
    assert editor is not None
    qtbot.mouseClick(editor.client_panel.new_button, Qt.MouseButton.LeftButton)
    form = editor.client_panel.form
    for field, text in (
        (form.legal_name, "Cafe Lentz"),
        (form.legal_form, "s.a r.l."),
        (form.address, "5, rue du Fort"),
        (form.postcode, "1234"),
        (form.city, "Luxembourg"),
        (form.vat, "LU15027442"),
        (form.rcs, "B 12345"),
        (form.signatory, "Anne Schmit"),
        (form.function, "Gerante"),
    ):
        qtbot.keyClicks(field.edit, text)
    qtbot.mouseClick(form.create_button, Qt.MouseButton.LeftButton)
    assert editor.draft.client_name == "Cafe Lentz"

    # products: search + Enter, then a double-click in the catalogue
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(editor.catalogue_search, "fib-1g")
    qtbot.keyClick(editor.catalogue_search, Qt.Key.Key_Return)
    editor.catalogue_search.clear()
    proxy = editor.catalogue_filter
    backup = next(proxy.index(r, 0) for r in range(proxy.rowCount()) if proxy.index(r, 0).data() == "BKP-4G")
    editor.catalogue_view.doubleClicked.emit(backup)
    assert [line.code for line in editor.draft.lines] == ["FIB-1G", "BKP-4G"]
    size = editor.terms.client_size
    size.setCurrentIndex(size.findData("small"))
    size.activated.emit(size.currentIndex())

    # F9 "Présenter et signer": saved, presented, signing mode, signed
    qtbot.keyClick(window, Qt.Key.Key_F9)
    offer_id = editor.draft.offer_id
    assert offer_id is not None
    assert signing.signed == [offer_id], signing.dialogs.messages
    assert editor.draft.status is OfferStatus.SIGNED
    assert editor.read_only
    assert editor.banner.isVisible()

    stored = offers.get_offer(store, offer_id)
    assert stored.status is OfferStatus.SIGNED
    assert [line.product_code for line in stored.lines] == ["FIB-1G", "BKP-4G"]
    assert stored.client.legal_name == "Cafe Lentz"
    (document,) = stored.documents
    check = packs.check_pack(offers.document_pdf(store, document.id), store)
    assert check.ok
    assert check.hash_matches is True
    with pytest.raises(OfferStateError):
        offers.update_draft(store, offer_id, draft_input(stored.client.id))

    # back to the list: the offer is there, signed
    editor.back_button.click()
    rows = [window.offers.model.row_at(r) for r in range(window.offers.model.rowCount())]
    assert [(r.number, r.status) for r in rows] == [(stored.number, OfferStatus.SIGNED)]
    assert stored.number.startswith(f"OF-{dt.date.today().year}-JDU-")
