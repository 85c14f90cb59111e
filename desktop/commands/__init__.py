"""Headless commands of `offerdesk`, one module each.

A command module defines ``HELP`` (one line), ``add_arguments(parser)`` and
``run(args) -> int`` (0 ok, 1 failure, 2 bad input). It imports heavy libraries inside
``run`` only, so that `offerdesk --help` and `offerdesk quote` stay fast.
"""

from __future__ import annotations

import sys

EXIT_OK = 0
EXIT_FAILURE = 1
EXIT_USAGE = 2


def fail(message: str, code: int = EXIT_USAGE) -> int:
    """One clear line on stderr, never a traceback; returns the exit code."""
    print(f"offerdesk: {message}", file=sys.stderr)
    return code
