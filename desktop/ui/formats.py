"""desktop.domain.formatting in the interface's language: what every screen shows.

The same functions, with the language the interface runs in (desktop.i18n, set at start-up
from Paramètres) instead of French; documents keep passing the offer's language themselves.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

from desktop.domain import formatting
from desktop.i18n import current_language

__all__ = [
    "date",
    "date_input_formats",
    "days",
    "hour_minute",
    "long_date",
    "money",
    "months",
    "number",
    "parse_decimal",
    "percent",
    "qt_date_format",
    "time_local",
]


def number(value: Decimal, places: int = 2) -> str:
    return formatting.number(value, places, current_language())


def percent(value: Decimal) -> str:
    return formatting.percent(value, current_language())


def money(amount: Decimal | None) -> str:
    return formatting.money(amount, current_language())


def date(day: dt.date | None) -> str:
    return formatting.date(day, current_language())


def long_date(day: dt.date) -> str:
    return formatting.long_date(day, current_language())


def months(count: int) -> str:
    return formatting.months(count, current_language())


def days(count: int) -> str:
    return formatting.days(count, current_language())


def hour_minute(moment: dt.datetime, zone: ZoneInfo) -> str:
    return formatting.hour_minute(moment, zone, current_language())


def time_local(moment: dt.datetime, zone: ZoneInfo) -> str:
    return formatting.time_local(moment, zone, current_language())


def qt_date_format() -> str:
    """The date fields' display format, as `date` writes a day: 26/11/2026, 26.11.2026."""
    return "dd.MM.yyyy" if current_language() == "de" else "dd/MM/yyyy"


def date_input_formats() -> tuple[str, ...]:
    """The strptime patterns a typed date is read with: the language's first, ISO always."""
    shown = "%d.%m.%Y" if current_language() == "de" else "%d/%m/%Y"
    return (shown, "%d/%m/%Y", "%d.%m.%Y", "%Y-%m-%d")


def parse_decimal(text: str) -> Decimal:
    """A number typed as the language writes it ("1 234,56", "1.234,56", "1,234.56"; a
    decimal point is read in French and German too). Raises decimal.InvalidOperation."""
    cleaned = "".join(text.split()).replace("\u202f", "").replace("\u00a0", "")
    if current_language() == "en":
        cleaned = cleaned.replace(",", "")
    elif "," in cleaned:
        cleaned = cleaned.replace(".", "").replace(",", ".")
    return Decimal(cleaned)
