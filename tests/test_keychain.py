"""The keychain seam: keyring's own backend tests on the suite's backend, and desktop.keychain."""

from __future__ import annotations

import pytest
from keyring.testing.backend import BackendBasicTests

from desktop import keychain
from tests.keychain_backend import FileKeyring


class TestFileKeyring(BackendBasicTests):
    def init_keyring(self) -> FileKeyring:
        return FileKeyring()


def test_secret_round_trip_and_scope() -> None:
    keychain.set_secret("probe", "s3cret", scope="/data/a")
    assert keychain.get_secret("probe", scope="/data/a") == "s3cret"
    assert keychain.get_secret("probe", scope="/data/b") is None
    keychain.delete_secret("probe", scope="/data/a")
    keychain.delete_secret("probe", scope="/data/a")  # twice: no error
    assert keychain.get_secret("probe", scope="/data/a") is None


def test_get_or_create_is_stable() -> None:
    first = keychain.get_or_create_secret("created", scope="x")
    assert len(first) >= 32
    assert keychain.get_or_create_secret("created", scope="x") == first


def test_no_keychain_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        assert not keychain.available()
        with pytest.raises(keychain.KeychainUnavailable, match="trousseau"):
            keychain.get_secret("probe")
    finally:
        keyring.set_keyring(previous)
