"""The system's refusals (a file, the keychain) fill a sentence in the reader's language: a
German sentence never ends in French words ("… kann nicht gelesen werden: le fichier …")."""

from __future__ import annotations

import errno

import pytest

from desktop import i18n, keychain
from desktop.domain.messages import msg
from desktop.os_errors import os_reason

_OS_ERRORS = [
    FileNotFoundError(errno.ENOENT, "No such file or directory"),
    PermissionError(errno.EACCES, "Permission denied"),
    IsADirectoryError(errno.EISDIR, "Is a directory"),
    NotADirectoryError(errno.ENOTDIR, "Not a directory"),
    OSError(errno.ENOSPC, "No space left on device"),
    OSError(errno.EIO, "Input/output error"),
]


@pytest.mark.parametrize("exc", _OS_ERRORS, ids=lambda e: type(e).__name__ + str(e.errno))
def test_an_os_reason_is_a_message_in_each_language(exc: OSError) -> None:
    reason = os_reason(exc)
    texts = {lang: reason.text(lang) for lang in ("fr", "de", "en")}
    assert len(set(texts.values())) == 3, texts
    sentence = msg("commands.quote.unreadable", path="/tmp/spec.json", reason=reason)
    for word in ("fichier", "accès", "dossier", "disque", "erreur"):
        assert word not in sentence.text("de")
        assert word not in sentence.text("en")


def test_no_keychain_reads_german_in_a_german_sentence(monkeypatch: pytest.MonkeyPatch) -> None:
    from keyring.backends import fail

    monkeypatch.setattr("keyring.get_keyring", lambda: fail.Keyring())
    with pytest.raises(keychain.KeychainUnavailable) as caught:
        keychain.get_secret("anything")
    assert caught.value.message == msg("keychain.none")
    assert "Schlüsselbund" in caught.value.message.text("de")
    assert "trousseau" not in caught.value.message.text("de")
    assert "keychain" in caught.value.message.text("en")
    i18n.set_language("de")
    try:
        assert "Schlüsselbund" in str(caught.value)
    finally:
        i18n.set_language("fr")
