"""The signed contract pack: time against ReportLab laying out the bare CGV, memory, and leaks.

- baseline: ReportLab (SimpleDocTemplate, one column, the same embedded DejaVu font) lays out
  the CGV's text alone, one paragraph per line of text, in this same process;
- pack: a 10-line signed offer, the CGV in two columns, the evidence page, then the PAdES seal
  (steady state: the CGV's line breaking is kept per process; and cold: laid out from scratch);
- times are CPU time of this process (time.process_time), runs of both sides interleaved, so
  other programs on a busy machine do not skew the ratio;
- peak memory while producing a pack (tracemalloc: Python allocations) and the process's RSS;
- 100 packs in a loop: resident memory after pack 10 and after pack 100.

Run: .venv/bin/python -m tests.bench.bench_pack   (or `make bench`)
"""

from __future__ import annotations

import gc
import io
import os
import resource
import statistics
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

RUNS = 15
LOOP = 100
MIB = 1024 * 1024


def _rss() -> int:
    """Current resident set size in bytes (Linux /proc; elsewhere the peak so far)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE")
    except OSError:
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        return peak if sys.platform == "darwin" else peak * 1024


def _interleaved(first: Callable[[], object], second: Callable[[], object]) -> tuple[float, float]:
    """Median times of two actions run alternately, so a busy machine weighs on both alike."""
    first()  # warm-up: fonts parsed, modules imported, certificate loaded
    second()
    a, b = [], []
    for _ in range(RUNS):
        started = time.process_time()
        first()
        a.append(time.process_time() - started)
        started = time.process_time()
        second()
        b.append(time.process_time() - started)
    return statistics.median(a), statistics.median(b)


def run() -> list[str]:
    from desktop import keychain

    # the bench's throw-away sealing key: its passphrase in an in-process keychain
    with keychain.private_keyring():
        return _run()


def _run() -> list[str]:
    os.environ.setdefault("OFFERDESK_DATA_DIR", tempfile.mkdtemp(prefix="offerdesk-bench-"))
    from xml.sax.saxutils import escape

    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from desktop.documents import styles as st
    from desktop.documents.pack import clear_layout_cache, render_pack
    from desktop.documents.seal import SealConfig, seal_pdf
    from tests.documents.fixtures import sample_model

    model = sample_model(signed=True)
    # plain ReportLab: the same font file, registered as ReportLab users do (without the pack's
    # subset cache)
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    from desktop.paths import resource as resource_path

    pdfmetrics.registerFont(TTFont("BaselineSans", str(resource_path("fonts", f"{st.SANS}.ttf"))))
    text_lines = list(model.cgv.lines())
    body = ParagraphStyle("b", fontName="BaselineSans", fontSize=9, leading=11.5, spaceAfter=3)

    def baseline() -> bytes:
        buffer = io.BytesIO()
        doc = SimpleDocTemplate(buffer, pagesize=A4, invariant=1)
        doc.build([Paragraph(escape(line), body) for line in text_lines])
        return buffer.getvalue()

    st.register_fonts()  # the pack's own setting (binary streams) applies to both sides

    def sealed_pack() -> bytes:
        pdf = render_pack(model).pdf
        return seal_pdf(pdf, SealConfig(), "bench", "Luxembourg")[0]

    def cold_pack() -> bytes:  # the first pack of a session: the CGV is laid out from scratch
        clear_layout_cache()
        return sealed_pack()

    base, pack = _interleaved(baseline, sealed_pack)
    base_cold, cold = _interleaved(baseline, cold_pack)

    from dataclasses import replace

    counter = iter(range(10**6))

    def other_offer_pack() -> bytes:  # a different client and number each time: no cache of
        n = next(counter)  # identical output (font subsets) can help
        other = replace(
            model,
            client=replace(
                model.client, legal_name=f"Client n° {n} — Société Zéphyr {n * 7919 % 10007} S.A."
            ),
            meta=replace(model.meta, number=f"OF-2026-BEN-{n:04d}"),
        )
        return seal_pdf(render_pack(other).pdf, SealConfig(), "bench", "Luxembourg")[0]

    base_other, other = _interleaved(baseline, other_offer_pack)
    pages = render_pack(model).page_count

    gc.collect()
    tracemalloc.start()
    sealed_pack()
    _, traced_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    gc.collect()
    rss: dict[int, int] = {}
    blocks: dict[int, int] = {}
    for i in range(1, LOOP + 1):
        sealed_pack()
        if i in (10, LOOP):
            gc.collect()
            rss[i] = _rss()
            blocks[i] = sys.getallocatedblocks()
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    peak_bytes = peak if sys.platform == "darwin" else peak * 1024
    growth = (rss[LOOP] - rss[10]) / MIB
    return [
        f"baseline: ReportLab lays out the bare CGV text ({len(text_lines)} paragraphs): "
        f"median {base * 1000:.0f} ms",
        f"sealed pack, 10-line signed offer + CGV + evidence ({pages} pages): median {pack * 1000:.0f} ms "
        f"= {pack / base:.2f}x the baseline (target < 2.5x); the CGV's layout is kept per process, "
        f"the first pack of a session (laid out from scratch): {cold * 1000:.0f} ms "
        f"= {cold / base_cold:.2f}x; a different offer each time: {other * 1000:.0f} ms "
        f"= {other / base_other:.2f}x",
        f"peak memory while producing a pack: {traced_peak / MIB:.1f} MiB traced by tracemalloc; "
        f"process peak RSS {peak_bytes / MIB:.0f} MiB (target < 150 MiB)",
        f"{LOOP} packs in a loop: RSS {rss[10] / MIB:.1f} MiB after pack 10, {rss[LOOP] / MIB:.1f} MiB after "
        f"pack {LOOP} (growth {growth:+.1f} MiB; target: none); Python heap blocks "
        f"{blocks[10]} -> {blocks[LOOP]} ({blocks[LOOP] - blocks[10]:+d})",
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    for line in run():
        print(line)
