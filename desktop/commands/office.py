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

from desktop.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, fail
from desktop.config import CA_IMPORT_PASSPHRASE_ENV as IMPORT_PASSPHRASE_ENV


def _common(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--db", metavar="URL", required=True, help="the office database (postgresql+psycopg://…)"
    )
    parser.add_argument(
        "--ca-dir",
        metavar="DIR",
        type=Path,
        default=None,
        help="the CA folder on this office machine (default: $OFFERDESK_CA_DIR, else <data>/company-ca)",
    )


def add_arguments(parser: argparse.ArgumentParser) -> None:
    sub = parser.add_subparsers(dest="action", metavar="ACTION", required=True)
    init = sub.add_parser(
        "init",
        help="create or migrate the central database and the company CA; publish its root",
        description="Create or migrate the central database, create the company's sealing CA "
        "(or import one with --import-ca) and publish its root. Run again: the CA is kept.",
    )
    _common(init)
    init.add_argument(
        "--import-ca",
        metavar="P12",
        type=Path,
        default=None,
        help=f"take an existing CA (PKCS#12, passphrase in ${IMPORT_PASSPHRASE_ENV}) instead of creating one",
    )
    init.add_argument("--company", metavar="NAME", default="", help="the CA's organisation name "
                      "(default: the company identity of the database, else OfferDesk)")  # fmt: skip
    rep = sub.add_parser(
        "add-rep",
        help="record a representative and write their laptop's one-time enrolment file",
        description="Record the representative in the office database, issue their laptop's sealing "
        "certificate and write the enrolment file; its one-time passphrase is printed once.",
    )
    rep.add_argument("code", metavar="CODE", help="2-8 capital letters or digits (in offer numbers)")
    rep.add_argument("name", metavar="NAME", help="the representative's full name")
    rep.add_argument(
        "-o", "--output", metavar="FILE", type=Path, required=True, help="enrolment file to write"
    )
    rep.add_argument("--function", default="", help="job title printed on offers")
    rep.add_argument("--email", default="", help="e-mail address")
    rep.add_argument(
        "--server",
        metavar="URL",
        default=None,
        help="address laptops use for the office database (default: --db without its password)",
    )
    _common(rep)
    revoke = sub.add_parser(
        "revoke",
        help="revoke a representative's sealing certificates (lost laptop) and publish a CRL",
        description="Revoke every sealing certificate issued to CODE from DATE (default: now) and "
        "write a new CRL signed by the CA (CA folder, database, and -o FILE).",
    )
    revoke.add_argument("code", metavar="CODE")
    revoke.add_argument(
        "--date",
        metavar="DATE",
        default=None,
        help="revoked from: YYYY-MM-DD (midnight, company time zone) or an ISO date-time",
    )
    revoke.add_argument("--reason", default="poste perdu ou volé", help="recorded with the revocation")
    revoke.add_argument(
        "-o", "--output", metavar="FILE", type=Path, default=None, help="also write the CRL here"
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
    print(f"database:    {result.url} (at the current schema)")
    print(f"company CA:  {result.ca_dir} ({'created' if result.ca_created else 'kept'})")
    print(f"root:        {result.root_subject}")
    print(f"root sha256: {result.root_sha256}")
    print(f"published:   {'yes' if result.root_published else 'already'} (laptops pull it from the database)")
    if result.ca_created:
        print(
            "Back up the CA folder and the key's passphrase (keychain, or $OFFERDESK_CA_PASSPHRASE) offline."
        )
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
    print(f"representative: {enrolment.code} {enrolment.name}")
    print(f"enrolment file: {enrolment.path}")
    print(f"certificate:    sha256 {enrolment.certificate_sha256} (valid until {enrolment.not_after})")
    print(f"passphrase:     {enrolment.passphrase}")
    print(
        "Give the passphrase to the representative by another channel than the file (it is shown only now)."
    )
    return EXIT_OK


def _revoke(args: argparse.Namespace, ca_dir: Path) -> int:
    from desktop.services.office import parse_revocation_date, revoke
    from desktop.services.store import open_store

    if args.output is not None and args.output.is_dir():
        return fail(f"{args.output} est un dossier : donnez le nom du fichier CRL à écrire", EXIT_USAGE)
    when = parse_revocation_date(args.date)
    store = open_store(args.db, backup=False)
    try:
        result = revoke(store, ca_dir, args.code, when, args.reason, args.output)
    finally:
        store.close()
    for digest in result.revoked:
        print(
            f"revoked:     {result.code} certificate sha256 {digest} "
            f"from {result.revocation_date.isoformat()}"
        )
    for digest in result.already:
        print(f"already:     {result.code} certificate sha256 {digest} (revoked before, unchanged)")
    print(
        f"CRL:         number {result.crl_number}, {result.crl_path}"
        + (f" and {args.output}" if args.output else "")
    )
    print("Install the CRL in <data>/trust/ of every machine that verifies packs (laptops get it at sync).")
    return EXIT_OK
