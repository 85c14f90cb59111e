"""Issue 9 D: one window per database, with two real processes (offscreen); and the window's
own start-up path on a damaged rollback-journal file (untouched) and on a read-only one."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import time
from pathlib import Path

from db import cipher
from db.engine import sqlite_url
from desktop.services.backup import backup_on_start
from tests.db.test_startup import _damage_table
from tests.ui.child import child_env, last_json, run_child, start_child
from tests.ui.test_app_startup import _existing_database, _run_app

REPO = Path(__file__).resolve().parents[2]

FIRST = """
import json, sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs

seen = {}


def ready(window):
    print("ready", flush=True)


def raised(window):
    seen.update(raised=True, visible=window.isVisible())
    QApplication.instance().quit()


QTimer.singleShot(90_000, lambda: QApplication.instance().quit())  # never left running
code = app.run(["offerdesk"], db_url=sys.argv[1], on_ready=ready, on_raised=raised, dialogs=ScriptedDialogs())
print(json.dumps({"code": code, **seen}), flush=True)
"""

SECOND = """
import json, sys
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs

shown = []
dialogs = ScriptedDialogs()
code = app.run(["offerdesk"], db_url=sys.argv[1], on_shown=lambda w: shown.append(1), dialogs=dialogs,
               quit_after_shown=True)
print(json.dumps({"code": code, "window": bool(shown), "messages": dialogs.messages}), flush=True)
"""


def _env(tmp_path: Path) -> dict[str, str]:
    return child_env(tmp_path)


def test_a_second_start_on_the_same_database_brings_the_first_window_forward(tmp_path: Path) -> None:
    path = _existing_database(tmp_path, drafts=1)
    env = _env(tmp_path)
    first = start_child(FIRST, sqlite_url(path), env=env)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready", first.stderr.read() if first.stderr else ""
        second = run_child(SECOND, sqlite_url(path), env=env, timeout=60)
        result = last_json(second)
        assert result["code"] == 0
        assert result["window"] is False  # no second window, no second writer
        assert "déjà ouvert sur cette base" in second.stderr
        assert "premier plan" in second.stderr
        out, _err = first.communicate(timeout=60)
        seen = json.loads(out.strip().splitlines()[-1])
        assert seen == {"code": 0, "raised": True, "visible": True}
    finally:
        if first.poll() is None:
            first.kill()
            first.wait()


def test_another_database_opens_its_own_window(tmp_path: Path) -> None:
    """The key is the database: a second window on another file is not refused."""
    one = _existing_database(tmp_path / "a")
    other = _existing_database(tmp_path / "b")
    env = _env(tmp_path)
    first = start_child(FIRST, sqlite_url(one), env=env)
    try:
        assert first.stdout is not None
        assert first.stdout.readline().strip() == "ready"
        second = run_child(SECOND, sqlite_url(other), env=env, timeout=60)
        result = last_json(second)
        assert result["code"] == 0
        assert result["window"] is True
    finally:
        first.kill()
        first.wait()


def test_a_killed_window_leaves_nothing_that_blocks_the_next_start(tmp_path: Path) -> None:
    path = _existing_database(tmp_path)
    env = _env(tmp_path)
    first = start_child(FIRST, sqlite_url(path), env=env)
    assert first.stdout is not None
    assert first.stdout.readline().strip() == "ready"
    first.kill()
    first.wait()
    time.sleep(0.2)
    second = run_child(SECOND, sqlite_url(path), env=env, timeout=60)
    result = last_json(second)
    assert result["code"] == 0
    assert result["window"] is True


def test_the_window_leaves_a_damaged_rollback_journal_file_byte_for_byte(tmp_path: Path) -> None:
    path = _existing_database(tmp_path)
    good = backup_on_start(path)
    connection = cipher.connect(path, cipher.key_of_file(path))
    connection.execute("PRAGMA journal_mode = DELETE")
    connection.close()
    _damage_table(path, "audit_log")
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    seen = _run_app(tmp_path, sqlite_url(path))
    assert seen["code"] == 1
    [text] = [m[2] for m in seen["messages"] if m[0] == "error"]  # type: ignore[attr-defined]
    assert "Rien n'a été modifié" in text
    assert str(good) in text
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before


def test_the_window_key_is_the_database_the_store_opens(tmp_path: Path, monkeypatch) -> None:
    """single_instance computes the default database without SQLAlchemy: it must agree."""
    from db.engine import default_url, sqlite_path
    from desktop.ui import single_instance

    monkeypatch.delenv("OFFERDESK_DB", raising=False)
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path / "data"))
    path = sqlite_path(default_url())
    assert path is not None
    assert single_instance.database_anchor(None) == path.resolve()
    monkeypatch.delenv("OFFERDESK_DATA_DIR")
    path = sqlite_path(default_url())
    assert path is not None
    assert single_instance.database_anchor(None) == path.resolve()


def test_the_window_on_an_empty_file_names_the_backup_and_keeps_it_empty(tmp_path: Path) -> None:
    path = _existing_database(tmp_path)
    good = backup_on_start(path)
    path.write_bytes(b"")
    seen = _run_app(tmp_path, sqlite_url(path))
    assert seen["code"] == 1
    [text] = [m[2] for m in seen["messages"] if m[0] == "error"]  # type: ignore[attr-defined]
    assert text.startswith("Base de données inutilisable :")
    assert "le fichier est vide" in text
    assert f"offerdesk restore {good}" in text
    assert path.stat().st_size == 0  # not taken for a first start


READ_ONLY = """
import json, os, sys
from pathlib import Path
real = os.access
target = Path(sys.argv[1][len("sqlite:///"):])



def access(p, mode, *a, **k):
    return False if Path(str(p)) == target and mode & os.W_OK else real(p, mode, *a, **k)


os.access = access
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs
dialogs = ScriptedDialogs()
code = app.run(["offerdesk"], db_url=sys.argv[1], quit_after_shown=True, dialogs=dialogs)
print(json.dumps({"code": code, "messages": dialogs.messages}))
"""


def test_the_window_on_a_read_only_file_says_read_only(tmp_path: Path) -> None:
    """(Run as root here, so the OS's refusal is simulated in the child process.)"""
    path = _existing_database(tmp_path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    out = subprocess.run(
        [sys.executable, "-c", READ_ONLY, sqlite_url(path)],
        env=_env(tmp_path), cwd=REPO, capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["code"] == 1
    [text] = [m[2] for m in seen["messages"] if m[0] == "error"]
    assert "lecture seule" in text
    assert "endommagée" not in text
    assert "restaurez" not in text
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
