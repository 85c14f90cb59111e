"""Backups of the SQLite database: consistent copies with SQLite's online backup API.

- On each start, a copy goes to <db folder>/backups/ and only the last 10 are kept.
- `backup_to(db, PATH)` writes a copy anywhere (temp file, fsync, atomic rename).
- `restore_from(db, PATH)` checks PATH first (SQLite file, integrity, OfferDesk schema),
  keeps a copy of the current database, then replaces it atomically.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

from db.engine import BUSY_TIMEOUT_MS, quick_check
from desktop.services.errors import BackupError

KEEP = 10
PREFIX = "offerdesk-"
SUFFIX = ".sqlite3"
REQUIRED_TABLES = frozenset({"alembic_version", "offers", "offer_lines", "clients", "audit_log"})


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _stamp() -> str:
    return dt.datetime.now(dt.UTC).strftime("%Y%m%d-%H%M%S-%f")


def _fsync_dir(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _copy_consistent(source: Path, target: Path) -> None:
    """SQLite online backup of `source` into a new file `target` (fsynced), atomically."""
    target.parent.mkdir(parents=True, exist_ok=True)
    temp = target.with_name(f".{target.name}.tmp")
    temp.unlink(missing_ok=True)
    try:
        src = sqlite3.connect(f"file:{source}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            dst = sqlite3.connect(temp)
            try:
                src.backup(dst)
                dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
            finally:
                dst.close()
        finally:
            src.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except (sqlite3.Error, OSError) as exc:
        temp.unlink(missing_ok=True)
        raise BackupError(f"La sauvegarde vers {target} n'a pas pu être écrite : {exc}") from exc


def list_backups(db_path: Path) -> list[Path]:
    """Automatic backups of `db_path`, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: p.name, reverse=True)


def backup_on_start(db_path: Path, keep: int = KEEP) -> Path:
    """Copy the database into backups/ and delete all but the newest `keep` copies."""
    target = backup_dir(db_path) / f"{PREFIX}{_stamp()}{SUFFIX}"
    _copy_consistent(db_path, target)
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def backup_to(db_path: Path, target: Path) -> Path:
    """A consistent copy of the database at `target` (an existing folder gets a dated name)."""
    if target.is_dir():
        target = target / f"{PREFIX}{_stamp()}{SUFFIX}"
    if target.resolve() == db_path.resolve():
        raise BackupError(
            "La sauvegarde ne peut pas remplacer la base de données elle-même : choisissez un autre fichier."
        )
    _copy_consistent(db_path, target)
    return target


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest automatic backup that passes its own integrity check (None if none does)."""
    for candidate in list_backups(db_path):
        if not quick_check(candidate):
            return candidate
    return None


def validate_backup(path: Path) -> None:
    """Raise BackupError unless `path` is a sound SQLite file holding an OfferDesk database."""
    if not path.is_file():
        raise BackupError(f"{path} n'existe pas ou n'est pas un fichier.")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise BackupError(
                f"{path} n'est pas une sauvegarde OfferDesk (ce n'est pas un fichier de base SQLite)."
            )
    problems = quick_check(path)
    if problems:
        raise BackupError(
            f"{path} est endommagé ({problems[0]}) : impossible de le restaurer, choisissez-en un autre."
        )
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite3.Error as exc:
        raise BackupError(f"{path} ne peut pas être lu : {exc}") from exc
    finally:
        connection.close()
    missing = REQUIRED_TABLES - tables
    if missing:
        names = ", ".join(sorted(missing))
        raise BackupError(f"{path} n'est pas une base OfferDesk (tables manquantes : {names}).")


def restore_from(db_path: Path, source: Path) -> Path | None:
    """Replace the database with `source` after validating it; returns where the previous
    database was kept (None if there was none). The database must not be open elsewhere."""
    validate_backup(source)
    if source.resolve() == db_path.resolve():
        raise BackupError("Le fichier à restaurer est la base elle-même : choisissez une sauvegarde.")
    staged = db_path.with_name(f".{db_path.name}.restore")
    _copy_consistent(source, staged)
    kept: Path | None = None
    if db_path.exists():
        kept = backup_dir(db_path) / f"pre-restore-{_stamp()}{SUFFIX}"
        kept.parent.mkdir(parents=True, exist_ok=True)
        if quick_check(db_path):
            # damaged: keep the raw bytes (and its WAL) exactly as they are
            shutil.copy2(db_path, kept)
            wal = db_path.with_name(db_path.name + "-wal")
            if wal.exists():
                shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
        else:
            _copy_consistent(db_path, kept)
    for extra in ("-wal", "-shm"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
    os.replace(staged, db_path)
    _fsync_dir(db_path.parent)
    return kept
