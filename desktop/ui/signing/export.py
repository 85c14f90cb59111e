"""Saving a copy of a signed pack where the user chose: atomic, so no half-written contract."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def save_copy(data: bytes, path: Path) -> Path:
    """Write `data` to `path` via a temporary file beside it, fsync, then rename; returns the path.

    A name without extension gets ".pdf". On any error the temporary file is removed and the
    OSError propagates (the caller tells the user; an existing file is left as it was).
    """
    if not path.suffix:
        path = path.with_suffix(".pdf")
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp_name, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_name)
        raise
    return path
