"""The small print dialog of the CUPS path: printer, copies, two-sided, pages 1 to N.

It lists the CUPS printers (the default one chosen), is preset to the number of copies the
caller asks for (two for a contract: one for the client, one for the company) and offers
exactly the pack's pages. It returns a typed choice; nothing is printed here.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

MAX_COPIES = 99


@dataclass(frozen=True)
class CupsRequest:
    """What the dialog offers: the printers, the pack's page count and the proposed copies."""

    title: str
    page_count: int
    copies: int
    printers: tuple[str, ...]
    default: str | None = None


@dataclass(frozen=True)
class CupsChoice:
    printer: str
    copies: int
    two_sided: bool
    first_page: int
    last_page: int


class CupsPrintDialog(QDialog):
    def __init__(self, request: CupsRequest, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.request = request
        self.setWindowTitle(self.tr("Imprimer"))
        self.printer = QComboBox(self)
        self.printer.addItems(list(request.printers))
        if request.default in request.printers:
            self.printer.setCurrentText(request.default)
        self.copies = QSpinBox(self)
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(min(MAX_COPIES, max(1, request.copies)))
        self.two_sided = QCheckBox(self.tr("Recto verso"), self)
        self.two_sided.setChecked(True)
        self.first_page = QSpinBox(self)
        self.last_page = QSpinBox(self)
        for box in (self.first_page, self.last_page):
            box.setRange(1, request.page_count)
        self.first_page.setValue(1)
        self.last_page.setValue(request.page_count)
        self.first_page.valueChanged.connect(self._keep_order)
        self.last_page.valueChanged.connect(self._keep_order)

        pages = QHBoxLayout()
        pages.addWidget(QLabel(self.tr("de"), self))
        pages.addWidget(self.first_page)
        pages.addWidget(QLabel(self.tr("à"), self))
        pages.addWidget(self.last_page)
        pages.addWidget(QLabel(self.tr("(sur {n})").format(n=request.page_count), self))
        pages.addStretch(1)
        form = QFormLayout()
        form.addRow(self.tr("&Imprimante :"), self.printer)
        form.addRow(self.tr("&Exemplaires :"), self.copies)
        form.addRow("", self.two_sided)
        form.addRow(self.tr("Pages :"), pages)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("Imprimer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if request.title:
            layout.addWidget(QLabel(request.title, self))
        layout.addLayout(form)
        layout.addWidget(self.buttons)

    def _keep_order(self) -> None:
        if self.first_page.value() > self.last_page.value():
            sender = self.sender()
            if sender is self.first_page:
                self.last_page.setValue(self.first_page.value())
            else:
                self.first_page.setValue(self.last_page.value())

    def choice(self) -> CupsChoice:
        return CupsChoice(
            printer=self.printer.currentText(),
            copies=self.copies.value(),
            two_sided=self.two_sided.isChecked(),
            first_page=self.first_page.value(),
            last_page=self.last_page.value(),
        )
