"""Headless commands of `offerdesk`, one module each.

A command module defines ``HELP`` (one line), ``add_arguments(parser)`` and
``run(args) -> int`` (0 ok, 1 failure, 2 bad input). It imports heavy libraries inside
``run`` only, so that `offerdesk --help` and `offerdesk quote` stay fast.
"""

from __future__ import annotations

import sys

from desktop.os_errors import os_reason as os_reason  # re-exported: every command uses it

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_USAGE) -> int:
    """One clear line on stderr, never a traceback; returns the exit code."""
    print(f"offerdesk: {message}", file=sys.stderr)
    return code


def warn_backup(error: Exception) -> None:
    """For commands that only read: a start-up backup that failed is a warning, not a failure."""
    print(
        f"offerdesk: attention : {error} La commande continue (elle ne modifie pas la base).",
        file=sys.stderr,
    )


DB_HELP = "database URL (default: $OFFERDESK_DB, else the local SQLite file)"


def add_db_option(parser: argparse.ArgumentParser, help: str = DB_HELP) -> None:
    """The `--db URL` option every command that opens the store takes."""
    parser.add_argument("--db", metavar="URL", default=None, help=help)
