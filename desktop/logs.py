"""The application log: bugs are written with their traceback to the user's log folder."""

from __future__ import annotations

import logging
from pathlib import Path

_handler: logging.FileHandler | None = None


def log_dir() -> Path:
    """The log folder, as the configuration resolves it now (OFFERDESK_LOG_DIR, else the
    platform's user log folder): a bug is logged wherever it happens, so this one reads
    the environment itself rather than waiting for a configuration to be passed."""
    from desktop.config import load

    return load().log_dir


def log_file() -> Path:
    return log_dir() / "offerdesk.log"


def configure() -> Path:
    """Send INFO and above to the log file (created on first use); returns its path.

    Called again after the log folder changed (OFFERDESK_LOG_DIR), it moves to the new file.
    """
    global _handler
    path = log_file()
    if _handler is not None and Path(_handler.baseFilename) == path.absolute():
        return path
    from desktop.paths import create_private_file, make_private_dir, set_private

    make_private_dir(path.parent)  # 0700, the log 0600: a traceback may show a client's data
    create_private_file(path)
    set_private(path)
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    root.addHandler(handler)
    if root.level > logging.INFO or root.level == logging.NOTSET:
        root.setLevel(logging.INFO)
    _handler = handler
    return path


def log_exception(context: str) -> Path:
    """Log the exception being handled, with its traceback; returns the log file's path."""
    path = configure()
    logging.getLogger("offerdesk").exception("unexpected error in %s", context)
    return path
