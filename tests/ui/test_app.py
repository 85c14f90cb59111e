"""Start-up: French Qt translations, the window shown before the store opens, then attached."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication

from desktop import cli
from desktop.ui import app as app_module
from desktop.ui.main_window import MainWindow


def test_qt_french_translations_are_installed(qapp):
    translators = app_module.install_translations(qapp, QLocale("fr_LU"))
    try:
        assert translators
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    finally:
        for translator in translators:
            qapp.removeTranslator(translator)


@pytest.fixture
def isolated(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.setenv("OFFERDESK_LOG_DIR", str(tmp_path / "logs"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "config"))
    previous = sys.excepthook
    yield tmp_path
    sys.excepthook = previous
    QSettings.setDefaultFormat(QSettings.Format.NativeFormat)


def test_run_shows_the_window_then_opens_the_seeded_store(qapp, isolated: Path, dialogs):
    seen: dict[str, object] = {}

    def shown(window: MainWindow) -> None:
        seen["shown_attached"] = window.is_attached()
        seen["shown_visible"] = window.isVisible()

    def ready(window: MainWindow) -> None:
        seen["rows"] = window.offers.model.rowCount()
        seen["catalogue"] = window.catalogue_label.text()
        seen["nav"] = window.nav.isEnabled()
        seen["needs_setup"] = window.needs_setup

    url = f"sqlite:///{isolated / 'offerdesk.sqlite3'}"
    code = app_module.run(
        ["offerdesk"], db_url=url, quit_after_shown=True, on_shown=shown, on_ready=ready, dialogs=dialogs
    )
    assert code == 0
    assert seen["shown_visible"] is True
    assert seen["shown_attached"] is False  # painted before the database work
    assert seen["nav"] is True
    assert seen["rows"] == 0
    assert "sample-catalogue" in str(seen["catalogue"])  # the store seeds it on first start
    assert seen["needs_setup"] is True  # no representative yet: Paramètres first
    for window in QApplication.topLevelWidgets():
        window.close()


def test_help_still_lists_the_headless_commands(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "quote" in out
    assert "COMMAND" in out
