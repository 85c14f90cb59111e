"""Atomic file writes: a reader sees the old file or the new one, never half of one.

The one module for writing files durably (temporary file, fsync, rename, fsync of the
folder): packs, seal and trust files, company.json, backups and the encrypted copy of the
database all go through it."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from desktop.paths import PRIVATE_FILE_MODE, is_private_location, make_private_dir


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current


# Read once, at import (single-threaded): os.umask can only be read by setting it.
_UMASK = _umask()


def write_atomic(path: Path, data: bytes, mode: int | None = None) -> None:
    """Write `data` to a temporary file beside `path`, fsync it, then rename it over `path`.

    The file gets `mode` if given (0o600 for a private key); inside the user's data folder
    always 0o600 (its folders 0o700: nothing there is readable by another local user); else
    the mode of the file it replaces, else what a plain open() would give (0o666 less the
    umask) — not mkstemp's 0o600, which would hide a saved contract from the colleagues of a
    shared folder.
    """
    path = Path(path)
    if is_private_location(path):
        make_private_dir(path.parent)
        mode = PRIVATE_FILE_MODE
    path.parent.mkdir(parents=True, exist_ok=True)
    if mode is None:
        try:
            mode = path.stat().st_mode & 0o777
        except OSError:
            mode = 0o666 & ~_UMASK
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # POSIX; Windows files have no such mode bits
            os.fchmod(fd, mode)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    with contextlib.suppress(OSError):  # make the rename itself durable (POSIX)
        fsync_dir(path.parent)


def fsync_dir(folder: Path) -> None:
    """fsync a folder, so that a rename or a new file in it survives a power cut (POSIX; a
    no-op where folders cannot be opened, e.g. Windows). OSError when it fails."""
    if not hasattr(os, "O_DIRECTORY"):
        return
    fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_file(path: Path) -> None:
    """fsync a file written by someone else (SQLite's backup or export): its bytes are on disk."""
    with open(path, "rb+") as handle:
        os.fsync(handle.fileno())


def replace_durably(finished: Path, target: Path) -> None:
    """Publish a finished temporary file: fsync it, rename it over `target`, fsync the folder."""
    fsync_file(finished)
    os.replace(finished, target)
    fsync_dir(target.parent)
