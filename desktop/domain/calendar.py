"""Contract calendar under the CGV: term, notice deadlines, renewals, billing (art. 3.2, 4, 13.2, 19)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from dateutil.relativedelta import relativedelta

from desktop.domain.errors import FieldError
from desktop.domain.messages import msg
from desktop.domain.money import ceil_cent, product
from desktop.domain.value import Value

NOTICE = relativedelta(months=3)
DEFAULT_RENEWAL_MONTHS = 12


def end_of_month(day: dt.date) -> dt.date:
    return day + relativedelta(day=31)


def _check_months(months: int, field: str) -> None:
    if isinstance(months, bool) or not isinstance(months, int) or months < 1:
        raise FieldError(field, msg("domain.calendar.months"))


def term(activation: dt.date, engagement_months: int) -> dt.date:
    """Last day of the month containing A + N months - 1 day."""
    _check_months(engagement_months, "engagement_months")
    return end_of_month(activation + relativedelta(months=engagement_months) - relativedelta(days=1))


def notice_deadline(term_date: dt.date) -> dt.date:
    """The day the registered letter must be received by: T - 3 months (day clipped)."""
    return term_date - NOTICE


def renewal_terms(term_date: dt.date, renewal_months: int, count: int = 3) -> tuple[dt.date, ...]:
    """The next `count` tacit renewal terms: T' = last day of the month of T + R months."""
    _check_months(renewal_months, "renewal_months")
    terms = []
    current = term_date
    for _ in range(count):
        current = end_of_month(current + relativedelta(months=renewal_months))
        terms.append(current)
    return tuple(terms)


def month_starts(after: dt.date, until: dt.date) -> int:
    """How many first days of a month m satisfy after < m <= until."""
    if until <= after:
        return 0
    first_after = (after + relativedelta(months=1)).replace(day=1)
    if first_after > until:
        return 0
    delta = relativedelta(until.replace(day=1), first_after)
    return delta.years * 12 + delta.months + 1


def days_in_month(day: dt.date) -> int:
    return end_of_month(day).day


def first_invoice_prorata(monthly_ht: Decimal, activation: dt.date) -> Decimal:
    """The first month billed pro rata temporis from A to the month end, rounded up."""
    days = days_in_month(activation)
    return ceil_cent(product(monthly_ht, days - activation.day + 1), days)


def total_contract_value(
    installation_ht: Decimal, monthly_ht: Decimal, activation: dt.date, term_date: dt.date
) -> Decimal:
    """Installation + first-month pro rata + monthly x month starts m with A < m <= T."""
    full_months = month_starts(activation, term_date)
    return installation_ht + first_invoice_prorata(monthly_ht, activation) + product(monthly_ht, full_months)


def nominal_contract_value(installation_ht: Decimal, monthly_ht: Decimal, engagement_months: int) -> Decimal:
    """Before activation is known: installation + N full months (what the offer shows)."""
    _check_months(engagement_months, "engagement_months")
    return installation_ht + product(monthly_ht, engagement_months)


def early_termination_fees(monthly_ht: Decimal, termination: dt.date, term_date: dt.date) -> Decimal:
    """Fees still to fall due up to the term (art. 19): monthly x month starts D < m <= T."""
    return product(monthly_ht, month_starts(termination, term_date))


class Renewal(Value):
    term: dt.date
    notice_deadline: dt.date


class ContractCalendar(Value):
    activation: dt.date
    engagement_months: int
    renewal_months: int
    term: dt.date
    notice_deadline: dt.date
    renewals: tuple[Renewal, ...]


def contract_calendar(
    activation: dt.date, engagement_months: int, renewal_months: int = DEFAULT_RENEWAL_MONTHS
) -> ContractCalendar:
    t = term(activation, engagement_months)
    return ContractCalendar(
        activation=activation,
        engagement_months=engagement_months,
        renewal_months=renewal_months,
        term=t,
        notice_deadline=notice_deadline(t),
        renewals=tuple(Renewal(r, notice_deadline(r)) for r in renewal_terms(t, renewal_months)),
    )


def next_notice_deadline(calendar: ContractCalendar, today: dt.date) -> Renewal:
    """The first term (initial or renewed) whose notice deadline is today or later."""
    candidates = (Renewal(calendar.term, calendar.notice_deadline), *calendar.renewals)
    for candidate in candidates:
        if candidate.notice_deadline >= today:
            return candidate
    current = candidates[-1].term
    while True:
        current = end_of_month(current + relativedelta(months=calendar.renewal_months))
        if notice_deadline(current) >= today:
            return Renewal(current, notice_deadline(current))
