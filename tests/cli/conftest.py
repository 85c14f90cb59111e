"""The commands run in French in these tests, whatever the machine's locale (desktop.cli takes
the language from OFFERDESK_LANG, else the locale); a test of another language sets its own."""

from __future__ import annotations

import pytest


@pytest.fixture(autouse=True)
def _commands_in_french(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFERDESK_LANG", "fr")
