"""Search that finds (issue 10): any part of a name, number, VAT, RCS or city, on both engines.

Every test runs on SQLite (FTS5 trigram) and on PostgreSQL (pg_trgm), through the services.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from sqlalchemy import text

from db.search import rebuild, refresh
from desktop.domain.search_text import document, fold, query_words
from desktop.domain.views import ClientInput, SiteInput
from desktop.services import clients, offers
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer

OEUVRE = ClientInput(legal_name="Œuvre Sociale de Diekirch ASBL", city="Diekirch", rcs="F1234")
SCHMIT_CAPS = ClientInput(legal_name="GARAGE SCHMIT", city="Ettelbruck")


def _ids(rows: list[object]) -> list[int]:
    return [r.id for r in rows]  # type: ignore[attr-defined]


def _client_ids(store: Store, query: str) -> list[int]:
    return [c.id for c in clients.search_clients(store, query)]


def test_fold_ignores_case_accents_ligatures_and_punctuation() -> None:
    assert fold("Œuvre") == fold("oeuvre") == "oeuvre"
    assert fold("SCHMIT") == fold("schmit")
    assert fold("s.à r.l.") == fold("SARL") == fold("S.à r.l.") == "sarl"
    assert fold("Straße Æther") == "strasseaether"
    assert fold("OF-2026-JDU-0001") == "of2026jdu0001"
    assert document("Boulangerie Schmit", "", "LU 1502-7442") == "boulangerieschmit lu15027442"
    assert query_words("  Schmit  schmit SARL ") == ["schmit", "sarl"]
    assert query_words("- …") == []


def test_offers_are_found_by_any_part_of_name_number_vat_rcs_city(store: Store) -> None:
    client_id = setup(store)  # Boulangerie Schmit s.à r.l., LU15027442, B12345, Luxembourg
    first = offers.create_draft(store, draft_input(client_id))
    oeuvre = clients.create_client(store, OEUVRE)
    garage = clients.create_client(store, SCHMIT_CAPS)
    by_oeuvre = offers.create_draft(store, draft_input(oeuvre.id, dt.date(2026, 3, 4)))
    by_garage = offers.create_draft(store, draft_input(garage.id, dt.date(2026, 3, 5)))
    assert first.number.endswith("-0001")
    assert _ids(offers.list_offers(store, search="Schmit")) == [by_garage.id, first.id]
    assert _ids(offers.list_offers(store, search="schmit")) == [by_garage.id, first.id]
    assert _ids(offers.list_offers(store, search="0001")) == [first.id]
    assert _ids(offers.list_offers(store, search=first.number.lower())) == [first.id]
    assert _ids(offers.list_offers(store, search="2026-JDU-0001")) == [first.id]
    assert _ids(offers.list_offers(store, search="oeuvre")) == [by_oeuvre.id]
    assert _ids(offers.list_offers(store, search="ŒUVRE")) == [by_oeuvre.id]
    assert _ids(offers.list_offers(store, search="sarl")) == [first.id]
    assert _ids(offers.list_offers(store, search="s.à r.l.")) == [first.id]
    assert _ids(offers.list_offers(store, search="langer")) == [first.id]  # inside a word
    assert _ids(offers.list_offers(store, search="15027442")) == [first.id]  # VAT without LU
    assert _ids(offers.list_offers(store, search="lu15027442")) == [first.id]
    assert _ids(offers.list_offers(store, search="b12345")) == [first.id]  # RCS
    assert _ids(offers.list_offers(store, search="F1234")) == [by_oeuvre.id]
    assert _ids(offers.list_offers(store, search="ettelbr")) == [by_garage.id]  # city
    assert _ids(offers.list_offers(store, search="kirch")) == [by_oeuvre.id]
    assert offers.list_offers(store, search="zzz") == []
    assert offers.list_offers(store, search="Schmidt") == []


def test_all_words_must_match_and_short_words_fall_back_to_like(store: Store) -> None:
    client_id = setup(store)
    first = offers.create_draft(store, draft_input(client_id))
    garage = clients.create_client(store, SCHMIT_CAPS)
    by_garage = offers.create_draft(store, draft_input(garage.id, dt.date(2026, 3, 5)))
    assert _ids(offers.list_offers(store, search="schmit garage")) == [by_garage.id]
    assert _ids(offers.list_offers(store, search="garage schmit")) == [by_garage.id]
    assert _ids(offers.list_offers(store, search="Schmit 0001")) == [first.id]
    assert _ids(offers.list_offers(store, search="Schmit 0002")) == [by_garage.id]
    assert offers.list_offers(store, search="garage 0001") == []
    assert offers.list_offers(store, search="boulangerie ettelbruck") == []
    # shorter than a trigram: a LIKE on the folded text, alone or next to long words
    assert _ids(offers.list_offers(store, search="ga")) == [by_garage.id]
    assert _ids(offers.list_offers(store, search="et")) == [by_garage.id]
    assert _ids(offers.list_offers(store, search="schmit et")) == [by_garage.id]
    assert _ids(offers.list_offers(store, search="02")) == [by_garage.id, first.id]


def test_ranking_is_newest_first_and_filters_still_apply(store: Store) -> None:
    client_id = setup(store)
    days = [dt.date(2026, 3, d) for d in (2, 9, 5)]
    made = [offers.create_draft(store, draft_input(client_id, day)) for day in days]
    found = offers.list_offers(store, search="schmit")
    assert _ids(found) == [made[1].id, made[2].id, made[0].id]
    assert _ids(offers.list_offers(store, search="schmit", limit=1, offset=1)) == [made[2].id]
    assert _ids(offers.list_offers(store, search="sc", limit=2)) == [made[1].id, made[2].id]
    window = offers.list_offers(store, search="schmit", date_from=dt.date(2026, 3, 3))
    assert _ids(window) == [made[1].id, made[2].id]
    offers.present(store, made[0].id)
    presented = offers.list_offers(store, search="schmit", status=offers.OfferStatus.PRESENTED)
    assert _ids(presented) == [made[0].id]


def test_the_index_follows_edits_sites_and_new_revisions(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    signed = signed_offer(store, client_id)
    assert _ids(offers.list_offers(store, search="schmit")) == [signed.id, draft.id]
    # renaming the client: every offer, signed ones included, is found by the new name only
    renamed = dataclasses.replace(setup_input(store, client_id), legal_name="Pâtisserie Müller")
    clients.update_client(store, client_id, renamed)
    assert offers.list_offers(store, search="schmit") == []
    assert _ids(offers.list_offers(store, search="patisserie muller")) == [signed.id, draft.id]
    assert _client_ids(store, "muller") == [client_id]
    assert _client_ids(store, "schmit") == []
    # a site in another city
    clients.add_site(
        store, client_id, SiteInput(address_line1="1, rue Haute", postcode="L-9053", city="Wiltz")
    )
    assert _ids(offers.list_offers(store, search="wiltz")) == [signed.id, draft.id]
    assert _client_ids(store, "wiltz") == [client_id]
    # a new revision is found by its number, and moving a draft's date moves it in the ranking
    revision = offers.new_revision(store, signed.id, today=dt.date(2026, 3, 10))
    assert _ids(offers.list_offers(store, search=signed.number)) == [revision.id, signed.id]
    later = draft_input(client_id, dt.date(2026, 3, 20))
    offers.update_draft(store, draft.id, later)
    assert _ids(offers.list_offers(store, search="wiltz")) == [draft.id, revision.id, signed.id]


def setup_input(store: Store, client_id: int) -> ClientInput:
    view = clients.get_client(store, client_id)
    return ClientInput(
        legal_name=view.legal_name,
        legal_form=view.legal_form,
        address_line1=view.address_line1,
        postcode=view.postcode,
        city=view.city,
        vat_number=view.vat_number,
        rcs=view.rcs,
    )


def test_clients_are_found_by_any_part_and_listed_by_name(store: Store) -> None:
    client_id = setup(store)
    oeuvre = clients.create_client(store, OEUVRE)
    garage = clients.create_client(store, SCHMIT_CAPS)
    assert _client_ids(store, "Schmit") == [client_id, garage.id]  # by name: Boulangerie, Garage
    assert _client_ids(store, "schmit garage") == [garage.id]
    assert _client_ids(store, "oeuvre") == [oeuvre.id]
    assert _client_ids(store, "sarl") == [client_id]
    assert _client_ids(store, "15027442") == [client_id]
    assert _client_ids(store, "b123") == [client_id]
    assert _client_ids(store, "diek") == [oeuvre.id]
    assert _client_ids(store, "ie") == [client_id, oeuvre.id]  # short: LIKE
    assert _client_ids(store, "nothing like it") == []
    assert len(_client_ids(store, "")) == 3


def test_a_rolled_back_edit_leaves_the_index_as_committed(store: Store) -> None:
    client_id = setup(store)
    offers.create_draft(store, draft_input(client_id))

    def edit_then_fail() -> None:
        with store.session() as session:
            session.execute(text("UPDATE clients SET city = 'Vianden' WHERE id = :id"), {"id": client_id})
            refresh(session.connection(), {client_id})
            found = session.execute(text("SELECT count(*) FROM client_search WHERE text LIKE '%vianden%'"))
            assert found.scalar() == 1
            raise RuntimeError("abandon")

    with pytest.raises(RuntimeError):
        edit_then_fail()
    assert _client_ids(store, "vianden") == []
    assert _client_ids(store, "luxembourg") == [client_id]


def test_rebuild_backfills_rows_written_without_the_services(store: Store) -> None:
    client_id = setup(store)
    made = offers.create_draft(store, draft_input(client_id))
    with store.session() as session:
        session.execute(text("DELETE FROM offer_search"))
        session.execute(text("DELETE FROM client_search"))
    assert offers.list_offers(store, search="schmit") == []
    with store.session() as session:
        rebuild(session.connection())
    assert _ids(offers.list_offers(store, search="schmit")) == [made.id]
    assert _client_ids(store, "schmit") == [client_id]
