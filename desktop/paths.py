"""Where the application's shipped resources live (source tree or frozen bundle).

`resource_file` returns a plain string and imports no pathlib: headless commands such as
`offerdesk quote` start several milliseconds faster without it.
"""

from __future__ import annotations

import os
import sys

TYPE_CHECKING = False  # importing typing costs headless commands start-up time

if TYPE_CHECKING:
    from pathlib import Path


def resources_root() -> str:
    """The folder holding CGV versions, STATEC series, VAT table, catalogue, fonts."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root is not None:
        return os.path.join(frozen_root, "resources")
    return os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "resources")


def resource_file(*parts: str) -> str:
    """Path of a shipped resource as a string, e.g. resource_file("statec.json")."""
    return os.path.join(resources_root(), *parts)


def resources_dir() -> Path:
    from pathlib import Path

    return Path(resources_root())


def resource(*parts: str) -> Path:
    """Path of a shipped resource, e.g. resource("cgv", "cgv-2023-09-01.txt")."""
    return resources_dir().joinpath(*parts)


# -- the user's data folder: private to the user ------------------------------------------------

PRIVATE_DIR_MODE = 0o700  # POSIX: the data folder and every folder OfferDesk creates in it
PRIVATE_FILE_MODE = 0o600  # POSIX: every file OfferDesk writes there (database, backups, keys...)


def data_dir() -> Path:
    """The user's data folder, as the configuration resolves it from the environment now
    (desktop.config: OFFERDESK_DATA_DIR, blank counts as unset, else platformdirs)."""
    from desktop.config import load

    return load().data_dir


def is_private_location(path: Path) -> bool:
    """True when `path` is inside the user's data folder (its files are 0600 on POSIX)."""
    try:
        return path.absolute().is_relative_to(data_dir().absolute())
    except OSError:
        return False


def make_private_dir(folder: Path) -> Path:
    """Create `folder` (and missing parents) readable by the user only; an existing folder of
    ours is tightened to 0700. Windows: nothing to do, a profile folder is already private."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR_MODE)
    set_private(folder)
    return folder


def set_private(path: Path) -> None:
    """chmod 0700 (folder) or 0600 (file) on POSIX; a file we do not own is left as it is."""
    if os.name != "posix":
        return
    import stat

    try:
        info = os.lstat(path)
        if stat.S_ISLNK(info.st_mode) or info.st_uid != os.getuid():
            return
        wanted = PRIVATE_DIR_MODE if stat.S_ISDIR(info.st_mode) else PRIVATE_FILE_MODE
        if stat.S_IMODE(info.st_mode) != wanted:
            os.chmod(path, wanted)
    except (FileNotFoundError, PermissionError):
        return


def create_private_file(path: Path) -> bool:
    """Create `path` empty with mode 0600 unless it exists; True if this call created it.
    (SQLite gives its -wal, -shm and -journal files the mode of the database file.)"""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE_MODE)
    except FileExistsError:
        return False
    os.close(fd)
    return True


def tighten_tree(folder: Path) -> None:
    """Make `folder` and everything under it private (folders 0700, files 0600): what an
    earlier version of OfferDesk, or a copy, left readable by others is closed on start."""
    from pathlib import Path

    if os.name != "posix" or not folder.is_dir():
        return
    set_private(folder)
    for root, dirs, files in os.walk(folder):
        for name in dirs + files:
            set_private(Path(root, name))
