"""A generated handwritten-looking signature, for the demo and the tests (never for a real client).

Deterministic: the same name gives the same strokes, so demo packs and benchmarks are stable.
"""

from __future__ import annotations

import hashlib
import math

from desktop.domain.signature import Point, PointerKind, SignatureCapture, Stroke

PAD_WIDTH = 12000  # 120 mm in 1/100 mm
PAD_HEIGHT = 4000  # 40 mm


def _catmull_rom(points: list[tuple[float, float]], steps: int) -> list[tuple[float, float]]:
    """A smooth curve through the control points (centripetal enough for handwriting)."""
    out: list[tuple[float, float]] = []
    padded = [points[0], *points, points[-1]]
    for i in range(1, len(padded) - 2):
        p0, p1, p2, p3 = padded[i - 1], padded[i], padded[i + 1], padded[i + 2]
        for k in range(steps):
            u = k / steps
            u2, u3 = u * u, u * u * u
            out.append(
                tuple(  # type: ignore[arg-type]
                    0.5
                    * (
                        2 * p1[j]
                        + (-p0[j] + p2[j]) * u
                        + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * u2
                        + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * u3
                    )
                    for j in range(2)
                )
            )
    out.append(points[-1])
    return out


def _stroke(controls: list[tuple[float, float]], t0: int, slant: float, base: float) -> tuple[Stroke, int]:
    points = []
    t = t0
    curve = _catmull_rom(controls, 9)
    for i, (x, y) in enumerate(curve):
        u = i / max(len(curve) - 1, 1)
        pressure = 550 + int(350 * math.sin(math.pi * u))
        points.append(Point(round(x + slant * (base - y)), round(y), t, pressure))
        t += 6
    return Stroke(tuple(points)), t


def generated_signature(name: str, pointer: PointerKind = PointerKind.PEN) -> SignatureCapture:
    digest = hashlib.sha256(name.encode("utf-8")).digest()
    r = [b / 255 for b in digest]
    base = 2900.0
    slant = 0.28
    # 1. a tall capital, then a cursive run of humps and loops whose rhythm depends on the name
    controls: list[tuple[float, float]] = [(900, 3300), (1300, 600 + 300 * r[0]), (1250, 3200), (1500, 2500)]
    x = 1700.0
    for k in range(7 + digest[1] % 4):
        width = 480 + 420 * r[2 + k]
        height = 500 + 900 * r[12 + k]
        if digest[20 + k] % 3 == 0:  # an ascender loop: goes up, comes back over itself
            controls += [(x + 0.5 * width, base - height * 1.5), (x + 0.1 * width, base - height * 1.2)]
            controls += [(x + 0.6 * width, base)]
        else:  # a hump
            controls += [(x + 0.35 * width, base - height), (x + 0.8 * width, base - 60 * r[k])]
        x += width
    controls.append((x + 400, base - 700))
    first, t = _stroke(controls, 0, slant, base)
    # 2. an underline flourish from right to left
    flourish = [(x + 200, base + 250), (x * 0.6, base + 550), (1200, base + 380), (700, base + 150)]
    second, t = _stroke(flourish, t + 200, 0.0, base)
    # 3. a dot
    dot_x, dot_y = round(x * (0.5 + 0.3 * r[30])), round(base - 1700)
    third = Stroke((Point(dot_x, dot_y, t + 250, 800), Point(dot_x + 40, dot_y + 30, t + 280, 800)))
    return SignatureCapture(
        strokes=(first, second, third), width=PAD_WIDTH, height=PAD_HEIGHT, pointer=pointer
    )
