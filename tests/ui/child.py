"""The application started in a child process, as `offerdesk` starts (an event loop run inside
pytest's would linger): one environment that keeps the child's data, logs, settings and
runtime files inside the test's folder, and one way to run a script and read its last JSON line."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[2]


def child_env(tmp_path: Path, **extra: str) -> dict[str, str]:
    """The test machine's environment, with everything the application writes kept under tmp_path."""
    env = dict(os.environ)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        OFFERDESK_DATA_DIR=str(tmp_path / "data"),
        OFFERDESK_LOG_DIR=str(tmp_path / "logs"),
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path / "run"),
        OFFERDESK_LANG="fr",  # the tests read French whatever the machine's locale (blank: unset)
    )
    (tmp_path / "run").mkdir(mode=0o700, parents=True, exist_ok=True)
    env.update(extra)
    return env


def start_child(script: str, *args: str, env: dict[str, str]) -> subprocess.Popen[str]:
    """`python -c script args…` in the background, its output read as text."""
    return subprocess.Popen(
        [sys.executable, "-c", script, *args],
        env=env, cwd=REPO, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    )  # fmt: skip


def run_child(
    script: str, *args: str, env: dict[str, str], timeout: int = 120
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", script, *args],
        env=env, cwd=REPO, capture_output=True, text=True, timeout=timeout, check=False,
    )  # fmt: skip


def last_json(out: subprocess.CompletedProcess[str]) -> Any:
    """The JSON report the child printed last (the child's stderr in the failure message)."""
    assert out.stdout.strip(), out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])
