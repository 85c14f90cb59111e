"""The audit chain: every use case appends an entry chained to the previous hash; a tampered
entry (changed with the append-only trigger dropped) is found by `offerdesk audit --verify`."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from sqlalchemy import insert, select, text

from db.engine import make_engine, sqlite_url
from db.migrate import upgrade
from db.models import AuditEntry
from desktop.cli import main
from desktop.services import audit, offers
from desktop.services.store import Store, open_store
from tests.db.factories import draft_input, setup, signed_offer
from tests.db.findings import named_entries
from tests.db.tampering import entries, rewrite
from tests.documents.message_ids import message_ids


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
            connection.exec_driver_sql("DROP TRIGGER audit_log_no_replace")
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
    assert "records.audit.content_changed" in message_ids(report.problems[:1])
    assert seq in named_entries(report.problems[:1])

    assert main(["audit", "--verify", "--db", store.url]) == 1
    out = capsys.readouterr().out
    assert "ALTÉRÉ" in out
    assert str(report.problems[0]) in out


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
    assert "records.audit.link_broken" in message_ids(report.problems)


def test_verify_command_on_an_intact_chain(store: Store, capsys: pytest.CaptureFixture[str]) -> None:
    setup(store)
    assert main(["audit", "--verify", "--db", store.url]) == 0
    assert "journal d'audit intact" in capsys.readouterr().out


def _legacy_database(tmp_path: Path, count: int = 3) -> str:
    """A database at revision 0003 whose log was written before the audit key (no MAC)."""
    url = sqlite_url(tmp_path / "legacy.sqlite3")
    engine = make_engine(url)
    upgrade(engine, "0003")
    rows, prev = [], audit.GENESIS
    for i in range(count):
        at = dt.datetime(2025, 1, i + 1, tzinfo=dt.UTC)
        payload = {"n": i}
        digest = audit.entry_hash(prev, audit.canonical(at, "system", "legacy.test", "x", payload))
        rows.append({"seq": i + 1, "at": at, "actor": "system", "action": "legacy.test", "entity": "x"})
        rows[-1].update(payload=payload, prev_hash=prev, hash=digest)
        prev = digest
    with engine.begin() as connection:  # the 0003 columns only
        connection.execute(insert(AuditEntry.__table__), rows)
    engine.dispose()
    return url


def test_a_legacy_log_is_reported_then_sealed_by_a_checkpoint(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = open_store(_legacy_database(tmp_path), backup=False, seed=False)
    try:
        report = audit.verify(store)
        assert report.ok  # the chain hash still checks
        assert (report.legacy, report.authenticated, report.legacy_covered) == (3, 0, False)
        assert main(["audit", "--verify", "--db", store.url]) == 0
        assert "3 entrées non authentifiées" in capsys.readouterr().out

        seq = audit.checkpoint_legacy(store)
        assert seq == 4
        assert audit.checkpoint_legacy(store) is None  # nothing left to seal
        report = audit.verify(store)
        assert (report.legacy, report.authenticated, report.legacy_covered) == (3, 1, True)
        assert report.ok

        # rewriting a legacy entry (and every hash after it) now breaks the checkpoint's MAC
        rows = entries(store)
        rows[0]["payload"] = {"n": 99}
        rewrite(store, rows)
        report = audit.verify(store)
        assert report.first_bad_seq == 4
        assert "records.audit.mac_wrong" in message_ids(report.problems[:1])
    finally:
        store.close()


def test_the_first_open_with_a_key_checkpoints_a_legacy_log(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop.services import seed

    for step in ("_seed_company", "_seed_series", "_seed_vat", "_seed_cgv", "_seed_catalogue"):
        monkeypatch.setattr(seed, step, lambda session: None)  # reference data: not the point here
    store = open_store(_legacy_database(tmp_path), backup=False)
    try:
        with store.read() as session:
            last = session.scalars(select(AuditEntry).order_by(AuditEntry.seq.desc()).limit(1)).one()
            assert (last.seq, last.action) == (4, audit.CHECKPOINT_ACTION)
            assert last.payload["covers_through_seq"] == 3
        report = audit.verify(store)
        assert report.ok
        assert (report.legacy, report.authenticated, report.legacy_covered) == (3, 1, True)
    finally:
        store.close()
