"""Settings' « Chiffrer la base »: the status line says whether the database is encrypted, the
button encrypts a plain one (real store), and both states are rendered to PNG to be looked at."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QApplication, QScrollArea

from db import cipher
from desktop.services import clients
from desktop.ui.backend import ServicesBackend
from desktop.ui.settings_page import SettingsPage
from tests.db.test_atrest import add_secrets, found, plain_sqlite_store


def _show_backup_group(page: SettingsPage) -> None:
    QApplication.processEvents()
    scroll = page.findChild(QScrollArea)
    assert scroll is not None
    scroll.ensureWidgetVisible(page.at_rest_status, 0, 40)
    QApplication.processEvents()


def test_the_status_line_and_the_button_with_the_dialog_seam(qtbot, backend, dialogs) -> None:
    page = SettingsPage(backend, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    assert "NON chiffrée" in page.at_rest_status.text()
    assert not page.encrypt_button.isHidden()
    dialogs.confirm_answers.append(False)
    page.encrypt_button.click()
    assert not backend.encrypted  # declined: nothing done
    dialogs.confirm_answers.append(True)
    page.encrypt_button.click()
    assert backend.encrypted
    assert dialogs.messages[-1] == ("info", "Chiffrer la base", "La base est chiffrée.")
    assert page.at_rest_status.text().startswith("Base chiffrée")
    assert page.encrypt_button.isHidden()


def test_encrypting_from_settings_on_a_real_plain_store(
    qtbot, dialogs, screens: Path, tmp_path: Path
) -> None:
    store = plain_sqlite_store(tmp_path)
    assert store.path is not None
    add_secrets(store)
    page = SettingsPage(ServicesBackend(store), dialogs)
    qtbot.addWidget(page)
    page.resize(1360, 840)
    page.refresh()
    page.show()
    _show_backup_group(page)
    assert "NON chiffrée" in page.at_rest_status.text()
    assert page.encrypt_button.isEnabled()
    assert page.grab().save(str(screens / "parametres-non-chiffree.png"))

    dialogs.confirm_answers.append(True)
    page.encrypt_button.click()
    assert dialogs.messages[-1][0] == "info", dialogs.messages[-1]
    assert "est chiffrée" in dialogs.messages[-1][2]
    assert cipher.file_state(store.path) == "encrypted"
    assert found([store.path]) == set()
    assert page.at_rest_status.text().startswith("Base chiffrée")
    # the running application keeps working on the encrypted file with the same store
    assert [c.legal_name for c in clients.search_clients(store, "Kremer")] == ["Kremer Bau S.A."]
    _show_backup_group(page)
    assert page.grab().save(str(screens / "parametres-chiffree.png"))
    store.close()


CHILD = """
import json, sys
from desktop.ui import app
from tests.ui.conftest import ScriptedDialogs

seen = {}


def ready(window):
    seen.update(status=window.statusBar().currentMessage())


code = app.run(
    ["offerdesk"], db_url=sys.argv[1], quit_after_shown=True, on_ready=ready, dialogs=ScriptedDialogs()
)
print(json.dumps({"code": code, **seen}))
"""


def test_without_a_keychain_the_window_says_the_new_database_is_not_encrypted(tmp_path: Path) -> None:
    from tests.ui.child import child_env, last_json, run_child

    # no keychain on this machine
    env = child_env(tmp_path, PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
    url = f"sqlite:///{tmp_path / 'offerdesk.sqlite3'}"
    out = run_child(CHILD, url, env=env)
    assert out.returncode == 0, out.stderr
    seen = last_json(out)
    assert seen["code"] == 0
    assert "n'est pas chiffrée" in seen["status"]
    assert "aucun trousseau" in seen["status"]
    assert cipher.file_state(tmp_path / "offerdesk.sqlite3") == "plain"
