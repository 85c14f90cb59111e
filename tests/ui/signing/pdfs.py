"""Small PDFs made in the tests (ReportLab, embedded DejaVu font) and raster comparisons."""

from __future__ import annotations

import io
import subprocess
from pathlib import Path

from PySide6.QtGui import QImage
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas

from desktop.paths import resource

FONT = "TestDejaVu"


def _font() -> str:
    if FONT not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(FONT, str(resource("fonts", "DejaVuSans.ttf"))))
    return FONT


def sample_pack(pages: int = 3, *, landscape_last: bool = True, mark: str = "PROJET — non signé") -> bytes:
    """A pack-like PDF: offer pages, then "CGV" pages; the last one in landscape if asked."""
    font = _font()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4, invariant=1)
    for i in range(pages):
        size = landscape(A4) if landscape_last and i == pages - 1 else A4
        canvas.setPageSize(size)
        width, height = size
        canvas.setFont(font, 22)
        title = "Offre OF-2026-JDU-0042" if i == 0 else "CONDITIONS GÉNÉRALES DE VENTE"
        canvas.drawString(60, height - 80, f"{title} — page {i + 1}")
        canvas.setFont(font, 10)
        for j in range(28):
            canvas.drawString(
                60, height - 120 - j * 16, f"Article {j}. Le client accepte les CGV, page {i + 1}."
            )
        canvas.rect(60 + i * 90, 60, 110, 50, fill=1)
        canvas.setFont(font, 9)
        canvas.drawRightString(width - 60, 30, f"{mark} · page {i + 1} / {pages}")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def rasterize(pdf: Path, out_dir: Path, prefix: str, dpi: int = 50) -> list[QImage]:
    """Each page as an 8-bit grey image (pdftoppm), in page order."""
    out_dir.mkdir(parents=True, exist_ok=True)
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-gray", "-png", str(pdf), str(out_dir / prefix)],
        check=True,
        capture_output=True,
    )
    files = sorted(out_dir.glob(f"{prefix}-*.png"), key=lambda p: int(p.stem.rsplit("-", 1)[1]))
    return [QImage(str(f)).convertToFormat(QImage.Format.Format_Grayscale8) for f in files]


def grey_bytes(image: QImage) -> bytes:
    """Row-major grey levels without the scan-line padding."""
    width = image.width()
    stride = image.bytesPerLine()
    raw = bytes(image.constBits())
    return b"".join(raw[y * stride : y * stride + width] for y in range(image.height()))


def dark_fraction(image: QImage) -> float:
    data = grey_bytes(image)
    return sum(1 for v in data if v < 128) / len(data)


def differing_fraction(a: QImage, b: QImage, tolerance: int = 96) -> float:
    """Share of pixels whose grey levels differ by more than `tolerance` (sizes must match)."""
    assert a.size() == b.size(), (a.size(), b.size())
    da, db = grey_bytes(a), grey_bytes(b)
    return sum(1 for x, y in zip(da, db, strict=True) if abs(x - y) > tolerance) / len(da)


def pdf_page_sizes(pdf: Path) -> list[tuple[int, int]]:
    """(width, height) in points of every page, from pdfinfo."""
    result = subprocess.run(
        ["pdfinfo", "-f", "1", "-l", "999", str(pdf)], check=True, capture_output=True, text=True
    )
    sizes = []
    for line in result.stdout.splitlines():
        if line.startswith("Page") and "size:" in line:
            parts = line.split("size:")[1].split()
            sizes.append((round(float(parts[0])), round(float(parts[2]))))
    return sizes


def cell_darkness(image: QImage, cell: int) -> list[float]:
    """Mean darkness (0 white .. 255 black) of each cell x cell block, row by row."""
    width, height = image.width(), image.height()
    data = grey_bytes(image)
    cells = []
    for top in range(0, height - cell + 1, cell):
        for left in range(0, width - cell + 1, cell):
            total = 0
            for y in range(top, top + cell):
                row = y * width
                total += sum(255 - v for v in data[row + left : row + left + cell])
            cells.append(total / (cell * cell))
    return cells


def layout_difference(a: QImage, b: QImage, cell: int = 8) -> tuple[float, float]:
    """(mean, max) difference of cell darkness: small when the same things sit in the same
    places, whatever renderer hinted the glyphs; a shifted, scaled or missing block shows."""
    assert a.size() == b.size(), (a.size(), b.size())
    ca, cb = cell_darkness(a, cell), cell_darkness(b, cell)
    diffs = [abs(x - y) for x, y in zip(ca, cb, strict=True)]
    return sum(diffs) / len(diffs), max(diffs)
