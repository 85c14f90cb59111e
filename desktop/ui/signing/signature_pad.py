"""The signature pad: mouse, touch and pen strokes captured as exact integer data.

Everything recorded goes into `desktop.domain.signature` types: coordinates in 1/100 mm
(converted with the screen's physical DPI, so a signature keeps its real size), time in ms
from the first contact (the events' own timestamps), pressure in per mille (pens report it;
mouse and touch screens without pressure give 1000). What is drawn on screen is painted from
that same integer data, so the pad shows exactly what will be stored and printed.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QInputDevice,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from desktop.domain.signature import MIN_INK_LENGTH, Point, PointerKind, SignatureCapture, Stroke
from desktop.ui.signing.ink import (
    FULL_PRESSURE,
    INK_WIDTH_MM,
    UNITS_PER_INCH,
    paint_strokes,
    render_signature,
    signature_png,
)

FALLBACK_DPI = 96.0


def pointer_kind(device: QInputDevice | None) -> PointerKind:
    """Mouse, touch screen or pen, from the device that produced an event."""
    if device is None:
        return PointerKind.MOUSE
    kind = device.type()
    if kind == QInputDevice.DeviceType.TouchScreen:
        return PointerKind.TOUCH
    if kind in (
        QInputDevice.DeviceType.Stylus,
        QInputDevice.DeviceType.Airbrush,
        QInputDevice.DeviceType.Puck,
    ):
        return PointerKind.PEN
    return PointerKind.MOUSE


def _pressure(value: float) -> int:
    return max(0, min(FULL_PRESSURE, round(value * FULL_PRESSURE)))


class SignatureCanvas(QWidget):
    """The drawing surface. Emits `changed` after every finished stroke, undo or clear."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None, *, dots_per_inch: float | None = None) -> None:
        super().__init__(parent)
        self._fixed_dpi = dots_per_inch
        self._strokes: list[tuple[Point, ...]] = []
        self._kinds: list[PointerKind] = []
        self._current: list[Point] | None = None
        self._current_kind = PointerKind.MOUSE
        self._t0: int | None = None
        self._last_t = 0
        self._cache: QPixmap | None = None
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_TabletTracking, False)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(320, 140)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Zone de signature"))
        self.setAccessibleDescription(
            self.tr("Signez au doigt, au stylet ou à la souris. Retour arrière : effacer le dernier trait.")
        )

    # ----------------------------------------------------------------- units
    def dots_per_inch(self) -> float:
        """Device-independent pixels per inch of the screen the pad is on (physical DPI)."""
        if self._fixed_dpi is not None:
            return self._fixed_dpi
        screen = self.screen()
        dpi = screen.physicalDotsPerInch() if screen is not None else 0.0
        # Some drivers report nonsense (0, or a 1 mm wide screen); fall back to the usual 96.
        return dpi if 40.0 <= dpi <= 1000.0 else FALLBACK_DPI

    def units_per_pixel(self) -> float:
        return UNITS_PER_INCH / self.dots_per_inch()

    def pad_size_units(self) -> tuple[int, int]:
        upp = self.units_per_pixel()
        return round(self.width() * upp), round(self.height() * upp)

    def _to_units(self, pos: QPointF) -> tuple[int, int]:
        upp = self.units_per_pixel()
        w, h = self.pad_size_units()
        x = min(max(round(pos.x() * upp), 0), w)
        y = min(max(round(pos.y() * upp), 0), h)
        return x, y

    # ----------------------------------------------------------------- state
    def strokes(self) -> tuple[Stroke, ...]:
        return tuple(Stroke(points) for points in self._strokes)

    def is_empty(self) -> bool:
        return not self._strokes

    def is_drawing(self) -> bool:
        return self._current is not None

    def capture(self) -> SignatureCapture | None:
        """The finished strokes as a SignatureCapture, or None when nothing was drawn."""
        if not self._strokes:
            return None
        w, h = self.pad_size_units()
        counts: Counter[PointerKind] = Counter()
        for kind, points in zip(self._kinds, self._strokes, strict=True):
            counts[kind] += len(points)
        return SignatureCapture(
            strokes=self.strokes(),
            width=max([w] + [p.x for s in self._strokes for p in s]),
            height=max([h] + [p.y for s in self._strokes for p in s]),
            pointer=counts.most_common(1)[0][0],
        )

    def is_enough_ink(self) -> bool:
        capture = self.capture()
        return capture is not None and capture.is_enough_ink()

    def undo(self) -> None:
        """Remove the last finished stroke."""
        if self._current is not None or not self._strokes:
            return
        self._strokes.pop()
        self._kinds.pop()
        if not self._strokes:
            self._t0 = None
            self._last_t = 0
        self._invalidate()
        self.changed.emit()

    def clear(self) -> None:
        if not self._strokes and self._current is None:
            return
        self._strokes.clear()
        self._kinds.clear()
        self._current = None
        self._t0 = None
        self._last_t = 0
        self._invalidate()
        self.changed.emit()

    # ----------------------------------------------------------------- strokes
    def _time(self, timestamp: int) -> int:
        if self._t0 is None:
            self._t0 = timestamp
        # Different devices may use different clocks: time never runs backwards in a capture.
        t = max(timestamp - self._t0, self._last_t)
        self._last_t = t
        return t

    def _begin(self, pos: QPointF, timestamp: int, pressure: int, kind: PointerKind) -> None:
        self._current = []
        self._current_kind = kind
        self._add(pos, timestamp, pressure)

    def _add(self, pos: QPointF, timestamp: int, pressure: int) -> None:
        if self._current is None:
            return
        x, y = self._to_units(pos)
        t = self._time(timestamp)
        if self._current and (self._current[-1].x, self._current[-1].y) == (x, y):
            last = self._current[-1]
            if last.pressure == pressure:
                return
        self._current.append(Point(x, y, t, pressure))
        self.update()

    def _end(self, pos: QPointF | None, timestamp: int, pressure: int) -> None:
        if self._current is None:
            return
        if pos is not None:
            self._add(pos, timestamp, pressure)
        points = tuple(self._current)
        self._current = None
        if points:
            self._strokes.append(points)
            self._kinds.append(self._current_kind)
            self._invalidate()
            self.changed.emit()

    def _cancel(self) -> None:
        self._current = None
        if not self._strokes:
            self._t0 = None
            self._last_t = 0
        self.update()

    # ----------------------------------------------------------------- events
    @staticmethod
    def _synthesized(event: QMouseEvent) -> bool:
        # Mouse events Qt makes up from touch or pen input: those arrive as their own events.
        return event.source() != Qt.MouseEventSource.MouseEventNotSynthesized

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if self._synthesized(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._begin(event.position(), event.timestamp(), FULL_PRESSURE, pointer_kind(event.pointingDevice()))
        event.accept()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._synthesized(event) or not (event.buttons() & Qt.MouseButton.LeftButton):
            event.ignore()
            return
        self._add(event.position(), event.timestamp(), FULL_PRESSURE)
        event.accept()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self._synthesized(event) or event.button() != Qt.MouseButton.LeftButton:
            event.ignore()
            return
        self._end(event.position(), event.timestamp(), FULL_PRESSURE)
        event.accept()

    def tabletEvent(self, event: QTabletEvent) -> None:
        kind = pointer_kind(event.pointingDevice())
        pressure = _pressure(event.pressure())
        etype = event.type()
        if etype == QEvent.Type.TabletPress:
            self._begin(event.position(), event.timestamp(), pressure, kind)
        elif etype == QEvent.Type.TabletMove:
            if self._current is not None:
                self._add(event.position(), event.timestamp(), pressure)
        elif etype == QEvent.Type.TabletRelease:
            # The release reports zero pressure: keep the last real value for the end point.
            last = self._current[-1].pressure if self._current else pressure
            self._end(event.position(), event.timestamp(), last)
        event.accept()

    def event(self, event: QEvent) -> bool:
        etype = event.type()
        if etype in (
            QEvent.Type.TouchBegin,
            QEvent.Type.TouchUpdate,
            QEvent.Type.TouchEnd,
            QEvent.Type.TouchCancel,
        ):
            assert isinstance(event, QTouchEvent)
            self._touch(event)
            return True
        return super().event(event)

    def _touch(self, event: QTouchEvent) -> None:
        etype = event.type()
        if etype == QEvent.Type.TouchCancel:
            self._cancel()
            event.accept()
            return
        points = event.points()
        if not points:
            return
        point = points[0]  # one finger signs; a palm or second finger is ignored
        device = event.pointingDevice()
        has_pressure = device is not None and bool(device.capabilities() & QInputDevice.Capability.Pressure)
        pressure = _pressure(point.pressure()) if has_pressure else FULL_PRESSURE
        kind = pointer_kind(device)
        if etype == QEvent.Type.TouchBegin:
            self._begin(point.position(), event.timestamp(), pressure, kind)
        elif etype == QEvent.Type.TouchUpdate:
            self._add(point.position(), event.timestamp(), pressure)
        else:
            self._end(point.position(), event.timestamp(), pressure)
        event.accept()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Backspace:
            self.undo()
        elif event.key() == Qt.Key.Key_Delete:
            self.clear()
        else:
            super().keyPressEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._invalidate()
        super().resizeEvent(event)

    # ----------------------------------------------------------------- painting
    def _invalidate(self) -> None:
        self._cache = None
        self.update()

    def ink_width_px(self) -> float:
        return INK_WIDTH_MM * self.dots_per_inch() / 25.4

    def _finished_strokes_pixmap(self) -> QPixmap:
        if self._cache is None or self._cache.size() != self.size() * self.devicePixelRatioF():
            ratio = self.devicePixelRatioF()
            pixmap = QPixmap(self.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            paint_strokes(painter, self._strokes, 1 / self.units_per_pixel(), QPointF(), self.ink_width_px())
            painter.end()
            self._cache = pixmap
        return self._cache

    def baseline_y(self) -> float:
        return self.height() * 0.72

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        frame = QRectF(self.rect()).adjusted(1, 1, -1, -1)
        painter.setPen(QPen(QColor(150, 160, 175), 2 if self.hasFocus() else 1))
        painter.setBrush(QColor(255, 255, 255))
        painter.drawRoundedRect(frame, 8, 8)

        margin = self.width() * 0.06
        base_y = self.baseline_y()
        painter.setPen(QPen(QColor(120, 130, 145), 1.5))
        painter.drawLine(QPointF(margin, base_y), QPointF(self.width() - margin, base_y))
        font = QFont(self.font())
        font.setPointSizeF(max(font.pointSizeF(), 10) * 1.6)
        painter.setFont(font)
        painter.drawText(QPointF(margin, base_y - 8), "×")
        hint_font = QFont(self.font())
        hint_font.setPointSizeF(max(hint_font.pointSizeF(), 10) * 1.05)
        painter.setFont(hint_font)
        painter.setPen(QColor(120, 130, 145))
        painter.drawText(
            QRectF(margin, base_y + 6, self.width() - 2 * margin, 30),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            self.tr("Signature"),
        )
        if not self._strokes and self._current is None:
            painter.setPen(QColor(175, 182, 192))
            painter.drawText(
                QRectF(margin, 0, self.width() - 2 * margin, base_y - 10),
                Qt.AlignmentFlag.AlignCenter,
                self.tr("Signez ici avec le doigt, le stylet ou la souris"),
            )

        painter.drawPixmap(0, 0, self._finished_strokes_pixmap())
        if self._current:
            paint_strokes(
                painter, [self._current], 1 / self.units_per_pixel(), QPointF(), self.ink_width_px()
            )
        painter.end()


class SignaturePad(QWidget):
    """The canvas with its title, its "undo last stroke" and "clear" buttons and its message.

    `changed` fires after each stroke, undo and clear. `check()` returns the capture when
    there is enough ink, otherwise shows why it is refused and returns None.
    """

    changed = Signal()

    def __init__(
        self, title: str = "", parent: QWidget | None = None, *, dots_per_inch: float | None = None
    ) -> None:
        super().__init__(parent)
        self.canvas = SignatureCanvas(self, dots_per_inch=dots_per_inch)
        self.title_label = QLabel(title, self)
        self.title_label.setVisible(bool(title))
        self.title_label.setWordWrap(True)
        title_font = QFont(self.title_label.font())
        title_font.setBold(True)
        self.title_label.setFont(title_font)
        self.title_label.setBuddy(self.canvas)

        self.undo_button = QPushButton(self.tr("Annuler le &dernier trait"), self)
        self.clear_button = QPushButton(self.tr("&Effacer"), self)
        self.undo_button.setToolTip(self.tr("Retire le dernier trait (Retour arrière)"))
        self.clear_button.setToolTip(self.tr("Efface toute la signature (Suppr)"))
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b3261e;")
        self.message.setVisible(False)

        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.clear_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title_label)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.undo_button.clicked.connect(self.canvas.undo)
        self.clear_button.clicked.connect(self.canvas.clear)
        self.canvas.changed.connect(self._on_changed)
        self._update_buttons()

    def _on_changed(self) -> None:
        self._update_buttons()
        if self.message.isVisible() and (self.canvas.is_empty() or self.canvas.is_enough_ink()):
            self.message.setVisible(False)
        self.changed.emit()

    def _update_buttons(self) -> None:
        has_ink = not self.canvas.is_empty()
        self.undo_button.setEnabled(has_ink)
        self.clear_button.setEnabled(has_ink)

    def capture(self) -> SignatureCapture | None:
        return self.canvas.capture()

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def is_enough_ink(self) -> bool:
        return self.canvas.is_enough_ink()

    def refusal(self) -> str | None:
        """Why the current drawing cannot be accepted as a signature, or None if it can."""
        capture = self.canvas.capture()
        if capture is None:
            return self.tr("Aucune signature n'a été tracée.")
        if not capture.is_enough_ink():
            return self.tr(
                "Signature trop courte : tracez la signature complète (au moins {mm} mm de trait)."
            ).format(mm=MIN_INK_LENGTH // 100)
        return None

    def check(self) -> SignatureCapture | None:
        """The capture if it is a real signature; otherwise the refusal is shown and None returned."""
        reason = self.refusal()
        self.message.setText(reason or "")
        self.message.setVisible(reason is not None)
        return None if reason is not None else self.canvas.capture()

    def clear(self) -> None:
        self.canvas.clear()

    def undo(self) -> None:
        self.canvas.undo()


__all__ = [
    "SignatureCanvas",
    "SignaturePad",
    "pointer_kind",
    "render_signature",
    "signature_png",
]
