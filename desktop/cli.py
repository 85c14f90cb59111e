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


def command_help(name: str) -> str:
    """The one-line help of a command in the reader's language, kept here so that `offerdesk
    --help` imports no command module (each id written out: the translations check reads them)."""
    from desktop.domain.messages import Message

    found: dict[str, Message] = {
        "quote": Message("commands.help.quote"),
        "backup": Message("commands.help.backup"),
        "restore": Message("commands.help.restore"),
        "audit": Message("commands.help.audit"),
        "import-catalogue": Message("commands.help.import_catalogue"),
        "pack": Message("commands.help.pack"),
        "verify": Message("commands.help.verify"),
        "demo": Message("commands.help.demo"),
        "encrypt": Message("commands.help.encrypt"),
        "timestamp": Message("commands.help.timestamp"),
        "office": Message("commands.help.office"),
        "enrol": Message("commands.help.enrol"),
    }
    return str(found[name]) if name in found else ""


def _module(name: str) -> ModuleType:
    return importlib.import_module(f"desktop.commands.{COMMANDS[name]}")


def translate_argparse() -> None:
    """argparse's own words (usage, options, its error lines) in the current language: Python
    ships no argparse catalogue, so its gettext calls are answered from ours."""
    import argparse

    from desktop import i18n

    words = {
        "usage: ": i18n.text("commands.argparse.usage"),
        "positional arguments": i18n.text("commands.argparse.positionals"),
        "options": i18n.text("commands.argparse.options"),
        "show this help message and exit": i18n.text("commands.argparse.help"),
        "%(prog)s: error: %(message)s\n": i18n.text("commands.argparse.error"),
        "argument %(argument_name)s: %(message)s": i18n.text("commands.argparse.argument"),
        "invalid choice: %(value)r (choose from %(choices)s)": i18n.text("commands.argparse.invalid_choice"),
        "the following arguments are required: %s": i18n.text("commands.argparse.required"),
        "unrecognized arguments: %s": i18n.text("commands.argparse.unrecognized"),
        "expected one argument": i18n.text("commands.argparse.expected_one"),
        "expected at least one argument": i18n.text("commands.argparse.expected_at_least_one"),
        "expected at most one argument": i18n.text("commands.argparse.expected_at_most_one"),
        "invalid %(type)s value: %(value)r": i18n.text("commands.argparse.invalid_value"),
        "ambiguous option: %(option)s could match %(matches)s": i18n.text("commands.argparse.ambiguous"),
        "one of the arguments %s is required": i18n.text("commands.argparse.one_required"),
        "not allowed with argument %s": i18n.text("commands.argparse.not_allowed"),
        "ignored explicit argument %r": i18n.text("commands.argparse.ignored"),
    }
    argparse._ = lambda text: words.get(text, text)  # type: ignore[attr-defined]


def build_parser(chosen: str | None) -> argparse.ArgumentParser:
    import argparse

    from desktop import __version__, i18n

    translate_argparse()

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
        description=i18n.text("commands.cli.description"),
        formatter_class=_Formatter,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"OfferDesk {__version__}",
        help=i18n.text("commands.cli.version"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    # With a command chosen, only its parser is built (each costs start-up time).
    for name in [chosen] if chosen else COMMANDS:
        line = command_help(name)
        command = sub.add_parser(name, help=line, description=line, formatter_class=_Formatter)
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
        from desktop.domain.messages import msg

        print(f"offerdesk: {msg('commands.cli.no_desktop', reason=str(exc))}", file=sys.stderr)
        return 1
    try:
        return run(sys.argv[:1], fast_exit=True, config=config)  # ends the process once the work is done
    except Exception:  # a bug before the event loop: log it, one line for the user
        from desktop.logs import log_exception

        where = log_exception("offerdesk (desktop application)")
        return _internal_error(where)


def speak_the_readers_language(lazily: bool = False) -> None:
    """Every message from here on in the reader's language: OFFERDESK_LANG, else the locale
    (LC_ALL, LC_MESSAGES, LANG), else French; set before anything is printed.

    `lazily` (a command bound without argparse, i.e. `offerdesk quote FILE`): desktop.i18n, and
    Babel under it, is imported at the first message rendered, so that a valid spec, which
    prints no message, does not pay for it. Such a command imports desktop.i18n in no other way
    before it prints (tests/cli/test_language.py runs one in German and English)."""
    from desktop.domain import messages

    if not lazily or "desktop.i18n" in sys.modules:
        from desktop import i18n

        i18n.set_language(i18n.language_from_environment())
        return

    def first_render(message: messages.Message, lang: str | None) -> str:
        from desktop import i18n  # installs its own renderer, which renders every later message

        i18n.set_language(i18n.language_from_environment())
        messages.install_renderer(i18n.render)
        return i18n.render(message, lang)

    messages.install_renderer(first_render)


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["--smoke"]:  # hidden: does this installation work? (desktop/smoke.py)
        from desktop.smoke import main as smoke

        return smoke(argv[1:])
    chosen = next((a for a in argv if not a.startswith("-")), None)
    if chosen not in COMMANDS:
        chosen = None
    direct = direct_arguments(argv, chosen) if chosen else None
    speak_the_readers_language(lazily=direct is not None)
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
        return _internal_error(where)
    return result


def _internal_error(where: object) -> int:
    from desktop.domain.messages import msg

    print(f"offerdesk: {msg('commands.cli.internal_error', log=where)}", file=sys.stderr)
    return 1
