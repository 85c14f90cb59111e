"""The catalogue browser's models: products as a table, filtered by category and free text."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from desktop.ui import fmt
from desktop.ui.ports import Product

PRODUCT_MIME = "application/x-offerdesk-product"
Index = QModelIndex | QPersistentModelIndex
ProductRole = Qt.ItemDataRole.UserRole + 1


def _fold(text: str) -> str:
    """Case- and accent-insensitive form used for matching ("Téléphonie" ~ "telephonie")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CatalogueModel(QAbstractTableModel):
    CODE, NAME, CATEGORY, MONTHLY, INSTALLATION = range(5)

    def __init__(self, products: Sequence[Product] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._products: list[Product] = []
        self._haystacks: list[str] = []
        self._headers = [
            self.tr("Code"),
            self.tr("Produit"),
            self.tr("Catégorie"),
            self.tr("Mensuel HT"),
            self.tr("Installation HT"),
        ]
        self.set_products(products)

    def set_products(self, products: Sequence[Product]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self._haystacks = [_fold(f"{p.row.code} {p.row.name} {p.row.description}") for p in self._products]
        self.endResetModel()

    def product(self, row: int) -> Product:
        return self._products[row]

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def categories(self) -> list[str]:
        return sorted({p.row.category for p in self._products})

    def by_id(self, product_id: int) -> Product | None:
        return next((p for p in self._products if p.product_id == product_id), None)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._products)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._headers)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self._headers)
        ):
            return self._headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._products):
            return None
        item = self._products[index.row()]
        row, column = item.row, index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.code,
                row.name,
                row.category,
                fmt.money(row.monthly_fee),
                fmt.money(row.installation_fee),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            engagements = ", ".join(str(m) for m in row.allowed_engagements)
            return self.tr("{0}\nEngagements possibles : {1} mois").format(row.description, engagements)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.MONTHLY, self.INSTALLATION):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ProductRole:
            return item.product_id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [PRODUCT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._products[i.row()].product_id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(PRODUCT_MIME, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
        return mime


def product_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(PRODUCT_MIME):
        return []
    raw = bytes(mime.data(PRODUCT_MIME).data()).decode("ascii", errors="replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class CatalogueFilter(QSortFilterProxyModel):
    """Category filter plus words that must all appear in code, name or description."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._category = ""
        self._words: tuple[str, ...] = ()

    def set_category(self, category: str) -> None:
        self.beginFilterChange()
        self._category = category
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._words = tuple(_fold(text).split())
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, CatalogueModel)
        if self._category and model.product(source_row).row.category != self._category:
            return False
        haystack = model.haystack(source_row)
        return all(word in haystack for word in self._words)
