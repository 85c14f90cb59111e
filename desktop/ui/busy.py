"""Busy state: what the user sees while an action takes longer than a blink (over 100 ms).

`busy(message, where, *widgets)` shows a wait cursor and the message (in a main window's
status bar, or in a label), disables the widgets, paints once so the message is on screen
before the work starts, and undoes all of it when the block ends, whether it returned or
raised. One helper for every long action: sealing, opening the pack preview, presenting,
opening an offer, importing a catalogue.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QEventLoop, Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QStatusBar, QWidget


def status_of(widget: QWidget | None) -> QStatusBar | None:
    """The status bar of the main window `widget` sits in, if any."""
    window = widget.window() if widget is not None else None
    return window.statusBar() if isinstance(window, QMainWindow) else None


@contextmanager
def busy(message: str, where: QStatusBar | QLabel | None, *widgets: QWidget) -> Iterator[None]:
    """Wait cursor + `message` in `where` + `widgets` disabled, for the duration of the block."""
    disabled = [w for w in widgets if w.isEnabled()]
    for widget in disabled:
        widget.setEnabled(False)
    previous = ""
    if isinstance(where, QLabel):
        previous = where.text()
        where.setText(message)
    elif where is not None:
        where.showMessage(message)
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    # paint the message and the disabled buttons now; input waits until the work is done
    QApplication.processEvents(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()
        if isinstance(where, QLabel):
            if where.text() == message:
                where.setText(previous)
        elif where is not None and where.currentMessage() == message:
            where.clearMessage()
        for widget in disabled:
            widget.setEnabled(True)


def is_busy() -> bool:
    """True while a wait cursor is shown (for tests and for re-entrancy guards)."""
    cursor = QApplication.overrideCursor()
    return cursor is not None and cursor.shape() == Qt.CursorShape.WaitCursor
