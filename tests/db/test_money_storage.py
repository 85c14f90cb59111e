"""Money columns are Numeric(12, 2): every amount in whole cents up to 9,999,999,999.99 comes
back as the exact same Decimal (on SQLite, whose NUMERIC affinity stores a double, too)."""

from __future__ import annotations

import random
from decimal import Decimal

from desktop.services import catalogue
from desktop.services.store import Store
from tests.db.factories import product


def test_amounts_round_trip_exactly(store: Store) -> None:
    rng = random.Random(20260301)
    edges = [
        "0.00",
        "0.01",
        "0.10",
        "0.07",
        "1.005"[:4],
        "123.45",
        "629.62",
        "1234567890.12",
        "9999999999.99",
    ]
    amounts = [Decimal(e) for e in edges]
    amounts += [Decimal(rng.randrange(0, 10**12)).scaleb(-2) for _ in range(300)]
    rows = [product(f"P{i}", f"{a}", f"{a}") for i, a in enumerate(amounts)]
    catalogue.import_rows(store, rows, "money.csv", "9" * 64)
    stored = {
        p.code: (p.monthly_fee, p.installation_fee) for p in catalogue.search_products(store, limit=1000)
    }
    for i, amount in enumerate(amounts):
        monthly, installation = stored[f"P{i}"]
        assert monthly == amount, (amount, monthly)
        assert installation == amount
        assert isinstance(monthly, Decimal)
        assert monthly.as_tuple().exponent == -2
