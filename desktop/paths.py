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
