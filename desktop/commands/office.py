"""offerdesk office init | add-rep | revoke — the office's side of the company certificates.

`init` creates or migrates the central database, creates (or imports) the company's sealing
CA in a folder of the office machine (--ca-dir; its key never goes to the database or to a
laptop) and publishes the root certificate in the database. `add-rep` records a
representative and writes their laptop's one-time enrolment file; the passphrase that opens
it is printed once. `revoke` revokes a representative's sealing certificates (a lost laptop)
from a date and publishes a new CRL signed by the CA.
"""

from __future__ import annotations

import argparse
import os
from pathlib import Path

from desktop import i18n
from desktop.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, fail, say
from desktop.config import CA_IMPORT_PASSPHRASE_ENV as IMPORT_PASSPHRASE_ENV
from desktop.domain.messages import msg


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--db", metavar="URL", required=True, help=i18n.text("commands.office.help.db"))
    parser.add_argument(
        "--ca-dir",
        metavar="DIR",
        type=Path,
        default=None,
        help=i18n.text("commands.office.help.ca_dir"),
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = sub.add_parser(
        "init",
        help=i18n.text("commands.office.help.init"),
        description=i18n.text("commands.office.help.init_description"),
    )
    _common(init)
    init.add_argument(
        "--import-ca",
        metavar="P12",
        type=Path,
        default=None,
        help=i18n.text("commands.office.help.import_ca", variable=IMPORT_PASSPHRASE_ENV),
    )
    init.add_argument("--company", metavar="NAME", default="", help=i18n.text("commands.office.help.company"))
    rep = sub.add_parser(
        "add-rep",
        help=i18n.text("commands.office.help.add_rep"),
        description=i18n.text("commands.office.help.add_rep_description"),
    )
    rep.add_argument("code", metavar="CODE", help=i18n.text("commands.office.help.code"))
    rep.add_argument("name", metavar="NAME", help=i18n.text("commands.office.help.name"))
    rep.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        required=True,
        help=i18n.text("commands.office.help.output"),
    )
    rep.add_argument("--function", default="", help=i18n.text("commands.office.help.function"))
    rep.add_argument("--email", default="", help=i18n.text("commands.office.help.email"))
    rep.add_argument(
        "--server",
        metavar="URL",
        default=None,
        help=i18n.text("commands.office.help.server"),
    )
    _common(rep)
    revoke = sub.add_parser(
        "revoke",
        help=i18n.text("commands.office.help.revoke"),
        description=i18n.text("commands.office.help.revoke_description"),
    )
    revoke.add_argument("code", metavar="CODE")
    revoke.add_argument(
        "--date",
        metavar="DATE",
        default=None,
        help=i18n.text("commands.office.help.date"),
    )
    revoke.add_argument(
        "--reason",
        default=i18n.text("commands.office.default_reason"),
        help=i18n.text("commands.office.help.reason"),
    )
    revoke.add_argument(
        "-o",
        "--output",
        metavar="FILE",
        type=Path,
        default=None,
        help=i18n.text("commands.office.help.crl_output"),
    )
    _common(revoke)


def run(args: argparse.Namespace) -> int:
    from desktop.domain.errors import DomainError
    from desktop.services.errors import StoreError
    from desktop.services.office import default_ca_dir

    ca_dir: Path = args.ca_dir or default_ca_dir()
    try:
        if args.action == "init":
            return _init(args, ca_dir)
        if args.action == "add-rep":
            return _add_rep(args, ca_dir)
        return _revoke(args, ca_dir)
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    except DomainError as exc:  # a representative code or name that is not acceptable
        return fail(str(exc), EXIT_USAGE)


def _init(args: argparse.Namespace, ca_dir: Path) -> int:
    from desktop.services.office import init_office

    passphrase = os.environ.get(IMPORT_PASSPHRASE_ENV)
    result = init_office(
        args.db, ca_dir, args.import_ca, passphrase.encode("utf-8") if passphrase else None, args.company
    )
    say(msg("commands.office.database", url=result.url))
    if result.ca_created:
        say(msg("commands.office.ca_created", folder=result.ca_dir))
    else:
        say(msg("commands.office.ca_kept", folder=result.ca_dir))
    say(msg("commands.office.root", subject=result.root_subject))
    say(msg("commands.office.root_sha256", sha256=result.root_sha256))
    say(
        msg("commands.office.published")
        if result.root_published
        else msg("commands.office.already_published")
    )
    if result.ca_created:
        say(msg("commands.office.back_up_ca"))
    return EXIT_OK


def _add_rep(args: argparse.Namespace, ca_dir: Path) -> int:
    from desktop.domain.views import RepresentativeInput
    from desktop.services.office import add_representative, server_address
    from desktop.services.store import open_store

    store = open_store(args.db, backup=False)
    try:
        enrolment = add_representative(
            store,
            ca_dir,
            RepresentativeInput(code=args.code, name=args.name, function=args.function, email=args.email),
            args.output,
            args.server or server_address(args.db),
        )
    finally:
        store.close()
    say(msg("commands.office.representative", code=enrolment.code, name=enrolment.name))
    say(msg("commands.office.enrolment_file", path=enrolment.path))
    say(msg("commands.office.certificate", sha256=enrolment.certificate_sha256, until=enrolment.not_after))
    say(msg("commands.office.passphrase", passphrase=enrolment.passphrase))
    say(msg("commands.office.give_passphrase"))
    return EXIT_OK


def _revoke(args: argparse.Namespace, ca_dir: Path) -> int:
    from desktop.services.office import parse_revocation_date, revoke
    from desktop.services.store import open_store

    if args.output is not None and args.output.is_dir():
        return fail(msg("commands.office.crl_output_is_folder", path=args.output), EXIT_USAGE)
    when = parse_revocation_date(args.date)
    store = open_store(args.db, backup=False)
    try:
        result = revoke(store, ca_dir, args.code, when, args.reason, args.output)
    finally:
        store.close()
    for digest in result.revoked:
        say(
            msg(
                "commands.office.revoked",
                code=result.code,
                sha256=digest,
                since=result.revocation_date.isoformat(),
            )
        )
    for digest in result.already:
        say(msg("commands.office.already_revoked", code=result.code, sha256=digest))
    if args.output:
        say(
            msg(
                "commands.office.crl_also", number=result.crl_number, path=result.crl_path, output=args.output
            )
        )
    else:
        say(msg("commands.office.crl", number=result.crl_number, path=result.crl_path))
    say(msg("commands.office.install_crl"))
    return EXIT_OK
