"""`offerdesk restore PATH`: replace the local database by a backup, after checking the backup.

The current database is kept (backups/pre-restore-<time>.sqlite3) before it is replaced, even
when it is damaged; a file that is not a sound OfferDesk database (integrity, every table and
column of the current schema) is refused untouched; a file whose audit chain is broken needs
--force; and the restore is refused while another process has the database open.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, os_reason


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("path", type=Path, metavar="PATH", help="backup file to restore")
    parser.add_argument(
        "--force", action="store_true", help="restore even though the file's audit chain is broken"
    )
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from desktop.services.backup import restore_from
    from desktop.services.errors import StoreError
    from desktop.services.location import database_file, database_url

    db_path = database_file(database_url(args.db))
    if db_path is None:
        return fail("la restauration ne concerne que la base SQLite locale")
    try:
        kept = restore_from(db_path, args.path, force=args.force)
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    except OSError as exc:
        return fail(f"la restauration de {args.path} a échoué : {os_reason(exc)}", EXIT_FAILURE)
    if kept is not None:
        print(f"previous database kept as {kept}")
    print(f"restored {args.path} into {db_path}")
    return EXIT_OK
