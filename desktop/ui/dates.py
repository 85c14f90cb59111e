"""The one date field: JJ/MM/AAAA (TT.MM.JJJJ in German), calendar popup, and a date typed as people type it.

Qt's QDateEdit moves to the next section by itself once a section is complete ("15" -> the
month); the "/" typed next then skipped the month too, so "15/12/2026" became "15/12/1" (the
month's digits landed in the year, then every further digit was refused). Here a separator
typed right after such an automatic move is taken as the move itself.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDateEdit, QWidget

from desktop.ui.formats import qt_date_format

SEPARATORS = frozenset("/.-")


class DateEdit(QDateEdit):
    def __init__(self, date: QDate | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        if date is not None:
            self.setDate(date)
        self.setCalendarPopup(True)
        self.setDisplayFormat(qt_date_format())  # as the lists write a day in this language
        self._moved_by_itself = False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        text = event.text()
        if text and text in SEPARATORS and self._moved_by_itself:
            self._moved_by_itself = False  # the move the person asked for already happened
            event.accept()
            return
        section = self.currentSection()
        super().keyPressEvent(event)
        self._moved_by_itself = text.isdigit() and self.currentSection() != section
