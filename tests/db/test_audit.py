"""The audit chain: every use case appends an entry chained to the previous hash; a tampered
entry (changed with the append-only trigger dropped) is found by `offerdesk audit --verify`."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select, text

from db.models import AuditEntry
from desktop.cli import main
from desktop.services import audit, offers
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer


def test_use_cases_append_a_chained_entry(store: Store) -> None:
    client_id = setup(store)
    signed_offer(store, client_id)
    with store.read() as session:
        entries = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).all()
        actions = [e.action for e in entries]
        links = [(e.prev_hash, e.hash) for e in entries]
    assert actions[-4:] == ["offer.create", "offer.present", "offer.sign", "offer.pack"]
    assert all(prev == links[i - 1][1] for i, (prev, _) in enumerate(links) if i)
    assert links[0][0] == audit.GENESIS
    report = audit.verify(store)
    assert report.ok
    assert report.entries == len(entries)


def _tamper(store: Store, sql: str) -> None:
    with store.engine.begin() as connection:
        if store.dialect == "sqlite":
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_update")
        else:
            connection.exec_driver_sql("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")
        connection.execute(text(sql))


def test_verify_finds_a_tampered_entry(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    client_id = setup(store)
    offer = offers.create_draft(store, draft_input(client_id))
    offers.present(store, offer.id)
    with store.read() as session:
        target = session.scalars(select(AuditEntry).where(AuditEntry.action == "offer.create")).one()
        payload = dict(target.payload)
        seq = target.seq
    payload["monthly_ht"] = "1.00"
    _tamper(store, f"UPDATE audit_log SET payload = '{json.dumps(payload)}' WHERE seq = {seq}")
    report = audit.verify(store)
    assert not report.ok
    assert report.first_bad_seq == seq
    assert "altered" in report.problems[0]

    assert main(["audit", "--verify", "--db", store.url]) == 1
    out = capsys.readouterr().out
    assert "BROKEN" in out
    assert f"entry {seq}" in out


def test_verify_finds_a_recomputed_but_unlinked_entry(store: Store) -> None:
    setup(store)
    with store.read() as session:
        first = session.scalars(select(AuditEntry).order_by(AuditEntry.seq)).first()
        assert first is not None
        seq = first.seq
        # a forger who recomputes the entry's own hash still breaks the next entry's link
        text_ = audit.canonical(first.at, "mallory", first.action, first.entity, first.payload)
        forged = audit.entry_hash(first.prev_hash, text_)
    _tamper(store, f"UPDATE audit_log SET actor = 'mallory', hash = '{forged}' WHERE seq = {seq}")
    report = audit.verify(store)
    assert not report.ok
    assert "link" in " ".join(report.problems)


def test_verify_command_on_an_intact_chain(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    setup(store)
    assert main(["audit", "--verify", "--db", store.url]) == 0
    assert "intact" in capsys.readouterr().out
