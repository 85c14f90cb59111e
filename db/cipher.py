"""Encryption at rest of the local SQLite database (SQLCipher) and the one way to open its files.

Every SQLite file OfferDesk opens — the database, its backups, a file offered for restore —
is opened by `connect()` here, through the `sqlcipher3` driver (SQLCipher 4, its own SQLite
with FTS5): with a key when the file is encrypted, without one when it is plain.

The key of a database is 32 random bytes, stored hex-encoded in the operating system's
keychain (desktop.keychain) under the account ``database-key@<database id>``, never in a
file. The database id is the file's SQLCipher salt: 16 random bytes chosen with the key,
given to SQLCipher with it as one raw key (``PRAGMA key = "x'<key><salt>'"``: no key
derivation per connection) and written in clear as the first 16 bytes of the file. So a
backup (written with the same raw key), a copy or a moved file still finds its key, and
two databases never share one.

Which files are encrypted: a plain file starts with the 16 bytes ``SQLite format 3\\0``; an
encrypted one is whole pages starting with its salt. A new database (no file yet) is
encrypted when a keychain is available, plain otherwise (`new_database_key` says why). An
encrypted file whose key is missing, or that its key does not open, raises
`DatabaseKeyError` — never taken for a damaged or an empty database.
"""

from __future__ import annotations

import os
import re
import secrets
import threading
from pathlib import Path
from typing import Any, Literal

from desktop.domain.messages import MessageError, msg

KEY_NAME = "database-key"
PLAIN_HEADER = b"SQLite format 3\x00"
MIN_PAGE_SIZE = 512  # an SQLCipher file is whole pages (4096 bytes by default)
_SECRET_RE = re.compile(r"[0-9a-f]{64}")  # what the keychain holds
_KEY_RE = re.compile(r"[0-9a-f]{96}")  # the raw key given to SQLCipher: secret + salt (id)
SALT_BYTES = 16

FileState = Literal["missing", "plain", "encrypted", "other"]
KeyProblem = Literal["missing", "wrong", "keychain"]


class DatabaseKeyError(MessageError):
    """An encrypted SQLite file cannot be opened: its key is missing from the keychain, the
    keychain is unavailable, or the key does not open it. Nothing was changed. `message` names
    the file and what to do (db.key.<problem>); `detail` is the keychain's own reason."""

    def __init__(self, path: Path, problem: KeyProblem, detail: str = "") -> None:
        self.path = path
        self.problem = problem
        if problem == "missing":
            message = msg("db.key.missing", path=path, account=account_of(database_id(path) or "?"))
        elif problem == "keychain":
            message = msg("db.key.keychain", path=path, detail=detail)
        else:
            message = msg("db.key.wrong", path=path)
        super().__init__(message)


_quiet = False


def driver() -> Any:
    """The SQLCipher DB-API module (sqlcipher3.dbapi2: same API as the stdlib sqlite3).

    SQLCipher's own log (an HMAC failure per damaged page, on stderr) is turned off once per
    process: the errors reach OfferDesk as exceptions and are reported in the user's language from there.
    """
    global _quiet
    import sqlcipher3.dbapi2

    if not _quiet:
        connection = sqlcipher3.dbapi2.connect(":memory:")
        try:
            connection.execute("PRAGMA cipher_log_level = NONE")
        finally:
            connection.close()
        _quiet = True
    return sqlcipher3.dbapi2


def probe(path: Path) -> tuple[FileState, str | None]:
    """(kind of file, database id) in one read of the file's first bytes.

    Kinds: "missing" (no file, or an empty one), "plain" (SQLite header), "encrypted" (whole
    pages without that header: SQLCipher; its id is its salt, hex) or "other" (not a
    database of any kind)."""
    try:
        with Path(path).open("rb") as handle:
            header = handle.read(len(PLAIN_HEADER))
            size = os.fstat(handle.fileno()).st_size
    except FileNotFoundError:
        return "missing", None
    if not header:
        return "missing", None
    if header == PLAIN_HEADER:
        return "plain", None
    if size % MIN_PAGE_SIZE or len(header) < SALT_BYTES:
        return "other", None
    return "encrypted", header[:SALT_BYTES].hex()


def file_state(path: Path) -> FileState:
    """The kind of file at `path` (see probe)."""
    return probe(path)[0]


def database_id(path: Path) -> str | None:
    """The id of an encrypted database file (its salt, hex); None for any other file."""
    return probe(path)[1]


def account_of(db_id: str) -> str:
    from desktop.keychain import account

    return account(KEY_NAME, db_id)


# Secrets read from the keychain in this process, by database id (a keychain round trip
# costs milliseconds on Secret Service); kept in step with every write made through here.
_cache: dict[str, str] = {}
_cache_lock = threading.Lock()


def forget_cached_keys() -> None:
    """Read the keychain again on next use (after it was changed by another program)."""
    with _cache_lock:
        _cache.clear()


def stored_key(db_id: str) -> str | None:
    """The raw key of the database `db_id` from the keychain (None: no entry).
    Raises desktop.keychain.KeychainUnavailable."""
    with _cache_lock:
        if db_id in _cache:
            return _cache[db_id] + db_id
    from desktop.keychain import get_secret

    value = get_secret(KEY_NAME, db_id)
    if value is None or not _SECRET_RE.fullmatch(value):
        return None
    with _cache_lock:
        _cache[db_id] = value
    return value + db_id


def key_id(key: str) -> str:
    """The database id a raw key belongs to (its salt part)."""
    return key[-2 * SALT_BYTES :]


def store_key(key: str) -> None:
    """Record the raw key `key` in the keychain (raises KeychainUnavailable)."""
    from desktop.keychain import set_secret

    if not _KEY_RE.fullmatch(key):
        raise ValueError("a raw database key is 96 lower-case hex digits")
    db_id, secret = key_id(key), key[: -2 * SALT_BYTES]
    set_secret(KEY_NAME, secret, db_id)
    with _cache_lock:
        _cache[db_id] = secret


def delete_key(db_id: str) -> None:
    from desktop.keychain import delete_secret

    delete_secret(KEY_NAME, db_id)
    with _cache_lock:
        _cache.pop(db_id, None)


def generate_key() -> str:
    """A fresh raw key: a random 256-bit secret and a random 128-bit salt (the id), hex."""
    return secrets.token_hex(32) + secrets.token_hex(SALT_BYTES)


def new_database_key() -> tuple[str | None, str | None]:
    """(key, None) for a database about to be created: a new raw key stored in the keychain;
    (None, reason) when no keychain can keep one (the database is then plain)."""
    from desktop.keychain import KeychainUnavailable

    key = generate_key()
    try:
        store_key(key)
    except KeychainUnavailable as exc:
        return None, str(exc)
    return key, None


def key_of_file(path: Path) -> str | None:
    """The raw key that opens the existing file `path` (None when it is plain or missing).
    Raises DatabaseKeyError when the file is encrypted and the keychain has no key for it."""
    db_id = database_id(path)
    return None if db_id is None else key_for_id(path, db_id)


def key_for_id(path: Path, db_id: str) -> str:
    """The raw key of the database `db_id` (the file `path`); DatabaseKeyError if none."""
    from desktop.keychain import KeychainUnavailable

    try:
        key = stored_key(db_id)
    except KeychainUnavailable as exc:
        raise DatabaseKeyError(Path(path), "keychain", str(exc)) from exc
    if key is None:
        raise DatabaseKeyError(Path(path), "missing")
    return key


def connect(
    path: Path,
    key: str | None,
    *,
    readonly: bool = False,
    timeout: float = 5.0,
    check_same_thread: bool = True,
) -> Any:
    """A DB-API connection to the SQLite file `path`, keyed first when `key` is given.

    With a key, page 1 is read at once: a key that does not open the file raises
    DatabaseKeyError("wrong") here rather than a "file is not a database" later on.
    """
    sqlite = driver()
    target = Path(path)
    if readonly:
        connection = sqlite.connect(
            f"{target.absolute().as_uri()}?mode=ro",
            uri=True,
            timeout=timeout,
            check_same_thread=check_same_thread,
        )
    else:
        connection = sqlite.connect(str(target), timeout=timeout, check_same_thread=check_same_thread)
    if key is None:
        return connection
    try:
        if not _KEY_RE.fullmatch(key):
            raise ValueError("a raw database key is 96 lower-case hex digits")
        connection.execute(f"PRAGMA key = \"x'{key}'\"")
        connection.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite.DatabaseError as exc:
        connection.close()
        if "not a database" in str(exc) or "encrypted" in str(exc):
            raise DatabaseKeyError(target, "wrong") from exc
        raise
    except BaseException:
        connection.close()
        raise
    return connection


def attach_sql(alias: str, key: str | None) -> str:
    """The KEY clause of `ATTACH DATABASE ? AS alias KEY …` (an empty key: a plain file)."""
    if key is not None and not _KEY_RE.fullmatch(key):
        raise ValueError("a raw database key is 96 lower-case hex digits")
    clause = f"\"x'{key}'\"" if key is not None else "''"
    return f"ATTACH DATABASE ? AS {alias} KEY {clause}"
