"""The services say where a pack's CGV begin (as render_pack laid them out): signing mode's
« CGV » button no longer looks for a French page header in the PDF (issue 13 changes the
header's language)."""

from __future__ import annotations

from sqlalchemy import select

from db.models import Document
from desktop.services import offers, packs
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer
from tests.documents.pdftext import page_texts

CGV_HEADER = "Conditions générales de vente"  # the French pack's CGV page header, today


def _pages_with_cgv_header(pdf: bytes) -> tuple[int, ...]:
    return tuple(number for number, text in enumerate(page_texts(pdf), start=1) if CGV_HEADER in text)


def test_a_draft_pack_names_its_cgv_pages(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    pack = packs.pack_bytes(store, draft.number)
    assert not pack.signed
    assert len(pack.cgv_pages) >= 3
    assert pack.cgv_pages == _pages_with_cgv_header(pack.pdf)


def test_a_sealed_pack_names_its_cgv_pages_recorded_at_sealing(store: Store) -> None:
    signed = signed_offer(store, setup(store))
    pack = packs.pack_bytes(store, signed.number)
    assert pack.signed
    assert len(pack.cgv_pages) >= 3
    assert pack.cgv_pages == _pages_with_cgv_header(pack.pdf)
    with store.read() as session:
        document = session.scalars(select(Document).where(Document.offer_id == signed.id)).one()
        assert document.seal is not None
        assert tuple(document.seal["cgv_pages"]) == pack.cgv_pages


def test_a_pack_sealed_before_the_pages_were_recorded_is_laid_out_again(store: Store) -> None:
    """Packs sealed by an earlier version have no `cgv_pages` in their seal record (stored
    documents are immutable): render_pack is deterministic, so laying the pack out again
    gives its pages."""
    signed = signed_offer(store, setup(store))
    expected = packs.pack_bytes(store, signed.number).cgv_pages
    with store.read() as session:
        offer = packs.find_offer(session, signed.number)
        document = session.scalars(select(Document).where(Document.offer_id == signed.id)).one()
        older = Document(seal={k: v for k, v in (document.seal or {}).items() if k != "cgv_pages"})
        assert packs._stored_cgv_pages(session, offer, older) == expected
        session.expunge_all()
