"""Encryption at rest: the offers list and the client search on 100,000 offers, encrypted
(SQLCipher, raw key) next to the same database plain, in the same run.

The 100,000-offer database is bench_store's (generated once, cached in /tmp); from it a plain
copy and an encrypted copy are made (also cached: the encrypted one's key lives in a keyring
file beside them, the suite's file backend, never in the machine's keychain). Both are
measured through the real service, alternately, median of 30 runs each, twice.

Run: `.venv/bin/python -m tests.bench.bench_encrypted` (or `make bench`).
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

KEYRING_FILE = Path(tempfile.gettempdir()) / "offerdesk-bench-keyring.json"
# before anything imports keyring: a file backend of our own, not the machine's keychain
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keychain_backend.FileKeyring"
os.environ["OFFERDESK_TEST_KEYRING"] = str(KEYRING_FILE)

ROUNDS = 2


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
    from tests.bench.bench_store import BIG, _database, _measure

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
    results: dict[str, list[dict[str, float]]] = {"plain": [], "encrypted": []}
    for _ in range(ROUNDS):
        for name, path in (("plain", plain), ("encrypted", encrypted)):
            store = open_store(sqlite_url(path), backup=False, seed=False)
            try:
                results[name].append(_measure(store, prefix))
            finally:
                store.close()

    def best(name: str, figure: str) -> float:
        return min(r[figure] for r in results[name])

    lines = []
    if generated is not None:
        lines.append(f"generated the 100,000-offer database in {generated:.1f} s (cached)")
    ratios = []
    for figure, label in (
        ("select1", "SELECT 1 round trip through the store (a new connection, keyed)"),
        ("first_page", "offers list, first page (50 newest)"),
        ("prefix", f"client-name prefix search '{prefix}', first page"),
    ):
        p, e = best("plain", figure), best("encrypted", figure)
        if figure != "select1":
            ratios.append(e / p)
        lines.append(f"{label}: encrypted {e:.2f} ms vs plain {p:.2f} ms = {e / p:.2f}x")
    size_p, size_e = plain.stat().st_size, encrypted.stat().st_size
    lines.append(f"file size: encrypted {size_e / 2**20:.1f} MiB vs plain {size_p / 2**20:.1f} MiB")
    lines.append(f"target <= 1.5x: {'met' if max(ratios) <= 1.5 else 'NOT met'} (worst {max(ratios):.2f}x)")
    return lines


if __name__ == "__main__":
    for line in run():
        print(line, flush=True)
