"""The `offerdesk` command: the desktop application, and headless commands.

Commands live in desktop/commands/<name>.py and are imported only when chosen, so
`offerdesk quote` never loads Qt, SQLAlchemy or ReportLab.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from types import ModuleType, SimpleNamespace

TYPE_CHECKING = False
if TYPE_CHECKING:
    import argparse

    from desktop.config import Config

# name -> module under desktop.commands; add one line per command.
COMMANDS: dict[str, str] = {
    "quote": "quote",
    "backup": "backup",
    "restore": "restore",
    "audit": "audit",
    "import-catalogue": "import_catalogue",
    "pack": "pack",
    "verify": "verify",
    "demo": "demo",
    "encrypt": "encrypt",
    "timestamp": "timestamp",
    "office": "office",
    "enrol": "enrol",
}

# One-line help per command, kept here so `offerdesk --help` imports no command module.
HELP: dict[str, str] = {
    "quote": "compute an offer from a JSON spec and print it as JSON",
    "backup": "write a consistent copy of the database to PATH",
    "restore": "replace the database by a checked backup file (the current one is kept)",
    "audit": "verify the audit log (hash chain, MACs, keychain anchor; --pack FILE… for sealed packs)",
    "import-catalogue": "check a catalogue file (CSV or XLSX) whole, then import it as a new version",
    "pack": "write the contract pack PDF of a stored offer (sealed when signed)",
    "verify": "check a contract pack: seal intact, signer, offer, hash as recorded",
    "demo": "sample client and offer, signed, sealed pack written and verified (-o DIR)",
    "encrypt": "encrypt the local database and its backups (SQLCipher, key in the keychain)",
    "timestamp": "RFC 3161 timestamp (PAdES B-T, then B-LT) for every stored pack sealed offline",
    "office": "the office: init (database, company CA), add-rep (enrolment file), revoke (CRL)",
    "enrol": "on a laptop: take the identity, server and sealing certificate of an enrolment file",
}


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"desktop.commands.{COMMANDS[name]}")


def build_parser(chosen: str | None) -> argparse.ArgumentParser:
    import argparse

    from desktop import __version__

    class _Formatter(argparse.HelpFormatter):
        """Argparse's formatter, sized without importing shutil (a few ms of every start)."""

        def __init__(self, prog: str) -> None:
            try:
                width = os.get_terminal_size().columns - 2
            except OSError:
                width = 78
            super().__init__(prog, width=max(width, 40))

    parser = argparse.ArgumentParser(
        prog="offerdesk",
        description="OfferDesk: build offers, have them signed, print sealed contract packs.",
        formatter_class=_Formatter,
    )
    parser.add_argument("--version", action="version", version=f"OfferDesk {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # With a command chosen, only its parser is built (each costs start-up time).
    for name in [chosen] if chosen else COMMANDS:
        command = sub.add_parser(
            name, help=HELP.get(name, ""), description=HELP.get(name), formatter_class=_Formatter
        )
        if name == chosen:
            _module(name).add_arguments(command)
    return parser


def direct_arguments(argv: Sequence[str], chosen: str) -> SimpleNamespace | None:
    """Bind a command's arguments without argparse when that is unambiguous.

    A command module may declare ``POSITIONAL`` (its argument names, all positional). Called
    as ``offerdesk COMMAND VALUE...`` with exactly those values and no option, the values are
    bound directly: argparse, gettext and locale cost a quick command a tenth of its run.
    Anything else (options, --help, a wrong count) goes through argparse and its messages.
    """
    positional = getattr(_module(chosen), "POSITIONAL", None)
    rest = argv[1:]
    if argv[:1] != [chosen] or positional is None or len(rest) != len(positional):
        return None
    if any(value.startswith("-") and value != "-" for value in rest):
        return None
    return SimpleNamespace(command=chosen, **dict(zip(positional, rest, strict=True)))


def _no_command(config: Config) -> int:
    """No command: open the desktop application (Qt is imported only here)."""
    try:
        from desktop.ui.app import run
    except ImportError as exc:  # e.g. Qt's system libraries missing on a headless server
        print(
            f"offerdesk: l'application de bureau ne peut pas démarrer ({exc}) ; voir « offerdesk --help »",
            file=sys.stderr,
        )
        return 1
    try:
        return run(sys.argv[:1], fast_exit=True, config=config)  # ends the process once the work is done
    except Exception:  # a bug before the event loop: log it, one line for the user
        from desktop.logs import log_exception

        where = log_exception("offerdesk (desktop application)")
        print(f"offerdesk: erreur interne ; les détails ont été écrits dans {where}", file=sys.stderr)
        return 1


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--smoke"]:  # hidden: does this installation work? (desktop/smoke.py)
        from desktop.smoke import main as smoke

        return smoke(argv[1:])
    chosen = next((a for a in argv if not a.startswith("-")), None)
    if chosen not in COMMANDS:
        chosen = None
    direct = direct_arguments(argv, chosen) if chosen else None
    args = direct if direct is not None else build_parser(chosen).parse_args(argv)
    if args.command is None:
        from desktop.config import load

        return _no_command(load())  # the configuration, read once and passed on
    try:
        result: int = _module(args.command).run(args)
    except BrokenPipeError:  # output piped into `head` and the like: not an error
        sys.stderr.close()
        return 0
    except KeyboardInterrupt:
        return 130
    except Exception:  # a bug: log the traceback, show the user one line
        from desktop.logs import log_exception

        where = log_exception(f"offerdesk {args.command}")
        print(f"offerdesk: erreur interne ; les détails ont été écrits dans {where}", file=sys.stderr)
        return 1
    return result
