"""The start-up checks of a store opened in deferred mode, run in a worker thread.

The desktop application shows its first page before the integrity check and the start-up
backup are done (they take about a second on a 100,000-offer database). `open_store(...,
deferred=True)` returns a store whose `startup` is a `StartupChecks`; once started (by the
application right after its first page is painted, else by the first write) it runs, off
the GUI thread and on its own SQLite connections:

1. `PRAGMA quick_check` (read-only connection). A damaged file raises
   `DamagedDatabaseError` naming the latest good backup, and nothing is written to it.
2. The start-up backup (SQLite online backup API; readers may work meanwhile in WAL mode),
   the last 10 kept.
3. The first-start reference data, when a piece is missing.

Safety while the checks run (the choice made here): reads are allowed (the first page of
the offers list is shown from them), but **every write waits**: `Store.session()` calls
`wait_for_writes()`, which blocks until steps 1 and 2 have succeeded, and raises the
check's error (`DamagedDatabaseError`, `BackupError`) instead if they failed, then forever
after. So nothing is ever written to a database that has not passed its integrity check,
and the backup is a copy taken before any write of this session. In the application a
write in the first second (an early click on Save) therefore waits for the rest of the
check; the start-up jobs that write (expiring offers past validity) are started only once
the checks report success.

Only used for an existing SQLite file that is already at the head revision: a file to be
migrated is checked and backed up in the foreground first, as `open_store()` always does.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.messages import msg
from desktop.services.errors import BackupError, StoreError

if TYPE_CHECKING:
    from desktop.services.store import Store

DoneCallback = Callable[[StoreError | None], None]


class StartupChecks:
    """quick_check, start-up backup and first-start data in a worker thread; writes wait for it."""

    def __init__(
        self,
        store: Store,
        path: Path,
        *,
        backup: bool = True,
        seed: bool = True,
        on_backup_error: Callable[[BackupError], None] | None = None,
    ) -> None:
        self._store = store
        self._path = path
        self._backup = backup
        self._on_backup_error = on_backup_error
        self._seed = seed
        self._lock = threading.Lock()
        self._writes_decided = threading.Event()  # set once the check and the backup are over
        self._finished = threading.Event()  # set once everything is over (seed included)
        self._error: StoreError | None = None
        self._callbacks: list[DoneCallback] = []
        self._thread = threading.Thread(target=self._run, name="offerdesk-startup-checks")
        self._started = False
        self.backup_path: Path | None = None

    def start(self) -> StartupChecks:
        """Start the worker (once; later calls do nothing)."""
        with self._lock:
            if not self._started:
                self._started = True
                self._thread.start()
        return self

    # -- the worker ---------------------------------------------------------------------------
    def _run(self) -> None:
        error: StoreError | None = None
        try:
            self._check_and_back_up()
        except StoreError as exc:
            error = exc
        except Exception:  # a bug: logged, and writes stay refused
            error = self._unexpected()
        with self._lock:
            self._error = error
        self._writes_decided.set()
        if error is None and self._seed:
            try:
                from desktop.services.seed import seed_first_start

                seed_first_start(self._store)
            except StoreError as exc:
                error = exc
            except Exception:
                error = self._unexpected()
            if error is not None:
                with self._lock:
                    self._error = error
        with self._lock:
            self._finished.set()
            callbacks = list(self._callbacks)
        for callback in callbacks:
            callback(error)

    def _check_and_back_up(self) -> None:
        from desktop.services.store import check_sqlite_file

        check_sqlite_file(self._path)
        if self._backup:
            from desktop.services.backup import backup_on_start

            try:
                self.backup_path = backup_on_start(self._path)
            except BackupError as exc:
                if self._on_backup_error is None:
                    raise
                self._on_backup_error(exc)

    @staticmethod
    def _unexpected() -> StoreError:
        """Called inside an `except` block: log the exception being handled."""
        from desktop.logs import log_exception

        log = log_exception("start-up checks")
        return StoreError(msg("offers.startup.unexpected", log=log))

    # -- what the rest of the program sees ----------------------------------------------------
    def wait_for_writes(self) -> None:
        """Block until writing is allowed; raise the check's error if it failed (then always).
        Starts the checks if nobody has yet, so a write can never wait for nothing."""
        self.start()
        self._writes_decided.wait()
        with self._lock:
            error = self._error
        if error is not None:
            raise error

    def add_done_callback(self, callback: DoneCallback) -> None:
        """Call `callback(error or None)` once everything is over: from the worker thread, or
        at once from this thread if it already is."""
        with self._lock:
            if not self._finished.is_set():
                self._callbacks.append(callback)
                return
            error = self._error
        callback(error)

    @property
    def done(self) -> bool:
        return self._finished.is_set()

    @property
    def error(self) -> StoreError | None:
        with self._lock:
            return self._error

    def join(self) -> None:
        """Wait for the worker to end (a backup is never cut off half-written); a check never
        started is not run (nothing was written, nothing needs checking for this session)."""
        with self._lock:
            started = self._started
        if started:
            self._thread.join()
