"""`offerdesk encrypt [--db URL]`: encrypt an existing plain local database and its backups
(SQLCipher, key in the operating system's keychain); see desktop.services.encryption."""

from __future__ import annotations

import argparse

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail
from desktop.domain.messages import msg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("--status", action="store_true", help=i18n.text("commands.encrypt.help.status"))
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from desktop.services import encryption
    from desktop.services.errors import StoreError
    from desktop.services.location import database_file, database_url

    db_path = database_file(database_url(args.db))
    if db_path is None:
        return fail(msg("commands.encrypt.local_only"))
    if not db_path.exists():
        return fail(msg("commands.db.missing", path=db_path), EXIT_FAILURE)
    state = encryption.status(db_path)
    if args.status or state.encrypted:
        print(f"{db_path}: {state.message}")
        return EXIT_OK
    if not state.can_encrypt:
        return fail(str(state.message), EXIT_FAILURE)
    try:
        result = encryption.encrypt_database(db_path)
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    print(result.message)
    return EXIT_OK
