"""Start the desktop application: QApplication in French, translations, services, main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, QTimer, QTranslator
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

from desktop.paths import resource
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


def run(
    argv: Sequence[str] | None = None,
    *,
    db_url: str | None = None,
    quit_after_shown: bool = False,
    on_shown: Callable[[QMainWindow], None] | None = None,
) -> int:
    """Open the store, build the services once, show the main window; returns the exit code.

    `quit_after_shown` ends the event loop once the window is shown (start-up benchmark);
    `on_shown` is called with the window at that moment.
    """
    app = make_application(sys.argv if argv is None else argv)
    excepthook.install()
    from desktop.services.errors import DamagedDatabaseError, StoreError
    from desktop.services.store import open_store

    try:
        store = open_store(db_url)
    except DamagedDatabaseError as exc:
        QMessageBox.critical(
            None, APPLICATION, app.translate("App", "Base de données endommagée :\n{0}").format(exc)
        )
        return 1
    except StoreError as exc:
        QMessageBox.critical(
            None, APPLICATION, app.translate("App", "Ouverture impossible :\n{0}").format(exc)
        )
        return 1
    from desktop.ui.backend import ServicesBackend
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow
    from desktop.ui.signing.services_backend import ServicesSigningBackend, SigningMode

    backend = ServicesBackend(store)
    dialogs = Dialogs()
    signing = SigningMode(ServicesSigningBackend(store))
    window = MainWindow(backend, dialogs, QSettings(), signing=signing)
    window.show()
    if on_shown is not None:
        QTimer.singleShot(0, lambda: on_shown(window))
    if quit_after_shown:
        QTimer.singleShot(0, app.quit)
    try:
        return app.exec()
    finally:
        store.close()


def main() -> int:
    return run()


if __name__ == "__main__":
    sys.exit(main())
