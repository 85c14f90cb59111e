"""Money arithmetic: exact, Decimal in and out, rounding in one place.

Every price is rounded UP to the cent once, at the end of its exact computation
(CGV art. 2: "Les prix sont arrondis à la valeur supérieure"). VAT is rounded half-up.
Intermediate values are exact fractions, so no ratio is ever rounded early.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from fractions import Fraction

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)

Exact = Decimal | Fraction | int


def _cents(value: Exact) -> Fraction:
    return Fraction(value) * 100


def ceil_cent(value: Exact) -> Decimal:
    """Smallest amount in whole cents that is >= the exact `value`."""
    cents = _cents(value)
    whole = -((-cents.numerator) // cents.denominator)
    return Decimal(whole).scaleb(-2)


def half_up_cent(value: Exact) -> Decimal:
    """Round to the nearest cent, halves away from zero (VAT)."""
    cents = _cents(value)
    magnitude = abs(cents)
    whole = (magnitude.numerator * 2 + magnitude.denominator) // (2 * magnitude.denominator)
    if cents < 0:
        whole = -whole
    return Decimal(whole).scaleb(-2)


def apply_percent_off(amount: Exact, percent: Decimal) -> Fraction:
    """`amount` x (100 - percent) / 100, exact."""
    return Fraction(amount) * (Fraction(HUNDRED) - Fraction(percent)) / 100


def parse_decimal(text: object, field: str) -> Decimal:
    """A decimal number from a string or int (never a float), else FieldError."""
    from desktop.domain.errors import FieldError

    if isinstance(text, bool) or not isinstance(text, str | int | Decimal):
        raise FieldError(field, 'must be a decimal number written as a string, e.g. "12.50"')
    try:
        value = Decimal(text.strip().replace(",", ".")) if isinstance(text, str) else Decimal(text)
    except InvalidOperation:
        raise FieldError(field, f"{text!r} is not a number") from None
    if not value.is_finite():
        raise FieldError(field, f"{text!r} is not a finite number")
    return value


def parse_amount(text: object, field: str) -> Decimal:
    """A non-negative amount in EUR with at most 2 decimals (catalogue price, fee)."""
    from desktop.domain.errors import FieldError

    value = parse_decimal(text, field)
    if value < 0:
        raise FieldError(field, "must not be negative")
    if value != value.quantize(CENT):
        raise FieldError(field, "must have at most two decimals (whole cents)")
    if value >= Decimal("1e9"):
        raise FieldError(field, "is too large")
    return value.quantize(CENT)


def parse_percent(text: object, field: str) -> Decimal:
    """A percentage between 0 and 100 inclusive."""
    from desktop.domain.errors import FieldError

    value = parse_decimal(text, field)
    if not Decimal(0) <= value <= HUNDRED:
        raise FieldError(field, "must be between 0 and 100")
    return value
