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

from desktop.commands import EXIT_FAILURE, EXIT_OK, EXIT_USAGE, add_db_option, fail, say
from desktop.domain.messages import msg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("--tsa", metavar="URL", default=None, help=i18n.text("commands.timestamp.help.tsa"))
    parser.add_argument("--save-tsa", action="store_true", help=i18n.text("commands.timestamp.help.save_tsa"))
    add_db_option(parser, i18n.text("commands.timestamp.help.db"))


def run(args: argparse.Namespace) -> int:
    from desktop.domain.errors import FieldError
    from desktop.services import seal_settings
    from desktop.services.errors import StoreError

    try:
        url = seal_settings.checked_tsa_url(args.tsa) if args.tsa else seal_settings.tsa_url()
        if args.save_tsa:
            if not args.tsa:
                return fail(msg("commands.timestamp.save_needs_tsa"), EXIT_USAGE)
            seal_settings.save_tsa_url(url)
    except FieldError as exc:
        return fail(str(exc.message), EXIT_USAGE)
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    if not url:
        return fail(msg("commands.timestamp.no_tsa"), EXIT_FAILURE)

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
    say(msg("commands.timestamp.tsa", url=url))
    for outcome in result.outcomes:
        step = {
            "offer": outcome.offer,
            "revision": outcome.revision,
            "before": outcome.before,
            "after": outcome.after,
        }
        if outcome.ok:
            say(msg("commands.timestamp.done_one", **step))
        else:
            say(msg("commands.timestamp.failed_one", **step, problem=outcome.problem))
    failed = [o for o in result.outcomes if not o.ok]
    brought = len(result.outcomes) - len(failed)
    say(
        msg(
            "commands.timestamp.summary",
            stored=msg("commands.timestamp.versions_stored", count=result.added),
            brought=msg("commands.timestamp.packs_brought", count=brought),
            failed=msg("commands.timestamp.packs_failed", count=len(failed)),
        )
        if result.outcomes
        else msg("commands.timestamp.nothing_to_do")
    )
    if failed:
        return fail(
            msg("commands.timestamp.failed", count=len(failed), problem=failed[0].problem), EXIT_FAILURE
        )
    return EXIT_OK
