"""Painting signatures from their integer stroke data: on the pad, and into images (PNG).

Strokes are smoothed with quadratic curves through the midpoints of successive points; the
line width follows the pen pressure. The pad and the images share this one painter, so a
preview looks exactly like what was drawn.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPen

from desktop.domain.signature import Point, SignatureCapture

UNITS_PER_INCH = 2540  # hundredths of a millimetre
INK_WIDTH_MM = 0.8  # a fine felt pen
INK_COLOR = QColor(20, 35, 90)  # dark blue ink, reads as a real signature on paper
FULL_PRESSURE = 1000


def _width_factor(pressure: int) -> float:
    """Light pressure draws a thinner line, never thinner than a third of the full width."""
    return 0.35 + 0.65 * pressure / FULL_PRESSURE


def paint_strokes(
    painter: QPainter,
    strokes: Iterable[Sequence[Point]],
    scale: float,
    offset: QPointF,
    width_px: float,
    color: QColor = INK_COLOR,
) -> None:
    """Smooth strokes: quadratic curves through the midpoints, width following pressure."""
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    pen = QPen(color, width_px, Qt.PenStyle.SolidLine, Qt.PenCapStyle.RoundCap, Qt.PenJoinStyle.RoundJoin)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    for points in strokes:
        if not points:
            continue
        pts = [QPointF(p.x * scale + offset.x(), p.y * scale + offset.y()) for p in points]
        pressures = [p.pressure for p in points]
        if len(pts) == 1 or all(pt == pts[0] for pt in pts):
            diameter = width_px * _width_factor(pressures[0])
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(color)
            painter.drawEllipse(pts[0], diameter / 2, diameter / 2)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            continue
        if min(pressures) == max(pressures):
            path = QPainterPath(pts[0])
            _smooth_into(path, pts)
            pen.setWidthF(width_px * _width_factor(pressures[0]))
            painter.setPen(pen)
            painter.drawPath(path)
            continue
        # Varying pressure: one curve piece per point, each with its own width.
        start = pts[0]
        for i in range(1, len(pts)):
            piece = QPainterPath(start)
            if i < len(pts) - 1:
                end = (pts[i] + pts[i + 1]) / 2
                piece.quadTo(pts[i], end)
            else:
                end = pts[i]
                piece.lineTo(end)
            pen.setWidthF(width_px * _width_factor((pressures[i - 1] + pressures[i]) // 2))
            painter.setPen(pen)
            painter.drawPath(piece)
            start = end


def _smooth_into(path: QPainterPath, pts: Sequence[QPointF]) -> None:
    for i in range(1, len(pts) - 1):
        path.quadTo(pts[i], (pts[i] + pts[i + 1]) / 2)
    path.lineTo(pts[-1])


def _ink_bounds(capture: SignatureCapture) -> QRectF:
    xs = [p.x for s in capture.strokes for p in s.points]
    ys = [p.y for s in capture.strokes for p in s.points]
    return QRectF(min(xs), min(ys), max(xs) - min(xs), max(ys) - min(ys))


def render_signature(
    capture: SignatureCapture,
    size: QSize | None = None,
    *,
    dots_per_inch: float = 200.0,
    crop: bool = True,
    margin_mm: float = 2.0,
    color: QColor = INK_COLOR,
    background: QColor | None = None,
) -> QImage:
    """The signature as an image: at its real size for `dots_per_inch`, or fitted into `size`.

    `crop` keeps only the inked area (plus a margin); otherwise the whole pad is drawn. The
    background is transparent unless one is given (PNG previews keep the alpha channel).
    """
    margin = margin_mm * 100 + INK_WIDTH_MM * 100
    if crop and capture.strokes:
        area = _ink_bounds(capture).adjusted(-margin, -margin, margin, margin)
    else:
        area = QRectF(0, 0, max(capture.width, 1), max(capture.height, 1))
    natural_scale = dots_per_inch / UNITS_PER_INCH  # pixels per unit
    if size is None:
        scale = natural_scale
        size = QSize(max(1, round(area.width() * scale)), max(1, round(area.height() * scale)))
        offset = QPointF(-area.left() * scale, -area.top() * scale)
    else:
        scale = min(size.width() / area.width(), size.height() / area.height())
        used_w, used_h = area.width() * scale, area.height() * scale
        offset = QPointF(
            (size.width() - used_w) / 2 - area.left() * scale,
            (size.height() - used_h) / 2 - area.top() * scale,
        )
    image = QImage(size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(background if background is not None else QColor(0, 0, 0, 0))
    painter = QPainter(image)
    width_px = max(1.0, INK_WIDTH_MM * 100 * scale)
    paint_strokes(painter, (s.points for s in capture.strokes), scale, offset, width_px, color)
    painter.end()
    return image


def signature_png(
    capture: SignatureCapture,
    size: QSize | None = None,
    *,
    dots_per_inch: float = 200.0,
    crop: bool = True,
    background: QColor | None = None,
) -> bytes:
    """`render_signature` encoded as PNG bytes (for previews and the stored signature image)."""
    image = render_signature(capture, size, dots_per_inch=dots_per_inch, crop=crop, background=background)
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    # PySide6's stubs ask for bytes, its runtime only accepts str.
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]
        raise RuntimeError("PNG encoding of the signature failed")
    buffer.close()
    return bytes(data.data())
