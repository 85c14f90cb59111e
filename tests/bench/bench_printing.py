"""Printing two copies of the 7-page demo pack: time until control returns, and spool size.

1. CUPS path: `print_pack(parent, pdf, copies=2)` on a private cupsd (tests/cupsserver.py, a
   raw queue whose backend keeps each job), printer dialog answered at once, wall time from
   the call until it returns; next to `lp -d P -n 2 -o sides=two-sided-long-edge -` of the
   same PDF, interleaved in the same run; the spool is the job file the printer received.
   Targets: <= 1.5x lp, <= 2 MB.
2. Raster path (Windows, no CUPS): the same call printing to a PDF file at 300 dpi, time
   until the job is over (the window stays responsive meanwhile), file size. Targets: <= 5 s,
   <= 15 MB. CPU time is given too: on a shared, loaded VM the wall time is several times it.
   The same pages sent once (a printer that makes the copies itself) beside it.

Run: `.venv/bin/python -m tests.bench printing` (or `make bench`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import tempfile
import time
from pathlib import Path

RUNS = 9
MB = 1_000_000


def _demo_pack(folder: Path) -> bytes:
    from desktop.cli import main

    os.environ.setdefault("OFFERDESK_DATA_DIR", str(folder / "data"))
    with open(os.devnull, "w") as quiet:
        import contextlib

        with contextlib.redirect_stdout(quiet):
            assert main(["demo", "-o", str(folder / "demo")]) == 0
    [pack] = list((folder / "demo").glob("OF-*-r1.pdf"))
    return pack.read_bytes()


def _cups(pdf: bytes, folder: Path) -> list[str]:
    from PySide6.QtWidgets import QWidget

    from desktop.ui.signing.dialogs import SigningDialogs
    from desktop.ui.signing.print_dialog import CupsChoice
    from desktop.ui.signing.printing import forget_printers, print_pack
    from tests.cupsserver import PRINTER, CupsServer, cupsd_available

    if not cupsd_available():
        return ["CUPS path: cupsd not installed, not measured"]

    class Answer(SigningDialogs):
        def cups_setup(self, parent, request):  # type: ignore[no-untyped-def]
            return CupsChoice(PRINTER, request.copies, True, 1, request.page_count)

    source = folder / "pack.pdf"
    source.write_bytes(pdf)
    ours, theirs = [], []
    with CupsServer(folder / "cups") as server:
        os.environ.update(server.env)
        parent = QWidget()
        dialogs = Answer()

        def via_app() -> None:
            job = print_pack(parent, pdf, 2, title="pack.pdf", dialogs=dialogs)
            if job is None or job.outcome is None or not job.outcome.ok:
                raise RuntimeError(f"CUPS print failed: {job and job.outcome}")

        def via_lp() -> None:
            with source.open("rb") as handle:
                subprocess.run(
                    ["lp", "-d", PRINTER, "-n", "2", "-o", "sides=two-sided-long-edge", "-"],
                    stdin=handle,
                    capture_output=True,
                    check=True,
                )

        via_app()
        via_lp()
        for _ in range(RUNS):
            started = time.perf_counter()
            via_app()
            ours.append(time.perf_counter() - started)
            started = time.perf_counter()
            via_lp()
            theirs.append(time.perf_counter() - started)
        jobs = server.wait_for_job(2 * RUNS + 2)
        spooled = max(len(job.data) for job in jobs)
        exact = all(job.data == pdf and job.copies == 2 for job in jobs)
        os.environ["CUPS_SERVER"] = "/nonexistent/offerdesk-bench.sock"
        forget_printers()  # the raster part must not see this scheduler's printers
    a, b = statistics.median(ours), statistics.median(theirs)
    return [
        f"CUPS path, 2 copies of the 7-page pack, until print_pack returns: {a * 1000:.1f} ms median "
        f"= {a / b:.2f}x `lp -n 2` of the same PDF ({b * 1000:.1f} ms) (target <= 1.5x)",
        f"CUPS spool: {spooled / MB:.3f} MB per job, the sealed PDF byte for byte: {exact} (target <= 2 MB)",
    ]


def _raster(pdf: bytes, folder: Path) -> list[str]:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from desktop.ui.signing.dialogs import SigningDialogs
    from desktop.ui.signing.printing import load_pdf, print_pack, print_pdf

    target = folder / "raster.pdf"

    class ToFile(SigningDialogs):
        def print_setup(self, parent, printer):  # type: ignore[no-untyped-def]
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(target))
            printer.setResolution(300)
            return True

    os.environ["CUPS_SERVER"] = "/nonexistent/offerdesk-bench.sock"  # no CUPS printer: raster
    parent = QWidget()
    times, cpu, sizes = [], [], []
    for _ in range(3):
        started, cpu_started = time.perf_counter(), time.process_time()
        job = print_pack(parent, pdf, 2, dialogs=ToFile())
        assert job is not None
        returned = time.perf_counter() - started
        outcome = job.wait()
        if outcome is None or not outcome.ok or outcome.sheets != 14:
            raise RuntimeError(f"raster print failed: {outcome}")
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
        sizes.append(target.stat().st_size)
    old = folder / "old.pdf"
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(old))
    printer.setResolution(300)
    printer.setCopyCount(2)
    document, _buffer = load_pdf(pdf)
    printer.setCopyCount(1)  # a printer that makes the copies itself (most drivers): 7 sheets
    started, cpu_started = time.perf_counter(), time.process_time()
    print_pdf(document, printer)
    once, once_cpu = time.perf_counter() - started, time.process_time() - cpu_started
    return [
        f"raster path (no CUPS), 2 copies to a PDF printer at 300 dpi: {statistics.median(times):.2f} s "
        f"wall until the job is over, {statistics.median(cpu):.2f} s CPU (control back after "
        f"{returned * 1000:.0f} ms; window responsive), {statistics.median(sizes) / MB:.1f} MB "
        f"(targets <= 5 s, <= 15 MB); load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores",
        f"   the 7 pages once (a printer making the copies itself): {once:.2f} s wall, {once_cpu:.2f} s CPU, "
        f"{old.stat().st_size / MB:.1f} MB",
    ]


def run() -> list[str]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([])
    folder = Path(tempfile.mkdtemp(prefix="offerdesk-bench-print-"))
    pdf = _demo_pack(folder)
    lines = _cups(pdf, folder) + _raster(pdf, folder)
    del app
    return lines


if __name__ == "__main__":
    for line in run():
        print(line)
