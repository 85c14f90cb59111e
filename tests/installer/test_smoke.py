"""`offerdesk --smoke` from the source tree (the frozen build runs it in test_frozen.py).

The real run is a subprocess as a fresh user (empty HOME): the full application offscreen,
the demo offer signed, its sealed pack verified, one line printed, nothing written outside
the smoke's own temporary folder. The failure paths are driven in-process.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

from db.engine import sqlite_url
from desktop import smoke
from desktop.services.store import Store

ROOT = Path(__file__).resolve().parents[2]
SMOKE_OK = re.compile(
    r"^smoke ok: pack (?P<pack>\S+\.pdf) sealed and verified; window shown in \d+\.\d\d s, "
    r"ready in \d+\.\d\d s; total \d+\.\d s \(shown_at=\d+\.\d{3} ready_at=\d+\.\d{3}\)$"
)
ISOLATED = ("OFFERDESK_DB", "OFFERDESK_DATA_DIR", "OFFERDESK_LOG_DIR", "QT_QPA_PLATFORM")


def fresh_user(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OFFERDESK_", "XDG_"))}
    home.mkdir(parents=True, exist_ok=True)
    env["HOME"] = str(home)
    env.pop("QT_QPA_PLATFORM", None)  # the smoke itself must choose offscreen
    return env


def test_smoke_from_source_runs_the_whole_product(tmp_path: Path) -> None:
    home = tmp_path / "home"
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--smoke"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=fresh_user(home),
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr[-2000:]
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1, result.stdout
    match = SMOKE_OK.match(lines[0])
    assert match, lines[0]
    pack = Path(match["pack"])
    try:
        assert pack.read_bytes()[:5] == b"%PDF-"
        assert (pack.parent.parent / "offerdesk.sqlite3").is_file()  # the smoke's own database
        screenshot = QImage(str(pack.parent.parent / smoke.SCREENSHOT))
        assert screenshot.width() > 600  # the main window, rendered
        assert screenshot.height() > 400
        assert [p for p in home.rglob("*") if "offerdesk" in p.name.lower()] == []
    finally:
        shutil.rmtree(pack.parent.parent, ignore_errors=True)


def test_smoke_refuses_unknown_arguments(capsys: pytest.CaptureFixture[str]) -> None:
    assert smoke.main(["everything"]) == 2
    assert capsys.readouterr().out.startswith("smoke failed: unknown arguments")


def test_a_tampered_demo_pack_fails_the_smoke(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path))  # the sealing certificate goes here
    url = sqlite_url(tmp_path / "offerdesk.sqlite3")
    from desktop.services import demo

    genuine = demo.run_demo

    def tampered(store: Store, folder: Path) -> demo.DemoResult:
        result = genuine(store, folder)
        data = bytearray(result.pack_path.read_bytes())
        position = data.index(b"/Title") + 2
        data[position] ^= 0x01  # one bit of the file written to disk
        result.pack_path.write_bytes(bytes(data))
        return result

    assert smoke.run_demo(url, tmp_path).is_file()  # the genuine pack passes
    monkeypatch.setattr(demo, "run_demo", tampered)
    with pytest.raises(smoke.SmokeFailure, match="does not verify"):
        smoke.run_demo(sqlite_url(tmp_path / "second.sqlite3"), tmp_path / "second")


def test_a_failure_is_one_line_and_exit_1(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    for name in ISOLATED:  # the smoke sets these; monkeypatch puts them back afterwards
        monkeypatch.setenv(name, "unset-by-test")

    def no_window(url: str, folder: Path) -> float:
        raise smoke.SmokeFailure("error shown: Ouverture impossible")

    monkeypatch.setattr(smoke, "show_main_window", no_window)
    assert smoke.main([]) == 1
    out = capsys.readouterr().out.strip()
    assert len(out.splitlines()) == 1
    assert out.startswith("smoke failed: error shown: Ouverture impossible (data in ")
    shutil.rmtree(out.rsplit("(data in ", 1)[1].rstrip(")"), ignore_errors=True)
