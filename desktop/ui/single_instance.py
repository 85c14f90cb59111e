"""One window per database: a second start brings the running window to the front and exits.

The running application holds `<database>.app.lock` exclusively (desktop.services.dblock:
an OS lock, dropped by the kernel when the process ends, even killed — never stale) and
listens on a QLocalServer whose name is derived from the database (its resolved path, or
its URL for a server database). A second start on the same database cannot take the lock:
it connects to that server, asks it to raise its window, and exits; if the window does not
answer (still starting, or hung), it says so and exits all the same — two windows are never
writing the same offers. The lock, not the socket, decides who is first: a socket file left
by a killed process (Unix) is removed only by the process that holds the lock.

Only the database location is computed here (no SQLAlchemy on the start-up path).
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from desktop.services.dblock import DbLock, try_lock
from desktop.services.errors import StoreError

APP_LOCK_SUFFIX = ".app.lock"
RAISE = b"raise\n"
RAISED = b"raised\n"
TIMEOUT_MS = 3000


def database_key(db_url: str | None) -> tuple[str, Path]:
    """(local server name, lock anchor) of the database the application will open."""
    url = db_url or os.environ.get("OFFERDESK_DB", "").strip()
    if not url:
        from db.engine import DB_FILENAME, data_dir  # SQLAlchemy is imported lazily there

        url = f"sqlite:///{data_dir() / DB_FILENAME}"
    anchor: Path
    if url.startswith("sqlite:///") and ":memory:" not in url:
        anchor = Path(url[len("sqlite:///") :].split("?", 1)[0]).resolve()
        identity = str(anchor)
    else:
        from db.engine import data_dir

        identity = url
        anchor = data_dir() / f"server-{hashlib.sha256(url.encode()).hexdigest()[:16]}"
    digest = hashlib.sha256(identity.encode("utf-8")).hexdigest()[:24]
    return f"offerdesk-{digest}", anchor


class Instance(QObject):
    """The running application's side: the lock and the server; `raise_requested` fires
    when a second start asks for the window."""

    raise_requested = Signal()

    def __init__(self, name: str, lock: DbLock) -> None:
        super().__init__()
        self._lock = lock
        self.server = QLocalServer(self)
        QLocalServer.removeServer(name)  # ours alone (we hold the lock): a killed process's socket
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.listening = self.server.listen(name)
        self.server.newConnection.connect(self._on_connection)

    def _on_connection(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_message(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_message(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(RAISE.strip()):
            self.raise_requested.emit()
            socket.write(RAISED)
            socket.flush()

    def close(self) -> None:
        self.server.close()
        self._lock.release()


def claim(db_url: str | None) -> Instance | bool | None:
    """The first start on a database gets its Instance; a later one asks the running window
    to come to the front and gets True when it did, False when it did not answer. None: no
    lock file can be made there (read-only folder): opening the store will say so."""
    name, anchor = database_key(db_url)
    try:
        anchor.parent.mkdir(parents=True, exist_ok=True)
        lock = try_lock(anchor, exclusive=True, suffix=APP_LOCK_SUFFIX)
    except (OSError, StoreError):
        return None
    if lock is None:
        return _ask_to_raise(name)
    return Instance(name, lock)


def _ask_to_raise(name: str) -> bool:
    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(TIMEOUT_MS):
        return False
    socket.write(RAISE)
    socket.waitForBytesWritten(TIMEOUT_MS)
    answered = socket.waitForReadyRead(TIMEOUT_MS) and bytes(socket.readAll().data()) == RAISED
    socket.disconnectFromServer()
    return answered
