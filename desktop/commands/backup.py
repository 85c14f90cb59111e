"""`offerdesk backup PATH`: a consistent copy of the local database (SQLite backup API)."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, say
from desktop.domain.messages import msg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("path", type=Path, metavar="PATH", help=i18n.text("commands.backup.help.path"))
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from desktop.services.backup import backup_to
    from desktop.services.dblock import lock_shared
    from desktop.services.errors import StoreError
    from desktop.services.location import database_file, database_url
    from desktop.services.store import check_sqlite_file

    db_path = database_file(database_url(args.db))
    if db_path is None:
        return fail(msg("commands.backup.local_only"))
    if not db_path.exists():
        return fail(msg("commands.db.missing", path=db_path), EXIT_FAILURE)
    try:
        lock = lock_shared(db_path)  # no restore may replace the file while it is copied
        try:
            check_sqlite_file(db_path)
            written = backup_to(db_path, args.path)
        finally:
            if lock is not None:
                lock.release()
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    say(msg("commands.backup.written", path=written))
    return EXIT_OK
