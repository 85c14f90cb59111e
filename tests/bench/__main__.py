"""`make bench`: every figure the README reports, each next to its baseline in the same run.

Each tests/bench/bench_*.py module has `run() -> list[str]`; this runs each in a process of
its own (or the ones named on the command line: `python -m tests.bench quote pack`) and
prints the lines.
Timings are never pass/fail: ratios to the baseline are what the README quotes.
"""

from __future__ import annotations

import pkgutil
import subprocess
import sys
import time
from pathlib import Path


def _keychain_for_the_run() -> None:
    """The benchmarks seal, encrypt and key the audit log as a real installation does: they
    need a keychain. Like the test suite, point keyring at the file-backed test backend in a
    temporary folder (inherited by every benchmark process) unless one is configured."""
    import os
    import tempfile

    if not os.environ.get("PYTHON_KEYRING_BACKEND"):
        os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keychain_backend.FileKeyring"
        # one keyring for every run: the cached benchmark databases (bench_store) carry audit
        # entries keyed with it; a fresh keyring per run made a cached database's start-up check
        # fail (its audit key unknown) and the window wait on the error dialog
        os.environ.setdefault(
            "OFFERDESK_TEST_KEYRING", os.path.join(tempfile.gettempdir(), "offerdesk-bench-keyring.json")
        )


def main(names: list[str]) -> int:
    _keychain_for_the_run()
    here = Path(__file__).parent
    available = sorted(
        m.name[len("bench_") :] for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_")
    )
    chosen = names or available
    failures: list[str] = []
    unknown = [n for n in chosen if n not in available]
    if unknown:
        print(
            f"unknown benchmark(s): {', '.join(unknown)}; available: {', '.join(available)}", file=sys.stderr
        )
        return 2
    for name in chosen:
        started = time.perf_counter()
        print(f"== {name}", flush=True)
        # each benchmark in its own process: memory figures (pack) and start-up caches must
        # not carry what an earlier benchmark loaded
        probe = (
            f"from tests.bench.bench_{name} import run\nfor line in run(): print('   ' + line, flush=True)"
        )
        done = subprocess.run([sys.executable, "-c", probe], check=False)
        if done.returncode != 0:
            print(f"   FAILED (exit {done.returncode})", flush=True)
            failures.append(name)
        print(f"   ({time.perf_counter() - started:.0f} s)", flush=True)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
