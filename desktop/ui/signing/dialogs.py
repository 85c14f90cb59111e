"""The one seam through which signing mode asks or tells the user something.

Message boxes, the save-file dialog and the print dialog all go through a `SigningDialogs`
instance given to the view; tests pass a scripted subclass so nothing ever blocks. The
method names and signatures match the application's `desktop.ui.dialogs.Dialogs`
(info, error, confirm, save_file), plus `print_setup` for the printer.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget


class SigningDialogs:
    """Modal questions and messages; every method returns a typed answer."""

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.information(parent, title, text)

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        QMessageBox.warning(parent, title, text)

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        answer = QMessageBox.question(parent, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(parent, title, suggested, filters)
        return Path(name) if name else None

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the user choose the printer and copies; True to print with `printer` as set."""
        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        return dialog.exec() == QDialog.DialogCode.Accepted
