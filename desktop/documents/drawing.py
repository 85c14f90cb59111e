"""Signatures drawn as vector paths from their strokes, so they print crisply at any size."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.platypus import Flowable

from desktop.domain.signature import SignatureCapture

INK = colors.HexColor("#14213d")
BOX = colors.HexColor("#b9c3cf")
HINT = colors.HexColor("#98a2ae")


class SignatureBox(Flowable):
    """A framed box with the signature's strokes fitted inside (aspect ratio kept).

    The pad's units are 1/100 mm with y growing downwards; PDF y grows upwards. Pressure
    (per mille) modulates the line width a little, as a pen would.
    """

    def __init__(
        self, capture: SignatureCapture | None, width: float, height: float, hint: str = "Signature"
    ) -> None:
        super().__init__()
        self.capture = capture
        self.width = width
        self.height = height
        self.hint = hint

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.saveState()
        c.setStrokeColor(BOX)
        c.setLineWidth(0.5)
        if self.capture is None:
            c.setDash(2, 2)
        c.roundRect(0, 0, self.width, self.height, 3, stroke=1, fill=0)
        c.setDash()
        if self.capture is None or not self.capture.strokes:
            c.setFillColor(HINT)
            c.setFont("DejaVuSans", 7)
            c.drawCentredString(self.width / 2, self.height / 2 - 2.5, self.hint)
            c.restoreState()
            return
        self._draw_strokes()
        c.restoreState()

    def _draw_strokes(self) -> None:
        capture = self.capture
        assert capture is not None
        points = [p for s in capture.strokes for p in s.points]
        min_x = min(p.x for p in points)
        max_x = max(p.x for p in points)
        min_y = min(p.y for p in points)
        max_y = max(p.y for p in points)
        span_x = max(max_x - min_x, 1)
        span_y = max(max_y - min_y, 1)
        pad = 5.0
        scale = min((self.width - 2 * pad) / span_x, (self.height - 2 * pad) / span_y)
        off_x = (self.width - span_x * scale) / 2
        off_y = (self.height - span_y * scale) / 2
        c = self.canv
        c.setStrokeColor(INK)
        c.setLineCap(1)
        c.setLineJoin(1)
        for stroke in capture.strokes:
            pts = stroke.points
            if not pts:
                continue
            pressure = sum(p.pressure for p in pts) / len(pts)
            c.setLineWidth(0.55 + 0.6 * min(max(pressure, 0), 1000) / 1000)
            path = c.beginPath()
            first = pts[0]
            path.moveTo(off_x + (first.x - min_x) * scale, off_y + (max_y - first.y) * scale)
            if len(pts) == 1:
                path.lineTo(off_x + (first.x - min_x) * scale + 0.3, off_y + (max_y - first.y) * scale)
            for p in pts[1:]:
                path.lineTo(off_x + (p.x - min_x) * scale, off_y + (max_y - p.y) * scale)
            c.drawPath(path, stroke=1, fill=0)
