"""The visit at the client's desk in 25 interactions or fewer (issue 10), mouse and typing,
on the real services and a temporary store, at 1366×768.

From "Nouvelle offre" to the printed pack: a new client (created inline), 5 services, a
quantity of 2, a 10 % discount, 36 months, the client's signature, the representative's
countersignature (stored in Paramètres beforehand), two printed copies. Every interaction is
a real input event performed and counted by `tests.ui.visit.Visit` (its docstring defines what
one interaction is); the count is a property of the product, asserted here.
"""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from desktop.domain.vocabulary import ClientSize, OfferStatus
from desktop.services import offers, packs
from desktop.services.store import Store
from desktop.ui.editor.lines_model import LinesModel
from desktop.ui.main_window import EDITOR
from desktop.ui.signing import printing
from desktop.ui.signing.signing_view import SigningDialog
from tests.db.fixtures import new_sqlite_store
from tests.ui.signing.fakes import STORED_SIGNATURE
from tests.ui.signing.pdfs import pdf_page_sizes
from tests.ui.signing.screens import pdf_shown
from tests.ui.visit import (
    SCREEN,
    CountedPrintDialogs,
    InSigningMode,
    Visit,
    open_window,
    representative_with_stored_signature,
)

MAX_INTERACTIONS = 25
SERVICES = ["FIB-1G", "BKP-4G", "IP-29", "SIP-TRUNK", "PBX-SEAT"]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = new_sqlite_store(tmp_path)
    representative_with_stored_signature(opened)
    yield opened
    opened.close()


def sign_print_and_finish(visit: Visit, screens: Path):  # type: ignore[no-untyped-def]
    def steps(view: SigningDialog) -> None:
        view.resize(*SCREEN)
        step = view.client_step
        # prefilled: the signatory and function from the client record, the place
        assert step.signatory_name.text() == "Anne Schmit"
        assert step.signatory_function.text() == "Gérante"
        assert step.place.text()
        visit.click(step.cgv.box, "accept the CGV")
        visit.click(step.waiver.box, "waive the contract summary")
        small = step.size_buttons[ClientSize.SMALL]
        visit.click(small, "small company", QPoint(8, small.height() // 2))
        canvas = step.pad.canvas
        w, h = canvas.width(), canvas.height()
        visit.stroke(
            canvas,
            [(int(w * 0.12) + i * 12, int(h * 0.65) - (30 if i % 2 else 0) - i * 2) for i in range(20)],
        )
        visit.stroke(
            canvas,
            [
                (int(w * 0.15), int(h * 0.65) + 10),
                (int(w * 0.45), int(h * 0.65) + 4),
                (int(w * 0.7), int(h * 0.6)),
            ],
        )
        for _ in range(200):  # the draft pack's first page, rendered in the background
            if pdf_shown(view):
                break
            QTest.qWait(25)
        view.grab().save(str(screens / "visit-3-signing.png"))
        visit.click(view.stored_confirm_button, "Contre-signer et confirmer")
        assert view.signed_pack is not None, view.missing_label.text()
        visit.click(view.print_button, "Imprimer (2 exemplaires)")
        view.grab().save(str(screens / "visit-4-printed.png"))
        visit.click(view.finish_button, "Terminer")

    return steps


def test_the_visit_takes_at_most_25_interactions(
    qtbot, store: Store, dialogs, tmp_path: Path, screens: Path
) -> None:
    visit = Visit()
    printed = tmp_path / "printed.pdf"
    print_dialogs = CountedPrintDialogs(visit, printed)
    window = open_window(qtbot, store, dialogs, print_dialogs, tmp_path)

    visit.click(window.toolbar_button(window.new_action), "Nouvelle offre (tool bar)")
    assert window.current_view() == EDITOR
    editor = window.editor
    assert editor is not None
    panel = editor.client_panel

    # a new client: its name in the search, Enter opens the inline form at the next field
    visit.type("Cafe Lentz", panel.search)
    visit.key(Qt.Key.Key_Return, what="Enter: create this client")
    form = panel.form
    assert form.isVisible()
    assert form.legal_name.edit.text() == "Cafe Lentz"
    window.grab().save(str(screens / "visit-1-new-client.png"))
    visit.type("5, rue du Fort, L-1234 Luxembourg", form.address.edit)
    visit.key(Qt.Key.Key_Tab, what="Tab")
    assert (form.postcode.edit.text(), form.city.edit.text()) == ("L-1234", "Luxembourg")
    visit.type("Anne Schmit", form.signatory.edit)
    visit.key(Qt.Key.Key_Tab, what="Tab")
    visit.type("Gérante", form.function.edit)
    visit.key(Qt.Key.Key_Return, what="Enter: create the client")
    assert editor.draft.client_name == "Cafe Lentz"

    # five services: their codes in the product search, Enter
    visit.type(" ".join(SERVICES), editor.catalogue_search)
    visit.key(Qt.Key.Key_Return, what="Enter: add them")
    assert [line.code for line in editor.draft.lines] == SERVICES
    assert editor.catalogue_search.text() == ""

    # in place: a quantity of 2, a 10 % discount (typing on the cell opens its editor)
    view, model = editor.lines_view, editor.lines
    visit.click_cell(view, model.index(4, LinesModel.QUANTITY), "PBX-SEAT quantity")
    visit.type("2", view)
    visit.click_cell(view, model.index(0, LinesModel.MONTHLY_DISCOUNT), "FIB-1G discount")
    visit.type("10", view)
    window.grab().save(str(screens / "visit-2-editor.png"))
    assert editor.draft.engagement_months == 36  # the default term, shown in the terms panel

    # present straight into signing mode; sign, countersign, seal, print two copies
    in_signing = InSigningMode(sign_print_and_finish(visit, screens))
    visit.click(window.toolbar_button(window.sign_action), "Présenter et signer (tool bar)")
    assert dialogs.messages == [], dialogs.messages
    assert print_dialogs.messages == [], print_dialogs.messages
    dialog = in_signing.check()

    assert visit.count <= MAX_INTERACTIONS, "\n".join(visit.log)
    print(f"\nthe visit: {visit.count} interactions\n" + "\n".join(visit.log))

    # the offer as stored: signed, with the entries made, its sealed pack intact
    offer_id = editor.draft.offer_id
    assert offer_id is not None
    stored = offers.get_offer(store, offer_id)
    assert stored.status is OfferStatus.SIGNED
    assert stored.client.legal_name == "Cafe Lentz"
    assert [line.product_code for line in stored.lines] == SERVICES
    assert [line.quantity for line in stored.lines] == [1, 1, 1, 1, 2]
    assert stored.lines[0].monthly_discount == Decimal("10")
    assert all(line.monthly_discount == 0 for line in stored.lines[1:])
    assert stored.engagement_months == 36
    by_role = {s.role: s for s in stored.signatures}
    assert by_role["client"].signer_name == "Anne Schmit"
    assert by_role["representative"].capture == STORED_SIGNATURE  # the one from Paramètres
    assert stored.client.postcode == "L-1234"
    (document,) = stored.documents
    pdf = offers.document_pdf(store, document.id)
    assert dialog.signed_pack is not None
    assert pdf == dialog.signed_pack.pdf
    check = packs.check_pack(pdf, store)
    assert check.ok, check.seal.problems
    assert check.hash_matches is True
    # the print request: two copies proposed and sent, every page of the sealed pack twice
    assert print_dialogs.print_requests == [2]
    # the copies print in a worker that outlives the signing dialog (as it should): wait for it
    # before reading the file, or a loaded machine reads it half written
    printing.finish_running_jobs()
    assert len(pdf_page_sizes(printed)) == 2 * dialog.document.pageCount()
    assert editor.draft.status is OfferStatus.SIGNED
