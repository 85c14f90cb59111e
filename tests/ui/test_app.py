"""Start-up: French Qt translations, the window shown before the store opens, then attached."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop import cli
from tests.ui.child import child_env, last_json, run_child

REPO = Path(__file__).resolve().parents[2]


def test_qt_french_translations_are_installed(interface):
    assert interface("fr")
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"


def test_a_missing_translation_logs_and_the_whole_application_is_french(interface, tmp_path, caplog):
    """A checkout before `make translations`: Qt's German is there, ours is not. The window,
    Qt's dialogs and the messages are then all French, not a French window with German dialogs."""
    from desktop import i18n

    with caplog.at_level("WARNING", logger="desktop.ui.app"):
        translators = interface("de", folder=tmp_path)
    assert "qtbase_fr.qm" in [t.filePath().rsplit("/", 1)[-1] for t in translators]
    assert "offerdesk_de.qm is missing" in caplog.text
    assert QCoreApplication.translate("MainWindow", "Offres") == "Offres"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "Annuler"
    assert i18n.current_language() == "fr"


def test_the_built_translation_is_loaded_for_each_language(interface, tmp_path):
    from tests.ui import translations

    for lang in ("fr", "de", "en"):
        translations.build(tmp_path, lang, dummy=lang != "fr")
        translators = interface(lang, folder=tmp_path)
        assert any(t.filePath().endswith(f"offerdesk_{lang}.qm") for t in translators)
        expected = "Offres" if lang == "fr" else f"[{lang}] Offres"
        assert QCoreApplication.translate("MainWindow", "Offres") == expected


CHILD = """
import json, sys
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs

seen = {}


def shown(window):
    seen.update(shown_attached=window.is_attached(), shown_visible=window.isVisible())


def ready(window):
    seen.update(
        rows=window.offers.model.rowCount(),
        catalogue=window.catalogue_label.text(),
        nav=window.nav.isEnabled(),
        needs_setup=window.needs_setup,
    )


code = app.run(["offerdesk"], db_url=sys.argv[1], quit_after_shown=True, on_shown=shown, on_ready=ready,
               dialogs=ScriptedDialogs())
print(json.dumps({"code": code, **seen}))
"""


def test_run_shows_the_window_then_opens_the_seeded_store(tmp_path: Path):
    """In a fresh process, as `offerdesk` starts (an event loop run inside pytest's would linger)."""
    url = f"sqlite:///{tmp_path / 'offerdesk.sqlite3'}"
    out = run_child(CHILD, url, env=child_env(tmp_path))
    assert out.returncode == 0, out.stderr
    seen = last_json(out)
    assert seen["code"] == 0
    assert seen["shown_visible"] is True
    assert seen["shown_attached"] is False  # painted before the database work
    assert seen["nav"] is True
    assert seen["rows"] == 0
    assert "sample-catalogue" in seen["catalogue"]  # the store seeds it on first start
    assert seen["needs_setup"] is True  # no representative yet: Paramètres first


def test_help_still_lists_the_headless_commands(capsys):
    with pytest.raises(SystemExit):
        cli.main(["--help"])
    out = capsys.readouterr().out
    assert "quote" in out
    assert "COMMAND" in out


LANGUAGE_CHILD = """
import json, sys
from PySide6.QtCore import QLocale
from desktop import i18n
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs

seen = {}


def ready(window):
    seen.update(lang=i18n.current_language(), locale=QLocale().name())


code = app.run(
    ["offerdesk"], db_url=sys.argv[1], quit_after_shown=True, on_ready=ready, dialogs=ScriptedDialogs()
)
print(json.dumps({"code": code, **seen}))
"""


@pytest.mark.parametrize(
    ("chosen", "variable", "expected"),
    [("de", "", ("de", "de_LU")), ("de", "en", ("en", "en_150")), ("", "", ("fr", "fr_LU"))],
)
def test_the_language_chosen_in_the_settings_is_the_one_the_next_start_uses(
    tmp_path: Path, chosen: str, variable: str, expected: tuple[str, str]
) -> None:
    """The choice saved by Paramètres (ui-settings.ini) applies at the next start; OFFERDESK_LANG
    wins when set; nothing chosen on a C locale: French."""
    from PySide6.QtCore import QSettings

    env = child_env(tmp_path, OFFERDESK_LANG=variable, LANG="C.UTF-8", LC_ALL="", LC_MESSAGES="")
    if chosen:
        (tmp_path / "data").mkdir(mode=0o700, parents=True, exist_ok=True)
        saved = QSettings(str(tmp_path / "data" / "ui-settings.ini"), QSettings.Format.IniFormat)
        saved.setValue("interface/language", chosen)
        saved.sync()
    url = f"sqlite:///{tmp_path / 'offerdesk.sqlite3'}"
    out = run_child(LANGUAGE_CHILD, url, env=env)
    assert out.returncode == 0, out.stderr
    seen = last_json(out)
    assert (seen["code"], seen["lang"], seen["locale"]) == (0, *expected)
