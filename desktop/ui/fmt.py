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


def money(amount: Decimal | None) -> str:
    """`1 234,56 €`; empty text for a missing amount."""
    if amount is None:
        return ""
    return str(format_currency(amount, "EUR", locale=_locale()))


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
