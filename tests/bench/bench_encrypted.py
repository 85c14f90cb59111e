"""Encryption at rest: the offers list and the client search on 100,000 offers, encrypted
(SQLCipher, raw key) next to the same database plain, in the same run.

The 100,000-offer database is bench_store's (generated once, cached in /tmp); from it a plain
copy and an encrypted copy are made (also cached: the encrypted one's key lives in a keyring
file beside them, the suite's file backend, never in the machine's keychain). Both are
measured through the real service, the two alternating run by run (60 runs each), medians of
the CPU time of the process (the figure; wall time beside it): on a shared machine the load
falls on both alike.

Run: `.venv/bin/python -m tests.bench.bench_encrypted` (or `make bench`).
"""

from __future__ import annotations

import os
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.services.store import Store

KEYRING_FILE = Path(tempfile.gettempdir()) / "offerdesk-bench-keyring.json"
# before anything imports keyring: a file backend of our own, not the machine's keychain
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keychain_backend.FileKeyring"
os.environ["OFFERDESK_TEST_KEYRING"] = str(KEYRING_FILE)

RUNS = 60


def _copies(source: Path) -> tuple[Path, Path]:
    from db import cipher
    from desktop.services.backup import _copy_consistent

    plain = source.with_name(source.stem + "-plain.sqlite3")
    encrypted = source.with_name(source.stem + "-encrypted.sqlite3")
    source_key = cipher.key_of_file(source)
    if cipher.file_state(plain) != "plain":
        _copy_consistent(source, plain, source_key=source_key, target_key=None)
    try:
        usable = cipher.file_state(encrypted) == "encrypted" and cipher.key_of_file(encrypted) is not None
    except cipher.DatabaseKeyError:
        usable = False
    if not usable:
        key, reason = cipher.new_database_key()
        assert key is not None, reason
        _copy_consistent(plain, encrypted, source_key=None, target_key=key)
    return plain, encrypted


def run() -> list[str]:
    import keyring
    from keyring.backends import fail

    from db import cipher
    from db.engine import sqlite_url
    from desktop.services.store import open_store
    from tests.bench.bench_store import BIG, _database

    own = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # bench_store's cached database stays as bench_store makes it
    try:
        source, generated = _database(BIG)
    finally:
        keyring.set_keyring(own)
    plain, encrypted = _copies(source)
    assert cipher.file_state(plain) == "plain"
    assert cipher.file_state(encrypted) == "encrypted"
    prefix = "Boulangerie"
    stores = {name: open_store(sqlite_url(path), backup=False, seed=False) for name, path in
              (("plain", plain), ("encrypted", encrypted))}  # fmt: skip
    try:
        figures = _interleaved(stores, prefix)
    finally:
        for store in stores.values():
            store.close()
    lines = []
    if generated is not None:
        lines.append(f"generated the 100,000-offer database in {generated:.1f} s (cached)")
    ratios = []
    for figure, label in (
        ("select1", "SELECT 1 round trip through the store"),
        ("first_page", "offers list, first page (50 newest)"),
        ("prefix", f"client-name prefix search '{prefix}', first page"),
        ("first_page_cold", "offers list, first page, on a new connection (cold page cache)"),
        ("prefix_cold", f"client-name prefix search '{prefix}', on a new connection"),
    ):
        (pw, pc), (ew, ec) = figures["plain"][figure], figures["encrypted"][figure]
        if figure in ("first_page", "prefix"):
            ratios.append(ec / pc)
        lines.append(
            f"{label}: CPU {ec:.2f} ms encrypted vs {pc:.2f} ms plain = {ec / pc:.2f}x; "
            f"wall {ew:.2f} vs {pw:.2f} ms = {ew / pw:.2f}x"
        )
    size_p, size_e = plain.stat().st_size, encrypted.stat().st_size
    lines.append(f"file size: encrypted {size_e / 2**20:.1f} MiB vs plain {size_p / 2**20:.1f} MiB")
    lines.append(
        f"target <= 1.5x (the application's own pooled connections; CPU time, medians of {RUNS} "
        "interleaved runs): "
        f"{'met' if max(ratios) <= 1.5 else 'NOT met'} (worst {max(ratios):.2f}x)"
    )
    return lines


def _interleaved(stores: dict[str, Store], prefix: str) -> dict[str, dict[str, tuple[float, float]]]:
    """Median (wall ms, CPU ms) per figure and store, the two stores alternating run by run so
    that the load of a shared machine falls on both alike."""
    from sqlalchemy import select

    from db.engine import make_engine
    from desktop.services import offers
    from desktop.services.store import Store

    def select_one(store: Store) -> object:
        with store.read() as session:
            return session.execute(select(1)).scalar()

    def cold(query: Callable[[Store], object]) -> Callable[[Store], object]:
        """`query` on a new connection (empty page cache): what the first query of a start pays."""

        def run_cold(store: Store) -> object:
            fresh = Store(make_engine(store.url), store.url)
            try:
                return query(fresh)
            finally:
                fresh.engine.dispose()

        return run_cold

    def first_page(store: Store) -> object:
        return offers.list_offers(store, limit=50)

    def search(store: Store) -> object:
        return offers.list_offers(store, search=prefix, limit=50)

    actions: dict[str, Callable[[Store], object]] = {
        "select1": select_one,
        "first_page": first_page,
        "prefix": search,
        "first_page_cold": cold(first_page),
        "prefix_cold": cold(search),
    }
    samples: dict[str, dict[str, list[tuple[float, float]]]] = {n: {f: [] for f in actions} for n in stores}
    for figure, action in actions.items():
        for store in stores.values():
            action(store)  # warm the OS page cache once
        for _ in range(RUNS):
            for name, store in stores.items():
                wall, cpu = time.perf_counter(), time.process_time()
                action(store)
                samples[name][figure].append(
                    ((time.perf_counter() - wall) * 1000, (time.process_time() - cpu) * 1000)
                )
    return {
        name: {
            figure: (statistics.median(w for w, _ in runs), statistics.median(c for _, c in runs))
            for figure, runs in per_figure.items()
        }
        for name, per_figure in samples.items()
    }


if __name__ == "__main__":
    for line in run():
        print(line, flush=True)
