"""The message catalogues: a `Message` rendered in French, German or English.

Catalogues are gettext files, one folder per language and one file per area so that each part
of the code keeps its own (`resources/translations/messages/<lang>/<area>.po`); the build
compiles each language into one `resources/translations/messages_<lang>.mo` (installer/
translations.py, run by `make` and the installers). A catalogue older than its sources, or
missing (a source checkout before its first build), is compiled in memory from the .po files,
so what is read is always what is written.

Templates are Python format strings over the message's parameters, with the formats of
desktop.domain.formatting in the rendering language:

    {amount:money}  {rate:percent}  {value:number}  {day:date}  {day:long_date}
    {term:months}   {count:days}    {status}  {status:in_sentence}  {items:list}

An enum parameter with words in the labels catalogue (status, size, signer, document kind) is
rendered by them (`status.<value>.<form>`, form `name` by default); a Message parameter is
rendered in the same language; an int as it is, a Decimal with its own decimals, a date as a
date. A parameter named `count` picks the plural form with the language's gettext rule.

A message missing from a language falls back to French, then to its identifier with its
parameters, and is logged; `make test` fails before that can ship (tests/i18n).

The current language is the reader's: the UI sets it from Settings, the CLI from
OFFERDESK_LANG or the locale (`language_from_environment`). Documents pass the offer's
document language explicitly.
"""

from __future__ import annotations

import os
import string

from desktop.domain import messages
from desktop.domain.messages import Message

# Importing this module is cheap (a headless command imports it to set its language): Babel,
# gettext, the formatting module and the configuration are loaded on the first render.
TYPE_CHECKING = False
if TYPE_CHECKING:
    import gettext
    from collections.abc import Iterable, Mapping, Sequence
    from pathlib import Path
    from typing import Any, Final, Literal

    Lang = Literal["fr", "de", "en"]

__all__ = [
    "LANGUAGES",
    "LANG_ENV",
    "catalogue_sources",
    "current_language",
    "language_from_environment",
    "normalise",
    "render",
    "set_language",
    "text",
]

LANGUAGES: Final = ("fr", "de", "en")  # desktop.domain.formatting.LANGUAGES, its Lang type
DEFAULT_LANG: Final[Lang] = "fr"  # the fallback of every choice and every missing text
LANG_ENV: Final = "OFFERDESK_LANG"  # desktop.config.LANG_ENV (tests/i18n checks they agree)


def _log() -> Any:
    import logging

    return logging.getLogger(__name__)


# The locale variables in the order POSIX gives them precedence for messages.
_LOCALE_ENV: Final = ("LC_ALL", "LC_MESSAGES", "LANG")


# gettext's plural rules (CLDR's French has a third form for millions that no message needs);
# each .po states its language's rule in its header, and the build writes it into the .mo.
PLURAL_FORMS: Final[dict[str, str]] = {
    "fr": "nplurals=2; plural=(n > 1);",
    "de": "nplurals=2; plural=(n != 1);",
    "en": "nplurals=2; plural=(n != 1);",
}

_current: Lang = DEFAULT_LANG


# --- languages ------------------------------------------------------------------------------


def normalise(code: str | None) -> Lang | None:
    """One of the three languages for a locale name ("de_LU.UTF-8" -> "de"), else None."""
    if not code:
        return None
    head = code.strip().replace("-", "_").split(".")[0].split("@")[0].split("_")[0].lower()
    for lang in LANGUAGES:
        if head == lang:
            return lang
    return None


def language_from_environment(env: Mapping[str, str] | None = None) -> Lang:
    """OFFERDESK_LANG if it names one of the three languages, else the locale's, else French."""
    env = os.environ if env is None else env
    for name in (LANG_ENV, *_LOCALE_ENV):
        value = env.get(name, "")
        if value:
            lang = normalise(value)
            if lang is not None:
                return lang
            if name != LANG_ENV:  # the first locale variable set decides, as POSIX says
                break
    return DEFAULT_LANG


def set_language(lang: str) -> Lang:
    """Make `lang` (a code or locale name; French if none of the three) the current language."""
    global _current
    _current = normalise(lang) or DEFAULT_LANG
    return _current


def current_language() -> Lang:
    return _current


# --- catalogues -----------------------------------------------------------------------------


def _folder() -> Path:
    from desktop.paths import resource

    return resource("translations")


def catalogue_sources(lang: str, folder: Path | None = None) -> list[Path]:
    """The .po files of `lang`, in a stable order."""
    root = (folder or _folder()) / "messages" / lang
    return sorted(root.glob("*.po")) if root.is_dir() else []


def compiled_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or _folder()) / f"messages_{lang}.mo"


def compile_catalogue(lang: str, sources: Sequence[Path]) -> bytes:
    """The .mo bytes of `sources` merged (Babel): what the build writes and a stale file is replaced by."""
    import io

    from babel.messages.catalog import Catalog
    from babel.messages.mofile import write_mo
    from babel.messages.pofile import read_po

    merged = Catalog(locale=lang, domain="offerdesk", fuzzy=False)
    merged.mime_headers = [("Plural-Forms", PLURAL_FORMS[lang])]
    for source in sources:
        with source.open("rb") as handle:
            part = read_po(handle, locale=lang)
        for entry in part:
            if not entry.id:
                continue
            if entry.fuzzy or not _finished(entry.string):
                continue  # unfinished: falls back, and the completeness test names it
            merged[entry.id] = entry
    out = io.BytesIO()
    write_mo(out, merged, use_fuzzy=False)
    return out.getvalue()


def _finished(value: str | tuple[str, ...] | list[str] | None) -> bool:
    return bool(value) and (isinstance(value, str) or all(value or ()))


_loaded: dict[str, gettext.NullTranslations] = {}


def _translations(lang: str) -> gettext.NullTranslations:
    found = _loaded.get(lang)
    if found is None:
        found = _loaded[lang] = _load(lang)
    return found


def _load(lang: str) -> gettext.NullTranslations:
    import gettext
    import io

    sources = catalogue_sources(lang)
    compiled = compiled_path(lang)
    try:
        fresh = compiled.is_file() and all(compiled.stat().st_mtime >= s.stat().st_mtime for s in sources)
    except OSError:
        fresh = False
    if fresh:
        try:
            with compiled.open("rb") as handle:
                return gettext.GNUTranslations(handle)
        except Exception as exc:  # truncated or garbage (struct.error, OSError, ValueError…)
            _log().error("message catalogue %s unreadable: %s", compiled, exc)
    if sources:  # compiled again in memory: a damaged .mo costs a moment, not the language
        try:
            return gettext.GNUTranslations(io.BytesIO(compile_catalogue(lang, sources)))
        except Exception as exc:  # a damaged .po, no Babel to compile: say so, fall back
            _log().error("message catalogue for %s cannot be compiled: %s", lang, exc)
    return gettext.NullTranslations()


def reload() -> None:
    """Forget loaded catalogues (tests that write their own resources)."""
    _loaded.clear()


def _template(message: Message, lang: str) -> str | None:
    translations = _translations(lang)
    count = message.params.get("count")
    if isinstance(count, int) and not isinstance(count, bool):
        found = translations.ngettext(message.id, message.id, count)
    else:
        found = translations.gettext(message.id)
    return None if found == message.id else found


# --- formatting -----------------------------------------------------------------------------


class _Formatter(string.Formatter):
    def __init__(self, lang: Lang) -> None:
        super().__init__()
        self.lang = lang

    def format_field(self, value: Any, format_spec: str) -> str:
        return value_text(value, format_spec, self.lang)


def value_text(value: Any, spec: str, lang: Lang) -> str:
    """One parameter in `lang` by its type and the template's format spec."""
    import datetime as dt
    import enum
    from decimal import Decimal

    from desktop.domain import formatting as fmt

    if isinstance(value, Message):
        return render(value, lang)
    if isinstance(value, enum.Enum):
        from desktop.domain import labels

        if type(value) in labels.PREFIXES:  # status, size, signer, document kind: their words
            return render(labels.label(value, spec or "name"), lang)
    if spec == "money":
        return fmt.money(Decimal(value), lang)
    if spec == "percent":
        return fmt.percent(Decimal(value), lang)
    if spec == "number":
        places = 0 if isinstance(value, int) else max(0, -int(Decimal(value).as_tuple().exponent))
        return fmt.number(Decimal(value), places, lang)
    if spec == "months":
        return fmt.months(int(value), lang)
    if spec == "days":
        return fmt.days(int(value), lang)
    if spec == "long_date":
        return fmt.long_date(value, lang)
    if spec == "list" or (not spec and isinstance(value, list | tuple | set | frozenset)):
        from babel.lists import format_list

        items = [value_text(item, "", lang) for item in value]
        return str(format_list(items, locale=fmt.babel_locale(lang)))
    if isinstance(value, dt.datetime):
        return format(value, spec) if spec else value.isoformat(" ", "minutes")
    if isinstance(value, dt.date) and spec in ("", "date"):
        return fmt.date(value, lang)
    if isinstance(value, Decimal) and not spec:
        places = max(0, -int(value.as_tuple().exponent))
        return fmt.number(value, places, lang)
    if isinstance(value, enum.Enum) and not spec:
        return str(value.value)
    if isinstance(value, os.PathLike):
        return str(os.fspath(value))
    return str(format(value, spec))


def render(message: Message, lang: str | None = None) -> str:
    """`message` in `lang` (default the current language), French or its identifier as fallbacks."""
    chosen: Lang = normalise(lang) or _current if lang else _current
    template = _template(message, chosen)
    used = chosen
    if template is None and chosen != DEFAULT_LANG:
        template = _template(message, DEFAULT_LANG)
        used = DEFAULT_LANG
        _log().warning("message %s has no %s text; shown in French", message.id, chosen)
    if template is None:
        _log().warning("message %s is in no catalogue", message.id)
        return messages._bare(message)
    try:
        return _Formatter(used).vformat(template, (), dict(message.params))
    except (KeyError, IndexError, ValueError, TypeError, ArithmeticError) as exc:
        _log().error("message %s does not fit its %s template: %s", message.id, used, exc)
        return messages._bare(message)


def text(message_id: str, lang: str | None = None, /, **params: Any) -> str:
    """render(Message(message_id, params), lang)."""
    return render(Message(message_id, params), lang)


def placeholders(template: str) -> set[str]:
    """The parameter names a template uses (the completeness test compares them across languages)."""
    return {name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(template) if name}


def all_ids(lang: str, sources: Iterable[Path] | None = None) -> dict[str, str | tuple[str, ...]]:
    """Every entry of `lang`'s sources: id -> text or plural forms (for the tests and the build)."""
    from babel.messages.pofile import read_po

    found: dict[str, str | tuple[str, ...]] = {}
    for source in sources if sources is not None else catalogue_sources(lang):
        with source.open("rb") as handle:
            for entry in read_po(handle, locale=lang):
                if entry.id:
                    key = str(entry.id[0] if isinstance(entry.id, tuple | list) else entry.id)
                    value = entry.string
                    found[key] = tuple(value) if isinstance(value, tuple | list) else str(value or "")
    return found


messages.install_renderer(render)
