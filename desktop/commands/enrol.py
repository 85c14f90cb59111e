"""offerdesk enrol FILE [--db LOCAL] — on a laptop: take the identity, server address and
sealing certificate of the enrolment file the office wrote (`offerdesk office add-rep`).

The one-time passphrase is asked for (not echoed), or read from $OFFERDESK_ENROL_PASSPHRASE
(scripts). Exit 0 enrolled; 1 refused (file already used, wrong passphrase, no keychain...);
2 the file is not an enrolment file.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail
from desktop.config import ENROL_PASSPHRASE_ENV as PASSPHRASE_ENV


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE", type=Path, help="the enrolment file from the office")
    add_db_option(parser, "this laptop's database (default: $OFFERDESK_DB, else the local SQLite file)")


def _passphrase() -> str | None:
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    import getpass

    try:
        return getpass.getpass("Mot de passe à usage unique (donné par le service informatique) : ")
    except (EOFError, KeyboardInterrupt):
        return None


def run(args: argparse.Namespace) -> int:
    from desktop.services.enrolment import EnrolmentError, enrol, read_enrolment
    from desktop.services.errors import StoreError

    try:
        read_enrolment(args.file)  # a file that is no enrolment: said before asking anything
    except EnrolmentError as exc:
        return fail(str(exc), exc.exit_code)
    passphrase = _passphrase()
    if not passphrase:
        return fail("aucun mot de passe donné : rien n'a été modifié", EXIT_FAILURE)
    try:
        result = enrol(args.file, passphrase, args.db)
    except EnrolmentError as exc:
        return fail(str(exc), exc.exit_code)
    except StoreError as exc:
        return fail(f"{exc} (l'enrôlement peut être relancé avec le même fichier)", EXIT_FAILURE)
    print(f"representative: {result.code} {result.name}")
    print(f"server:         {result.server}")
    print(
        f"sealing cert:   {result.certificate_subject} "
        f"(sha256 {result.certificate_sha256}, until {result.not_after})"
    )
    print(f"company root:   sha256 {result.root_sha256} (installed in the trust folder)")
    print("Enrolled: offers are now sealed with the company certificate. Delete the enrolment file.")
    return EXIT_OK
