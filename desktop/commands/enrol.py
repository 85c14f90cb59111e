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

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, say
from desktop.config import ENROL_PASSPHRASE_ENV as PASSPHRASE_ENV
from desktop.domain.messages import msg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("file", metavar="FILE", type=Path, help=i18n.text("commands.enrol.help.file"))
    add_db_option(parser, i18n.text("commands.enrol.help.db"))


def _passphrase() -> str | None:
    given = os.environ.get(PASSPHRASE_ENV)
    if given:
        return given
    import getpass

    try:
        return getpass.getpass(f"{msg('commands.enrol.passphrase_prompt')} ")
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
        return fail(msg("commands.enrol.no_passphrase"), EXIT_FAILURE)
    try:
        result = enrol(args.file, passphrase, args.db)
    except EnrolmentError as exc:
        return fail(str(exc), exc.exit_code)
    except StoreError as exc:
        return fail(msg("commands.enrol.store_failed", reason=str(exc)), EXIT_FAILURE)
    say(msg("commands.enrol.representative", code=result.code, name=result.name))
    say(msg("commands.enrol.server", server=result.server))
    say(
        msg(
            "commands.enrol.certificate",
            subject=result.certificate_subject,
            sha256=result.certificate_sha256,
            until=result.not_after,
        )
    )
    say(msg("commands.enrol.root", sha256=result.root_sha256))
    say(msg("commands.enrol.done"))
    return EXIT_OK
