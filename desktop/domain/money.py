"""Money arithmetic: exact, Decimal in and out, rounding in one place.

Every price is rounded UP to the cent once, at the end of its exact computation
(CGV art. 2: "Les prix sont arrondis à la valeur supérieure"). VAT is rounded half-up.
Intermediate values are exact fractions, so no ratio is ever rounded early.
"""

from __future__ import annotations

from decimal import Context, Decimal, DivisionByZero, Inexact, InvalidOperation, Overflow, localcontext

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
HUNDRED = Decimal(100)

# Every operation in this context is exact or raises: products and integer divisions of
# amounts never lose a digit, so a rounding can only happen where we ask for it.
_EXACT = Context(prec=120, traps=[Inexact, InvalidOperation, DivisionByZero, Overflow])


def ceil_cent(numerator: Decimal | int, denominator: Decimal | int = 1) -> Decimal:
    """Smallest whole-cent amount >= numerator / denominator, computed exactly."""
    with localcontext(_EXACT):
        cents, remainder = divmod(Decimal(numerator) * 100, _positive(denominator))
        if remainder > 0:  # divmod truncates toward zero, which is already the ceiling below 0
            cents += 1
        return cents.scaleb(-2)


def half_up_cent(numerator: Decimal | int, denominator: Decimal | int = 1) -> Decimal:
    """numerator / denominator to the nearest cent, halves away from zero (VAT)."""
    with localcontext(_EXACT):
        value = Decimal(numerator) * 100
        cents, remainder = divmod(abs(value), _positive(denominator))
        if remainder * 2 >= _positive(denominator):
            cents += 1
        return (cents if value >= 0 else -cents).scaleb(-2)


def product(*factors: Decimal | int) -> Decimal:
    """The exact product of amounts, counts and rates (never rounded, whatever the digits)."""
    result = Decimal(1)
    with localcontext(_EXACT):
        for factor in factors:
            result *= factor
    return result


def _positive(denominator: Decimal | int) -> Decimal:
    value = Decimal(denominator)
    if value <= 0:
        raise ValueError("a denominator must be positive")
    return value


def percent_off(percent: Decimal) -> Decimal:
    """The factor (100 - percent) of a discount, to be divided by 100 at rounding time."""
    return HUNDRED - percent


def parse_decimal(text: object, field: str) -> Decimal:
    """A decimal number from a string or int (never a float), else FieldError."""
    from desktop.domain.bounds import check_digits, only_ascii_digits, shorten
    from desktop.domain.errors import FieldError
    from desktop.domain.messages import msg

    if isinstance(text, bool) or not isinstance(text, str | int | Decimal):
        raise FieldError(field, msg("domain.money.not_text"))
    if isinstance(text, str):
        only_ascii_digits(text, field)
    try:
        if isinstance(text, str):
            if "_" in text:  # Decimal() reads "1_000" as 1000: no one writes an amount so
                raise InvalidOperation
            value = Decimal(text.strip().replace(",", "."))
        else:
            value = Decimal(text)
    except InvalidOperation:
        raise FieldError(field, msg("domain.money.not_a_number", text=shorten(str(text)))) from None
    if not value.is_finite():
        raise FieldError(field, msg("domain.money.not_finite", text=shorten(str(text))))
    return check_digits(value, field)


def parse_amount(text: object, field: str) -> Decimal:
    """A non-negative amount in EUR with at most 2 decimals (catalogue price, fee); an offer's
    amounts are bounded further (desktop.domain.bounds.check_amount)."""
    from desktop.domain.errors import FieldError
    from desktop.domain.messages import msg

    value = parse_decimal(text, field)
    if value < 0:
        raise FieldError(field, msg("domain.money.negative"))
    if value >= Decimal("1e9"):
        raise FieldError(field, msg("domain.money.billion"))
    if value != value.quantize(CENT):
        raise FieldError(field, msg("domain.money.cents"))
    return value.quantize(CENT)


def parse_percent(text: object, field: str) -> Decimal:
    """A percentage between 0 and 100 inclusive."""
    from desktop.domain.errors import FieldError
    from desktop.domain.messages import msg

    value = parse_decimal(text, field)
    if not Decimal(0) <= value <= HUNDRED:
        raise FieldError(field, msg("domain.money.percent"))
    return value
