"""Bugs are logged with their traceback to the log folder in force, and the user sees one line."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import logs
from desktop.cli import main


def _raise_and_log(context: str) -> Path:
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        return logs.log_exception(context)


def test_log_follows_the_log_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFERDESK_LOG_DIR", str(tmp_path / "a"))
    first = _raise_and_log("first")
    monkeypatch.setenv("OFFERDESK_LOG_DIR", str(tmp_path / "b"))
    second = _raise_and_log("second")
    assert first != second
    assert "RuntimeError: boom" in first.read_text(encoding="utf-8")
    assert "unexpected error in second" in second.read_text(encoding="utf-8")
    assert "second" not in first.read_text(encoding="utf-8")


def test_a_bug_in_a_command_is_one_line_for_the_user(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("OFFERDESK_LOG_DIR", str(tmp_path))

    def broken(_: object) -> int:
        raise KeyError("bug")

    monkeypatch.setattr("desktop.commands.quote.run", broken)
    assert main(["quote", "x.json"]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "erreur interne ; les détails ont été écrits dans" in err
    assert "Traceback" not in err
    assert "KeyError: 'bug'" in (tmp_path / "offerdesk.log").read_text(encoding="utf-8")
