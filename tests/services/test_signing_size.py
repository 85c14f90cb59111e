"""The client's size at signing (art. 15 waiver): a draft made without one is signed with the
size the client declares on the signing screen; the size is recorded on the offer inside the
signing transaction, before the pack is rendered, and in the audit entry. Without any size,
or with one contradicting the presented offer, signing is refused and nothing changes."""

from __future__ import annotations

import datetime as dt

import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from db.models import AuditEntry
from desktop.domain.errors import FieldError
from desktop.domain.views import OfferView
from desktop.domain.vocabulary import ClientSize, OfferStatus
from desktop.services import offers
from desktop.services.errors import ClientSizeError
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signer
from tests.documents.pdftext import page_texts

AT = dt.datetime(2026, 3, 3, 10, 30, tzinfo=dt.UTC)


def _presented(store: Store, size: ClientSize | None) -> OfferView:
    draft = offers.create_draft(store, draft_input(setup(store), client_size=size))
    return offers.present(store, draft.id)


def _sign(store: Store, offer_id: int, size: ClientSize | None) -> OfferView:
    return offers.sign(
        store, offer_id, signer(), "Luxembourg", representative=signer("Jean Dupont"), at=AT, client_size=size
    )


def _sign_entry(store: Store, offer_id: int) -> dict[str, object]:
    with store.read() as session:
        entry = session.scalars(
            select(AuditEntry).where(
                AuditEntry.entity == f"offer:{offer_id}", AuditEntry.action == "offer.sign"
            )
        ).one()
        return dict(entry.payload)


def _audit_count(store: Store) -> int:
    with store.read() as session:
        return session.scalar(select(func.count()).select_from(AuditEntry)) or 0


def test_a_size_declared_at_signing_is_stored_and_printed_in_the_pack(store: Store) -> None:
    offer = _presented(store, None)
    assert offer.client_size is None
    signed = _sign(store, offer.id, ClientSize.MICRO)
    assert signed.status is OfferStatus.SIGNED
    assert signed.client_size is ClientSize.MICRO
    assert offers.get_offer(store, offer.id).client_size is ClientSize.MICRO
    payload = _sign_entry(store, offer.id)
    assert payload["client_size"] == "micro"
    assert payload["client_size_declared_at_signing"] is True
    (document,) = signed.documents
    pack_text = " ".join(page_texts(offers.document_pdf(store, document.id)))
    assert "☒ microentreprise" in pack_text
    assert "☐ petite entreprise" in pack_text


def test_without_any_size_signing_is_refused_and_nothing_changes(store: Store) -> None:
    offer = _presented(store, None)
    entries = _audit_count(store)
    with pytest.raises(ClientSizeError) as caught:
        _sign(store, offer.id, None)
    assert (caught.value.recorded, caught.value.declared) == (None, None)
    assert caught.value.message.id == "offers.sign.size_missing"
    after = offers.get_offer(store, offer.id)
    assert after == offer
    assert after.status is OfferStatus.PRESENTED
    assert (after.signatures, after.documents, after.client_size) == ((), (), None)
    assert _audit_count(store) == entries


def test_the_offer_s_own_size_is_used_and_a_contradiction_is_refused(store: Store) -> None:
    offer = _presented(store, ClientSize.SMALL)
    entries = _audit_count(store)
    with pytest.raises(ClientSizeError) as caught:
        _sign(store, offer.id, ClientSize.MICRO)
    assert (caught.value.recorded, caught.value.declared) == (ClientSize.SMALL, ClientSize.MICRO)
    assert caught.value.message.id == "offers.sign.size_contradicts"
    assert (caught.value.message.params["recorded"], caught.value.message.params["declared"]) == (
        ClientSize.SMALL,
        ClientSize.MICRO,
    )
    assert offers.get_offer(store, offer.id) == offer
    assert _audit_count(store) == entries
    signed = _sign(store, offer.id, None)  # no declaration: the presented offer's size
    assert signed.client_size is ClientSize.SMALL
    payload = _sign_entry(store, offer.id)
    assert (payload["client_size"], payload["client_size_declared_at_signing"]) == ("small", False)


def test_the_same_size_declared_again_signs(store: Store) -> None:
    offer = _presented(store, ClientSize.NON_PROFIT)
    assert _sign(store, offer.id, ClientSize.NON_PROFIT).client_size is ClientSize.NON_PROFIT


def test_a_size_that_is_not_a_client_size_is_refused(store: Store) -> None:
    offer = _presented(store, None)
    with pytest.raises(FieldError) as caught:
        _sign(store, offer.id, "huge")  # type: ignore[arg-type]
    assert caught.value.field == "client_size"
    assert caught.value.message.id == "offers.sign.size_unknown"
    assert caught.value.message.params["value"] == "huge"
    assert caught.value.message.params["sizes"] == list(ClientSize)
    assert offers.get_offer(store, offer.id) == offer


def test_once_signed_the_size_cannot_change_in_the_database(store: Store) -> None:
    offer = _presented(store, None)
    _sign(store, offer.id, ClientSize.OTHER)
    for value in ("micro", None):
        with pytest.raises(DBAPIError, match="immutable"), store.engine.begin() as connection:
            connection.execute(
                text("UPDATE offers SET client_size = :v WHERE id = :id"), {"v": value, "id": offer.id}
            )
    assert offers.get_offer(store, offer.id).client_size is ClientSize.OTHER
