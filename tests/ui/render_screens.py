"""Render the screens in a language to PNG at 1366×768 (offscreen), for the README and a
person's eye: the main window's pages, the editor, the new-client form and signing mode.

    .venv/bin/python -m tests.ui.render_screens de docs/screens          # the committed .ts
    .venv/bin/python -m tests.ui.render_screens de /tmp/shots --dummy    # every entry "[de] …"

Writes <folder>/ui-<lang>-<screen>.png. The tour is tests/ui/tour.py on a fresh test store, its
client's documents in the same language.
"""

from __future__ import annotations

import atexit
import os
import shutil
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
os.environ.setdefault("QT_QPA_PLATFORM", f"offscreen:configfile={HERE / 'laptop_screen.json'}")
os.environ.setdefault("PYTHON_KEYRING_BACKEND", "tests.keychain_backend.FileKeyring")
os.environ.setdefault("OFFERDESK_TEST_KEYRING", os.path.join(tempfile.mkdtemp(), "keyring.json"))
# the sealing certificate, company.json and the logs in a throwaway folder, as in the tests: never
# in the user's data folder
_DATA = tempfile.mkdtemp(prefix="offerdesk-shots-data-")
atexit.register(shutil.rmtree, _DATA, ignore_errors=True)
os.environ["OFFERDESK_DATA_DIR"] = _DATA
os.environ["OFFERDESK_LOG_DIR"] = _DATA

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

SHOWN = {"offres", "clients", "catalogue", "echeances", "parametres", "editeur-revision", "nouveau-client",
         "signature-1-client", "signature-2-representant", "signature-3-fin"}  # fmt: skip


class Bot:
    """The few pytest-qt QtBot calls the tour makes, on QTest."""

    def __init__(self) -> None:
        self.widgets: list[QWidget] = []

    def addWidget(self, widget: QWidget, before_close_func: Callable[[QWidget], None] | None = None) -> None:
        self.widgets.append(widget)

    def waitExposed(self, widget: QWidget) -> _Exposed:
        return _Exposed(widget)

    def waitUntil(self, condition: Callable[[], object], timeout: int = 5000) -> None:
        for _ in range(timeout // 20):
            if condition():
                return
            QTest.qWait(20)
        raise TimeoutError(condition)

    def mouseClick(self, widget: QWidget, button: Qt.MouseButton, pos: QPoint | None = None) -> None:
        QTest.mouseClick(widget, button, Qt.KeyboardModifier.NoModifier, pos or widget.rect().center())


class _Exposed:
    def __init__(self, widget: QWidget) -> None:
        self.widget = widget

    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        QTest.qWaitForWindowExposed(self.widget)


def main(argv: list[str]) -> int:
    lang, out = argv[0], Path(argv[1])
    dummy = "--dummy" in argv
    from desktop.ui import languages
    from desktop.ui.app import install_translations
    from tests.db.fixtures import new_sqlite_store
    from tests.ui import tour, translations

    app = QApplication.instance() or QApplication([])
    out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="offerdesk-shots-") as folder:
        tmp = Path(folder)
        translations.build(tmp, lang, dummy=dummy)
        languages.FOLDER = tmp
        keep = install_translations(app, lang)  # noqa: F841 - the translators stay installed
        store = new_sqlite_store(tmp)
        bot = Bot()
        try:
            for screen, top in tour.walk(bot, store, tour.seed(store, lang), tmp):
                if screen in SHOWN:
                    QApplication.processEvents()
                    path = out / f"ui-{lang}-{screen}.png"
                    top.grab().save(str(path))
                    print(path)
        finally:
            for widget in bot.widgets:
                if hasattr(widget, "editor") and widget.editor is not None:
                    widget.editor.undo_stack.setClean()
                widget.close()
            store.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
