"""The pack of a stored offer: produced inside sign(), stored sealed, written, verified."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db.models import AuditEntry, Document, Offer, OfferStatus
from desktop.domain.messages import Message, msg
from desktop.services import offers, packs
from desktop.services.audit import verify as verify_audit
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer, signer
from tests.db.fixtures import sqlite_store
from tests.documents.pdftext import page_texts

__all__ = ["sqlite_store"]


@pytest.fixture
def store(sqlite_store: Store) -> Store:
    return sqlite_store


def test_signing_stores_a_sealed_pack_that_verifies(store: Store) -> None:
    view = signed_offer(store, setup(store))
    assert len(view.documents) == 1
    doc = view.documents[0]
    assert doc.kind == packs.PACK_KIND
    assert doc.seal is not None
    assert doc.seal["format"] == "PAdES B-B"
    data = offers.document_pdf(store, doc.id)
    assert hashlib.sha256(data).hexdigest() == doc.sha256
    check = packs.check_pack(data, store)
    assert check.ok, check.seal.message
    assert check.hash_matches is True
    assert check.seal.offer_number == view.number
    assert check.seal.revision == view.revision


def test_the_evidence_page_names_the_sign_audit_entry_and_the_chain_holds(store: Store) -> None:
    view = signed_offer(store, setup(store))
    data = offers.document_pdf(store, view.documents[0].id)
    with store.read() as session:
        sign_entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "offer.sign")).one()
        pack_entry = session.scalars(select(AuditEntry).where(AuditEntry.action == "offer.pack")).one()
        sign_hash, sign_seq = sign_entry.hash, sign_entry.seq
        pack_prev, pack_payload = pack_entry.prev_hash, pack_entry.payload
    evidence = " ".join(page_texts(data)[-1].split())
    assert "Page de preuve de la signature" in evidence
    assert sign_hash in evidence
    assert f"Entrée n° {sign_seq}" in evidence
    assert "Anne Schmit" in evidence
    assert view.cgv.sha256 in evidence
    assert pack_prev == sign_hash
    assert pack_payload["sha256"] == view.documents[0].sha256
    assert verify_audit(store).ok


def test_pack_content_comes_from_the_stored_offer(store: Store) -> None:
    view = signed_offer(store, setup(store))
    texts = page_texts(offers.document_pdf(store, view.documents[0].id))
    offer_text = " ".join(" ".join(t.split()) for t in texts[:2])
    assert f"Offre {view.number} — révision 1" in texts[0]
    assert "Boulangerie Schmit s.à r.l." in offer_text
    assert "645,36 €" in offer_text  # IP: 629.62 indexed at 968.04 / 944.43
    assert "Frais d'installation indexés : cote 968,04 / base 944,43" in offer_text
    assert "Fait à Luxembourg, le 03/03/2026 à 11:30" in offer_text
    assert "CGV 01.09.2023" in offer_text


def test_a_failing_pack_rolls_the_signature_back(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    client_id = setup(store)
    offer = offers.create_draft(store, draft_input(client_id))
    offers.present(store, offer.id)

    def broken(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("desktop.documents.seal.seal_pdf", broken)
    monkeypatch.setattr(packs, "seal_pdf", broken)
    with pytest.raises(OSError, match="No space"):
        offers.sign(
            store,
            offer.id,
            signer(),
            "Luxembourg",
            representative=signer("Jean Dupont"),
            at=dt.datetime(2026, 3, 3, 10, 30, tzinfo=dt.UTC),
        )
    with store.read() as session:
        row = session.get(Offer, offer.id)
        assert row is not None
        assert row.status is OfferStatus.PRESENTED
        assert session.scalar(select(func.count()).select_from(Document)) == 0
        assert session.scalar(select(func.count()).where(AuditEntry.action == "offer.sign")) == 0


def test_an_unusable_sealing_certificate_is_a_clear_refusal_and_nothing_is_signed(
    store: Store, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    client_id = setup(store)
    offer = offers.create_draft(store, draft_input(client_id))
    offers.present(store, offer.id)
    monkeypatch.setenv(packs.SEAL_PKCS12_ENV, str(tmp_path / "absent.p12"))
    with pytest.raises(packs.PackError) as refused:
        offers.sign(
            store,
            offer.id,
            signer(),
            "Luxembourg",
            representative=signer("Jean Dupont"),
            at=dt.datetime(2026, 3, 3, 10, 30, tzinfo=dt.UTC),
        )
    assert isinstance(refused.value.message, Message)
    assert refused.value.message.id == "records.pack.seal_failed"
    assert "absent.p12" in str(refused.value.message.params["reason"])  # the sealing settings' finding
    assert offers.get_offer(store, offer.id).status is OfferStatus.PRESENTED


def test_write_pack_of_signed_and_of_draft_offers(store: Store, tmp_path: Path) -> None:
    client_id = setup(store)
    signed = signed_offer(store, client_id)
    out = packs.write_pack(store, signed.number, None, tmp_path / "signed.pdf")
    assert out.signed
    assert (tmp_path / "signed.pdf").read_bytes() == offers.document_pdf(store, signed.documents[0].id)
    draft = offers.create_draft(store, draft_input(client_id))
    out = packs.write_pack(store, draft.number, draft.revision, tmp_path / "draft.pdf")
    assert not out.signed
    texts = page_texts((tmp_path / "draft.pdf").read_bytes())
    assert all("PROJET — non signé" in t for t in texts)


def test_unknown_offer_is_a_clear_error(store: Store, tmp_path: Path) -> None:
    from desktop.services.errors import NotFoundError

    with pytest.raises(NotFoundError) as missing:
        packs.write_pack(store, "OF-1999-XXX-0001", 3, tmp_path / "x.pdf")
    assert missing.value.message == msg(
        "records.pack.revision_not_found", number="OF-1999-XXX-0001", revision=3
    )
    assert not (tmp_path / "x.pdf").exists()


def test_a_tampered_copy_fails_and_names_no_offer(store: Store) -> None:
    view = signed_offer(store, setup(store))
    data = bytearray(offers.document_pdf(store, view.documents[0].id))
    data[len(data) // 2] ^= 0x01
    check = packs.check_pack(bytes(data), store)
    assert not check.ok
    assert not check.seal.intact
    # the seal no longer vouches for its signed /Reason: the file names no offer to look up
    assert check.seal.offer_number == ""
    assert check.hash_matches is None
