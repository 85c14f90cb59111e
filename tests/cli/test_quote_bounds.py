"""`offerdesk quote` within the bounds of a real offer (issue 9): exit 0 or 2, never a traceback.

Hypothesis drives the command's entry function in-process (arbitrary JSON-ish specs, specs
with one field replaced by anything, the listed hostile values); a handful of real
subprocess runs check the same cases end to end.
"""

from __future__ import annotations

import contextlib
import copy
import io
import json
import os
import subprocess
import sys
from decimal import Decimal
from types import SimpleNamespace
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.commands import quote

FUZZ = settings(
    max_examples=int(os.environ.get("OFFERDESK_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)

BASE: dict[str, Any] = {
    "offer_date": "2026-03-02",
    "engagement_months": 36,
    "activation_date": "2026-03-15",
    "termination_date": "2027-06-10",
    "lines": [
        {
            "description": "Fibre",
            "quantity": 2,
            "monthly_fee": "89.00",
            "installation_fee": "629.62",
            "installation_indexed": True,
            "discount_percent": "10",
        }
    ],
}


def _spec(**changes: Any) -> dict[str, Any]:
    spec = copy.deepcopy(BASE)
    for key, value in changes.items():
        if key.startswith("line_"):
            spec["lines"][0][key[5:]] = value
        else:
            spec[key] = value
    return spec


# (case, spec text, the field the one error line must name)
HOSTILE = [
    ("engagement 1000000", json.dumps(_spec(engagement_months=1_000_000)), "engagement_months"),
    ("renewal 121", json.dumps(_spec(renewal_months=121)), "renewal_months"),
    ("activation 9999-12-01", json.dumps(_spec(activation_date="9999-12-01")), "activation_date"),
    ("offer date 1989", json.dumps(_spec(offer_date="1989-12-31")), "offer_date"),
    ("quantity 10^400", json.dumps(_spec(line_quantity=10**400)), "lines[0].quantity"),
    ("quantity 10^39", json.dumps(_spec(line_quantity=10**39)), "lines[0].quantity"),
    ("quantity 100001", json.dumps(_spec(line_quantity=100_001)), "lines[0].quantity"),
    (
        "index 1e999",
        json.dumps(
            _spec(index={"reference": "944.43", "series": [{"from": "2020-01-01", "value": "1e999"}]})
        ),
        "index.series[0].value",
    ),
    ("fee 10,000,000.01", json.dumps(_spec(line_monthly_fee="10000000.01")), "lines[0].monthly_fee"),
    ("line over 10M", json.dumps(_spec(line_monthly_fee="9000000", line_quantity=2)), "lines[0]"),
    ("full-width digits", json.dumps(_spec(line_monthly_fee="８９.００")), "lines[0].monthly_fee"),
    ("Arabic-Indic digits", json.dumps(_spec(line_monthly_fee="٨٩")), "lines[0].monthly_fee"),
    ("full-width date", json.dumps(_spec(offer_date="２０２６-03-02")), "offer_date"),
    ("lone surrogate", json.dumps(_spec(line_description="Fibre \ud800")), "lines[0].description"),
    ("300 decimals", json.dumps(_spec(line_discount_percent="1." + "0" * 300 + "1")), "discount_percent"),
    ("30k-deep JSON", "[" * 30_000 + "]" * 30_000, "JSON"),
    ("5,000-digit integer", '{"engagement_months": ' + "9" * 5000 + "}", "chiffres"),
]


def run_quote(text: str) -> tuple[int, str, str]:
    """The command's entry function on `text` as standard input: (exit code, stdout, stderr)."""
    out, err = io.StringIO(), io.StringIO()
    stdin = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = quote.run(SimpleNamespace(spec="-"))
    finally:
        sys.stdin = stdin
    return code, out.getvalue(), err.getvalue()


def assert_clean(code: int, out: str, err: str) -> None:
    assert code in (0, 2), (code, err)
    assert "Traceback" not in err
    assert "erreur interne" not in err
    if code == 0:
        assert err == ""
        json.loads(out)  # what it prints is JSON, encodable to UTF-8
        out.encode("utf-8")
    else:
        assert out == ""
        assert err.count("\n") == 1, err
        assert err.startswith("offerdesk: "), err


@pytest.mark.parametrize(("case", "text", "field"), HOSTILE, ids=[c for c, _, _ in HOSTILE])
def test_each_bound_is_a_field_level_error(case: str, text: str, field: str) -> None:
    code, out, err = run_quote(text)
    assert_clean(code, out, err)
    assert code == 2, case
    assert field in err, err


def test_the_largest_real_offer_still_prices() -> None:
    spec = _spec(
        engagement_months=120,
        renewal_months=120,
        offer_date="2200-01-01",
        activation_date="2200-06-15",
        termination_date="2200-12-31",
        line_quantity=1,
        line_monthly_fee="10000000.00",
        line_discount_percent="0",
        line_installation_indexed=False,
    )
    spec["index"] = {"reference": "944.43", "series": [{"from": "1990-01-01", "value": "944.43"}]}
    code, out, err = run_quote(json.dumps(spec))
    assert (code, err) == (0, "")
    assert json.loads(out)["monthly"]["ht"] == "10000000.00"


JSONISH = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**45), max_value=10**45)
    | st.integers().map(lambda n: n * 10**400)
    | st.floats(allow_nan=True, allow_infinity=True)
    | st.text()
    | st.sampled_from(["1e999", "NaN", "-0", "٣", "１", "2026-02-30", "9999-12-01", "0001-01-01", "\ud800"]),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)
FIELDS = [
    "offer_date", "engagement_months", "renewal_months", "activation_date", "termination_date", "index",
    "lines", "line_description", "line_quantity", "line_monthly_fee", "line_installation_fee",
    "line_installation_indexed", "line_discount_percent", "line_installation_discount_percent",
    "line_vat_rate",
]  # fmt: skip


@FUZZ
@given(JSONISH)
def test_any_json_value_exits_0_or_2(value: Any) -> None:
    assert_clean(*run_quote(json.dumps(value)))


@FUZZ
@given(st.sampled_from(FIELDS), JSONISH)
def test_a_spec_with_any_one_field_exits_0_or_2(field: str, value: Any) -> None:
    assert_clean(*run_quote(json.dumps(_spec(**{field: value}))))


@FUZZ
@given(
    st.integers(min_value=-5, max_value=200_000),
    st.integers(min_value=-5, max_value=200),
    st.dates(),
    st.decimals(allow_nan=False, allow_infinity=False, places=2, min_value=0, max_value=10**8),
)
def test_numbers_and_dates_around_the_bounds_exit_0_or_2(
    quantity: int, months: int, day: Any, fee: Any
) -> None:
    spec = _spec(
        line_quantity=quantity,
        engagement_months=months,
        activation_date=day.isoformat(),
        line_monthly_fee=str(fee),
        line_installation_fee="0",
    )
    spec.pop("termination_date")
    code, out, err = run_quote(json.dumps(spec))
    assert_clean(code, out, err)
    line_ht = fee * quantity * Decimal("0.9")  # BASE's 10 % discount
    real = (
        1 <= quantity <= 100_000
        and 1 <= months <= 120
        and 1990 <= day.year <= 2200
        and fee <= 10**7
        and line_ht <= 10**7
    )
    assert (code == 0) == real, err


@pytest.mark.parametrize(
    ("case", "text", "field"),
    [
        h
        for h in HOSTILE
        if h[0] in ("engagement 1000000", "quantity 10^400", "lone surrogate", "30k-deep JSON")
    ]
    + [HOSTILE[7], HOSTILE[10]],
    ids=lambda v: v if isinstance(v, str) and len(v) < 30 else "",
)
def test_the_real_command_in_a_process(case: str, text: str, field: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "quote", "-"],
        input=text.encode("utf-8", "surrogatepass"),
        capture_output=True,
        timeout=60,
        check=False,
    )
    err = done.stderr.decode("utf-8", "replace")
    assert done.returncode == 2, (case, err)
    assert done.stdout == b""
    assert "Traceback" not in err
    assert err.count("\n") == 1, err
    assert field in err, err
