"""One formatting module for screens and documents, in French, German and English.

French is the house style the documents have always used (byte for byte); German and English
follow Babel's CLDR data for Luxembourg (de_LU) and continental-European English (en_150).
The table fast paths (money, date) are compared with Babel's own functions.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from babel.dates import format_date
from babel.numbers import format_currency
from hypothesis import given
from hypothesis import strategies as st

from desktop.domain import formatting as fmt

NNBSP = "\u202f"  # narrow no-break space: the French thousands separator
NBSP = "\u00a0"
D = Decimal
LUX = ZoneInfo("Europe/Luxembourg")
NEW_YORK = ZoneInfo("America/New_York")
# 26/11/2026 13:03:12 UTC is 14:03:12 in Luxembourg (winter time, UTC+01:00).
MOMENT = dt.datetime(2026, 11, 26, 13, 3, 12, tzinfo=dt.UTC)
SUMMER = dt.datetime(2026, 7, 1, 22, 30, 0, tzinfo=dt.UTC)  # 00:30 the next day in Luxembourg

BABEL_LOCALE = {"fr": "fr", "de": "de_LU", "en": "en_150"}  # numbers and money
DATE_LOCALE = {"fr": "fr_LU", "de": "de_LU", "en": "en_150"}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "fr",
            [
                "1\u202f234,56\xa0€",
                "-1\u202f234,56\xa0€",
                "0,00\xa0€",
                "1\u202f234\u202f567\u202f890,50\xa0€",
            ],
        ),
        ("de", ["1.234,56\xa0€", "-1.234,56\xa0€", "0,00\xa0€", "1.234.567.890,50\xa0€"]),
        ("en", ["1,234.56\xa0€", "-1,234.56\xa0€", "0.00\xa0€", "1,234,567,890.50\xa0€"]),
    ],
)
def test_money(lang: str, expected: list[str]) -> None:
    if lang == "fr":  # written above with plain spaces: NNBSP between thousands, NBSP before the euro
        expected = [e[:-2].replace(" ", NNBSP) + NBSP + "€" for e in expected]
    values = [D("1234.56"), D("-1234.56"), D("0"), D("1234567890.5")]
    assert [fmt.money(v, lang) for v in values] == expected
    assert fmt.money(None, lang) == ""
    assert fmt.money(D("999.995"), lang) == fmt.money(D("1000.00"), lang)  # half-even, as Babel
    assert fmt.money(D("7"), lang) == format_currency(D("7"), "EUR", locale=BABEL_LOCALE[lang])


def test_money_french_is_the_house_style_by_default() -> None:
    assert fmt.money(D("1234.56")) == f"1{NNBSP}234,56{NBSP}€"
    assert fmt.money(D("1234567.5")) == f"1{NNBSP}234{NNBSP}567,50{NBSP}€"


@pytest.mark.parametrize("lang", fmt.LANGUAGES)
@given(cents=st.integers(min_value=-(10**14), max_value=10**14))
def test_table_money_path_matches_babel(lang: str, cents: int) -> None:
    amount = Decimal(cents).scaleb(-2)
    assert fmt.money(amount, lang) == format_currency(amount, "EUR", locale=BABEL_LOCALE[lang])


@pytest.mark.parametrize(
    ("lang", "cote", "whole", "large", "negative", "zero"),
    [
        ("fr", "968,04", "1\u202f235", "1\u202f234\u202f567,8900", "-3,50", "0,00"),
        ("de", "968,04", "1.235", "1.234.567,8900", "-3,50", "0,00"),
        ("en", "968.04", "1,235", "1,234,567.8900", "-3.50", "0.00"),
    ],
)
def test_number(lang: str, cote: str, whole: str, large: str, negative: str, zero: str) -> None:
    assert fmt.number(D("968.04"), lang=lang) == cote
    assert fmt.number(D("1234.6"), 0, lang) == whole
    assert fmt.number(D("1234567.89"), 4, lang) == large
    assert fmt.number(D("-3.5"), lang=lang) == negative
    assert fmt.number(D("0"), lang=lang) == zero


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("fr", ["17\xa0%", "12,5\xa0%", "0\xa0%", "-3,25\xa0%", "1\u202f000\xa0%"]),
        ("de", ["17\xa0%", "12,5\xa0%", "0\xa0%", "-3,25\xa0%", "1.000\xa0%"]),
        ("en", ["17%", "12.5%", "0%", "-3.25%", "1,000%"]),
    ],
)
def test_percent(lang: str, expected: list[str]) -> None:
    values = [D("17.00"), D("12.5"), D("0"), D("-3.25"), D("1000")]
    assert [fmt.percent(v, lang) for v in values] == expected


@pytest.mark.parametrize(
    ("lang", "short", "long", "padded"),
    [
        ("fr", "26/11/2026", "26 novembre 2026", "05/01/2027"),
        ("de", "26.11.2026", "26. November 2026", "05.01.2027"),
        ("en", "26/11/2026", "26 November 2026", "05/01/2027"),
    ],
)
def test_dates(lang: str, short: str, long: str, padded: str) -> None:
    day = dt.date(2026, 11, 26)
    assert fmt.date(day, lang) == short
    assert fmt.long_date(day, lang) == long
    assert fmt.date(None, lang) == ""
    assert fmt.date(dt.date(2027, 1, 5), lang) == padded


@pytest.mark.parametrize("lang", fmt.LANGUAGES)
@given(day=st.dates(min_value=dt.date(1, 1, 1), max_value=dt.date(9999, 12, 31)))
def test_table_date_path_matches_babel(lang: str, day: dt.date) -> None:
    length = "medium" if lang == "de" else "short"
    assert fmt.date(day, lang) == format_date(day, length, locale=DATE_LOCALE[lang])


def test_french_date_default_is_the_documents_one() -> None:
    assert fmt.date(dt.date(2026, 3, 1)) == "01/03/2026"
    assert fmt.long_date(dt.date(2026, 3, 1)) == "1 mars 2026"


@pytest.mark.parametrize(
    ("lang", "local", "utc", "new_york"),
    [
        (
            "fr",
            "26/11/2026 à 14:03:12 (heure de Luxembourg, UTC+01:00)",
            "26/11/2026 à 13:03:12 UTC",
            "26/11/2026 à 08:03:12 (heure de New York, UTC-05:00)",
        ),
        (
            "de",
            "26.11.2026 um 14:03:12 (Ortszeit Luxemburg, UTC+01:00)",
            "26.11.2026 um 13:03:12 UTC",
            "26.11.2026 um 08:03:12 (Ortszeit New York, UTC-05:00)",
        ),
        (
            "en",
            "26/11/2026 at 14:03:12 (Luxembourg time, UTC+01:00)",
            "26/11/2026 at 13:03:12 UTC",
            "26/11/2026 at 08:03:12 (New York time, UTC-05:00)",
        ),
    ],
)
def test_times(lang: str, local: str, utc: str, new_york: str) -> None:
    assert fmt.time_local(MOMENT, LUX, lang) == local
    assert fmt.time_utc(MOMENT, lang) == utc
    assert fmt.time_local(MOMENT, NEW_YORK, lang) == new_york
    assert fmt.hour_minute(MOMENT, LUX, lang) == "14:03"
    # Summer time, and the day changes at the zone's midnight, not UTC's.
    assert fmt.hour_minute(SUMMER, LUX, lang) == "00:30"
    assert fmt.time_local(SUMMER, LUX, lang).startswith(fmt.date(dt.date(2026, 7, 2), lang))
    assert "UTC+02:00" in fmt.time_local(SUMMER, LUX, lang)


def test_a_naive_moment_is_refused() -> None:
    with pytest.raises(ValueError, match="time zone"):
        fmt.time_local(dt.datetime(2026, 11, 26, 14, 3), LUX)
    with pytest.raises(ValueError, match="time zone"):
        fmt.time_utc(dt.datetime(2026, 11, 26, 14, 3))


@pytest.mark.parametrize(
    ("lang", "months", "days"),
    [
        (
            "fr",
            ["0\xa0mois", "1\xa0mois", "3\xa0mois", "36\xa0mois", "1\u202f200\xa0mois"],
            ["1\xa0jour", "2\xa0jours"],
        ),
        ("de", ["0 Monate", "1 Monat", "3 Monate", "36 Monate", "1.200 Monate"], ["1 Tag", "2 Tage"]),
        ("en", ["0 months", "1 month", "3 months", "36 months", "1,200 months"], ["1 day", "2 days"]),
    ],
)
def test_durations_have_real_plurals(lang: str, months: list[str], days: list[str]) -> None:
    if lang == "fr":  # written above with plain spaces: French has NNBSP in numbers, NBSP before the unit
        months = [m.replace(" ", NNBSP, 1) if m.count(" ") == 2 else m for m in months]
        months, days = ([t.replace(" ", NBSP) for t in ts] for ts in (months, days))
    assert [fmt.months(n, lang) for n in (0, 1, 3, 36, 1200)] == months
    assert [fmt.days(n, lang) for n in (1, 2)] == days


def test_french_days_follow_cldr_plural_rules() -> None:
    # CLDR's French "one" covers 0 and 1 ("0 jour"), as the documents always wrote it.
    assert fmt.days(0) == "0\xa0jour"
    assert fmt.days(30) == "30\xa0jours"


@pytest.mark.parametrize("call", [fmt.money, fmt.percent, fmt.date, fmt.long_date, fmt.months, fmt.days])
def test_an_unknown_language_is_refused(call: object) -> None:
    value = {
        fmt.money: D("1"),
        fmt.percent: D("1"),
        fmt.date: dt.date(2026, 1, 1),
        fmt.long_date: dt.date(2026, 1, 1),
    }
    with pytest.raises(ValueError, match="unsupported language 'lb'"):
        call(value.get(call, 3), "lb")  # type: ignore[operator]
