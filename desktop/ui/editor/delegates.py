"""Editors for the lines table: a spin box for quantities, a validated field for percentages."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator, QValidator
from PySide6.QtWidgets import QLineEdit, QSpinBox, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from desktop.domain.bounds import QUANTITY_MAX, QUANTITY_MIN

Index = QModelIndex | QPersistentModelIndex
MAX_QUANTITY = QUANTITY_MAX  # the bounds of a real offer (desktop.domain.bounds)


class QuantityDelegate(QStyledItemDelegate):
    """Whole numbers from 1 to 100,000: a spin box cannot hold anything else."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QSpinBox(parent)
        editor.setRange(QUANTITY_MIN, MAX_QUANTITY)
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 1))

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)


class PercentValidator(QValidator):
    """0 to 100 with up to two decimals, comma or dot, digits 0-9 only (\\d would take any
    script's digits, and Decimal() reads them); anything else cannot be typed."""

    _shape = QRegularExpressionValidator(QRegularExpression(r"^[0-9]{0,3}([.,][0-9]{0,2})?$"))

    def validate(self, text: str, pos: int) -> object:
        result: tuple[QValidator.State, str, int] = self._shape.validate(text, pos)  # type: ignore[assignment]
        state = result[0]
        if state == QValidator.State.Invalid:
            return QValidator.State.Invalid, text, pos
        stripped = text.replace(",", ".")
        if stripped in ("", "."):
            return QValidator.State.Intermediate, text, pos
        try:
            from decimal import Decimal

            value = Decimal(stripped)
        except ArithmeticError:
            return QValidator.State.Invalid, text, pos
        if value > 100:
            return QValidator.State.Invalid, text, pos
        return QValidator.State.Acceptable, text, pos


class PercentDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        editor = QLineEdit(parent)
        editor.setValidator(PercentValidator(editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setPlaceholderText("0–100")
        return editor

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        editor.setText(str(index.data(Qt.ItemDataRole.EditRole) or "0"))
        editor.selectAll()

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        assert isinstance(editor, QLineEdit)
        if editor.hasAcceptableInput():
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)
