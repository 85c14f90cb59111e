"""A crash never leaves half an offer: a subprocess is SIGKILLed in the middle of saving and of
signing (paused inside the transaction, after its rows were written), then the database is
reopened: integrity check ok, the last committed state intact, nothing of the killed work."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path
from sqlite3.dump import _iterdump

import pytest

from db import cipher
from db.engine import sqlite_url
from desktop.services import audit, offers
from desktop.services.store import PAUSE_ENV, PAUSE_MARKER_ENV, Store, open_store
from tests.db.factories import draft_input, setup
from tests.db.fixtures import new_sqlite_store

CHILD = textwrap.dedent(
    """
    import sys
    import db.engine as engine

    original = engine._on_sqlite_connect

    def tiny_cache(connection, record):
        original(connection, record)
        # a one-page cache spills the transaction's pages into the WAL before commit, so the
        # kill happens with uncommitted frames on disk, not only in memory
        connection.execute("PRAGMA cache_size = 1")

    engine._on_sqlite_connect = tiny_cache

    from desktop.services import offers
    from desktop.services.store import open_store
    from tests.db.factories import draft_input, signer
    import datetime as dt

    store = open_store(sys.argv[1], backup=False)
    action, offer_id, client_id = sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    if action == "create":
        offers.create_draft(store, draft_input(client_id, special_conditions="x" * 20000))
    elif action == "update":
        offers.update_draft(store, offer_id, draft_input(client_id, engagement_months=24))
    elif action == "sign":
        at = dt.datetime(2026, 3, 3, 10, tzinfo=dt.UTC)
        offers.sign(store, offer_id, signer(), "Luxembourg", representative=signer("Jean Dupont"), at=at)
    print("finished without pausing", flush=True)
    """
)


def _dump(path: Path) -> list[str]:
    connection = cipher.connect(path, cipher.key_of_file(path))
    try:
        return list(_iterdump(connection))  # the stdlib's dump, on the SQLCipher connection
    finally:
        connection.close()


def _kill_inside(
    tmp_path: Path, store: Store, pause: str, action: str, offer_id: int, client_id: int
) -> None:
    assert store.path is not None
    marker = tmp_path / "paused"
    env = {**os.environ, PAUSE_ENV: pause, PAUSE_MARKER_ENV: str(marker)}
    child = subprocess.Popen(
        [sys.executable, "-c", CHILD, store.url, action, str(offer_id), str(client_id)],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 60
    while not marker.exists():
        if child.poll() is not None:
            out, err = child.communicate()
            pytest.fail(f"child ended before the pause point: {out.decode()} {err.decode()}")
        if time.monotonic() > deadline:
            child.kill()
            pytest.fail("child never reached the pause point")
        time.sleep(0.02)
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL
    # the killed transaction had written (uncommitted) pages to the WAL: a real torn state
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.exists()
    assert wal.stat().st_size > 0


def _reopen_and_check(store: Store, before: list[str]) -> Store:
    assert store.path is not None
    reopened = open_store(sqlite_url(store.path), backup=False)
    with reopened.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        assert connection.exec_driver_sql("PRAGMA foreign_key_check").all() == []
    assert _dump(store.path) == before
    assert audit.verify(reopened).ok
    return reopened


@pytest.fixture
def prepared(tmp_path: Path) -> tuple[Store, int, int]:
    store = new_sqlite_store(tmp_path)
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    store.close()
    return store, draft.id, client_id


def test_killed_while_creating_an_offer(tmp_path: Path, prepared: tuple[Store, int, int]) -> None:
    store, draft_id, client_id = prepared
    assert store.path is not None
    before = _dump(store.path)
    _kill_inside(tmp_path, store, "create_draft", "create", draft_id, client_id)
    reopened = _reopen_and_check(store, before)
    rows = offers.list_offers(reopened)
    assert [r.id for r in rows] == [draft_id]
    # the number the killed transaction took is free again: no gap, no duplicate
    assert offers.create_draft(reopened, draft_input(client_id)).number.endswith("-0002")


def test_killed_while_saving_a_draft(tmp_path: Path, prepared: tuple[Store, int, int]) -> None:
    store, draft_id, client_id = prepared
    assert store.path is not None
    before = _dump(store.path)
    _kill_inside(tmp_path, store, "update_draft", "update", draft_id, client_id)
    reopened = _reopen_and_check(store, before)
    assert offers.get_offer(reopened, draft_id).engagement_months == 36


def test_killed_while_signing(tmp_path: Path, prepared: tuple[Store, int, int]) -> None:
    store, draft_id, client_id = prepared
    assert store.path is not None
    live = open_store(store.url, backup=False)
    offers.present(live, draft_id)
    live.close()
    before = _dump(store.path)
    _kill_inside(tmp_path, store, "sign", "sign", draft_id, client_id)
    reopened = _reopen_and_check(store, before)
    offer = offers.get_offer(reopened, draft_id)
    assert offer.status.value == "presented"
    assert offer.signatures == ()
    assert offer.signed_at is None
