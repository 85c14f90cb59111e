"""offerdesk quote SPEC.json — compute an offer and print it as JSON."""

from __future__ import annotations

import json
import sys

from desktop.commands import EXIT_OK, fail, os_reason
from desktop.domain.messages import msg

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

# All arguments positional: `offerdesk quote FILE` is bound without argparse (start-up time).
POSITIONAL = ("spec",)


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop import i18n

    parser.add_argument("spec", metavar="SPEC.json", help=i18n.text("commands.quote.help.spec"))


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
        return fail(msg("commands.quote.unreadable", path=args.spec, reason=os_reason(exc)))
    except UnicodeDecodeError:
        return fail(msg("commands.quote.not_utf8", path=args.spec))
    except json.JSONDecodeError as exc:
        where = {"line": exc.lineno, "column": exc.colno, "detail": exc.msg}
        return fail(msg("commands.quote.bad_json", path=args.spec, **where))
    except RecursionError:
        return fail(msg("commands.quote.too_deep", path=args.spec))
    except ValueError:  # an integer of more than 4,300 digits (Python's limit)
        return fail(msg("commands.quote.too_many_digits", path=args.spec))
    try:
        spec = parse_spec(data, load_statec_series(), load_vat_table())
        _, out = compute(spec)
    except DomainError as exc:
        return fail(msg("commands.quote.invalid", reason=str(exc)))
    sys.stdout.write(json.dumps(out, indent=2, ensure_ascii=False) + "\n")  # one write, not hundreds
    return EXIT_OK
