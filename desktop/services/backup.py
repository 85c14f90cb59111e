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
from pathlib import Path

from db import cipher
from db.engine import BUSY_TIMEOUT_MS, check_file, database_key, quick_check
from desktop.paths import create_private_file, is_private_location, make_private_dir, set_private
from desktop.services.errors import BackupError, key_error

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


def _copy_consistent(source: Path, target: Path, *, source_key: str | None, target_key: str | None) -> None:
    """A consistent copy of the SQLite file `source` (opened with `source_key`) as a new file
    `target` encrypted with `target_key` (None: plain), fsynced, renamed into place atomically.

    Same key on both sides: SQLite's online backup API, page by page. Different keys (a plain
    backup restored into an encrypted installation, a plain database being encrypted):
    `sqlcipher_export` inside one read transaction. The file is created 0600 before a byte is
    written (POSIX), and is a single self-contained file (journal mode DELETE).
    """
    sqlite = cipher.driver()
    target.parent.mkdir(parents=True, exist_ok=True)
    if is_private_location(target) or target.parent.name == "backups":
        make_private_dir(target.parent)
    temp = target.with_name(f".{target.name}.tmp")
    temp.unlink(missing_ok=True)
    try:
        create_private_file(temp)
        same_key = source_key == target_key
        # read-only unless exporting: an attached database cannot be writable when main is not
        src = cipher.connect(source, source_key, readonly=same_key, timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            if same_key:
                dst = cipher.connect(temp, target_key)
                try:
                    src.backup(dst)
                    dst.execute("PRAGMA journal_mode = DELETE")  # a single self-contained file
                finally:
                    dst.close()
            else:
                src.isolation_level = None  # transactions as written below
                src.execute(cipher.attach_sql("copy", target_key), (str(temp),))
                try:
                    src.execute("BEGIN")  # one snapshot of the source for the whole export
                    try:
                        src.execute("SELECT sqlcipher_export('copy')")
                        version = int(src.execute("PRAGMA main.user_version").fetchone()[0])
                        src.execute(f"PRAGMA copy.user_version = {version}")
                    finally:
                        src.execute("COMMIT")
                finally:
                    src.execute("DETACH DATABASE copy")
        finally:
            src.close()
        with temp.open("rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(temp, target)
        _fsync_dir(target.parent)
    except (sqlite.Error, OSError) as exc:
        temp.unlink(missing_ok=True)
        raise BackupError(f"La sauvegarde vers {target} n'a pas pu être écrite : {exc}") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise


def _db_key(db_path: Path) -> str | None:
    """The key of the database itself (None: plain); DatabaseKeyError as a StoreError."""
    try:
        return database_key(db_path)
    except cipher.DatabaseKeyError as exc:
        raise key_error(exc, db_path) from exc


def backup_key(path: Path) -> str | None:
    """The key that opens the backup file `path` (None: plain); BackupError when the keychain
    has none (a backup of another installation, or its key was lost)."""
    try:
        return database_key(path)
    except cipher.DatabaseKeyError as exc:
        if exc.problem == "keychain":
            raise BackupError(str(exc)) from exc
        raise BackupError(
            f"{path} est une sauvegarde chiffrée dont la clé n'est pas dans le trousseau de cette "
            "installation (sauvegarde d'une autre installation, ou clé perdue) : remettez la clé "
            "dans le trousseau ou choisissez une autre sauvegarde."
        ) from exc


def _restore_key(db_path: Path, source_key: str | None) -> str | None:
    """The key the restored database gets: the current database's if it is encrypted and its
    key is there (the restored file replaces it under the same id); else the backup's own;
    else a new key when the current database is missing or its key is lost (nothing goes back
    in clear where it was not); None (plain) when the current database is plain, or when no
    keychain can keep a key."""
    state = cipher.file_state(db_path)
    if state == "encrypted":
        try:
            return database_key(db_path)
        except cipher.DatabaseKeyError:
            pass  # key lost: the file is kept as it is, the restored copy gets a key
    if source_key is not None:
        return source_key
    if state == "plain":
        return None
    key, _reason = cipher.new_database_key()
    return key


def list_backups(db_path: Path) -> list[Path]:
    """Automatic backups of `db_path`, newest first."""
    folder = backup_dir(db_path)
    if not folder.is_dir():
        return []
    return sorted(folder.glob(f"{PREFIX}*{SUFFIX}"), key=lambda p: p.name, reverse=True)


def backup_on_start(db_path: Path, keep: int = KEEP) -> Path:
    """Copy the database into backups/ and delete all but the newest `keep` copies."""
    target = backup_dir(db_path) / f"{PREFIX}{_stamp()}{SUFFIX}"
    key = _db_key(db_path)
    _copy_consistent(db_path, target, source_key=key, target_key=key)
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
    key = _db_key(db_path)
    _copy_consistent(db_path, target, source_key=key, target_key=key)
    return target


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest automatic backup that passes its own integrity check (None if none does)."""
    for candidate in list_backups(db_path):
        try:
            if not quick_check(candidate):
                return candidate
        except cipher.DatabaseKeyError:
            continue  # not openable with this installation's key: not a backup to advise
    return None


def validate_backup(path: Path) -> str | None:
    """Raise BackupError unless `path` is a sound SQLite file (plain, or encrypted with a key
    in this keychain) holding an OfferDesk database; returns its key."""
    if not path.is_file():
        raise BackupError(f"{path} n'existe pas ou n'est pas un fichier.")
    if cipher.file_state(path) not in ("plain", "encrypted"):
        raise BackupError(
            f"{path} n'est pas une sauvegarde OfferDesk (ce n'est pas un fichier de base SQLite)."
        )
    key = backup_key(path)
    problems = check_file(path, key)
    if problems:
        raise BackupError(
            f"{path} est endommagé ({problems[0]}) : impossible de le restaurer, choisissez-en un autre."
        )
    sqlite = cipher.driver()
    connection = cipher.connect(path, key, readonly=True)
    try:
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite.Error as exc:
        raise BackupError(f"{path} ne peut pas être lu : {exc}") from exc
    finally:
        connection.close()
    missing = REQUIRED_TABLES - tables
    if missing:
        names = ", ".join(sorted(missing))
        raise BackupError(f"{path} n'est pas une base OfferDesk (tables manquantes : {names}).")
    return key


def restore_from(db_path: Path, source: Path) -> Path | None:
    """Replace the database with `source` after validating it; returns where the previous
    database was kept (None if there was none). The database must not be open elsewhere."""
    source_key = validate_backup(source)
    if source.resolve() == db_path.resolve():
        raise BackupError("Le fichier à restaurer est la base elle-même : choisissez une sauvegarde.")
    staged = db_path.with_name(f".{db_path.name}.restore")
    _copy_consistent(source, staged, source_key=source_key, target_key=_restore_key(db_path, source_key))
    kept: Path | None = None
    if db_path.exists():
        kept = backup_dir(db_path) / f"pre-restore-{_stamp()}{SUFFIX}"
        make_private_dir(kept.parent)
        try:
            current_key = database_key(db_path)
            damaged = bool(check_file(db_path, current_key))
        except cipher.DatabaseKeyError:
            current_key, damaged = None, True  # unreadable without its key: kept byte for byte
        if damaged:
            # damaged: keep the raw bytes (and its WAL) exactly as they are
            shutil.copy2(db_path, kept)
            set_private(kept)
            wal = db_path.with_name(db_path.name + "-wal")
            if wal.exists():
                shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
                set_private(kept.with_name(kept.name + "-wal"))
        else:
            _copy_consistent(db_path, kept, source_key=current_key, target_key=current_key)
    for extra in ("-wal", "-shm"):
        db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
    os.replace(staged, db_path)
    _fsync_dir(db_path.parent)
    return kept
