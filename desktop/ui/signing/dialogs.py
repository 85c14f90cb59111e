"""The one seam through which signing mode asks or tells the user something.

It is the application's `desktop.ui.dialogs.Dialogs` (info, error, confirm, save_file …)
plus `print_setup` (Qt's print dialog, the raster path) and `cups_setup` (our CUPS printer
dialog); tests pass a scripted subclass so nothing ever blocks.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.ui.dialogs import Dialogs

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter
    from PySide6.QtWidgets import QWidget

    from desktop.ui.signing.print_dialog import CupsChoice, CupsRequest


class SigningDialogs(Dialogs):
    """The application's dialogs, plus the print dialogs signing mode needs."""

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Let the user choose the printer, copies and pages (1 to printer.toPage() as preset);
        True to print with `printer` as set."""
        from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog
        from PySide6.QtWidgets import QDialog

        dialog = QPrintDialog(printer, parent)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
        dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
        dialog.setMinMax(1, max(1, printer.toPage()))
        return dialog.exec() == QDialog.DialogCode.Accepted

    def cups_setup(self, parent: QWidget | None, request: CupsRequest) -> CupsChoice | None:
        """Our CUPS dialog: printer, copies, two-sided, pages; None if the user cancels."""
        from desktop.ui.signing.print_dialog import CupsPrintDialog

        dialog = CupsPrintDialog(request, parent)
        return dialog.choice() if dialog.exec() == CupsPrintDialog.DialogCode.Accepted else None
