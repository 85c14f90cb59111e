"""Clients: identifiers validated by the domain (field-level errors), prefix search ignoring case
and accents, sites and contacts."""

from __future__ import annotations

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.views import ClientInput, ContactInput, SiteInput
from desktop.services import clients
from desktop.services.errors import NotFoundError
from desktop.services.store import Store


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"legal_name": "  "}, "legal_name"),
        ({"vat_number": "LU15027443"}, "vat_number"),
        ({"iban": "LU28 0019 4006 4475 0001"}, "iban"),
        ({"rcs": "65734"}, "rcs"),
        ({"postcode": "235"}, "postcode"),
        ({"email": "anne.example.lu"}, "email"),
        ({"country": "Luxembourg"}, "country"),
    ],
)
def test_a_wrong_identifier_names_its_field(store: Store, changes: dict[str, str], field: str) -> None:
    data = {"legal_name": "Kremer S.A.", "postcode": "L-9200", "city": "Diekirch", **changes}
    with pytest.raises(FieldError) as caught:
        clients.create_client(store, ClientInput(**data))
    assert caught.value.field == field
    assert clients.search_clients(store) == []


def test_identifiers_are_stored_normalised(store: Store) -> None:
    client = clients.create_client(
        store,
        ClientInput(
            legal_name="Kremer S.A.",
            postcode="9200",
            rcs="b 65734",
            vat_number="lu 1502 7442",
            iban="LU28 0019 4006 4475 0000",
            email="info@kremer.lu",
        ),
    )
    assert (client.postcode, client.rcs, client.vat_number) == ("L-9200", "B65734", "LU15027442")
    assert client.iban == "LU280019400644750000"
    foreign = clients.create_client(
        store, ClientInput(legal_name="Dupont SARL", country="FR", postcode="57000")
    )
    assert foreign.postcode == "57000"


def test_search_by_name_prefix_ignores_case_and_accents(store: Store) -> None:
    for name in ("Électricité Kremer", "Elektro Muller", "Boulangerie Schmit", "elegance sàrl"):
        clients.create_client(store, ClientInput(legal_name=name))
    assert [c.legal_name for c in clients.search_clients(store, "ele")] == [
        "Électricité Kremer",
        "elegance sàrl",
        "Elektro Muller",
    ]
    assert [c.legal_name for c in clients.search_clients(store, "ÉLECTRI")] == ["Électricité Kremer"]
    assert len(clients.search_clients(store)) == 4
    assert len(clients.search_clients(store, limit=2)) == 2


def test_update_sites_and_contacts(store: Store) -> None:
    client = clients.create_client(store, ClientInput(legal_name="Kremer S.A."))
    clients.update_client(store, client.id, ClientInput(legal_name="Kremer & Fils S.A.", city="Ettelbruck"))
    site = clients.add_site(
        store, client.id, SiteInput("1, rue du Parc", "9080", "Ettelbruck", label="Dépôt")
    )
    assert site.postcode == "L-9080"
    clients.update_site(store, site.id, SiteInput("2, rue du Parc", "9080", "Ettelbruck", label="Dépôt"))
    clients.add_contact(store, client.id, ContactInput("Paul Kremer", "Directeur", "paul@kremer.lu"))
    loaded = clients.get_client(store, client.id)
    assert loaded.legal_name == "Kremer & Fils S.A."
    assert [s.address_line1 for s in loaded.sites] == ["2, rue du Parc"]
    assert [c.name for c in loaded.contacts] == ["Paul Kremer"]
    with pytest.raises(FieldError):
        clients.add_site(store, client.id, SiteInput("", "9080", "Ettelbruck"))
    with pytest.raises(NotFoundError):
        clients.get_client(store, 999)
