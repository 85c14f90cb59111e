"""Backups of the SQLite database: consistent copies with SQLite's online backup API.

- On each start a copy goes to <db folder>/backups/, is checked (a copy that fails its check
  is deleted and the start-up backup reported as failed), then the folder is thinned out by
  `rotate()`: kept are the last 10 good start-up copies, plus the newest good one of each of
  the last 7 calendar days and the newest good one of each of the last 8 calendar weeks. A copy that fails its
  check counts for nothing; the newest good copy is never deleted.
- `backup_to(db, PATH)` writes a copy anywhere (temp file, fsync, atomic rename).
- `restore_from(db, PATH)` holds the database's exclusive lock (refused while another
  process has it open), checks PATH (SQLite, integrity, migrated to the current schema on a
  staged copy, then every table and column compared with the current one, audit chain
  verified — a broken chain needs `force=True`), keeps a copy of the current database, then
  replaces it atomically.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import os
import shutil
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from db import cipher
from db.engine import BUSY_TIMEOUT_MS, check_file, database_key
from desktop.documents.files import fsync_dir, replace_durably
from desktop.domain.messages import Message, msg
from desktop.paths import create_private_file, is_private_location, make_private_dir, set_private
from desktop.services.causes import cause, joined
from desktop.services.errors import BackupError, StoreError, key_error

KEEP = 10  # the last starts
KEEP_DAYS = 7  # one a day
KEEP_WEEKS = 8  # one a week
PREFIX = "offerdesk-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S-%f"
CHECKED_FILE = ".checked.json"  # name -> size, mtime and verdict of each backup's check
REQUIRED_TABLES = frozenset({"alembic_version", "offers", "offer_lines", "clients", "audit_log"})
# The findings of problems_of() that say the file is not a database at all (not damage).
NOT_A_DATABASE = frozenset(
    {"records.backup.empty", "records.backup.not_sqlite", "records.backup.not_offerdesk"}
)


class AuditChainBrokenError(BackupError):
    """The file to restore is sound but its audit log does not verify (needs force)."""


def backup_dir(db_path: Path) -> Path:
    return db_path.parent / "backups"


def _stamp(now: dt.datetime | None = None) -> str:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC).strftime(STAMP)


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
        replace_durably(temp, target)
    except (sqlite.Error, OSError) as exc:
        temp.unlink(missing_ok=True)
        raise BackupError(msg("records.backup.write_failed", target=target, reason=cause(exc))) from exc
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
            raise BackupError(cause(exc)) from exc
        raise BackupError(msg("records.backup.foreign_key", path=path)) from exc


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


def backup_time(path: Path) -> dt.datetime | None:
    """When an automatic backup was taken (UTC, from its name); None for another name."""
    try:
        return dt.datetime.strptime(path.name[len(PREFIX) : -len(SUFFIX)], STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def problems_of(path: Path) -> list[Message | str]:
    """Why `path` is not a usable OfferDesk database ([] when it is): a SQLite file (plain or
    encrypted), sound (quick_check), holding OfferDesk's tables. Read-only; never writes to
    `path`. An encrypted file whose key is missing or wrong raises cipher.DatabaseKeyError:
    that is not damage, and the caller says so. `not_a_database()` tells the two apart."""
    try:
        state = cipher.file_state(path)
    except OSError as exc:
        return [msg("records.backup.unreadable", reason=cause(exc))]
    if state == "missing":
        return [msg("records.backup.empty")] if path.exists() else [msg("records.backup.missing")]
    if state == "other":
        return [msg("records.backup.not_sqlite")]
    key = database_key(path)
    problems = check_file(path, key)
    if problems:  # SQLite's own words (quick_check)
        return list(problems)
    tables = _tables(path, key)
    if tables is None:
        return [msg("records.backup.cannot_read")]
    missing = REQUIRED_TABLES - tables
    if missing:
        return [msg("records.backup.not_offerdesk", tables=", ".join(sorted(missing)), count=len(missing))]
    return []


def not_a_database(problems: list[Message | str]) -> bool:
    """The first of problems_of()'s findings says the file is no OfferDesk database at all
    (empty, not SQLite, other tables), rather than a damaged one."""
    return bool(problems) and isinstance(problems[0], Message) and problems[0].id in NOT_A_DATABASE


def _readonly(path: Path, key: str | None) -> Any:
    return cipher.connect(path, key, readonly=True, timeout=BUSY_TIMEOUT_MS / 1000)


def _tables(path: Path, key: str | None) -> set[str] | None:
    sqlite = cipher.driver()
    try:
        connection = _readonly(path, key)
    except sqlite.Error:
        return None
    try:
        return {str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    except sqlite.Error:
        return None
    finally:
        connection.close()


def _good(path: Path) -> bool:
    """No problem found; a backup this installation has no key for is not a good one."""
    try:
        return not problems_of(path)
    except cipher.DatabaseKeyError:
        return False


# --- which backups are good: checked once, the verdict kept beside them --------------------


class _Verdicts:
    """The check of each backup, remembered in backups/.checked.json by name, size and mtime
    (a start checks only the copy it wrote; a file changed since is checked again)."""

    def __init__(self, folder: Path) -> None:
        self._file = folder / CHECKED_FILE
        try:
            self._data: dict[str, list[int | bool]] = json.loads(self._file.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            self._data = {}
        self._changed = False

    def good(self, path: Path, *, checked: bool | None = None) -> bool:
        """The verdict on `path`: remembered, else `checked` (just found by the caller), else
        checked now."""
        try:
            stat = path.stat()
        except OSError:
            return False
        seen = self._data.get(path.name)
        if seen is not None and seen[:2] == [stat.st_size, stat.st_mtime_ns]:
            return bool(seen[2])
        ok = checked if checked is not None else _good(path)
        self._data[path.name] = [stat.st_size, stat.st_mtime_ns, ok]
        self._changed = True
        return ok

    def forget(self, names: Iterable[str]) -> None:
        for name in names:
            self._changed |= self._data.pop(name, None) is not None

    def save(self) -> None:
        if not self._changed:
            return
        from desktop.documents.files import write_atomic

        with contextlib.suppress(OSError):  # only a cache: the next start checks again
            write_atomic(self._file, json.dumps(self._data, sort_keys=True).encode("utf-8"))


def _monday(day: dt.date) -> dt.date:
    return day - dt.timedelta(days=day.weekday())


def to_keep(backups: Iterable[tuple[Path, dt.datetime]], now: dt.datetime) -> set[Path]:
    """The retention policy over good backups (any order): the last KEEP, the newest of each
    of the last KEEP_DAYS calendar days and of each of the last KEEP_WEEKS calendar weeks
    (Monday to Sunday, UTC). Calendar buckets, not spans back from `now`: the newest copy of
    a finished day or week stays the newest of it, so what one start keeps the next keeps."""
    newest_first = sorted(backups, key=lambda item: item[1], reverse=True)
    keep = {path for path, _ in newest_first[:KEEP]}
    days: set[int] = set()
    weeks: set[int] = set()
    today = now.astimezone(dt.UTC).date()
    for path, taken in newest_first:
        taken_day = taken.astimezone(dt.UTC).date()
        day = (today - taken_day).days
        if 0 <= day < KEEP_DAYS and day not in days:
            days.add(day)
            keep.add(path)
        week = (_monday(today) - _monday(taken_day)).days // 7
        if 0 <= week < KEEP_WEEKS and week not in weeks:
            weeks.add(week)
            keep.add(path)
    return keep


def rotate(db_path: Path, now: dt.datetime | None = None, verdicts: _Verdicts | None = None) -> list[Path]:
    """Delete the automatic backups the policy does not keep; returns the deleted ones.
    Backups that fail their check count for nothing (and go); when no backup is good,
    nothing is deleted at all."""
    folder = backup_dir(db_path)
    verdicts = verdicts or _Verdicts(folder)
    dated = [(path, backup_time(path)) for path in list_backups(db_path)]
    good = [(path, taken) for path, taken in dated if taken is not None and verdicts.good(path)]
    if not good:
        verdicts.save()
        return []
    keep = to_keep(good, now or dt.datetime.now(dt.UTC))
    deleted = [path for path, taken in dated if taken is not None and path not in keep]
    for path in deleted:
        path.unlink(missing_ok=True)
    verdicts.forget(path.name for path in deleted)
    verdicts.save()
    return deleted


def backup_on_start(db_path: Path, now: dt.datetime | None = None) -> Path:
    """Copy the database into backups/, check the copy, then apply the retention policy.
    A copy that fails its check is deleted and BackupError raised (nothing else deleted)."""
    target = backup_dir(db_path) / f"{PREFIX}{_stamp(now)}{SUFFIX}"
    key = _db_key(db_path)
    _copy_consistent(db_path, target, source_key=key, target_key=key)
    try:
        problems = problems_of(target)
    except cipher.DatabaseKeyError as exc:
        problems = [cause(exc)]
    if problems:
        target.unlink(missing_ok=True)
        raise BackupError(msg("records.backup.start_copy_bad", target=target, problem=problems[0]))
    verdicts = _Verdicts(target.parent)
    verdicts.good(target, checked=True)  # checked just above: recorded, saved once by rotate()
    rotate(db_path, now, verdicts)
    return target


def backup_to(db_path: Path, target: Path) -> Path:
    """A consistent copy of the database at `target` (an existing folder gets a dated name)."""
    if target.is_dir():
        target = target / f"{PREFIX}{_stamp()}{SUFFIX}"
    if target.resolve() == db_path.resolve():
        raise BackupError(msg("records.backup.onto_itself"))
    key = _db_key(db_path)
    _copy_consistent(db_path, target, source_key=key, target_key=key)
    return target


def latest_good_backup(db_path: Path) -> Path | None:
    """The newest automatic backup that passes its own check now (None if none does)."""
    for candidate in list_backups(db_path):
        if _good(candidate):  # one this installation has no key for is not advised
            return candidate
    return None


def validate_backup(path: Path) -> str | None:
    """Raise BackupError unless `path` is a sound SQLite file (plain, or encrypted with a key
    in this keychain) holding an OfferDesk database; returns its key (None: plain)."""
    if not path.is_file():
        raise BackupError(msg("records.backup.not_a_file", path=path))
    key = backup_key(path) if cipher.file_state(path) == "encrypted" else None
    try:
        problems = problems_of(path)
    except cipher.DatabaseKeyError as exc:
        raise BackupError(cause(exc)) from exc
    if not problems:
        return key
    if not_a_database(problems):
        raise BackupError(msg("records.backup.not_a_backup", path=path, problem=problems[0]))
    raise BackupError(msg("records.backup.damaged", path=path, problem=problems[0]))


# --- restore -------------------------------------------------------------------------------

IGNORED_TABLES = frozenset({"alembic_version", "sqlite_sequence", "sqlite_stat1", "sqlite_stat4"})


def schema_problems(path: Path) -> list[Message]:
    """How the tables and columns of the SQLite file differ from the current schema
    (db.models): missing or unexpected tables, missing or unexpected columns."""
    from db.base import Base
    from db.search import is_index_object

    connection = _readonly(path, database_key(path))
    try:
        names = [str(r[0]) for r in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        found = {
            name: {str(row[1]) for row in connection.execute(f'PRAGMA table_info("{name}")')}
            for name in names
            if name not in IGNORED_TABLES and not is_index_object(name, "table")  # FTS5: SQL only
        }
    finally:
        connection.close()
    expected = {name: {c.name for c in table.columns} for name, table in Base.metadata.tables.items()}
    problems = [
        msg("records.backup.table_missing", table=name) for name in sorted(expected.keys() - found.keys())
    ]
    problems += [
        msg("records.backup.table_extra", table=name) for name in sorted(found.keys() - expected.keys())
    ]
    for name in sorted(expected.keys() & found.keys()):
        missing = sorted(expected[name] - found[name])
        extra = sorted(found[name] - expected[name])
        if missing:
            problems.append(
                msg(
                    "records.backup.columns_missing",
                    table=name,
                    columns=", ".join(missing),
                    count=len(missing),
                )
            )
        if extra:
            problems.append(
                msg("records.backup.columns_extra", table=name, columns=", ".join(extra), count=len(extra))
            )
    return problems


def _stored_revision(path: Path) -> set[str]:
    sqlite = cipher.driver()
    connection = _readonly(path, database_key(path))
    try:
        return {str(r[0]) for r in connection.execute("SELECT version_num FROM alembic_version")}
    except sqlite.Error:
        return set()
    finally:
        connection.close()


def _prepare(staged: Path, source: Path, force: bool) -> None:
    """Bring the staged copy to the current schema, then compare its schema and verify its
    audit chain; raise BackupError (AuditChainBrokenError unless `force`) on any problem."""
    from sqlalchemy.exc import SQLAlchemyError

    from db.engine import make_engine, sqlite_url, upgrade_to_head
    from db.migrate import HEAD_REVISION, head_revision

    revisions = _stored_revision(staged)
    if revisions != {HEAD_REVISION}:
        from alembic.script import ScriptDirectory

        from db.migrate import alembic_config

        scripts = ScriptDirectory.from_config(alembic_config())
        known = {script.revision for script in scripts.walk_revisions()}
        if not revisions or not revisions <= known:
            shown: Message | str = ", ".join(sorted(revisions)) or msg("records.backup.revision_unknown")
            raise BackupError(
                msg("records.backup.other_version", source=source, revisions=shown, head=head_revision())
            )
    engine = make_engine(sqlite_url(staged))
    try:
        try:
            upgrade_to_head(engine)
        except SQLAlchemyError as exc:
            raise BackupError(
                msg("records.backup.upgrade_failed", source=source, error=exc.__class__.__name__)
            ) from exc
    finally:
        engine.dispose()
    problems = schema_problems(staged)
    if problems:
        raise BackupError(msg("records.backup.schema_differs", source=source, problems=joined(problems[:5])))
    from desktop.services import audit
    from desktop.services.store import Store

    store = Store(make_engine(sqlite_url(staged)), sqlite_url(staged))
    try:
        report = audit.verify(store)
    except (StoreError, SQLAlchemyError) as exc:
        raise BackupError(msg("records.backup.audit_unverifiable", source=source, reason=cause(exc))) from exc
    finally:
        store.close()
    if not report.ok and not force:
        raise AuditChainBrokenError(
            msg(
                "records.backup.audit_broken",
                source=source,
                count=len(report.problems),
                problems=joined(report.problems[:3]),
            )
        )


def restore_from(db_path: Path, source: Path, *, force: bool = False) -> Path | None:
    """Replace the database with `source` after validating it; returns where the previous
    database was kept (None if there was none). Refused while another process has the
    database open (exclusive lock, desktop.services.dblock)."""
    from desktop.services.dblock import lock_exclusive

    if source.resolve() == db_path.resolve():
        raise BackupError(msg("records.backup.restore_itself"))
    source_key = validate_backup(source)
    db_path.parent.mkdir(parents=True, exist_ok=True)
    with lock_exclusive(db_path, msg("records.backup.doing_restore")):
        staged = db_path.with_name(f".{db_path.name}.restore")
        _copy_consistent(source, staged, source_key=source_key, target_key=_restore_key(db_path, source_key))
        try:
            _prepare(staged, source, force)
            kept = _keep_current(db_path)
            for extra in ("-wal", "-shm"):
                db_path.with_name(db_path.name + extra).unlink(missing_ok=True)
            os.replace(staged, db_path)
        finally:
            for extra in ("", "-wal", "-shm", "-journal"):
                Path(f"{staged}{extra}").unlink(missing_ok=True)
        fsync_dir(db_path.parent)
        return kept


def _keep_current(db_path: Path) -> Path | None:
    if not db_path.exists():
        return None
    kept = backup_dir(db_path) / f"pre-restore-{_stamp()}{SUFFIX}"
    make_private_dir(kept.parent)
    try:
        current_key = database_key(db_path)
        damaged = bool(problems_of(db_path))
    except cipher.DatabaseKeyError:
        current_key, damaged = None, True  # unreadable without its key: kept byte for byte
    if damaged:
        # damaged or not a database: keep the raw bytes (and its WAL) exactly as they are
        shutil.copy2(db_path, kept)
        set_private(kept)
        wal = db_path.with_name(db_path.name + "-wal")
        if wal.exists():
            shutil.copy2(wal, kept.with_name(kept.name + "-wal"))
            set_private(kept.with_name(kept.name + "-wal"))
    else:
        _copy_consistent(db_path, kept, source_key=current_key, target_key=current_key)
    return kept
