"""The demonstration visit's sample words follow the language asked for (`offerdesk demo --lang`)."""

from __future__ import annotations

from pathlib import Path

import pytest

from db.engine import sqlite_url
from desktop.services import clients, demo
from desktop.services.store import open_store


def test_the_demo_visit_in_german(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path))  # the sealing certificate goes here
    store = open_store(sqlite_url(tmp_path / "offerdesk.sqlite3"), backup=False)
    try:
        result = demo.run_demo(store, tmp_path, lang="de")
        client = clients.get_client(store, result.offer.client.id)
    finally:
        store.close()
    assert result.check.ok
    assert client.legal_form == "Gesellschaft mit beschränkter Haftung"
    assert client.signatory_function == "Geschäftsführerin"
    assert client.sites[0].label == "Firmensitz und Werkstatt"
    assert result.client_name == "Boulangerie Œuvre & Fils S.à r.l."  # a name is not translated
    assert result.offer.required_documents == (
        "RCS-Auszug, nicht älter als 3 Monate",
        "Unterzeichnetes SEPA-Lastschriftmandat",
    )
    assert result.offer.special_conditions.startswith("Installation außerhalb der Öffnungszeiten")
