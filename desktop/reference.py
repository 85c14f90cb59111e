"""Reference data shipped in resources/: the STATEC series and the VAT table.

Kept as data the back office updates (never code); parsed into domain value objects.
Only json, decimal and datetime are imported so headless commands stay fast.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.domain.errors import DomainError
from desktop.domain.indexation import IndexSeries
from desktop.domain.vat import VatTable
from desktop.paths import resource


def _load(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def series_from_json(data: Any) -> IndexSeries:
    try:
        return IndexSeries.of(
            Decimal(data["reference"]),
            [(dt.date.fromisoformat(p["from"]), Decimal(p["value"])) for p in data["series"]],
        )
    except (KeyError, TypeError, ArithmeticError, ValueError) as exc:
        raise DomainError(f"malformed STATEC series: {exc}") from exc


def load_statec_series(path: Path | None = None) -> IndexSeries:
    return series_from_json(_load(path or resource("statec.json")))


def load_vat_table(path: Path | None = None) -> VatTable:
    data = _load(path or resource("vat.json"))
    return VatTable.from_rows(data["periods"])
