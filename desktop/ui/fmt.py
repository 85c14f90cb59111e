"""The one place numbers, amounts and dates are formatted for people (French, Luxembourg usage).

Babel's fr_LU grouping is a dot ("1.234,56"); the company's documents use the French style
("1 234,56 €", narrow no-break space), so the `fr` locale's patterns are used for amounts.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import lru_cache

from babel import Locale
from babel.numbers import format_currency, format_decimal


@lru_cache(maxsize=1)
def _locale() -> Locale:
    return Locale.parse("fr")


CENT = Decimal("0.01")


@lru_cache(maxsize=1)
def _symbols() -> tuple[str, str, str]:
    """Group separator, decimal separator and the `¤` pattern's trailing part, from Babel's data."""
    sample = str(format_currency(Decimal("1234.5"), "EUR", locale=_locale()))  # "1 234,50 €"
    return sample[1], sample[5], sample[8:]


def money(amount: Decimal | None) -> str:
    """`1 234,56 €`; empty text for a missing amount.

    Babel's symbols and pattern, applied directly: amounts are already whole cents, and
    format_currency's own machinery costs ~100 µs a call, too slow for large tables. A test
    compares this with format_currency over many values.
    """
    if amount is None:
        return ""
    group, decimal, suffix = _symbols()
    cents = amount.quantize(CENT) if amount.as_tuple().exponent != -2 else amount
    sign = "-" if cents < 0 else ""
    whole, _, fraction = str(abs(cents)).partition(".")
    grouped = ""
    while len(whole) > 3:
        grouped = group + whole[-3:] + grouped
        whole = whole[:-3]
    return f"{sign}{whole}{grouped}{decimal}{fraction}{suffix}"


def number(value: Decimal, places: int = 2) -> str:
    """A decimal with `places` decimals, French separators (cotes: `968,04`)."""
    pattern = "#,##0." + "0" * places if places else "#,##0"
    return str(format_decimal(value, format=pattern, locale=_locale()))


def percent(value: Decimal) -> str:
    """`12,5 %` (a value already in percent)."""
    text = str(format_decimal(value, format="#,##0.##", locale=_locale()))
    return f"{text}\u00a0%"


def date(day: dt.date | None) -> str:
    """`26/11/2026`; empty text for no date."""
    return "" if day is None else day.strftime("%d/%m/%Y")


def months(count: int) -> str:
    return f"{count} mois"
