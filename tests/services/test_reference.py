"""Reference data writes: a VAT rate the column cannot hold is refused by name, before any write."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.vat import VatCategory
from desktop.services import reference
from desktop.services.store import Store

D = Decimal
RATES = {
    VatCategory.STANDARD: D(17),
    VatCategory.INTERMEDIATE: D(14),
    VatCategory.REDUCED: D(8),
    VatCategory.SUPER_REDUCED: D(3),
}


@pytest.mark.parametrize(
    ("category", "rate", "words"),
    [
        (VatCategory.STANDARD, D("16.555"), "au plus 2 décimales"),
        (VatCategory.REDUCED, D("8.001"), "au plus 2 décimales"),
        (VatCategory.INTERMEDIATE, D("100"), "entre 0 et 100"),
        (VatCategory.SUPER_REDUCED, D("-1"), "entre 0 et 100"),
        (VatCategory.STANDARD, D("NaN"), "entre 0 et 100"),
    ],
)
def test_a_vat_rate_the_column_cannot_hold_is_refused_by_field(
    store: Store, category: VatCategory, rate: Decimal, words: str
) -> None:
    before = reference.vat_table(store)
    with pytest.raises(FieldError, match=words) as caught:
        reference.set_vat_period(store, dt.date(2027, 1, 1), None, {**RATES, category: rate})
    assert caught.value.field == category.value
    assert reference.vat_table(store) == before


def test_a_rate_with_two_decimals_is_stored_exactly(store: Store) -> None:
    table = reference.set_vat_period(
        store, dt.date(2027, 1, 1), None, {**RATES, VatCategory.STANDARD: D("16.55")}
    )
    stored = next(p for p in table.periods if p.start == dt.date(2027, 1, 1))
    assert stored.rates[VatCategory.STANDARD] == D("16.55")
