"""Échéances: signed contracts, their term and notice deadline; the next six months first."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from dateutil.relativedelta import relativedelta
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.documents import zone
from desktop.domain.calendar import contract_calendar, next_notice_deadline
from desktop.ui import formats as fmt
from desktop.ui.dialogs import Dialogs
from desktop.ui.error_text import user_message
from desktop.ui.ports import USER_ERRORS, Backend, ContractRow
from desktop.ui.simple_models import Column, SnapshotModel

SOON = relativedelta(months=6)


@dataclass(frozen=True)
class DeadlineLine:
    contract: ContractRow
    term: dt.date | None
    notice: dt.date | None
    soon: bool


def deadline_lines(contracts: list[ContractRow], today: dt.date) -> list[DeadlineLine]:
    """Contracts with dates computed by the domain calendar; deadlines within six months first."""
    lines = []
    for row in contracts:
        term = notice = None
        if row.activation_date is not None:
            calendar = contract_calendar(row.activation_date, row.engagement_months, row.renewal_months)
            upcoming = next_notice_deadline(calendar, today)
            term, notice = upcoming.term, upcoming.notice_deadline
        soon = notice is not None and today <= notice <= today + SOON
        lines.append(DeadlineLine(row, term, notice, soon))
    lines.sort(
        key=lambda line: (
            not line.soon,
            line.notice is None,
            line.notice or dt.date.max,
            line.contract.number,
        )
    )
    return lines


class DeadlinesPage(QWidget):
    def __init__(self, backend: Backend, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._dialogs = dialogs
        self.model: SnapshotModel[DeadlineLine] = SnapshotModel(
            [
                Column(self.tr("Numéro"), lambda d: d.contract.number),
                Column(self.tr("Client"), lambda d: d.contract.client_name),
                Column(self.tr("Signée le"), lambda d: fmt.date(d.contract.signed_on)),
                Column(
                    self.tr("Mise en service"),
                    lambda d: fmt.date(d.contract.activation_date) or self.tr("à renseigner"),
                ),
                Column(self.tr("Engagement"), lambda d: fmt.months(d.contract.engagement_months)),
                Column(self.tr("Terme"), lambda d: fmt.date(d.term)),
                Column(self.tr("Préavis avant le"), lambda d: fmt.date(d.notice)),
                Column(self.tr("Mensuel HT"), lambda d: fmt.money(d.contract.monthly_ht), right=True),
            ],
            self,
            highlight=lambda d: "#fde7c8" if d.soon else None,
        )
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.activation_button = QPushButton(self.tr("Enregistrer la mise en service…"))
        self.summary = QLabel()
        bottom = QHBoxLayout()
        bottom.addWidget(self.summary, 1)
        bottom.addWidget(self.activation_button)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Contrats signés : les préavis des six prochains mois en premier (à renouveler)."))
        )
        layout.addWidget(self.table, 1)
        layout.addLayout(bottom)
        self.activation_button.clicked.connect(self.record_activation)

    def refresh(self, today: dt.date | None = None) -> None:
        lines = deadline_lines(list(self._backend.contracts()), today or zone.today())
        self.model.set_rows(lines)
        soon = sum(1 for line in lines if line.soon)
        self.summary.setText(
            self.tr("%n contrat(s), dont {0} avec un préavis dans les six mois", "", len(lines)).format(soon)
        )

    def selected(self) -> DeadlineLine | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def record_activation(self) -> None:
        line = self.selected()
        if line is None:
            self._dialogs.info(self, self.tr("Mise en service"), self.tr("Choisissez d'abord un contrat."))
            return
        day = self._dialogs.ask_date(
            self,
            self.tr("Mise en service"),
            self.tr("Date de mise en service du contrat {0}").format(line.contract.number),
            line.contract.activation_date or zone.today(),
        )
        if day is None:
            return
        try:
            self._backend.record_activation(line.contract.offer_id, day)
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Date refusée"), user_message(exc))
            return
        self.refresh()
