"""offerdesk import-catalogue FILE — check a head-office catalogue file whole, then import it.

Nothing is written unless every row is valid; the report names each wrong row and column.
Importing the same catalogue again changes nothing.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, add_db_option, fail

REPORT_LIMIT = 50


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "file",
        metavar="FILE",
        type=Path,
        help="catalogue file, .csv (UTF-8) or .xlsx; columns: resources/catalogue/README.md",
    )
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    from desktop.services.catalogue_file import CatalogueFileError, describe, parse_catalogue_file

    path: Path = args.file
    try:
        result = parse_catalogue_file(path)
    except CatalogueFileError as exc:
        return fail(str(exc))
    if result.errors:
        count = len(result.errors)
        print(
            f"offerdesk: {path} : {count} erreur{'s' if count > 1 else ''} ; rien n'a été importé",
            file=sys.stderr,
        )
        for line in describe(result.errors, REPORT_LIMIT):
            print(f"  {line}", file=sys.stderr)
        return EXIT_USAGE
    if result.ignored_columns:
        print(f"remarque : colonnes ignorées : {', '.join(result.ignored_columns)}", file=sys.stderr)

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
        return fail(f"{path} : {exc} ; rien n'a été importé")
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    if outcome.created:
        print(f"imported {len(result.rows)} products as catalogue version {outcome.version.id}")
    else:
        print("unchanged: this catalogue is already the current version")
    return EXIT_OK
