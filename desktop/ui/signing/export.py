"""Saving a copy of a signed pack where the user chose: atomic, so no half-written contract."""

from __future__ import annotations

from pathlib import Path

from desktop.documents.files import write_atomic


def save_copy(data: bytes, path: Path) -> Path:
    """Write `data` to `path` atomically (temporary file beside it, fsync, rename); returns the path.

    A name without extension gets ".pdf". On any error the temporary file is removed and the
    OSError propagates (the caller tells the user; an existing file is left as it was).
    """
    if not path.suffix:
        path = path.with_suffix(".pdf")
    if not path.parent.is_dir():  # a folder the user named but that is gone: say so, create nothing
        raise FileNotFoundError(2, "No such file or directory", str(path.parent))
    write_atomic(path, data)
    return path
