"""A walk through every screen a representative sees, on a real store: the main window's pages,
the editor (a presented 10-line offer, a new revision, the new-client form), signing mode's three
steps, the CUPS print dialog and the catalogue import reports. Each state is yielded with its
top-level widget, for the tests that read every visible text or render the screens."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QPoint, QSettings, QSize, Qt
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.formatting import Lang
from desktop.domain.views import ClientInput, DraftInput, LineInput, RepresentativeInput
from desktop.domain.vocabulary import ClientSize
from desktop.services import clients, offers, settings
from desktop.services.store import Store
from desktop.ui.backend import ServicesBackend
from desktop.ui.dialogs import report_dialog
from desktop.ui.main_window import CATALOGUE, CLIENTS, DEADLINES, OFFERS, SETTINGS, MainWindow
from desktop.ui.signing.print_dialog import CupsPrintDialog, CupsRequest
from desktop.ui.signing.services_backend import ServicesSigningBackend
from desktop.ui.signing.signing_view import SigningDialog
from tests.db import factories
from tests.ui.conftest import ScriptedDialogs
from tests.ui.signing.fakes import ScriptedDialogs as SigningScriptedDialogs
from tests.ui.signing.screens import pdf_shown
from tests.ui.signing.strokes import make_pen, pen_stroke, signature_strokes

LAPTOP = QSize(1366, 768 - 60)  # the client area of a window on a 1366×768 laptop screen
LINES = ("FIB-1G", "BKP-5G", "IP-29", "PBX-SEAT", "SIP-TRUNK", "SIP-CH10", "NUM-BLK10", "WIFI-AP-IN")
SIGNED_AT = dt.datetime.now(dt.UTC)


def seed(store: Store, client_language: Lang = "fr") -> tuple[int, int]:
    """A representative, a client (its documents in `client_language`), two presented 8-line
    offers (returned: one for the editor, one to sign); a signed contract and a draft."""
    settings.set_representative(
        store, RepresentativeInput(code="JDU", name="Jeanne Dupont", function="Responsable grands comptes")
    )
    settings.set_representative_signature(store, factories.capture())
    client = clients.create_client(
        store,
        ClientInput(
            legal_name="Boulangerie Schmit s.à r.l.", legal_form="s.à r.l.",
            address_line1="3, rue de la Gare", postcode="L-1611", city="Luxembourg",
            vat_number="LU15027442", rcs="B12345",
            signatory_name="Anne Schmit", signatory_function="Gérante",
            preferred_language=client_language,
        ),
    )  # fmt: skip
    today = dt.date.today()

    def draft(lines: tuple[str, ...]) -> int:
        return offers.create_draft(
            store,
            DraftInput(
                client.id, today, 36, tuple(LineInput(code, 1 + i % 3) for i, code in enumerate(lines)),
                validity_date=today + dt.timedelta(days=30), client_size=ClientSize.SMALL,
            ),
        ).id  # fmt: skip

    signed = draft(LINES[:2])
    offers.present(store, signed)
    offers.sign(store, signed, factories.signer(), "Luxembourg", at=SIGNED_AT)
    draft(LINES[:3])
    presented = draft(LINES), draft(LINES)
    for offer_id in presented:
        offers.present(store, offer_id)
    return presented


def _settle() -> None:
    QApplication.processEvents()


def main_window(
    qtbot, store: Store, dialogs: ScriptedDialogs, folder: Path, size: QSize = LAPTOP
) -> MainWindow:
    window = MainWindow(
        ServicesBackend(store), dialogs, QSettings(str(folder / "tour.ini"), QSettings.Format.IniFormat)
    )

    def before_close(w: MainWindow) -> None:
        if w.editor is not None:
            w.editor.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=before_close)
    window.resize(size)
    window.show()
    qtbot.waitExposed(window)
    return window


def walk(
    qtbot,
    store: Store,
    presented: tuple[int, int],
    folder: Path,
    *,
    signing: bool = True,
    size: QSize = LAPTOP,
) -> Iterator[tuple[str, QWidget]]:
    """Every screen in turn, each yielded once it is drawn (`presented`: seed's offers)."""
    edited, to_sign = presented
    dialogs = ScriptedDialogs()
    window = main_window(qtbot, store, dialogs, folder, size)
    for view, name in (
        (OFFERS, "offres"), (CLIENTS, "clients"), (CATALOGUE, "catalogue"), (DEADLINES, "echeances"),
        (SETTINGS, "parametres"),
    ):  # fmt: skip
        window.nav.setCurrentRow(view)
        _settle()
        yield name, window

    # the catalogue's import reports: refused (errors), then accepted with notes
    bad = folder / "catalogue-errors.csv"
    sample = Path(__file__).resolve().parents[2] / "resources" / "catalogue" / "sample-catalogue.csv"
    rows = sample.read_text(encoding="utf-8").splitlines()
    bad.write_text("\n".join([rows[0], rows[1].replace("89.00", "abc"), *rows[2:]]) + "\n", encoding="utf-8")
    good = folder / "catalogue-notes.csv"
    good.write_text("\n".join([rows[0] + ",remarque", *(r + "," for r in rows[1:])]) + "\n", encoding="utf-8")
    window.nav.setCurrentRow(CATALOGUE)
    for path, name in ((bad, "import-refuse"), (good, "import-accepte")):
        dialogs.files.append(path)
        window.catalogue.import_file()
        kind, title, text = dialogs.messages[-1]
        assert kind == "report", dialogs.messages[-1]
        summary, _, details = text.partition("\n")
        report = report_dialog(None, title, summary, details)
        qtbot.addWidget(report)
        report.show()
        _settle()
        yield name, report
        report.close()

    window.nav.setCurrentRow(OFFERS)
    window.open_offer(edited)  # read-only
    _settle()
    yield "editeur-presentee", window
    editor = window.editor
    assert editor is not None
    editor.new_revision()
    _settle()
    yield "editeur-revision", window
    editor.client_panel.new_button.click()
    _settle()
    yield "nouveau-client", window
    editor.client_panel.form.hide()

    printing = CupsPrintDialog(
        CupsRequest(
            title="OF-2026-JDU-0003", page_count=7, copies=2, printers=("Bureau", "Accueil"), default="Bureau"
        )
    )
    qtbot.addWidget(printing)
    printing.show()
    _settle()
    yield "impression", printing
    printing.close()

    if not signing:
        return
    backend = ServicesSigningBackend(store, place=lambda: "Luxembourg", remember_place=lambda _p: None)
    view = SigningDialog.load(
        None, backend, to_sign, dialogs=SigningScriptedDialogs(), clock=lambda: SIGNED_AT, device="test"
    )
    assert view is not None
    qtbot.addWidget(view)
    view.resize(size)
    with qtbot.waitExposed(view):
        view.show()
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    yield "signature-1-client", view
    step = view.client_step
    qtbot.mouseClick(step.cgv.box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(step.waiver.box, Qt.MouseButton.LeftButton)
    if not any(b.isChecked() for b in step.size_buttons.values()):
        button = next(iter(step.size_buttons.values()))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    signature_strokes(step.pad.canvas)
    view.next_button.click()
    pen_stroke(
        view.rep_step.pad.canvas,
        make_pen(),
        [(120 + i * 14, 160 + (i % 4) * 12, 0.3 + (i % 5) * 0.1, 1000 + i * 9) for i in range(30)],
    )
    _settle()
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    yield "signature-2-representant", view
    assert view.confirm_button.isEnabled(), view.missing_label.text()
    view.confirm_button.click()
    qtbot.waitUntil(lambda: view.current_step() == 2, timeout=20_000)
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    yield "signature-3-fin", view
