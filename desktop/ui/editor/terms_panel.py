"""Offer terms: engagement among the durations every product allows, renewal, delays, validity."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QPlainTextEdit,
    QSpinBox,
    QWidget,
)

from desktop.domain import bounds
from desktop.domain.catalogue import ENGAGEMENT_CHOICES
from desktop.domain.labels import SIZE_LABELS
from desktop.domain.vocabulary import ClientSize
from desktop.ui import formats as fmt
from desktop.ui.dates import DateEdit
from desktop.ui.editor.client_panel import language_combo, show_language
from desktop.ui.fit import PlainComboBox
from desktop.ui.ports import DraftLine, OfferDraft


def allowed_engagements(lines: Sequence[DraftLine]) -> tuple[int, ...]:
    """The durations every chosen product allows (all standard choices when there is no line)."""
    allowed = set(ENGAGEMENT_CHOICES)
    for line in lines:
        allowed &= set(line.allowed_engagements)
    if lines and not allowed:
        return ()
    return tuple(sorted(allowed))


def closest_engagement(current: int, allowed: Sequence[int]) -> int:
    """Keep `current` when allowed, else the longest allowed duration below it, else the shortest."""
    if current in allowed or not allowed:
        return current
    below = [m for m in allowed if m <= current]
    return max(below) if below else min(allowed)


def _size(data: object) -> ClientSize | None:
    return ClientSize(data) if isinstance(data, str) and data else None


class TermsPanel(QGroupBox):
    """Emits `changed(field, value)` on each user edit; `show_draft` fills it without emitting."""

    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Conditions de l'offre"))
        self._filling = False
        self.engagement = PlainComboBox()
        self.renewal = QSpinBox()
        self.renewal.setRange(bounds.MONTHS_MIN, bounds.MONTHS_MAX)
        self.renewal.setSuffix(self.tr(" mois"))
        self.lead_time = QSpinBox()
        self.lead_time.setRange(0, 365)
        self.lead_time.setSuffix(self.tr(" jours"))
        self.payment = QSpinBox()
        self.payment.setRange(0, 120)
        self.payment.setSuffix(self.tr(" jours"))
        self.validity = DateEdit()
        # the bounds of a real offer
        self.validity.setDateRange(QDate(bounds.YEAR_MIN, 1, 1), QDate(bounds.YEAR_MAX, 12, 31))
        self.documents = QPlainTextEdit()
        self.documents.setPlaceholderText(
            self.tr("Une pièce par ligne (extrait RCS, RIB, pièce d'identité…)")
        )
        self.documents.setMinimumHeight(80)
        self.documents.setMaximumHeight(110)
        self.client_size = PlainComboBox()
        self.client_size.addItem(self.tr("Déclarée à la signature"), None)
        for size in ClientSize:
            name = SIZE_LABELS[size].name
            self.client_size.addItem(name[:1].upper() + name[1:], size.value)  # labels catalogue
        self.client_size.setToolTip(
            self.tr("Taille du client pour la renonciation au résumé contractuel (art. 15 des CGV)")
        )
        self.language = language_combo()
        self.language.setToolTip(self.tr("La langue dans laquelle l'offre et son contrat sont imprimés"))
        self.conditions = QPlainTextEdit()
        self.conditions.setPlaceholderText(self.tr("Conditions particulières"))
        self.conditions.setMinimumHeight(60)
        self.conditions.setMaximumHeight(110)
        for text in (self.documents, self.conditions):
            text.setTabChangesFocus(True)  # Tab goes on to the next field, it types no tab
        form = QFormLayout(self)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)  # narrow screens: label above
        form.addRow(self.tr("Engagement"), self.engagement)
        form.addRow(self.tr("Reconduction"), self.renewal)
        form.addRow(self.tr("Délai de mise à disposition"), self.lead_time)
        form.addRow(self.tr("Délai de paiement"), self.payment)
        form.addRow(self.tr("Validité de l'offre"), self.validity)
        form.addRow(self.tr("Taille déclarée du client"), self.client_size)
        form.addRow(self.tr("Langue du document"), self.language)
        form.addRow(self.tr("Pièces à communiquer"), self.documents)
        form.addRow(self.tr("Conditions particulières"), self.conditions)

        self.engagement.activated.connect(
            lambda _i: self._emit("engagement_months", int(self.engagement.currentData()))
        )
        self.renewal.valueChanged.connect(lambda v: self._emit("renewal_months", v))
        self.client_size.activated.connect(
            lambda _i: self._emit("client_size", _size(self.client_size.currentData()))
        )
        self.language.activated.connect(
            lambda _i: self._emit("document_language", str(self.language.currentData()))
        )
        self.lead_time.valueChanged.connect(lambda v: self._emit("lead_time_days", v))
        self.payment.valueChanged.connect(lambda v: self._emit("payment_term_days", v))
        self.validity.dateChanged.connect(lambda d: self._emit("validity_date", d.toPython()))
        self.documents.textChanged.connect(
            lambda: self._emit(
                "required_documents",
                tuple(s.strip() for s in self.documents.toPlainText().split("\n") if s.strip()),
            )
        )
        self.conditions.textChanged.connect(
            lambda: self._emit("special_conditions", self.conditions.toPlainText())
        )

    def _emit(self, field: str, value: object) -> None:
        if not self._filling:
            self.changed.emit(field, value)

    def show_draft(self, draft: OfferDraft) -> None:
        self._filling = True
        try:
            self.engagement.clear()
            for months in allowed_engagements(draft.lines) or (draft.engagement_months,):
                self.engagement.addItem(fmt.months(months), months)  # CLDR plurals
            self.engagement.setCurrentIndex(max(self.engagement.findData(draft.engagement_months), 0))
            self.renewal.setValue(draft.renewal_months)
            self.client_size.setCurrentIndex(
                max(self.client_size.findData(draft.client_size and draft.client_size.value), 0)
            )
            show_language(self.language, draft.document_language)
            self.lead_time.setValue(draft.lead_time_days)
            self.payment.setValue(draft.payment_term_days)
            day: dt.date = draft.validity_date
            self.validity.setDate(QDate(day.year, day.month, day.day))
            documents = "\n".join(draft.required_documents)
            if self.documents.toPlainText().strip() != documents:
                self.documents.setPlainText(documents)
            if self.conditions.toPlainText() != draft.special_conditions:
                self.conditions.setPlainText(draft.special_conditions)
        finally:
            self._filling = False

    def focus_chain(self) -> list[QWidget]:
        return [
            self.engagement,
            self.renewal,
            self.lead_time,
            self.payment,
            self.validity,
            self.client_size,
            self.language,
            self.documents,
            self.conditions,
        ]

    def set_read_only(self, read_only: bool) -> None:
        for widget in (
            self.engagement,
            self.renewal,
            self.lead_time,
            self.payment,
            self.validity,
            self.client_size,
            self.language,
        ):
            widget.setEnabled(not read_only)
        self.documents.setReadOnly(read_only)
        self.conditions.setReadOnly(read_only)
