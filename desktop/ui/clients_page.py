"""Clients: browse and search (debounced), with their identifiers and sites."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.views import ClientView
from desktop.ui.ports import Backend
from desktop.ui.simple_models import Column, SnapshotModel

LIMIT = 500


class ClientsPage(QWidget):
    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un client…"))
        self.search.setClearButtonEnabled(True)
        self.model: SnapshotModel[ClientView] = SnapshotModel(
            [
                Column(self.tr("Raison sociale"), lambda c: c.legal_name),
                Column(self.tr("Forme"), lambda c: c.legal_form),
                Column(self.tr("Localité"), lambda c: f"{c.postcode} {c.city}".strip()),
                Column(self.tr("N° TVA"), lambda c: c.vat_number),
                Column(self.tr("RCS"), lambda c: c.rcs),
                Column(self.tr("Signataire"), lambda c: c.signatory_name),
                Column(self.tr("E-mail"), lambda c: c.email),
            ],
            self,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.count = QLabel()
        # "Aucun résultat pour « … »" when a search finds nothing (hidden otherwise)
        self.no_result = QLabel()
        self.no_result.setObjectName("no_result")
        self.no_result.setVisible(False)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.refresh)
        self.search.textChanged.connect(lambda _t: self._debounce.start())
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addWidget(self.no_result)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)

    def refresh(self) -> None:
        self._debounce.stop()
        search = self.search.text().strip()
        rows = self._backend.search_clients(search, LIMIT)
        self.model.set_rows(rows)
        empty = bool(search) and not rows
        self.no_result.setText(self.tr("Aucun résultat pour « {0} »").format(search) if empty else "")
        self.no_result.setVisible(empty)
        self.count.setText(self.tr("%n client(s)", "", len(rows)))

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()
