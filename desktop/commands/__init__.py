"""Headless commands of `offerdesk`, one module each.

A command module defines ``HELP`` (one line), ``add_arguments(parser)`` and
``run(args) -> int`` (0 ok, 1 failure, 2 bad input). It imports heavy libraries inside
``run`` only, so that `offerdesk --help` and `offerdesk quote` stay fast.
"""

from __future__ import annotations

import errno
import sys

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def os_reason(exc: OSError) -> str:
    """Why the system refused a file operation, in French for the cases a user can fix."""
    if isinstance(exc, FileNotFoundError):
        return "le fichier ou le dossier n'existe pas (vérifiez le chemin)"
    if isinstance(exc, PermissionError):
        return "accès refusé (droits insuffisants)"
    if isinstance(exc, IsADirectoryError):
        return "c'est un dossier, pas un fichier"
    if isinstance(exc, NotADirectoryError):
        return "une partie du chemin n'est pas un dossier"
    if exc.errno == errno.ENOSPC:
        return "le disque est plein"
    return f"erreur du système ({exc.strerror or exc})"


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
