"""offerdesk demo -o DIR — the whole product at work, without a screen.

On a fresh database (DIR/offerdesk-demo.sqlite3 unless --db), creates a sample client and an
offer from the sample catalogue, writes the draft pack, signs the offer with generated
signatures (client and representative), writes the sealed pack, verifies it, and prints
the paths. The seal is made with a throw-away certificate in DIR/data (its key's passphrase in
an in-process keychain that ends with the command), never with the user's own: run
`OFFERDESK_DATA_DIR=DIR/data offerdesk verify …` to verify the demo's pack later — its
certificate is pinned there, but its key cannot seal anything after the demo.
"""

from __future__ import annotations

import argparse
import contextlib
import os
from collections.abc import Iterator
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, os_reason, say
from desktop.domain.messages import msg

DB_NAME = "offerdesk-demo.sqlite3"
DATA_NAME = "data"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument(
        "-o", "--output", required=True, type=Path, metavar="DIR", help=i18n.text("commands.demo.help.output")
    )
    add_db_option(parser, i18n.text("commands.demo.help.db", name=DB_NAME))
    parser.add_argument(
        "--lang",
        choices=("fr", "de", "en"),
        default=None,
        help=i18n.text("commands.demo.help.lang"),
    )


def _fresh_sqlite(folder: Path) -> str:
    from desktop.services.location import sqlite_url

    path = folder / DB_NAME
    for suffix in ("", "-wal", "-shm", "-journal"):  # the demo's own file, from an earlier run
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    return sqlite_url(path)


@contextlib.contextmanager
def _throw_away_sealing(folder: Path) -> Iterator[Path]:
    """Seal with DIR/data's own certificate. The system keychain keeps the demo's secrets (its
    certificate's passphrase, the database and audit keys), so the demo database can be opened
    and its pack verified with --db afterwards; without a keychain, an in-process one serves
    this run only (the demo database then cannot be reopened after it)."""
    from desktop import keychain
    from desktop.documents.seal import DATA_DIR_ENV, SEAL_FILE

    data = folder / DATA_NAME
    (data / SEAL_FILE).unlink(missing_ok=True)  # an earlier demo's key: its passphrase is gone
    previous = os.environ.get(DATA_DIR_ENV)
    os.environ[DATA_DIR_ENV] = str(data)
    try:
        if keychain.available():
            yield data
        else:
            with keychain.private_keyring():
                yield data
    finally:
        if previous is None:
            os.environ.pop(DATA_DIR_ENV, None)
        else:
            os.environ[DATA_DIR_ENV] = previous


def run(args: argparse.Namespace) -> int:
    folder: Path = args.output
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        return fail(msg("commands.demo.cannot_create", path=folder, reason=os_reason(exc)))
    if not folder.is_dir():
        return fail(msg("commands.demo.not_a_folder", path=folder))

    from desktop.domain.errors import DomainError
    from desktop.services.errors import StoreError
    from desktop.services.store import open_store

    url = args.db or _fresh_sqlite(folder)
    try:
        store = open_store(url, backup=False)
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    from desktop.services.demo import run_demo

    try:
        with _throw_away_sealing(folder):
            result = run_demo(store, folder, args.lang)
    except (DomainError, StoreError) as exc:
        return fail(msg("commands.demo.failed", reason=str(exc)), EXIT_FAILURE)
    except OSError as exc:
        return fail(msg("commands.demo.failed", reason=os_reason(exc)), EXIT_FAILURE)
    finally:
        store.close()
    check = result.check
    offer = result.offer
    say(msg("commands.demo.database", url=url))
    say(msg("commands.demo.client", name=result.client_name))
    say(
        msg(
            "commands.demo.offer",
            number=offer.number,
            revision=offer.revision,
            lines=msg("commands.demo.lines", count=result.line_count),
            term=result.engagement_months,
            status=offer.status,
        )
    )
    say(msg("commands.demo.draft_pack", path=result.draft_path))
    say(msg("commands.demo.signed_pack", path=result.pack_path))
    print(f"sha256:            {result.sha256}")
    say(msg("commands.demo.seal", verdict=check.seal.message))
    say(msg("commands.demo.sealed_by", subject=check.seal.signer_subject))
    if not check.ok:
        say(msg("commands.demo.verify_failed"))
        return EXIT_FAILURE
    say(msg("commands.demo.verify_ok"))
    return EXIT_OK
