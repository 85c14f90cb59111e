"""The main window: navigation, the offer editor, shortcuts, status bar, remembered layout."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from PySide6.QtCore import QCoreApplication, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QToolBar,
    QWidget,
)

from desktop.documents import zone
from desktop.ui.fit import ElidedLabel, default_size, fit_window

# The pages, the editor and what they import (domain, Babel, stdnum) load in `attach`, after
# the window is on screen: the shell shows at once.
if TYPE_CHECKING:
    from desktop.ui.catalogue_page import CataloguePage
    from desktop.ui.clients_page import ClientsPage
    from desktop.ui.deadlines_page import DeadlinesPage
    from desktop.ui.dialogs import Dialogs
    from desktop.ui.editor.offer_editor import OfferEditor
    from desktop.ui.offers_page import OffersPage
    from desktop.ui.ports import Backend
    from desktop.ui.settings_page import SettingsPage

OFFERS, CLIENTS, CATALOGUE, DEADLINES, SETTINGS = range(5)
EDITOR = 5
PREPARE_EDITOR_MS = 250
SIGN_KEYS = ("F9", "Ctrl+Return")


def page_titles() -> tuple[str, ...]:
    """The side bar's pages, in the order of Ctrl+1 … Ctrl+5."""
    return (
        QCoreApplication.translate("MainWindow", "Offres"),
        QCoreApplication.translate("MainWindow", "Clients"),
        QCoreApplication.translate("MainWindow", "Catalogue"),
        QCoreApplication.translate("MainWindow", "Échéances"),
        QCoreApplication.translate("MainWindow", "Paramètres"),
    )


class Signing(Protocol):
    """Signing mode and printing, provided by desktop.ui.signing (or a fake in tests)."""

    def sign(self, parent: QWidget, offer_id: int) -> bool: ...
    def print_offer(self, parent: QWidget, offer_id: int) -> object: ...


class MainWindow(QMainWindow):
    view_changed = Signal(int)

    def __init__(
        self,
        backend: Backend | None,
        dialogs: Dialogs,
        settings: QSettings,
        signing: Signing | None = None,
        today: dt.date | None = None,
        parent: QWidget | None = None,
    ) -> None:
        """Without a backend the window is a shell ("opening the database…") until `attach`."""
        super().__init__(parent)
        self._dialogs = dialogs
        self._settings = settings
        self._signing = signing
        self._today = today or zone.today()  # the company's day, as on every screen
        self.expired_on_start = 0
        self.needs_setup = False
        self.editor: OfferEditor | None = None
        self._restored = False
        self.setWindowTitle(self.tr("OfferDesk"))

        self.nav = QListWidget()
        self.nav.setFixedWidth(170)
        self.nav.setStyleSheet("QListWidget { font-size: 11pt; } QListWidget::item { padding: 8px; }")
        for title in page_titles():
            QListWidgetItem(title, self.nav)
        self.stack = QStackedWidget()
        self.opening = QLabel(self.tr("Ouverture de la base de données…"))
        self.opening.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.opening.setStyleSheet("color: #666; font-size: 12pt;")
        self.stack.addWidget(self.opening)
        self.nav.setEnabled(False)
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        # elided (full text in the tooltip): a long database path never widens the window
        self.db_label = ElidedLabel(min_width=60)
        self.catalogue_label = ElidedLabel(min_width=60)
        self.cote_label = ElidedLabel(min_width=60)
        for label in (self.db_label, self.catalogue_label, self.cote_label):
            self.statusBar().addPermanentWidget(label)
        self._make_actions()
        self._restore_geometry()
        if backend is not None:
            self.attach(backend)

    def attach(self, backend: Backend, signing: Signing | None = None, *, writable: bool = True) -> None:
        """The store is open: build the pages on its services and show the last view.

        `writable=False`: the start-up integrity check still runs (reads only until then);
        the start-up jobs that write wait for `writes_allowed()`.
        """
        from desktop.ui.catalogue_page import CataloguePage
        from desktop.ui.clients_page import ClientsPage
        from desktop.ui.deadlines_page import DeadlinesPage
        from desktop.ui.offers_page import OffersPage
        from desktop.ui.settings_page import SettingsPage

        self._backend = backend
        if signing is not None:
            self._signing = signing
        self.offers: OffersPage = OffersPage(backend, self._dialogs)
        self.clients: ClientsPage = ClientsPage(backend)
        self.catalogue: CataloguePage = CataloguePage(backend, self._dialogs)
        self.deadlines: DeadlinesPage = DeadlinesPage(backend, self._dialogs)
        self.settings_page: SettingsPage = SettingsPage(backend, self._dialogs, ui_settings=self._settings)
        self.stack.removeWidget(self.opening)
        self.opening.deleteLater()
        for page in (self.offers, self.clients, self.catalogue, self.deadlines, self.settings_page):
            self.stack.addWidget(page)
        self.nav.setEnabled(True)
        self.nav.currentRowChanged.connect(self.show_view)
        self.offers.open_requested.connect(self.open_offer)
        self.offers.new_requested.connect(self.new_offer)
        self.catalogue.imported.connect(self.refresh_status)
        self.settings_page.restored.connect(self.quit_after_restore)
        self.catalogue.imported.connect(self._catalogue_changed)
        self.refresh_status()
        self._restore_view()
        self.needs_setup = not backend.settings().representative.code
        if self.needs_setup:
            self.nav.setCurrentRow(SETTINGS)
            QTimer.singleShot(0, self._ask_setup)
        # offers past their validity become expired (the list already marks them meanwhile)
        if writable:
            QTimer.singleShot(0, self._expire_due)
        # build the offer editor while the representative looks at the list
        QTimer.singleShot(PREPARE_EDITOR_MS, self.ensure_editor)

    def is_attached(self) -> bool:
        return hasattr(self, "_backend")

    def writes_allowed(self) -> None:
        """The start-up check and backup passed: refresh the status bar (the first-start data
        may just have been loaded) and run the start-up jobs that write."""
        self.statusBar().clearMessage()
        self.refresh_status()
        self._expire_due()

    def _expire_due(self) -> None:
        from desktop.ui.error_text import user_message
        from desktop.ui.ports import USER_ERRORS

        try:
            self.expired_on_start = self._backend.expire_due(self._today)
        except USER_ERRORS as exc:  # e.g. the database is busy: retried at the next start
            self.statusBar().showMessage(user_message(exc), 10_000)
            return
        if self.expired_on_start and not self.editor_shown():
            self.offers.model.reload()

    def _catalogue_changed(self) -> None:
        if self.editor is not None:
            self.editor.set_products(self._backend.products())

    def _ask_setup(self) -> None:
        self._dialogs.info(
            self,
            self.tr("Bienvenue dans OfferDesk"),
            self.tr(
                "Avant la première offre, saisissez votre nom et votre code de représentant "
                "(il figure dans les numéros d'offre, ex. OF-2026-JDU-0042), puis enregistrez."
            ),
        )

    # -- set-up -----------------------------------------------------------------------------
    def _action(
        self, text: str, shortcut: QKeySequence | QKeySequence.StandardKey | str, slot: Callable[[], object]
    ) -> QAction:
        action = QAction(text, self)
        if isinstance(shortcut, QKeySequence.StandardKey):
            action.setShortcuts(shortcut)  # every binding the platform has for it
        else:
            action.setShortcut(QKeySequence(shortcut))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _make_actions(self) -> None:
        self.new_action = self._action(
            self.tr("Nouvelle offre"), QKeySequence.StandardKey.New, self.new_offer
        )
        self.search_action = self._action(
            self.tr("Rechercher"), QKeySequence.StandardKey.Find, self.focus_search
        )
        self.save_action = self._action(
            self.tr("Enregistrer"), QKeySequence.StandardKey.Save, self.save_offer
        )
        # F9, or Ctrl+Return: not Ctrl+Shift+S, which every other program means as "Save as"
        self.sign_action = self._action(self.tr("Présenter et signer"), SIGN_KEYS[0], self.sign_offer)
        self.sign_action.setShortcuts([QKeySequence(key) for key in SIGN_KEYS])
        self.print_action = self._action(
            self.tr("Imprimer"), QKeySequence.StandardKey.Print, self.print_offer
        )
        # the platform's own keys: Ctrl+Z; Ctrl+Y on Windows, Ctrl+Shift+Z elsewhere
        self.undo_action = self._action(self.tr("Annuler"), QKeySequence.StandardKey.Undo, self.undo)
        self.redo_action = self._action(self.tr("Rétablir"), QKeySequence.StandardKey.Redo, self.redo)
        self.quit_action = self._action(self.tr("Quitter"), QKeySequence.StandardKey.Quit, self.close)
        # Ctrl+1 … Ctrl+5: the pages of the side bar
        self.page_actions = [
            self._action(title, f"Ctrl+{index + 1}", lambda *_checked, index=index: self.go_to(index))
            for index, title in enumerate(page_titles())
        ]
        file_menu = self.menuBar().addMenu(self.tr("&Fichier"))
        for action in (self.new_action, self.save_action, self.print_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = self.menuBar().addMenu(self.tr("É&dition"))
        for action in (self.undo_action, self.redo_action, self.search_action):
            edit_menu.addAction(action)
        offer_menu = self.menuBar().addMenu(self.tr("&Offre"))
        for action in (self.new_action, self.sign_action, self.print_action):
            offer_menu.addAction(action)
        view_menu = self.menuBar().addMenu(self.tr("&Affichage"))
        for action in self.page_actions:
            view_menu.addAction(action)
        self.toolbar = QToolBar(self.tr("Actions"), self)
        self.toolbar.setObjectName("actions")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        for action in (self.new_action, self.save_action, self.sign_action, self.print_action):
            self.toolbar.addAction(action)
        self.toolbar.addSeparator()
        self.toolbar.addAction(self.undo_action)
        self.toolbar.addAction(self.redo_action)
        for action in (
            self.new_action,
            self.sign_action,
            self.print_action,
            self.undo_action,
            self.redo_action,
        ):
            keys = " / ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())
            action.setToolTip(f"{action.text()} ({keys})")
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.toolbar)
        for action in (self.new_action, self.sign_action):  # the two steps that start things
            self.toolbar_button(action).setStyleSheet("font-weight: 600;")
        self._update_actions()

    def toolbar_button(self, action: QAction) -> QWidget:
        """The tool bar's button for `action` (what a click on the tool bar hits)."""
        widget = self.toolbar.widgetForAction(action)
        assert widget is not None
        return widget

    def go_to(self, index: int) -> None:
        """Open a page of the side bar (Ctrl+1 … Ctrl+5) and put the keyboard in it."""
        if not self.is_attached():
            return
        self.nav.setCurrentRow(index)
        page = self.stack.currentWidget()
        if page is not None and self.stack.currentIndex() == index:
            page.setFocus(Qt.FocusReason.ShortcutFocusReason)
            page.focusNextChild()

    def _update_actions(self) -> None:
        editor = self.editor if self.stack.currentIndex() == EDITOR else None
        editable = editor is not None and not editor.read_only
        self.save_action.setEnabled(editable)
        self.sign_action.setEnabled(editor is not None and not editor.sign_button.isHidden())
        self.print_action.setEnabled(editor is not None and editor.draft.offer_id is not None)
        self.undo_action.setEnabled(editable and editor is not None and editor.undo_stack.canUndo())
        self.redo_action.setEnabled(editable and editor is not None and editor.undo_stack.canRedo())

    def refresh_status(self) -> None:
        from desktop.ui import formats as fmt

        info = self._backend.info()
        self.db_label.setText(self.tr("Base : {0}").format(info.database))
        if info.catalogue_date is not None:
            age = (self._today - info.catalogue_date).days
            when = fmt.date(info.catalogue_date)
            if age <= 0:
                text = self.tr("Catalogue {0} ({1}, aujourd'hui)").format(info.catalogue_version, when)
            else:
                text = self.tr("Catalogue {0} ({1}, il y a %n j)", "", age).format(
                    info.catalogue_version, when
                )
            self.catalogue_label.setText(text)
        else:
            self.catalogue_label.setText(self.tr("Catalogue {0}").format(info.catalogue_version))
        self.cote_label.setText(
            self.tr("Cote STATEC {0} depuis le {1}").format(fmt.number(info.cote), fmt.date(info.cote_since))
        )

    def _restore_geometry(self) -> None:
        geometry = self._settings.value("main/geometry")
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(default_size(self))
        # saved on a larger screen (or a docking station): never larger than this one
        fit_window(self)

    def _restore_view(self) -> None:
        try:
            view = int(str(self._settings.value("main/view", OFFERS)))
        except (TypeError, ValueError):
            view = OFFERS
        # the row is set without its signal, then the view shown once, here: through the signal
        # the first page was read twice, and an unreadable one went to the excepthook's dialog
        # instead of back to app.run (which runs the integrity check for its clear message)
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(view if 0 <= view < EDITOR else OFFERS)
        self.nav.blockSignals(False)
        self.show_view(self.nav.currentRow())

    # -- navigation -------------------------------------------------------------------------
    def show_view(self, index: int) -> None:
        if index < 0:
            return
        if self.stack.currentIndex() == EDITOR and index != OFFERS and self.editor is not None:
            if not self.editor.confirm_close():
                self.nav.blockSignals(True)
                self.nav.setCurrentRow(OFFERS)
                self.nav.blockSignals(False)
                return
            self._drop_editor()
        page: QWidget | None = self.stack.widget(index)
        if index == OFFERS and self.editor is not None and self.stack.currentIndex() == EDITOR:
            page = self.editor
        elif index == OFFERS:
            self.offers.model.reload()
        else:
            {
                CLIENTS: self.clients.refresh,
                CATALOGUE: self.catalogue.refresh,
                DEADLINES: self.deadlines.refresh,
                SETTINGS: self.settings_page.refresh,
            }[index]()
        if page is not None:
            self.stack.setCurrentWidget(page)
        self._settings.setValue("main/view", index)
        self._update_actions()
        self.view_changed.emit(index)

    def current_view(self) -> int:
        return self.stack.currentIndex()

    def focus_search(self) -> None:
        if not self.is_attached():
            return
        page = self.stack.currentWidget()
        if page is self.editor and self.editor is not None:
            self.editor.catalogue_search.setFocus()
            self.editor.catalogue_search.selectAll()
        elif page is self.offers or page is self.clients or page is self.catalogue:
            page.focus_search()

    # -- offers -----------------------------------------------------------------------------
    def ensure_editor(self) -> OfferEditor:
        """The one offer editor, built on first need (or while idle after start) and reused."""
        if self.editor is None:
            from desktop.ui.editor.offer_editor import OfferEditor

            editor = OfferEditor(self._backend, self._dialogs)
            editor.closed.connect(self._editor_closed)
            editor.saved.connect(self._editor_changed)
            editor.open_offer.connect(self._editor_changed)
            editor.sign_requested.connect(self._sign_offer_id)
            editor.print_requested.connect(self._print_offer_id)
            editor.undo_stack.indexChanged.connect(self._editor_changed)
            self.stack.addWidget(editor)
            self.editor = editor
        return self.editor

    def editor_shown(self) -> bool:
        return self.editor is not None and self.stack.currentWidget() is self.editor

    def _editor_changed(self, _value: object = None) -> None:
        self._update_actions()

    def _show_editor(self, editor: OfferEditor) -> None:
        self.nav.blockSignals(True)
        self.nav.setCurrentRow(OFFERS)
        self.nav.blockSignals(False)
        self.stack.setCurrentWidget(editor)
        self._update_actions()

    def _drop_editor(self) -> None:
        """Leave the editor (its changes were saved or discarded by confirm_close)."""
        if self.editor is not None:
            self.editor.autosave_timer.stop()
            self.editor.autosave_deadline.stop()

    def _may_replace_editor(self) -> bool:
        return not self.editor_shown() or self.editor is None or self.editor.confirm_close()

    def new_offer(self) -> None:
        if not self.is_attached() or not self._may_replace_editor():
            return
        editor = self.ensure_editor()
        editor.load(self._backend.new_draft(zone.today()))
        self._show_editor(editor)
        editor.client_panel.search.setFocus()

    def open_offer(self, offer_id: int) -> None:
        if not self._may_replace_editor():
            return
        from desktop.ui.error_text import user_message
        from desktop.ui.ports import USER_ERRORS

        try:
            draft = self._backend.load_offer(offer_id)
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Ouverture impossible"), user_message(exc))
            return
        editor = self.ensure_editor()
        editor.load(draft)
        self._show_editor(editor)

    def _editor_closed(self) -> None:
        self._drop_editor()
        self.stack.setCurrentWidget(self.offers)
        self.offers.model.reload()
        self._update_actions()

    def save_offer(self) -> None:
        if self.editor is not None and self.stack.currentIndex() == EDITOR:
            self.editor.save()
            self._update_actions()

    def undo(self) -> None:
        if self.editor is not None and self.stack.currentIndex() == EDITOR and not self.editor.read_only:
            self.editor.undo_stack.undo()

    def redo(self) -> None:
        if self.editor is not None and self.stack.currentIndex() == EDITOR and not self.editor.read_only:
            self.editor.undo_stack.redo()

    def sign_offer(self) -> None:
        if self.editor is not None and self.stack.currentIndex() == EDITOR:
            self.editor.sign()

    def print_offer(self) -> None:
        if self.editor is not None and self.stack.currentIndex() == EDITOR:
            self.editor.print_offer()

    def _sign_offer_id(self, offer_id: int) -> None:
        if self._signing is None:
            self._dialogs.info(self, self.tr("Signature"), self.tr("Le mode signature n'est pas disponible."))
            return
        if self._signing.sign(self, offer_id) and self.editor is not None:
            self.editor.reload_from_store()
        self._update_actions()

    def _print_offer_id(self, offer_id: int) -> None:
        if self._signing is None:
            self._dialogs.info(self, self.tr("Impression"), self.tr("L'impression n'est pas disponible."))
            return
        self._signing.print_offer(self, offer_id)

    # -- closing ----------------------------------------------------------------------------
    def quit_after_restore(self) -> None:
        """The database file was replaced: this session writes nothing more (an open editor's
        autosave would land in the restored file by offer id); the next start checks the file."""
        self._restored = True
        self._drop_editor()
        self.close()
        QCoreApplication.quit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.editor is not None and not self._restored and not self.editor.confirm_close():
            event.ignore()
            return
        self._settings.setValue("main/geometry", self.saveGeometry())
        if not self.is_attached():
            self._settings.sync()
            event.accept()
            return
        self._settings.sync()
        event.accept()
