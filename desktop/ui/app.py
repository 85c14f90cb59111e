"""Start the desktop application: QApplication in French, translations, services, main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.paths import resource

if TYPE_CHECKING:
    from desktop.services.store import Store
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow
from desktop.ui import excepthook

ORGANISATION = "OfferDesk"
APPLICATION = "OfferDesk"


def install_translations(app: QApplication, locale: QLocale) -> list[QTranslator]:
    """Qt's own strings (buttons, dialogs) and ours from resources/translations/*.qm if present."""
    translators: list[QTranslator] = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name in ("qtbase", "qt"):
        qt_translator = QTranslator(app)
        if qt_translator.load(locale, name, "_", qt_dir):
            app.installTranslator(qt_translator)
            translators.append(qt_translator)
            break
    folder = resource("translations")
    if folder.is_dir():
        ours = QTranslator(app)
        if ours.load(locale, "offerdesk", "_", str(folder)):
            app.installTranslator(ours)
            translators.append(ours)
    return translators


def make_application(argv: Sequence[str]) -> QApplication:
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    app = QApplication(list(argv))
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    icon = resource("icons", "offerdesk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    language = os.environ.get("OFFERDESK_LANG", "fr_LU")
    locale = QLocale(language)
    QLocale.setDefault(locale)
    app._translators = install_translations(app, locale)  # type: ignore[attr-defined]  # keep alive
    return app


def _open(window: MainWindow, db_url: str | None) -> Store | None:
    """Open the store and attach the services to the shown window; None (message shown) on failure."""
    from desktop.services.errors import DamagedDatabaseError, StoreError
    from desktop.services.store import open_store

    try:
        store = open_store(db_url)
    except DamagedDatabaseError as exc:
        QMessageBox.critical(
            window,
            APPLICATION,
            QApplication.translate("App", "Base de données endommagée :\n{0}").format(exc),
        )
        return None
    except StoreError as exc:
        QMessageBox.critical(
            window, APPLICATION, QApplication.translate("App", "Ouverture impossible :\n{0}").format(exc)
        )
        return None
    from desktop.ui.backend import ServicesBackend
    from desktop.ui.signing.services_backend import ServicesSigningBackend, SigningMode

    window.attach(ServicesBackend(store), SigningMode(ServicesSigningBackend(store)))
    return store


def run(
    argv: Sequence[str] | None = None,
    *,
    db_url: str | None = None,
    quit_after_shown: bool = False,
    on_shown: Callable[[MainWindow], None] | None = None,
    on_ready: Callable[[MainWindow], None] | None = None,
    dialogs: Dialogs | None = None,
) -> int:
    """Show the main window at once, then open the store and build the services once.

    The window appears before the database is opened (integrity check, migrations and the
    start-up backup take a moment on a large database), saying so; the pages are built on
    the services as soon as the store is open. `on_shown` is called once the window is
    painted, `on_ready` once the offers list is filled; `quit_after_shown` ends the event
    loop then (start-up benchmark). `dialogs` replaces the message boxes (tests). Returns the
    exit code.
    """
    app = make_application(sys.argv if argv is None else argv)
    excepthook.install()
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow

    window = MainWindow(None, dialogs or Dialogs(), QSettings())
    window.show()
    app.processEvents()  # paint the window before the database work starts
    if on_shown is not None:
        on_shown(window)
    opened: list[Store] = []

    def open_store() -> None:
        store = _open(window, db_url)
        if store is None:
            app.exit(1)
            return
        opened.append(store)
        if on_ready is not None:
            on_ready(window)
        if quit_after_shown:
            app.quit()

    QTimer.singleShot(0, open_store)
    try:
        return app.exec()
    finally:
        for store in opened:
            store.close()


def main() -> int:
    return run()


if __name__ == "__main__":
    sys.exit(main())
