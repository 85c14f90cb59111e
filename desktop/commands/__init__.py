"""Headless commands of `offerdesk`, one module each.

A command module defines ``HELP`` (one line), ``add_arguments(parser)`` and
``run(args) -> int`` (0 ok, 1 failure, 2 bad input). It imports heavy libraries inside
``run`` only, so that `offerdesk --help` and `offerdesk quote` stay fast.
"""

from __future__ import annotations

import sys

from desktop.domain.messages import Message, msg
from desktop.os_errors import os_reason as os_reason  # re-exported: every command uses it

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def say(message: Message) -> None:
    """One line of a report on stdout, in the reader's language (set by desktop.cli)."""
    print(message)


def fail(message: Message | str, code: int = EXIT_USAGE) -> int:
    """One clear line on stderr, never a traceback; returns the exit code. A str is the text of
    an error raised below (already in the reader's language)."""
    print(f"offerdesk: {message}", file=sys.stderr)
    return code


def warn_backup(error: Exception) -> None:
    """For commands that only read: a start-up backup that failed is a warning, not a failure."""
    print(f"offerdesk: {msg('commands.backup_failed_warning', error=str(error))}", file=sys.stderr)


def add_db_option(parser: argparse.ArgumentParser, help: str | None = None) -> None:
    """The `--db URL` option every command that opens the store takes."""
    from desktop import i18n

    parser.add_argument("--db", metavar="URL", default=None, help=help or i18n.text("commands.db.help"))
