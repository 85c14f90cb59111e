"""Secrets in the operating system's keychain (Windows Credential Manager, macOS Keychain,
Secret Service on Linux) through the `keyring` library — never in a file of ours.

Every secret OfferDesk keeps (the installation key's passphrase, the company certificate's
passphrase, the database key, the audit key) is one entry under the service name
``OfferDesk`` and a fixed account name, optionally qualified by the data folder so that two
installations of one user (a portable folder, the tests) do not share secrets.

`KeychainUnavailable` means there is no usable keychain (a headless server without Secret
Service, a locked keychain): callers decide whether to refuse or to work without the feature,
and say so — a secret is never silently written somewhere else.
"""

from __future__ import annotations

import secrets as _secrets
from collections.abc import Iterator
from contextlib import contextmanager
from types import ModuleType

from desktop.domain.messages import MessageError, msg

SERVICE = "OfferDesk"


class KeychainUnavailable(MessageError):
    """The operating system's keychain cannot be used; the message says why (a catalogue
    message, rendered in the reader's language)."""


def _keyring() -> ModuleType:
    try:
        import keyring
        from keyring.backends import fail
    except ImportError as exc:  # pragma: no cover - keyring is a declared dependency
        raise KeychainUnavailable(msg("keychain.no_library", reason=str(exc))) from exc
    try:
        backend = keyring.get_keyring()
    except Exception as exc:  # PYTHON_KEYRING_BACKEND naming a module that is not there, a broken backend
        raise KeychainUnavailable(msg("keychain.backend_broken", reason=str(exc))) from exc
    if isinstance(backend, fail.Keyring):
        raise KeychainUnavailable(msg("keychain.none"))
    return keyring


def available() -> bool:
    """True when a usable keychain backend is configured."""
    try:
        _keyring()
    except KeychainUnavailable:
        return False
    return True


def account(name: str, scope: str | None = None) -> str:
    """The account name of a secret: `name`, qualified by `scope` (e.g. the data folder)."""
    return f"{name}@{scope}" if scope else name


def get_secret(name: str, scope: str | None = None) -> str | None:
    """The stored secret, or None when there is none."""
    keyring = _keyring()
    from keyring.errors import KeyringError

    try:
        value = keyring.get_password(SERVICE, account(name, scope))
    except KeyringError as exc:
        raise KeychainUnavailable(msg("keychain.refused_read", reason=str(exc))) from exc
    return None if value is None else str(value)


def set_secret(name: str, value: str, scope: str | None = None) -> None:
    keyring = _keyring()
    from keyring.errors import KeyringError

    try:
        keyring.set_password(SERVICE, account(name, scope), value)
    except KeyringError as exc:
        raise KeychainUnavailable(msg("keychain.refused_write", reason=str(exc))) from exc


def delete_secret(name: str, scope: str | None = None) -> None:
    """Remove a secret; no error when there is none."""
    keyring = _keyring()
    from keyring.errors import KeyringError, PasswordDeleteError

    try:
        keyring.delete_password(SERVICE, account(name, scope))
    except PasswordDeleteError:
        return
    except KeyringError as exc:
        raise KeychainUnavailable(msg("keychain.refused_delete", reason=str(exc))) from exc


def get_or_create_secret(name: str, scope: str | None = None, nbytes: int = 32) -> str:
    """The stored secret, created (random, URL-safe) and stored on first use."""
    value = get_secret(name, scope)
    if value is None:
        value = _secrets.token_urlsafe(nbytes)
        set_secret(name, value, scope)
    return value


def secret(name: str, scope: str | None = None, *, create: bool) -> str | None:
    """The stored secret; created on first use when `create`, else None when there is none."""
    return get_or_create_secret(name, scope) if create else get_secret(name, scope)


@contextmanager
def private_keyring() -> Iterator[None]:
    """An in-process keychain for throw-away data (`offerdesk --smoke`, `offerdesk demo`): its
    secrets vanish with the block, the user's keychain is never touched; the previous backend
    is restored at the end."""
    import keyring
    import keyring.core
    from keyring.backend import KeyringBackend
    from keyring.errors import PasswordDeleteError

    class _Memory(KeyringBackend):
        priority = 0

        def __init__(self) -> None:
            super().__init__()  # type: ignore[no-untyped-call]
            self.values: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.values.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.values[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            if self.values.pop((service, username), None) is None:
                raise PasswordDeleteError(username)

    previous = keyring.core._keyring_backend  # None: not loaded yet (and maybe not loadable)
    keyring.set_keyring(_Memory())
    try:
        yield
    finally:
        keyring.core._keyring_backend = previous
