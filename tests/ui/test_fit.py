"""Every screen fits a laptop in every language: minimum sizes below 1024×600 (and so below
1366×768), the window never grows by itself (a new revision, a 10-line offer, a long client
name), and each screen rendered at both sizes to tests/_artifacts/screens/fit-* for a person to
look at. The languages (tests/ui/translations.py): French, the committed German and English, and
a stand-in German 30 % longer than French while the real one is not complete."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, QSize
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.views import ClientInput, DraftInput, LineInput, RepresentativeInput
from desktop.domain.vocabulary import ClientSize
from desktop.services import clients, offers, settings
from desktop.services.store import Store
from desktop.ui.dialogs import date_dialog, report_dialog
from desktop.ui.fit import ElidedLabel, clamp_rect
from desktop.ui.main_window import CATALOGUE, CLIENTS, DEADLINES, OFFERS, SETTINGS, MainWindow
from desktop.ui.signing.services_backend import ServicesSigningBackend
from desktop.ui.signing.signing_view import SigningDialog
from tests.db import factories
from tests.db.fixtures import new_sqlite_store
from tests.ui import translations
from tests.ui.signing.fakes import ScriptedDialogs as SigningScriptedDialogs
from tests.ui.signing.screens import pdf_shown
from tests.ui.signing.strokes import make_pen, pen_stroke, signature_strokes
from tests.ui.tour import main_window

# The client area a window gets on each screen: the screen less a panel and the title bar.
LAPTOP = QSize(1366, 768 - 60)
SMALL = QSize(1024, 600 - 60)
SIZES = {"1366x768": LAPTOP, "1024x600": SMALL}
LONG_NAME = "Société Anonyme de Distribution Alimentaire et de Boulangerie Industrielle du Grand-Duché"
TEN_LINES = (
    "FIB-1G", "BKP-5G", "IP-29", "PBX-SEAT", "SIP-TRUNK",
    "SIP-CH10", "NUM-BLK10", "WIFI-AP-IN", "RTR-MGD", "FW-M",
)  # fmt: skip
SIGNED_AT = dt.datetime.now(dt.UTC)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = new_sqlite_store(tmp_path)
    settings.set_representative(
        opened, RepresentativeInput(code="JDU", name="Jeanne Dupont", function="Responsable grands comptes")
    )
    settings.set_representative_signature(opened, factories.capture())
    yield opened
    opened.close()


@pytest.fixture
def presented(store: Store) -> int:
    """A presented 10-line offer for a client with a very long name."""
    client = clients.create_client(
        store,
        ClientInput(
            legal_name=LONG_NAME, legal_form="S.A.", address_line1="3, rue de la Gare", postcode="L-1611",
            city="Luxembourg", vat_number="LU15027442", rcs="B12345", signatory_name="Anne Schmit",
            signatory_function="Administratrice déléguée",
        ),
    )  # fmt: skip
    today = dt.date.today()
    draft = offers.create_draft(
        store,
        DraftInput(
            client.id,
            today,
            36,
            tuple(LineInput(code, 1 + i % 3) for i, code in enumerate(TEN_LINES)),
            validity_date=today + dt.timedelta(days=30),
            client_size=ClientSize.SMALL,
        ),
    )
    offers.present(store, draft.id)
    return draft.id


def smallest_screen(language: str, size: QSize) -> QSize:
    """The smallest screen a language's screens must fit: 1024×600, the laptop's at 1366×768
    for the stand-in German 30 % longer than French (see SCREENS_AND_LANGUAGES)."""
    return LAPTOP if language.endswith("-long") and size == LAPTOP else SMALL


# Each screen size in each language. The stand-in German 30 % longer than French needs about
# 1300 px in the editor and signing mode (their rows of buttons): it fits 1366×768, not
# 1024×600 (strict: this fails once it does, to be made the rule).
SCREENS_AND_LANGUAGES = [
    pytest.param(
        label, language,
        marks=[pytest.mark.xfail(strict=True, reason="the 30 % longer German does not fit 1024 px")]
        if label == "1024x600" and language.endswith("-long") else [],
    )
    for label in SIZES
    for language in translations.LANGUAGES
]  # fmt: skip


def fits(hint: QSize, size: QSize) -> bool:
    return hint.width() <= size.width() and hint.height() <= size.height()


def minimum(widget: QWidget) -> QSize:
    return widget.minimumSizeHint().expandedTo(widget.minimumSize())


def shot(widget: QWidget, folder: Path, name: str) -> None:
    QApplication.processEvents()
    assert widget.grab().save(str(folder / f"fit-{name}.png"))


@pytest.mark.parametrize(("label", "language"), SCREENS_AND_LANGUAGES)
def test_every_page_and_the_editor_fit_and_the_window_never_grows(
    qtbot,
    interface,
    store: Store,
    presented: int,
    dialogs,
    tmp_path: Path,
    screens: Path,
    label: str,
    language: str,
) -> None:
    translations.install(interface, tmp_path, language)
    size = SIZES[label]
    smallest = smallest_screen(language, size)
    label = f"{label}-{language}"
    window = main_window(qtbot, store, dialogs, tmp_path, size)
    for view, name in (
        (OFFERS, "offres"), (CLIENTS, "clients"), (CATALOGUE, "catalogue"), (DEADLINES, "echeances"),
        (SETTINGS, "parametres"),
    ):  # fmt: skip
        window.nav.setCurrentRow(view)
        QApplication.processEvents()
        assert fits(minimum(window), smallest), (name, minimum(window))
        assert window.size() == size, name
        shot(window, screens, f"{label}-{name}")

    window.open_offer(presented)  # read-only, 10 lines, a long client name
    QApplication.processEvents()
    editor = window.editor
    assert editor is not None
    assert editor.lines.rowCount() == 10
    assert fits(minimum(window), smallest), minimum(window)
    assert window.size() == size
    shot(window, screens, f"{label}-editeur-presentee")

    editor.new_revision()  # every header button visible, revision 2 in the title
    QApplication.processEvents()
    assert editor.revision_button.isHidden()
    assert not editor.duplicate_button.isHidden()
    assert fits(minimum(window), smallest), minimum(window)
    assert window.size() == size
    assert editor.title.text() in editor.title.toolTip() or not editor.title.elided()

    # the product names stay readable: the name column is not squeezed to "Fib…"
    # QHeaderView lays ResizeToContents sections out on a zero-delay timer: wait for it, then
    # the name column must have stopped stretching at its readable width (it never will if
    # the table squeezes it)
    def readable() -> bool:
        return editor.lines_view.columnWidth(editor.lines.NAME) >= 160

    qtbot.waitUntil(readable, timeout=3000)
    shot(window, screens, f"{label}-editeur-revision")

    editor.client_panel.new_button.click()  # the inline client form, scrolled
    QApplication.processEvents()
    assert window.size() == size
    for button in (editor.client_panel.new_button, editor.client_panel.add_site_button):
        assert button.width() >= button.sizeHint().width(), button.text()  # not cut
    shot(window, screens, f"{label}-nouveau-client")
    if label.startswith("1366x768") and not language.endswith("-long"):
        # every column of the lines shows, the client form open beside them: nothing to scroll to
        # (English's "Monthly ex VAT" headers once pushed the last column out of sight)
        scroll = editor.lines_view.horizontalScrollBar()
        qtbot.waitUntil(lambda: not scroll.isVisible(), timeout=3000)
    editor.client_panel.form.hide()


def test_the_title_is_elided_with_the_whole_text_as_tooltip(qtbot) -> None:
    label = ElidedLabel("Offre OF-2026-JDU-0001 — révision 12 · " + LONG_NAME)
    qtbot.addWidget(label)
    assert label.minimumSizeHint().width() < 100  # never widens its window
    label.resize(200, 30)
    label.show()
    assert label.elided()
    assert label.toolTip() == label.text()
    label.resize(2000, 30)
    assert not label.elided()
    assert label.toolTip() == ""


def test_saved_geometry_is_clamped_to_the_available_screen() -> None:
    area = QRect(0, 0, 1024, 570)
    assert clamp_rect(QRect(300, 200, 1360, 840), area) == QRect(0, 0, 1024, 570)
    assert clamp_rect(QRect(900, 500, 400, 300), area) == QRect(624, 270, 400, 300)
    assert clamp_rect(QRect(-50, -20, 400, 300), area) == QRect(0, 0, 400, 300)
    assert clamp_rect(QRect(2000, 100, 800, 500), QRect(1366, 0, 1366, 740)) == QRect(1932, 100, 800, 500)


def test_a_window_saved_larger_than_the_screen_is_restored_inside_it(qtbot, tmp_path: Path, dialogs) -> None:
    qsettings = QSettings(str(tmp_path / "big.ini"), QSettings.Format.IniFormat)
    big = MainWindow(None, dialogs, qsettings)
    qtbot.addWidget(big)
    screen = big.screen().availableGeometry()
    big.setGeometry(QRect(screen.left() + 50, screen.top() + 40, screen.width() + 600, screen.height() + 400))
    qsettings.setValue("main/geometry", big.saveGeometry())
    restored = MainWindow(None, dialogs, qsettings)
    qtbot.addWidget(restored)
    assert screen.contains(restored.geometry()), (restored.geometry(), screen)


def _sign_first_step(qtbot, view: SigningDialog) -> None:
    from PySide6.QtCore import QPoint, Qt

    step = view.client_step
    qtbot.mouseClick(step.cgv.box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(step.waiver.box, Qt.MouseButton.LeftButton)
    for button in step.size_buttons.values():
        if button.isChecked():
            break
    else:
        button = next(iter(step.size_buttons.values()))
        qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    signature_strokes(step.pad.canvas)


@pytest.mark.parametrize(("label", "language"), SCREENS_AND_LANGUAGES)
def test_signing_mode_fits_in_each_step(
    qtbot, interface, store: Store, presented: int, screens: Path, tmp_path: Path, label: str, language: str
) -> None:
    translations.install(interface, tmp_path, language)
    size = SIZES[label]
    smallest = smallest_screen(language, size)
    label = f"{label}-{language}"
    backend = ServicesSigningBackend(store, place=lambda: "Luxembourg", remember_place=lambda _p: None)
    view = SigningDialog.load(
        None, backend, presented, dialogs=SigningScriptedDialogs(), clock=lambda: SIGNED_AT, device="test"
    )
    assert view is not None
    qtbot.addWidget(view)
    view.resize(size)
    with qtbot.waitExposed(view):
        view.show()
    assert fits(minimum(view), smallest), minimum(view)
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    shot(view, screens, f"{label}-signature-1-client")
    # the declarations and the pad are reachable: the step's scroll area shows them or scrolls
    step = view.client_step
    for widget in (step.cgv, step.waiver, step.pad):
        assert widget.width() <= view.steps.width(), widget
    _sign_first_step(qtbot, view)
    view.next_button.click()
    pen_stroke(
        view.rep_step.pad.canvas,
        make_pen(),
        [(120 + i * 14, 160 + (i % 4) * 12, 0.3 + (i % 5) * 0.1, 1000 + i * 9) for i in range(30)],
    )
    QApplication.processEvents()
    assert fits(minimum(view), smallest), minimum(view)
    assert view.size() == size
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    shot(view, screens, f"{label}-signature-2-representant")
    assert view.confirm_button.isEnabled(), view.missing_label.text()
    view.confirm_button.click()
    qtbot.waitUntil(lambda: view.current_step() == 2, timeout=20_000)
    assert fits(minimum(view), smallest), minimum(view)
    assert view.size() == size
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    shot(view, screens, f"{label}-signature-3-fin")


def test_dialogs_fit_the_small_screen(qtbot) -> None:
    report = report_dialog(
        None, "Import", "12 erreurs", "\n".join(f"ligne {i} : prix manquant" for i in range(500))
    )
    date = date_dialog(
        None, "Mise en service", "Date de mise en service du contrat " + LONG_NAME, dt.date.today()
    )
    for dialog in (report, date):
        qtbot.addWidget(dialog)
        assert fits(minimum(dialog), SMALL), minimum(dialog)
        assert fits(dialog.size(), SMALL) or dialog is date
