"""Opening the store: integrity check, backup, migration, first-start data; one transaction per use.

`open_store()` is what `main()` and every command call once; the resulting `Store` is passed
to the services (never a global). `Store.session()` is one write transaction: it commits
when the block ends and rolls everything back on any exception.
"""

from __future__ import annotations

import errno
import os
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError, IntegrityError, OperationalError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

import desktop.services.search_index  # noqa: F401  (keeps the search index in step with every write)
from db import cipher
from db.engine import (
    default_url,
    make_engine,
    sqlite_path,
    take_plain_notice,
    tighten_database_files,
    upgrade_to_head,
)
from db.migrate import sqlite_file_at_head
from desktop import config
from desktop.domain.messages import Message, msg
from desktop.paths import data_dir, tighten_tree
from desktop.services.causes import cause
from desktop.services.dblock import DbLock
from desktop.services.errors import (
    BackupError,
    DamagedDatabaseError,
    DatabaseLockedError,
    DiskFullError,
    ImmutableError,
    OfferConflictError,
    ReadOnlyDatabaseError,
    StoreError,
    UnreadableDatabaseError,
    conflict_message,
    key_error,
)
from desktop.services.startup import StartupChecks

# Test seam for the crash-safety tests: when OFFERDESK_PAUSE_AT names a point reached inside
# a transaction, the process writes OFFERDESK_PAUSE_MARKER and sleeps, so a test can SIGKILL it
# mid-transaction. Unset (always, outside those tests) it costs one dictionary lookup.
PAUSE_ENV = config.PAUSE_ENV
PAUSE_MARKER_ENV = config.PAUSE_MARKER_ENV


def pause_point(name: str) -> None:
    if os.environ.get(PAUSE_ENV) != name:
        return
    marker = os.environ.get(PAUSE_MARKER_ENV)
    if marker:
        Path(marker).write_text(name, encoding="utf-8")
    time.sleep(120)


class Store:
    """An open database: the engine plus the transaction helpers the services use."""

    def __init__(self, engine: Engine, url: str, lock: DbLock | None = None) -> None:
        self.engine = engine
        self.url = url
        self.path: Path | None = sqlite_path(url)
        self._lock = lock  # shared lock on <db>.lock while open (desktop.services.dblock)
        self._reader = engine.execution_options(sqlite_begin="DEFERRED")
        # The message saying why the database this call created is not encrypted (no keychain).
        self.plain_notice: Message | None = None
        # Deferred mode only (open_store(deferred=True)): the integrity check and backup still
        # running; every write transaction waits for them and fails if they failed.
        self.startup: StartupChecks | None = None

    @property
    def dialect(self) -> str:
        return self.engine.dialect.name

    @contextmanager
    def session(self) -> Iterator[Session]:
        """One write transaction: commit at the end of the block, roll back on any error."""
        if self.startup is not None:
            self.startup.wait_for_writes()  # never write before the integrity check passed
        with (
            _translate_errors(),
            Session(self.engine, expire_on_commit=False) as session,
            session.begin(),
        ):
            yield session

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read-only snapshot (no write lock is taken on SQLite); nothing is committed."""
        with _translate_errors(), Session(self._reader) as session, session.begin():
            yield session
            session.rollback()

    def close(self) -> None:
        if self.startup is not None:
            self.startup.join()  # a start-up backup is never cut off half-written
        self.engine.dispose()
        if self._lock is not None:
            self._lock.release()


def _engine(url: str) -> Engine:
    try:
        return make_engine(url)
    except cipher.DatabaseKeyError as exc:
        raise key_error(exc) from exc


_tightened: set[Path] = set()


def _tighten_once(path: Path) -> None:
    """Once per process and database: the data folder and everything in it 0700/0600, and
    the database's own files and backups folder wherever the database lives (POSIX)."""
    if path in _tightened:
        return
    _tightened.add(path)
    tighten_tree(data_dir())
    tighten_database_files(path)
    from desktop.services.backup import backup_dir

    tighten_tree(backup_dir(path))


def plain_database_message(path: Path, reason: Message | str) -> Message:
    return msg("offers.database.not_encrypted", path=path, reason=reason)


def _stderr_notice(message: Message) -> None:
    print(f"offerdesk: {message}", file=sys.stderr)


# Where a notice the user must read once goes (the desktop application replaces it).
notify: Callable[[Message], None] = _stderr_notice


@contextmanager
def _translate_errors() -> Iterator[None]:
    try:
        yield
    except StaleDataError as exc:  # an UPDATE ... WHERE version = v matched no row
        raise OfferConflictError(conflict_message()) from exc
    except cipher.DatabaseKeyError as exc:
        raise key_error(exc) from exc
    except IntegrityError as exc:
        text = str(exc.orig)
        if "immutable" in text or "append-only" in text:
            raise ImmutableError(
                msg("offers.database.signed_immutable")
                if "immutable" in text
                else msg("offers.database.audit_append_only")
            ) from exc
        raise
    except OperationalError as exc:
        text = str(exc.orig).lower()
        if "locked" in text or "busy" in text:
            raise DatabaseLockedError(msg("offers.database.busy")) from exc
        if "disk is full" in text or "disk full" in text or "no space" in text:
            raise DiskFullError(msg("offers.database.disk_full")) from exc
        if "readonly" in text or "read-only" in text:
            raise StoreError(msg("offers.database.read_only_now")) from exc
        if "unable to open" in text or "disk i/o error" in text:
            raise StoreError(msg("offers.database.io_error", reason=str(exc.orig))) from exc
        raise
    except DatabaseError as exc:
        if type(exc) is not DatabaseError:  # ProgrammingError, DataError...: a bug, not the file
            raise
        raise UnreadableDatabaseError(msg("offers.database.unreadable", reason=str(exc.orig))) from exc


def check_sqlite_file(path: Path) -> None:
    """Raise DamagedDatabaseError (naming the latest good backup) unless `path` is a sound
    OfferDesk database: not empty, a SQLite file (plain or encrypted), passing quick_check, with
    OfferDesk's tables; DatabaseKeyError if it is encrypted and its key is missing or does not
    open it. Read-only: nothing is written to `path`."""
    from desktop.services.backup import latest_good_backup, not_a_database, problems_of

    try:
        problems = problems_of(path)
    except cipher.DatabaseKeyError as exc:
        raise key_error(exc, path) from exc
    if problems:
        raise DamagedDatabaseError(
            path, problems, latest_good_backup(path), unusable=not_a_database(problems)
        )


def check_access(path: Path) -> None:
    """ReadOnlyDatabaseError when the file cannot be read and written, or its folder (where
    SQLite writes its journal) cannot be written: permissions or a read-only medium."""
    if not os.access(path, os.R_OK):
        raise ReadOnlyDatabaseError(path, msg("offers.read_only.access_denied"))
    try:
        fd = os.open(path, os.O_RDWR)  # opened for writing, nothing written
    except OSError as exc:
        reason = (
            msg("offers.read_only.medium")
            if exc.errno == errno.EROFS
            else msg("offers.read_only.file_protected")
        )
        raise ReadOnlyDatabaseError(path, reason) from exc
    os.close(fd)
    if not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(path, msg("offers.read_only.file_protected"))
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyDatabaseError(path, msg("offers.read_only.folder_protected", folder=path.parent))


def _check_new_folder(path: Path) -> None:
    """A first start creates the folder and the file: ReadOnlyDatabaseError when it cannot."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReadOnlyDatabaseError(
            path, msg("offers.read_only.folder_not_created", folder=path.parent)
        ) from exc
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise ReadOnlyDatabaseError(path, msg("offers.read_only.folder_protected", folder=path.parent))


def _is_wal(path: Path) -> bool:
    """The file is in WAL journal mode: opening it writes nothing, whereas switching a
    rollback-journal file to WAL rewrites its header. A plain file says so in its header
    (bytes 18-19 = 2); an encrypted one is asked through a read-only connection."""
    try:
        with path.open("rb") as handle:
            header = handle.read(20)
    except OSError:
        return False
    if header[:16] == cipher.PLAIN_HEADER:
        return len(header) == 20 and header[18] == 2 and header[19] == 2
    sqlite = cipher.driver()
    try:
        connection = cipher.connect(path, cipher.key_of_file(path), readonly=True)
    except (cipher.DatabaseKeyError, sqlite.Error, OSError):
        return False  # the synchronous path checks it and says what is wrong
    try:
        row = connection.execute("PRAGMA journal_mode").fetchone()
    except sqlite.Error:
        return False
    finally:
        connection.close()
    return row is not None and str(row[0]).lower() == "wal"


def _back_up(path: Path, on_backup_error: Callable[[BackupError], None] | None) -> None:
    from desktop.services.backup import backup_on_start

    try:
        backup_on_start(path)
    except BackupError as exc:
        if on_backup_error is None:
            raise
        on_backup_error(exc)


def open_store(
    url: str | None = None,
    *,
    backup: bool = True,
    seed: bool = True,
    deferred: bool = False,
    on_backup_error: Callable[[BackupError], None] | None = None,
) -> Store:
    """Open (creating and migrating if needed) the database at `url`.

    Default URL: OFFERDESK_DB, else the SQLite file in the user's data folder. For an
    existing SQLite file: PRAGMA quick_check first (a damaged file raises
    DamagedDatabaseError and is never touched), then a backup (last 10 kept), then the
    migration to head, then the first-start reference data and sample catalogue.

    `deferred=True` (the desktop application): when the file exists and is already at the
    head revision, the store is returned at once and the check, the backup and the
    first-start data run in a worker thread (`store.startup`, see desktop.services.startup);
    reads may start, writes wait for the check and fail if it failed; the caller starts the
    checks (`store.startup.start()`, else the first write does). Any other case (new
    file, migration needed, rollback-journal file, other backend) is the synchronous path.

    Only a missing file is a first start: an existing file that is empty, truncated or not
    OfferDesk's raises DamagedDatabaseError naming the latest good backup; a file or folder
    that cannot be written raises ReadOnlyDatabaseError; both before anything is written.
    The store holds the database's shared lock until closed (a restore elsewhere is refused
    meanwhile). `on_backup_error`: commands that only read pass a function that warns, and
    the store opens even though the start-up backup failed (disk full).
    """
    url = url or default_url()
    path = sqlite_path(url)
    if path is None:
        return _open_engine(url, None, None, seed)
    _tighten_once(path)
    existing = path.exists()
    if existing:
        check_access(path)
    else:
        _check_new_folder(path)
    from desktop.services.dblock import lock_shared

    lock = lock_shared(path)
    try:
        if deferred and existing and _is_wal(path) and sqlite_file_at_head(path):
            store = Store(_engine(url), url, lock)
            # started by the caller once its first page is shown (or by the first write)
            store.startup = StartupChecks(
                store, path, backup=backup, seed=seed, on_backup_error=on_backup_error
            )
            return store
        if existing:
            check_sqlite_file(path)
            if backup:
                _back_up(path, on_backup_error)
        return _open_engine(url, path, lock, seed)
    except BaseException:
        if lock is not None:
            lock.release()
        raise


def _open_engine(url: str, path: Path | None, lock: DbLock | None, seed: bool) -> Store:
    engine = _engine(url)
    try:
        with _translate_errors():
            upgrade_to_head(engine)
    except (DatabaseError, UnreadableDatabaseError) as exc:
        engine.dispose()
        error = exc.__cause__ if isinstance(exc, UnreadableDatabaseError) else exc
        origin = error.orig if isinstance(error, DatabaseError) else error
        reason = msg("offers.database.unknown_problem") if origin is None else cause(origin)
        if path is not None:
            from desktop.services.backup import latest_good_backup

            raise DamagedDatabaseError(path, [reason], latest_good_backup(path)) from exc
        raise StoreError(msg("offers.database.cannot_open", url=url, reason=reason)) from exc
    store = Store(engine, url, lock)
    plain_reason = take_plain_notice(path) if path is not None else None
    if path is not None and plain_reason is not None:
        store.plain_notice = plain_database_message(path, plain_reason)
        notify(store.plain_notice)
    if seed:
        from desktop.services.seed import seed_first_start

        seed_first_start(store)
    return store
