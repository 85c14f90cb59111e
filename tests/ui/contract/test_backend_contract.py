"""The Backend contract: the same tests run on the real adapter over desktop.services (a SQLite
store) and on the in-memory double the widget tests use (tests/ui/fake_backend.py), so the
double cannot drift from what the screens really get. What one returns and refuses, the other
returns and refuses; the real services are the reference.

Signing is what signing mode does (SigningBackend.sign): on the real store the services' sign,
on the double its `sign`, both presented -> signed on a given day."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.documents import zone
from desktop.domain.indexation import IndexPoint, IndexSeries
from desktop.domain.views import ClientInput, ClientView, CompanyInput, RepresentativeInput
from desktop.domain.vocabulary import ClientSize, OfferStatus
from desktop.services import offers
from desktop.ui.backend import ServicesBackend
from desktop.ui.ports import (
    USER_ERRORS,
    Backend,
    ConflictError,
    DraftLine,
    OfferDraft,
    OfferQuery,
    SettingsData,
)
from tests.db import factories
from tests.db.fixtures import new_sqlite_store
from tests.ui.fake_backend import FakeBackend

TODAY = dt.date(2026, 3, 2)
SMALL = ClientSize.SMALL  # what signing mode always sends (the client declares it)


@dataclass
class Subject:
    backend: Backend
    sign: Callable[[int, dt.date], None]  # what signing mode does to the offer, on that day


@pytest.fixture(params=["fake", "services"])
def subject(
    request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Subject]:
    if request.param == "fake":
        fake = FakeBackend()
        yield Subject(fake, fake.sign)
        return
    store = new_sqlite_store(tmp_path)
    factories.setup(store)

    def sign(offer_id: int, day: dt.date) -> None:
        at = dt.datetime(day.year, day.month, day.day, 12, tzinfo=dt.UTC)
        signer = factories.signer
        offers.sign(
            store,
            offer_id,
            signer(),
            "Luxembourg",
            representative=signer("Jean Dupont"),
            at=at,
            client_size=SMALL,
        )

    yield Subject(ServicesBackend(store), sign)  # the place of signature kept in memory (the default)
    store.close()


def _client(backend: Backend, name: str = "Menuiserie Contrat s.à r.l.") -> ClientView:
    return backend.create_client(
        ClientInput(
            name,
            "s.à r.l.",
            address_line1="7, rue du Contrat",
            postcode="L-1111",
            city="Luxembourg",
            vat_number="LU15027442",
            signatory_name="Paul Contrat",
        )
    )


def _line(backend: Backend, quantity: int = 1) -> DraftLine:
    row = backend.products()[0]
    return DraftLine(
        code=row.code,
        name=row.name,
        quantity=quantity,
        unit_monthly=row.monthly_fee,
        unit_installation=row.installation_fee,
        installation_indexed=row.installation_indexed,
        vat_rate=Decimal(17),
        allowed_engagements=row.allowed_engagements,
        product_id=row.id,
    )


def _saved(
    backend: Backend, *, lines: int = 1, client: ClientView | None = None, day: dt.date = TODAY
) -> OfferDraft:
    client = client or _client(backend)
    draft = backend.new_draft(day)
    line = (_line(backend),) if lines else ()
    return backend.save_draft(
        dataclasses.replace(
            draft,
            client_id=client.id,
            client_name=client.legal_name,
            lines=line,
            engagement_months=line[0].allowed_engagements[-1] if line else draft.engagement_months,
        )
    )


def _id(draft: OfferDraft) -> int:
    assert draft.offer_id is not None
    return draft.offer_id


def _presented(backend: Backend) -> int:
    offer_id = _id(_saved(backend))
    backend.present(offer_id)
    return offer_id


def _signed(subject: Subject) -> int:
    offer_id = _presented(subject.backend)
    subject.sign(offer_id, TODAY + dt.timedelta(days=1))
    return offer_id


def _status(backend: Backend, offer_id: int) -> OfferStatus:
    return OfferStatus(backend.load_offer(offer_id).status)


# --- drafts ---------------------------------------------------------------------------------


def test_a_new_draft_is_unsaved(subject: Subject) -> None:
    draft = subject.backend.new_draft(TODAY)
    assert draft.offer_id is None
    assert draft.number == ""
    assert draft.revision == 1
    assert draft.status is OfferStatus.DRAFT
    assert draft.offer_date == TODAY
    assert draft.validity_date > TODAY
    assert draft.lines == ()


def test_a_draft_without_client_is_refused(subject: Subject) -> None:
    with pytest.raises(USER_ERRORS):
        subject.backend.save_draft(subject.backend.new_draft(TODAY))


def test_save_creates_then_updates_the_same_draft(subject: Subject) -> None:
    backend = subject.backend
    stored = _saved(backend)
    assert stored.offer_id is not None
    assert stored.number.startswith("OF-2026-JDU-")
    assert stored.status is OfferStatus.DRAFT
    assert stored.revision == 1
    loaded = backend.load_offer(_id(stored))
    assert loaded.client_id == stored.client_id
    assert loaded.offer_date == TODAY
    assert [(line.code, line.quantity) for line in loaded.lines] == [(backend.products()[0].code, 1)]
    changed = dataclasses.replace(loaded, lines=(dataclasses.replace(loaded.lines[0], quantity=3),))
    again = backend.save_draft(changed)
    assert (again.offer_id, again.number, again.revision) == (stored.offer_id, stored.number, 1)
    assert backend.load_offer(_id(stored)).lines[0].quantity == 3


def test_an_unknown_offer_is_refused(subject: Subject) -> None:
    with pytest.raises(USER_ERRORS):
        subject.backend.load_offer(987_654)


# --- the lifecycle ----------------------------------------------------------------------------


def test_present_freezes_the_offer(subject: Subject) -> None:
    backend = subject.backend
    offer_id = _presented(backend)
    loaded = backend.load_offer(offer_id)
    assert loaded.status is OfferStatus.PRESENTED
    with pytest.raises(USER_ERRORS):
        backend.save_draft(dataclasses.replace(loaded, special_conditions="changée après présentation"))
    with pytest.raises(USER_ERRORS):
        backend.present(offer_id)
    assert backend.load_offer(offer_id).special_conditions == loaded.special_conditions
    assert [r.status for r in backend.list_offers(OfferQuery(), 0, 10)] == [OfferStatus.PRESENTED]


def test_an_empty_draft_cannot_be_presented(subject: Subject) -> None:
    offer_id = _id(_saved(subject.backend, lines=0))
    with pytest.raises(USER_ERRORS):
        subject.backend.present(offer_id)
    assert _status(subject.backend, offer_id) is OfferStatus.DRAFT


def test_cancel_a_draft_or_a_presented_offer_only(subject: Subject) -> None:
    backend = subject.backend
    draft, presented, signed = _id(_saved(backend)), _presented(backend), _signed(subject)
    backend.cancel(draft)
    backend.cancel(presented)
    assert _status(backend, draft) is _status(backend, presented) is OfferStatus.CANCELLED
    for offer_id in (draft, signed):
        with pytest.raises(USER_ERRORS):
            backend.cancel(offer_id)
    assert _status(backend, signed) is OfferStatus.SIGNED
    with pytest.raises(USER_ERRORS):
        backend.new_revision(draft)  # a cancelled offer is not revised


def test_a_draft_needs_no_new_revision(subject: Subject) -> None:
    offer_id = _id(_saved(subject.backend))
    with pytest.raises(USER_ERRORS):
        subject.backend.new_revision(offer_id)
    assert _status(subject.backend, offer_id) is OfferStatus.DRAFT


def test_a_new_revision_supersedes_a_presented_offer(subject: Subject) -> None:
    backend = subject.backend
    source = _presented(backend)
    revised = backend.load_offer(backend.new_revision(source))
    assert revised.offer_id != source
    assert revised.number == backend.load_offer(source).number
    assert revised.revision == 2
    assert revised.status is OfferStatus.DRAFT
    assert [line.code for line in revised.lines] == [line.code for line in backend.load_offer(source).lines]
    assert _status(backend, source) is OfferStatus.SUPERSEDED
    with pytest.raises(USER_ERRORS):
        backend.new_revision(source)  # only the latest revision is revised


def test_a_signed_offer_stays_in_force_until_its_new_revision_is_signed(subject: Subject) -> None:
    backend = subject.backend
    source = _signed(subject)
    revision = backend.new_revision(source)
    assert _status(backend, source) is OfferStatus.SIGNED
    assert [c.offer_id for c in backend.contracts()] == [source]
    backend.present(revision)
    subject.sign(revision, backend.load_offer(revision).offer_date)
    assert _status(backend, source) is OfferStatus.SUPERSEDED
    assert _status(backend, revision) is OfferStatus.SIGNED
    assert [(c.offer_id, c.revision) for c in backend.contracts()] == [(revision, 2)]


def test_an_activated_contract_can_be_revised_and_stays_in_force(subject: Subject) -> None:
    backend = subject.backend
    source = _signed(subject)
    backend.record_activation(source, TODAY + dt.timedelta(days=10))
    revision = backend.new_revision(source)
    assert _status(backend, source) is OfferStatus.ACTIVATED
    assert _status(backend, revision) is OfferStatus.DRAFT


def test_activation_of_a_signed_contract(subject: Subject) -> None:
    backend = subject.backend
    signed = _signed(subject)
    presented = _presented(backend)
    with pytest.raises(USER_ERRORS):
        backend.record_activation(signed, TODAY - dt.timedelta(days=1))  # before the signature
    with pytest.raises(USER_ERRORS):
        backend.record_activation(presented, TODAY + dt.timedelta(days=10))
    (row,) = backend.contracts()
    assert (row.offer_id, row.signed_on, row.activation_date) == (signed, TODAY + dt.timedelta(days=1), None)
    backend.record_activation(signed, TODAY + dt.timedelta(days=10))
    assert _status(backend, signed) is OfferStatus.ACTIVATED
    assert _status(backend, presented) is OfferStatus.PRESENTED
    (row,) = backend.contracts()
    assert row.activation_date == TODAY + dt.timedelta(days=10)
    with pytest.raises(USER_ERRORS):
        backend.record_activation(signed, TODAY + dt.timedelta(days=20))  # recorded once
    assert backend.contracts()[0].activation_date == TODAY + dt.timedelta(days=10)


def test_expire_due_expires_drafts_and_presented_offers_past_their_validity(subject: Subject) -> None:
    backend = subject.backend
    draft, presented, signed = _id(_saved(backend)), _presented(backend), _signed(subject)
    validity = backend.load_offer(draft).validity_date
    assert backend.expire_due(validity) == 0  # valid through its last day
    assert backend.expire_due(validity + dt.timedelta(days=1)) == 2
    assert _status(backend, draft) is _status(backend, presented) is OfferStatus.EXPIRED
    assert _status(backend, signed) is OfferStatus.SIGNED
    assert backend.expire_due(validity + dt.timedelta(days=1)) == 0
    with pytest.raises(USER_ERRORS):
        backend.present(draft)
    revised = backend.load_offer(backend.new_revision(presented))  # an expired offer is revised
    assert revised.status is OfferStatus.DRAFT
    assert _status(backend, presented) is OfferStatus.SUPERSEDED


def test_duplicate_makes_a_new_offer(subject: Subject) -> None:
    backend = subject.backend
    source = _signed(subject)
    copy = backend.load_offer(backend.duplicate(source))
    original = backend.load_offer(source)
    assert copy.offer_id != source
    assert copy.number not in ("", original.number)
    assert copy.revision == 1
    assert copy.status is OfferStatus.DRAFT
    assert copy.client_id == original.client_id
    assert [line.code for line in copy.lines] == [line.code for line in original.lines]
    assert original.status is OfferStatus.SIGNED


# --- listing ------------------------------------------------------------------------------


def test_list_offers_filters_searches_and_pages(subject: Subject) -> None:
    backend = subject.backend
    other = _client(backend, "Garage Contrat-Nord s.a.")
    first = _id(_saved(backend))
    second = _id(_saved(backend, client=other, day=TODAY + dt.timedelta(days=5)))
    backend.present(second)

    def ids(query: OfferQuery, offset: int = 0, limit: int = 50) -> list[int]:
        return [row.id for row in backend.list_offers(query, offset, limit)]

    assert sorted(ids(OfferQuery())) == sorted([first, second])
    assert ids(OfferQuery(statuses=frozenset({OfferStatus.PRESENTED}))) == [second]
    assert ids(OfferQuery(statuses=frozenset({OfferStatus.SIGNED}))) == []
    assert ids(OfferQuery(search="nord")) == [second]
    assert ids(OfferQuery(date_from=TODAY + dt.timedelta(days=1))) == [second]
    assert ids(OfferQuery(date_to=TODAY)) == [first]
    assert ids(OfferQuery(), 0, 1) == [second]  # newest first
    assert ids(OfferQuery(), 1, 1) == [first]
    (row,) = backend.list_offers(OfferQuery(search="nord"), 0, 5)
    assert row.client_name == other.legal_name
    assert row.status is OfferStatus.PRESENTED
    assert row.monthly_ht > 0


# --- clients ------------------------------------------------------------------------------


def test_clients_create_search_and_sites(subject: Subject) -> None:
    backend = subject.backend
    created = _client(backend, "Imprimerie Contractuelle s.a.")
    assert created.id > 0
    got = backend.client(created.id)
    assert (got.legal_name, got.vat_number, got.city, got.postcode, got.signatory_name) == (
        "Imprimerie Contractuelle s.a.", "LU15027442", "Luxembourg", "L-1111", "Paul Contrat",
    )  # fmt: skip
    found = backend.search_clients("contractuelle", 10)
    assert [c.id for c in found] == [created.id]
    assert found[0].sites == ()
    site = backend.add_site(created.id, "Dépôt, 5, rue du Port, L-2222 Esch")
    assert site.id is not None
    assert "Dépôt" in site.label
    assert [s.id for s in backend.client(created.id).sites] == [site.id]
    assert backend.search_clients("aucun client de ce nom", 10) == []


# --- reference data and settings --------------------------------------------------------------


def test_catalogue_and_cgv(subject: Subject) -> None:
    products = subject.backend.products()
    assert products
    assert len({p.id for p in products}) == len(products)
    assert all(p.allowed_engagements for p in products)
    versions = subject.backend.cgv_versions()
    assert versions
    assert all(len(v.sha256) == 64 for v in versions)


def test_series_and_vat_table_round_trip(subject: Subject) -> None:
    backend = subject.backend
    series = backend.series()
    last = series.points[-1]
    longer = IndexSeries(
        series.reference, (*series.points, IndexPoint(last.start + dt.timedelta(days=400), last.value + 1))
    )
    backend.save_series(longer)
    assert backend.series() == longer
    table = backend.vat_table()
    backend.save_vat_table(table)
    assert backend.vat_table() == table


def test_settings_round_trip(subject: Subject) -> None:
    backend = subject.backend
    changed: SettingsData = dataclasses.replace(
        backend.settings(),
        representative=RepresentativeInput(
            code="JCO", name="Jeanne Contrat", function="Commerciale",
            email="jeanne@example.lu", phone="+352 691 000 000",
        ),
        company=CompanyInput(
            legal_name="cegecom s.a.", legal_form="s.a.", address_line1="3, rue Jean Piret",
            address_line2="BP 12", postcode="L-2350", city="Luxembourg", rcs="B65734",
            vat_number="LU15027442", phone="+352 26 00 00", email="info@example.lu",
            website="https://www.example.lu",
        ),
        place="Esch-sur-Alzette",
    )  # fmt: skip
    backend.save_settings(changed)
    assert backend.settings() == changed


def test_a_save_over_a_change_made_elsewhere_is_refused(subject: Subject) -> None:
    backend = subject.backend
    loaded = backend.load_offer(_id(_saved(backend)))
    assert loaded.version is not None
    mine = dataclasses.replace(loaded, special_conditions="la mienne")
    theirs = backend.save_draft(dataclasses.replace(loaded, special_conditions="la leur"))
    assert theirs.version != loaded.version
    with pytest.raises(ConflictError):
        backend.save_draft(mine)
    assert backend.load_offer(_id(loaded)).special_conditions == "la leur"
    backend.present(_id(loaded))
    assert backend.load_offer(_id(loaded)).version != theirs.version  # a status change is a change


def test_revisions_and_copies_are_dated_today(subject: Subject) -> None:
    """Dated the company's today (desktop.documents.zone), as every day the window uses; the
    validity keeps the source's length."""
    backend = subject.backend
    source = backend.load_offer(_presented(backend))
    length = source.validity_date - source.offer_date
    for copy in (
        backend.load_offer(backend.duplicate(_id(source))),
        backend.load_offer(backend.new_revision(_id(source))),
    ):
        assert copy.offer_date == zone.today()
        assert copy.validity_date - copy.offer_date == length
        assert copy.number.startswith(f"OF-{zone.today().year}-") or copy.number == source.number
