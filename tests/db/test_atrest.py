"""A lost laptop: the database, its WAL and its backups encrypted (SQLCipher, key in the
keychain), nothing readable by another local user (0700/0600), a missing key reported as
such (never as damage), and an existing plain database encrypted on request, every offer kept."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path
from sqlite3.dump import _iterdump

import keyring
import pytest
from keyring.backends import fail

from db import cipher
from db.engine import quick_check, sqlite_url
from desktop.cli import main
from desktop.domain.messages import Message, msg
from desktop.domain.views import ClientInput
from desktop.services import clients, encryption, offers, packs
from desktop.services.backup import _copy_consistent, backup_on_start, backup_to, list_backups, restore_from
from desktop.services.errors import DamagedDatabaseError, DatabaseKeyError
from desktop.services.store import Store, open_store
from tests.db.factories import draft_input, setup, signed_offer
from tests.db.fixtures import _sqlite_template, new_sqlite_store

SECRETS = (b"Kremer Bau", b"Josiane Weber-Kremer", b"j.weber@kremer-bau.lu", b"LU280019400644750000")


@pytest.fixture
def no_keychain() -> Iterator[None]:
    """No usable keychain (a headless machine without Secret Service)."""
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def plain_sqlite_store(folder: Path) -> Store:
    """A store on a plain (unencrypted) copy of the template, as an older OfferDesk left it."""
    template = _sqlite_template()
    path = folder / "offerdesk.sqlite3"
    _copy_consistent(template, path, source_key=cipher.key_of_file(template), target_key=None)
    return open_store(sqlite_url(path), backup=False)


def add_secrets(store: Store) -> int:
    client = clients.create_client(
        store,
        ClientInput(
            legal_name="Kremer Bau S.A.",
            signatory_name="Josiane Weber-Kremer",
            email="j.weber@kremer-bau.lu",
            iban="LU28 0019 4006 4475 0000",
            postcode="L-1611",
            city="Luxembourg",
        ),
    )
    return client.id


def files_of(path: Path) -> list[Path]:
    return [p for p in (path, path.with_name(path.name + "-wal")) if p.exists()]


def found(paths: list[Path]) -> set[bytes]:
    return {secret for p in paths for secret in SECRETS if secret in p.read_bytes()}


def dump(path: Path) -> list[str]:
    connection = cipher.connect(path, cipher.key_of_file(path))
    try:
        return list(_iterdump(connection))
    finally:
        connection.close()


def test_nothing_the_test_inserted_is_readable_in_the_database_its_wal_or_a_backup(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    assert store.path is not None
    reader = cipher.connect(store.path, cipher.key_of_file(store.path))  # keeps the WAL from a checkpoint
    reader.execute("SELECT count(*) FROM clients").fetchone()
    add_secrets(store)
    wal = store.path.with_name(store.path.name + "-wal")
    assert wal.stat().st_size > 0  # the new client is in the WAL, not checkpointed yet
    backup = backup_on_start(store.path)
    elsewhere = backup_to(store.path, tmp_path / "usb-stick.sqlite3")
    assert cipher.file_state(store.path) == "encrypted"
    assert found([store.path, wal, backup, elsewhere]) == set()
    reader.close()
    store.close()
    assert found(files_of(store.path)) == set()
    # and the data is all there through the key
    reopened = open_store(store.url, backup=False)
    assert [c.legal_name for c in clients.search_clients(reopened, "Kremer")] == ["Kremer Bau S.A."]
    reopened.close()
    backup_store = open_store(sqlite_url(backup), backup=False)
    assert [c.legal_name for c in clients.search_clients(backup_store, "Kremer")] == ["Kremer Bau S.A."]
    backup_store.close()


def test_control_a_plain_database_shows_them(tmp_path: Path) -> None:
    store = plain_sqlite_store(tmp_path)
    assert store.path is not None
    reader = cipher.connect(store.path, None)
    reader.execute("SELECT count(*) FROM clients").fetchone()
    add_secrets(store)
    backup = backup_on_start(store.path)
    assert found([store.path.with_name(store.path.name + "-wal")]) == set(SECRETS)
    reader.close()
    assert found(files_of(store.path)) == set(SECRETS)
    assert found([backup]) == set(SECRETS)
    store.close()


def test_without_a_keychain_a_new_database_is_plain_and_says_so_once(
    tmp_path: Path, no_keychain: None, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "new.sqlite3")
    store = open_store(url, backup=False, seed=False)
    assert store.plain_notice is not None
    assert "n'est pas chiffrée" in capsys.readouterr().err
    store.close()
    assert cipher.file_state(tmp_path / "new.sqlite3") == "plain"
    again = open_store(url, backup=False, seed=False)
    assert again.plain_notice is None
    assert capsys.readouterr().err == ""
    again.close()
    assert not list(tmp_path.glob("*key*"))  # no key written to a file instead
    status = encryption.status(tmp_path / "new.sqlite3")
    assert not status.encrypted
    assert not status.can_encrypt
    assert status.message.id == "records.encryption.status_no_keychain"


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_data_folder_is_0700_and_every_file_in_it_0600(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(data))
    store = open_store(sqlite_url(data / "offerdesk.sqlite3"))
    assert store.path is not None
    add_secrets(store)  # the WAL and SHM exist now
    backup = backup_on_start(store.path)
    assert mode(data) == 0o700
    assert mode(data / "backups") == 0o700
    for path in (store.path, *[store.path.with_name(store.path.name + s) for s in ("-wal", "-shm")], backup):
        assert path.exists(), path
        assert mode(path) == 0o600, path
    from desktop.documents.files import write_atomic

    write_atomic(data / "seal.json", b"{}")  # a settings file of ours, written the usual way
    assert mode(data / "seal.json") == 0o600
    store.close()


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_what_an_older_version_left_open_is_tightened_on_start(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "data"
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(data))
    store = plain_sqlite_store(data)  # a folder and files created with the usual 0755/0644
    assert store.path is not None
    backup = backup_on_start(store.path)
    store.close()
    (data / "seal-certificate.p12").write_bytes(b"old")
    for path in (data, data / "backups"):
        path.chmod(0o755)
    for path in (store.path, backup, data / "seal-certificate.p12"):
        path.chmod(0o644)
    import desktop.services.store as store_module

    monkeypatch.setattr(store_module, "_tightened", set())
    open_store(store.url, backup=False).close()
    assert mode(data) == mode(data / "backups") == 0o700
    assert mode(store.path) == mode(backup) == mode(data / "seal-certificate.p12") == 0o600


@pytest.mark.skipif(os.name != "posix", reason="POSIX modes")
def test_the_log_file_is_private(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop import logs

    monkeypatch.setenv("OFFERDESK_LOG_DIR", str(tmp_path / "log"))
    path = logs.configure()
    assert mode(tmp_path / "log") == 0o700
    assert mode(path) == 0o600


def test_a_missing_key_is_named_as_such_never_as_damage(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    store = new_sqlite_store(tmp_path)
    assert store.path is not None
    setup(store)
    store.close()
    good = backup_on_start(store.path)
    before = store.path.read_bytes()
    db_id = cipher.database_id(store.path)
    assert db_id is not None
    assert cipher.database_id(good) == db_id
    key = cipher.stored_key(db_id)
    assert key is not None
    cipher.delete_key(db_id)  # the keychain entry is gone
    try:
        for deferred in (False, True):
            with pytest.raises(DatabaseKeyError) as caught:
                open_store(store.url, deferred=deferred)
            assert not isinstance(caught.value, DamagedDatabaseError)
            said = caught.value.message
            assert isinstance(said, Message)
            assert said.id == "db.key.missing"
            assert said.params["path"] == store.path
            assert said.params["account"] == cipher.account_of(db_id)
            message = str(caught.value)
            assert str(store.path) in message
            assert "offerdesk restore" in message
            assert "not a database" not in message
        assert main(["backup", str(tmp_path / "x.sqlite3"), "--db", store.url]) == 1
        err = capsys.readouterr().err
        assert "clé est introuvable" in err
        assert "Traceback" not in err
        assert store.path.read_bytes() == before  # nothing written, nothing replaced
        assert list_backups(store.path) == [good]
    finally:
        cipher.store_key(key)
    open_store(store.url, backup=False).close()


def test_a_wrong_key_is_named_as_such(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    store.close()
    assert store.path is not None
    db_id = cipher.database_id(store.path)
    assert db_id is not None
    key = cipher.stored_key(db_id)
    assert key is not None
    cipher.store_key(cipher.generate_key()[:64] + db_id)  # another secret under this id
    try:
        with pytest.raises(DatabaseKeyError) as caught:
            open_store(store.url)
        assert caught.value.message == msg("db.key.wrong", path=store.path)
        with pytest.raises(cipher.DatabaseKeyError):
            quick_check(store.path)
    finally:
        cipher.store_key(key)


def test_a_damaged_encrypted_database_is_still_reported_as_damaged(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    setup(store)
    store.close()
    assert store.path is not None
    good = backup_on_start(store.path)
    data = bytearray(store.path.read_bytes())
    data[3 * 4096 : 5 * 4096] = b"\xa5" * (2 * 4096)
    store.path.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabaseError) as caught:
        open_store(store.url)
    assert caught.value.latest_backup == good


def test_restore_of_an_encrypted_backup_and_of_a_plain_one(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    assert store.path is not None
    client_id = setup(store)
    first = offers.create_draft(store, draft_input(client_id))
    store.close()
    encrypted_backup = backup_to(store.path, tmp_path / "encrypted-copy.sqlite3")
    plain = plain_sqlite_store(tmp_path / "old")  # a backup made before encryption
    assert plain.path is not None
    plain.close()

    later = open_store(store.url, backup=False)
    offers.create_draft(later, draft_input(client_id))
    later.close()
    assert restore_from(store.path, encrypted_backup) is not None
    restored = open_store(store.url, backup=False)
    assert [o.id for o in offers.list_offers(restored)] == [first.id]
    restored.close()

    assert main(["restore", str(plain.path), "--db", store.url]) == 0
    assert cipher.file_state(store.path) == "encrypted"  # restored, and encrypted again
    restored = open_store(store.url, backup=False)
    assert offers.list_offers(restored) == []
    restored.close()


def test_encrypting_a_populated_plain_database_keeps_every_offer(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    store = plain_sqlite_store(tmp_path)
    assert store.path is not None
    client_id = setup(store)
    add_secrets(store)
    signed = signed_offer(store, client_id)
    offers.create_draft(store, draft_input(client_id))
    pack_file = tmp_path / "pack.pdf"
    written = packs.write_pack(store, signed.number, signed.revision, pack_file)
    store.close()
    old_backup = backup_on_start(store.path)
    before = dump(store.path)
    assert found([store.path, old_backup]) == set(SECRETS)

    results: list[encryption.EncryptResult] = []
    encrypt = encryption.encrypt_database
    monkeypatch.setattr(
        encryption, "encrypt_database", lambda path: results.append(encrypt(path)) or results[-1]
    )
    assert main(["encrypt", "--db", store.url]) == 0
    out = capsys.readouterr().out
    [result] = results
    assert result.message is not None
    assert result.message.id == "records.encryption.done"
    assert result.message.params["count"] == 1  # the one backup, encrypted with the same key
    assert result.message.params["rows"] == sum(result.row_counts.values())
    assert str(result.message) in out

    assert cipher.file_state(store.path) == "encrypted"
    assert cipher.file_state(old_backup) == "encrypted"
    assert dump(store.path) == before  # same rows, same offers, byte for byte
    leftovers = [p for p in tmp_path.rglob("*") if p.is_file() and p != pack_file]
    assert found(leftovers) == set()  # nothing plain left behind in the folder
    assert not [p for p in leftovers if p.name.endswith((".plain", ".encrypting"))]

    reopened = open_store(store.url, backup=False)
    check = packs.check_pack(pack_file.read_bytes(), reopened)
    assert check.ok
    assert check.hash_matches
    assert check.stored_sha256 == written.sha256
    assert packs.pack_bytes(reopened, signed.number, signed.revision).pdf == pack_file.read_bytes()
    reopened.close()
    assert main(["verify", str(pack_file), "--db", store.url]) == 0
    assert main(["encrypt", "--db", store.url]) == 0  # again: already encrypted, says so
    assert "Base chiffrée" in capsys.readouterr().out


def test_encrypting_refuses_a_database_another_program_holds(tmp_path: Path) -> None:
    store = plain_sqlite_store(tmp_path)
    assert store.path is not None
    store.close()
    other = cipher.connect(store.path, None)
    other.execute("PRAGMA journal_mode = WAL")
    other.execute("SELECT count(*) FROM offers").fetchone()
    other.execute("BEGIN IMMEDIATE")
    before = dump(store.path)
    try:
        with pytest.raises(encryption.EncryptionError, match="autre programme"):
            encryption.encrypt_database(store.path)
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert cipher.file_state(store.path) == "plain"
    assert dump(store.path) == before


def test_fts5_trigram_works_through_the_store_connection(tmp_path: Path) -> None:
    store = new_sqlite_store(tmp_path)
    with store.engine.begin() as connection:
        connection.exec_driver_sql("CREATE VIRTUAL TABLE search_probe USING fts5(x, tokenize='trigram')")
        connection.exec_driver_sql("INSERT INTO search_probe VALUES ('Boulangerie Schmit')")
        rows = connection.exec_driver_sql("SELECT x FROM search_probe WHERE x MATCH 'angeri'").all()
    assert [r[0] for r in rows] == ["Boulangerie Schmit"]
    store.close()
