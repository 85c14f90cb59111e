"""`offerdesk restore PATH`: replace the local database by a backup, after checking the backup.

The current database is kept (backups/pre-restore-<time>.sqlite3) before it is replaced, even
when it is damaged; a file that is not a sound OfferDesk database (integrity, every table and
column of the current schema) is refused untouched; a file whose audit chain is broken needs
--force; and the restore is refused while another process has the database open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, os_reason, say
from desktop.domain.messages import msg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("path", type=Path, metavar="PATH", help=i18n.text("commands.restore.help.path"))
    parser.add_argument("--force", action="store_true", help=i18n.text("commands.restore.help.force"))
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from desktop.services.backup import restore_from
    from desktop.services.errors import StoreError
    from desktop.services.location import database_file, database_url

    db_path = database_file(database_url(args.db))
    if db_path is None:
        return fail(msg("commands.restore.local_only"))
    try:
        kept = restore_from(db_path, args.path, force=args.force)
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    except OSError as exc:
        return fail(msg("commands.restore.failed", path=args.path, reason=os_reason(exc)), EXIT_FAILURE)
    if kept is not None:
        say(msg("commands.restore.kept", path=kept))
    say(msg("commands.restore.done", path=args.path, database=db_path))
    return EXIT_OK
