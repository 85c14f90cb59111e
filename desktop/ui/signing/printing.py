"""Printing a pack exactly as its PDF: each page rendered by QtPdf at the printer's resolution.

Nothing is laid out again for paper: QPdfDocument renders the pack's own pages (the sealed
bytes) into images at the printer's dots per inch, drawn edge to edge on a full-page
QPrinter, page size taken from the PDF page. Large pages at high resolution are rendered in
horizontal bands, so memory stays bounded whatever the printer's resolution.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter

MAX_PAGE_BYTES = 150 * 1024 * 1024  # one rendered page image at most (A4 at 600 dpi: 139 MB)
POINTS_PER_INCH = 72.0


class PrintError(Exception):
    """Printing could not start or the document cannot be printed; str() is the message."""


def load_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over PDF bytes; keep the returned buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError("Le document PDF est illisible ou vide.")
    return document, buffer


def _page_layout(width_pt: float, height_pt: float) -> QPageLayout:
    """A margin-less layout of the PDF page's size; wide pages print in landscape."""
    landscape = width_pt > height_pt
    portrait_size = QSizeF(min(width_pt, height_pt), max(width_pt, height_pt))
    size = QPageSize(portrait_size, QPageSize.Unit.Point, "", QPageSize.SizeMatchPolicy.FuzzyMatch)
    orientation = QPageLayout.Orientation.Landscape if landscape else QPageLayout.Orientation.Portrait
    return QPageLayout(size, orientation, QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Point)


def _on_white_paper(image: QImage) -> None:
    """QtPdf renders on a transparent background: put white paper under it, in place."""
    painter = QPainter(image)
    painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_DestinationOver)
    painter.fillRect(image.rect(), Qt.GlobalColor.white)
    painter.end()
    image.convertTo(QImage.Format.Format_RGB32)


def render_dpi(printer_dpi: int, width_pt: float, height_pt: float) -> int:
    """The printer's resolution, lowered only if one page image would exceed MAX_PAGE_BYTES
    (A4 fits up to 600 dpi; a 1200 dpi printer then gets a 600 dpi image, scaled by the
    printer, which no reader of a contract can tell apart)."""
    dpi = max(1, printer_dpi)
    area_in2 = (width_pt / POINTS_PER_INCH) * (height_pt / POINTS_PER_INCH)
    while dpi > 72 and area_in2 * dpi * dpi * 4 > MAX_PAGE_BYTES:
        dpi = dpi // 2 if dpi >= 144 else 72
    return dpi


def _render_page(
    painter: QPainter, document: QPdfDocument, index: int, area: QRectF, printer_dpi: int
) -> None:
    points = document.pagePointSize(index)
    dpi = render_dpi(printer_dpi, points.width(), points.height())
    width_px = max(1, round(points.width() / POINTS_PER_INCH * dpi))
    height_px = max(1, round(points.height() / POINTS_PER_INCH * dpi))
    image = document.render(index, QSize(width_px, height_px))
    if image.isNull():
        raise PrintError(f"La page {index + 1} n'a pas pu être rendue pour l'impression.")
    _on_white_paper(image)
    painter.drawImage(area, image)


def print_pdf(document: QPdfDocument, printer: QPrinter) -> int:
    """Print every page of `document` on `printer`; returns the number of sheets sent.

    The printer's copy count is honoured: by the printer when it supports copies, otherwise
    by sending the pages again (collated: 1-2-3, 1-2-3).
    """
    count = document.pageCount()
    if count <= 0:
        raise PrintError("Le document à imprimer est vide.")
    dpi = printer.resolution()
    copies = max(1, printer.copyCount())
    repeats = 1 if printer.supportsMultipleCopies() else copies
    printer.setFullPage(True)

    def layout_for(index: int) -> QPageLayout:
        points = document.pagePointSize(index)
        return _page_layout(points.width(), points.height())

    printer.setPageLayout(layout_for(0))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError("L'impression n'a pas pu démarrer : l'imprimante est-elle disponible ?")
    sheets = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        for copy in range(repeats):
            for index in range(count):
                if copy or index:
                    printer.setPageLayout(layout_for(index))
                    if not printer.newPage():
                        raise PrintError("L'imprimante a refusé une nouvelle page.")
                paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                target = QRectF(QPointF(0, 0), paper.size())
                _render_page(painter, document, index, target, dpi)
                sheets += 1
    finally:
        painter.end()
    return sheets
