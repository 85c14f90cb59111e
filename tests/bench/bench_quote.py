"""`offerdesk quote` on a 50-line spec vs a bare `python -c "import decimal, json, dateutil"`.

Both are whole processes, run interleaved in the same loop so machine noise hits both alike.
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 30


def make_spec(lines: int = 50) -> dict[str, object]:
    return {
        "offer_date": "2026-11-26",
        "engagement_months": 36,
        "activation_date": "2027-01-15",
        "termination_date": "2028-06-10",
        "lines": [
            {
                "description": f"Service {i}",
                "quantity": 1 + i % 7,
                "monthly_fee": f"{10 + i * 3}.{i % 100:02d}",
                "installation_fee": f"{100 + i * 11}.{(i * 7) % 100:02d}",
                "installation_indexed": i % 3 != 0,
                "discount_percent": str(i % 15),
                "installation_discount_percent": "100" if i % 10 == 0 else "0",
                "vat_rate": "3" if i % 9 == 0 else None,
            }
            for i in range(lines)
        ],
    }


def _time(cmd: list[str], env: dict[str, str]) -> float:
    started = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    return time.perf_counter() - started


def installed_env() -> dict[str, str]:
    """The environment of an installed application: the project's bytecode is compiled (pip
    and PyInstaller do that), so a shell's PYTHONDONTWRITEBYTECODE must not make every run
    recompile the sources."""
    root = Path(__file__).resolve().parents[2]
    for package in ("desktop", "db"):
        compileall.compile_dir(root / package, quiet=1)
    return {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run() -> list[str]:
    script = Path(sys.executable).with_name("offerdesk")
    with tempfile.TemporaryDirectory() as tmp:
        spec = Path(tmp) / "spec.json"
        spec.write_text(json.dumps(make_spec()), encoding="utf-8")
        quote_cmd = [str(script), "quote", str(spec)]
        base_cmd = [sys.executable, "-c", "import decimal, json, dateutil"]
        env = installed_env()
        _time(quote_cmd, env), _time(base_cmd, env)  # warm the file cache
        quote, base = [], []
        for _ in range(RUNS):
            base.append(_time(base_cmd, env))
            quote.append(_time(quote_cmd, env))
    q, b = statistics.median(quote), statistics.median(base)
    return [
        f"offerdesk quote, 50 lines (whole process): median {q * 1000:.1f} ms over {RUNS} runs",
        f"baseline python -c 'import decimal, json, dateutil': median {b * 1000:.1f} ms",
        f"ratio {q / b:.2f}x (target <= 1.5x)",
    ]


if __name__ == "__main__":
    print("\n".join(run()))
