"""Bounds of a real offer (domain.md): what no offer ever crosses, checked once, here.

Engagement and renewal 1-120 months; quantity 1-100,000 per line; any amount up to
10,000,000 EUR HT; offer, activation and termination dates between 1990 and 2200; digits
0-9 only. Python's int() and Decimal() accept full-width, Arabic-Indic and other scripts'
digits: `only_ascii_digits` refuses them explicitly. Outside the bounds: a FieldError naming
the field, never an internal error. The quote command, the services saving an offer and
the editor's widgets all take their limits from here.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from desktop.domain.errors import FieldError
from desktop.domain.messages import msg

MONTHS_MIN, MONTHS_MAX = 1, 120
QUANTITY_MIN, QUANTITY_MAX = 1, 100_000
AMOUNT_MAX = Decimal(10_000_000)  # EUR HT: a unit price, a line, a total
YEAR_MIN, YEAR_MAX = 1990, 2200
DATE_MIN, DATE_MAX = dt.date(YEAR_MIN, 1, 1), dt.date(YEAR_MAX, 12, 31)
# a decimal number as typed: at most this many digits before and after the point
INTEGER_DIGITS_MAX, DECIMALS_MAX = 15, 6
TEXT_MAX = 2000  # a line description, as the store keeps it

_ASCII_DIGITS = frozenset("0123456789")


def only_ascii_digits(text: str, field: str) -> None:
    """Refuse digits of any script but 0-9 (int() and Decimal() would take them)."""
    for char in text:
        if char not in _ASCII_DIGITS and (char.isdigit() or char.isnumeric()):
            raise FieldError(field, msg("domain.bounds.foreign_digit", char=char))


def check_months(value: object, field: str) -> int:
    """A whole number of months, 1 to 120 (engagement, renewal)."""
    if isinstance(value, bool) or not isinstance(value, int) or not MONTHS_MIN <= value <= MONTHS_MAX:
        raise FieldError(field, msg("domain.bounds.months", low=MONTHS_MIN, high=MONTHS_MAX))
    return value


def check_quantity(value: object, field: str) -> int:
    """A whole quantity, 1 to 100,000 per line."""
    if isinstance(value, bool) or not isinstance(value, int) or not QUANTITY_MIN <= value <= QUANTITY_MAX:
        raise FieldError(field, msg("domain.bounds.quantity", low=QUANTITY_MIN, high=QUANTITY_MAX))
    return value


def check_amount(value: Decimal, field: str) -> Decimal:
    """An amount in EUR HT no real offer exceeds (10,000,000)."""
    if value > AMOUNT_MAX:
        raise FieldError(field, msg("domain.bounds.amount", limit=AMOUNT_MAX))
    return value


def check_date(value: dt.date, field: str) -> dt.date:
    """An offer, activation or termination date between 1990 and 2200."""
    if not DATE_MIN <= value <= DATE_MAX:
        raise FieldError(field, msg("domain.bounds.date_range", first=YEAR_MIN, last=YEAR_MAX, value=value))
    return value


def parse_iso_date(text: str, field: str) -> dt.date:
    """AAAA-MM-JJ in digits 0-9, within the bounds (fromisoformat takes other forms too)."""
    shape = len(text) == 10 and text[4] == "-" and text[7] == "-"
    if not shape or not all(c in _ASCII_DIGITS for i, c in enumerate(text) if i not in (4, 7)):
        only_ascii_digits(text, field)
        raise FieldError(field, msg("domain.bounds.date_format", text=shorten(text)))
    try:
        value = dt.date.fromisoformat(text)
    except ValueError:
        raise FieldError(field, msg("domain.bounds.date_unknown", text=text)) from None
    return check_date(value, field)


def check_text(value: str, field: str, limit: int = TEXT_MAX) -> str:
    """Text that can be stored and printed: valid Unicode (no lone surrogate), not too long."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise FieldError(field, msg("domain.bounds.surrogate")) from None
    if len(value) > limit:
        raise FieldError(field, msg("domain.bounds.too_long", length=len(value), limit=limit))
    return value


def check_digits(value: Decimal, field: str) -> Decimal:
    """At most 15 digits before the point and 6 after it (anything beyond is no real figure)."""
    exponent = value.as_tuple().exponent
    assert isinstance(exponent, int)  # finite: checked by the caller
    if value != 0 and value.adjusted() >= INTEGER_DIGITS_MAX:
        raise FieldError(field, msg("domain.bounds.too_many_digits", digits=INTEGER_DIGITS_MAX))
    if exponent < -DECIMALS_MAX:
        shortest = value.quantize(Decimal(1).scaleb(-DECIMALS_MAX))
        if value != shortest:
            raise FieldError(field, msg("domain.bounds.too_many_decimals", places=DECIMALS_MAX))
        return shortest  # "1.50000000…0": the same number without its trailing zeros
    return value


def shorten(text: str, limit: int = 40) -> str:
    """A value quoted in a message: long ones cut, lone surrogates shown as escapes."""
    shown = text if len(text) <= limit else text[: limit - 1] + "…"
    return shown.encode("utf-8", "backslashreplace").decode("utf-8")
