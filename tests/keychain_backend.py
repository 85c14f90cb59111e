"""A keyring backend for the test suite: a JSON file in the test run's temporary folder.

The suite points `PYTHON_KEYRING_BACKEND` at it (tests/conftest.py), so the application and
every command it starts in a subprocess use a real `keyring` backend without touching the
machine's own keychain. `tests/test_keychain.py` runs keyring's own backend tests on it.
"""

from __future__ import annotations

import fcntl
import json
import os
from pathlib import Path

from keyring.backend import KeyringBackend
from keyring.errors import KeyringError, PasswordDeleteError

FILE_ENV = "OFFERDESK_TEST_KEYRING"


class FileKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def _path(self) -> Path:
        if not os.environ.get(FILE_ENV):  # a subprocess started without it: no keychain there
            raise KeyringError(f"{FILE_ENV} is not set")
        return Path(os.environ[FILE_ENV])

    def _update(self, change):  # type: ignore[no-untyped-def]
        path = self._path()
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path.with_suffix(".lock"), "a") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            data = json.loads(path.read_text()) if path.exists() else {}
            result = change(data)
            tmp = path.with_suffix(".tmp")
            tmp.write_text(json.dumps(data))
            os.replace(tmp, path)
            return result

    def get_password(self, service: str, username: str) -> str | None:
        path = self._path()
        if not path.exists():
            return None
        value = json.loads(path.read_text()).get(f"{service}\x00{username}")
        return None if value is None else str(value)

    def set_password(self, service: str, username: str, password: str) -> None:
        self._update(lambda data: data.__setitem__(f"{service}\x00{username}", password))

    def delete_password(self, service: str, username: str) -> None:
        key = f"{service}\x00{username}"

        def drop(data):  # type: ignore[no-untyped-def]
            if key not in data:
                raise PasswordDeleteError(username)
            del data[key]

        self._update(drop)
