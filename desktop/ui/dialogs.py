"""The one seam through which screens ask the user something; tests pass a scripted subclass."""

from __future__ import annotations

import datetime as dt
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

# The dialog classes are imported when a dialog opens, not at start-up.


class Answer(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


class Dialogs:
    """Modal questions and messages. Every method returns a typed answer."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def unsaved_changes(self, parent: QWidget | None) -> Answer:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(QCoreApplication.translate("Dialogs", "Modifications non enregistrées"))
        box.setText(
            QCoreApplication.translate(
                "Dialogs", "L'offre contient des modifications non enregistrées. Les enregistrer ?"
            )
        )
        save = box.addButton(
            QCoreApplication.translate("Dialogs", "Enregistrer"), QMessageBox.ButtonRole.AcceptRole
        )
        discard = box.addButton(
            QCoreApplication.translate("Dialogs", "Ne pas enregistrer"),
            QMessageBox.ButtonRole.DestructiveRole,
        )
        box.addButton(QCoreApplication.translate("Dialogs", "Annuler"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        clicked = box.clickedButton()
        if clicked is save:
            return Answer.SAVE
        if clicked is discard:
            return Answer.DISCARD
        return Answer.CANCEL

    def open_file(self, parent: QWidget | None, title: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(parent, title, "", filters)
        return Path(name) if name else None

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def report(self, parent: QWidget | None, title: str, summary: str, details: str) -> None:
        """A message with a long, scrollable, copyable text (e.g. an import validation report)."""
        report_dialog(parent, title, summary, details).exec()

    def ask_date(self, parent: QWidget | None, title: str, label: str, default: dt.date) -> dt.date | None:
        from PySide6.QtWidgets import QDateEdit, QDialog

        dialog = date_dialog(parent, title, label, default)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        edit = dialog.findChild(QDateEdit)
        assert edit is not None  # date_dialog made it
        day = edit.date()
        return dt.date(day.year(), day.month(), day.day())


def report_dialog(parent: QWidget | None, title: str, summary: str, details: str) -> QDialog:
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout

    from desktop.ui.fit import available_area

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    label = QLabel(summary)
    label.setWordWrap(True)
    layout.addWidget(label)
    text = QPlainTextEdit(details)
    text.setReadOnly(True)
    text.setMinimumHeight(80)
    layout.addWidget(text)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    area = available_area(dialog)
    width, height = 640, 420
    if area is not None:  # a small screen: never taller or wider than it
        width, height = min(width, area.width() - 40), min(height, area.height() - 60)
    dialog.resize(width, height)
    return dialog


def date_dialog(parent: QWidget | None, title: str, label: str, default: dt.date) -> QDialog:
    from PySide6.QtCore import QDate
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

    from desktop.ui.dates import DateEdit

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    text = QLabel(label)
    text.setWordWrap(True)
    layout.addWidget(text)
    edit = DateEdit(QDate(default.year, default.month, default.day))
    layout.addWidget(edit)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return dialog
