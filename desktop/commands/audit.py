"""`offerdesk audit --verify [--pack FILE…]`: recompute the audit log's hash chain and MACs,
check the keychain anchor and the entries the given sealed packs name; report any tampering."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, os_reason, say
from desktop.domain.messages import Message, msg


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("--verify", action="store_true", help=i18n.text("commands.audit.help.verify"))
    parser.add_argument(
        "--pack",
        metavar="FILE",
        nargs="+",
        type=Path,
        default=[],
        help=i18n.text("commands.audit.help.pack"),
    )
    parser.add_argument("--reanchor", action="store_true", help=i18n.text("commands.audit.help.reanchor"))
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    if not args.verify and not args.reanchor:
        return fail(msg("commands.audit.nothing_to_do"))
    packs: dict[str, bytes] = {}
    for path in args.pack:
        try:
            packs[str(path)] = path.read_bytes()
        except OSError as exc:
            return fail(msg("commands.audit.pack_unreadable", path=path, reason=os_reason(exc)))
    from desktop.services import audit
    from desktop.services.errors import StoreError
    from desktop.services.store import open_store

    try:
        store = open_store(args.db, backup=False, seed=False)
        try:
            if args.reanchor:
                anchored = audit.reanchor(store)
                if anchored is None:
                    return fail(msg("commands.audit.nothing_to_anchor"), EXIT_FAILURE)
                say(msg("commands.audit.anchored", seq=anchored))
                if not args.verify:
                    return EXIT_OK
            report = audit.verify(store, packs)
        finally:
            store.close()
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    if report.legacy:
        covered = report.legacy_covered
        sealed = msg("commands.audit.legacy_covered") if covered else msg("commands.audit.legacy_open")
        say(msg("commands.audit.legacy", count=report.legacy, sealed=sealed))
    if report.ok:
        details: list[Message] = [msg("commands.audit.authenticated", count=report.authenticated)]
        if report.anchor_seq is not None:
            details.append(msg("commands.audit.anchor_present", seq=report.anchor_seq))
        if report.packs_checked:
            details.append(msg("commands.audit.packs_found", count=report.packs_checked))
        say(msg("commands.audit.intact", count=report.entries, details=details))
        return EXIT_OK
    say(msg("commands.audit.tampered", count=len(report.problems), entries=report.entries))
    for problem in report.problems:
        print(f"  {problem}", flush=True)
    return EXIT_FAILURE
