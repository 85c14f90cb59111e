"""Luxembourg VAT rates by date, and VAT on sums of HT amounts per rate."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import DomainError
from desktop.domain.messages import msg
from desktop.domain.money import ZERO, half_up_cent, product
from desktop.domain.value import Value


class VatCategory(StrEnum):
    STANDARD = "standard"
    INTERMEDIATE = "intermediate"
    REDUCED = "reduced"
    SUPER_REDUCED = "super_reduced"


class VatPeriod(Value):
    """Rates in force from `start` to `end` inclusive (`end` None: still in force)."""

    start: dt.date
    end: dt.date | None
    rates: Mapping[VatCategory, Decimal]

    def covers(self, day: dt.date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)


class VatTable(Value):
    periods: tuple[VatPeriod, ...]

    def rate_on(self, day: dt.date, category: VatCategory = VatCategory.STANDARD) -> Decimal:
        for period in self.periods:
            if period.covers(day):
                return period.rates[category]
        raise DomainError(msg("domain.vat.no_rate", day=day))

    @classmethod
    def from_rows(cls, rows: Iterable[Mapping[str, str | None]]) -> VatTable:
        """Rows of {start, end, standard, intermediate, reduced, super_reduced}."""
        periods = []
        for row in rows:
            start, end = row["start"], row.get("end")
            assert start is not None
            periods.append(
                VatPeriod(
                    start=dt.date.fromisoformat(start),
                    end=dt.date.fromisoformat(end) if end else None,
                    rates={c: Decimal(str(row[c.value])) for c in VatCategory},
                )
            )
        periods.sort(key=lambda p: p.start)
        return cls(tuple(periods))


class VatLine(Value):
    """The VAT due on the HT amounts taxed at one rate."""

    rate: Decimal
    base_ht: Decimal
    vat: Decimal


def vat_by_rate(amounts: Iterable[tuple[Decimal, Decimal]]) -> tuple[VatLine, ...]:
    """(rate %, HT amount) pairs -> VAT per rate on the sum at that rate, rounded half-up."""
    sums: dict[Decimal, Decimal] = {}
    for rate, amount in amounts:
        key = rate.normalize()
        sums[key] = sums.get(key, ZERO) + amount
    return tuple(
        VatLine(rate=rate, base_ht=base, vat=half_up_cent(product(base, rate), 100))
        for rate, base in sorted(sums.items(), reverse=True)
    )
