"""The offers list as a lazy table model: pages of 200 rows fetched as the view scrolls."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from desktop.documents import zone
from desktop.domain import lifecycle
from desktop.domain.labels import STATUS_LABELS
from desktop.domain.views import OfferRow
from desktop.domain.vocabulary import OfferStatus
from desktop.ui import formats as fmt
from desktop.ui.ports import OfferQuery
from desktop.ui.simple_models import HeaderedModel

PAGE = 200
Index = QModelIndex | QPersistentModelIndex
Fetch = Callable[[OfferQuery, int, int], Sequence[OfferRow]]


def status_label(status: OfferStatus) -> str:
    return STATUS_LABELS[status].name  # the labels catalogue's, in the current language


class OffersModel(HeaderedModel):
    STATUS, NUMBER, CLIENT, DATE, MONTHLY, INSTALLATION = range(6)

    def __init__(self, fetch: Fetch, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._fetch = fetch
        self._query = OfferQuery()
        self._rows: list[OfferRow] = []
        self._exhausted = False
        self._today = zone.today()
        self._headers = [
            self.tr("Statut"),
            self.tr("Numéro"),
            self.tr("Client"),
            self.tr("Date"),
            self.tr("Mensuel HT"),
            self.tr("Installation HT"),
        ]

    # -- querying ---------------------------------------------------------------------------
    def set_query(self, query: OfferQuery) -> None:
        self.beginResetModel()
        self._query = query
        self._rows = []
        self._exhausted = False
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    def query(self) -> OfferQuery:
        return self._query

    def reload(self) -> None:
        self.set_query(self._query)

    def row_at(self, row: int) -> OfferRow:
        return self._rows[row]

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008 - Qt signature
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008 - Qt signature
        if parent.isValid() or self._exhausted:
            return
        page = list(self._fetch(self._query, len(self._rows), PAGE))
        if len(page) < PAGE:
            self._exhausted = True
        if not page:
            return
        first = len(self._rows)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self._rows.extend(page)
        self.endInsertRows()

    # -- model ------------------------------------------------------------------------------
    def row_count(self) -> int:
        return len(self._rows)

    def is_expired(self, row: OfferRow) -> bool:
        """Expired, or due to expire: its validity date has passed (desktop.domain.lifecycle)."""
        passed = row.validity_date is not None and row.validity_date < self._today
        return lifecycle.is_expired(OfferStatus(row.status), passed)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MONTHLY, self.INSTALLATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and self.is_expired(row):
            return QBrush(QColor("#a33"))
        if role == Qt.ItemDataRole.FontRole and row.status is OfferStatus.CANCELLED:
            font = QFont()
            font.setStrikeOut(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self.is_expired(row):
            return self.tr("Validité dépassée le {0}").format(fmt.date(row.validity_date))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None

    def _display(self, row: OfferRow, column: int) -> str:
        if column == self.STATUS:
            label = status_label(row.status)
            if self.is_expired(row) and row.status is not OfferStatus.EXPIRED:
                label = status_label(OfferStatus.EXPIRED)
            return label
        if column == self.NUMBER:
            return row.number if row.revision <= 1 else f"{row.number} r{row.revision}"
        if column == self.CLIENT:
            return row.client_name
        if column == self.DATE:
            return fmt.date(row.offer_date)
        if column == self.MONTHLY:
            return fmt.money(row.monthly_ht)
        return fmt.money(row.installation_ht)
