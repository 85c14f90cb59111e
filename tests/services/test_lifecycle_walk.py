"""Every (status, action) pair of desktop.domain.lifecycle, walked on a real store (SQLite and
PostgreSQL): through the services an allowed action succeeds and leaves the offer in the
machine's next status, a refused one is refused with the machine's reason and changes nothing;
and a raw SQL UPDATE of the status (what a sqlite3 shell or a PostgreSQL login can send) is
accepted or refused by the database triggers exactly as the machine says, for the rows the
triggers guard (an offer once signed: migrations 0002 and 0004)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.domain import lifecycle
from desktop.domain.lifecycle import Action
from desktop.domain.messages import Message
from desktop.domain.vocabulary import OfferStatus
from desktop.services import offers
from desktop.services.errors import OfferStateError
from desktop.services.store import Store
from tests.db import factories
from tests.db.factories import OFFER_DATE, draft_input, signer

S = OfferStatus
SIGNED_AT = dt.datetime(2026, 3, 3, 10, 30, tzinfo=dt.UTC)
ACTIVATION = dt.date(2026, 3, 10)
AFTER_VALIDITY = dt.date(2026, 6, 1)  # the factories' offers are valid until 1 April 2026


def _sign(store: Store, offer_id: int) -> None:
    offers.sign(store, offer_id, signer(), "Luxembourg", representative=signer("Jean Dupont"), at=SIGNED_AT)


def _draft(store: Store, client: int) -> int:
    return offers.create_draft(store, draft_input(client)).id


def _presented(store: Store, client: int) -> int:
    offer = _draft(store, client)
    offers.present(store, offer)
    return offer


def _signed(store: Store, client: int) -> int:
    offer = _presented(store, client)
    _sign(store, offer)
    return offer


def _activated(store: Store, client: int) -> int:
    offer = _signed(store, client)
    offers.record_activation(store, offer, ACTIVATION)
    return offer


def _expired(store: Store, client: int) -> int:
    offer = _presented(store, client)
    offers.expire_due(store, AFTER_VALIDITY)
    return offer


def _cancelled(store: Store, client: int) -> int:
    offer = _draft(store, client)
    offers.cancel(store, offer)
    return offer


def _superseded_presented(store: Store, client: int) -> int:
    offer = _presented(store, client)
    offers.new_revision(store, offer, today=OFFER_DATE)
    return offer


def _superseded_signed(store: Store, client: int) -> int:
    offer = _signed(store, client)
    revision = offers.new_revision(store, offer, today=OFFER_DATE).id
    offers.present(store, revision)
    _sign(store, revision)
    return offer


@dataclass(frozen=True)
class Case:
    name: str
    status: OfferStatus
    make: Callable[[Store, int], int]


CASES = (
    Case("draft", S.DRAFT, _draft),
    Case("presented", S.PRESENTED, _presented),
    Case("signed", S.SIGNED, _signed),
    Case("activated", S.ACTIVATED, _activated),
    Case("expired", S.EXPIRED, _expired),
    Case("cancelled", S.CANCELLED, _cancelled),
    Case("superseded-unsigned", S.SUPERSEDED, _superseded_presented),
    Case("superseded-signed", S.SUPERSEDED, _superseded_signed),
)


def test_every_status_has_a_way_to_reach_it() -> None:
    """A new status needs a case here (how the services bring an offer to it)."""
    assert {case.status for case in CASES} == set(OfferStatus)


def _status(store: Store, offer_id: int) -> OfferStatus:
    return offers.get_offer(store, offer_id).status


def _run(store: Store, client: int, offer_id: int, action: Action) -> None:
    """`action` on the offer through its use case."""
    match action:
        case Action.EDIT:
            offers.update_draft(store, offer_id, draft_input(client))
        case Action.REPRICE:
            offers.reprice(store, offer_id)
        case Action.PRESENT:
            offers.present(store, offer_id)
        case Action.SIGN:
            _sign(store, offer_id)
        case Action.CANCEL:
            offers.cancel(store, offer_id)
        case Action.NEW_REVISION:
            revision = offers.new_revision(store, offer_id, today=OFFER_DATE)
            assert revision.status is S.DRAFT
            assert revision.previous_id == offer_id
        case Action.DUPLICATE:
            assert offers.duplicate(store, offer_id, today=OFFER_DATE).status is S.DRAFT
        case Action.EXPIRE:
            offers.expire_due(store, AFTER_VALIDITY)  # a batch: a refused offer is left as it is
        case Action.ACTIVATE:
            offers.record_activation(store, offer_id, ACTIVATION)
        case Action.SUPERSEDE:  # what signing a later revision of the same number does to it
            revision = offers.new_revision(store, offer_id, today=OFFER_DATE).id
            offers.present(store, revision)
            _sign(store, revision)


def _through_services(store: Store, client: int, case: Case, action: Action, offer_id: int) -> bool:
    """True when the action was refused (the offer is as it was, ready for the next one)."""
    assert _status(store, offer_id) is case.status
    after = lifecycle.next_status(case.status, action)
    if action is Action.SUPERSEDE:
        # Reachable only where a new revision can be made; the source first goes where
        # NEW_REVISION takes it, then signing the revision supersedes it if that status allows.
        revised = lifecycle.next_status(case.status, Action.NEW_REVISION)
        if revised is None:
            with pytest.raises(OfferStateError):
                _run(store, client, offer_id, action)
            assert _status(store, offer_id) is case.status
            return True
        _run(store, client, offer_id, action)
        assert _status(store, offer_id) is (lifecycle.next_status(revised, action) or revised), case.name
        return False
    if after is None and action is not Action.EXPIRE:
        with pytest.raises(OfferStateError) as refused:
            _run(store, client, offer_id, action)
        reason = lifecycle.refusal(case.status, action)
        assert reason is not None
        if case.status is not S.SUPERSEDED or action is not Action.NEW_REVISION:  # "not the latest"
            said = refused.value.message
            assert isinstance(said, Message)
            assert said == reason.message(said.params["number"], said.params["revision"])
        assert _status(store, offer_id) is case.status, (case.name, action)
        return True
    _run(store, client, offer_id, action)
    assert _status(store, offer_id) is (after or case.status), (case.name, action)
    return after is None


# The status a raw UPDATE writes for each action (what the action would make of the offer).
RAW_TARGET = {
    Action.EDIT: S.DRAFT,
    Action.REPRICE: S.DRAFT,
    Action.PRESENT: S.PRESENTED,
    Action.SIGN: S.SIGNED,
    Action.CANCEL: S.CANCELLED,
    Action.NEW_REVISION: S.SUPERSEDED,  # what it does to a presented or expired source
    Action.EXPIRE: S.EXPIRED,
    Action.ACTIVATE: S.ACTIVATED,
    Action.SUPERSEDE: S.SUPERSEDED,
}


def _guarded(store: Store, offer_id: int) -> bool:
    """The triggers guard an offer once it is signed (its signed_at is set)."""
    with store.engine.connect() as connection:
        return (
            connection.scalar(text("SELECT signed_at FROM offers WHERE id = :id"), {"id": offer_id})
            is not None
        )


def _raw_update(store: Store, offer_id: int, status: OfferStatus, activation: bool) -> bool:
    """True when the database accepts the UPDATE."""
    extra = ", activation_date = :day" if activation else ""
    sql = f"UPDATE offers SET status = :status{extra} WHERE id = :id"
    try:
        with store.engine.begin() as connection:
            connection.execute(text(sql), {"status": status.value, "id": offer_id, "day": ACTIVATION})
    except DBAPIError as exc:
        if "immutable" not in str(exc):
            raise
        return False
    return True


def _machine_accepts_raw(status: OfferStatus, action: Action) -> bool:
    """What the machine says of writing RAW_TARGET[action] over `status`. SUPERSEDE needs a
    later signed revision, which the raw statement does not bring: refused here (the services'
    own UPDATE, with one, is walked through the services above)."""
    if action is Action.SUPERSEDE:
        return False
    return lifecycle.next_status(status, action) is RAW_TARGET[action]


def _through_triggers(store: Store, case: Case, action: Action, offer_id: int) -> bool:
    """True when the database refused (the offer is as it was)."""
    accepted = _raw_update(store, offer_id, RAW_TARGET[action], activation=action is Action.ACTIVATE)
    assert accepted is _machine_accepts_raw(case.status, action), (case.name, action)
    assert _status(store, offer_id) is (RAW_TARGET[action] if accepted else case.status)
    return not accepted


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_every_action_in_every_status(store: Store, case: Case) -> None:
    client = factories.setup(store)
    pristine: int | None = case.make(store, client)  # an offer in case.status nothing has changed
    guarded = _guarded(store, pristine)  # an unsigned offer's status is the services' alone
    assert guarded is (case.name in ("signed", "activated", "superseded-signed"))
    for action in Action:
        offer_id = pristine or case.make(store, client)
        pristine = offer_id if _through_services(store, client, case, action, offer_id) else None
        if guarded and action in RAW_TARGET:
            offer_id = pristine or case.make(store, client)
            pristine = offer_id if _through_triggers(store, case, action, offer_id) else None


def test_unsigned_offer_cannot_be_marked_signed_by_raw_sql(store: Store) -> None:
    """Migration 0009: a presented offer without its two signatures is not signed (or
    activated) by a raw UPDATE."""
    client = factories.setup(store)
    offer_id = _presented(store, client)
    assert not _raw_update(store, offer_id, S.SIGNED, activation=False)
    assert not _raw_update(store, offer_id, S.ACTIVATED, activation=True)
    # a signing time written with it does not help: the two signatures are what is missing
    with pytest.raises(DBAPIError, match="immutable"), store.engine.begin() as connection:
        connection.execute(
            text("UPDATE offers SET status = 'signed', signed_at = updated_at WHERE id = :id"),
            {"id": offer_id},
        )
    assert offers.get_offer(store, offer_id).status is S.PRESENTED


@pytest.mark.parametrize("status", [S.SIGNED, S.ACTIVATED, S.SUPERSEDED])
def test_no_offer_is_inserted_already_signed(store: Store, status: OfferStatus) -> None:
    """A raw INSERT of a signed (activated, superseded) row, e.g. a copy of a presented offer
    under a new number, with or without a signing time, is refused (migration 0004)."""
    client = factories.setup(store)
    offer_id = _presented(store, client)
    columns = (
        "revision, client_id, representative_id, offer_date, validity_date, engagement_months,"
        " renewal_months, lead_time_days, payment_term_days, special_conditions, required_documents,"
        " cgv_version_id, index_reference, index_applied, vat_standard_rate, monthly_ht, monthly_ttc,"
        " installation_ht, installation_ttc, created_at, updated_at"
    )

    def insert(signed_at: str) -> str:
        return (
            f"INSERT INTO offers (number, status, signed_at, {columns})"
            f" SELECT 'OF-2026-FAK-0001', :status, {signed_at}, {columns} FROM offers WHERE id = :id"
        )

    for signed_at in ("NULL", "updated_at"):
        with pytest.raises(DBAPIError, match="immutable"), store.engine.begin() as connection:
            connection.execute(text(insert(signed_at)), {"status": status.value, "id": offer_id})
    with store.engine.begin() as connection:  # the same row as a draft is an ordinary row
        connection.execute(text(insert("NULL")), {"status": S.DRAFT.value, "id": offer_id})
