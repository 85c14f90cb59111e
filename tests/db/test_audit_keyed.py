"""The keyed audit chain against an attacker who holds the database file (and drops the
triggers) but not the installation's audit key: every rewrite `offerdesk audit --verify`
must name, and the cut tail it must find (keychain anchor, sealed packs)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from sqlalchemy import delete, insert

from db.models import AuditEntry
from desktop import keychain
from desktop.cli import main
from desktop.domain.messages import msg
from desktop.domain.views import AuditReport
from desktop.services import audit, offers
from desktop.services.store import Store
from tests.db.factories import draft_input, setup, signed_offer
from tests.db.findings import named_entries, nested
from tests.db.tampering import entries, rewrite, unguard
from tests.documents.message_ids import message_ids


def check(store: Store, capsys: pytest.CaptureFixture[str], seq: int, *found: str) -> AuditReport:
    """The report names entry `seq` first with the findings `found` (identifiers), and the
    command prints each finding."""
    report = audit.verify(store)
    assert not report.ok
    assert report.first_bad_seq == seq
    assert seq in named_entries(report.problems)
    assert set(found) <= message_ids(report.problems), report.problems
    assert main(["audit", "--verify", "--db", store.url]) == 1
    out = capsys.readouterr().out
    assert "journal d'audit ALTÉRÉ" in out
    for problem in report.problems:
        assert str(problem) in out
    return report


@pytest.fixture
def signed(store: Store) -> int:
    client_id = setup(store)
    return signed_offer(store, client_id).id


def test_an_intact_keyed_chain_verifies(
    store: Store, signed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = entries(store)
    assert all(r["mac"] and r["key_id"] == rows[0]["key_id"] for r in rows)
    report = audit.verify(store)
    assert report.ok
    assert report.authenticated == len(rows)
    assert report.legacy == 0
    assert report.anchor_seq == rows[-1]["seq"]
    assert main(["audit", "--verify", "--db", store.url]) == 0
    assert "journal d'audit intact" in capsys.readouterr().out


def test_a_rewritten_and_rehashed_entry_is_named(
    store: Store, signed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = entries(store)
    target = next(r for r in rows if r["action"] == "offer.create")
    target["payload"] = {**target["payload"], "monthly_ht": "1.00"}
    rewrite(store, rows)
    check(store, capsys, target["seq"], "records.audit.mac_wrong")


def test_two_swapped_entries_are_named(store: Store, signed: int, capsys: pytest.CaptureFixture[str]) -> None:
    rows = entries(store)
    i, j = len(rows) - 4, len(rows) - 3  # offer.create and offer.present
    content = ("at", "actor", "action", "entity", "payload")
    for column in content:
        rows[i][column], rows[j][column] = rows[j][column], rows[i][column]
    rewrite(store, rows)
    report = check(store, capsys, rows[i]["seq"], "records.audit.mac_wrong")
    assert rows[j]["seq"] in named_entries(report.problems)


@pytest.mark.parametrize("mac", [None, "ab" * 32])
def test_a_forged_entry_appended_at_the_tail_is_named(
    store: Store, signed: int, mac: str | None, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = entries(store)
    last = rows[-1]
    forged = {
        "seq": last["seq"] + 1,
        "at": dt.datetime(2026, 3, 4, tzinfo=dt.UTC),
        "actor": "mallory",
        "action": "offer.pack",
        "entity": last["entity"],
        "payload": {"sha256": "0" * 64},
        "prev_hash": last["hash"],
        "mac": mac,
        "key_id": last["key_id"] if mac else None,
    }
    text = audit.canonical(forged["at"], "mallory", "offer.pack", forged["entity"], forged["payload"])
    forged["hash"] = audit.entry_hash(last["hash"], text)
    with store.engine.begin() as connection:  # the triggers let a well-linked tail entry in
        connection.execute(insert(AuditEntry.__table__), [forged])
    check(
        store,
        capsys,
        forged["seq"],
        "records.audit.not_authenticated" if mac is None else "records.audit.mac_wrong",
    )


def test_entries_deleted_in_the_middle_are_named(
    store: Store, signed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = entries(store)
    k = len(rows) // 2
    removed = rows.pop(k)
    unguard(store)
    with store.engine.begin() as connection:
        connection.execute(delete(AuditEntry.__table__).where(AuditEntry.seq == removed["seq"]))
    check(store, capsys, rows[k]["seq"], "records.audit.link_broken")
    rewrite(store, rows)  # relinked as well: the MACs give it away, and the gap
    report = check(store, capsys, rows[k]["seq"], "records.audit.mac_wrong")
    gap = msg("records.audit.entries_missing", first=removed["seq"], last=removed["seq"], count=1)
    assert gap in nested(report.problems)


def _pack(store: Store, offer_id: int, folder: Path) -> Path:
    number = offers.get_offer(store, offer_id).number
    path = folder / f"{number}.pdf"
    assert main(["pack", number, "-o", str(path), "--db", store.url]) == 0
    return path


def test_a_cut_tail_is_found_by_the_anchor_and_by_the_packs(
    store: Store, signed: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = _pack(store, signed, tmp_path)
    rows = entries(store)
    sign = next(r for r in rows if r["action"] == "offer.sign")
    assert main(["audit", "--verify", "--pack", str(pack), "--db", store.url]) == 0
    assert "1 contrat scellé retrouvé" in capsys.readouterr().out

    unguard(store)
    with store.engine.begin() as connection:  # offer.sign and offer.pack cut off
        connection.execute(delete(AuditEntry.__table__).where(AuditEntry.seq >= sign["seq"]))
    report = audit.verify(store)
    assert not report.ok
    assert report.first_bad_seq == rows[-1]["seq"]
    end, last = sign["seq"] - 1, rows[-1]["seq"]
    assert report.problems[0] == msg(
        "records.audit.tail_cut", end=end, seq=last, first=sign["seq"], count=last - end
    )

    with store.read() as session:  # without the anchor, the chain alone looks whole ...
        keychain.delete_secret(audit.ANCHOR_NAME, audit._anchor_scope(session))
    assert audit.verify(store).ok
    # ... and the sealed pack the client holds names the missing entry
    assert main(["audit", "--verify", "--pack", str(pack), "--db", store.url]) == 1
    out = capsys.readouterr().out
    [missing] = audit.verify(store, {str(pack): pack.read_bytes()}).problems
    assert missing.id == "records.audit.pack_sign_missing"
    assert missing.params["seq"] == sign["seq"]
    assert str(missing) in out


def test_a_pack_the_chain_does_not_know_is_reported(
    store: Store, signed: int, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pack = _pack(store, signed, tmp_path)
    other = tmp_path / "other.sqlite3"
    from db.engine import sqlite_url
    from desktop.services.store import open_store

    fresh = open_store(sqlite_url(other), backup=False)
    try:
        report = audit.verify(fresh, {str(pack): pack.read_bytes()})
    finally:
        fresh.close()
    signs = {"records.audit.pack_sign_missing", "records.audit.pack_sign_differs"}
    assert message_ids(report.problems) & signs
    assert main(["audit", "--verify", "--pack", str(pack), "--db", sqlite_url(other)]) == 1
    out = capsys.readouterr().out
    assert "journal d'audit ALTÉRÉ" in out
    assert str(report.problems[0]) in out


def test_an_entry_of_another_installation_needs_its_key(store: Store, signed: int) -> None:
    with store.read() as session:
        scope = audit.database_id(session)
    mine = keychain.get_secret(audit.KEY_NAME, scope)
    assert mine is not None
    keychain.set_secret(audit.KEY_NAME, "the other laptop's key", scope)
    try:
        offers.create_draft(store, draft_input(setup(store, "ABC")))  # written by "the other laptop"
    finally:
        keychain.set_secret(audit.KEY_NAME, mine, scope)
    report = audit.verify(store)
    assert not report.ok
    assert "records.audit.unknown_key" in message_ids(report.problems[:1])
    with store.read() as session:
        audit.import_key(session, "the other laptop's key")
    assert audit.verify(store).ok


def test_a_rolled_back_entry_leaves_the_anchor_alone(store: Store, signed: int) -> None:
    before = audit.verify(store).anchor_seq

    def failing_use_case() -> None:
        with store.session() as session:
            audit.record(session, "test.rollback", "x", {})
            raise RuntimeError("the use case fails after its audit entry")

    with pytest.raises(RuntimeError):
        failing_use_case()
    report = audit.verify(store)
    assert report.ok  # no false "cut" alarm for an entry that was never committed
    assert report.anchor_seq == before


@pytest.mark.parametrize(
    "error",
    [
        keychain.KeychainUnavailable("aucun trousseau"),
        ModuleNotFoundError("tests.keychain_backend"),  # PYTHON_KEYRING_BACKEND not shipped
        KeyError("OFFERDESK_TEST_KEYRING"),  # a misconfigured backend (the smoke's fresh user)
    ],
)
def test_without_a_keychain_entries_are_written_and_reported_unauthenticated(
    store: Store,
    signed: int,
    monkeypatch: pytest.MonkeyPatch,
    error: Exception,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def unavailable(*_: object) -> str:
        raise error

    client_id = setup(store, "ABC")
    with monkeypatch.context() as patch:
        patch.setattr(keychain, "get_or_create_secret", unavailable)
        offers.create_draft(store, draft_input(client_id))  # the action is not refused
    warned = [r for r in caplog.records if r.getMessage().startswith("audit entries are not authenticated")]
    assert warned
    # no keychain (a headless laptop) is one line, not a traceback on a command's stderr each time
    assert all((not r.exc_info) == isinstance(error, keychain.KeychainUnavailable) for r in warned)
    last = entries(store)[-1]
    assert last["mac"] is None
    report = audit.verify(store)
    assert report.first_bad_seq == last["seq"]
    assert "records.audit.not_authenticated" in message_ids(report.problems[:1])


def test_after_a_deliberate_restore_the_anchor_is_moved_by_its_holder(
    store: Store, signed: int, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = entries(store)
    unguard(store)
    with store.engine.begin() as connection:  # what restoring an older backup amounts to
        connection.execute(delete(AuditEntry.__table__).where(AuditEntry.seq > rows[-3]["seq"]))
    assert main(["audit", "--verify", "--db", store.url]) == 1
    capsys.readouterr()
    assert main(["audit", "--reanchor", "--verify", "--db", store.url]) == 0
    out = capsys.readouterr().out
    assert f"ancre du trousseau : entrée {rows[-3]['seq']}" in out
    assert "journal d'audit intact" in out
    assert audit.verify(store).anchor_seq == rows[-3]["seq"]
