"""The catalogue browser's models: products as a table, filtered by category and free text."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QByteArray,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.views import ProductView
from desktop.ui import formats as fmt
from desktop.ui.simple_models import HeaderedModel

PRODUCT_MIME = "application/x-offerdesk-product"
Index = QModelIndex | QPersistentModelIndex
ProductRole = Qt.ItemDataRole.UserRole + 1


def _fold(text: str) -> str:
    """Case- and accent-insensitive form used for matching ("Téléphonie" ~ "telephonie")."""
    import unicodedata

    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


class CatalogueModel(HeaderedModel):
    CODE, NAME, CATEGORY, MONTHLY, INSTALLATION = range(5)

    def __init__(self, products: Sequence[ProductView] = (), parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._products: list[ProductView] = []
        self._haystacks: list[str] = []
        self._headers = [
            self.tr("Code"),
            self.tr("Produit"),
            self.tr("Catégorie"),
            self.tr("Mensuel HT"),
            self.tr("Installation HT"),
        ]
        self.set_products(products)

    def set_products(self, products: Sequence[ProductView]) -> None:
        self.beginResetModel()
        self._products = list(products)
        self._haystacks = [_fold(f"{p.code} {p.name} {p.description}") for p in self._products]
        self._codes = {_fold(p.code): row for row, p in enumerate(self._products)}
        self.endResetModel()

    def rows_of_codes(self, words: Sequence[str]) -> list[int] | None:
        """The rows of `words` when there are several and each is a product code (folded), in
        the order typed, each once; otherwise None."""
        if len(words) < 2 or not all(word in self._codes for word in words):
            return None
        return list(dict.fromkeys(self._codes[word] for word in words))

    def product(self, row: int) -> ProductView:
        return self._products[row]

    def haystack(self, row: int) -> str:
        return self._haystacks[row]

    def categories(self) -> list[str]:
        return sorted({p.category for p in self._products})

    def by_id(self, product_id: int) -> ProductView | None:
        return next((p for p in self._products if p.id == product_id), None)

    def row_count(self) -> int:
        return len(self._products)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._products):
            return None
        item = self._products[index.row()]
        row, column = item, index.column()
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
            return item.id
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def mimeTypes(self) -> list[str]:
        return [PRODUCT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({self._products[i.row()].id for i in indexes if i.isValid()})
        mime = QMimeData()
        mime.setData(PRODUCT_MIME, QByteArray(",".join(str(i) for i in ids).encode("ascii")))
        return mime


def product_ids(mime: QMimeData) -> list[int]:
    if not mime.hasFormat(PRODUCT_MIME):
        return []
    raw = bytes(mime.data(PRODUCT_MIME).data()).decode("ascii", errors="replace")
    return [int(part) for part in raw.split(",") if part.strip().isdigit()]


class CatalogueFilter(QAbstractTableModel):
    """The products matching a category and words that must all appear in code, name or
    description, as a table over the CatalogueModel's rows.

    Not a QSortFilterProxyModel: that calls a Python filterAcceptsRow for every product on
    each keystroke (~30 ms for 10,000 products). Here the matching rows are one Python pass
    over pre-folded texts, narrowed from the previous result while the query grows, and the
    view is reset once; the view then asks only for the rows it shows.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._source: CatalogueModel | None = None
        self._category = ""
        self._text = ""
        self._rows: list[int] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self.code_list = False  # the text is a list of product codes: every one matches

    def setSourceModel(self, model: CatalogueModel) -> None:
        self._source = model
        model.modelReset.connect(self._refilter_all)
        self._refilter_all()

    def sourceModel(self) -> CatalogueModel:
        assert self._source is not None
        return self._source

    def set_category(self, category: str) -> None:
        if category != self._category:
            self._category = category
            self._refilter_all()

    def set_text(self, text: str) -> None:
        folded = _fold(text)
        if folded == self._text:
            return
        narrowing = folded.startswith(self._text)
        self._text = folded
        self._apply(self._rows if narrowing else range(self.sourceModel().rowCount()))

    def _refilter_all(self) -> None:
        self._apply(range(self.sourceModel().rowCount()))

    def _apply(self, candidates: Sequence[int] | range) -> None:
        source = self.sourceModel()
        words = self._text.split()
        haystack = source.haystack
        listed = source.rows_of_codes(words)
        self.code_list = listed is not None
        if listed is not None:  # "fib-1g bkp-4g ip-29": those products, whatever the category
            self.beginResetModel()
            self._rows = listed
            self.endResetModel()
            return
        rows = [row for row in candidates if all(word in haystack(row) for word in words)]
        if self._category:
            rows = [row for row in rows if source.product(row).category == self._category]
        if self._sort is not None:
            rows.sort(key=self._key(self._sort[0]), reverse=self._sort[1] == Qt.SortOrder.DescendingOrder)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def _key(self, column: int) -> Callable[[int], Any]:
        source = self.sourceModel()
        fields = ("code", "name", "category", "monthly_fee", "installation_fee")

        def key(row: int) -> Any:
            return getattr(source.product(row), fields[column])

        return key

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if 0 <= column < CatalogueModel.INSTALLATION + 1:
            self._sort = (column, order)
            self.layoutAboutToBeChanged.emit()
            self._rows.sort(key=self._key(column), reverse=order == Qt.SortOrder.DescendingOrder)
            self.layoutChanged.emit()

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid() or index.row() >= len(self._rows):
            return QModelIndex()
        return self.sourceModel().index(self._rows[index.row()], index.column())

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt signature
        return 0 if parent.isValid() or self._source is None else self._source.columnCount()

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.sourceModel().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._rows):
            return None
        return self.sourceModel().data(self.mapToSource(index), role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        return self.sourceModel().flags(self.mapToSource(index))

    def mimeTypes(self) -> list[str]:
        return [PRODUCT_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        return self.sourceModel().mimeData([self.mapToSource(i) for i in indexes])
