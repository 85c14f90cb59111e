"""The one seam through which signing mode asks or tells the user something.

It is the application's `desktop.ui.dialogs.Dialogs` (info, error, confirm, save_file …)
plus `print_setup` for the printer; tests pass a scripted subclass so nothing ever blocks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget


class SigningDialogs(Dialogs):
    """The application's dialogs, plus the print dialog signing mode needs."""

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the user choose the printer and copies; True to print with `printer` as set."""
        from PySide6.QtPrintSupport import QPrintDialog
        from PySide6.QtWidgets import QDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QPrintDialog.PrintDialogOption.PrintToFile, True)
        return dialog.exec() == QDialog.DialogCode.Accepted
