"""Suite-wide fixtures."""

from __future__ import annotations

import os
import tempfile

import pytest


@pytest.fixture(autouse=True, scope="session")
def _private_data_dir() -> None:
    """Sealing certificates and other user data go to a temporary folder, never the real one."""
    if not os.environ.get("OFFERDESK_DATA_DIR"):
        os.environ["OFFERDESK_DATA_DIR"] = tempfile.mkdtemp(prefix="offerdesk-data-")


# Printing: the CUPS clients talk to no scheduler unless a test starts its own (never the
# machine's printers), so print tests take the same path everywhere.
os.environ["CUPS_SERVER"] = "/nonexistent/offerdesk-tests-print-nowhere.sock"

# The keychain: a file-backed keyring backend in a temporary folder, set before anything imports
# keyring and inherited by every subprocess the tests start (never the machine's own keychain).
os.environ["PYTHON_KEYRING_BACKEND"] = "tests.keychain_backend.FileKeyring"
if not os.environ.get("OFFERDESK_TEST_KEYRING"):
    os.environ["OFFERDESK_TEST_KEYRING"] = os.path.join(
        tempfile.mkdtemp(prefix="offerdesk-keyring-"), "keyring.json"
    )


# Messages render through the catalogues in every test, as in the application; each test starts
# in French (the default) whatever the machine's locale, and one that changes it is undone.
import desktop.i18n  # noqa: E402 - installs the renderer before any test builds a message


@pytest.fixture(autouse=True)
def _french_by_default() -> object:
    desktop.i18n.set_language("fr")
    yield
    desktop.i18n.set_language("fr")
