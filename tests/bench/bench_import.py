"""Importing a 10,000-row catalogue CSV (target: under 2 s), next to Python's csv module.

Measured: parse_catalogue_file (the whole-file validation) + import_rows into a fresh
SQLite database, median of 3 runs, each on its own new database. Baseline in the same run:
csv.DictReader reading the same file into a list of dicts (no validation, no database).
Run alone: `.venv/bin/python -m tests.bench.bench_import`.
"""

from __future__ import annotations

import csv
import statistics
import tempfile
import time
from pathlib import Path

ROWS = 10_000
RUNS = 3
TARGET_S = 2.0

_KINDS = (
    ("FIB", "Fibre Business", "Accès fibre", "12;24;36;60", "standard"),
    ("SIP", "Pack canaux SIP", "Téléphonie", "12;24;36", "standard"),
    ("COLO", "Colocation", "Colocation", "12;36", "standard"),
    ("TV", "Bouquet TV", "Télévision", "12;24", "super_reduced"),
)


def write_catalogue(path: Path, rows: int = ROWS) -> None:
    """A plausible catalogue of `rows` distinct products, ';'-separated with decimal commas."""
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(
            [
                "code",
                "name",
                "category",
                "description",
                "monthly_fee",
                "installation_fee",
                "installation_indexed",
                "vat_category",
                "allowed_engagements",
            ]
        )
        for i in range(rows):
            prefix, name, category, engagements, vat = _KINDS[i % len(_KINDS)]
            writer.writerow(
                [
                    f"{prefix}-{i:05d}",
                    f"{name} n° {i}",
                    category,
                    f"Produit généré n° {i} pour la mesure d'import, description d'une ligne.",
                    f"{10 + i % 990},{i % 100:02d}",
                    f"{(i * 7) % 1500},00",
                    "oui" if i % 3 else "non",
                    vat,
                    engagements,
                ]
            )


def baseline(path: Path) -> float:
    started = time.perf_counter()
    with path.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter=";"))
    elapsed = time.perf_counter() - started
    assert len(rows) == ROWS
    return elapsed


def parse_and_import(path: Path, folder: Path, run: int) -> tuple[float, float]:
    """(parse seconds, import seconds) into a new, migrated, empty SQLite database."""
    from db.engine import sqlite_url
    from desktop.services.catalogue import import_rows
    from desktop.services.catalogue_file import parse_catalogue_file
    from desktop.services.store import open_store

    store = open_store(sqlite_url(folder / f"bench-{run}.sqlite3"), backup=False, seed=False)
    try:
        started = time.perf_counter()
        result = parse_catalogue_file(path)
        parsed = time.perf_counter()
        if result.errors:
            raise RuntimeError(f"generated catalogue refused: {result.errors[0]}")
        outcome = import_rows(store, result.rows, source_name=path.name, file_sha256=result.sha256)
        imported = time.perf_counter()
    finally:
        store.close()
    if not outcome.created or outcome.version.product_count != ROWS:
        raise RuntimeError(f"import did not create {ROWS} products: {outcome}")
    return parsed - started, imported - parsed


def run() -> list[str]:
    with tempfile.TemporaryDirectory(prefix="offerdesk-bench-import-") as tmp:
        folder = Path(tmp)
        path = folder / "catalogue-10000.csv"
        write_catalogue(path)
        runs = [parse_and_import(path, folder, i) for i in range(RUNS)]
        base = statistics.median(baseline(path) for _ in range(RUNS))
        size_kb = path.stat().st_size / 1024
    total = statistics.median(p + i for p, i in runs)
    parse = statistics.median(p for p, _ in runs)
    store = statistics.median(i for _, i in runs)
    verdict = "meets" if total < TARGET_S else "MISSES"
    return [
        f"catalogue import, {ROWS:,} rows ({size_kb:,.0f} KB CSV), median of {RUNS}:",
        f"parse + validate + import into a fresh SQLite DB: {total * 1000:,.0f} ms "
        f"({verdict} the {TARGET_S:.0f} s target)",
        f"  of which parse + validate {parse * 1000:,.0f} ms, database import {store * 1000:,.0f} ms",
        f"baseline, csv.DictReader into dicts (no validation, no DB): {base * 1000:,.1f} ms",
        f"ratio: {total / base:,.0f}x the baseline",
    ]


if __name__ == "__main__":
    for line in run():
        print(line)
