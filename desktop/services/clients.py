"""Clients (always professionals), their sites and contacts; identifiers checked by the domain."""

from __future__ import annotations

import datetime as dt
import unicodedata

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db.models import Client, ClientSearch, Contact, Site
from db.search import CLIENT_FTS, Match
from desktop.domain.errors import FieldError
from desktop.domain.formatting import LANGUAGES, Lang
from desktop.domain.identifiers import validate_iban, validate_lu_postcode, validate_rcs, validate_vat
from desktop.domain.messages import msg
from desktop.domain.search_text import query_words
from desktop.domain.views import (
    ClientInput,
    ClientView,
    ContactInput,
    ContactView,
    SiteInput,
    SiteView,
)
from desktop.services import audit
from desktop.services.errors import NotFoundError
from desktop.services.store import Store


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def search_key(text: str) -> str:
    """Casefolded, accents removed, spaces collapsed: 'Société Générale' -> 'societe generale'."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    bare = "".join(c for c in decomposed if not unicodedata.combining(c))
    return " ".join(bare.split())


def language(code: str) -> Lang:
    """A stored language code as the views carry it (the database's CHECK holds the values)."""
    for lang in LANGUAGES:
        if code == lang:
            return lang
    return "fr"


def checked_language(value: object, field: str) -> Lang:
    """`value` if it is one of the documents' languages (fr, de, en), else a FieldError."""
    for lang in LANGUAGES:
        if value == lang:
            return lang
    raise FieldError(field, msg("pack.language.unknown", language=str(value), languages=list(LANGUAGES)))


def site_view(row: Site) -> SiteView:
    return SiteView(
        id=row.id,
        client_id=row.client_id,
        label=row.label,
        address_line1=row.address_line1,
        address_line2=row.address_line2,
        postcode=row.postcode,
        city=row.city,
        country=row.country,
        notes=row.notes,
    )


def contact_view(row: Contact) -> ContactView:
    return ContactView(
        id=row.id,
        client_id=row.client_id,
        name=row.name,
        function=row.function,
        email=row.email,
        phone=row.phone,
    )


def client_view(row: Client, with_children: bool = True) -> ClientView:
    return ClientView(
        id=row.id,
        legal_name=row.legal_name,
        legal_form=row.legal_form,
        address_line1=row.address_line1,
        address_line2=row.address_line2,
        postcode=row.postcode,
        city=row.city,
        country=row.country,
        rcs=row.rcs,
        vat_number=row.vat_number,
        iban=row.iban,
        signatory_name=row.signatory_name,
        signatory_function=row.signatory_function,
        email=row.email,
        phone=row.phone,
        preferred_language=language(row.preferred_language),
        sites=tuple(site_view(s) for s in row.sites) if with_children else (),
        contacts=tuple(contact_view(c) for c in row.contacts) if with_children else (),
    )


def _email(value: str, field: str) -> str:
    value = value.strip()
    if value and ("@" not in value or value.startswith("@") or value.endswith("@") or " " in value):
        raise FieldError(field, msg("offers.client.email_invalid"))
    return value


def _country(value: str) -> str:
    country = value.strip().upper() or "LU"
    if len(country) != 2 or not country.isalpha():
        raise FieldError("country", msg("offers.client.country_invalid"))
    return country


def _postcode(value: str, country: str) -> str:
    value = value.strip()
    if value and country == "LU":
        return validate_lu_postcode(value)
    return value


def _fill(row: Client, data: ClientInput) -> None:
    name = data.legal_name.strip()
    if not name:
        raise FieldError("legal_name", msg("offers.client.name_required"))
    country = _country(data.country)
    row.legal_name = name
    row.search_name = search_key(name)
    row.legal_form = data.legal_form.strip()
    row.address_line1 = data.address_line1.strip()
    row.address_line2 = data.address_line2.strip()
    row.postcode = _postcode(data.postcode, country)
    row.city = data.city.strip()
    row.country = country
    row.rcs = validate_rcs(data.rcs, "rcs") if data.rcs.strip() else ""
    row.vat_number = validate_vat(data.vat_number, "vat_number") if data.vat_number.strip() else ""
    row.iban = validate_iban(data.iban, "iban") if data.iban.strip() else ""
    row.signatory_name = data.signatory_name.strip()
    row.signatory_function = data.signatory_function.strip()
    row.email = _email(data.email, "email")
    row.phone = data.phone.strip()
    row.preferred_language = checked_language(data.preferred_language, "preferred_language")


def load_client(session: Session, client_id: int) -> Client:
    row = session.get(Client, client_id, options=[selectinload(Client.sites), selectinload(Client.contacts)])
    if row is None:
        raise NotFoundError(msg("offers.client.not_found", client_id=client_id))
    return row


def create_client(store: Store, data: ClientInput, actor: str = "") -> ClientView:
    """Validate (FieldError names the wrong field) and store a new client."""
    row = Client(created_at=_now())
    _fill(row, data)
    row.updated_at = row.created_at
    with store.session() as session:
        session.add(row)
        session.flush()
        audit.record(session, "client.create", f"client:{row.id}", {"legal_name": row.legal_name}, actor)
        return client_view(row, with_children=False)


def update_client(store: Store, client_id: int, data: ClientInput, actor: str = "") -> ClientView:
    """Offers already presented or signed keep the client data they were made with."""
    with store.session() as session:
        row = load_client(session, client_id)
        _fill(row, data)
        row.updated_at = _now()
        session.flush()
        audit.record(session, "client.update", f"client:{row.id}", {"legal_name": row.legal_name}, actor)
        return client_view(row)


def get_client(store: Store, client_id: int) -> ClientView:
    with store.read() as session:
        return client_view(load_client(session, client_id))


def search_clients(store: Store, text: str = "", limit: int = 50, offset: int = 0) -> list[ClientView]:
    """Clients by name; with `text`, those whose name, legal form, VAT or RCS number or city
    (of the client or of a site) contains every word of it, case, accents and punctuation
    ignored (the search index, db/search.py)."""
    query = select(Client).order_by(Client.search_name, Client.id).limit(limit).offset(offset)
    words = query_words(text)
    if words:
        match = Match(store.dialect, words, CLIENT_FTS)
        matching = select(ClientSearch.client_id).where(*match.like_conditions(ClientSearch.text))
        if match.fts_words:
            matching = matching.where(
                ClientSearch.client_id.in_(select(match.fts.c.rowid).where(match.fts_condition()))
            )
        query = query.where(Client.id.in_(matching))
    with store.read() as session:
        return [client_view(r, with_children=False) for r in session.scalars(query)]


def _site_fill(row: Site, data: SiteInput) -> None:
    if not data.address_line1.strip():
        raise FieldError("address_line1", msg("offers.site.address_required"))
    if not data.city.strip():
        raise FieldError("city", msg("offers.site.city_required"))
    country = _country(data.country)
    row.label = data.label.strip()
    row.address_line1 = data.address_line1.strip()
    row.address_line2 = data.address_line2.strip()
    row.postcode = _postcode(data.postcode, country)
    row.city = data.city.strip()
    row.country = country
    row.notes = data.notes.strip()


def add_site(store: Store, client_id: int, data: SiteInput, actor: str = "") -> SiteView:
    with store.session() as session:
        load_client(session, client_id)
        row = Site(client_id=client_id)
        _site_fill(row, data)
        session.add(row)
        session.flush()
        audit.record(session, "site.create", f"site:{row.id}", {"client_id": client_id}, actor)
        return site_view(row)


def update_site(store: Store, site_id: int, data: SiteInput, actor: str = "") -> SiteView:
    with store.session() as session:
        row = session.get(Site, site_id)
        if row is None:
            raise NotFoundError(msg("offers.site.not_found", site_id=site_id))
        _site_fill(row, data)
        session.flush()
        audit.record(session, "site.update", f"site:{row.id}", {"client_id": row.client_id}, actor)
        return site_view(row)


def add_contact(store: Store, client_id: int, data: ContactInput, actor: str = "") -> ContactView:
    name = data.name.strip()
    if not name:
        raise FieldError("name", msg("offers.contact.name_required"))
    with store.session() as session:
        load_client(session, client_id)
        row = Contact(
            client_id=client_id,
            name=name,
            function=data.function.strip(),
            email=_email(data.email, "email"),
            phone=data.phone.strip(),
        )
        session.add(row)
        session.flush()
        audit.record(session, "contact.create", f"contact:{row.id}", {"client_id": client_id}, actor)
        return contact_view(row)
