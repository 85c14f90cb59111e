"""offerdesk pack NUMBER [--revision N] -o FILE.pdf — write the contract pack of a stored offer.

A signed offer gives its stored, sealed pack (byte for byte what was signed); any other offer
gives the same document marked "PROJET — non signé", rendered now.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, os_reason, warn_backup


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number", metavar="NUMBER", help="offer number, e.g. OF-2026-JDU-0042")
    parser.add_argument(
        "--revision", type=int, default=None, metavar="N", help="revision (default: the latest one)"
    )
    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="FILE.pdf", help="PDF file to write"
    )
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    if args.revision is not None and args.revision < 1:
        return fail("--revision doit valoir 1 ou plus")
    output: Path = args.output
    if output.exists() and output.is_dir():
        return fail(f"{output} est un dossier : indiquez le fichier PDF à écrire")

    from desktop.services.errors import NotFoundError, StoreError
    from desktop.services.packs import write_pack
    from desktop.services.store import open_store

    try:
        store = open_store(args.db, on_backup_error=warn_backup)
        try:
            written = write_pack(store, args.number, args.revision, output)
        finally:
            store.close()
    except NotFoundError as exc:
        return fail(str(exc))
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    except OSError as exc:
        return fail(f"impossible d'écrire {output} : {os_reason(exc)}", EXIT_FAILURE)
    state = "signed, sealed pack" if written.signed else "draft pack (PROJET — non signé)"
    print(f"wrote {output}: {state} of offer {written.number} revision {written.revision}")
    print(f"sha256 {written.sha256}")
    return EXIT_OK
