"""One lock per database: shared for everyone who uses it, exclusive for `restore`.

The lock is an OS advisory lock on a side file, `<database>.lock`, next to the database:

- the desktop application and every command that opens the store (`open_store`) take it
  *shared* for as long as the store is open, and so does `offerdesk backup`;
- `restore` takes it *exclusive*, without waiting: while any other process has the database
  open, it is refused ("fermez d'abord…") instead of replacing the file under a writer;
- a second start of the desktop application is told apart by a second lock file,
  `<database>.app.lock`, taken exclusive by the running window (desktop/ui/app.py).

Why an OS lock on a side file, and not the database file or a PID file: the kernel drops an
OS lock when its process ends, even killed, so there is never a stale lock to clean up; the
database file itself cannot be used because SQLite's own POSIX locks on it would be released
by our closing any descriptor of it (POSIX semantics). Portable without a dependency:
POSIX `fcntl.flock` (LOCK_SH / LOCK_EX, LOCK_NB), Windows `LockFileEx` through ctypes
(shared unless LOCKFILE_EXCLUSIVE_LOCK, LOCKFILE_FAIL_IMMEDIATELY); `msvcrt.locking` has no
shared mode, which is why it is not used. The lock file is never deleted (deleting it would
let two processes lock two different files of the same name).
"""

from __future__ import annotations

import errno
import os
from pathlib import Path
from typing import IO

from desktop.domain.messages import Message, msg
from desktop.services.errors import DatabaseInUseError, ReadOnlyDatabaseError

LOCK_SUFFIX = ".lock"


def lock_path(db_path: Path, suffix: str = LOCK_SUFFIX) -> Path:
    return db_path.with_name(db_path.name + suffix)


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import ctypes
    import msvcrt
    from ctypes import wintypes

    _LOCKFILE_FAIL_IMMEDIATELY = 0x1
    _LOCKFILE_EXCLUSIVE_LOCK = 0x2

    class _Overlapped(ctypes.Structure):
        _fields_ = (
            ("Internal", ctypes.c_void_p),
            ("InternalHigh", ctypes.c_void_p),
            ("Offset", wintypes.DWORD),
            ("OffsetHigh", wintypes.DWORD),
            ("hEvent", wintypes.HANDLE),
        )

    _kernel32 = ctypes.WinDLL("kernel32", use_last_error=True)  # type: ignore[attr-defined]

    def _os_lock(handle: IO[bytes], exclusive: bool) -> bool:
        flags = _LOCKFILE_FAIL_IMMEDIATELY | (_LOCKFILE_EXCLUSIVE_LOCK if exclusive else 0)
        overlapped = _Overlapped()
        os_handle = msvcrt.get_osfhandle(handle.fileno())  # type: ignore[attr-defined]
        return bool(_kernel32.LockFileEx(os_handle, flags, 0, 1, 0, ctypes.byref(overlapped)))

    def _os_unlock(handle: IO[bytes]) -> None:
        overlapped = _Overlapped()
        os_handle = msvcrt.get_osfhandle(handle.fileno())  # type: ignore[attr-defined]
        _kernel32.UnlockFileEx(os_handle, 0, 1, 0, ctypes.byref(overlapped))

else:
    import fcntl

    def _os_lock(handle: IO[bytes], exclusive: bool) -> bool:
        try:
            fcntl.flock(handle.fileno(), (fcntl.LOCK_EX if exclusive else fcntl.LOCK_SH) | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _os_unlock(handle: IO[bytes]) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)


class DbLock:
    """A held lock on `<database><suffix>`; `release()` (or process exit) frees it."""

    def __init__(self, path: Path, handle: IO[bytes], exclusive: bool) -> None:
        self.path = path
        self.exclusive = exclusive
        self._handle: IO[bytes] | None = handle

    @property
    def held(self) -> bool:
        return self._handle is not None

    def release(self) -> None:
        handle, self._handle = self._handle, None
        if handle is not None:
            try:
                _os_unlock(handle)
            finally:
                handle.close()

    def __enter__(self) -> DbLock:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.release()


def try_lock(db_path: Path, *, exclusive: bool, suffix: str = LOCK_SUFFIX) -> DbLock | None:
    """Take the lock without waiting; None when another process holds a conflicting one.
    A lock file that cannot be created raises ReadOnlyDatabaseError (read-only folder) or
    the OSError itself (disk full, no such folder)."""
    path = lock_path(db_path, suffix)
    try:
        handle = open(path, "a+b")  # noqa: SIM115 - kept open while the lock is held
    except (PermissionError, OSError) as exc:
        if isinstance(exc, PermissionError) or exc.errno == errno.EROFS:
            raise ReadOnlyDatabaseError(db_path, msg("offers.lock.cannot_create", name=path.name)) from exc
        raise
    if not _os_lock(handle, exclusive):
        handle.close()
        return None
    return DbLock(path, handle, exclusive)


def lock_shared(db_path: Path) -> DbLock | None:
    """The lock every user of the database holds; refused while a restore holds it exclusive.
    None when the lock file cannot be created at all (a read-only folder: the database cannot
    be written either; a full disk: the commands that only read still work)."""
    try:
        lock = try_lock(db_path, exclusive=False)
    except (ReadOnlyDatabaseError, OSError):
        return None
    if lock is None:
        raise DatabaseInUseError(msg("offers.lock.restoring", path=db_path))
    return lock


def lock_exclusive(db_path: Path, doing: Message | str) -> DbLock:
    """The lock `restore` holds: refused while anyone else has the database open. `doing` is
    what needs it, as an infinitive phrase ("restaurer la sauvegarde"), best a Message."""
    lock = try_lock(db_path, exclusive=True)
    if lock is None:
        raise DatabaseInUseError(msg("offers.lock.in_use", doing=doing, path=db_path))
    return lock
