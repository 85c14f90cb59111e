"""Every worked example of shared/docs/domain.md, as a test."""

from __future__ import annotations

import datetime as dt
import json
import math
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain import calendar as cal
from desktop.domain.errors import DomainError, FieldError
from desktop.domain.identifiers import (
    validate_iban,
    validate_lu_postcode,
    validate_lu_vat,
    validate_rcs,
    validate_vat,
)
from desktop.domain.indexation import REFERENCE_COTE, IndexSeries, indexed_fee
from desktop.domain.messages import Message, msg
from desktop.domain.money import ceil_cent, half_up_cent
from desktop.domain.pricing import OfferLine, price_offer
from desktop.domain.vat import VatCategory
from desktop.paths import resource
from desktop.reference import load_statec_series, load_vat_table

D = Decimal
DOMAIN_SERIES = [
    ("2018-08-01", "814.40"),
    ("2020-01-01", "834.76"),
    ("2021-10-01", "855.62"),
    ("2022-04-01", "877.01"),
    ("2023-02-01", "898.93"),
    ("2023-04-01", "921.40"),
    ("2023-09-01", "944.43"),
    ("2025-05-01", "968.04"),
]


def line(**kw: object) -> OfferLine:
    base: dict[str, object] = {
        "description": "x",
        "quantity": 1,
        "unit_monthly": D("0.00"),
        "unit_installation": D("0.00"),
        "installation_indexed": True,
        "vat_rate": D("17"),
    }
    base.update(kw)
    return OfferLine(**base)  # type: ignore[arg-type]


# --- Parties ---------------------------------------------------------------------------


def test_lu_vat_example_is_valid_and_checksum_is_first_six_mod_89() -> None:
    assert validate_lu_vat("LU15027442") == "LU15027442"
    assert int("150274") % 89 == 42


@pytest.mark.parametrize("bad", ["LU15027443", "LU1502744", "LUABCDEFGH", "15027441"])
def test_lu_vat_invalid_numbers_are_field_errors(bad: str) -> None:
    with pytest.raises(FieldError) as err:
        validate_lu_vat(bad)
    assert err.value.field == "vat_number"
    reason = err.value.message
    assert isinstance(reason, Message)
    assert reason.id.startswith("domain.identifiers.")
    assert reason.params["what"] == msg("domain.identifiers.what.lu_vat")


def test_foreign_eu_vat_number_is_allowed_and_lu_is_checked() -> None:
    assert validate_vat("FR 40 303 265 045") == "FR40303265045"
    assert validate_vat("BE0403019261") == "BE0403019261"
    assert validate_vat("lu 15027442") == "LU15027442"
    with pytest.raises(FieldError):
        validate_vat("FR40303265046")
    with pytest.raises(FieldError):
        validate_vat("XX123")


def test_rcs_and_postcode_and_iban() -> None:
    assert validate_rcs("B65734") == "B65734"
    assert validate_rcs("B.65734") == "B65734"
    assert validate_rcs("b 65734") == "B65734"
    with pytest.raises(FieldError, match="rcs_number") as err:
        validate_rcs("65734")
    assert err.value.message == msg("domain.identifiers.rcs")
    assert validate_lu_postcode("L-2350") == "L-2350"
    assert validate_lu_postcode("2350") == "L-2350"
    with pytest.raises(FieldError, match="postcode"):
        validate_lu_postcode("L-235")
    assert validate_iban("LU28 0019 4006 4475 0000") == "LU280019400644750000"
    with pytest.raises(FieldError, match="iban") as err:
        validate_iban("LU29 0019 4006 4475 0000")
    assert err.value.message == msg("domain.identifiers.checksum", what=msg("domain.identifiers.what.iban"))


# --- Money and VAT -----------------------------------------------------------------------


def test_prices_round_up_and_vat_rounds_half_up() -> None:
    assert ceil_cent(D("10.001")) == D("10.01")
    assert ceil_cent(D("10.00")) == D("10.00")
    assert half_up_cent(D("0.005")) == D("0.01")
    assert half_up_cent(D("0.00499")) == D("0.00")


def test_vat_rates_by_date_including_the_2023_reductions() -> None:
    table = load_vat_table()
    on = dt.date
    assert table.rate_on(on(2022, 12, 31)) == 17
    assert table.rate_on(on(2023, 1, 1)) == 16
    assert table.rate_on(on(2023, 12, 31)) == 16
    assert table.rate_on(on(2024, 1, 1)) == 17
    assert table.rate_on(on(2026, 11, 26)) == 17
    assert table.rate_on(on(2023, 6, 1), VatCategory.INTERMEDIATE) == 13
    assert table.rate_on(on(2026, 6, 1), VatCategory.INTERMEDIATE) == 14
    assert table.rate_on(on(2023, 6, 1), VatCategory.REDUCED) == 7
    assert table.rate_on(on(2026, 6, 1), VatCategory.REDUCED) == 8
    assert table.rate_on(on(2023, 6, 1), VatCategory.SUPER_REDUCED) == 3
    with pytest.raises(DomainError):
        table.rate_on(on(1999, 1, 1))


def test_line_amounts_and_totals_per_rate() -> None:
    offer = price_offer(
        [
            line(
                quantity=3, unit_monthly=D("33.33"), monthly_discount=D("10"), unit_installation=D("100.00")
            ),
            line(
                quantity=1,
                unit_monthly=D("9.99"),
                vat_rate=D("3"),
                unit_installation=D("50.00"),
                installation_discount=D("100"),
            ),
        ],
        cote=D("968.04"),
    )
    first, tv = offer.lines
    # 33.33 x 3 x 90 / 100 = 89.991 -> rounded up 90.00
    assert first.monthly_ht == D("90.00")
    assert first.installation_unit_ht == D("102.50")
    assert first.installation_ht == D("307.50")
    assert tv.installation_ht == D("0.00")  # "frais d'installation offerts"
    assert offer.monthly.ht == D("99.99")
    # 17 % of 90.00 = 15.30 ; 3 % of 9.99 = 0.2997 -> 0.30
    assert [(v.rate, v.vat) for v in offer.monthly.by_rate] == [(D("17"), D("15.30")), (D("3"), D("0.30"))]
    assert offer.monthly.vat == D("15.60")
    assert offer.monthly.ttc == D("115.59")
    assert offer.installation.ht == D("307.50")
    assert offer.installation.vat == D("52.28")  # 52.275 half-up
    assert offer.installation.ttc == D("359.78")


def test_vat_is_computed_on_the_sum_per_rate_not_per_line() -> None:
    # Three lines of 0.03 at 17 %: per line 0.0051 -> 0.01 each (0.03), on the sum 0.0153 -> 0.02.
    offer = price_offer([line(unit_monthly=D("0.03")) for _ in range(3)], cote=REFERENCE_COTE)
    assert offer.monthly.vat == D("0.02")


# --- Indexation ------------------------------------------------------------------------


def test_indexed_fee_examples_exact_decimal() -> None:
    assert indexed_fee(D("100.00"), D("968.04")) == D("102.50")
    assert indexed_fee(D("629.62"), D("968.04")) == D("645.36")


def test_float_ratio_gives_the_wrong_cent_that_we_avoid() -> None:
    naive = math.ceil(629.62 * (968.04 / 944.43) * 100) / 100
    assert naive == 645.37  # the trap domain.md warns about
    assert indexed_fee(D("629.62"), D("968.04")) != D(str(naive))


def test_shipped_series_is_the_domain_series_and_gives_the_cote_in_force() -> None:
    series = load_statec_series()
    assert series.reference == D("944.43")
    assert [(p.start.isoformat(), f"{p.value:.2f}") for p in series.points] == DOMAIN_SERIES
    assert series.cote_on(dt.date(2025, 4, 30)) == D("944.43")
    assert series.cote_on(dt.date(2025, 5, 1)) == D("968.04")
    assert series.cote_on(dt.date(2026, 11, 26)) == D("968.04")
    assert series.cote_on(dt.date(2023, 9, 1)) == D("944.43")
    with pytest.raises(DomainError):
        series.cote_on(dt.date(2018, 7, 31))
    raw = json.loads(Path(resource("statec.json")).read_text(encoding="utf-8"))
    assert "992.24" not in json.dumps(raw)  # the forecast step is not confirmed


def test_installation_at_the_reference_cote_is_unchanged() -> None:
    assert indexed_fee(D("629.62"), REFERENCE_COTE) == D("629.62")


def test_series_rejects_bad_data() -> None:
    with pytest.raises(DomainError):
        IndexSeries.of(D("0"), [(dt.date(2020, 1, 1), D("800"))])
    with pytest.raises(DomainError):
        IndexSeries.of(D("944.43"), [(dt.date(2020, 1, 1), D("-5"))])
    empty = IndexSeries(D("944.43"), ())
    with pytest.raises(DomainError) as err:
        empty.cote_on(dt.date(2020, 1, 1))
    assert err.value.message == msg("domain.index.no_cote", day=dt.date(2020, 1, 1))


def test_non_indexed_installation_fee_is_not_indexed() -> None:
    offer = price_offer([line(unit_installation=D("100.00"), installation_indexed=False)], cote=D("968.04"))
    assert offer.lines[0].installation_unit_ht == D("100.00")


# --- Contract calendar -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("activation", "months", "expected_term", "expected_notice"),
    [
        (dt.date(2026, 3, 15), 36, dt.date(2029, 3, 31), dt.date(2028, 12, 31)),
        (dt.date(2026, 3, 1), 36, dt.date(2029, 2, 28), dt.date(2028, 11, 28)),
    ],
)
def test_term_and_notice_examples(
    activation: dt.date, months: int, expected_term: dt.date, expected_notice: dt.date
) -> None:
    term = cal.term(activation, months)
    assert term == expected_term
    assert cal.notice_deadline(term) == expected_notice


def test_tacit_renewals_each_with_its_notice_deadline() -> None:
    calendar = cal.contract_calendar(dt.date(2026, 3, 1), 36, 12)
    assert [(r.term, r.notice_deadline) for r in calendar.renewals] == [
        (dt.date(2030, 2, 28), dt.date(2029, 11, 28)),
        (dt.date(2031, 2, 28), dt.date(2030, 11, 28)),
        (dt.date(2032, 2, 29), dt.date(2031, 11, 29)),
    ]


def test_first_invoice_prorata() -> None:
    # March has 31 days; from the 15th: 17 days. 100 x 17 / 31 = 54.838... -> 54.84
    assert cal.first_invoice_prorata(D("100.00"), dt.date(2026, 3, 15)) == D("54.84")
    assert cal.first_invoice_prorata(D("100.00"), dt.date(2026, 3, 1)) == D("100.00")


def test_total_contract_value_and_early_termination() -> None:
    a = dt.date(2026, 3, 15)
    t = cal.term(a, 36)
    # pro rata March 2026 + month starts 2026-04-01 .. 2029-03-01 (36 of them)
    assert cal.month_starts(a, t) == 36
    assert cal.total_contract_value(D("500.00"), D("100.00"), a, t) == D("500.00") + D("54.84") + D("3600.00")
    a1 = dt.date(2026, 3, 1)
    assert cal.month_starts(a1, cal.term(a1, 36)) == 35
    # Terminated on 2027-06-10: month starts 2027-07-01 .. 2029-03-01 = 21
    assert cal.early_termination_fees(D("100.00"), dt.date(2027, 6, 10), t) == D("2100.00")
    assert cal.early_termination_fees(D("100.00"), dt.date(2027, 6, 30), t) == D("2100.00")
    assert cal.early_termination_fees(D("100.00"), dt.date(2027, 7, 1), t) == D("2000.00")
    assert cal.early_termination_fees(D("100.00"), t, t) == D("0.00")


def test_next_notice_deadline_walks_the_renewals() -> None:
    calendar = cal.contract_calendar(dt.date(2026, 3, 1), 12, 12)
    assert calendar.term == dt.date(2027, 2, 28)
    assert cal.next_notice_deadline(calendar, dt.date(2026, 11, 26)).term == dt.date(2027, 2, 28)
    assert cal.next_notice_deadline(calendar, dt.date(2026, 11, 29)).term == dt.date(2028, 2, 29)
    assert cal.next_notice_deadline(calendar, dt.date(2035, 1, 1)).term == dt.date(2036, 2, 29)


def test_bad_durations_and_lines_are_refused() -> None:
    with pytest.raises(FieldError, match="engagement_months"):
        cal.term(dt.date(2026, 1, 1), 0)
    with pytest.raises(FieldError, match="quantity"):
        line(quantity=0)
    with pytest.raises(FieldError, match="quantity"):
        line(quantity=-2)
    with pytest.raises(FieldError, match="monthly_discount"):
        line(monthly_discount=D("101"))
    with pytest.raises(FieldError, match="unit_monthly"):
        line(unit_monthly=D("-1"))


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("1e100", msg("domain.bounds.too_many_digits", digits=15)),
        ("-0.01", msg("domain.money.negative")),
        ("1.234", msg("domain.money.cents")),
        ("abc", msg("domain.money.not_a_number", text="abc")),
        ("NaN", msg("domain.money.not_finite", text="NaN")),
        ("Infinity", msg("domain.money.not_finite", text="Infinity")),
    ],
)
def test_parse_amount_refuses_with_a_field_error(text: str, message: Message) -> None:
    from desktop.domain.money import parse_amount

    with pytest.raises(FieldError) as err:
        parse_amount(text, "monthly_fee")
    assert err.value.field == "monthly_fee"
    assert err.value.message == message


def test_parse_amount_accepts_decimal_comma() -> None:
    from desktop.domain.money import parse_amount

    assert parse_amount("12,5", "x") == D("12.50")
    assert parse_amount(3, "x") == D("3.00")
    with pytest.raises(FieldError):
        parse_amount(1.5, "x")  # a float never enters a money path
