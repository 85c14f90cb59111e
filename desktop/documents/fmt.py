"""French formatting of amounts, rates, index values, dates and times — in one place.

Babel's CGDR data for fr_LU groups thousands with a dot ("1.234,56 €"); the house format for
documents is the French one with a (narrow, non-breaking) space: "1 234,56 €". So numbers use
Babel's `fr` symbols; dates are written dd/MM/yyyy as in Luxembourg.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.dates import format_date
from babel.numbers import format_decimal

from desktop.documents import zone

NUMBER_LOCALE = "fr"
DATE_LOCALE = "fr_LU"
NBSP = "\u00a0"


def amount(value: Decimal) -> str:
    """1234.5 -> '1 234,50' (two decimals, grouped)."""
    return format_decimal(value, format="#,##0.00", locale=NUMBER_LOCALE)


def money(value: Decimal) -> str:
    """1234.56 -> '1 234,56 €'."""
    return f"{amount(value)}{NBSP}€"


def decimal2(value: Decimal) -> str:
    """A cote: 968.04 -> '968,04'."""
    return format_decimal(value, format="#,##0.00", locale=NUMBER_LOCALE)


def percent(value: Decimal) -> str:
    """17 -> '17 %', 12.5 -> '12,5 %'."""
    return f"{format_decimal(value.normalize(), format='#,##0.##', locale=NUMBER_LOCALE)}{NBSP}%"


def date(value: dt.date) -> str:
    """2026-11-26 -> '26/11/2026'."""
    return format_date(value, "dd/MM/yyyy", locale=DATE_LOCALE)


def long_date(value: dt.date) -> str:
    """2026-11-26 -> '26 novembre 2026'."""
    return format_date(value, "long", locale=DATE_LOCALE)


def local(moment: dt.datetime) -> dt.datetime:
    """An aware moment in the company's time zone (Europe/Luxembourg unless set otherwise)."""
    if moment.tzinfo is None:
        raise ValueError("a signing time must carry its time zone")
    return moment.astimezone(zone.local_zone())


def time_local(moment: dt.datetime) -> str:
    """'26/11/2026 à 14:03:12 (heure de Luxembourg, UTC+01:00)'."""
    here = local(moment)
    offset = here.strftime("%z")
    city = zone.zone_city(zone.zone_name())
    return f"{date(here.date())} à {here:%H:%M:%S} (heure de {city}, UTC{offset[:3]}:{offset[3:]})"


def time_utc(moment: dt.datetime) -> str:
    """'26/11/2026 à 13:03:12 UTC'."""
    utc = moment.astimezone(dt.UTC)
    return f"{date(utc.date())} à {utc:%H:%M:%S} UTC"


def hour_minute_local(moment: dt.datetime) -> str:
    return f"{local(moment):%H:%M}"


def months(count: int) -> str:
    return f"{count}{NBSP}mois"


def days(count: int) -> str:
    return f"{count}{NBSP}jour" + ("s" if count > 1 else "")
