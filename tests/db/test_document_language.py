"""Migration 0010: a client's preferred language and an offer's document language are one of
fr / de / en (NOT NULL, CHECK), and a signed offer's language is frozen like the rest of it
(SQLite and PostgreSQL)."""

from __future__ import annotations

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError, IntegrityError

from db.models import LANGUAGE_CODES, LANGUAGE_VALUES
from desktop.domain.formatting import LANGUAGES
from desktop.services import offers
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer


def _raw(store: Store, sql: str, **params: object) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


def _language(store: Store, offer_id: int) -> str:
    with store.engine.connect() as connection:
        return str(
            connection.execute(
                text("SELECT document_language FROM offers WHERE id = :id"), {"id": offer_id}
            ).scalar()
        )


def test_the_database_knows_the_documents_languages() -> None:
    assert LANGUAGE_CODES == LANGUAGES
    expected = "(" + ", ".join(f"'{code}'" for code in LANGUAGES) + ")"
    assert expected == LANGUAGE_VALUES


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE offers SET document_language = 'de' WHERE id = :id",
        "UPDATE offers SET document_language = 'en', special_conditions = special_conditions WHERE id = :id",
    ],
)
def test_raw_sql_cannot_change_a_signed_offers_language(store: Store, sql: str) -> None:
    client_id = setup(store)
    offer = signed_offer(store, client_id)
    assert _language(store, offer.id) == "fr"
    with pytest.raises(DBAPIError, match="immutable"):
        _raw(store, sql, id=offer.id)
    assert _language(store, offer.id) == "fr"
    assert offers.get_offer(store, offer.id).document_language == "fr"


def test_a_signed_offer_still_takes_its_lifecycle_steps(store: Store) -> None:
    import datetime as dt

    client_id = setup(store)
    offer = signed_offer(store, client_id)
    activated = offers.record_activation(store, offer.id, dt.date(2026, 4, 1))
    assert activated.document_language == "fr"


def test_a_drafts_language_can_change_but_only_to_a_known_one(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    _raw(store, "UPDATE offers SET document_language = 'en' WHERE id = :id", id=draft.id)
    assert _language(store, draft.id) == "en"
    with pytest.raises(IntegrityError):
        _raw(store, "UPDATE offers SET document_language = 'it' WHERE id = :id", id=draft.id)
    with pytest.raises(IntegrityError):
        _raw(store, "UPDATE offers SET document_language = NULL WHERE id = :id", id=draft.id)
    assert _language(store, draft.id) == "en"


def test_a_clients_language_is_one_of_the_three(store: Store) -> None:
    client_id = setup(store)
    _raw(store, "UPDATE clients SET preferred_language = 'de' WHERE id = :id", id=client_id)
    with pytest.raises(IntegrityError):
        _raw(store, "UPDATE clients SET preferred_language = 'nl' WHERE id = :id", id=client_id)
    with pytest.raises(IntegrityError):
        _raw(store, "UPDATE clients SET preferred_language = NULL WHERE id = :id", id=client_id)
