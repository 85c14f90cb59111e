"""Printing a pack exactly as its PDF.

The entry point is `print_pack(parent, pdf_bytes, copies=2)`:

- where CUPS is there (Linux, macOS: `lp`/`lpstat`, at least one printer), a small dialog
  lists the CUPS printers, preset to two copies, two-sided, pages 1 to N; the sealed PDF
  itself is then handed to `lp` (desktop.services.printing) and the call returns at once:
  what prints is byte for byte what was signed;
- elsewhere (Windows, no CUPS printer), Qt's print dialog (two copies, pages 1 to N) and the
  raster path: QtPdf renders each page into one whole-page image at the printer's resolution,
  at most RASTER_MAX_DPI, in a worker thread with its own QPdfDocument, while a progress
  dialog with Cancel keeps the window responsive. Whole pages, never clipped tiles: QtPdf 6.12
  misplaces bands when it renders clipped tiles.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from pathlib import Path

import shiboken6
from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QMarginsF,
    QObject,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    Qt,
    QThread,
    Signal,
)
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop.logs import log_exception
from desktop.services import printing as cups
from desktop.ui.signing.dialogs import SigningDialogs
from desktop.ui.signing.print_dialog import CupsChoice, CupsRequest

RASTER_MAX_DPI = 300  # plenty for text on paper; 600 dpi made 4.8 MB per sheet in the spool
MAX_PAGE_BYTES = 150 * 1024 * 1024  # one rendered page image at most
POINTS_PER_INCH = 72.0


class PrintError(Exception):
    """Printing could not start or the document cannot be printed; str() is the message."""


class PrintCancelled(PrintError):
    """The user stopped the print job; nothing more is sent."""


def load_pdf(data: bytes, parent: QObject | None = None) -> tuple[QPdfDocument, QBuffer]:
    """A QPdfDocument over PDF bytes; keep the returned buffer alive as long as the document."""
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document = QPdfDocument(parent) if parent is not None else QPdfDocument()
    document.load(buffer)
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() == 0:
        raise PrintError(QCoreApplication.translate("Printing", "Le document PDF est illisible ou vide."))
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
    image.convertTo(QImage.Format.Format_RGB888)  # no alpha channel: smaller in the spool


def render_dpi(printer_dpi: int, width_pt: float, height_pt: float, cap: int = RASTER_MAX_DPI) -> int:
    """The printer's resolution, at most `cap`, lowered further only if one page image would
    exceed MAX_PAGE_BYTES (large formats); the printer scales the image to its own dots."""
    dpi = max(1, min(printer_dpi, cap))
    area_in2 = (width_pt / POINTS_PER_INCH) * (height_pt / POINTS_PER_INCH)
    while dpi > 72 and area_in2 * dpi * dpi * 4 > MAX_PAGE_BYTES:
        dpi = dpi // 2 if dpi >= 144 else 72
    return dpi


def _render_page(document: QPdfDocument, index: int, printer_dpi: int) -> QImage:
    points = document.pagePointSize(index)
    dpi = render_dpi(printer_dpi, points.width(), points.height())
    width_px = max(1, round(points.width() / POINTS_PER_INCH * dpi))
    height_px = max(1, round(points.height() / POINTS_PER_INCH * dpi))
    image = document.render(index, QSize(width_px, height_px))
    if image.isNull():
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "La page {n} n'a pas pu être rendue pour l'impression."
            ).format(n=index + 1)
        )
    _on_white_paper(image)
    return image


def print_pdf(
    document: QPdfDocument,
    printer: QPrinter,
    *,
    first_page: int = 1,
    last_page: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> int:
    """Print pages first_page..last_page (1-based) of `document` on `printer`; returns the
    number of sheets sent. `progress(done, total)` after each sheet; `cancelled()` is asked
    before each one and stops the job (PrintCancelled) when true.

    The printer's copy count is honoured: by the printer when it supports copies, otherwise
    by sending the pages again (collated: 1-2-3, 1-2-3).
    """
    count = document.pageCount()
    if count <= 0:
        raise PrintError(QCoreApplication.translate("Printing", "Le document à imprimer est vide."))
    last = count if last_page is None else last_page
    if not 1 <= first_page <= last <= count:
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "Les pages à imprimer doivent être comprises entre 1 et {n}."
            ).format(n=count)
        )
    pages = range(first_page - 1, last)
    dpi = printer.resolution()
    copies = max(1, printer.copyCount())
    repeats = 1 if printer.supportsMultipleCopies() else copies
    total = repeats * len(pages)
    printer.setFullPage(True)

    def layout_for(index: int) -> QPageLayout:
        points = document.pagePointSize(index)
        return _page_layout(points.width(), points.height())

    printer.setPageLayout(layout_for(pages[0]))
    painter = QPainter()
    if not painter.begin(printer):
        raise PrintError(
            QCoreApplication.translate(
                "Printing", "L'impression n'a pas pu démarrer : l'imprimante est-elle disponible ?"
            )
        )
    sheets = 0
    try:
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
        # Flate, not JPEG: text pages compress to half the size (0.8 MB per 300 dpi A4 page)
        # with no JPEG ringing around the letters
        painter.setRenderHint(QPainter.RenderHint.LosslessImageRendering, True)
        for _copy in range(repeats):
            for index in pages:
                if cancelled is not None and cancelled():
                    printer.abort()
                    raise PrintCancelled(QCoreApplication.translate("Printing", "Impression annulée."))
                image = _render_page(document, index, dpi)
                if sheets:
                    printer.setPageLayout(layout_for(index))
                    if not printer.newPage():
                        raise PrintError(
                            QCoreApplication.translate("Printing", "L'imprimante a refusé une nouvelle page.")
                        )
                paper = QRectF(printer.paperRect(QPrinter.Unit.DevicePixel))
                painter.drawImage(QRectF(QPointF(0, 0), paper.size()), image)
                sheets += 1
                if progress is not None:
                    progress(sheets, total)
    finally:
        painter.end()
    return sheets


# --- the outcome and the job ----------------------------------------------------------------


@dataclass(frozen=True)
class PrintOutcome:
    """What happened to a print job, for the line the screen shows."""

    copies: int
    first_page: int
    last_page: int
    printer: str = ""
    job_id: str = ""  # the CUPS request id
    sheets: int = 0  # raster path: pages drawn
    cancelled: bool = False
    error: str = ""

    @property
    def ok(self) -> bool:
        return not self.cancelled and not self.error

    @property
    def message(self) -> str:
        if self.error:
            return self.error
        if self.cancelled:
            return QCoreApplication.translate("Printing", "Impression annulée.")
        pages = self.last_page - self.first_page + 1
        where = (
            QCoreApplication.translate("Printing", " sur « {printer} »").format(printer=self.printer)
            if self.printer
            else ""
        )
        copies = QCoreApplication.translate("Printing", "%n exemplaire(s)", None, self.copies)
        sheets = QCoreApplication.translate("Printing", "%n page(s)", None, pages)
        return QCoreApplication.translate(
            "Printing", "Impression envoyée{where} : {copies} de {pages}."
        ).format(where=where, copies=copies, pages=sheets)


class RasterJob(QThread):
    """The raster path in a worker thread: its own QPdfDocument over the bytes, painted on
    `printer`. `progress(done, total)` and `outcome` arrive in the GUI thread (queued)."""

    progress = Signal(int, int)
    completed = Signal(object)  # PrintOutcome

    def __init__(self, pdf: bytes, printer: QPrinter, first_page: int, last_page: int) -> None:
        super().__init__()
        self._pdf = pdf
        self._printer = printer
        self._first, self._last = first_page, last_page
        self._stop = threading.Event()
        self.outcome: PrintOutcome | None = None

    def cancel(self) -> None:
        self._stop.set()

    def run(self) -> None:
        copies = max(1, self._printer.copyCount())
        base = PrintOutcome(copies=copies, first_page=self._first, last_page=self._last)
        sheets = 0

        def step(done: int, total: int) -> None:
            nonlocal sheets
            sheets = done
            self.progress.emit(done, total)

        try:
            document, buffer = load_pdf(self._pdf)
            try:
                sheets = print_pdf(
                    document,
                    self._printer,
                    first_page=self._first,
                    last_page=self._last,
                    progress=step,
                    cancelled=self._stop.is_set,
                )
            finally:
                document.close()
                buffer.close()
            outcome = replace(base, printer=self._printer.printerName(), sheets=sheets)
        except PrintCancelled:
            self._drop_partial_file()
            outcome = replace(base, sheets=sheets, cancelled=True)
        except PrintError as exc:
            outcome = replace(base, sheets=sheets, error=str(exc))
        except Exception:
            path = log_exception("printing a pack")
            message = QCoreApplication.translate(
                "Printing", "Erreur interne pendant l'impression (détails dans {path})."
            ).format(path=path)
            outcome = replace(base, sheets=sheets, error=message)
        self.outcome = outcome
        self.completed.emit(outcome)

    def _drop_partial_file(self) -> None:
        """A cancelled print to a PDF file leaves no half document behind (a printer's own
        spool is discarded by QPrinter.abort())."""
        name = self._printer.outputFileName()
        if name:
            Path(name).unlink(missing_ok=True)


_RUNNING: set[PrintJob] = set()  # raster jobs in progress: kept alive until they are over


def running_jobs() -> tuple[PrintJob, ...]:
    return tuple(_RUNNING)


def finish_running_jobs(timeout_ms: int = 60_000) -> None:
    """Let every print job in progress finish (quitting: pages already asked for are sent)."""
    for job in running_jobs():
        job.wait(timeout_ms)


class PrintJob(QObject):
    """A print job started by `print_pack`: `done(PrintOutcome)` once it is over (at once
    on the CUPS path), `outcome` then set; `wait()` blocks until then (tests, benchmarks).
    It belongs to no widget: closing the window that started it does not cut it off."""

    done = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.outcome: PrintOutcome | None = None
        self.raster: RasterJob | None = None
        self.progress_dialog: QProgressDialog | None = None

    def start(self, raster: RasterJob) -> None:
        self.raster = raster
        raster.completed.connect(self.finish)
        _RUNNING.add(self)
        raster.start()

    def finish(self, outcome: PrintOutcome) -> None:
        if self.outcome is not None:
            return
        if self.raster is not None:
            self.raster.wait()  # it emitted its outcome as its last step
        self.outcome = outcome
        _RUNNING.discard(self)
        dialog, self.progress_dialog = self.progress_dialog, None
        if dialog is not None and shiboken6.isValid(dialog):
            dialog.reset()
            dialog.hide()
            dialog.deleteLater()
        self.done.emit(outcome)

    def cancel(self) -> None:
        if self.raster is not None:
            self.raster.cancel()

    def wait(self, timeout_ms: int = 120_000) -> PrintOutcome | None:
        if self.raster is not None and self.outcome is None:
            self.raster.wait(timeout_ms)
            if self.raster.outcome is not None:
                self.finish(self.raster.outcome)
        return self.outcome


def _print_cups(
    parent: QWidget | None, pdf: bytes, request: CupsRequest, dialogs: SigningDialogs
) -> PrintJob | None:
    choice: CupsChoice | None = dialogs.cups_setup(parent, request)
    if choice is None:
        return None
    job = PrintJob()
    base = PrintOutcome(copies=choice.copies, first_page=choice.first_page, last_page=choice.last_page)
    try:
        sent = cups.submit(
            pdf,
            choice.printer,
            choice.copies,
            two_sided=choice.two_sided,
            first_page=choice.first_page,
            last_page=choice.last_page,
            page_count=request.page_count,
            title=request.title,
        )
    except cups.CupsError as exc:
        job.finish(replace(base, printer=choice.printer, error=str(exc)))
    else:
        job.finish(replace(base, printer=sent.printer, job_id=sent.job_id))
    return job


def _print_raster(
    parent: QWidget | None, pdf: bytes, request: CupsRequest, dialogs: SigningDialogs
) -> PrintJob | None:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setCopyCount(request.copies)
    printer.setDocName(request.title)
    printer.setDuplex(QPrinter.DuplexMode.DuplexLongSide)
    printer.setFromTo(1, request.page_count)  # the dialog offers pages 1 to N
    if not dialogs.print_setup(parent, printer):
        return None
    first, last = printer.fromPage(), printer.toPage()
    whole = printer.printRange() != QPrinter.PrintRange.PageRange
    if whole or first < 1 or last < first or last > request.page_count:
        first, last = 1, request.page_count
    job = PrintJob()
    raster = RasterJob(pdf, printer, first, last)
    progress = QProgressDialog(
        QCoreApplication.translate("Printing", "Préparation de l'impression…"),
        QCoreApplication.translate("Printing", "Annuler"),
        0,
        0,
        parent,
    )
    progress.setWindowTitle(QCoreApplication.translate("Printing", "Impression"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(300)  # a short job shows no dialog at all
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.canceled.connect(raster.cancel)
    job.progress_dialog = progress

    def advance(done: int, total: int) -> None:
        if job.outcome is None:
            progress.setMaximum(total)
            progress.setValue(done)
            progress.setLabelText(
                QCoreApplication.translate("Printing", "Impression : page {done} sur {total}…").format(
                    done=done, total=total
                )
            )

    raster.progress.connect(advance)
    job.start(raster)
    return job


PRINTERS_FRESH_S = 120.0  # a printer list asked for this recently is taken as it is
_printers: dict[str, tuple[float, cups.PrinterListing]] = {}


def prefetch_printers() -> None:
    """Ask CUPS for its printers now, in the background (signing mode calls it when it
    opens), so the print dialog does not wait for `lpstat`."""
    if cups.cups_available():
        _printers["listing"] = (time.monotonic(), cups.PrinterListing())


def forget_printers() -> None:
    """Drop the remembered printer list (the next print asks CUPS again)."""
    _printers.clear()


def _printer_listing() -> cups.PrinterListing | None:
    if not cups.cups_available():
        return None
    cached = _printers.get("listing")
    if cached is not None and time.monotonic() - cached[0] < PRINTERS_FRESH_S:
        return cached[1]
    prefetch_printers()  # runs while the PDF loads
    return _printers["listing"][1]


def print_pack(
    parent: QWidget | None,
    pdf_bytes: bytes,
    copies: int = 2,
    *,
    title: str = "",
    dialogs: SigningDialogs | None = None,
    on_done: Callable[[PrintOutcome], None] | None = None,
) -> PrintJob | None:
    """Ask where and how to print the pack, then print it; None if the user gave up.

    Returns at once: the CUPS path has handed the PDF to the scheduler (its outcome is set),
    the raster path prints in a worker with a progress dialog. `on_done(outcome)` is called
    in the GUI thread when the job is over (right away on the CUPS path).
    """
    dialogs = dialogs or SigningDialogs()
    listing = _printer_listing()
    try:
        document, buffer = load_pdf(pdf_bytes)
        page_count = document.pageCount()
        document.close()
        buffer.close()
    except PrintError as exc:
        if listing is not None:
            listing.result()
        dialogs.error(parent, QCoreApplication.translate("Printing", "Impression"), str(exc))
        return None
    printers = listing.result() if listing is not None else cups.CupsPrinters((), None)
    request = CupsRequest(
        title=title,
        page_count=page_count,
        copies=max(1, copies),
        printers=printers.names,
        default=printers.default,
    )
    path = _print_cups if printers.names else _print_raster
    job = path(parent, pdf_bytes, request, dialogs)
    if job is not None and on_done is not None:
        if job.outcome is not None:
            on_done(job.outcome)
        else:
            job.done.connect(on_done)
    return job
