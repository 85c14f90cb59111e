"""Encrypting an existing plain SQLite database (and its backups) with SQLCipher, on request.

`encrypt_database(db_path)` — what Settings' « Chiffrer la base » and `offerdesk encrypt` run:

1. refuse unless the file is a sound plain OfferDesk database and a keychain can keep a key;
2. take the database out of WAL mode (all of it in the one file; fails while another program
   has it open) and hold its write lock from here to the swap, so nothing is written meanwhile;
3. `sqlcipher_export` into a new file beside it, encrypted with a new random key stored in
   the keychain under the new file's id;
4. verify the new file: PRAGMA quick_check, and every table's row count equal to the plain
   file's;
5. swap atomically (rename over the database), then overwrite the old plain file's bytes with
   zeros and delete it;
6. the same, one by one, for every plain backup in the database's backups/ folder (each
   re-encrypted with the database's key, verified, swapped, old bytes zeroed).

Zeroing is best effort: on an SSD, or a copy-on-write or journaling file system, the old
blocks may survive elsewhere on the disk until reused; only full-disk encryption closes that
(see docs/notes/atrest.md). Copies written elsewhere before (`offerdesk backup PATH` on a USB
stick) are not known here and stay plain: the result says so.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass, field
from pathlib import Path

from db import cipher
from db.engine import BUSY_TIMEOUT_MS, check_file
from desktop.documents.files import fsync_dir, fsync_file
from desktop.domain.messages import Message, msg
from desktop.domain.views import AtRestStatus
from desktop.paths import create_private_file, set_private
from desktop.services.backup import list_backups
from desktop.services.causes import cause, joined
from desktop.services.errors import StoreError
from desktop.services.store import check_sqlite_file

PRE_RESTORE_GLOB = "pre-restore-*.sqlite3"


class EncryptionError(StoreError):
    """The database could not be encrypted; nothing was changed (its message says why and what to do)."""


@dataclass(frozen=True)
class EncryptResult:
    path: Path
    row_counts: dict[str, int]  # per table, equal in the plain and the encrypted file
    backups_encrypted: list[Path] = field(default_factory=list)
    message: Message | None = None  # what was done, for the reader


def status(db_path: Path | None) -> AtRestStatus:
    """The encryption state of the database at `db_path` (None: a server database)."""
    from desktop import keychain

    if db_path is None:
        return AtRestStatus(None, False, False, msg("records.encryption.status_server"))
    state = cipher.file_state(db_path)
    if state == "encrypted":
        return AtRestStatus(db_path, True, False, msg("records.encryption.status_encrypted"))
    if not keychain.available():
        return AtRestStatus(db_path, False, False, msg("records.encryption.status_no_keychain"))
    return AtRestStatus(db_path, False, state == "plain", msg("records.encryption.status_plain"))


def _counts(connection: object, schema: str = "main") -> dict[str, int]:
    cursor = connection.execute(  # type: ignore[attr-defined]
        f"SELECT name FROM {schema}.sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
        "ORDER BY name"
    )
    names = [str(row[0]) for row in cursor.fetchall()]
    return {
        name: int(connection.execute(f'SELECT count(*) FROM {schema}."{name}"').fetchone()[0])  # type: ignore[attr-defined]
        for name in names
    }


def _zero_and_delete(path: Path) -> None:
    """Overwrite `path` with zeros (fsynced), then delete it. Best effort: see the module doc."""
    try:
        size = path.stat().st_size
        with path.open("r+b") as handle:
            chunk = b"\0" * 65536
            written = 0
            while written < size:
                handle.write(chunk[: min(len(chunk), size - written)])
                written += min(len(chunk), size - written)
            handle.flush()
            os.fsync(handle.fileno())
    except OSError:
        pass
    path.unlink(missing_ok=True)


def _busy(source: Path) -> EncryptionError:
    return EncryptionError(msg("records.encryption.busy", source=source))


def _encrypt_file(source: Path, key: str, *, leave_wal: bool) -> dict[str, int]:
    """Replace the plain SQLite file `source` by an encrypted copy with `key`, verified, the old
    bytes zeroed; returns the per-table row counts. Raises EncryptionError, source untouched.

    One connection holds the source's write lock from before the export until after the swap
    (others may read, none write); a second one exports; a third verifies the new file."""
    sqlite = cipher.driver()
    temp = source.with_name(f".{source.name}.encrypting")
    aside = source.with_name(f".{source.name}.plain")
    temp.unlink(missing_ok=True)
    linked = False
    try:
        lock = cipher.connect(source, None, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite.Error as exc:
        raise EncryptionError(
            msg("records.encryption.cannot_open", source=source, reason=cause(exc))
        ) from exc
    lock.isolation_level = None
    try:
        try:
            if leave_wal:
                # everything into the one file, -wal and -shm gone: they must not outlive it
                mode = lock.execute("PRAGMA journal_mode = DELETE").fetchone()[0]
                if str(mode).lower() != "delete":
                    raise _busy(source)
            lock.execute("BEGIN IMMEDIATE")  # no writer until the swap is done
            counts = _counts(lock)
            create_private_file(temp)
            export = cipher.connect(source, None, timeout=BUSY_TIMEOUT_MS / 1000)
            export.isolation_level = None
            try:
                export.execute(cipher.attach_sql("encrypted", key), (str(temp),))
                export.execute("SELECT sqlcipher_export('encrypted')")
                version = int(export.execute("PRAGMA main.user_version").fetchone()[0])
                export.execute(f"PRAGMA encrypted.user_version = {version}")
                export.execute("DETACH DATABASE encrypted")
            finally:
                export.close()
        except sqlite.OperationalError as exc:
            text = str(exc).lower()
            if "locked" in text or "busy" in text:
                raise _busy(source) from exc
            raise EncryptionError(msg("records.encryption.failed", source=source, reason=cause(exc))) from exc
        # verify the new file on its own connection
        problems = check_file(temp, key)
        if problems:
            raise EncryptionError(msg("records.encryption.copy_bad", source=source, problem=problems[0]))
        check = cipher.connect(temp, key, readonly=True)
        try:
            if _counts(check) != counts:
                raise EncryptionError(msg("records.encryption.rows_missing", source=source))
        finally:
            check.close()
        fsync_file(temp)
        set_private(temp)
        # the swap, write lock held; the old inode stays reachable as `aside`, to be zeroed
        aside.unlink(missing_ok=True)
        try:
            os.link(source, aside)
            linked = True
        except OSError:
            linked = False
        os.replace(temp, source)
        fsync_dir(source.parent)
    except BaseException:
        temp.unlink(missing_ok=True)
        if linked and not source.exists():
            os.replace(aside, source)
        raise
    finally:
        with contextlib.suppress(sqlite.Error):
            lock.execute("ROLLBACK")
        lock.close()
    if linked:
        _zero_and_delete(aside)
    return counts


def encrypt_database(db_path: Path) -> EncryptResult:
    """Encrypt the plain database at `db_path` and its plain backups (see the module doc).
    The caller makes sure no store of this process is writing (the desktop application waits
    for its start-up checks). Raises EncryptionError (or DamagedDatabaseError) with nothing
    changed."""
    from desktop.keychain import KeychainUnavailable

    state = cipher.file_state(db_path)
    if state == "missing":
        raise EncryptionError(msg("records.encryption.no_database", path=db_path))
    if state == "encrypted":
        raise EncryptionError(msg("records.encryption.already", path=db_path))
    if state == "other":
        raise EncryptionError(msg("records.encryption.not_sqlite", path=db_path))
    check_sqlite_file(db_path)  # a damaged file is reported (and left as it is), not encrypted
    key = cipher.generate_key()
    try:
        cipher.store_key(key)
    except KeychainUnavailable as exc:
        raise EncryptionError(msg("records.encryption.no_keychain", path=db_path, reason=cause(exc))) from exc
    try:
        counts = _encrypt_file(db_path, key, leave_wal=True)
    except BaseException:
        with contextlib.suppress(KeychainUnavailable):
            cipher.delete_key(cipher.key_id(key))
        raise
    done: list[Path] = []
    failed: list[Message] = []
    backups = list_backups(db_path) + sorted((db_path.parent / "backups").glob(PRE_RESTORE_GLOB))
    for backup in backups:
        if cipher.file_state(backup) != "plain":
            continue
        try:
            _encrypt_file(backup, key, leave_wal=False)
        except StoreError as exc:
            failed.append(msg("records.encryption.backup_failed", name=backup.name, reason=cause(exc)))
            continue
        done.append(backup)
    message = msg(
        "records.encryption.done",
        path=db_path,
        rows=sum(counts.values()),
        tables=len(counts),
        count=len(done),
    )
    if failed:
        message = msg("records.encryption.done_partly", done=message, failed=joined(failed))
    return EncryptResult(db_path, counts, done, message)
