"""STATEC wage index ("cote d'application") and indexed installation fees (CGV art. 2)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from decimal import Decimal

from desktop.domain.errors import DomainError
from desktop.domain.messages import msg
from desktop.domain.money import ceil_cent, product
from desktop.domain.value import Value

REFERENCE_COTE = Decimal("944.43")
REFERENCE_DATE = dt.date(2023, 9, 1)


class IndexPoint(Value):
    start: dt.date
    value: Decimal


class IndexSeries(Value):
    """The cotes with their effective dates, and the reference the fees are stated at."""

    reference: Decimal
    points: tuple[IndexPoint, ...]

    def __post_init__(self) -> None:
        if self.reference <= 0:
            raise DomainError(msg("domain.index.reference_positive"))
        if any(p.value <= 0 for p in self.points):
            raise DomainError(msg("domain.index.cote_positive"))
        starts = [p.start for p in self.points]
        if starts != sorted(starts) or len(set(starts)) != len(starts):
            raise DomainError(msg("domain.index.dates_order"))

    @classmethod
    def of(cls, reference: Decimal, points: Iterable[tuple[dt.date, Decimal]]) -> IndexSeries:
        return cls(reference, tuple(IndexPoint(d, v) for d, v in sorted(points)))

    def cote_on(self, day: dt.date) -> Decimal:
        """The cote in force on `day`: the last one whose effective date is not after it."""
        current: Decimal | None = None
        for point in self.points:
            if point.start > day:
                break
            current = point.value
        if current is None:
            raise DomainError(msg("domain.index.no_cote", day=day))
        return current


def indexed_fee(base_fee: Decimal, cote: Decimal, reference: Decimal = REFERENCE_COTE) -> Decimal:
    """ceil_to_cent(base_fee x cote / reference), computed exactly."""
    return ceil_cent(product(base_fee, cote), reference)
