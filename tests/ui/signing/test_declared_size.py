"""The real signing backend passes the size declared on the signing screen to offers.sign():
a presented offer made without a size is signed with it (stored and printed in the sealed pack);
one contradicting the presented offer's size is refused in French, nothing signed."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.vocabulary import ClientSize, OfferStatus
from desktop.services import offers
from desktop.services.store import Store
from desktop.ui.signing.ports import SigningRequest
from desktop.ui.signing.services_backend import ServicesSigningBackend
from tests.db.factories import capture, draft_input, setup
from tests.db.fixtures import new_sqlite_store
from tests.documents.pdftext import page_texts

SIGNED_AT = dt.datetime(2026, 3, 3, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = new_sqlite_store(tmp_path)
    yield store
    store.close()


def presented(store: Store, size: ClientSize | None) -> int:
    offer = offers.create_draft(store, draft_input(setup(store), client_size=size))
    return offers.present(store, offer.id).id


def request(offer_id: int, size: ClientSize) -> SigningRequest:
    return SigningRequest(
        offer_id=offer_id,
        cgv_accepted=True,
        summary_waived=True,
        client_size=size,
        signatory_name="Anne Schmit",
        signatory_function="Gérante",
        place="Luxembourg",
        signed_at=SIGNED_AT,
        client_signature=capture(),
        client_signature_png=b"",
        representative_signature=capture(),
        representative_signature_png=b"",
        representative_used_stored_signature=False,
        device="test",
    )


def backend(store: Store) -> ServicesSigningBackend:
    return ServicesSigningBackend(store, place=lambda: "Luxembourg", remember_place=lambda _p: None)


def test_an_offer_without_a_size_is_signed_with_the_declared_one(store: Store) -> None:
    offer_id = presented(store, None)
    assert backend(store).signing_context(offer_id).client_size is None
    pack = backend(store).sign(request(offer_id, ClientSize.NON_PROFIT))
    stored = offers.get_offer(store, offer_id)
    assert stored.status is OfferStatus.SIGNED
    assert stored.client_size is ClientSize.NON_PROFIT
    assert "☒ organisation à but non lucratif" in " ".join(page_texts(pack.pdf))


def test_a_declaration_contradicting_the_presented_offer_is_refused(store: Store) -> None:
    offer_id = presented(store, ClientSize.SMALL)
    with pytest.raises(FieldError, match="nouvelle révision") as caught:
        backend(store).sign(request(offer_id, ClientSize.MICRO))
    assert "« microentreprise »" in caught.value.message
    assert "« petite entreprise »" in caught.value.message
    stored = offers.get_offer(store, offer_id)
    assert (stored.status, stored.client_size) == (OfferStatus.PRESENTED, ClientSize.SMALL)
