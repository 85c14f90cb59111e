"""offerdesk quote SPEC.json — compute an offer and print it as JSON."""

from __future__ import annotations

import json
import sys

from desktop.commands import EXIT_OK, fail, os_reason

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

# All arguments positional: `offerdesk quote FILE` is bound without argparse (start-up time).
POSITIONAL = ("spec",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("spec", metavar="SPEC.json", help="offer spec file, or - for standard input")


def run(args: argparse.Namespace | SimpleNamespace) -> int:
    from desktop.domain.errors import DomainError
    from desktop.reference import load_statec_series, load_vat_table
    from desktop.services.quote import compute, parse_spec

    try:
        if args.spec == "-":
            data = json.load(sys.stdin)
        else:
            with open(args.spec, encoding="utf-8") as handle:
                data = json.load(handle)
    except OSError as exc:
        return fail(f"impossible de lire {args.spec} : {os_reason(exc)}")
    except UnicodeDecodeError:
        return fail(f"{args.spec} : ce n'est pas un texte UTF-8")
    except json.JSONDecodeError as exc:
        return fail(f"{args.spec} : JSON non valable (ligne {exc.lineno}, colonne {exc.colno} : {exc.msg})")
    except RecursionError:
        return fail(f"{args.spec} : JSON imbriqué trop profondément ; une spécification d'offre a 4 niveaux")
    except ValueError:  # an integer of more than 4,300 digits (Python's limit)
        return fail(f"{args.spec} : un nombre du JSON a trop de chiffres ; aucune offre n'en a autant")
    try:
        spec = parse_spec(data, load_statec_series(), load_vat_table())
        _, out = compute(spec)
    except DomainError as exc:
        return fail(f"spécification invalide : {exc}")
    sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")  # one write, not hundreds
    return EXIT_OK
