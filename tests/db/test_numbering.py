"""Offer numbers OF-<year>-<rep code>-<4-digit sequence>: unique, per representative and year."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from desktop.domain.views import RepresentativeInput
from desktop.services import offers, settings
from desktop.services.store import Store
from tests.db.factories import draft_input, setup


def test_numbers_follow_the_pattern_and_count_per_rep_and_year(store: Store) -> None:
    client_id = setup(store, code="JDU")
    made = [offers.create_draft(store, draft_input(client_id)).number for _ in range(3)]
    assert made == ["OF-2026-JDU-0001", "OF-2026-JDU-0002", "OF-2026-JDU-0003"]
    assert all(re.fullmatch(r"OF-\d{4}-[A-Z0-9]{2,8}-\d{4}", n) for n in made)
    next_year = offers.create_draft(store, draft_input(client_id, dt.date(2027, 1, 4)))
    assert next_year.number == "OF-2027-JDU-0001"
    settings.set_representative(store, RepresentativeInput(code="mke", name="Marc Kemp"))
    assert offers.create_draft(store, draft_input(client_id)).number == "OF-2026-MKE-0001"


def test_revisions_keep_the_number_and_duplicates_get_a_new_one(store: Store) -> None:
    client_id = setup(store)
    first = offers.create_draft(store, draft_input(client_id))
    offers.present(store, first.id)
    revised = offers.new_revision(store, first.id, dt.date(2026, 3, 5))
    assert (revised.number, revised.revision) == (first.number, 2)
    copy = offers.duplicate(store, first.id, dt.date(2026, 3, 5))
    assert (copy.number, copy.revision) == ("OF-2026-JDU-0002", 1)


def test_the_database_refuses_a_duplicate_number_and_revision(store: Store) -> None:
    client_id = setup(store)
    offer = offers.create_draft(store, draft_input(client_id))
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO offers (number, revision, status, client_id, representative_id, offer_date,"
                " validity_date, engagement_months, renewal_months, lead_time_days, payment_term_days,"
                " special_conditions, required_documents, cgv_version_id, index_reference, index_applied,"
                " vat_standard_rate, monthly_ht, monthly_ttc, installation_ht, installation_ttc, created_at,"
                " updated_at) SELECT number, revision, status, client_id, representative_id, offer_date,"
                " validity_date, engagement_months, renewal_months, lead_time_days, payment_term_days,"
                " special_conditions, required_documents, cgv_version_id, index_reference, index_applied,"
                " vat_standard_rate, monthly_ht, monthly_ttc, installation_ht, installation_ttc, created_at,"
                " updated_at FROM offers WHERE id = :id"
            ),
            {"id": offer.id},
        )


def test_a_representative_code_is_checked(store: Store) -> None:
    from desktop.domain.errors import FieldError

    with pytest.raises(FieldError) as caught:
        settings.set_representative(store, RepresentativeInput(code="J D", name="X"))
    assert caught.value.field == "code"
