"""The offers list: filters by status and date, debounced search, and the actions on an offer."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QDate, QModelIndex, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.documents import zone
from desktop.domain import lifecycle
from desktop.domain.lifecycle import Action
from desktop.domain.views import OfferRow
from desktop.domain.vocabulary import OfferStatus
from desktop.ui.dates import DateEdit
from desktop.ui.dialogs import Dialogs
from desktop.ui.error_text import user_message
from desktop.ui.fit import PlainComboBox
from desktop.ui.offers_model import OffersModel, status_label
from desktop.ui.ports import USER_ERRORS, Backend, OfferQuery
from desktop.ui.touch import enable_touch_scrolling

SEARCH_DELAY_MS = 250


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


class OffersPage(QWidget):
    open_requested = Signal(int)
    new_requested = Signal()

    def __init__(self, backend: Backend, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._dialogs = dialogs
        self.model = OffersModel(backend.list_offers, self)

        self.status = PlainComboBox()
        self.status.addItem(self.tr("Tous les statuts"), None)
        for status in OfferStatus:
            self.status.addItem(status_label(status), status.value)
        self.use_dates = QCheckBox(self.tr("Du"))
        today = zone.today()
        self.date_from = DateEdit(_qdate(today.replace(day=1, month=1)))
        self.date_to = DateEdit(_qdate(today))
        for edit in (self.date_from, self.date_to):
            edit.setEnabled(False)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un client ou un numéro d'offre…"))
        self.search.setClearButtonEnabled(True)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filters)

        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.status, 1)
        filters.addWidget(self.use_dates)
        filters.addWidget(self.date_from)
        filters.addWidget(QLabel(self.tr("au")))
        filters.addWidget(self.date_to)

        self.table = QTableView()
        self.table.setWordWrap(False)  # one line per offer; a long client name is cut with "…"
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(OffersModel.CLIENT, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(OffersModel.STATUS, 100)
        self.table.setColumnWidth(OffersModel.NUMBER, 190)
        self.table.setColumnWidth(OffersModel.MONTHLY, 120)
        self.table.setColumnWidth(OffersModel.INSTALLATION, 130)
        enable_touch_scrolling(self.table)
        self.table.doubleClicked.connect(self._open_index)
        self.table.activated.connect(self._open_index)

        self.new_button = QPushButton(self.tr("Nouvelle offre"))
        self.open_button = QPushButton(self.tr("Ouvrir"))
        self.duplicate_button = QPushButton(self.tr("Dupliquer"))
        self.revision_button = QPushButton(self.tr("Nouvelle révision"))
        self.cancel_button = QPushButton(self.tr("Annuler l'offre"))
        actions = QHBoxLayout()
        for button in (
            self.new_button,
            self.open_button,
            self.duplicate_button,
            self.revision_button,
            self.cancel_button,
        ):
            actions.addWidget(button)
        actions.addStretch(1)
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self._open_selected)
        self.duplicate_button.clicked.connect(self.duplicate_selected)
        self.revision_button.clicked.connect(self.revise_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)

        # "Aucun résultat pour « … »" when a search finds nothing (hidden otherwise)
        self.no_result = QLabel()
        self.no_result.setObjectName("no_result")
        self.no_result.setVisible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.no_result)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)

        self.search.textChanged.connect(lambda _text: self._debounce.start())
        self.status.currentIndexChanged.connect(self.apply_filters)
        self.use_dates.toggled.connect(self._dates_toggled)
        self.date_from.dateChanged.connect(self.apply_filters)
        self.date_to.dateChanged.connect(self.apply_filters)
        self.table.selectionModel().selectionChanged.connect(self._update_actions)
        self.model.modelReset.connect(self._update_actions)
        self.model.modelReset.connect(self._update_no_result)
        self.model.rowsInserted.connect(self._update_no_result)
        self._update_actions()

    # -- filters ----------------------------------------------------------------------------
    def _dates_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self.apply_filters()

    def current_query(self) -> OfferQuery:
        value = self.status.currentData()
        statuses = frozenset({OfferStatus(value)}) if value else frozenset()
        dates = self.use_dates.isChecked()
        return OfferQuery(
            statuses=statuses,
            date_from=_pydate(self.date_from.date()) if dates else None,
            date_to=_pydate(self.date_to.date()) if dates else None,
            search=self.search.text().strip(),
        )

    def apply_filters(self) -> None:
        self._debounce.stop()
        self.model.set_query(self.current_query())

    def _update_no_result(self) -> None:
        search = self.model.query().search
        empty = bool(search) and self.model.rowCount() == 0
        self.no_result.setText(self.tr("Aucun résultat pour « {0} »").format(search) if empty else "")
        self.no_result.setVisible(empty)

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- actions ----------------------------------------------------------------------------
    def selected(self) -> OfferRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _update_actions(self) -> None:
        row = self.selected()
        self.open_button.setEnabled(row is not None)
        status = OfferStatus(row.status) if row is not None else None
        self.duplicate_button.setEnabled(status is not None and lifecycle.allows(status, Action.DUPLICATE))
        self.revision_button.setEnabled(status is not None and lifecycle.allows(status, Action.NEW_REVISION))
        self.cancel_button.setEnabled(status is not None and lifecycle.allows(status, Action.CANCEL))

    def _open_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.open_requested.emit(self.model.row_at(index.row()).id)

    def _open_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self.open_requested.emit(row.id)

    def duplicate_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: self.open_requested.emit(self._backend.duplicate(row.id)))

    def revise_selected(self) -> None:
        row = self.selected()
        if row is not None:
            self._run(lambda: self.open_requested.emit(self._backend.new_revision(row.id)))

    def cancel_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        question = self.tr("Annuler l'offre {0} ? Elle restera consultable.").format(row.number)
        if self._dialogs.confirm(self, self.tr("Annuler l'offre"), question):
            self._run(lambda: self._backend.cancel(row.id))
            self.model.reload()

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Action impossible"), user_message(exc))
