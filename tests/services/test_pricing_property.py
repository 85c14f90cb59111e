"""Property: whatever the lines and the date, a stored offer is priced exactly as the domain
prices it at the cote in force on its date, and reading it back gives the same figures."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.pricing import OfferLine, price_offer
from desktop.domain.views import LineInput
from desktop.services import offers, reference
from tests.db.factories import KNOWN, draft_input, setup
from tests.db.fixtures import new_sqlite_store

BY_CODE = {p.code: p for p in KNOWN}
percent = st.integers(0, 10000).map(lambda cents: Decimal(cents).scaleb(-2))
line = st.builds(LineInput, st.sampled_from(sorted(BY_CODE)), st.integers(1, 500), percent, percent)
day = st.dates(dt.date(2024, 1, 1), dt.date(2027, 12, 31))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(line, min_size=1, max_size=6, unique_by=lambda x: x.product_code), on=day)
def test_stored_offers_price_like_the_domain(
    tmp_path_factory: pytest.TempPathFactory, lines: list[LineInput], on: dt.date
) -> None:
    store = new_sqlite_store(tmp_path_factory.mktemp("prop"))
    try:
        client_id = setup(store)
        offer = offers.create_draft(store, draft_input(client_id, on, lines=tuple(lines)))
        series = reference.index_series(store)
        table = reference.vat_table(store)
        expected = price_offer(
            [
                OfferLine(
                    description=BY_CODE[x.product_code].name,
                    quantity=x.quantity,
                    unit_monthly=BY_CODE[x.product_code].monthly_fee,
                    unit_installation=BY_CODE[x.product_code].installation_fee,
                    installation_indexed=BY_CODE[x.product_code].installation_indexed,
                    vat_rate=table.rate_on(on, BY_CODE[x.product_code].vat_category),
                    monthly_discount=x.monthly_discount,
                    installation_discount=x.installation_discount,
                    code=x.product_code,
                )
                for x in lines
            ],
            series.cote_on(on),
            series.reference,
        )
        again = offers.get_offer(store, offer.id)
        assert again.priced.monthly == expected.monthly
        assert again.priced.installation == expected.installation
        assert [p.installation_ht for p in again.priced.lines] == [p.installation_ht for p in expected.lines]
        (row,) = offers.list_offers(store)
        assert (row.monthly_ht, row.monthly_ttc) == (expected.monthly.ht, expected.monthly.ttc)
        assert (row.installation_ht, row.installation_ttc) == (
            expected.installation.ht,
            expected.installation.ttc,
        )
    finally:
        store.close()
