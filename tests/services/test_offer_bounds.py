"""Saving an offer keeps to the bounds of a real offer (issue 9): a FieldError, nothing written."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.views import LineInput
from desktop.services import offers
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"engagement_months": 121}, "engagement_months"),
        ({"engagement_months": 1_000_000}, "engagement_months"),
        ({"renewal_months": 121}, "renewal_months"),
        ({"renewal_months": 0}, "renewal_months"),
        ({"offer_date": dt.date(1989, 12, 31)}, "offer_date"),
        ({"offer_date": dt.date(2201, 1, 1)}, "offer_date"),
        ({"validity_date": dt.date(9999, 12, 1)}, "validity_date"),
        ({"lines": (LineInput("FIB", 100_001),)}, "lines[0].quantity"),
        ({"lines": (LineInput("FIB", 10**39),)}, "lines[0].quantity"),
        # 100,000 x 629.62 indexed: a line of 64 M EUR of installation
        ({"lines": (LineInput("IP", 100_000),)}, "lines[0]"),
    ],
)
def test_a_draft_outside_the_bounds_is_refused_and_not_saved(store: Store, change: dict, field: str) -> None:
    client_id = setup(store)
    with pytest.raises(FieldError) as err:
        offers.create_draft(store, dataclasses.replace(draft_input(client_id), **change))
    assert err.value.field == field
    assert offers.list_offers(store) == []
    kept = offers.create_draft(store, draft_input(client_id))
    with pytest.raises(FieldError):
        offers.update_draft(store, kept.id, dataclasses.replace(draft_input(client_id), **change))
    assert offers.get_offer(store, kept.id) == kept


def test_the_bounds_themselves_are_accepted(store: Store) -> None:
    client_id = setup(store)
    edge = dataclasses.replace(draft_input(client_id), renewal_months=120, lines=(LineInput("TV", 100_000),))
    made = offers.create_draft(store, edge)  # 2 M EUR a month: within 10 M
    assert made.lines[0].quantity == 100_000


def test_activation_after_2200_is_refused(store: Store) -> None:
    signed = signed_offer(store, setup(store))
    with pytest.raises(FieldError) as err:
        offers.record_activation(store, signed.id, dt.date(9999, 12, 1))
    assert err.value.field == "activation_date"
    assert offers.get_offer(store, signed.id).activation_date is None
