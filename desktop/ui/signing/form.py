"""The two form steps of signing mode: the client's (CGV, waiver, size, signatory, signature)
and the representative's countersignature. Pure widgets: no service call happens here.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QFont, QMouseEvent, QPixmap
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.documents.zone import local
from desktop.domain.labels import SIZE_LABELS
from desktop.domain.signature import SignatureCapture
from desktop.domain.vocabulary import ClientSize
from desktop.ui import formats as fmt
from desktop.ui.signing.ink import render_signature
from desktop.ui.signing.ports import SigningContext
from desktop.ui.signing.signature_pad import SignaturePad


class _ClickLabel(QLabel):
    clicked = Signal()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)


class WrappingCheckBox(QWidget):
    """A check box whose long statement wraps; clicking the text ticks the box too."""

    toggled = Signal(bool)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.box = QCheckBox(self)
        self.box.setAccessibleName(text.replace("&", ""))
        self.label = _ClickLabel(text, self)
        self.label.setWordWrap(True)
        self.label.setBuddy(self.box)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        self.label.clicked.connect(self.box.toggle)
        self.box.toggled.connect(self.toggled)
        self.setFocusProxy(self.box)

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("heading")
    font = QFont(label.font())
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


class ClientStep(QWidget):
    """Step 1, filled in by or with the client."""

    changed = Signal()

    def __init__(
        self, context: SigningContext, parent: QWidget | None = None, *, dots_per_inch: float | None = None
    ) -> None:
        super().__init__(parent)
        date = fmt.date(context.cgv_effective_date)
        self.cgv = WrappingCheckBox(
            self.tr(
                "Le client a lu et accepte les conditions générales de vente du {date}, "
                "jointes à l'offre (version « {label} »)."
            ).format(label=context.cgv_label, date=date),
            self,
        )
        self.waiver = WrappingCheckBox(
            self.tr(
                "Le client renonce expressément à la fourniture d'un récapitulatif contractuel "
                "(article 15 des CGV ; article 113 de la loi du 17 décembre 2021)."
            ),
            self,
        )
        size_box = QGroupBox(self.tr("Le client déclare être :"), self)
        self.size_group = QButtonGroup(self)
        self.size_buttons: dict[ClientSize, QRadioButton] = {}
        size_layout = QVBoxLayout(size_box)
        for size in ClientSize:
            button = QRadioButton(SIZE_LABELS[size].declared, size_box)  # labels catalogue
            self.size_group.addButton(button)
            self.size_buttons[size] = button
            size_layout.addWidget(button)
        if context.client_size is not None:
            self.size_buttons[context.client_size].setChecked(True)

        self.signatory_name = QLineEdit(context.signatory_name, self)
        self.signatory_function = QLineEdit(context.signatory_function, self)
        self.place = QLineEdit(context.place, self)
        self.moment = QLabel(self)
        self.signatory_name.setPlaceholderText(self.tr("Prénom et nom"))
        self.signatory_function.setPlaceholderText(self.tr("par ex. gérant, directeur administratif"))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(self.tr("&Nom du signataire"), self.signatory_name)
        form.addRow(self.tr("&Fonction"), self.signatory_function)
        form.addRow(self.tr("&Lieu"), self.place)
        form.addRow(self.tr("Date et heure"), self.moment)

        self.pad = SignaturePad(
            self.tr("Signature du client, précédée de « Lu et approuvé »"),
            self,
            dots_per_inch=dots_per_inch,
        )
        self.pad.canvas.setMinimumHeight(220)

        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("1. Acceptation par le client"), self))
        layout.addWidget(self.cgv)
        layout.addWidget(self.waiver)
        layout.addWidget(size_box)
        layout.addLayout(form)
        layout.addWidget(self.pad, 1)

        for signal in (
            self.cgv.toggled,
            self.waiver.toggled,
            self.size_group.buttonToggled,
            self.signatory_name.textChanged,
            self.signatory_function.textChanged,
            self.place.textChanged,
            self.pad.changed,
        ):
            signal.connect(self.changed)

    def show_moment(self, moment: dt.datetime) -> None:
        """In the company's time zone, as the pack prints it (whatever the laptop's zone)."""
        here = local(moment) if moment.tzinfo is not None else moment
        self.moment.setText(
            # the 24-hour clock in all three languages, as desktop.domain.formatting writes it
            self.tr("le {date} à {time}").format(date=fmt.date(here.date()), time=here.strftime("%H:%M"))
        )

    def client_size(self) -> ClientSize | None:
        for size, button in self.size_buttons.items():
            if button.isChecked():
                return size
        return None

    def missing(self) -> list[str]:
        """What still has to be done on this step, in the order of the form."""
        gaps = []
        if not self.cgv.isChecked():
            gaps.append(self.tr("accepter les CGV"))
        if not self.waiver.isChecked():
            gaps.append(self.tr("cocher la renonciation au récapitulatif contractuel"))
        if self.client_size() is None:
            gaps.append(self.tr("déclarer la taille de l'entreprise"))
        if not self.signatory_name.text().strip():
            gaps.append(self.tr("indiquer le nom du signataire"))
        if not self.signatory_function.text().strip():
            gaps.append(self.tr("indiquer la fonction du signataire"))
        if not self.place.text().strip():
            gaps.append(self.tr("indiquer le lieu"))
        if self.pad.is_empty():
            gaps.append(self.tr("faire signer le client"))
        elif not self.pad.is_enough_ink():
            gaps.append(self.tr("signature du client trop courte : signer à nouveau"))
        return gaps

    def set_editable(self, editable: bool) -> None:
        for widget in (self.cgv, self.waiver, self.signatory_name, self.signatory_function, self.place):
            widget.setEnabled(editable)
        for button in self.size_buttons.values():
            button.setEnabled(editable)
        self.pad.setEnabled(editable)


class RepresentativeStep(QWidget):
    """Step 2: the representative countersigns by hand, or with the signature in the settings."""

    changed = Signal()

    def __init__(
        self, context: SigningContext, parent: QWidget | None = None, *, dots_per_inch: float | None = None
    ) -> None:
        super().__init__(parent)
        self._stored = context.stored_signature
        self.pad = SignaturePad(
            self.tr("Signature de {name}").format(name=context.representative_name),
            self,
            dots_per_inch=dots_per_inch,
        )
        self.pad.canvas.setMinimumHeight(220)
        self.stored_preview = QLabel(self)
        self.stored_preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stored_preview.setMinimumHeight(220)
        self.stored_preview.setStyleSheet("background: white; border: 1px solid #96a0af; border-radius: 8px;")
        self.stored_preview.setAccessibleName(self.tr("Signature enregistrée"))
        self.pages = QStackedWidget(self)
        self.pages.addWidget(self.pad)
        self.pages.addWidget(self.stored_preview)
        self.use_stored = QPushButton(self.tr("Utiliser ma &signature enregistrée"), self)
        self.use_stored.setCheckable(True)
        self.use_stored.setAutoDefault(False)
        if self._stored is None or not self._stored.is_enough_ink():
            self.use_stored.setEnabled(False)
            self.use_stored.setToolTip(self.tr("Aucune signature enregistrée dans les paramètres."))
        self.use_stored.toggled.connect(self._toggle_stored)
        # a stored signature is proposed at once: the representative only confirms
        self.use_stored.setChecked(self.use_stored.isEnabled())

        who = context.representative_name
        if context.representative_function:
            who = f"{who}, {context.representative_function}"
        layout = QVBoxLayout(self)
        layout.addWidget(_heading(self.tr("2. Contre-signature du représentant"), self))
        intro = QLabel(self.tr("Pour la société : {who}").format(who=who), self)
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.use_stored, 0, Qt.AlignmentFlag.AlignLeft)
        self.pad.changed.connect(self.changed)

    def _toggle_stored(self, on: bool) -> None:
        if on and self._stored is not None:
            size = QSize(
                max(self.stored_preview.width() - 24, 320), max(self.stored_preview.height() - 24, 160)
            )
            self.stored_preview.setPixmap(QPixmap.fromImage(render_signature(self._stored, size)))
            self.pages.setCurrentWidget(self.stored_preview)
            self.use_stored.setText(self.tr("&Signer à la main"))
        else:
            self.pages.setCurrentWidget(self.pad)
            self.use_stored.setText(self.tr("Utiliser ma &signature enregistrée"))
        self.changed.emit()

    def uses_stored(self) -> bool:
        return self.use_stored.isChecked() and self._stored is not None

    def capture(self) -> SignatureCapture | None:
        if self.uses_stored():
            return self._stored
        return self.pad.capture()

    def missing(self) -> list[str]:
        if self.uses_stored():
            return []
        if self.pad.is_empty():
            return [self.tr("contre-signer (représentant)")]
        if not self.pad.is_enough_ink():
            return [self.tr("contre-signature trop courte : signer à nouveau")]
        return []

    def set_editable(self, editable: bool) -> None:
        self.pad.setEnabled(editable)
        self.use_stored.setEnabled(editable and self._stored is not None and self._stored.is_enough_ink())
