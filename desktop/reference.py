"""Reference data shipped in resources/: the STATEC series and the VAT table.

Kept as data the back office updates (never code); parsed into domain value objects.
Only json, decimal and datetime are imported so headless commands stay fast.
"""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal

from desktop.domain.errors import DomainError
from desktop.domain.indexation import IndexSeries
from desktop.domain.messages import msg
from desktop.domain.vat import VatTable
from desktop.paths import resource_file

TYPE_CHECKING = False  # typing itself costs start-up time on the quote path
if TYPE_CHECKING:
    from typing import Any


def _load(path: str) -> Any:
    with open(path, encoding="utf-8") as handle:
        return json.load(handle)


def series_from_json(data: Any) -> IndexSeries:
    try:
        return IndexSeries.of(
            Decimal(data["reference"]),
            [(dt.date.fromisoformat(p["from"]), Decimal(p["value"])) for p in data["series"]],
        )
    except (KeyError, TypeError, ArithmeticError, ValueError) as exc:
        detail = exc.message if isinstance(exc, DomainError) else str(exc)
        raise DomainError(msg("catalogue.index.bundled_malformed", detail=detail)) from exc


def load_statec_series(path: str | None = None) -> IndexSeries:
    return series_from_json(_load(path or resource_file("statec.json")))


def load_vat_table(path: str | None = None) -> VatTable:
    data = _load(path or resource_file("vat.json"))
    return VatTable.from_rows(data["periods"])
