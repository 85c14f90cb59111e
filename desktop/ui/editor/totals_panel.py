"""Live totals: monthly and one-off charges apart, each HT / TVA / TTC, and the contract value."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QGridLayout, QGroupBox, QHBoxLayout, QLabel, QWidget

from desktop.domain.pricing import PricedOffer, Totals
from desktop.ui import formats as fmt


class TotalsPanel(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Totaux"))
        grid = QGridLayout(self)
        grid.setVerticalSpacing(2)  # compact: the lines above get the height of a small screen
        grid.addWidget(QLabel(""), 0, 0)
        for column, title in enumerate((self.tr("HT"), self.tr("TVA"), self.tr("TTC")), start=1):
            label = QLabel(f"<b>{title}</b>")
            label.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(label, 0, column)
        self.cells: dict[str, QLabel] = {}
        for row, (key, title) in enumerate(
            (("monthly", self.tr("Redevance mensuelle")), ("installation", self.tr("Frais d'installation"))),
            start=1,
        ):
            grid.addWidget(QLabel(title), row, 0)
            for column, part in enumerate(("ht", "vat", "ttc"), start=1):
                cell = QLabel()
                cell.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                self.cells[f"{key}.{part}"] = cell
                grid.addWidget(cell, row, column)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.HLine)
        grid.addWidget(line, 3, 0, 1, 4)
        self.rates = QLabel()
        self.rates.setWordWrap(True)
        self.rates.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.index = QLabel()
        self.index.setWordWrap(True)  # wraps rather than widening the editor
        self.index.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
        self.contract = QLabel()
        notes = QHBoxLayout()  # VAT rates and the indexation side by side (wrapping when narrow)
        notes.addWidget(self.rates)
        notes.addWidget(self.index, 1)
        grid.addLayout(notes, 4, 0, 1, 4)
        contract_title = QLabel(self.tr("Valeur totale du contrat (HT, engagement initial)"))
        contract_title.setWordWrap(True)
        grid.addWidget(contract_title, 5, 0, 1, 3)
        self.contract.setAlignment(Qt.AlignmentFlag.AlignRight)
        grid.addWidget(self.contract, 5, 3)

    def show_priced(self, priced: PricedOffer, contract_value: Decimal, engagement_months: int) -> None:
        self._fill("monthly", priced.monthly)
        self._fill("installation", priced.installation)
        rates = sorted({v.rate for v in priced.monthly.by_rate + priced.installation.by_rate}, reverse=True)
        self.rates.setText(
            self.tr("TVA : {0}").format(", ".join(fmt.percent(r) for r in rates)) if rates else ""
        )
        self.index.setText(
            self.tr("Frais d'installation indexés : cote {0} / base {1}").format(
                fmt.number(priced.cote), fmt.number(priced.reference)
            )
        )
        self.contract.setText(f"<b>{fmt.money(contract_value)}</b>")
        self.contract.setToolTip(self.tr("Installation + {0} mensualités").format(engagement_months))

    def _fill(self, key: str, totals: Totals) -> None:
        self.cells[f"{key}.ht"].setText(fmt.money(totals.ht))
        self.cells[f"{key}.vat"].setText(fmt.money(totals.vat))
        self.cells[f"{key}.ttc"].setText(f"<b>{fmt.money(totals.ttc)}</b>")

    def text_of(self, key: str) -> str:
        """The plain text of one cell, e.g. `monthly.ttc` (used by tests and accessibility)."""
        return self.cells[key].text().replace("<b>", "").replace("</b>", "")
