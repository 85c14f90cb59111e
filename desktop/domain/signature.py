"""A handwritten signature as captured: strokes of timed points, stored as integers.

Coordinates are in hundredths of a millimetre on the pad (so the same strokes print at the
same size anywhere), time in milliseconds from the first contact, pressure in per mille
(1000 when the device reports none). Integers keep the data exact, hashable and portable.
"""

from __future__ import annotations

import math
from enum import StrEnum
from typing import Any

from desktop.domain.value import Value

MIN_STROKES = 1
MIN_INK_LENGTH = 3000  # 30 mm of ink: below this a "signature" is a dot or a slip


class PointerKind(StrEnum):
    MOUSE = "mouse"
    TOUCH = "touch"
    PEN = "pen"


class Point(Value):
    x: int
    y: int
    t_ms: int
    pressure: int = 1000


class Stroke(Value):
    points: tuple[Point, ...]

    def ink_length(self) -> int:
        total = 0
        for a, b in zip(self.points, self.points[1:], strict=False):
            dx, dy = b.x - a.x, b.y - a.y
            total += math.isqrt(dx * dx + dy * dy)
        return total


class SignatureCapture(Value):
    """What the pad recorded: strokes, the pad size (same units) and how it was drawn."""

    strokes: tuple[Stroke, ...]
    width: int
    height: int
    pointer: PointerKind

    @property
    def ink_length(self) -> int:
        return sum(s.ink_length() for s in self.strokes)

    @property
    def duration_ms(self) -> int:
        times = [p.t_ms for s in self.strokes for p in s.points]
        return (max(times) - min(times)) if times else 0

    def is_enough_ink(self) -> bool:
        return len(self.strokes) >= MIN_STROKES and self.ink_length >= MIN_INK_LENGTH

    def to_json(self) -> dict[str, Any]:
        return {
            "width": self.width,
            "height": self.height,
            "pointer": self.pointer.value,
            "strokes": [[[p.x, p.y, p.t_ms, p.pressure] for p in s.points] for s in self.strokes],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SignatureCapture:
        return cls(
            strokes=tuple(
                Stroke(tuple(Point(int(x), int(y), int(t), int(p)) for x, y, t, p in stroke))
                for stroke in data["strokes"]
            ),
            width=int(data["width"]),
            height=int(data["height"]),
            pointer=PointerKind(data["pointer"]),
        )
