"""One window per database: a second start brings the running window to the front and exits.

The running application holds `<database>.app.lock` exclusively (desktop.services.dblock:
an OS lock, dropped by the kernel when the process ends, even killed — never stale). A
second start on the same database cannot take that lock: it leaves a request file,
`<database>.app.raise`, and waits up to 3 s for the running window to take it away (it
looks every 0.3 s, then raises itself); then it exits, saying the window was brought to the
front, or that it does not answer (still starting, or hung) — two windows never write the
same offers. A file rather than a QLocalServer: the frozen bundle leaves out the
PySide6.QtNetwork bindings (the .deb is at its size limit), and this needs QtCore only.

Only the database location is computed here: no SQLAlchemy on the start-up path.
"""

from __future__ import annotations

import time
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from desktop.config import Config, load
from desktop.services.dblock import DbLock, try_lock
from desktop.services.errors import StoreError

APP_LOCK_SUFFIX = ".app.lock"
RAISE_SUFFIX = ".app.raise"
POLL_MS = 300
TIMEOUT_S = 3.0


def database_anchor(db_url: str | None, config: Config | None = None) -> Path:
    """The file the window's lock and request files sit beside: the SQLite database itself,
    else (a server database) a file named after its URL in the data folder. Computed from the
    configuration (desktop.config), without SQLAlchemy."""
    config = config or load()
    url = db_url or config.db_url_override
    if not url:
        return config.database_file.resolve()
    if url.startswith("sqlite:///") and ":memory:" not in url:
        return Path(url[len("sqlite:///") :].split("?", 1)[0]).resolve()
    import hashlib

    return config.data_dir / f"server-{hashlib.sha256(url.encode()).hexdigest()[:16]}"


class Instance(QObject):
    """The running application's side: the lock, and the watch for a second start's request;
    `raise_requested` fires when one asks for the window."""

    raise_requested = Signal()

    def __init__(self, anchor: Path, lock: DbLock) -> None:
        super().__init__()
        self._lock = lock
        self._request = anchor.with_name(anchor.name + RAISE_SUFFIX)
        self._request.unlink(missing_ok=True)  # left by a start that gave up: not for us
        self._timer = QTimer(self)
        self._timer.setInterval(POLL_MS)
        self._timer.timeout.connect(self._look)
        self._timer.start()

    def _look(self) -> None:
        if self._request.exists():
            self._request.unlink(missing_ok=True)
            self.raise_requested.emit()

    def close(self) -> None:
        self._timer.stop()
        self._lock.release()


def claim(db_url: str | None, config: Config | None = None) -> Instance | bool | None:
    """The first start on a database gets its Instance; a later one asks the running window
    to come to the front and gets True when it did, False when it did not answer. None: no
    lock file can be made there (read-only folder): opening the store will say so."""
    anchor = database_anchor(db_url, config)
    try:
        anchor.parent.mkdir(parents=True, exist_ok=True)
        lock = try_lock(anchor, exclusive=True, suffix=APP_LOCK_SUFFIX)
    except (OSError, StoreError):
        return None
    if lock is None:
        return _ask_to_raise(anchor)
    return Instance(anchor, lock)


def _ask_to_raise(anchor: Path) -> bool:
    request = anchor.with_name(anchor.name + RAISE_SUFFIX)
    try:
        request.write_bytes(b"")
    except OSError:
        return False
    deadline = time.monotonic() + TIMEOUT_S
    while time.monotonic() < deadline:
        if not request.exists():
            return True
        time.sleep(0.05)
    request.unlink(missing_ok=True)
    return False
