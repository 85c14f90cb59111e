"""Search figures (issue 10): substring searches, first page of 50, on 100,000 offers.

Both engines in the same run: SQLite (the 100,000-offer database of bench_store, FTS5
trigram) and PostgreSQL (the suite's throw-away server, tests/db/pgserver.py, with the same
clients and offers copied in — without their lines, which no list or search reads — and
pg_trgm). Each next to the baseline the issue names: main's client-name prefix search (an
index range on clients.search_name), run through the same store in the same process.

Run: `.venv/bin/python -m tests.bench search` (or `make bench`).
"""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from typing import Any

from sqlalchemy import insert, select, text

from db.models import Client, Offer
from db.search import TRIGRAM_INDEXES, rebuild
from desktop.domain.views import RepresentativeInput
from desktop.services import listing, settings
from desktop.services.clients import search_key
from desktop.services.store import Store, open_store
from tests.bench.bench_store import BIG, RUNS, _database, sqlite_url

PREFIX = "Boulangerie"
# (label, query): frequent and rare words, inside words, numbers, VAT, city, several words
QUERIES = (
    ("name word 'schmit'", "schmit"),
    ("inside a word 'langer'", "langer"),
    ("number part '0001'", "0001"),
    ("number part '2024-BEN-0'", "2024-BEN-0"),
    ("VAT part '4242'", "4242"),
    ("city 'ettelbruck'", "ettelbruck"),
    ("two words 'schmit sarl'", "schmit sarl"),
    ("two words 'garage diekirch'", "garage diekirch"),
    ("accents 'electricite'", "electricite"),
    ("short 'sa' (LIKE)", "sa"),
    ("no match 'zzzzq'", "zzzzq"),
)


def _prefix_page(store: Store, prefix: str) -> list[Any]:
    """Main's client-name prefix search (the baseline): an index range on search_name."""
    key = search_key(prefix)
    query = (
        select(*listing.ROW_COLUMNS)
        .join(Client, Client.id == Offer.client_id)
        .where(Client.search_name >= key, Client.search_name < key + "\U0010ffff")
        .order_by(Offer.offer_date.desc(), Offer.id.desc())
        .limit(50)
    )
    with store.read() as session:
        return list(session.execute(query))


def _timed(action: Callable[[], object]) -> tuple[float, float]:
    """Median wall time and median CPU time of this process (ms) over RUNS runs."""
    action()
    wall, cpu = [], []
    for _ in range(RUNS):
        w, c = time.perf_counter(), time.process_time()
        action()
        cpu.append((time.process_time() - c) * 1000)
        wall.append((time.perf_counter() - w) * 1000)
    return statistics.median(wall), statistics.median(cpu)


def _measure(store: Store) -> list[tuple[str, float, float, int]]:
    results = [("baseline: prefix 'Boulangerie' (main)", *_timed(lambda: _prefix_page(store, PREFIX)), -1)]
    first_page = _timed(lambda: listing.list_offers(store, limit=50))
    results.append(("baseline: first page, no search", *first_page, -1))
    for label, query in QUERIES:
        found = len(listing.list_offers(store, search=query, limit=50))
        results.append(
            (label, *_timed(lambda q=query: listing.list_offers(store, search=q, limit=50)), found)
        )
    return results


def _postgres_copy(sqlite_store: Store) -> tuple[Store, float]:
    """A PostgreSQL store on the suite's throw-away server with the same clients and offers."""
    from tests.db.fixtures import _admin_execute
    from tests.db.pgserver import server

    started = time.perf_counter()
    name = f"bench_search_{int(time.time())}"
    _admin_execute(f"CREATE DATABASE {name}")
    store = open_store(server().url(name), backup=False)
    settings.set_representative(store, RepresentativeInput(code="BEN", name="Bench Mark"))
    with sqlite_store.read() as source, store.session() as target:
        for index in TRIGRAM_INDEXES.values():  # built once at the end, as migration 0006 does
            target.execute(text(f"DROP INDEX {index}"))
        for model in (Client, Offer):
            rows = [dict(r) for r in source.execute(select(model.__table__)).mappings()]
            for start in range(0, len(rows), 5000):
                target.execute(insert(model.__table__), rows[start : start + 5000])
        rebuild(target.connection())
        for table_name, index in TRIGRAM_INDEXES.items():
            target.execute(text(f"CREATE INDEX {index} ON {table_name} USING gin (text gin_trgm_ops)"))
    with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        connection.execute(text("VACUUM ANALYZE"))
    return store, time.perf_counter() - started


def run() -> list[str]:
    path, generated = _database(BIG)
    lines = [] if generated is None else [f"generated the 100,000-offer database in {generated:.1f} s"]
    sqlite_store = open_store(sqlite_url(path), backup=False, seed=False)
    try:
        measured = {"SQLite": _measure(sqlite_store)}
        try:
            pg_store, copy_s = _postgres_copy(sqlite_store)
        except Exception as exc:  # no server here: the SQLite figures still stand
            lines.append(f"PostgreSQL: not measured ({exc})")
        else:
            lines.append(f"PostgreSQL: 100,000 offers copied in and indexed in {copy_s:.1f} s")
            try:
                measured["PostgreSQL"] = _measure(pg_store)
            finally:
                pg_store.close()
    finally:
        sqlite_store.close()
    worst = 0.0
    for engine, results in measured.items():
        cpu_of = "this process" if engine == "SQLite" else "the client only; the server's is not counted"
        lines.append(f"{engine}, first page of 50 of 100,000 offers, median of {RUNS} (CPU: {cpu_of}):")
        for label, ms, cpu, found in results:
            shown = "" if found < 0 else f", {found} on the page"
            lines.append(f"  {label}: {ms:.2f} ms (CPU {cpu:.2f} ms{shown})")
            if found >= 0:
                worst = max(worst, ms)
    lines.append(
        f"target < 20 ms for every substring search: {'met' if worst < 20 else 'NOT met'}"
        f" (worst {worst:.2f} ms)"
    )
    return lines


if __name__ == "__main__":
    for line in run():
        print(line, flush=True)
