"""Properties of the pricing and calendar rules, checked on generated values (hypothesis)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from fractions import Fraction

from dateutil.relativedelta import relativedelta
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import calendar as cal
from desktop.domain.indexation import REFERENCE_COTE, indexed_fee
from desktop.domain.money import ceil_cent, half_up_cent
from desktop.domain.pricing import OfferLine, price_line

amounts = st.decimals(min_value=0, max_value=Decimal("99999.99"), places=2)
exact = st.fractions(min_value=-(10**7), max_value=10**7)
cotes = st.decimals(min_value=Decimal("500.00"), max_value=Decimal("2000.00"), places=2)
dates = st.dates(min_value=dt.date(2000, 1, 1), max_value=dt.date(2090, 12, 31))
months = st.integers(min_value=1, max_value=120)
percents = st.decimals(min_value=0, max_value=100, places=2)


@given(exact)
def test_rounded_price_is_never_below_and_less_than_a_cent_above(value: Fraction) -> None:
    rounded = ceil_cent(value.numerator, value.denominator)
    assert Fraction(rounded) >= value
    assert Fraction(rounded) - value < Fraction(1, 100)
    assert rounded == rounded.quantize(Decimal("0.01"))


@given(exact)
def test_half_up_is_within_half_a_cent(value: Fraction) -> None:
    assert abs(Fraction(half_up_cent(value.numerator, value.denominator)) - value) <= Fraction(1, 200)


@given(amounts, cotes, cotes)
def test_indexation_is_monotone_in_the_cote(base: Decimal, a: Decimal, b: Decimal) -> None:
    low, high = sorted((a, b))
    assert indexed_fee(base, low) <= indexed_fee(base, high)


@given(amounts, cotes)
def test_indexed_fee_is_the_exact_value_rounded_up(base: Decimal, cote: Decimal) -> None:
    fee = indexed_fee(base, cote)
    exact_value = Fraction(base) * Fraction(cote) / Fraction(REFERENCE_COTE)
    assert exact_value <= Fraction(fee) < exact_value + Fraction(1, 100)


@given(amounts, amounts, st.integers(1, 500), percents, percents, cotes)
def test_line_amounts_are_rounded_up_once(
    monthly: Decimal, install: Decimal, qty: int, d1: Decimal, d2: Decimal, cote: Decimal
) -> None:
    priced = price_line(
        OfferLine("x", qty, monthly, install, True, Decimal(17), d1, d2), cote, REFERENCE_COTE
    )
    exact_monthly = Fraction(monthly) * qty * (100 - Fraction(d1)) / 100
    assert exact_monthly <= Fraction(priced.monthly_ht) < exact_monthly + Fraction(1, 100)
    exact_install = Fraction(priced.installation_unit_ht) * qty * (100 - Fraction(d2)) / 100
    assert exact_install <= Fraction(priced.installation_ht) < exact_install + Fraction(1, 100)


@given(dates, months)
def test_term_is_a_month_end_never_before_a_plus_n_minus_one_day(activation: dt.date, n: int) -> None:
    term = cal.term(activation, n)
    assert (term + dt.timedelta(days=1)).day == 1
    assert term >= activation + relativedelta(months=n) - relativedelta(days=1)
    # and within that month: never a month too far
    limit = activation + relativedelta(months=n) - relativedelta(days=1)
    assert (term.year, term.month) == (limit.year, limit.month)


@given(dates, months, st.integers(1, 36))
def test_notice_deadline_is_always_before_the_term(activation: dt.date, n: int, r: int) -> None:
    calendar = cal.contract_calendar(activation, n, r)
    assert calendar.notice_deadline < calendar.term
    previous = calendar.term
    for renewal in calendar.renewals:
        assert renewal.notice_deadline < renewal.term
        assert renewal.term > previous
        assert (renewal.term + dt.timedelta(days=1)).day == 1
        previous = renewal.term


def _billed_months(monthly: Decimal, activation: dt.date, term: dt.date) -> list[Decimal]:
    """Bill month by month as the invoicing would: pro rata first, then each month start."""
    bills = [cal.first_invoice_prorata(monthly, activation)]
    month = (activation + relativedelta(months=1)).replace(day=1)
    while month <= term:
        bills.append(monthly)
        month += relativedelta(months=1)
    return bills


@given(amounts, amounts, dates, months)
def test_total_contract_value_is_the_sum_of_the_billed_months(
    install: Decimal, monthly: Decimal, activation: dt.date, n: int
) -> None:
    term = cal.term(activation, n)
    total = cal.total_contract_value(install, monthly, activation, term)
    assert total == install + sum(_billed_months(monthly, activation, term), Decimal(0))


@given(amounts, dates, months, st.integers(0, 4000))
def test_early_termination_is_the_months_still_to_start(
    monthly: Decimal, activation: dt.date, n: int, offset: int
) -> None:
    term = cal.term(activation, n)
    termination = activation + dt.timedelta(days=offset)
    fees = cal.early_termination_fees(monthly, termination, term)
    starts = 0
    month = (termination + relativedelta(months=1)).replace(day=1)
    while month <= term:
        starts += 1
        month += relativedelta(months=1)
    assert fees == monthly * starts
    assert fees >= 0
