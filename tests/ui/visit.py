"""The visit at the client's desk, played with real input events and counted.

Counting rule (the same in docs/notes/visit.md): ONE interaction is
- one click or tap (on a button, a check box, a table cell; a double-click would be two),
- one key chord (Enter, Tab, F9, Ctrl+S, Alt+S …),
- one typed field value (any length of text typed into one field, without leaving it),
- one stroke of a signature (press, drag, release),
- one OK in a system dialog (the print dialog, kept on its proposed two copies).
Reading the screen is free; nothing is done for the user by calling a slot.

Every interaction of the visit goes through `Visit`, which performs it with QTest events and
counts it; `Visit.log` says what each one was, so a failing count shows where the steps went.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPoint, QSettings, Qt, QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QApplication, QWidget

from desktop.domain.views import RepresentativeInput
from desktop.services import settings
from desktop.services.store import Store
from desktop.ui.backend import ServicesBackend
from desktop.ui.main_window import MainWindow
from desktop.ui.signing.services_backend import ServicesSigningBackend, SigningMode
from desktop.ui.signing.signing_view import SigningDialog
from tests.ui.signing.fakes import STORED_SIGNATURE, ScriptedDialogs
from tests.ui.signing.strokes import mouse_stroke

SCREEN = (1366, 768)  # the representative's laptop


@dataclass
class Visit:
    """Performs and counts every interaction of the visit."""

    log: list[str] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.log)

    def _note(self, what: str) -> None:
        self.log.append(what)

    def click(self, widget: QWidget, what: str, pos: QPoint | None = None) -> None:
        assert widget.isVisible(), f"{what}: not on screen"
        assert widget.isEnabled(), f"{what}: disabled"
        self._note(f"click {what}")
        QTest.mouseClick(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, pos or QPoint())

    def click_cell(self, view: QAbstractItemView, index: QModelIndex, what: str) -> None:
        rect = view.visualRect(index)
        assert view.viewport().rect().contains(rect), f"{what}: the cell is not in view"
        self._note(f"click cell {what}")
        QTest.mouseClick(
            view.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, rect.center()
        )

    def type(self, text: str, expected: QWidget | None = None) -> None:
        """Type into the widget that has the keyboard focus (the flow must have put it there)."""
        target = QApplication.focusWidget()
        assert target is not None, f"typing {text!r}: nothing has the focus"
        if expected is not None:
            assert target is expected or expected.isAncestorOf(target), (
                f"typing {text!r}: the focus is on {target!r}, not on {expected!r}"
            )
        self._note(f"type {text!r}")
        type_into(target, text)

    def key(
        self,
        key: Qt.Key,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        what: str = "",
        target: QWidget | None = None,
    ) -> None:
        """A key chord to the focused widget (or `target`); the event loop then runs a moment,
        as it would: item editors commit queued, a button's shortcut clicks it 100 ms later."""
        widget = target or QApplication.focusWidget()
        assert widget is not None, f"key {what or key}: nothing has the focus"
        self._note(f"key {what or key.name}")
        QTest.keyClick(widget, key, modifiers)
        QApplication.processEvents()
        if modifiers & (Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier):
            QTest.qWait(150)

    def stroke(self, canvas: QWidget, points: Sequence[tuple[int, int]]) -> None:
        self._note("signature stroke")
        mouse_stroke(canvas, points)

    def dialog_ok(self, what: str) -> None:
        self._note(f"OK in {what}")


def type_into(widget: QWidget, text: str) -> None:
    """Key events for `text`, accented letters included (QTest.keyClicks takes ASCII only),
    each to the widget that has the focus then, as a keyboard does (the first key typed on a
    table cell opens its editor, which takes the focus and the next keys)."""
    for char in text:
        widget = QApplication.focusWidget() or widget
        if char.isascii():
            QTest.keyClick(widget, char)
        else:
            key = Qt.Key(ord(char.upper())) if ord(char.upper()) < 0x100 else Qt.Key.Key_unknown
            QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, char, Qt.KeyboardModifier.NoModifier)


class CountedPrintDialogs(ScriptedDialogs):
    """The application's dialog seam; the print dialog prints to a PDF file, as a user who
    chose "print to file" and kept the proposed copies, and its OK counts as one interaction."""

    def __init__(self, visit: Visit, print_to: Path) -> None:
        super().__init__()
        self.visit = visit
        self.print_to = print_to
        self.print_requests: list[int] = []

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        self.print_requests.append(printer.copyCount())
        self.visit.dialog_ok("the print dialog")
        return super().print_setup(parent, printer)


def representative_with_stored_signature(store: Store) -> None:
    """Set once in Paramètres before the first visit (not part of a visit)."""
    settings.set_representative(
        store, RepresentativeInput(code="JDU", name="Jeanne Dupont", function="Commerciale")
    )
    settings.set_representative_signature(store, STORED_SIGNATURE)


def open_window(qtbot, store: Store, dialogs, print_dialogs: ScriptedDialogs, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    signing = SigningMode(
        ServicesSigningBackend(store, place=lambda: "", remember_place=lambda _p: None), print_dialogs
    )
    window = MainWindow(
        ServicesBackend(store),
        dialogs,
        QSettings(str(tmp_path / "visit.ini"), QSettings.Format.IniFormat),
        signing,
    )

    def before_close(w: MainWindow) -> None:
        if w.editor is not None:
            w.editor.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=before_close)
    window.resize(*SCREEN)
    with qtbot.waitActive(window):
        window.show()
        window.activateWindow()
    return window


class InSigningMode:
    """Runs `action` on the signing dialog once its modal loop shows it; an assertion that fails
    there closes the dialog (the test then fails with it instead of hanging)."""

    def __init__(self, action: Callable[[SigningDialog], None]) -> None:
        self.action = action
        self.error: BaseException | None = None
        self.dialog: SigningDialog | None = None
        self.attempts = 0
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._attempt)
        self.timer.start()

    def _attempt(self) -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, SigningDialog) and widget.isVisible():
                self.attempts += 1
                if not widget.isActiveWindow() and self.attempts < 300:
                    widget.activateWindow()  # as the window manager does for a new full-screen window
                    return
                self.timer.stop()
                self.dialog = widget
                try:
                    assert widget.isActiveWindow(), "signing mode never became the active window"
                    self.action(widget)
                except BaseException as exc:
                    self.error = exc
                    widget.done(0)
                return

    def check(self) -> SigningDialog:
        self.timer.stop()
        if self.error is not None:
            raise self.error
        assert self.dialog is not None, "signing mode never opened"
        return self.dialog
