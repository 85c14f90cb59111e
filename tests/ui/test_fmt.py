"""French amounts and dates: one helper, identical to Babel's fr formatting."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from desktop.ui import fmt


def test_examples():
    assert fmt.money(Decimal("1234.56")) == "1\u202f234,56\u00a0€"
    assert fmt.money(Decimal("0")) == "0,00\u00a0€"
    assert fmt.money(Decimal("1234567.5")) == "1\u202f234\u202f567,50\u00a0€"
    assert fmt.money(None) == ""
    assert fmt.number(Decimal("968.04")) == "968,04"
    assert fmt.percent(Decimal("12.5")) == "12,5\u00a0%"
    assert fmt.date(dt.date(2026, 11, 26)) == "26/11/2026"


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_money_matches_babel(cents: int):
    amount = Decimal(cents).scaleb(-2)
    assert fmt.money(amount) == format_currency(amount, "EUR", locale="fr")
