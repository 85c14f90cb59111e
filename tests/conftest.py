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
