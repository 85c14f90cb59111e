"""offerdesk import-catalogue FILE — check a head-office catalogue file whole, then import it.

Nothing is written unless every row is valid; the report names each wrong row and column.
Importing the same catalogue again changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, add_db_option, fail, say
from desktop.domain.messages import msg

REPORT_LIMIT = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("file", metavar="FILE", type=Path, help=i18n.text("commands.import.help.file"))
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from desktop.services.catalogue_file import CatalogueFileError, describe, parse_catalogue_file

    path: Path = args.file
    try:
        result = parse_catalogue_file(path)
    except CatalogueFileError as exc:
        return fail(str(exc))
    if result.errors:
        code = fail(msg("commands.import.errors", path=path, count=len(result.errors)), EXIT_USAGE)
        for line in describe(result.errors, REPORT_LIMIT):
            print(f"  {line}", file=sys.stderr)
        return code
    if result.ignored_columns:
        ignored = msg(
            "commands.import.ignored_columns",
            count=len(result.ignored_columns),
            columns=result.ignored_columns,
        )
        print(ignored, file=sys.stderr)

    from desktop.domain.errors import DomainError
    from desktop.services.catalogue import import_rows
    from desktop.services.errors import StoreError
    from desktop.services.store import open_store

    try:
        store = open_store(args.db)
        try:
            outcome = import_rows(store, result.rows, source_name=path.name, file_sha256=result.sha256)
        finally:
            store.close()
    except DomainError as exc:  # the store's own checks refused a row: nothing was written
        return fail(msg("commands.import.refused", path=path, reason=str(exc)))
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    if outcome.created:
        say(msg("commands.import.imported", count=len(result.rows), version=outcome.version.id))
    else:
        say(msg("commands.import.unchanged"))
    return EXIT_OK
