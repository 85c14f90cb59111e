"""`offerdesk quote SPEC.json`: the contract of issue 2, driven as a user would."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop.cli import main

SPEC: dict[str, Any] = {
    "offer_date": "2026-11-26",
    "engagement_months": 36,
    "activation_date": "2026-03-15",
    "termination_date": "2027-06-10",
    "lines": [
        {
            "description": "Fibre 1 Gbit/s",
            "quantity": 2,
            "monthly_fee": "129.00",
            "installation_fee": "629.62",
            "installation_indexed": True,
            "discount_percent": "10",
        },
        {
            "description": "TV professionnelle",
            "quantity": 1,
            "monthly_fee": "10.00",
            "installation_fee": "100.00",
            "installation_indexed": True,
            "vat_rate": "3",
            "installation_discount_percent": "100",
        },
    ],
}


def run_quote(tmp_path: Path, spec: Any, capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    path = tmp_path / "spec.json"
    path.write_text(spec if isinstance(spec, str) else json.dumps(spec), encoding="utf-8")
    code = main(["quote", str(path)])
    out, err = capsys.readouterr()
    return code, out, err


def test_quote_computes_every_figure(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_quote(tmp_path, SPEC, capsys)
    assert code == 0, err
    result = json.loads(out)
    assert result["index"] == {"reference": "944.43", "applied": "968.04"}
    fibre, tv = result["lines"]
    assert fibre["monthly_unit_ht"] == "129.00"
    assert fibre["installation_unit_ht"] == "645.36"
    assert fibre["monthly_ht"] == "232.20"
    assert fibre["installation_ht"] == "1290.72"
    assert tv["installation_unit_ht"] == "102.50"
    assert tv["installation_ht"] == "0.00"
    assert result["monthly"]["ht"] == "242.20"
    assert result["monthly"]["vat"] == "39.77"  # 39.474 -> 39.47 at 17 %, 0.30 at 3 %
    assert result["monthly"]["ttc"] == "281.97"
    assert result["installation"] == {
        "ht": "1290.72",
        "vat": "219.42",
        "ttc": "1510.14",
        "by_rate": [
            {"rate": "17", "ht": "1290.72", "vat": "219.42"},
            {"rate": "3", "ht": "0.00", "vat": "0.00"},
        ],
    }
    calendar = result["calendar"]
    assert calendar["term"] == "2029-03-31"
    assert calendar["notice_deadline"] == "2028-12-31"
    assert calendar["renewals"][0] == {"term": "2030-03-31", "notice_deadline": "2029-12-31"}
    assert len(calendar["renewals"]) == 3
    # 242.20 x 17 / 31 = 132.819... -> 132.82
    assert calendar["first_invoice_prorata_ht"] == "132.82"
    assert calendar["total_contract_value_ht"] == "10142.74"  # 1290.72 + 132.82 + 36 x 242.20
    assert calendar["early_termination_fees_ht"] == "5086.20"  # 21 x 242.20


def test_default_vat_rate_is_the_standard_rate_on_the_offer_date(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = {**SPEC, "offer_date": "2023-06-01", "lines": [SPEC["lines"][0]]}
    code, out, _ = run_quote(tmp_path, spec, capsys)
    result = json.loads(out)
    assert code == 0
    assert result["lines"][0]["vat_rate"] == "16"
    assert result["index"]["applied"] == "921.40"


def test_explicit_index_series_and_renewal(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = {
        **SPEC,
        "renewal_months": 24,
        "index": {"reference": "944.43", "series": [{"from": "2026-01-01", "value": "992.24"}]},
    }
    code, out, _ = run_quote(tmp_path, spec, capsys)
    result = json.loads(out)
    assert code == 0
    assert result["index"]["applied"] == "992.24"
    assert result["lines"][0]["installation_unit_ht"] == "661.50"  # 661.4933.. rounded up
    assert result["calendar"]["renewals"][0]["term"] == "2031-03-31"


def test_without_activation_the_rule_not_dates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = {k: v for k, v in SPEC.items() if k not in ("activation_date", "termination_date")}
    code, out, _ = run_quote(tmp_path, spec, capsys)
    result = json.loads(out)
    assert code == 0
    assert "calendar" not in result
    assert "36 months" in result["calendar_rule"]


def _mutate(path: str, value: Any) -> dict[str, Any]:
    spec = json.loads(json.dumps(SPEC))
    target: Any = spec
    keys: list[Any] = [int(k) if k.isdigit() else k for k in path.split(".")]
    for key in keys[:-1]:
        target = target[key]
    if value is KeyError:
        del target[keys[-1]]
    else:
        target[keys[-1]] = value
    return spec


@pytest.mark.parametrize(
    ("path", "value", "field"),
    [
        ("offer_date", KeyError, "offer_date"),
        ("offer_date", "2026-02-30", "offer_date"),
        ("offer_date", 20261126, "offer_date"),
        ("engagement_months", 0, "engagement_months"),
        ("engagement_months", "36", "engagement_months"),
        ("renewal_months", -12, "renewal_months"),
        ("activation_date", "tomorrow", "activation_date"),
        ("lines.0.quantity", 0, "lines[0].quantity"),
        ("lines.0.quantity", -3, "lines[0].quantity"),
        ("lines.0.quantity", 1.5, "lines[0].quantity"),
        ("lines.1.monthly_fee", "abc", "lines[1].monthly_fee"),
        ("lines.1.monthly_fee", 10.5, "lines[1].monthly_fee"),
        ("lines.1.monthly_fee", "-1.00", "lines[1].monthly_fee"),
        ("lines.1.installation_fee", KeyError, "lines[1].installation_fee"),
        ("lines.0.installation_indexed", "yes", "lines[0].installation_indexed"),
        ("lines.0.discount_percent", "120", "lines[0].discount_percent"),
        ("lines.1.vat_rate", "x", "lines[1].vat_rate"),
        ("lines.0.description", "", "lines[0].description"),
        ("lines", [], "lines"),
        ("index", {"reference": "944.43", "series": []}, "index.series"),
    ],
)
def test_bad_input_exits_2_with_one_line_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], path: str, value: Any, field: str
) -> None:
    code, out, err = run_quote(tmp_path, _mutate(path, value), capsys)
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert field in err
    assert "Traceback" not in err


def test_a_field_error_is_french_and_keeps_the_json_key(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run_quote(tmp_path, _mutate("lines.0.quantity", 0), capsys)
    assert code == 2
    assert err.strip() == (  # 100 000 grouped as every French number is: a narrow no-break space
        "offerdesk: spécification invalide : lines[0].quantity: "
        "doit être un nombre entier entre 1 et 100\u202f000"
    )


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", "null"])
def test_malformed_file_is_a_clear_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    code, _, err = run_quote(tmp_path, content, capsys)
    assert code == 2
    assert len(err.strip().splitlines()) == 1


def test_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["quote", str(tmp_path / "nope.json")]) == 2
    assert "impossible de lire" in (err := capsys.readouterr().err)
    assert "nope.json : le fichier ou le dossier n'existe pas" in err


def test_console_script_runs_without_heavy_imports(tmp_path: Path) -> None:
    """The quote path must not load Qt, SQLAlchemy or ReportLab (start-up speed)."""
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    probe = (
        "import sys, io, contextlib\n"
        "from desktop.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    code = main(['quote', {str(spec)!r}])\n"
        "mods = ('PySide6', 'sqlalchemy', 'reportlab', 'pyhanko', 'stdnum', 'babel', 'argparse')\n"
        "heavy = [m for m in mods if m in sys.modules]\n"
        "print(code, heavy)\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "0 []"


def test_python_dash_m_desktop_is_the_same_command(tmp_path: Path) -> None:
    spec = tmp_path / "spec.json"
    spec.write_text(json.dumps(SPEC), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "desktop", "quote", str(spec)], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["monthly"]["ttc"] == "281.97"
    bad = subprocess.run(
        [sys.executable, "-m", "desktop", "quote", "-"],
        input='{"offer_date": "2026-11-26"}',
        capture_output=True,
        text=True,
        check=False,
    )
    assert bad.returncode == 2
    assert bad.stderr.strip() == (
        "offerdesk: spécification invalide : engagement_months: clé manquante dans la spécification JSON"
    )


def test_options_and_wrong_counts_still_get_argparse_messages(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main(["quote", "a.json", "b.json"])
    assert done.value.code == 2
    assert "arguments non reconnus : b.json" in capsys.readouterr().err  # argparse's words, in French
    with pytest.raises(SystemExit) as done:
        main(["quote", "--help"])
    assert done.value.code == 0
    assert "SPEC.json" in capsys.readouterr().out
