"""`offerdesk audit --verify`: recompute the audit log's hash chain and report any tampering."""

from __future__ import annotations

import argparse

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verify", action="store_true", help="recompute every entry's hash and link")
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    if not args.verify:
        return fail("rien à faire : utilisez `offerdesk audit --verify`")
    from desktop.services import audit
    from desktop.services.errors import StoreError
    from desktop.services.store import open_store

    try:
        store = open_store(args.db, backup=False, seed=False)
        try:
            report = audit.verify(store)
        finally:
            store.close()
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    if report.ok:
        print(f"audit chain intact: {report.entries} entries verified")
        return EXIT_OK
    print(f"audit chain BROKEN: {len(report.problems)} problem(s) in {report.entries} entries", flush=True)
    for problem in report.problems:
        print(f"  {problem}")
    return EXIT_FAILURE
