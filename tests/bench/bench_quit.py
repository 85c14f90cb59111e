"""Quitting: from the main window's close to the process gone, the application's own path
(`run(..., fast_exit=True)`) next to the same run ending the ordinary way (interpreter and Qt
torn down object by object, what main did), each in a fresh process on the demo database
with the start-up check done; medians of 5.

Run: `.venv/bin/python -m tests.bench quit` (or `make bench`).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 5
REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys, time
from PySide6.QtCore import QTimer
from desktop.ui import app
fast = sys.argv[2] == "fast"

def checked(window):
    def close():
        print("CLOSE", time.time(), flush=True)
        window.close()
    QTimer.singleShot(100, close)

app.run(["offerdesk"], db_url=sys.argv[1], on_checked=checked, fast_exit=fast)
"""


def _once(url: str, mode: str, env: dict[str, str]) -> float:
    process = subprocess.Popen(
        [sys.executable, "-c", CHILD, url, mode], env=env, cwd=REPO, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None
    closed = 0.0
    for line in process.stdout:
        if line.startswith("CLOSE"):
            closed = float(line.split()[1])
    process.wait(60)
    return time.time() - closed


def run() -> list[str]:
    folder = Path(tempfile.mkdtemp(prefix="offerdesk-bench-quit-"))
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", OFFERDESK_DATA_DIR=str(folder / "data"))
    subprocess.run(
        [sys.executable, "-m", "desktop", "demo", "-o", str(folder / "demo")],
        env=env,
        cwd=REPO,
        check=True,
        capture_output=True,
    )
    url = f"sqlite:///{folder / 'demo' / 'offerdesk-demo.sqlite3'}"
    fast, slow = [], []
    for _ in range(RUNS):
        fast.append(_once(url, "fast", env))
        slow.append(_once(url, "slow", env))
    a, b = statistics.median(fast), statistics.median(slow)
    return [
        f"quit, window closed to process gone: {a * 1000:.0f} ms median (target < 1 s); "
        f"the same ending the ordinary way (interpreter + Qt teardown, as on main): {b * 1000:.0f} ms",
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
