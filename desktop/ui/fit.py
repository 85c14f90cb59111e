"""Screens that fit a laptop: elided labels, scroll areas as wide as their content, geometry
clamped to the available screen.

The smallest screen OfferDesk is used on is 1024×600 (logical pixels, so also 2048×1200 at
200 %); every page, the editor and signing mode keep their minimum size below it, and the
window never grows by itself when content changes (a long client name, a new revision).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QRect, QSize, Qt, QTimer
from PySide6.QtGui import QGuiApplication, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QListView,
    QScrollArea,
    QSizePolicy,
    QStyle,
    QTableView,
    QWidget,
)

SMALLEST_SCREEN = QSize(1024, 600)
DEFAULT_SIZE = QSize(1360, 840)


class ElidedLabel(QLabel):
    """One line, cut with "…" when narrow; the whole text is then its tooltip.

    Its minimum width is small, so a long client name or offer title never widens a window.
    """

    def __init__(self, text: str = "", parent: QWidget | None = None, *, min_width: int = 40) -> None:
        super().__init__(text, parent)
        self._min_width = min_width
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._update_tip()

    def setText(self, text: str) -> None:
        super().setText(text)
        self._update_tip()

    def minimumSizeHint(self) -> QSize:
        return QSize(self._min_width, super().minimumSizeHint().height())

    def elided(self) -> bool:
        return self.fontMetrics().horizontalAdvance(self.text()) > self.contentsRect().width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._update_tip()

    def _update_tip(self) -> None:
        tip = self.text() if self.elided() else ""
        if tip != self.toolTip():
            self.setToolTip(tip)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        rect = self.contentsRect()
        text = self.fontMetrics().elidedText(self.text(), Qt.TextElideMode.ElideRight, rect.width())
        painter.setPen(self.palette().color(self.foregroundRole()))
        painter.drawText(rect, int(self.alignment() | Qt.AlignmentFlag.AlignVCenter), text)


class FitScrollArea(QScrollArea):
    """A vertical scroll area whose minimum width is its content's (no horizontal scroll bar,
    nothing cut at the right), and whose minimum height is small (it scrolls)."""

    def __init__(self, widget: QWidget, parent: QWidget | None = None, *, min_height: int = 120) -> None:
        super().__init__(parent)
        self._min_height = min_height
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:
        inner = self.widget()
        width = inner.minimumSizeHint().width() if inner is not None else 0
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(width + bar + 2 * self.frameWidth(), self._min_height)

    def sizeHint(self) -> QSize:
        inner = self.widget()
        hint = inner.sizeHint() if inner is not None else QSize(0, 0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return QSize(hint.width() + bar + 2 * self.frameWidth(), hint.height())


def clamp_rect(rect: QRect, available: QRect) -> QRect:
    """`rect` moved and shrunk so that it lies inside `available` (a screen's available area)."""
    width = min(rect.width(), available.width())
    height = min(rect.height(), available.height())
    left = min(max(rect.left(), available.left()), available.left() + available.width() - width)
    top = min(max(rect.top(), available.top()), available.top() + available.height() - height)
    return QRect(left, top, width, height)


def available_area(widget: QWidget) -> QRect | None:
    """The available geometry of the screen the widget is on (or the primary one)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else None


def frame_margins(widget: QWidget) -> QSize:
    """What the window manager's frame adds around the client area (zero until known)."""
    frame = widget.frameGeometry()
    inner = widget.geometry()
    return QSize(max(0, frame.width() - inner.width()), max(0, frame.height() - inner.height()))


def fit_window(widget: QWidget) -> None:
    """Move and shrink a top-level window (frame included) into its screen's available area."""
    area = available_area(widget)
    if area is None:
        return
    extra = frame_margins(widget)
    inner = QRect(area.left(), area.top(), area.width() - extra.width(), area.height() - extra.height())
    clamped = clamp_rect(widget.geometry(), inner)
    if clamped != widget.geometry():
        widget.setGeometry(clamped)


def default_size(widget: QWidget) -> QSize:
    """The first-start size: 1360×840, or less on a smaller screen (leaving room for the frame
    and a panel)."""
    area = available_area(widget)
    if area is None:
        return DEFAULT_SIZE
    return QSize(min(DEFAULT_SIZE.width(), area.width() - 16), min(DEFAULT_SIZE.height(), area.height() - 40))


class ReadableColumn(QObject):
    """Keeps one stretched column of a table at least `min_width` wide: when the table is
    too narrow for it, the column stops stretching and the table scrolls sideways instead
    of squeezing a product name to "Fib…"."""

    def __init__(self, view: QTableView, column: int, min_width: int) -> None:
        super().__init__(view)
        self._view = view
        self._column = column
        self._min_width = min_width
        self._retries = 0
        view.viewport().installEventFilter(self)
        view.horizontalHeader().sectionResized.connect(lambda *_: self._update())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._update()
        return False

    def _update(self) -> None:
        header = self._view.horizontalHeader()
        others = sum(
            header.sectionSize(i)
            for i in range(header.count())
            if i != self._column and not header.isSectionHidden(i)
        )
        room = self._view.viewport().width() - others
        stretch = QHeaderView.ResizeMode.Stretch
        if room >= self._min_width:
            if header.sectionResizeMode(self._column) != stretch:
                header.setSectionResizeMode(self._column, stretch)
        else:
            if header.sectionResizeMode(self._column) == stretch:
                header.setSectionResizeMode(self._column, QHeaderView.ResizeMode.Interactive)
            if header.sectionSize(self._column) < self._min_width:
                header.resizeSection(self._column, self._min_width)
                # asked from inside the header's own layout pass, the size can be overridden by
                # that pass: look again once it is over (a few times at most)
                if self._retries < 3:
                    self._retries += 1
                    QTimer.singleShot(0, self, self._update)  # dropped if the view is gone
                return
        self._retries = 0


def one_line_rows(view: QTableView, column: int, min_width: int = 180) -> None:
    """One line per row, texts cut with "…", and `column` never squeezed below `min_width`."""
    view.setWordWrap(False)
    view.setTextElideMode(Qt.TextElideMode.ElideRight)
    ReadableColumn(view, column, min_width)


class PlainComboBox(QComboBox):
    """A combo box whose list opens right below it, as wide as its longest entry, one line per
    entry (Fusion's default popup opens over the box, shifted so that the current entry is
    under the pointer: the next click picked the wrong category; long names wrapped)."""

    def __init__(self, parent: QWidget | None = None, *, min_chars: int = 10) -> None:
        super().__init__(parent)
        self.setStyleSheet("QComboBox { combobox-popup: 0; }")
        view = self.view()
        if isinstance(view, QListView):
            view.setWordWrap(False)
        view.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(min_chars)  # longer entries are cut in the box, whole in the list
        self.setMaxVisibleItems(15)

    def popup_width(self) -> int:
        """What the list needs to show its longest entry whole (with its scroll bar)."""
        metrics = self.view().fontMetrics()
        widest = max((metrics.horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        bar = self.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, self)
        return widest + bar + 24

    def showPopup(self) -> None:
        self.view().setMinimumWidth(self.popup_width())
        super().showPopup()
