"""Strokes drawn like a hand would: QTest mouse events, synthesized tablet events, touch."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QInputDevice, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget


def mouse_stroke(widget: QWidget, points: Sequence[tuple[int, int]], step_ms: int = 10) -> None:
    """Press at the first point, move through the others, release at the last."""
    first, *rest = points
    QTest.mousePress(widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*first))
    for x, y in rest[:-1]:
        QTest.mouseMove(widget, QPoint(x, y), step_ms)
    last = rest[-1] if rest else first
    QTest.mouseRelease(
        widget, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(*last), step_ms
    )


def make_pen() -> QPointingDevice:
    return QPointingDevice(
        "test stylus",
        4242,
        QInputDevice.DeviceType.Stylus,
        QPointingDevice.PointerType.Pen,
        QInputDevice.Capability.Position | QInputDevice.Capability.Pressure,
        1,
        3,
    )


def tablet_event(
    widget: QWidget,
    device: QPointingDevice,
    kind: QEvent.Type,
    pos: tuple[int, int],
    pressure: float,
    timestamp: int,
) -> bool:
    """Send one synthesized QTabletEvent (as a graphics tablet driver would) to the widget."""
    local = QPointF(*pos)
    held = Qt.MouseButton.LeftButton if kind != QEvent.Type.TabletRelease else Qt.MouseButton.NoButton
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.TabletMove else Qt.MouseButton.LeftButton
    event = QTabletEvent(
        kind,
        device,
        local,
        widget.mapToGlobal(local),
        pressure,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        Qt.KeyboardModifier.NoModifier,
        button,
        held,
    )
    event.setTimestamp(timestamp)
    return QApplication.sendEvent(widget, event)


def pen_stroke(
    widget: QWidget, device: QPointingDevice, samples: Sequence[tuple[int, int, float, int]]
) -> None:
    """samples: (x, y, pressure 0..1, timestamp ms); press, moves, then a zero-pressure release."""
    (x0, y0, p0, t0), *rest = samples
    tablet_event(widget, device, QEvent.Type.TabletPress, (x0, y0), p0, t0)
    for x, y, p, t in rest[:-1]:
        tablet_event(widget, device, QEvent.Type.TabletMove, (x, y), p, t)
    x, y, _p, t = rest[-1]
    tablet_event(widget, device, QEvent.Type.TabletRelease, (x, y), 0.0, t)


def signature_strokes(widget: QWidget) -> None:
    """A plausible two-stroke signature (well over the minimum ink) drawn with the mouse."""
    w, h = widget.width(), widget.height()
    base = int(h * 0.65)
    mouse_stroke(
        widget,
        [(int(w * 0.12) + i * 12, base - (30 if i % 2 else 0) - i * 2) for i in range(20)],
    )
    mouse_stroke(widget, [(int(w * 0.15), base + 10), (int(w * 0.45), base + 4), (int(w * 0.7), base - 6)])
