"""offerdesk pack NUMBER [--revision N] -o FILE.pdf — write the contract pack of a stored offer.

A signed offer gives its stored, sealed pack (byte for byte what was signed); any other offer
gives the same document marked "PROJET — non signé", rendered now.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, os_reason, say, warn_backup
from desktop.domain.messages import msg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("number", metavar="NUMBER", help=i18n.text("commands.pack.help.number"))
    parser.add_argument(
        "--revision", type=int, default=None, metavar="N", help=i18n.text("commands.pack.help.revision")
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        type=Path,
        metavar="FILE.pdf",
        help=i18n.text("commands.pack.help.output"),
    )
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    if args.revision is not None and args.revision < 1:
        return fail(msg("commands.pack.bad_revision"))
    output: Path = args.output
    if output.exists() and output.is_dir():
        return fail(msg("commands.pack.output_is_folder", path=output))

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
        return fail(msg("commands.pack.not_written", path=output, reason=os_reason(exc)), EXIT_FAILURE)
    if written.signed:
        say(msg("commands.pack.wrote_signed", path=output, number=written.number, revision=written.revision))
    else:
        say(msg("commands.pack.wrote_draft", path=output, number=written.number, revision=written.revision))
    print(f"sha256 {written.sha256}")
    return EXIT_OK
