"""Text extraction helpers for the pack tests (pypdf), with page furniture told apart."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader

from desktop.documents.pack import frame_box

SPACES = {"\u00a0": " ", "\u202f": " "}


def normalise(text: str) -> str:
    for k, v in SPACES.items():
        text = text.replace(k, v)
    return text


def reader(pdf: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(pdf))


def page_texts(pdf: bytes) -> list[str]:
    """Whole text of each page (furniture included), spaces normalised."""
    return [normalise(p.extract_text() or "") for p in reader(pdf).pages]


def body_text(pdf: bytes, pages: tuple[int, ...]) -> str:
    """Text drawn inside the frames of the given 1-based pages: no header, footer or watermark."""
    _x0, y0, _x1, y1 = frame_box()
    chunks: list[str] = []
    pdf_reader = reader(pdf)

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: Any) -> None:
        a, b, c, d, e, f = tm
        ca, cb, cc, cd, ce, cf = cm
        e * ca + f * cc + ce
        y = e * cb + f * cd + cf
        rotated = abs(a * cb + b * cd) > 1e-6 or abs(c * ca + d * cc) > 1e-6
        if rotated or not (y0 - 1 <= y <= y1 + 1):
            return
        chunks.append(text)

    for number in pages:
        pdf_reader.pages[number - 1].extract_text(visitor_text=visit)
    return normalise("".join(chunks))


def squeeze(text: str) -> str:
    return "".join(normalise(text).split())
