"""offerdesk verify FILE.pdf — is the pack's seal intact, who sealed it, which offer, and does
its hash match the one recorded in the database when it was signed?

Exit 0: intact and matching; 1: tampered, unsealed or not matching; 2: unreadable input.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, os_reason


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", metavar="FILE.pdf", type=Path, help="contract pack to check")
    add_db_option(
        parser, "database to compare the hash with (default: $OFFERDESK_DB, else the local file if it exists)"
    )
    parser.add_argument("--no-db", action="store_true", help="check the seal only")


def _database_url(args: argparse.Namespace) -> str | None:
    if args.no_db:
        return None
    if args.db:
        return str(args.db)
    from db.engine import default_url, sqlite_path

    url = default_url()
    path = sqlite_path(url)
    if path is not None and not path.exists():
        return None  # nothing to compare with: never create a database to verify a file
    return url


def run(args: argparse.Namespace) -> int:
    path: Path = args.file
    try:
        data = path.read_bytes()
    except OSError as exc:
        return fail(f"impossible de lire {path} : {os_reason(exc)}")

    from desktop.services.errors import StoreError
    from desktop.services.packs import check_pack

    url = _database_url(args)
    store = None
    note = ""
    if url is not None:
        from desktop.services.store import open_store

        try:
            store = open_store(url, backup=False, seed=False)
        except StoreError as exc:
            note = f"database not checked ({exc})"
    else:
        note = "database not checked (no database)"
    try:
        check = check_pack(data, store)
    finally:
        if store is not None:
            store.close()
    seal = check.seal
    offer = f"{seal.offer_number} revision {seal.revision}" if seal.offer_number else "unknown"
    lines = [
        f"file:        {path}",
        f"sha256:      {seal.sha256}",
        f"offer:       {offer}",
        f"seal:        {'intact' if seal.ok else 'NOT INTACT' if seal.sealed else 'none'}",
    ]
    if seal.signer_subject:
        lines.append(f"sealed by:   {seal.signer_subject}")
    if seal.signer_sha256:
        lines.append(f"certificate: sha256 {seal.signer_sha256}")
    if seal.signed_at:
        lines.append(f"sealed at:   {seal.signed_at}")
    if check.record_problem:
        lines.append(f"database:    RECORD NOT TRUSTED: {check.record_problem}")
    elif check.hash_matches is True:
        lines.append("database:    the hash matches the pack recorded at signature")
    elif check.hash_matches is False:
        lines.append(f"database:    HASH DIFFERS from the pack recorded at signature ({check.stored_sha256})")
    elif check.database_checked:
        lines.append("database:    no pack of this offer is recorded in this database")
    else:
        lines.append(f"database:    {note or 'not checked'}")
    print("\n".join(lines))
    if not seal.ok:
        return fail(f"{path} : {seal.message}", EXIT_FAILURE)
    if check.record_problem:
        return fail(f"{path} : {check.record_problem}", EXIT_FAILURE)
    if check.hash_matches is False:
        return fail(
            f"{path} : le fichier diffère du contrat enregistré à la signature de l'offre", EXIT_FAILURE
        )
    print(f"OK: {seal.message}")
    return EXIT_OK
