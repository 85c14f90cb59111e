"""Store figures: the offers list on 100,000 offers (~1,000,000 lines) in SQLite.

Measured through the real service (desktop.services.offers.list_offers), median of repeated
runs, next to baselines taken in the same run: a bare `SELECT 1` round trip through the
store, and the same queries on a 1,000-offer database. Also the database size per 1,000
offers. The generated databases are cached in /tmp, keyed by schema revision and generator
version, so only the first run pays for the generation.

Run: `.venv/bin/python -m tests.bench.bench_store` (or `make bench`).
"""

from __future__ import annotations

import datetime as dt
import json
import random
import statistics
import tempfile
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select

from db import cipher
from db.base import COTE, MONEY, PERCENT
from db.engine import make_engine, sqlite_url
from db.migrate import head_revision
from db.search import rebuild
from desktop.domain.views import RepresentativeInput
from desktop.services import offers, settings
from desktop.services.clients import search_key
from desktop.services.store import Store, open_store

# 2: amounts as ExactDecimal stores them; 3: VAT, RCS, cities, search index; 4: signatures
GENERATOR_VERSION = 4
BIG = 100_000
SMALL = 1_000
CLIENTS_PER_OFFER = 10  # 10,000 clients for 100,000 offers
LINES_PER_OFFER = (6, 14)  # uniform: ~10 lines an offer on average
RUNS = 30

FIRST = (
    "Boulangerie", "Garage", "Cabinet", "Pharmacie", "Hôtel", "Restaurant", "Société", "Atelier",
    "Brasserie", "Clinique", "Étude", "Fiduciaire", "Immobilière", "Transports", "Menuiserie",
    "Électricité", "Plomberie", "Librairie", "Boucherie", "Café", "Agence", "Banque", "Crèche",
    "Imprimerie", "Laboratoire", "Optique", "Quincaillerie", "Salon", "Toiture", "Vins",
)  # fmt: skip
SECOND = (
    "Schmit", "Muller", "Weber", "Wagner", "Hoffmann", "Thill", "Kremer", "Reuter", "Schroeder",
    "Becker", "Klein", "Hansen", "Meyer", "Majerus", "Weis", "Steffen", "Feller", "Kieffer",
    "Ries", "Faber", "Wirtz", "Goergen", "Lentz", "Braun", "Frisch", "Simon", "Jacoby", "Pletschette",
)  # fmt: skip
FORMS = ("s.à r.l.", "S.A.", "s.à r.l.-S", "SCS", "& Fils", "ASBL")
CITIES = (
    "Luxembourg", "Esch-sur-Alzette", "Differdange", "Dudelange", "Ettelbruck", "Diekirch", "Wiltz",
    "Echternach", "Grevenmacher", "Remich", "Mersch", "Clervaux", "Vianden", "Bettembourg", "Strassen",
)  # fmt: skip


def _cache_path(n_offers: int) -> Path:
    key = f"{head_revision()}-g{GENERATOR_VERSION}-{n_offers}"
    return Path(tempfile.gettempdir()) / f"offerdesk-bench-{key}.sqlite3"


def _money(value: Decimal) -> int:
    return MONEY.scaled_integer(value.quantize(Decimal("0.01")))  # cents, as the store keeps them


def _generate(path: Path, n_offers: int, seed: int = 7) -> None:
    """A realistic-looking database: clients, offers in all states, ~10 lines per offer."""
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    store = open_store(sqlite_url(path), backup=False)  # schema, triggers, reference data
    settings.set_representative(store, RepresentativeInput(code="BEN", name="Bench Mark"))
    with store.read() as session:
        from db.models import CgvVersion, Representative

        cgv_id = session.scalar(select(CgvVersion.id))
        rep_id = session.scalar(select(Representative.id))
    store.close()

    rng = random.Random(seed)
    now = dt.datetime(2026, 11, 1, tzinfo=dt.UTC).isoformat(sep=" ")
    connection = cipher.connect(path, cipher.key_of_file(path))  # encrypted when a keychain is there
    connection.isolation_level = None
    connection.execute("PRAGMA journal_mode = WAL")
    connection.execute("PRAGMA synchronous = OFF")  # generation only; the app runs with FULL
    connection.execute("BEGIN")
    n_clients = max(n_offers // CLIENTS_PER_OFFER, 1)
    clients = []
    for cid in range(1, n_clients + 1):
        name = f"{rng.choice(FIRST)} {rng.choice(SECOND)} {rng.choice(FORMS)}"
        clients.append(
            (cid, name, search_key(name), "", f"{rng.randint(1, 120)}, rue de la Gare", "",
             f"L-{rng.randint(1000, 9999)}", rng.choice(CITIES), "LU", f"B{100000 + cid}",
             f"LU{rng.randrange(10**7, 10**8)}", "", "", "", "", "", now, now)
        )  # fmt: skip
    connection.executemany(
        "INSERT INTO clients (id, legal_name, search_name, legal_form, address_line1, address_line2,"
        " postcode, city, country, rcs, vat_number, iban, signatory_name, signatory_function, email, phone,"
        " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        clients,
    )
    products = [
        (f"P{i:03d}", f"Produit {i}", Decimal(rng.randrange(500, 90000)).scaleb(-2),
         Decimal(rng.randrange(0, 80000)).scaleb(-2))
        for i in range(60)
    ]  # fmt: skip
    start = dt.date(2019, 1, 1)
    span = (dt.date(2026, 11, 1) - start).days
    # ExactDecimal keeps scaled integers on SQLite: raw rows must be written the same way
    reference, applied = COTE.scaled_integer(Decimal("944.43")), COTE.scaled_integer(Decimal("968.04"))
    vat = PERCENT.scaled_integer(Decimal(17))
    offer_rows = []
    line_rows = []
    signed = []
    line_id = 0
    for oid in range(1, n_offers + 1):
        day = start + dt.timedelta(days=rng.randrange(span))
        n_lines = rng.randint(*LINES_PER_OFFER)
        monthly = Decimal(0)
        install = Decimal(0)
        for position in range(1, n_lines + 1):
            code, name, fee, inst = rng.choice(products)
            quantity = rng.randint(1, 4)
            m = fee * quantity
            i = inst * quantity
            monthly += m
            install += i
            line_id += 1
            line_rows.append(
                (line_id, oid, position, code, name, "Bench", _money(fee), _money(inst), 1, quantity, 0, 0,
                 "standard", vat, _money(inst), _money(m), _money(i))
            )  # fmt: skip
        status = rng.choices(["draft", "presented", "signed", "expired"], [3, 2, 4, 1])[0]
        if status == "signed":
            signed.append(oid)
        offer_rows.append(
            (oid, f"OF-{day.year}-BEN-{oid:05d}", 1, "presented" if status == "signed" else status,
             rng.randint(1, n_clients), rep_id, day.isoformat(), (day + dt.timedelta(days=30)).isoformat(),
             36, 12, 30, 30, "", "[]", cgv_id, reference, applied, vat, _money(monthly),
             _money(monthly * Decimal("1.17")), _money(install), _money(install * Decimal("1.17")), now, now)
        )  # fmt: skip
    connection.executemany(
        "INSERT INTO offers (id, number, revision, status, client_id, representative_id, offer_date,"
        " validity_date, engagement_months, renewal_months, lead_time_days, payment_term_days,"
        " special_conditions, required_documents, cgv_version_id, index_reference, index_applied,"
        " vat_standard_rate, monthly_ht, monthly_ttc, installation_ht, installation_ttc, created_at,"
        " updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        offer_rows,
    )
    connection.executemany(
        "INSERT INTO offer_lines (id, offer_id, position, product_code, product_name, category,"
        " unit_monthly, unit_installation, installation_indexed, quantity, monthly_discount,"
        " installation_discount, vat_category, vat_rate, installation_unit_ht, monthly_ht,"
        " installation_ht) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        line_rows,
    )
    # the two signatures, then signing: the store signs an offer only with both stored (0009),
    # and once signed_at is set the triggers freeze the offer and its lines
    connection.executemany(
        "INSERT INTO signatures (offer_id, role, signer_name, signer_function, strokes, image_png,"
        " signed_at, place, device, pointer_kind) VALUES (?,?,?,?,?,?,?,?,?,?)",
        [
            (oid, role, name, "", '{"strokes": []}', None, now, "Luxembourg", "bench", "mouse")
            for oid in signed
            for role, name in (("client", "Client Bench"), ("representative", "Représentant Bench"))
        ],
    )
    connection.executemany(
        "UPDATE offers SET status = 'signed', signed_at = ?, signed_place = 'Luxembourg' WHERE id = ?",
        [(now, oid) for oid in signed],
    )
    connection.execute("COMMIT")
    connection.close()
    _index(path)
    connection = cipher.connect(path, cipher.key_of_file(path))
    connection.isolation_level = None
    connection.execute("ANALYZE")
    connection.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    connection.execute("VACUUM")
    connection.close()


def _index(path: Path) -> None:
    """The search index of rows written without the services (what migration 0006 does)."""
    engine = make_engine(sqlite_url(path))
    with engine.begin() as connection:
        rebuild(connection)
    engine.dispose()


def _database(n_offers: int) -> tuple[Path, float | None]:
    path = _cache_path(n_offers)
    if path.exists():
        return path, None
    started = time.perf_counter()
    temp = path.with_suffix(".partial")
    _generate(temp, n_offers)
    temp.replace(path)
    return path, time.perf_counter() - started


def _median_ms(action: Callable[[], object], runs: int = RUNS) -> float:
    action()  # warm the page cache and statement cache once
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _measure(store: Store, prefix: str) -> dict[str, float]:
    def select_one() -> object:
        with store.read() as session:
            return session.execute(select(1)).scalar()

    first_page = offers.list_offers(store, limit=50)
    assert len(first_page) == 50
    return {
        "select1": _median_ms(select_one),
        "first_page": _median_ms(lambda: offers.list_offers(store, limit=50)),
        "prefix": _median_ms(lambda: offers.list_offers(store, search=prefix, limit=50)),
    }


def _count_matches(path: Path, prefix: str) -> tuple[int, int]:
    connection = cipher.connect(path, cipher.key_of_file(path))
    key = search_key(prefix)
    clients = connection.execute(
        "SELECT count(*) FROM clients WHERE search_name >= ? AND search_name < ?", (key, key + "\U0010ffff")
    ).fetchone()[0]
    matching = connection.execute(
        "SELECT count(*) FROM offers JOIN clients ON clients.id = offers.client_id"
        " WHERE search_name >= ? AND search_name < ?",
        (key, key + "\U0010ffff"),
    ).fetchone()[0]
    connection.close()
    return clients, matching


def run() -> list[str]:
    lines: list[str] = []
    big, big_gen = _database(BIG)
    small, small_gen = _database(SMALL)
    for label, seconds in (("100,000", big_gen), ("1,000", small_gen)):
        if seconds is not None:
            lines.append(f"generated the {label}-offer database in {seconds:.1f} s (cached for later runs)")
    prefix = "Boulangerie"
    results = {}
    for name, path in (("big", big), ("small", small)):
        store = open_store(sqlite_url(path), backup=False, seed=False)
        try:
            results[name] = _measure(store, prefix)
        finally:
            store.close()
    connection = cipher.connect(big, cipher.key_of_file(big))
    n_offers, n_lines = connection.execute(
        "SELECT (SELECT count(*) FROM offers), (SELECT count(*) FROM offer_lines)"
    ).fetchone()
    connection.close()
    n_clients, n_matching = _count_matches(big, prefix)
    size = big.stat().st_size
    b, s = results["big"], results["small"]
    lines += [
        f"database: {n_offers:,} offers, {n_lines:,} lines, {size / 2**20:.1f} MiB "
        f"-> {size / (n_offers / 1000) / 2**20:.2f} MiB per 1,000 offers (with their lines)",
        f"baseline SELECT 1 round trip through the store: {b['select1']:.2f} ms",
        f"offers list, first page (50 newest, client name, monthly total): {b['first_page']:.2f} ms median "
        f"(1,000-offer DB: {s['first_page']:.2f} ms; x{b['first_page'] / b['select1']:.1f} the SELECT 1)",
        f"client-name search '{prefix}' ({n_clients:,} clients, {n_matching:,} offers), first page: "
        f"{b['prefix']:.2f} ms median (1,000-offer DB: {s['prefix']:.2f} ms)",
        f"target < 20 ms each: {'met' if max(b['first_page'], b['prefix']) < 20 else 'NOT met'}",
    ]
    return lines


if __name__ == "__main__":
    for line in run():
        print(line, flush=True)
    print(json.dumps({"cache": [str(_cache_path(BIG)), str(_cache_path(SMALL))]}))
