"""Installer figures: bundle and package sizes, frozen start-up next to the same start from source.

Sizes (targets: Linux onedir < 160 MB, compressed installers < 60 MB): dist/offerdesk/ as
built by `make installer`, the .deb in dist/, and the NSIS check build (build/nsis-check/,
the Linux bundle LZMA-compressed by makensis: an estimate of the Windows installer's size).
Start-up (target: frozen within 1.5x of source): from spawning the process to the main
window's first paint, and to the window showing the opened database (migrated and seeded:
the offers list filled), offscreen, on a fresh temporary database — `offerdesk --smoke window`
frozen vs `python -m desktop --smoke window` from the source tree; median of RUNS each,
alternating. The page cache is warm after the first run: these are warm starts.
Uses an existing build only; run `make installer` first. Alone: `python -m tests.bench installer`.
"""

from __future__ import annotations

import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "offerdesk"
RUNS = 3
BUNDLE_TARGET_MB = 160
COMPRESSED_TARGET_MB = 60
START_RATIO_TARGET = 1.5
_MOMENTS = re.compile(r"shown_at=(\d+\.\d+) ready_at=(\d+\.\d+)")


def _mb(size: int) -> float:
    return size / 1_000_000


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def start_to_window(command: list[str]) -> tuple[float, float]:
    """Seconds from spawning `command` (a --smoke window run) to the main window's first paint,
    and to the window showing the opened database (offers list filled)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    result = subprocess.run(
        command, capture_output=True, text=True, env=env, cwd=ROOT, timeout=120, check=False
    )
    match = _MOMENTS.search(result.stdout)
    if result.returncode != 0 or match is None:
        raise RuntimeError(f"{' '.join(command)} failed: {(result.stdout + result.stderr).strip()[-300:]}")
    return float(match.group(1)) - started, float(match.group(2)) - started


def size_lines() -> list[str]:
    lines = []
    bundle = tree_size(BUNDLE)
    verdict = "ok" if _mb(bundle) < BUNDLE_TARGET_MB else "OVER TARGET"
    lines.append(
        f"Linux onedir dist/offerdesk: {_mb(bundle):.2f} MB (target < {BUNDLE_TARGET_MB} MB: {verdict})"
    )
    for deb in sorted((ROOT / "dist").glob("offerdesk_*.deb")):
        size = _mb(deb.stat().st_size)
        verdict = "ok" if size < COMPRESSED_TARGET_MB else "OVER TARGET"
        lines.append(f".deb {deb.name} (gzip): {size:.2f} MB (target < {COMPRESSED_TARGET_MB} MB: {verdict})")
    for exe in sorted((ROOT / "build" / "nsis-check").glob("*.exe")):
        size = _mb(exe.stat().st_size)
        if size < 5:  # a dummy-payload check, not an estimate
            continue
        verdict = "ok" if size < COMPRESSED_TARGET_MB else "OVER TARGET"
        lines.append(
            f"NSIS LZMA estimate (Linux bundle as payload): {size:.2f} MB "
            f"(target < {COMPRESSED_TARGET_MB} MB: {verdict})"
        )
    return lines


def run() -> list[str]:
    frozen = BUNDLE / ("offerdesk.exe" if sys.platform == "win32" else "offerdesk")
    if not frozen.is_file():
        return [f"no build at {BUNDLE}: run `make installer` first (installer figures not measured)"]
    lines = size_lines()
    source_cmd = [sys.executable, "-m", "desktop", "--smoke", "window"]
    frozen_cmd = [str(frozen), "--smoke", "window"]
    start_to_window(frozen_cmd)  # first run: fills the page cache, not counted
    start_to_window(source_cmd)
    frozen_runs, source_runs = [], []
    for _ in range(RUNS):
        frozen_runs.append(start_to_window(frozen_cmd))
        source_runs.append(start_to_window(source_cmd))
    for index, what in ((0, "start to window shown"), (1, "start to window ready (store open, list filled)")):
        source_s = statistics.median(run[index] for run in source_runs)
        frozen_s = statistics.median(run[index] for run in frozen_runs)
        ratio = frozen_s / source_s
        verdict = "ok" if ratio <= START_RATIO_TARGET else "OVER TARGET"
        lines.append(f"{what}, source (baseline): median {source_s * 1000:.0f} ms of {RUNS}")
        lines.append(
            f"{what}, frozen: median {frozen_s * 1000:.0f} ms of {RUNS} "
            f"= {ratio:.2f}x source (target <= {START_RATIO_TARGET}x: {verdict})"
        )
    return lines


if __name__ == "__main__":
    print("\n".join(run()))
