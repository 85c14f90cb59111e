"""Issue 9 D: saving an offer that another program changed meanwhile is a conflict, never an
overwrite (version column, migration 0005). Two stores on one database, SQLite and PostgreSQL."""

from __future__ import annotations

import dataclasses

import pytest

from db.models import Offer
from desktop.domain.views import LineInput
from desktop.services import offers
from desktop.services.errors import OfferConflictError
from desktop.services.store import Store, open_store
from tests.db.factories import draft_input, setup


def _second(store: Store) -> Store:
    return open_store(store.url, backup=False, seed=False)


def test_a_save_from_an_older_version_is_refused_and_the_other_change_kept(store: Store) -> None:
    client_id = setup(store)
    created = offers.create_draft(store, draft_input(client_id))
    other = _second(store)
    try:
        # both programs have the offer open at the same version
        mine = offers.get_offer(store, created.id)
        theirs = offers.get_offer(other, created.id)
        assert mine.version == theirs.version == created.version
        # the other one adds a line and saves first
        added = draft_input(client_id, lines=(*draft_input(client_id).lines, LineInput("FIB", 3)))
        saved = offers.update_draft(
            other, created.id, dataclasses.replace(added, expected_version=theirs.version)
        )
        assert saved.version > theirs.version
        assert len(saved.lines) == 4
        # this one saves its own version, made from the older one: refused, not an overwrite
        mine_data = draft_input(client_id, special_conditions="Remise accordée par téléphone")
        with pytest.raises(OfferConflictError) as conflict:
            offers.update_draft(
                store, created.id, dataclasses.replace(mine_data, expected_version=mine.version)
            )
        assert conflict.value.message.id == "offers.conflict.named"
        assert conflict.value.message.params == {"number": created.number, "revision": 1}
        stored = offers.get_offer(store, created.id)
        assert len(stored.lines) == 4
        assert stored.special_conditions == ""
        assert stored.version == saved.version
        # saved again from the current version, it goes through and bumps the version
        again = offers.update_draft(
            store, created.id, dataclasses.replace(mine_data, expected_version=stored.version)
        )
        assert again.version > stored.version
        assert again.special_conditions == "Remise accordée par téléphone"
    finally:
        other.close()


def test_every_change_of_the_offer_bumps_its_version(store: Store) -> None:
    client_id = setup(store)
    created = offers.create_draft(store, draft_input(client_id))
    assert created.version == 1
    repriced = offers.reprice(store, created.id)
    presented = offers.present(store, created.id)
    assert created.version < repriced.version < presented.version


def _save_after_another(store: Store, other: Store, offer_id: int, client_id: int) -> None:
    with store.session() as session:
        offer = session.get(Offer, offer_id)
        assert offer is not None
        offers.update_draft(other, offer_id, draft_input(client_id, special_conditions="autre poste"))
        offer.special_conditions = "ce poste"
        session.flush()


@pytest.mark.postgres
def test_a_concurrent_save_between_read_and_write_is_refused_on_postgresql(pg_store: Store) -> None:
    """On PostgreSQL two transactions can read the same version; the UPDATE ... WHERE
    version = v of the later one then matches nothing: a conflict, not a lost update."""
    client_id = setup(pg_store)
    created = offers.create_draft(pg_store, draft_input(client_id))
    other = _second(pg_store)
    try:
        with pytest.raises(OfferConflictError):
            _save_after_another(pg_store, other, created.id, client_id)
        assert offers.get_offer(pg_store, created.id).special_conditions == "autre poste"
    finally:
        other.close()
