"""Widget tests: offscreen Qt, an in-memory backend, scripted dialogs, isolated QSettings."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from pathlib import Path

# Offscreen Qt on a 1366×768 laptop screen (its default is an 800×600 one, smaller than any
# laptop OfferDesk runs on): full-screen signing mode and saved geometry are judged on it.
LAPTOP_SCREEN = Path(__file__).with_name("laptop_screen.json")
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"

import pytest  # noqa: E402 (Qt reads the platform when it is first imported)
from PySide6.QtCore import QLocale, QSettings, QTranslator  # noqa: E402

from desktop.ui.dialogs import Answer, Dialogs  # noqa: E402
from tests.ui.fake_backend import FakeBackend  # noqa: E402

ARTIFACTS = Path(__file__).resolve().parents[1] / "_artifacts" / "screens"


class ScriptedDialogs(Dialogs):
    """Records every message and answers from queues; never opens a window."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answers: list[bool] = []
        self.unsaved_answers: list[Answer] = []
        self.files: list[Path | None] = []
        self.dates: list[object] = []

    def info(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("info", title, text))

    def error(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("error", title, text))

    def confirm(self, parent, title, text):  # type: ignore[no-untyped-def]
        self.messages.append(("confirm", title, text))
        return self.confirm_answers.pop(0)

    def unsaved_changes(self, parent):  # type: ignore[no-untyped-def]
        self.messages.append(("unsaved", "", ""))
        return self.unsaved_answers.pop(0)

    def open_file(self, parent, title, filters):  # type: ignore[no-untyped-def]
        return self.files.pop(0)

    def save_file(self, parent, title, suggested, filters):  # type: ignore[no-untyped-def]
        return self.files.pop(0)

    def report(self, parent, title, summary, details):  # type: ignore[no-untyped-def]
        self.messages.append(("report", title, f"{summary}\n{details}"))

    def ask_date(self, parent, title, label, default):  # type: ignore[no-untyped-def]
        return self.dates.pop(0)


@pytest.fixture
def backend() -> FakeBackend:
    return FakeBackend()


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def qsettings(tmp_path: Path) -> Iterator[QSettings]:
    settings = QSettings(str(tmp_path / "offerdesk.ini"), QSettings.Format.IniFormat)
    yield settings
    settings.sync()


@pytest.fixture
def interface(qapp, monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[..., list[QTranslator]]]:
    """Installs the interface in a language as the application does (desktop.ui.app
    install_translations; `folder`: where offerdesk_<lang>.qm is, default the built one);
    undone after the test: translators removed, the default locale and French restored."""
    from desktop import i18n
    from desktop.ui import languages
    from desktop.ui.app import install_translations

    installed: list[QTranslator] = []
    before = QLocale()

    def install(lang: str, folder: Path | None = None) -> list[QTranslator]:
        for translator in installed:  # one language at a time, as in the application
            qapp.removeTranslator(translator)
        installed.clear()
        if folder is not None:
            monkeypatch.setattr(languages, "FOLDER", folder)
        installed.extend(install_translations(qapp, lang))
        return list(installed)

    yield install
    for translator in installed:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    i18n.set_language("fr")


@pytest.fixture
def screens() -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    return ARTIFACTS


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Fail these tests on any Qt warning (qutebrowser's practice), except the offscreen
    platform's notices about what it cannot do (raise, grab, size hints). Signing-mode tests
    keep their own settings."""
    here = Path(__file__).parent
    for item in items:
        path = Path(str(item.fspath))
        if path.parent == here:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            item.add_marker(pytest.mark.qt_log_ignore("^This plugin does not support"))
