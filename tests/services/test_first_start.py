"""First start loads the reference data from resources/ and the seller's identity, once."""

from __future__ import annotations

import datetime as dt
import hashlib
from decimal import Decimal
from pathlib import Path

from desktop.paths import resource
from desktop.services import reference, settings
from desktop.services.seed import seed_first_start
from desktop.services.store import Store


def test_reference_data_and_seller_identity(store: Store) -> None:
    (cgv,) = reference.cgv_versions(store)
    text = resource("cgv", "cgv-2023-09-01.txt").read_text(encoding="utf-8")
    assert cgv.effective_date == dt.date(2023, 9, 1)
    assert cgv.text == text
    assert cgv.sha256 == hashlib.sha256(text.encode("utf-8")).hexdigest()
    if Path(resource("cgv", "cgv-2023-09-01.json")).exists():
        assert cgv.structure is not None
        assert cgv.structure["articles"]
    series = reference.index_series(store)
    assert series.reference == Decimal("944.43")
    assert series.cote_on(dt.date(2025, 5, 1)) == Decimal("968.04")
    assert series.cote_on(dt.date(2025, 4, 30)) == Decimal("944.43")
    table = reference.vat_table(store)
    assert table.rate_on(dt.date(2023, 6, 1)) == Decimal(16)
    assert table.rate_on(dt.date(2026, 6, 1)) == Decimal(17)
    company = settings.get_company(store)
    assert company is not None
    assert (company.legal_name, company.address_line1, company.postcode, company.rcs) == (
        "cegecom s.a.",
        "3, rue Jean Piret",
        "L-2350",
        "B65734",
    )


def test_seeding_again_changes_nothing(store: Store) -> None:
    reference.set_index_point(store, dt.date(2026, 1, 1), Decimal("992.24"))
    before = reference.index_series(store)
    seed_first_start(store)
    assert reference.index_series(store) == before
    assert len(reference.cgv_versions(store)) == 1
