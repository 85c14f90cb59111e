"""Start the desktop application: QApplication in its language, translations, services, main window."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, ClassVar, NoReturn

from PySide6.QtCore import QLibraryInfo, QLocale, QObject, Qt, QTimer, QTranslator, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop.config import APP_NAME, Config, load
from desktop.paths import resource

if TYPE_CHECKING:
    from PySide6.QtCore import QSettings

    from desktop.services.store import Store
    from desktop.ui import single_instance
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow
from desktop.ui import excepthook

ORGANISATION = APP_NAME
APPLICATION = APP_NAME


class QtFrenchGaps(QTranslator):
    """The few strings of Qt's file and print dialogs that qtbase_fr.qm leaves in English
    ("Look in:", "Files of type:", "Page Set:"), in French like the rest of those dialogs."""

    FRENCH: ClassVar[dict[str, str]] = {
        "&Look in:": "Regarder &dans\u00a0:",
        "Files of &type:": "&Type de fichier\u00a0:",
        "Page &Set:": "&Jeu de pages\u00a0:",
    }

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's null string, "not translated here": "" would turn every other text into ""
        return self.FRENCH.get(source)

    def isEmpty(self) -> bool:
        return False


def install_translations(app: QApplication, lang: str) -> list[QTranslator]:
    """Qt's own strings (qtbase_<lang>.qm: buttons, file and print dialogs) and ours
    (resources/translations/offerdesk_<lang>.qm, built by `make translations`) for `lang`,
    which also becomes the language of messages (desktop.i18n) and QLocale's default.

    A missing .qm of ours (German or English) is logged and the whole application is French
    (Qt's dialogs and the messages too), never a window in one language whose dialogs and
    messages speak another. Only French needs
    QtFrenchGaps: qtbase_de translates every label of those dialogs and English is Qt's own
    (tests/ui/test_input_defects.py looks at the dialogs in the three languages)."""
    import logging

    from desktop import i18n
    from desktop.domain.formatting import babel_locale
    from desktop.ui.languages import qm_file

    language = i18n.normalise(lang) or "fr"
    ours = QTranslator(app)
    qm = qm_file(language)
    if not ours.load(str(qm)):
        logging.getLogger(__name__).warning(
            "%s is missing (run `make translations`): the interface shows its French source text", qm
        )
        if language != "fr":
            return install_translations(app, "fr")
    i18n.set_language(language)
    locale = QLocale(str(babel_locale(language)))  # the conventions the screens format with
    QLocale.setDefault(locale)
    translators: list[QTranslator] = []
    if language == "fr":
        gaps = QtFrenchGaps(app)
        app.installTranslator(gaps)
        translators.append(gaps)
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_translator = QTranslator(app)  # qtbase_en too: Qt's English plurals ("1 file")
    if qt_translator.load(f"qtbase_{language}", qt_dir):
        app.installTranslator(qt_translator)
        translators.append(qt_translator)
    else:
        logging.getLogger(__name__).warning("Qt's qtbase_%s.qm is not in %s", language, qt_dir)
    if not ours.isEmpty():
        app.installTranslator(ours)
        translators.append(ours)
    return translators


def make_application(argv: Sequence[str], language: str | None = None) -> QApplication:
    """The QApplication in `language` (fr, de, en; default: OFFERDESK_LANG, else the
    system's language if one of the three, else French; `run` passes the Settings choice)."""
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    from desktop.ui.platform_check import check_platform

    problem = check_platform()
    if problem:  # Qt would abort with a cryptic message: say which package is missing
        print(problem, file=sys.stderr)
        raise SystemExit(1)
    app = QApplication(list(argv))
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APPLICATION)
    icon = resource("icons", "offerdesk.svg")
    if icon.is_file():
        app.setWindowIcon(QIcon(str(icon)))
    if language is None:
        from desktop.ui.user_settings import interface_language

        language = interface_language(load(), None)
    app._translators = install_translations(app, language)  # type: ignore[attr-defined]  # keep alive
    return app


def _report_open_error(window: MainWindow, dialogs: Dialogs | None, exc: Exception) -> None:
    """The one message for a store that cannot be used: a damaged file names the latest good
    backup and how to restore it (nothing was overwritten); any other problem says why."""
    from desktop.services.errors import DamagedDatabaseError

    if isinstance(exc, DamagedDatabaseError) and exc.unusable:
        text = QApplication.translate("App", "Base de données inutilisable :\n{0}").format(exc)
    elif isinstance(exc, DamagedDatabaseError):
        text = QApplication.translate("App", "Base de données endommagée :\n{0}").format(exc)
    else:
        text = QApplication.translate("App", "Ouverture impossible :\n{0}").format(exc)
    if dialogs is None:  # a critical box: what the installer's smoke check looks for
        QMessageBox.critical(window, APPLICATION, text)
    else:
        dialogs.error(window, APPLICATION, text)


class _CheckRelay(QObject):
    """Brings the start-up checks' outcome from their worker thread to the GUI thread."""

    finished = Signal(object)

    def __init__(self, deliver: Callable[[object], None]) -> None:
        super().__init__()
        self._deliver = deliver
        self.finished.connect(self._on_finished, Qt.ConnectionType.QueuedConnection)

    @Slot(object)
    def _on_finished(self, error: object) -> None:
        self._deliver(error)


def _open(
    window: MainWindow, db_url: str | None, dialogs: Dialogs | None, ui_settings: QSettings
) -> Store | None:
    """Open the store and attach the services to the shown window; None (message shown) on failure.

    Deferred mode: a database already at head is attached at once (its first page is read
    and shown) while the integrity check and the start-up backup run in a worker thread.
    Until they pass, every write waits (Store.session); the start-up jobs that write are
    started by `writes_allowed()` once they have passed.
    """
    from desktop.services.errors import StoreError, UnreadableDatabaseError
    from desktop.services.store import open_store

    try:
        store = open_store(db_url, deferred=True)
    except StoreError as exc:
        _report_open_error(window, dialogs, exc)
        return None
    from functools import partial

    from desktop.ui import user_settings
    from desktop.ui.backend import ServicesBackend
    from desktop.ui.ports import BackendError
    from desktop.ui.signing.services_backend import ServicesSigningBackend, SigningMode

    place = partial(user_settings.signing_place, ui_settings)
    remember_place = partial(user_settings.remember_place, ui_settings)

    if store.startup is not None:
        window.statusBar().showMessage(
            QApplication.translate("App", "Vérification et sauvegarde de la base…")
        )
    if store.plain_notice is not None:  # this start created the database without encryption
        window.statusBar().showMessage(str(store.plain_notice))
    try:
        window.attach(
            ServicesBackend(store, place=place, remember_place=remember_place),
            SigningMode(ServicesSigningBackend(store, place=place, remember_place=remember_place)),
            writable=store.startup is None,
        )
    except (UnreadableDatabaseError, BackendError) as exc:
        unreadable = isinstance(exc, UnreadableDatabaseError) or isinstance(
            exc.__cause__, UnreadableDatabaseError
        )
        if store.startup is None or not unreadable:
            raise
        # the first page could not be read: run the integrity check now, for its clear message
        try:
            store.startup.wait_for_writes()
        except StoreError as exc:
            store.close()
            _report_open_error(window, dialogs, exc)
            return None
        raise
    return store


def run(
    argv: Sequence[str] | None = None,
    *,
    db_url: str | None = None,
    quit_after_shown: bool = False,
    on_shown: Callable[[MainWindow], None] | None = None,
    on_ready: Callable[[MainWindow], None] | None = None,
    on_checked: Callable[[MainWindow], None] | None = None,
    on_raised: Callable[[MainWindow], None] | None = None,
    dialogs: Dialogs | None = None,
    fast_exit: bool = False,
    config: Config | None = None,
) -> int:
    """Show the main window at once, then open the store and build the services once.

    The window appears before the database is opened, saying so; the pages are built on the
    services as soon as the store is open. A database already at head is opened without
    Alembic and its first page shown at once, while the integrity check and the start-up
    backup run in a worker thread (writes wait for them; a damaged file gets its message and
    the application quits, nothing written). `on_shown` is called once the window is
    painted, `on_ready` once the offers list is filled, `on_checked` once the check and the
    backup passed; `quit_after_shown` ends the event loop when both are done (start-up
    benchmark, tests). `dialogs` replaces the message boxes (tests). Returns the exit code;
    with `fast_exit` (the application itself) the process ends right after the work still
    running is finished (`finish_and_exit`), without tearing Qt and every module down one
    object at a time (1.4–2 s of a 3–5 s quit).

    One window per database (desktop.ui.single_instance): a second start on the same
    database brings the running window to the front and returns 0 without opening anything
    (`on_raised` is called in the running one); if that window does not answer, it says so
    and returns 1.

    `config` is the configuration main() loaded (default: read from the environment now);
    `db_url` overrides its database.
    """
    config = config or load()
    from desktop.ui import user_settings

    ui_settings = user_settings.open_settings(config)
    language = user_settings.interface_language(config, ui_settings)
    app = make_application(sys.argv if argv is None else argv, language)
    excepthook.install()
    from desktop.ui import single_instance
    from desktop.ui.dialogs import Dialogs

    instance = single_instance.claim(db_url, config)
    if instance is True:
        print(
            QApplication.translate(
                "App",
                "offerdesk : OfferDesk est déjà ouvert sur cette base de données ; sa fenêtre a été "
                "mise au premier plan.",
            ),
            file=sys.stderr,
        )
        return 0
    if instance is False:
        (dialogs or Dialogs()).error(
            None,
            APPLICATION,
            QApplication.translate(
                "App",
                "OfferDesk est déjà ouvert sur cette base de données, mais sa fenêtre ne répond pas "
                "(elle démarre encore, ou elle est bloquée). Un seul OfferDesk à la fois peut écrire "
                "dans une base : attendez un instant et réessayez, ou fermez l'autre fenêtre.",
            ),
        )
        return 1
    try:
        return _run_window(app, instance, ui_settings, db_url or config.db_url, quit_after_shown, on_shown,
                           on_ready, on_checked, on_raised, dialogs, fast_exit)  # fmt: skip
    finally:
        if instance is not None:
            instance.close()


def _run_window(
    app: QApplication,
    instance: single_instance.Instance | None,
    ui_settings: QSettings,
    db_url: str,
    quit_after_shown: bool,
    on_shown: Callable[[MainWindow], None] | None,
    on_ready: Callable[[MainWindow], None] | None,
    on_checked: Callable[[MainWindow], None] | None,
    on_raised: Callable[[MainWindow], None] | None,
    dialogs: Dialogs | None,
    fast_exit: bool,
) -> int:
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.main_window import MainWindow

    window = MainWindow(None, dialogs or Dialogs(), ui_settings)
    if instance is not None:

        def bring_to_front() -> None:
            window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
            window.show()
            window.raise_()
            window.activateWindow()
            if on_raised is not None:
                on_raised(window)

        instance.raise_requested.connect(bring_to_front)
    window.show()
    app.processEvents()  # paint the window before the database work starts
    if on_shown is not None:
        on_shown(window)
    opened: list[Store] = []
    pending = {"ready", "checked"}

    def step_done(step: str) -> None:
        pending.discard(step)
        if quit_after_shown and not pending:
            app.quit()

    def checked(error: object) -> None:
        if error is not None:
            # damaged (or not backed up): say so once, write nothing (Store.session refuses), quit
            assert isinstance(error, Exception)
            _report_open_error(window, dialogs, error)
            app.exit(1)
            return
        window.writes_allowed()
        if on_checked is not None:
            on_checked(window)
        step_done("checked")

    relay = _CheckRelay(checked)

    def open_store() -> None:
        store = _open(window, db_url, dialogs, ui_settings)
        if store is None:
            app.exit(1)
            return
        opened.append(store)
        if on_ready is not None:
            on_ready(window)
        if store.startup is None:
            if on_checked is not None:
                on_checked(window)
            pending.discard("checked")
        else:
            # the first page is on screen before the check and the backup take the disk
            app.processEvents()
            store.startup.add_done_callback(relay.finished.emit)
            store.startup.start()
        step_done("ready")

    QTimer.singleShot(0, open_store)
    try:
        code = app.exec()
    finally:
        for store in opened:
            store.close()  # joins the start-up check and backup: a backup is never cut off
    if fast_exit:
        if instance is not None:
            instance.close()
        finish_and_exit(code)
    return code


def finish_background_work() -> None:
    """Let what still runs off the GUI thread end: print jobs (their pages are sent), the
    signing warm-up (it may be writing the installation's sealing certificate), then flush
    the logs. Edits were saved by the editor when the window closed; the start-up backup was
    joined by Store.close()."""
    printing = sys.modules.get("desktop.ui.signing.printing")
    if printing is not None:
        printing.finish_running_jobs()
    warm_up = sys.modules.get("desktop.services.signing_warmup")
    if warm_up is not None:
        warm_up.shared().wait()
    import logging

    logging.shutdown()


def finish_and_exit(code: int) -> NoReturn:
    """End the process once the work in progress is done and everything is flushed."""
    finish_background_work()
    for stream in (sys.stdout, sys.stderr):
        try:
            if stream is not None:
                stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


def main() -> int:
    return run(config=load())


if __name__ == "__main__":
    sys.exit(main())
