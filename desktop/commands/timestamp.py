"""offerdesk timestamp [--db URL] [--tsa URL] — trusted time for the packs sealed offline.

Every stored contract pack that is not PAdES B-LT yet gets an RFC 3161 document timestamp from
the TSA (B-T), then the validation data of its seal and timestamp (B-LT), each stored as a new
version beside the original signed pack (desktop/services/timestamps.py). The future sync calls
the same service. Exit 0: every pack is B-LT (or there was nothing to do); 1: a pack could not
be timestamped (the reason is printed; nothing half-written; the next run tries again), no TSA
is configured, or the database cannot be used; 2: bad usage.
"""

from __future__ import annotations

import argparse

from desktop.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, add_db_option, fail


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--tsa",
        metavar="URL",
        default=None,
        help="the time-stamping authority (RFC 3161 over HTTP); default: the one configured "
        "($OFFERDESK_TSA_URL, else tsa_url in the data folder's seal.json)",
    )
    parser.add_argument(
        "--save-tsa", action="store_true", help="also keep --tsa URL as the configured authority"
    )
    add_db_option(parser, "database URL or SQLite file (default: $OFFERDESK_DB, else the local file)")


def run(args: argparse.Namespace) -> int:
    from desktop.domain.errors import FieldError
    from desktop.services import seal_settings
    from desktop.services.errors import StoreError

    try:
        url = seal_settings.checked_tsa_url(args.tsa) if args.tsa else seal_settings.tsa_url()
        if args.save_tsa:
            if not args.tsa:
                return fail("--save-tsa demande --tsa URL", EXIT_USAGE)
            seal_settings.save_tsa_url(url)
    except FieldError as exc:
        return fail(str(exc.message), EXIT_USAGE)
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    if not url:
        return fail(
            "aucune autorité d'horodatage n'est configurée : donnez --tsa URL (et --save-tsa pour la "
            "garder), ou la variable OFFERDESK_TSA_URL",
            EXIT_FAILURE,
        )

    from pathlib import Path

    from desktop.services.location import sqlite_url
    from desktop.services.store import open_store
    from desktop.services.timestamps import timestamp_pending

    db = args.db if args.db is None or "://" in args.db else sqlite_url(Path(args.db))  # a plain path
    try:
        store = open_store(db, seed=False)
        try:
            result = timestamp_pending(store, url, actor="offerdesk timestamp")
        finally:
            store.close()
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    print(f"TSA: {url}")
    for outcome in result.outcomes:
        where = f"{outcome.offer} revision {outcome.revision}"
        if outcome.ok:
            print(f"{where}: {outcome.before} -> {outcome.after}")
        else:
            print(f"{where}: {outcome.before} -> {outcome.after}, NOT DONE: {outcome.problem}")
    failed = [o for o in result.outcomes if not o.ok]
    print(
        f"{result.added} version(s) stored; {len(result.outcomes) - len(failed)} pack(s) brought to B-LT; "
        f"{len(failed)} failed" + ("" if result.outcomes else " (nothing to do: every pack is B-LT)")
    )
    if failed:
        return fail(
            f"{len(failed)} contrat(s) n'ont pas pu être horodatés (rien n'a été enregistré à moitié ; "
            f"ils le seront au prochain essai) : {failed[0].problem}",
            EXIT_FAILURE,
        )
    return EXIT_OK
