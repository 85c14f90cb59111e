"""The offer lines table: quantity and discounts editable, amounts from the domain pricing."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from desktop.domain.bounds import check_quantity
from desktop.domain.errors import DomainError
from desktop.domain.money import parse_percent
from desktop.domain.pricing import OfferLine, PricedLine
from desktop.ui import formats as fmt
from desktop.ui.editor.catalogue_model import PRODUCT_MIME, product_ids
from desktop.ui.ports import DraftLine
from desktop.ui.simple_models import HeaderedModel

Index = QModelIndex | QPersistentModelIndex
EditLine = Callable[[int, DraftLine], bool]
DropProducts = Callable[[list[int], int], None]


class LinesModel(HeaderedModel):
    CODE, NAME, QUANTITY, MONTHLY_UNIT, MONTHLY_DISCOUNT, MONTHLY, INSTALL_UNIT, INSTALL_DISCOUNT, INSTALL = (
        range(9)
    )
    EDITABLE = (QUANTITY, MONTHLY_DISCOUNT, INSTALL_DISCOUNT)
    _ROLES = frozenset(
        {
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.EditRole,
            Qt.ItemDataRole.TextAlignmentRole,
            Qt.ItemDataRole.ToolTipRole,
        }
    )

    def __init__(self, on_edit: EditLine, on_drop: DropProducts, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._on_edit = on_edit
        self._on_drop = on_drop
        self._lines: list[DraftLine] = []
        self._priced: list[PricedLine] = []
        self._texts: list[tuple[str, ...]] = []
        self.read_only = False
        self._headers = [
            self.tr("Code"),
            self.tr("Produit"),
            self.tr("Qté"),
            self.tr("Mens. unit."),
            self.tr("Remise"),
            self.tr("Mensuel HT"),
            self.tr("Inst. unit."),
            self.tr("Remise inst."),
            self.tr("Install. HT"),
        ]

    def set_lines(self, lines: Sequence[DraftLine], priced: Sequence[PricedLine]) -> None:
        """New lines and their priced amounts; display texts are formatted once, here."""
        if len(lines) == len(self._lines):
            self._lines, self._priced = list(lines), list(priced)
            self._texts = [self._row_texts(row) for row in range(len(self._lines))]
            if lines:
                last = self.index(len(lines) - 1, len(self._headers) - 1)
                self.dataChanged.emit(self.index(0, 0), last)
            return
        self.beginResetModel()
        self._lines, self._priced = list(lines), list(priced)
        self._texts = [self._row_texts(row) for row in range(len(self._lines))]
        self.endResetModel()

    def _row_texts(self, row: int) -> tuple[str, ...]:
        return tuple(self._display(row, column) for column in range(len(self._headers)))

    def line(self, row: int) -> DraftLine:
        return self._lines[row]

    def row_count(self) -> int:
        return len(self._lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.ToolTipRole:
            tips = {
                self.MONTHLY_UNIT: self.tr("Redevance mensuelle unitaire HT"),
                self.MONTHLY_DISCOUNT: self.tr("Remise sur la redevance mensuelle (%)"),
                self.INSTALL_UNIT: self.tr("Frais d'installation unitaires HT, indexés"),
                self.INSTALL_DISCOUNT: self.tr("Remise sur les frais d'installation (%)"),
            }
            return tips.get(section)
        return super().headerData(section, orientation, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled if not self.read_only else Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if not self.read_only and index.column() in self.EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role not in self._ROLES or not index.isValid() or index.row() >= len(self._lines):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        line, column = self._lines[index.row()], index.column()
        if role == Qt.ItemDataRole.EditRole:
            if column == self.QUANTITY:
                return line.quantity
            if column == self.MONTHLY_DISCOUNT:
                return fmt.number(line.monthly_discount, 2).replace("\u202f", "")
            if column == self.INSTALL_DISCOUNT:
                return fmt.number(line.installation_discount, 2).replace("\u202f", "")
            return self._display(index.row(), column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column >= self.QUANTITY:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return line.name
        return None

    def _display(self, row: int, column: int) -> str:
        line = self._lines[row]
        priced = self._priced[row] if row < len(self._priced) else None
        if column == self.CODE:
            return line.code
        if column == self.NAME:
            return line.name
        if column == self.QUANTITY:
            return str(line.quantity)
        if column == self.MONTHLY_DISCOUNT:
            return fmt.percent(line.monthly_discount)
        if column == self.INSTALL_DISCOUNT:
            return fmt.percent(line.installation_discount)
        if priced is None:
            return ""
        amounts = {
            self.MONTHLY_UNIT: priced.monthly_unit_ht,
            self.MONTHLY: priced.monthly_ht,
            self.INSTALL_UNIT: priced.installation_unit_ht,
            self.INSTALL: priced.installation_ht,
        }
        return fmt.money(amounts[column])

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if self.read_only or not index.isValid() or role != Qt.ItemDataRole.EditRole:
            return False
        line, column = self._lines[index.row()], index.column()
        try:
            if column == self.QUANTITY:
                quantity = check_quantity(value, "quantity")  # 1-100,000, an int (not "٥")
                changed = DraftLine(**{**line.__dict__, "quantity": quantity})
            elif column in (self.MONTHLY_DISCOUNT, self.INSTALL_DISCOUNT):
                percent = parse_percent(str(value).replace(",", ".").replace("%", "").strip(), "remise")
                key = "monthly_discount" if column == self.MONTHLY_DISCOUNT else "installation_discount"
                changed = DraftLine(**{**line.__dict__, key: percent})
            else:
                return False
        except (DomainError, ValueError, TypeError):
            return False
        if changed == line:
            return True
        return self._on_edit(index.row(), changed)

    # -- drag and drop from the catalogue ---------------------------------------------------
    def mimeTypes(self) -> list[str]:
        return [PRODUCT_MIME]

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.CopyAction

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        return not self.read_only and bool(product_ids(data))

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index
    ) -> bool:
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        position = row if row >= 0 else (parent.row() if parent.isValid() else len(self._lines))
        self._on_drop(product_ids(data), position)
        return True


def zero_if_none(value: Decimal | None) -> Decimal:
    return Decimal(0) if value is None else value


def to_offer_lines(lines: Sequence[DraftLine]) -> list[OfferLine]:
    return [
        OfferLine(
            description=line.name,
            quantity=line.quantity,
            unit_monthly=line.unit_monthly,
            unit_installation=line.unit_installation,
            installation_indexed=line.installation_indexed,
            vat_rate=line.vat_rate,
            monthly_discount=line.monthly_discount,
            installation_discount=line.installation_discount,
            code=line.code,
        )
        for line in lines
    ]
