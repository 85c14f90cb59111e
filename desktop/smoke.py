"""`offerdesk --smoke`: does this installation really work? (hidden option, for IT and CI)

Starts the full desktop application offscreen on a fresh database in a new temporary data
folder (OFFERDESK_DB, OFFERDESK_DATA_DIR, OFFERDESK_LOG_DIR and Qt's settings all point
there: the user's own data is never touched), waits until the main window shows the
opened database, saves it as main-window.png and closes it, then runs the demo (a sample
offer signed with a generated signature, sealed pack written and verified) and checks the
pack again against the database. Prints one line and exits 0; on any failure prints one
line naming it and exits 1.

`offerdesk --smoke window` stops once the window shows the opened database (the start-up
benchmark uses it). The line ends with `(shown_at=<epoch s> ready_at=<epoch s>)`: the first
paint and the filled offers list, so a caller can time start-up from spawning the process.
The temporary folder is kept so the pack can be looked at; its path is in the line.
"""

from __future__ import annotations

import contextlib
import os
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from pathlib import Path

TIMEOUT_S = 300  # the whole smoke run, then it fails instead of hanging a CI job
WINDOW_TIMEOUT_MS = 60_000
MODES = ("full", "window")
SCREENSHOT = "main-window.png"  # saved in the smoke's folder


class SmokeFailure(Exception):
    """A check failed; the message is the one line printed."""


def _isolate(folder: Path) -> str:
    """Point every per-user location at `folder`; returns the database URL."""
    from desktop.config import DATA_DIR_ENV, DB_ENV, DB_FILENAME, LOG_DIR_ENV

    url = f"sqlite:///{folder / DB_FILENAME}"
    os.environ[DB_ENV] = url
    os.environ[DATA_DIR_ENV] = str(folder)  # the window's settings file too (desktop.ui.user_settings)
    os.environ[LOG_DIR_ENV] = str(folder / "logs")
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    return url


def show_main_window(url: str, folder: Path) -> tuple[float, float]:
    """Run the desktop application until its main window shows the opened store.

    Returns (shown_at, ready_at), epoch seconds: the window's first paint (before the store
    opens) and the moment its offers list is filled. The ready window is saved as a PNG.
    """
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from desktop.ui import app as desktop_app
    from desktop.ui.main_window import MainWindow

    argv = [sys.argv[0] if sys.argv else "offerdesk"]
    _app = desktop_app.make_application(argv)  # held here so the QApplication outlives run()
    problems: list[str] = []
    moments: dict[str, float] = {}

    def shown(_window: MainWindow) -> None:
        moments.setdefault("shown", time.time())

    def ready(window: MainWindow) -> None:
        moments.setdefault("ready", time.time())
        # What the window looked like, for whoever checks the installation.
        if not window.grab().save(str(folder / SCREENSHOT)):
            problems.append(f"the main window could not be saved as {folder / SCREENSHOT}")

    def dismiss_modal() -> None:
        # Offscreen nobody clicks: an error box would block forever. Record it and close it.
        widget = QApplication.activeModalWidget()
        if isinstance(widget, QMessageBox):
            text = " ".join(widget.text().split())
            if widget.icon() == QMessageBox.Icon.Critical:
                problems.append(f"error shown: {text}")
            widget.reject()
        elif isinstance(widget, QDialog):
            widget.reject()

    def give_up() -> None:
        problems.append(f"main window not ready within {WINDOW_TIMEOUT_MS // 1000} s")
        QApplication.quit()

    guard = QTimer()
    guard.timeout.connect(dismiss_modal)
    guard.start(100)
    timeout = QTimer()
    timeout.setSingleShot(True)
    timeout.timeout.connect(give_up)
    timeout.start(WINDOW_TIMEOUT_MS)
    previous_hook = sys.excepthook
    try:
        code = desktop_app.run(argv, db_url=url, quit_after_shown=True, on_shown=shown, on_ready=ready)
    finally:
        sys.excepthook = previous_hook
        guard.stop()
        timeout.stop()
    if problems:
        raise SmokeFailure(problems[0])
    if code != 0:
        raise SmokeFailure(f"the application exited with code {code}")
    if "shown" not in moments or "ready" not in moments:
        raise SmokeFailure("the main window never showed the opened database")
    return moments["shown"], moments["ready"]


def run_demo(url: str, folder: Path) -> Path:
    """Offer, signature, sealed pack written and verified by the demo service; checked again here."""
    from desktop.services.demo import run_demo as demo_visit
    from desktop.services.packs import check_pack
    from desktop.services.store import open_store

    store = open_store(url, backup=False)  # seeds a database the window has not (tests)
    try:
        result = demo_visit(store, folder / "packs")
        pack = result.pack_path
        if not result.check.ok:
            raise SmokeFailure(f"the demo pack {pack} does not verify: {result.check.seal.message}")
        if not pack.is_file():
            raise SmokeFailure(f"the demo wrote no pack at {pack}")
        check = check_pack(pack.read_bytes(), store)  # the file on disk, read back
    finally:
        store.close()
    if not check.ok:
        raise SmokeFailure(f"the demo pack {pack} does not verify: {check.seal.message}")
    if check.hash_matches is not True:
        raise SmokeFailure(f"the demo pack {pack} is not the one recorded in the database")
    return pack


def _forget_key(folder: Path) -> None:
    """The throw-away database's key leaves the user's keychain with it (nothing left behind)."""
    from desktop.config import DB_FILENAME
    from desktop.services.location import forget_database_key

    try:
        forget_database_key(folder / DB_FILENAME)
    except Exception:  # the keychain refuses: an orphan entry, not a failed smoke
        return


def _arm_timeout() -> threading.Timer:
    def expire() -> None:
        print(f"smoke failed: no result after {TIMEOUT_S} s", flush=True)
        os._exit(1)

    timer = threading.Timer(TIMEOUT_S, expire)
    timer.daemon = True
    timer.start()
    return timer


def main(argv: Sequence[str]) -> int:
    """`offerdesk --smoke [window]`; argv is what follows --smoke."""
    mode = argv[0] if argv else "full"
    if mode not in MODES or len(argv) > 1:
        print(f"smoke failed: unknown arguments {' '.join(argv)!r} (use --smoke or --smoke window)")
        return 2
    started = time.perf_counter()
    started_wall = time.time()
    watchdog = _arm_timeout()
    folder = Path(tempfile.mkdtemp(prefix="offerdesk-smoke-"))
    from desktop import keychain

    # the throw-away data's secrets (the sealing key's passphrase) in an in-process keychain:
    # the frozen bundle has no test backend, a CI machine often no keychain at all
    private = contextlib.ExitStack()
    private.enter_context(keychain.private_keyring())
    try:
        url = _isolate(folder)
        shown_at, ready_at = show_main_window(url, folder)
        startup = f"window shown in {shown_at - started_wall:.2f} s, ready in {ready_at - started_wall:.2f} s"
        if mode == "window":
            print(f"smoke ok: {startup}; data in {folder} (shown_at={shown_at:.3f} ready_at={ready_at:.3f})")
            return 0
        pack = run_demo(url, folder)
    except SmokeFailure as exc:
        print(f"smoke failed: {exc} (data in {folder})", flush=True)
        return 1
    except Exception as exc:  # a bug: logged in the smoke's own folder, one line here
        from desktop.logs import log_exception

        where = log_exception("offerdesk --smoke")
        print(f"smoke failed: {type(exc).__name__}: {exc} (details in {where})", flush=True)
        return 1
    finally:
        watchdog.cancel()
        _forget_key(folder)
        private.close()
    total = time.perf_counter() - started
    print(
        f"smoke ok: pack {pack} sealed and verified; {startup}; "
        f"total {total:.1f} s (shown_at={shown_at:.3f} ready_at={ready_at:.3f})",
        flush=True,
    )
    return 0
