"""Printing renders the pack's own pages: paper (here a PDF printer) matches the PDF.

The printed file holds one raster image per page (QtPdf renders each page at the printer's
resolution), so its text cannot be extracted: the check is on pixels. Both the source and
the printed file are rasterized by pdftoppm (poppler, a renderer independent of QtPdf's
PDFium) at 50 dpi; every printed page must carry ink, and the ink of each 4 mm cell must
match the source page's. Glyph hinting differs between the two renderers by a pixel here and
there (mean cell difference about 2/255, worst cell about 38/255), while a 1.5 mm shift
already gives a mean of 5.6 and a worst cell of 104, and a wrong page a worst cell of 255.
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QPushButton, QWidget

from desktop.ui.signing.printing import PrintError, load_pdf, print_pack, print_pdf, render_dpi
from tests.ui.signing.fakes import ScriptedDialogs
from tests.ui.signing.pdfs import (
    dark_fraction,
    differing_fraction,
    layout_difference,
    pdf_page_sizes,
    rasterize,
    sample_pack,
)

A4_PORTRAIT = (595, 842)
A4_LANDSCAPE = (842, 595)


def pdf_printer(path: Path, dpi: int, copies: int = 1) -> QPrinter:
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    printer.setResolution(dpi)
    printer.setCopyCount(copies)
    return printer


def test_printed_pages_match_the_pdf_pages(qapp, tmp_path: Path) -> None:
    source = tmp_path / "pack.pdf"
    source.write_bytes(sample_pack(3))
    document, _buffer = load_pdf(source.read_bytes())
    printed = tmp_path / "printed.pdf"

    sheets = print_pdf(document, pdf_printer(printed, dpi=150))

    assert sheets == 3
    assert pdf_page_sizes(printed) == [A4_PORTRAIT, A4_PORTRAIT, A4_LANDSCAPE]
    source_pages = rasterize(source, tmp_path / "r", "source")
    printed_pages = rasterize(printed, tmp_path / "r", "printed")
    assert len(printed_pages) == len(source_pages) == 3
    for src, out in zip(source_pages, printed_pages, strict=True):
        assert dark_fraction(out) > 0.01  # not blank: text and the filled box are there
        assert abs(dark_fraction(out) - dark_fraction(src)) < 0.004
        mean, worst = layout_difference(src, out)
        assert mean < 3.5
        assert worst < 64
    # The pages differ from one another, so a page printed in the wrong place would show
    assert layout_difference(source_pages[0], printed_pages[1])[1] > 128


def test_two_copies_are_sent_collated_when_the_printer_cannot_copy(qapp, tmp_path: Path) -> None:
    document, _buffer = load_pdf(sample_pack(2, landscape_last=False))
    printed = tmp_path / "copies.pdf"
    printer = pdf_printer(printed, dpi=100, copies=2)
    assert not printer.supportsMultipleCopies()  # the PDF engine: copies are ours to send

    assert print_pdf(document, printer) == 4

    pages = rasterize(printed, tmp_path / "r", "copies", dpi=30)
    assert len(pages) == 4
    assert differing_fraction(pages[0], pages[2]) == 0  # 1-2, 1-2
    assert differing_fraction(pages[1], pages[3]) == 0
    assert differing_fraction(pages[0], pages[1]) > 0.01


def test_page_images_are_at_most_300_dpi_and_still_match(qapp, tmp_path: Path) -> None:
    assert render_dpi(150, *A4_PORTRAIT) == 150  # a printer below the cap: its own resolution
    assert render_dpi(300, *A4_PORTRAIT) == 300
    assert render_dpi(600, *A4_PORTRAIT) == 300  # 600 dpi made 4.8 MB per sheet in the spool
    assert render_dpi(1200, *A4_PORTRAIT) == 300
    assert render_dpi(1200, 2384, 3370, cap=1200) == 150  # A0: the image stays under the memory cap
    source = tmp_path / "one.pdf"
    source.write_bytes(sample_pack(1, landscape_last=False))
    document, _buffer = load_pdf(source.read_bytes())
    printed = tmp_path / "hires.pdf"
    assert print_pdf(document, pdf_printer(printed, dpi=1200)) == 1
    (src,) = rasterize(source, tmp_path / "r", "one")
    (out,) = rasterize(printed, tmp_path / "r", "hires")
    mean, worst = layout_difference(src, out)
    assert mean < 3.5
    assert worst < 64
    assert abs(_largest_image_width(printed) - 595.28 / 72 * 300) < 1  # drawn from a 300 dpi image


def _largest_image_width(path: Path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True)
    widths = [int(line.split()[3]) for line in listing.stdout.splitlines()[2:] if line.strip()]
    return max(widths)


def test_unreadable_pdf_is_refused_with_a_message(qapp) -> None:
    with pytest.raises(PrintError, match="illisible"):
        load_pdf(b"%PDF-1.4 not really a pdf")


def test_a_page_range_prints_only_those_pages(qapp, tmp_path: Path) -> None:
    document, _buffer = load_pdf(sample_pack(3))
    printed = tmp_path / "range.pdf"
    assert print_pdf(document, pdf_printer(printed, dpi=60), first_page=2, last_page=3) == 2
    assert pdf_page_sizes(printed) == [A4_PORTRAIT, A4_LANDSCAPE]
    with pytest.raises(PrintError, match="entre 1 et 3"):
        print_pdf(document, pdf_printer(tmp_path / "bad.pdf", dpi=60), first_page=2, last_page=4)


class _RangeDialogs(ScriptedDialogs):
    """The user picks pages 2 to 3 in the print dialog."""

    def print_setup(self, parent, printer):  # type: ignore[no-untyped-def]
        assert super().print_setup(parent, printer)
        printer.setPrintRange(QPrinter.PrintRange.PageRange)
        printer.setFromTo(2, 3)
        return True


def test_raster_path_in_a_worker_reports_progress_and_offers_pages_1_to_n(qtbot, tmp_path: Path) -> None:
    dialogs = _RangeDialogs()
    dialogs.print_to = tmp_path / "worker.pdf"
    parent = QWidget()
    qtbot.addWidget(parent)
    done = []
    job = print_pack(parent, sample_pack(3), 2, dialogs=dialogs, on_done=done.append)
    assert job is not None
    assert job.raster is not None
    assert dialogs.printer_copies == 2
    assert dialogs.printer_pages == (1, 3)  # offered: pages 1 to N
    steps = []
    job.raster.progress.connect(lambda d, t: steps.append((d, t)))
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass  # the event loop runs while the worker prints
    assert job.outcome is not None
    assert job.outcome.ok
    assert done == [job.outcome]
    assert job.outcome.sheets == 4  # pages 2-3, twice (a PDF file cannot make copies itself)
    assert steps == [(1, 4), (2, 4), (3, 4), (4, 4)]
    assert pdf_page_sizes(dialogs.print_to) == [A4_PORTRAIT, A4_LANDSCAPE] * 2
    assert job.outcome.message == "Impression envoyée : 2 exemplaire(s) de 2 page(s)."


def test_cancel_stops_the_raster_job_and_leaves_no_half_file(qtbot, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.print_to = tmp_path / "cancelled.pdf"
    parent = QWidget()
    qtbot.addWidget(parent)
    job = print_pack(parent, sample_pack(3), 20, dialogs=dialogs)  # 60 sheets
    assert job is not None
    assert job.raster is not None
    assert job.progress_dialog is not None
    cancel = job.progress_dialog.findChild(QPushButton)  # its « Annuler » button
    job.raster.progress.connect(lambda d, t: d == 2 and cancel.click())
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    assert job.outcome is not None
    assert job.outcome.cancelled
    assert 2 <= job.outcome.sheets < 10
    assert job.outcome.message == "Impression annulée."
    assert not dialogs.print_to.exists()


def test_the_window_stays_responsive_while_the_worker_prints(qtbot, tmp_path: Path) -> None:
    dialogs = ScriptedDialogs()
    dialogs.print_to = tmp_path / "busy.pdf"
    parent = QWidget()
    qtbot.addWidget(parent)
    ticks = []
    timer = QTimer(parent)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    job = print_pack(parent, sample_pack(3), 4, dialogs=dialogs)
    assert job is not None
    with qtbot.waitSignal(job.done, timeout=60_000):
        pass
    timer.stop()
    assert job.outcome is not None
    assert job.outcome.sheets == 12
    assert len(ticks) >= 3  # the GUI thread kept running its timers during the job
