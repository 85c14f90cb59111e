"""Paramètres: representative, seller identity, STATEC series, VAT table, CGV, sealing, backups."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings, QSize, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.documents import zone
from desktop.domain.errors import DomainError
from desktop.domain.formatting import Lang
from desktop.domain.indexation import IndexSeries
from desktop.domain.vat import VatCategory, VatTable
from desktop.ui import formats as fmt
from desktop.ui import user_settings
from desktop.ui.dialogs import Dialogs
from desktop.ui.error_text import user_message
from desktop.ui.fit import PlainComboBox
from desktop.ui.languages import LANGUAGE_NAMES, in_language
from desktop.ui.ports import USER_ERRORS, Backend, SettingsData
from desktop.ui.seal_settings_box import SealSettingsBox
from desktop.ui.signing.ink import render_signature
from desktop.ui.signing.signature_pad import SignaturePad

TWO_COLUMNS_WIDTH = 1100
VAT_COLUMNS = ("start", "end", *(c.value for c in VatCategory))
# Said in the language chosen (not the one shown) once a new language is saved.
RESTART_NOTE = str(
    QT_TRANSLATE_NOOP("SettingsPage", "La langue choisie s'appliquera au prochain démarrage d'OfferDesk.")
)


def _parse_day(text: str, what: str) -> dt.date:
    text = text.strip()
    for pattern in fmt.date_input_formats():
        try:
            return dt.datetime.strptime(text, pattern).date()  # noqa: DTZ007 - a calendar date
        except ValueError:
            continue
    raise DomainError(
        QCoreApplication.translate("SettingsPage", "{0} : « {1} » n'est pas une date (JJ/MM/AAAA)").format(
            what, text
        )
    )


def _parse_number(text: str, what: str) -> Decimal:
    try:
        value = fmt.parse_decimal(text)
    except InvalidOperation:
        raise DomainError(
            QCoreApplication.translate("SettingsPage", "{0} : « {1} » n'est pas un nombre").format(what, text)
        ) from None
    if not value.is_finite() or value < 0:
        raise DomainError(
            QCoreApplication.translate("SettingsPage", "{0} : « {1} » n'est pas un nombre positif").format(
                what, text
            )
        )
    return value


def _cell(table: QTableWidget, row: int, column: int) -> str:
    item = table.item(row, column)
    return item.text() if item is not None else ""


class SettingsPage(QWidget):
    restored = Signal()  # the database file was replaced: the application must quit

    def __init__(
        self,
        backend: Backend,
        dialogs: Dialogs,
        parent: QWidget | None = None,
        ui_settings: QSettings | None = None,
    ) -> None:
        """`ui_settings`: the window-settings file the interface language is saved in
        (desktop.ui.user_settings); without one the language row is not shown."""
        super().__init__(parent)
        self._backend = backend
        self._dialogs = dialogs
        self._ui_settings = ui_settings
        self.language = PlainComboBox()
        for code, name in LANGUAGE_NAMES:  # each in its own language, never translated
            self.language.addItem(name, code)
        self.language_note = QLabel()  # what happens to a new choice, in its language
        self.language_note.setWordWrap(True)
        self._loaded: SettingsData | None = None  # what refresh() showed; saved back with the edits
        self.rep_name = QLineEdit()
        self.rep_function = QLineEdit()  # printed under the representative's signature
        self.rep_function.setPlaceholderText(self.tr("p. ex. Responsable grands comptes"))
        self.rep_email = QLineEdit()
        self.rep_phone = QLineEdit()
        self.rep_code = QLineEdit()
        self.rep_code.setMaxLength(8)
        self.place = QLineEdit()
        self.pad = SignaturePad(
            self.tr("Nouvelle signature (facultatif : remplace la signature enregistrée)")
        )
        self.pad.setMinimumHeight(160)
        self.seller_name = QLineEdit()
        self.seller_legal_form = QLineEdit()
        self.seller_address = QLineEdit()
        self.seller_address_line2 = QLineEdit()
        self.seller_postcode = QLineEdit()
        self.seller_city = QLineEdit()
        self.seller_country = QLineEdit()
        self.seller_country.setMaxLength(2)
        self.seller_country.setToolTip(self.tr("Code pays ISO à deux lettres, p. ex. LU"))
        self.seller_rcs = QLineEdit()
        self.seller_vat = QLineEdit()
        self.seller_phone = QLineEdit()
        self.seller_email = QLineEdit()
        self.seller_website = QLineEdit()
        self.time_zone = QLineEdit()
        self.time_zone.setToolTip(
            self.tr(
                "Fuseau horaire de la société (IANA), p. ex. Europe/Luxembourg : "
                "les heures des écrans et des documents"
            )
        )
        self.seal_box = SealSettingsBox(backend, dialogs)
        self.certificate = self.seal_box.certificate
        self.passphrase = self.seal_box.passphrase
        self.stored_signature = QLabel()
        self.stored_signature.setMinimumHeight(60)
        self.save_button = QPushButton(self.tr("Enregistrer les paramètres"))

        rep = QGroupBox(self.tr("Représentant"))
        rep_form = QFormLayout(rep)
        rep_form.addRow(self.tr("Nom"), self.rep_name)
        rep_form.addRow(self.tr("Fonction"), self.rep_function)
        rep_form.addRow(self.tr("E-mail"), self.rep_email)
        rep_form.addRow(self.tr("Téléphone"), self.rep_phone)
        rep_form.addRow(self.tr("Code (numéros d'offre)"), self.rep_code)
        rep_form.addRow(self.tr("Lieu de signature par défaut"), self.place)
        rep_form.addRow(self.tr("Signature enregistrée"), self.stored_signature)
        rep_form.addRow(self.pad)
        seller = QGroupBox(self.tr("Vendeur (imprimé sur les documents)"))
        seller_form = QFormLayout(seller)
        seller_form.addRow(self.tr("Raison sociale"), self.seller_name)
        seller_form.addRow(self.tr("Forme juridique"), self.seller_legal_form)
        seller_form.addRow(self.tr("Adresse"), self.seller_address)
        seller_form.addRow(self.tr("Complément d'adresse"), self.seller_address_line2)
        seller_form.addRow(self.tr("Code postal"), self.seller_postcode)
        seller_form.addRow(self.tr("Localité"), self.seller_city)
        seller_form.addRow(self.tr("Pays"), self.seller_country)
        seller_form.addRow(self.tr("RCS"), self.seller_rcs)
        seller_form.addRow(self.tr("N° TVA"), self.seller_vat)
        seller_form.addRow(self.tr("Téléphone"), self.seller_phone)
        seller_form.addRow(self.tr("E-mail"), self.seller_email)
        seller_form.addRow(self.tr("Site web"), self.seller_website)
        seller_form.addRow(self.tr("Fuseau horaire"), self.time_zone)

        self.series_reference = QLineEdit()
        self.series_reference.setReadOnly(True)  # the CGV fix it: fees are stated at this cote
        self.series_reference.setToolTip(
            self.tr(
                "La cote de référence est fixée par les CGV (944,43 au 01/09/2023) : "
                "elle ne se modifie pas ici."
            )
        )
        self.series = QTableWidget(0, 2)
        self.series.setHorizontalHeaderLabels([self.tr("En vigueur le"), self.tr("Cote")])
        self.series.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.series.setMinimumHeight(200)
        self.series_add = QPushButton(self.tr("Ajouter une cote"))
        self.series_remove = QPushButton(self.tr("Retirer"))
        self.series_save = QPushButton(self.tr("Enregistrer la série"))
        statec = QGroupBox(self.tr("Indice STATEC (cote d'application)"))
        statec_layout = QVBoxLayout(statec)
        ref_row = QFormLayout()
        ref_row.addRow(self.tr("Cote de référence (fixée par les CGV)"), self.series_reference)
        statec_layout.addLayout(ref_row)
        statec_layout.addWidget(self.series)
        statec_buttons = QHBoxLayout()
        for button in (self.series_add, self.series_remove, self.series_save):
            statec_buttons.addWidget(button)
        statec_layout.addLayout(statec_buttons)

        self.vat = QTableWidget(0, len(VAT_COLUMNS))
        self.vat.setHorizontalHeaderLabels(
            [self.tr("Du"), self.tr("Au"), self.tr("Normal"), self.tr("Intermédiaire"),
             self.tr("Réduit"), self.tr("Super-réduit")]
        )  # fmt: skip
        self.vat.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.vat.setMinimumHeight(150)
        self.vat_add = QPushButton(self.tr("Ajouter une période"))
        self.vat_remove = QPushButton(self.tr("Retirer"))
        self.vat_save = QPushButton(self.tr("Enregistrer les taux"))
        vat_box = QGroupBox(self.tr("Taux de TVA (%)"))
        vat_layout = QVBoxLayout(vat_box)
        vat_layout.addWidget(self.vat)
        vat_buttons = QHBoxLayout()
        vat_buttons.addWidget(self.vat_add)
        vat_buttons.addWidget(self.vat_remove)
        vat_buttons.addWidget(self.vat_save)
        vat_layout.addLayout(vat_buttons)

        self.cgv = QTableWidget(0, 3)
        self.cgv.setHorizontalHeaderLabels([self.tr("Version"), self.tr("En vigueur le"), self.tr("SHA-256")])
        self.cgv.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.cgv.setMaximumHeight(120)
        self.cgv.setEditTriggers(
            QTableWidget.EditTrigger.NoEditTriggers
        )  # versions are records, not settings
        cgv_box = QGroupBox(self.tr("Conditions générales de vente"))
        QVBoxLayout(cgv_box).addWidget(self.cgv)

        self.backup_button = QPushButton(self.tr("Sauvegarder la base…"))
        self.restore_button = QPushButton(self.tr("Restaurer une sauvegarde…"))
        self.encrypt_button = QPushButton(self.tr("Chiffrer la base…"))
        self.at_rest_status = QLabel()  # encrypted or not: what a lost laptop would expose
        self.at_rest_status.setWordWrap(True)
        backup_box = QGroupBox(self.tr("Sauvegarde"))
        backup_layout = QHBoxLayout()
        backup_layout.addWidget(self.backup_button)
        backup_layout.addWidget(self.restore_button)
        backup_layout.addWidget(self.encrypt_button)
        backup_layout.addStretch(1)
        backup_column = QVBoxLayout(backup_box)
        backup_column.addLayout(backup_layout)
        backup_column.addWidget(self.at_rest_status)

        content = QWidget()
        self.columns = columns = QHBoxLayout(content)  # one above the other on a narrow screen
        left, right = QVBoxLayout(), QVBoxLayout()
        left.addWidget(rep)
        left.addWidget(seller)
        left.addWidget(self.seal_box)
        if ui_settings is not None:
            interface = QGroupBox(self.tr("Interface"))
            interface_form = QFormLayout(interface)
            interface_form.addRow(self.tr("Langue de l'interface"), self.language)
            interface_form.addRow(self.language_note)
            left.addWidget(interface)
            self._show_language()
        left.addWidget(self.save_button)
        left.addStretch(1)
        right.addWidget(statec)
        right.addWidget(vat_box)
        right.addWidget(cgv_box)
        right.addWidget(backup_box)
        right.addStretch(1)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)
        # the columns go one above the other below TWO_COLUMNS_WIDTH (resizeEvent), so the page's
        # minimum stays that of one column; a sideways scroll bar only in between
        scroll = QScrollArea()
        scroll.setWidget(content)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(self).addWidget(scroll)
        self.status = QLabel()

        self.save_button.clicked.connect(self.save_settings)
        self.series_add.clicked.connect(lambda: self._add_row(self.series, [fmt.date(zone.today()), ""]))
        self.series_remove.clicked.connect(lambda: self.series.removeRow(self.series.currentRow()))
        self.series_save.clicked.connect(self.save_series)
        self.vat_add.clicked.connect(
            lambda: self._add_row(self.vat, [fmt.date(zone.today()), "", "17", "14", "8", "3"])
        )
        self.vat_remove.clicked.connect(lambda: self.vat.removeRow(self.vat.currentRow()))
        self.vat_save.clicked.connect(self.save_vat)
        self.backup_button.clicked.connect(self.backup)
        self.restore_button.clicked.connect(self.restore)
        self.encrypt_button.clicked.connect(self.encrypt_database)

    @staticmethod
    def _add_row(table: QTableWidget, values: list[str]) -> None:
        row = table.rowCount()
        table.insertRow(row)
        for column, value in enumerate(values):
            table.setItem(row, column, QTableWidgetItem(value))
        table.setCurrentCell(row, 0)

    def refresh(self) -> None:
        data = self._backend.settings()
        self._loaded = data
        for name, edit in self._company_fields().items():
            edit.setText(getattr(data.company, name))
        for name, edit in self._representative_fields().items():
            edit.setText(getattr(data.representative, name))
        for name, edit in self._text_fields().items():
            edit.setText(str(getattr(data, name)))
        self.seal_box.refresh(data.sealing_certificate)
        self._stored_signature = data.rep_signature
        if data.rep_signature is not None:
            image = render_signature(data.rep_signature, QSize(320, 80))
            self.stored_signature.setPixmap(QPixmap.fromImage(image))
        else:
            self.stored_signature.setText(self.tr("Aucune : tracez-la ci-dessous."))
        series = self._backend.series()
        self.series_reference.setText(fmt.number(series.reference))
        self.series.setRowCount(0)
        for point in series.points:
            self._add_row(self.series, [fmt.date(point.start), fmt.number(point.value)])
        self.vat.setRowCount(0)
        for period in self._backend.vat_table().periods:
            values = [fmt.date(period.start), fmt.date(period.end)]
            values += [fmt.percent(period.rates[c]).replace("\u00a0%", "") for c in VatCategory]
            self._add_row(self.vat, values)
        self.cgv.setRowCount(0)
        for version in self._backend.cgv_versions():
            self._add_row(self.cgv, [version.label, fmt.date(version.effective_date), version.sha256])
        self.show_at_rest()

    def _show_language(self) -> None:
        """The combo on the language chosen (else the running one), and the note if it is
        not the running one yet."""
        assert self._ui_settings is not None
        chosen = user_settings.chosen_language(self._ui_settings) or i18n.current_language()
        self.language.setCurrentIndex(max(0, self.language.findData(chosen)))
        self._language_shown = chosen
        self._note_language(chosen)

    def _note_language(self, chosen: Lang) -> None:
        current = i18n.current_language()
        note = "" if chosen == current else in_language(chosen, "SettingsPage", RESTART_NOTE, current)
        self.language_note.setText(note)
        self.language_note.setVisible(bool(note))

    def save_language(self) -> None:
        """Store the language chosen (applied at the next start) and say so in that language."""
        if self._ui_settings is None:
            return
        chosen = LANGUAGE_NAMES[max(0, self.language.currentIndex())][0]
        if chosen != self._language_shown:  # unchanged: a language never chosen stays unset
            user_settings.choose_language(self._ui_settings, chosen)
            self._language_shown = chosen
        self._note_language(chosen)

    def save_settings(self) -> None:
        # first: a language can be chosen before the representative is set up (first start)
        self.save_language()
        signature = self._stored_signature
        if not self.pad.is_empty():
            signature = self.pad.check()
            if signature is None:
                return
        # what was loaded, with what the form shows as it is now: a field the form does not
        # show (or one left as it was) is written back unchanged, never blanked
        loaded = self._loaded or self._backend.settings()
        company = {name: edit.text().strip() for name, edit in self._company_fields().items()}
        company["country"] = company["country"].upper()
        representative = {name: edit.text().strip() for name, edit in self._representative_fields().items()}
        representative["code"] = representative["code"].upper()
        shown = {name: edit.text().strip() for name, edit in self._text_fields().items()}
        shown["place"] = shown["place"] or "Luxembourg"
        data = dataclasses.replace(
            loaded,
            **shown,
            company=dataclasses.replace(loaded.company, **company),
            representative=dataclasses.replace(loaded.representative, **representative),
            rep_signature=signature,
            sealing_passphrase=self.passphrase.text(),
        )
        if not data.representative.name or not data.representative.code:
            self._dialogs.error(
                self, self.tr("Paramètres"), self.tr("Le nom et le code du représentant sont requis.")
            )
            return
        if self._run(lambda: self._backend.save_settings(data)):
            self.pad.clear()
            self._dialogs.info(self, self.tr("Paramètres"), self.tr("Paramètres enregistrés."))
            self.refresh()

    def _company_fields(self) -> dict[str, QLineEdit]:
        """Each field of the seller's identity (CompanyInput) with the line edit showing it."""
        return {
            "legal_name": self.seller_name, "legal_form": self.seller_legal_form,
            "address_line1": self.seller_address, "address_line2": self.seller_address_line2,
            "postcode": self.seller_postcode, "city": self.seller_city, "country": self.seller_country,
            "rcs": self.seller_rcs, "vat_number": self.seller_vat, "phone": self.seller_phone,
            "email": self.seller_email, "website": self.seller_website,
        }  # fmt: skip

    def _representative_fields(self) -> dict[str, QLineEdit]:
        """Each field of the representative (RepresentativeInput) with its line edit."""
        return {
            "name": self.rep_name, "function": self.rep_function, "email": self.rep_email,
            "phone": self.rep_phone, "code": self.rep_code,
        }  # fmt: skip

    def _text_fields(self) -> dict[str, QLineEdit]:
        """The other SettingsData text fields the form shows, with their line edits."""
        return {"place": self.place, "time_zone": self.time_zone, "sealing_certificate": self.certificate}

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Two columns when there is room, one above the other on a narrow screen."""
        super().resizeEvent(event)
        direction = (
            QBoxLayout.Direction.LeftToRight if self.width() >= 1100 else QBoxLayout.Direction.TopToBottom
        )
        if self.columns.direction() != direction:
            self.columns.setDirection(direction)

    def parsed_series(self) -> IndexSeries:
        reference = _parse_number(self.series_reference.text(), self.tr("Cote de référence"))
        points = []
        for row in range(self.series.rowCount()):
            line = self.tr("Ligne {0}").format(row + 1)
            points.append(
                (
                    _parse_day(_cell(self.series, row, 0), line),
                    _parse_number(_cell(self.series, row, 1), line),
                )
            )
        if not points:
            raise DomainError(self.tr("La série doit contenir au moins une cote."))
        if len({d for d, _ in points}) != len(points):
            raise DomainError(self.tr("Deux cotes ont la même date."))
        return IndexSeries.of(reference, points)

    def parsed_vat(self) -> VatTable:
        rows: list[dict[str, str | None]] = []
        for row in range(self.vat.rowCount()):
            line = self.tr("Ligne {0}").format(row + 1)
            end = _cell(self.vat, row, 1).strip()
            values: dict[str, str | None] = {
                "start": _parse_day(_cell(self.vat, row, 0), line).isoformat(),
                "end": _parse_day(end, line).isoformat() if end else None,
            }
            for column, category in enumerate(VatCategory, start=2):
                rate = _parse_number(_cell(self.vat, row, column), line)
                if rate >= 100:
                    raise DomainError(self.tr("{0} : un taux de TVA est inférieur à 100 %").format(line))
                values[category.value] = str(rate)
            rows.append(values)
        if not rows:
            raise DomainError(self.tr("La table doit contenir au moins une période."))
        return VatTable.from_rows(rows)

    def save_series(self) -> None:
        if self._run(lambda: self._backend.save_series(self.parsed_series())):
            self._dialogs.info(
                self,
                self.tr("Indice STATEC"),
                self.tr("Série enregistrée ; les brouillons seront réévalués."),
            )

    def save_vat(self) -> None:
        if self._run(lambda: self._backend.save_vat_table(self.parsed_vat())):
            self._dialogs.info(self, self.tr("TVA"), self.tr("Taux de TVA enregistrés."))

    def backup(self) -> None:
        target = self._dialogs.save_file(
            self, self.tr("Sauvegarder la base"), f"offerdesk-{zone.today():%Y%m%d}.sqlite3",
            self.tr("Base SQLite (*.sqlite3 *.db)"),
        )  # fmt: skip
        if target is not None and self._run(lambda: self._backend.backup(target)):
            self._dialogs.info(self, self.tr("Sauvegarde"), self.tr("Sauvegarde écrite : {0}").format(target))

    def restore(self) -> None:
        source = self._dialogs.open_file(
            self, self.tr("Restaurer une sauvegarde"), self.tr("Base SQLite (*.sqlite3 *.db)")
        )
        if source is None:
            return
        question = self.tr(
            "Remplacer la base actuelle par {0} ? La base actuelle est d'abord sauvegardée. "
            "OfferDesk se fermera ensuite : la base restaurée sera vérifiée au prochain démarrage."
        ).format(source.name)
        if self._dialogs.confirm(self, self.tr("Restaurer"), question) and self._run(
            lambda: self._backend.restore(source)
        ):
            self._dialogs.info(
                self,
                self.tr("Restaurer"),
                self.tr(
                    "Base restaurée. OfferDesk va se fermer : relancez-le pour travailler sur la base "
                    "restaurée (elle sera vérifiée au démarrage)."
                ),
            )
            self.restored.emit()

    def show_at_rest(self) -> None:
        state = self._backend.at_rest()
        self.at_rest_status.setText(str(state.message))
        self.encrypt_button.setVisible(not state.encrypted)
        self.encrypt_button.setEnabled(state.can_encrypt)

    def encrypt_database(self) -> None:
        question = self.tr(
            "Chiffrer la base et ses sauvegardes ? Une copie chiffrée est écrite et vérifiée, puis "
            "remplace la base ; les fichiers en clair sont effacés. La clé est gardée dans le "
            "trousseau du système : sans elle, ni la base ni ses sauvegardes ne s'ouvrent."
        )
        if not self._dialogs.confirm(self, self.tr("Chiffrer la base"), question):
            return
        messages: list[str] = []
        if self._run(lambda: messages.append(self._backend.encrypt_database())):
            self._dialogs.info(self, self.tr("Chiffrer la base"), messages[0])
        self.show_at_rest()

    def _run(self, action: object) -> bool:
        try:
            action()  # type: ignore[operator]
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Paramètres"), user_message(exc))
            return False
        return True
