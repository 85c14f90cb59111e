"""The editor's two tables, made for the keyboard: Tab leaves them (arrows move inside), the
focused cell has a clear frame, typing on a quantity or discount cell edits it in place."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QTableView, QWidget

FOCUS_COLOUR = "#1f4e8c"
# the current cell of the focused table: a 2 px frame on a pale background, also on selected rows
FOCUS_STYLE = f"""
QTableView::item:focus {{ border: 2px solid {FOCUS_COLOUR}; background: #dce8f8; color: black; }}
QTableView:focus {{ border: 1px solid {FOCUS_COLOUR}; }}
"""


class KeyboardTable(QTableView):
    """Tab and Shift+Tab go to the next and previous widget, not the next cell; entering the
    table puts the current cell on its first row (in `first_column`) when none is set."""

    def __init__(self, first_column: int = 0, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._first_column = first_column
        self.setTabKeyNavigation(False)
        self.setStyleSheet(FOCUS_STYLE)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.verticalHeader().setVisible(False)

    def commit_editing(self) -> None:
        """Keep what is being typed in a cell (a click on a tool bar button takes no focus)."""
        if self.state() == QAbstractItemView.State.EditingState:
            editor = self.indexWidget(self.currentIndex())
            if editor is not None:
                self.commitData(editor)
                self.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def focusInEvent(self, event: QFocusEvent) -> None:
        model = self.model()
        if model is not None and not self.currentIndex().isValid() and model.rowCount() > 0:
            self.setCurrentIndex(model.index(0, self._first_column))
        super().focusInEvent(event)


class CatalogueView(KeyboardTable):
    """Enter adds the current product, like a double-click."""

    add_requested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.add_requested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


def chain_tab_order(*widgets: QWidget) -> None:
    """Tab goes through `widgets` in this order (hidden or disabled ones are skipped by Qt)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
