"""`offerdesk audit --verify [--pack FILE…]`: recompute the audit log's hash chain and MACs,
check the keychain anchor and the entries the given sealed packs name; report any tampering."""

from __future__ import annotations

import argparse
from pathlib import Path

from desktop.commands import EXIT_FAILURE, EXIT_OK, add_db_option, fail, os_reason


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--verify", action="store_true", help="recompute every entry's hash, link and MAC")
    parser.add_argument(
        "--pack",
        metavar="FILE",
        nargs="+",
        type=Path,
        default=[],
        help="sealed contract packs whose audit entries must still be in the chain",
    )
    parser.add_argument(
        "--reanchor",
        action="store_true",
        help="after a deliberate restore of an older backup: anchor the keychain to the current last entry",
    )
    add_db_option(parser)


def run(args: argparse.Namespace) -> int:
    if not args.verify and not args.reanchor:
        return fail(
            "rien à faire : utilisez `offerdesk audit --verify` (ou --reanchor après une restauration)"
        )
    packs: dict[str, bytes] = {}
    for path in args.pack:
        try:
            packs[str(path)] = path.read_bytes()
        except OSError as exc:
            return fail(f"le contrat {path} ne peut pas être lu : {os_reason(exc)}")
    from desktop.services import audit
    from desktop.services.errors import StoreError
    from desktop.services.store import open_store

    try:
        store = open_store(args.db, backup=False, seed=False)
        try:
            if args.reanchor:
                anchored = audit.reanchor(store)
                if anchored is None:
                    return fail(
                        "aucune entrée authentifiée à ancrer (ou trousseau indisponible)", EXIT_FAILURE
                    )
                print(f"ancre du trousseau : entrée {anchored}")
                if not args.verify:
                    return EXIT_OK
            report = audit.verify(store, packs)
        finally:
            store.close()
    except StoreError as exc:
        return fail(str(exc), EXIT_FAILURE)
    if report.legacy:
        sealed = (
            "scellées par les entrées authentifiées qui les suivent"
            if report.legacy_covered
            else "aucune entrée authentifiée ne les suit encore"
        )
        print(f"{report.legacy} entrée(s) non authentifiées (antérieures à la clé d'audit) : {sealed}")
    if report.ok:
        details = [f"{report.authenticated} authentifiées"]
        if report.anchor_seq is not None:
            details.append(f"ancre du trousseau : entrée {report.anchor_seq} présente")
        if report.packs_checked:
            details.append(f"{report.packs_checked} contrat(s) scellé(s) retrouvé(s) dans le journal")
        print(f"journal d'audit intact : {report.entries} entrées vérifiées ({', '.join(details)})")
        return EXIT_OK
    print(
        f"journal d'audit ALTÉRÉ : {len(report.problems)} problème(s) sur {report.entries} entrées",
        flush=True,
    )
    for problem in report.problems:
        print(f"  {problem}")
    return EXIT_FAILURE
