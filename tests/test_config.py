"""desktop.config: one typed, frozen configuration read from the environment; the data
folder, the database and the log folder resolved in one place."""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import platformdirs
import pytest

from desktop import config, paths

REPO = Path(__file__).resolve().parents[1]


@pytest.mark.parametrize("blank", ["", " ", "\t", "  \n"])
def test_a_blank_data_folder_variable_counts_as_unset(blank: str) -> None:
    loaded = config.load({"OFFERDESK_DATA_DIR": blank})
    assert loaded.data_dir == Path(platformdirs.user_data_dir("OfferDesk", appauthor=False))
    assert loaded.data_dir_override is None


def test_spaces_around_a_folder_are_not_part_of_it(tmp_path: Path) -> None:
    loaded = config.load({"OFFERDESK_DATA_DIR": f"  {tmp_path}\n", "OFFERDESK_LOG_DIR": f" {tmp_path}/l "})
    assert loaded.data_dir == tmp_path
    assert loaded.log_dir == tmp_path / "l"
    assert loaded.database_file == tmp_path / "offerdesk.sqlite3"
    assert loaded.ui_settings_file == tmp_path / "ui-settings.ini"


def test_the_database_is_the_variable_else_the_file_in_the_data_folder(tmp_path: Path) -> None:
    assert (
        config.load({"OFFERDESK_DATA_DIR": str(tmp_path)}).db_url == f"sqlite:///{tmp_path}/offerdesk.sqlite3"
    )
    assert config.load({"OFFERDESK_DATA_DIR": str(tmp_path), "OFFERDESK_DB": "  "}).db_url.endswith(
        "offerdesk.sqlite3"
    )
    url = "postgresql+psycopg://u@h/db"
    assert config.load({"OFFERDESK_DB": f" {url} "}).db_url == url


def test_language_and_sealing_defaults() -> None:
    empty = config.load({})
    assert empty.language is None  # not set: the Settings choice, else the system's language
    assert config.load({"OFFERDESK_LANG": " "}).language is None
    assert config.load({"OFFERDESK_LANG": "de_LU"}).language == "de_LU"
    assert (empty.seal_pkcs12, empty.seal_passphrase) == (None, None)
    sealed = config.load({"OFFERDESK_SEAL_PKCS12": "/k.p12", "OFFERDESK_SEAL_PASSPHRASE": " s "})
    assert (sealed.seal_pkcs12, sealed.seal_passphrase) == ("/k.p12", " s ")  # a passphrase is kept as typed


def test_the_configuration_is_frozen() -> None:
    with pytest.raises(dataclasses.FrozenInstanceError):
        config.load({}).language = "en"  # type: ignore[misc]


def test_every_caller_gets_the_same_data_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """paths.data_dir (the sealing keys, company.json, trust store), db.engine.default_url and
    the logs read the one resolution in desktop.config, blank values included."""
    from db.engine import default_url
    from desktop.logs import log_dir

    monkeypatch.setenv("OFFERDESK_DATA_DIR", f" {tmp_path} ")
    monkeypatch.setenv("OFFERDESK_LOG_DIR", " ")
    monkeypatch.delenv("OFFERDESK_DB", raising=False)
    assert paths.data_dir() == tmp_path
    assert default_url() == f"sqlite:///{tmp_path}/offerdesk.sqlite3"
    assert log_dir() == Path(platformdirs.user_log_dir("OfferDesk", appauthor=False))
    monkeypatch.setenv("OFFERDESK_DATA_DIR", "   ")
    assert paths.data_dir() == Path(platformdirs.user_data_dir("OfferDesk", appauthor=False))


def test_every_environment_variable_the_code_reads_is_in_the_table() -> None:
    """A new OFFERDESK_ variable in desktop/ or db/ must be added to config.ENVIRONMENT."""
    named = {name for name, _meaning, _default in config.ENVIRONMENT}
    found: set[str] = set()
    for folder in ("desktop", "db"):
        for source in (REPO / folder).rglob("*.py"):
            found |= set(re.findall(r"\"(OFFERDESK_[A-Z_]+)\"", source.read_text(encoding="utf-8")))
    assert found
    assert found <= named, sorted(found - named)


def test_the_notes_show_the_table_as_the_code_has_it() -> None:
    notes = (REPO / "docs" / "notes" / "config.md").read_text(encoding="utf-8")
    assert config.environment_table() in notes
