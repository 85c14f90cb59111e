"""Numbers, money, rates, dates, times and durations for people: the one module screens and documents use.

Everything comes from Babel's CLDR data, for one of the three languages of Luxembourg's business,
passed explicitly (`lang`, default "fr"; the UI passes the user's language, documents the offer's):

- "fr": French as written in Luxembourg (`fr_LU`) for dates, words and plurals; numbers in the
  house style, the `fr` symbols — "1 234,56 €" with a narrow no-break space — because CLDR's
  `fr_LU` groups with a dot ("1.234,56 €") and every document so far has used the space.
- "de": `de_LU` throughout — "1.234,56 €", "26.11.2026", "26. November 2026".
- "en": `en_150` (English for Europe) throughout — "1,234.56 €", "26/11/2026", "26 November 2026".
  CLDR has no `en_LU`; `en_150` is the English of continental Europe: day-month-year, 24-hour
  clock, the euro after the amount, as Luxembourg's English-language paperwork writes it.

Two paths are hand-built from Babel's data for tables (thousands of cells): `money` and `date`
apply the locale's symbols and pattern directly; tests compare them with `format_currency` and
`format_date` over many values. Durations ("3 mois", "1 Monat", "2 days") use CLDR's unit
patterns with real plural rules.

Times are shown in the company's time zone, which the caller passes (`desktop.documents.zone`
reads it from the data folder; this module stays pure).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache
from typing import Final, Literal, get_args
from zoneinfo import ZoneInfo

from babel import Locale
from babel.numbers import format_currency, format_decimal

from desktop.domain.messages import msg, render

Lang = Literal["fr", "de", "en"]
LANGUAGES: Final[tuple[Lang, ...]] = get_args(Lang)
DEFAULT_LANG: Final[Lang] = "fr"

NBSP: Final = "\u00a0"
CENT: Final = Decimal("0.01")

# Where each language's conventions come from (see the module docstring).
_NUMBER_LOCALE: Final[dict[Lang, str]] = {"fr": "fr", "de": "de_LU", "en": "en_150"}
_LOCALE: Final[dict[Lang, str]] = {"fr": "fr_LU", "de": "de_LU", "en": "en_150"}
# The CLDR date length that is written day, month number, four-digit year in each locale
# (de_LU's "short" has a two-digit year, its "medium" is dd.MM.y).
_DATE_LENGTH: Final[dict[Lang, Literal["short", "medium"]]] = {"fr": "short", "de": "medium", "en": "short"}


def _lang(lang: str) -> Lang:
    if lang not in LANGUAGES:
        raise ValueError(f"unsupported language {lang!r} (one of {', '.join(LANGUAGES)})")
    return lang


@lru_cache(maxsize=8)
def _number_locale(lang: str) -> Locale:
    return Locale.parse(_NUMBER_LOCALE[_lang(lang)])


@lru_cache(maxsize=8)
def _locale(lang: str) -> Locale:
    return Locale.parse(_LOCALE[_lang(lang)])


def babel_locale(lang: str) -> Locale:
    """The CLDR locale of `lang`'s words (lists, plurals, dates): fr_LU, de_LU, en_150."""
    return _locale(lang)


# --- numbers -------------------------------------------------------------------------------


def number(value: Decimal, places: int = 2, lang: str = DEFAULT_LANG) -> str:
    """A grouped decimal with `places` decimals: a cote `968,04` / `968,04` / `968.04`."""
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return str(format_decimal(value, format=pattern, locale=_number_locale(lang)))


@lru_cache(maxsize=8)
def _percent_pattern(lang: str) -> str:
    """The locale's percent pattern with up to two decimals: fr/de `#,##0.## %`, en `#,##0.##%`."""
    pattern = str(_number_locale(lang).percent_formats[None].pattern)
    return pattern.replace("#,##0", "#,##0.##", 1)


def percent(value: Decimal, lang: str = DEFAULT_LANG) -> str:
    """A value already in percent: 17 -> `17 %` (fr, de) / `17%` (en); 12.5 -> `12,5 %` / `12.5%`."""
    locale = _number_locale(lang)
    digits = str(format_decimal(value.normalize(), format="#,##0.##", locale=locale))
    return _percent_pattern(lang).replace("#,##0.##", digits, 1)


# --- money ---------------------------------------------------------------------------------


@lru_cache(maxsize=8)
def _money_parts(lang: str) -> tuple[str, str, str, str, str, str]:
    """(prefix, negative prefix, group, decimal, suffix, negative suffix) of the locale's euro
    pattern, read off Babel's own rendering of two samples."""
    locale = _number_locale(lang)
    parts = []
    for sample in (Decimal("1234.50"), Decimal("-1234.50")):
        text = str(format_currency(sample, "EUR", locale=locale))
        one = text.index("1")
        three = text.index("234", one)
        cents = text.index("50", three)
        parts.append((text[:one], text[one + 1 : three], text[three + 3 : cents], text[cents + 2 :]))
    (prefix, group, decimal, suffix), (negative_prefix, _, _, negative_suffix) = parts
    return prefix, negative_prefix, group, decimal, suffix, negative_suffix


def money(amount: Decimal | None, lang: str = DEFAULT_LANG) -> str:
    """Euros: `1 234,56 €` / `1.234,56 €` / `1,234.56 €`; empty text for a missing amount.

    Babel's symbols and pattern applied directly (amounts are whole cents; format_currency's
    machinery costs tens of µs a call, too slow for large tables). A test compares this with
    format_currency in each language; tests/bench/bench_formatting.py measures both.
    """
    if amount is None:
        return ""
    prefix, negative_prefix, group, decimal, suffix, negative_suffix = _money_parts(lang)
    cents = amount.quantize(CENT) if amount.as_tuple().exponent != -2 else amount
    if cents < 0:
        prefix, suffix = negative_prefix, negative_suffix
    whole, _, fraction = str(abs(cents)).partition(".")
    grouped = ""
    while len(whole) > 3:
        grouped = group + whole[-3:] + grouped
        whole = whole[:-3]
    return f"{prefix}{whole}{grouped}{decimal}{fraction}{suffix}"


# --- dates and times -----------------------------------------------------------------------

_STRFTIME: Final = {"dd": "%d", "MM": "%m", "y": "%Y", "yyyy": "%Y"}


@lru_cache(maxsize=8)
def _date_pattern(lang: str) -> str | None:
    """The CLDR numeric date pattern as a strftime pattern (`dd/MM/y` -> `%d/%m/%Y`), or None if
    it uses fields strftime cannot write the same way (then Babel formats each date)."""
    pattern = _locale(lang).date_formats[_DATE_LENGTH[_lang(lang)]].pattern
    out, field = "", ""
    for char in pattern + "\0":
        if field and char == field[-1]:
            field += char
            continue
        if field:
            if field not in _STRFTIME:
                return None
            out += _STRFTIME[field]
            field = ""
        if char.isalpha():
            field = char
        elif char in "'%":
            return None
        elif char != "\0":
            out += char
    return out


def date(day: dt.date | None, lang: str = DEFAULT_LANG) -> str:
    """`26/11/2026` / `26.11.2026` / `26/11/2026`; empty text for no date."""
    if day is None:
        return ""
    pattern = _date_pattern(lang)
    if pattern is not None and day.year >= 1000:
        return day.strftime(pattern)
    from babel.dates import format_date

    return str(format_date(day, _DATE_LENGTH[_lang(lang)], locale=_locale(lang)))


def long_date(day: dt.date, lang: str = DEFAULT_LANG) -> str:
    """`26 novembre 2026` / `26. November 2026` / `26 November 2026`."""
    from babel.dates import format_date

    return str(format_date(day, "long", locale=_locale(lang)))


def _time(moment: dt.datetime, lang: str) -> str:
    from babel.dates import format_time

    return str(format_time(moment.timetz(), "medium", locale=_locale(lang)))


def in_zone(moment: dt.datetime, zone: ZoneInfo) -> dt.datetime:
    """An aware moment seen in `zone`; a naive one is refused (it would be guessed)."""
    if moment.tzinfo is None:
        raise ValueError("a moment must carry its time zone")
    return moment.astimezone(zone)


def zone_city(zone: ZoneInfo, lang: str = DEFAULT_LANG) -> str:
    """The zone's city in the language: Europe/Luxembourg -> `Luxembourg` / `Luxemburg`."""
    from babel.dates import get_timezone_location

    return str(get_timezone_location(zone, locale=_locale(lang), return_city=True))


def time_local(moment: dt.datetime, zone: ZoneInfo, lang: str = DEFAULT_LANG) -> str:
    """`26/11/2026 à 14:03:12 (heure de Luxembourg, UTC+01:00)` /
    `26.11.2026 um 14:03:12 (Ortszeit Luxemburg, UTC+01:00)` /
    `26/11/2026 at 14:03:12 (Luxembourg time, UTC+01:00)`."""
    lang = _lang(lang)
    here = in_zone(moment, zone)
    offset = here.strftime("%z")
    # the house words around a time are the catalogue's (CLDR 46 dropped "à"/"um"/"at")
    return render(
        msg(
            "domain.formatting.local_time",
            day=here.date(),
            time=_time(here, lang),
            city=zone_city(zone, lang),
            offset=f"{offset[:3]}:{offset[3:]}",
        ),
        lang,
    )


def time_utc(moment: dt.datetime, lang: str = DEFAULT_LANG) -> str:
    """`26/11/2026 à 13:03:12 UTC` / `26.11.2026 um 13:03:12 UTC` / `26/11/2026 at 13:03:12 UTC`."""
    lang = _lang(lang)
    utc = in_zone(moment, ZoneInfo("UTC"))
    return render(msg("domain.formatting.utc_time", day=utc.date(), time=_time(utc, lang)), lang)


def hour_minute(moment: dt.datetime, zone: ZoneInfo, lang: str = DEFAULT_LANG) -> str:
    """`14:03` in `zone` (all three write the 24-hour clock)."""
    from babel.dates import format_time

    return str(format_time(in_zone(moment, zone).timetz(), "short", locale=_locale(lang)))


# --- durations, with CLDR's plural rules ----------------------------------------------------


@lru_cache(maxsize=512)
def _duration(count: int, unit: str, lang: str) -> str:
    from babel.units import format_unit

    # The number locale: its unit words and plurals are the language's, its digits the house's.
    return str(format_unit(count, unit, length="long", locale=_number_locale(lang)))


def months(count: int, lang: str = DEFAULT_LANG) -> str:
    """`1 mois / 3 mois`, `1 Monat / 3 Monate`, `1 month / 3 months`."""
    return _duration(count, "duration-month", _lang(lang))


def days(count: int, lang: str = DEFAULT_LANG) -> str:
    """`1 jour / 2 jours`, `1 Tag / 2 Tage`, `1 day / 2 days`."""
    return _duration(count, "duration-day", _lang(lang))
