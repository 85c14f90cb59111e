"""One signing contract, two implementations: the services' signing backend on a real store and
the in-memory fake the view's tests use (tests/ui/signing/fakes.py), run by the same tests so
the fake cannot drift from what signing mode really gets."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktop.domain.errors import DomainError
from desktop.domain.vocabulary import ClientSize
from desktop.services import offers, settings
from desktop.services.errors import StoreError
from desktop.ui.signing.ports import SigningBackend, SigningRequest
from desktop.ui.signing.services_backend import ServicesSigningBackend
from tests.db.factories import capture, draft_input, setup
from tests.db.fixtures import new_sqlite_store
from tests.ui.signing.fakes import STORED_SIGNATURE, FakeSigningBackend

# what signing mode catches from sign() and shows, keeping what was entered (signing_view)
SIGNING_ERRORS = (StoreError, DomainError)
SIGNED_AT = dt.datetime(2026, 3, 3, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@dataclass
class Subject:
    backend: SigningBackend
    offer_id: int


@pytest.fixture(params=["fake", "services"])
def subject(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Subject]:
    if request.param == "fake":
        fake = FakeSigningBackend()
        yield Subject(fake, fake.context.offer_id)
        return
    store = new_sqlite_store(tmp_path)
    client_id = setup(store)
    settings.set_representative_signature(store, capture())  # countersigned with it (Paramètres)
    offer = offers.create_draft(store, draft_input(client_id, client_size=ClientSize.SMALL))
    offers.present(store, offer.id)
    yield Subject(
        ServicesSigningBackend(store, place=lambda: "Luxembourg", remember_place=lambda _p: None), offer.id
    )
    store.close()


def _request(offer_id: int, *, accepted: bool = True) -> SigningRequest:
    return SigningRequest(
        offer_id=offer_id, cgv_accepted=accepted, summary_waived=accepted, client_size=ClientSize.SMALL,
        signatory_name="Marie Schmit", signatory_function="Gérante", place="Luxembourg",
        signed_at=SIGNED_AT, client_signature=STORED_SIGNATURE, client_signature_png=b"png",
        representative_signature=STORED_SIGNATURE, representative_signature_png=b"png",
        representative_used_stored_signature=True, device="contract test",
    )  # fmt: skip


def _pages(pdf: bytes) -> int:
    return pdf.count(b"/Type /Page\n") + pdf.count(b"/Type /Page>") + pdf.count(b"/Type /Page ")


def test_the_context_names_the_presented_offer(subject: Subject) -> None:
    context = subject.backend.signing_context(subject.offer_id)
    assert context.offer_id == subject.offer_id
    assert context.number.startswith("OF-")
    assert context.revision >= 1
    assert context.cgv_label.startswith("CGV ")
    assert context.representative_name
    assert context.stored_signature is not None


def test_before_signing_the_pack_is_the_draft_with_its_cgv_pages(subject: Subject) -> None:
    pack = subject.backend.offer_pack(subject.offer_id)
    assert pack.pdf.startswith(b"%PDF")
    assert pack.cgv_pages
    assert min(pack.cgv_pages) >= 2


def test_signing_returns_the_sealed_pack_and_printing_then_gives_that_pack(subject: Subject) -> None:
    context = subject.backend.signing_context(subject.offer_id)
    draft = subject.backend.offer_pack(subject.offer_id)
    signed = subject.backend.sign(_request(subject.offer_id))
    assert (signed.offer_id, signed.number, signed.revision) == (
        subject.offer_id,
        context.number,
        context.revision,
    )
    assert signed.sha256 == hashlib.sha256(signed.pdf).hexdigest()
    assert signed.file_name == f"{context.number}-r{context.revision}-signe.pdf"
    assert signed.pdf != draft.pdf
    assert signed.cgv_pages
    after = subject.backend.offer_pack(subject.offer_id)  # what "Imprimer" prints from now on
    assert after.pdf == signed.pdf
    assert after.cgv_pages == signed.cgv_pages


def test_a_signed_offer_is_not_signed_again(subject: Subject) -> None:
    subject.backend.sign(_request(subject.offer_id))
    with pytest.raises(SIGNING_ERRORS):
        subject.backend.sign(_request(subject.offer_id))


def test_without_the_cgv_accepted_nothing_is_signed(subject: Subject) -> None:
    draft = subject.backend.offer_pack(subject.offer_id)
    with pytest.raises(DomainError):
        subject.backend.sign(_request(subject.offer_id, accepted=False))
    assert subject.backend.offer_pack(subject.offer_id).pdf == draft.pdf
