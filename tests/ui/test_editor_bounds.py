"""The editor's widgets take the bounds of a real offer from the domain (issue 9)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QLineEdit, QSpinBox, QStyleOptionViewItem

from desktop.domain import bounds
from desktop.ui.editor.delegates import PercentValidator
from desktop.ui.editor.lines_model import LinesModel
from desktop.ui.editor.offer_editor import OfferEditor
from desktop.ui.editor.terms_panel import TermsPanel


def test_quantity_spin_box_and_model_stop_at_100000(qtbot, backend, dialogs):
    editor = OfferEditor(backend, dialogs)
    qtbot.addWidget(editor, before_close_func=lambda w: w.undo_stack.setClean())
    editor.add_products([1])
    view = editor.lines_view
    index = editor.lines.index(0, LinesModel.QUANTITY)
    spin = view.itemDelegateForColumn(LinesModel.QUANTITY).createEditor(
        view.viewport(), QStyleOptionViewItem(), index
    )
    assert isinstance(spin, QSpinBox)
    assert (spin.minimum(), spin.maximum()) == (bounds.QUANTITY_MIN, bounds.QUANTITY_MAX) == (1, 100_000)
    assert editor.lines.setData(index, 100_000)
    assert editor.draft.lines[0].quantity == 100_000
    assert not editor.lines.setData(index, 100_001)
    assert not editor.lines.setData(index, "٥")  # int() would read an Arabic-Indic five
    assert not editor.lines.setData(index, 10**39)
    assert editor.draft.lines[0].quantity == 100_000


def test_percent_field_takes_digits_0_to_9_only(qtbot):
    field = QLineEdit()
    qtbot.addWidget(field)
    field.setValidator(PercentValidator(field))
    for typed, kept in (("٥٠", ""), ("５０", ""), ("50", "50"), ("12,5", "12,5")):
        field.clear()
        field.insert(typed)  # validated as typing is (QTest cannot type these characters)
        assert field.text() == kept, typed


def test_renewal_and_validity_within_the_bounds(qtbot):
    panel = TermsPanel()
    qtbot.addWidget(panel)
    assert (panel.renewal.minimum(), panel.renewal.maximum()) == (1, 120)
    assert panel.validity.minimumDate() == QDate(1990, 1, 1)
    assert panel.validity.maximumDate() == QDate(2200, 12, 31)
    assert dt.date(2200, 12, 31) == bounds.DATE_MAX
