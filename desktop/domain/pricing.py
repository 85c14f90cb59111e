"""Offer pricing: lines -> line amounts -> monthly and installation totals, per VAT rate."""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from desktop.domain.errors import FieldError
from desktop.domain.indexation import REFERENCE_COTE, indexed_fee
from desktop.domain.messages import msg
from desktop.domain.money import HUNDRED, ZERO, ceil_cent, percent_off, product
from desktop.domain.value import Value
from desktop.domain.vat import VatLine, vat_by_rate


class OfferLine(Value):
    """One service on an offer, as priced from the catalogue (all amounts HT, EUR)."""

    description: str
    quantity: int
    unit_monthly: Decimal
    unit_installation: Decimal
    installation_indexed: bool
    vat_rate: Decimal
    monthly_discount: Decimal = ZERO
    installation_discount: Decimal = ZERO
    code: str = ""

    def __post_init__(self) -> None:
        if isinstance(self.quantity, bool) or not isinstance(self.quantity, int) or self.quantity < 1:
            raise FieldError("quantity", msg("domain.pricing.quantity"))
        for name in ("unit_monthly", "unit_installation"):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
                raise FieldError(name, msg("domain.pricing.unit_fee"))
        for name in ("monthly_discount", "installation_discount"):
            value = getattr(self, name)
            if not isinstance(value, Decimal) or not Decimal(0) <= value <= HUNDRED:
                raise FieldError(name, msg("domain.pricing.percent"))
        if not isinstance(self.vat_rate, Decimal) or not Decimal(0) <= self.vat_rate < HUNDRED:
            raise FieldError("vat_rate", msg("domain.pricing.percent"))


class PricedLine(Value):
    line: OfferLine
    monthly_unit_ht: Decimal
    installation_unit_ht: Decimal
    monthly_ht: Decimal
    installation_ht: Decimal


class Totals(Value):
    """HT, VAT and TTC of one kind of charge (monthly or one-off), with VAT per rate."""

    ht: Decimal
    vat: Decimal
    ttc: Decimal
    by_rate: tuple[VatLine, ...]

    @classmethod
    def of(cls, amounts: Sequence[tuple[Decimal, Decimal]]) -> Totals:
        by_rate = vat_by_rate(amounts)
        ht = sum((a for _, a in amounts), ZERO)
        vat = sum((v.vat for v in by_rate), ZERO)
        return cls(ht=ht, vat=vat, ttc=ht + vat, by_rate=by_rate)


class PricedOffer(Value):
    lines: tuple[PricedLine, ...]
    monthly: Totals
    installation: Totals
    cote: Decimal
    reference: Decimal


def price_line(line: OfferLine, cote: Decimal, reference: Decimal = REFERENCE_COTE) -> PricedLine:
    install_unit = (
        indexed_fee(line.unit_installation, cote, reference)
        if line.installation_indexed
        else line.unit_installation
    )
    monthly = ceil_cent(
        product(line.unit_monthly, line.quantity, percent_off(line.monthly_discount)), HUNDRED
    )
    installation = ceil_cent(
        product(install_unit, line.quantity, percent_off(line.installation_discount)), HUNDRED
    )
    return PricedLine(
        line=line,
        monthly_unit_ht=ceil_cent(line.unit_monthly),
        installation_unit_ht=install_unit,
        monthly_ht=monthly,
        installation_ht=installation,
    )


def price_offer(
    lines: Sequence[OfferLine], cote: Decimal, reference: Decimal = REFERENCE_COTE
) -> PricedOffer:
    """Price every line at the cote in force, then total monthly and one-off charges apart."""
    priced = tuple(price_line(line, cote, reference) for line in lines)
    return PricedOffer(
        lines=priced,
        monthly=Totals.of([(p.line.vat_rate, p.monthly_ht) for p in priced]),
        installation=Totals.of([(p.line.vat_rate, p.installation_ht) for p in priced]),
        cote=cote,
        reference=reference,
    )
