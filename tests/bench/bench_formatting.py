"""Formatting figures (issues 11 and 13): the table money path vs Babel's format_currency, and
the table date path vs format_date, per language, on the same values in the same process.

A table of 1,000 offers shows several amounts a row; what one call costs decides whether a
large table fills at once. Both sides format the same 2,000 whole-cent amounts (negative,
zero, millions) interleaved over several rounds; the median round is reported.

Run: `.venv/bin/python -m tests.bench formatting` (or `make bench`).
"""

from __future__ import annotations

import datetime as dt
import random
import statistics
import time
from collections.abc import Callable
from decimal import Decimal
from functools import partial
from typing import Any

from babel.dates import format_date
from babel.numbers import format_currency

from desktop.domain import formatting as fmt

ROUNDS = 5
VALUES = 2_000
NUMBER_LOCALE = {"fr": "fr", "de": "de_LU", "en": "en_150"}
DATE_LOCALE = {"fr": ("fr_LU", "short"), "de": ("de_LU", "medium"), "en": ("en_150", "short")}


def _per_call_us(call: Callable[[Any], str], values: list[object]) -> float:
    started = time.perf_counter()
    for value in values:
        call(value)
    return (time.perf_counter() - started) / len(values) * 1e6


def _compare(
    fast: Callable[[Any], str], babel: Callable[[Any], str], values: list[object]
) -> tuple[float, float]:
    fast(values[0]), babel(values[0])  # caches (locale data, parsed patterns) warm on both sides
    fasts, babels = [], []
    for _ in range(ROUNDS):
        fasts.append(_per_call_us(fast, values))
        babels.append(_per_call_us(babel, values))
    return statistics.median(fasts), statistics.median(babels)


def run() -> list[str]:
    rng = random.Random(13)
    amounts: list[object] = [Decimal(rng.randint(-(10**9), 10**9)).scaleb(-2) for _ in range(VALUES)]
    days: list[object] = [
        dt.date(2020, 1, 1) + dt.timedelta(days=rng.randint(0, 3650)) for _ in range(VALUES)
    ]
    lines = []
    for lang in fmt.LANGUAGES:
        fast, babel = _compare(
            partial(fmt.money, lang=lang),
            partial(format_currency, currency="EUR", locale=NUMBER_LOCALE[lang]),
            amounts,
        )
        lines.append(
            f"money {lang}: table path {fast:.1f} µs/call, Babel format_currency {babel:.1f} µs/call "
            f"({babel / fast:.1f}× faster)"
        )
        date_locale, length = DATE_LOCALE[lang]
        fast, babel = _compare(
            partial(fmt.date, lang=lang), partial(format_date, format=length, locale=date_locale), days
        )
        lines.append(
            f"date {lang}: table path {fast:.1f} µs/call, Babel format_date {babel:.1f} µs/call "
            f"({babel / fast:.1f}× faster)"
        )
    return lines
