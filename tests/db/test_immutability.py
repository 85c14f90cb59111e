"""A signed offer, its lines, signatures and documents never change: the services refuse, and
the database's triggers refuse raw SQL too (SQLite and PostgreSQL). The audit log is append-only."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from desktop.domain.messages import msg
from desktop.domain.vocabulary import OfferStatus
from desktop.services import offers
from desktop.services.errors import OfferStateError
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer


def _raw(store: Store, sql: str, **params: object) -> None:
    with store.engine.begin() as connection:
        connection.execute(text(sql), params)


def _add_document(store: Store, offer_id: int) -> None:
    pdf = b"%PDF-1.7 test"
    _raw(
        store,
        "INSERT INTO documents (offer_id, kind, pdf, sha256, created_at)"
        " VALUES (:o, 'contract_pack', :p, :h, :t)",
        o=offer_id,
        p=pdf,
        h=hashlib.sha256(pdf).hexdigest(),
        t=dt.datetime(2026, 3, 3, tzinfo=dt.UTC),
    )


def test_the_services_refuse_to_change_a_signed_offer(store: Store) -> None:
    client_id = setup(store)
    offer = signed_offer(store, client_id)
    for attempt in (
        lambda: offers.update_draft(store, offer.id, draft_input(client_id)),
        lambda: offers.reprice(store, offer.id),
        lambda: offers.present(store, offer.id),
        lambda: offers.cancel(store, offer.id),
        lambda: offers.sign(store, offer.id, *_again()),
    ):
        with pytest.raises(OfferStateError, match="est signée"):
            attempt()
    assert offers.get_offer(store, offer.id) == offer


def _again() -> tuple[object, str]:
    from tests.db.factories import signer

    return signer(), "Esch"


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE offers SET special_conditions = 'changed' WHERE id = :id",
        "UPDATE offers SET monthly_ht = 1 WHERE id = :id",
        "UPDATE offers SET status = 'draft', signed_at = NULL WHERE id = :id",
        "DELETE FROM offers WHERE id = :id",
        "UPDATE offer_lines SET quantity = 99 WHERE offer_id = :id",
        "UPDATE offer_lines SET unit_monthly = 0 WHERE offer_id = :id",
        "DELETE FROM offer_lines WHERE offer_id = :id",
        "INSERT INTO offer_lines (offer_id, position, product_code, product_name, category, unit_monthly,"
        " unit_installation, installation_indexed, quantity, monthly_discount, installation_discount,"
        " vat_category, vat_rate, installation_unit_ht, monthly_ht, installation_ht) VALUES"
        " (:id, 99, 'X', 'X', '', 1, 1, false, 1, 0, 0, 'standard', 17, 1, 1, 1)",
        "UPDATE signatures SET signer_name = 'Someone else' WHERE offer_id = :id",
        "DELETE FROM signatures WHERE offer_id = :id",
        "UPDATE documents SET pdf = :blob WHERE offer_id = :id",
        "DELETE FROM documents WHERE offer_id = :id",
    ],
)
def test_raw_sql_cannot_change_a_signed_offer(store: Store, sql: str) -> None:
    client_id = setup(store)
    offer = signed_offer(store, client_id)
    before = offers.get_offer(store, offer.id)
    params: dict[str, object] = {"id": offer.id}
    if ":blob" in sql:
        params["blob"] = b"forged"
    with pytest.raises(DBAPIError, match="immutable"):
        _raw(store, sql, **params)
    assert offers.get_offer(store, offer.id) == before


def test_raw_sql_cannot_add_a_second_pack_to_a_signed_offer(store: Store) -> None:
    from desktop.services import packs

    client_id = setup(store)
    offer = signed_offer(store, client_id)
    sealed = packs.pack_bytes(store, offer.number).pdf
    with pytest.raises(DBAPIError, match=r"(?i)immutable|unique|duplicate"):
        _add_document(store, offer.id)
    assert packs.pack_bytes(store, offer.number).pdf == sealed


def test_a_tampered_stored_pack_is_refused_by_offerdesk_pack(
    store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from desktop.cli import main

    client_id = setup(store)
    offer = signed_offer(store, client_id)
    out = tmp_path / "pack.pdf"
    assert main(["pack", offer.number, "-o", str(out), "--db", store.url]) == 0
    capsys.readouterr()
    if store.engine.dialect.name == "sqlite":
        _raw(store, "DROP TRIGGER documents_signed_no_update")
    else:
        _raw(store, "DROP TRIGGER documents_signed_guard ON documents")
    forged = out.read_bytes().replace(b"Boulangerie", b"Boulangeriz")
    assert forged != out.read_bytes()
    _raw(
        store,
        "UPDATE documents SET pdf = :p, sha256 = :h WHERE offer_id = :id",
        p=forged,
        h=hashlib.sha256(forged).hexdigest(),
        id=offer.id,
    )
    out.unlink()
    assert main(["pack", offer.number, "-o", str(out), "--db", store.url]) == 1
    err = capsys.readouterr().err
    changed = msg("records.pack.pack_changed", number=offer.number, revision=offer.revision)
    assert changed.text() in err
    assert not out.exists()


def test_raw_sql_can_still_change_a_draft(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    _raw(store, "UPDATE offer_lines SET quantity = 3 WHERE offer_id = :id AND position = 1", id=draft.id)
    _raw(store, "UPDATE offers SET special_conditions = 'ok' WHERE id = :id", id=draft.id)
    assert offers.get_offer(store, draft.id).special_conditions == "ok"


def test_only_lifecycle_steps_pass_on_a_signed_offer(store: Store) -> None:
    client_id = setup(store)
    offer = signed_offer(store, client_id)
    # activation twice, or changing the date afterwards, is refused by the database
    activated = offers.record_activation(store, offer.id, dt.date(2026, 4, 1))
    assert activated.status is OfferStatus.ACTIVATED
    with pytest.raises(DBAPIError, match="immutable"):
        _raw(store, "UPDATE offers SET activation_date = '2026-05-01' WHERE id = :id", id=offer.id)
    with pytest.raises(DBAPIError, match="immutable"):
        _raw(store, "UPDATE offers SET status = 'signed' WHERE id = :id", id=offer.id)
    # a later signed revision supersedes it; its content stays as signed
    revision = offers.new_revision(store, offer.id, dt.date(2026, 3, 10))
    assert offers.get_offer(store, offer.id).status is OfferStatus.ACTIVATED
    offers.present(store, revision.id)
    offers.sign(
        store,
        revision.id,
        *_again(),  # type: ignore[arg-type]
        representative=_again()[0],  # type: ignore[arg-type]
        at=dt.datetime(2026, 3, 11, 9, tzinfo=dt.UTC),
    )
    old = offers.get_offer(store, offer.id)
    assert old.status is OfferStatus.SUPERSEDED
    assert old.lines == activated.lines
    assert old.signatures == activated.signatures


@pytest.mark.parametrize("sql", ["UPDATE audit_log SET actor = 'x'", "DELETE FROM audit_log"])
def test_the_audit_log_is_append_only(store: Store, sql: str) -> None:
    setup(store)
    with pytest.raises(DBAPIError, match="append-only"):
        _raw(store, sql)


def test_an_orm_change_through_the_store_is_refused_with_a_clear_error(store: Store) -> None:
    from db.models import Offer
    from desktop.services.errors import ImmutableError

    client_id = setup(store)
    offer = signed_offer(store, client_id)

    def tamper() -> None:
        with store.session() as session:
            row = session.get(Offer, offer.id)
            assert row is not None
            row.special_conditions = "changed behind the services' back"

    with pytest.raises(ImmutableError, match="est signée"):
        tamper()
    assert offers.get_offer(store, offer.id) == offer
