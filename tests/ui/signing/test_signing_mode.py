"""SigningMode, the main window's entry point: full screen, modal, returns whether it signed;
and printing an offer's pack from the editor. Keyboard-only use of the form."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from desktop.domain.vocabulary import ClientSize
from desktop.ui.signing.services_backend import SigningMode
from desktop.ui.signing.signing_view import SigningDialog
from tests.ui.signing.fakes import FakeSigningBackend, ScriptedDialogs
from tests.ui.signing.pdfs import pdf_page_sizes
from tests.ui.signing.strokes import signature_strokes


def when_shown(action) -> QTimer:
    """Run `action` on the signing dialog once its modal event loop shows it (keep the timer)."""
    timer = QTimer()
    timer.setInterval(5)

    def attempt() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SigningDialog) and widget.isVisible():
                timer.stop()
                action(widget)
                return

    timer.timeout.connect(attempt)
    timer.start()
    return timer


def test_sign_opens_full_screen_and_reports_a_signature(qtbot) -> None:
    backend = FakeSigningBackend()
    dialogs = ScriptedDialogs()
    parent = QWidget()
    qtbot.addWidget(parent)
    seen: dict[str, bool] = {}

    def sign_it(dialog: SigningDialog) -> None:
        seen["full_screen"] = dialog.isFullScreen()
        seen["modal"] = dialog.isModal()
        step = dialog.client_step
        step.cgv.setChecked(True)
        step.waiver.setChecked(True)
        step.size_buttons[ClientSize.OTHER].setChecked(True)
        step.signatory_function.setText("Gérante")
        signature_strokes(step.pad.canvas)
        dialog.next_button.click()
        seen["stored_proposed"] = dialog.rep_step.uses_stored()
        dialog.confirm_button.click()
        dialog.finish_button.click()

    _timer = when_shown(sign_it)
    assert SigningMode(backend, dialogs).sign(parent, 7) is True
    assert seen == {"full_screen": True, "modal": True, "stored_proposed": True}
    assert backend.signed is not None
    assert backend.requests[0].client_size is ClientSize.OTHER


def test_leaving_without_signing_reports_no_signature(qtbot) -> None:
    backend = FakeSigningBackend()
    parent = QWidget()
    qtbot.addWidget(parent)
    _timer = when_shown(lambda dialog: dialog.cancel_button.click())
    assert SigningMode(backend, ScriptedDialogs()).sign(parent, 7) is False
    assert backend.requests == []


def test_print_offer_prints_its_pack_two_copies_by_default(qtbot, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.print_to = tmp_path / "offer.pdf"
    parent = QWidget()
    qtbot.addWidget(parent)
    job = SigningMode(FakeSigningBackend(), dialogs).print_offer(parent, 7)
    assert job is not None
    job.wait()
    assert dialogs.printer_copies == 2
    assert len(pdf_page_sizes(dialogs.print_to)) == 8  # the 4-page draft, twice


def test_the_client_step_can_be_filled_from_the_keyboard(qtbot) -> None:
    dialogs = ScriptedDialogs()
    view = SigningDialog.load(None, FakeSigningBackend(), 7, dialogs=dialogs, dots_per_inch=100.0)
    assert view is not None
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    with qtbot.waitActive(view):
        view.show()
        view.activateWindow()
    step = view.client_step
    step.cgv.box.setFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert step.cgv.isChecked()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is step.waiver.box
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert step.waiver.isChecked()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert isinstance(QApplication.focusWidget(), type(step.size_buttons[ClientSize.MICRO]))
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)
    assert step.client_size() is not None
    step.signatory_function.setFocus()
    QTest.keyClicks(step.signatory_function, "Directrice")
    assert view.missing_label.text().endswith("faire signer le client.")
    # Undo / clear of the pad from the keyboard
    signature_strokes(step.pad.canvas)
    step.pad.canvas.setFocus()
    QTest.keyClick(step.pad.canvas, Qt.Key.Key_Backspace)
    assert len(step.pad.capture().strokes) == 1  # type: ignore[union-attr]


def test_opening_signing_mode_starts_the_warm_up_and_signing_waits_for_it(qtbot, monkeypatch) -> None:
    from desktop.ui.signing import services_backend

    calls = []
    monkeypatch.setattr(services_backend, "prepare_signing", lambda: calls.append("prepare"))
    monkeypatch.setattr(services_backend, "prefetch_printers", lambda: calls.append("printers"))
    monkeypatch.setattr(services_backend.SigningDialog, "run", classmethod(lambda cls, *a, **k: None))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert SigningMode(FakeSigningBackend(), ScriptedDialogs()).sign(parent, 7) is False
    assert calls == ["prepare", "printers"]
