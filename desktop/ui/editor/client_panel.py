"""Choosing the client: search as you type, or create one inline with identifiers checked live."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.domain.errors import DomainError, FieldError
from desktop.domain.identifiers import validate_iban, validate_lu_postcode, validate_rcs, validate_vat
from desktop.domain.views import ClientInput, ClientView, SiteView
from desktop.ui.error_text import user_message
from desktop.ui.fit import PlainComboBox
from desktop.ui.languages import LANGUAGE_NAMES
from desktop.ui.ports import USER_ERRORS, Backend

SEARCH_DELAY_MS = 150
Validator = Callable[[str], str]


def language_combo() -> PlainComboBox:
    """A combo of the documents' languages, its item data the code (fr, de, en); French first.
    Each is named in itself (desktop.ui.languages), the same words in every interface language."""
    combo = PlainComboBox(min_chars=8)
    for code, name in LANGUAGE_NAMES:
        combo.addItem(name, code)
    return combo


def show_language(combo: PlainComboBox, code: str | None) -> None:
    combo.setCurrentIndex(max(combo.findData(code or "fr"), 0))


class ValidatedField(QWidget):
    """A line edit with its message right next to it; optional fields may stay empty."""

    def __init__(
        self, validator: Validator | None, required: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.edit = QLineEdit()
        self.message = QLabel()
        self.message.setStyleSheet("color: #b00020;")
        self.message.setWordWrap(True)
        self._validator = validator
        self._required = required
        # "Champ obligatoire" waits until the person typed in the field or tried to create
        self.touched = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(1)
        layout.addWidget(self.edit)
        layout.addWidget(self.message)
        self.message.hide()
        self.edit.textEdited.connect(self._touch)
        self.edit.textChanged.connect(lambda _t: self.check())

    def _touch(self) -> None:
        self.touched = True

    def problem(self) -> str:
        text = self.edit.text().strip()
        if not text:
            return self.tr("Champ obligatoire") if self._required else ""
        if self._validator is not None:
            try:
                self._validator(text)
            except FieldError as exc:
                return _french(exc)
        return ""

    def check(self, *, show_missing: bool = False) -> bool:
        """True when valid; shows what is wrong (an empty required field only once touched,
        or when `show_missing`, i.e. on submit)."""
        if show_missing:
            self.touched = True
        problem = self.problem()
        shown = problem if (self.touched or self.edit.text().strip()) else ""
        self.message.setText(shown)
        self.message.setVisible(bool(shown))
        self.edit.setStyleSheet("border: 1px solid #b00020;" if shown else "")
        return not problem

    def reset(self) -> None:
        self.edit.clear()
        self.touched = False
        self.check()

    def value(self) -> str:
        text = self.edit.text().strip()
        if text and self._validator is not None:
            try:
                return self._validator(text)
            except FieldError:
                return text
        return text


def _french(exc: FieldError) -> str:
    """The domain's message (French, naming what is wrong) as a sentence under the field."""
    reason = str(exc.message)
    return reason[:1].upper() + reason[1:]


_ONE_LINE_ADDRESS = re.compile(r"^(?P<street>.*\S)\s*,\s*(?:L\s*-\s*)?(?P<postcode>\d{4})\s+(?P<city>\S.*)$")


def split_address(text: str) -> tuple[str, str, str] | None:
    """ "5, rue du Fort, L-1234 Luxembourg" -> ("5, rue du Fort", "L-1234", "Luxembourg"); None
    when the text does not end with a Luxembourg postcode and a locality."""
    match = _ONE_LINE_ADDRESS.match(text.strip())
    if match is None:
        return None
    return match["street"], f"L-{match['postcode']}", match["city"].strip()


def _check_email(value: str) -> str:
    local, at, domain = value.partition("@")
    if not local or not at or "." not in domain or " " in value:
        raise FieldError(
            "email",
            QCoreApplication.translate(
                "NewClientForm", "adresse e-mail non valable, p. ex. contact@exemple.lu"
            ),
        )
    return value


class NewClientForm(QGroupBox):
    created = Signal(object)  # ClientView

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Nouveau client"))
        self._backend = backend
        self.legal_name = ValidatedField(None, required=True)
        self.legal_form = ValidatedField(None)
        self.address = ValidatedField(None)
        self.address.edit.setPlaceholderText(self.tr("ex. 5, rue du Fort, L-1234 Luxembourg"))
        self.postcode = ValidatedField(validate_lu_postcode)
        self.city = ValidatedField(None)
        self.vat = ValidatedField(validate_vat)
        self.rcs = ValidatedField(validate_rcs)
        self.iban = ValidatedField(validate_iban)
        self.signatory = ValidatedField(None)
        self.function = ValidatedField(None)
        self.email = ValidatedField(_check_email)
        self.phone = ValidatedField(None)
        self.language = language_combo()
        # a new client speaks the representative's language until told otherwise
        show_language(self.language, i18n.current_language())
        self.language.setToolTip(self.tr("La langue des offres et des contrats de ce client"))
        self.fields = (
            self.legal_name, self.legal_form, self.address, self.postcode, self.city,
            self.vat, self.rcs, self.iban, self.signatory, self.function, self.email, self.phone,
        )  # fmt: skip
        form = QFormLayout(self)
        # what an offer needs first (name, head-office address, who signs); the rest may wait
        form.addRow(self.tr("Raison sociale"), self.legal_name)
        form.addRow(self.tr("Adresse"), self.address)
        form.addRow(self.tr("Signataire"), self.signatory)
        form.addRow(self.tr("Fonction"), self.function)
        form.addRow(self.tr("Code postal"), self.postcode)
        form.addRow(self.tr("Localité"), self.city)
        optional = QLabel(self.tr("<small>Les champs suivants sont facultatifs.</small>"))
        optional.setStyleSheet("color: #666;")
        form.addRow(optional)
        form.addRow(self.tr("Langue préférée"), self.language)
        form.addRow(self.tr("Forme juridique"), self.legal_form)
        form.addRow(self.tr("N° TVA"), self.vat)
        form.addRow(self.tr("N° RCS"), self.rcs)
        form.addRow(self.tr("IBAN"), self.iban)
        form.addRow(self.tr("E-mail"), self.email)
        form.addRow(self.tr("Téléphone"), self.phone)
        self.create_button = QPushButton(self.tr("Créer le client"))
        self.cancel_button = QPushButton(self.tr("Annuler"))
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.create_button)
        form.addRow(buttons)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020;")
        form.addRow(self.error)
        for field in self.fields:
            field.edit.textChanged.connect(self._update)
            field.edit.returnPressed.connect(self.create_client)  # Enter submits the form
        self.address.edit.editingFinished.connect(self._split_address)
        self.create_button.clicked.connect(self.create_client)
        self.cancel_button.clicked.connect(self.hide)
        self._update()

    def _update(self) -> None:
        # enabled unless a problem is on screen: a click on an untouched form shows what is missing
        results = [field.check() for field in self.fields]
        self.create_button.setEnabled(
            all(ok or not field.message.text() for ok, field in zip(results, self.fields, strict=True))
        )

    def _split_address(self) -> None:
        """An address typed on one line fills the postcode and the locality when they are empty."""
        parts = split_address(self.address.edit.text())
        if parts is not None and not self.postcode.edit.text() and not self.city.edit.text():
            street, postcode, city = parts
            self.address.edit.setText(street)
            self.postcode.edit.setText(postcode)
            self.city.edit.setText(city)

    def focus_chain(self) -> list[QWidget]:
        """The fields in the order of the form, then Cancel and Create."""
        order = (self.legal_name, self.address, self.signatory, self.function, self.postcode, self.city)
        rest = tuple(field for field in self.fields if field not in order)
        edits: list[QWidget] = [field.edit for field in order]
        edits += [self.language, *(field.edit for field in rest)]
        return [*edits, self.cancel_button, self.create_button]

    def start(self, name: str) -> None:
        """Show the form with `name` as the legal name; the cursor in the first empty field."""
        self.legal_name.edit.setText(name)
        self.show()
        empty = next(
            (edit for edit in self.focus_chain()[:3] if isinstance(edit, QLineEdit) and not edit.text()), None
        )
        (empty or self.legal_name.edit).setFocus(Qt.FocusReason.OtherFocusReason)

    def create_client(self) -> None:
        self._split_address()  # Enter in the address field comes before its editingFinished
        checked = [field.check(show_missing=True) for field in self.fields]  # every message shown
        if not all(checked):
            self._update()
            return
        row = ClientInput(
            legal_name=self.legal_name.value(),
            legal_form=self.legal_form.value(),
            address_line1=self.address.value(),
            postcode=self.postcode.value(),
            city=self.city.value(),
            vat_number=self.vat.value(),
            rcs=self.rcs.value(),
            iban=self.iban.value(),
            signatory_name=self.signatory.value(),
            signatory_function=self.function.value(),
            email=self.email.value(),
            phone=self.phone.value(),
            preferred_language=i18n.normalise(self.language.currentData()) or "fr",
        )
        try:
            created = self._backend.create_client(row)
        except DomainError as exc:
            self.error.setText(user_message(exc))
            return
        self.error.clear()
        for field in self.fields:
            field.reset()
        show_language(self.language, i18n.current_language())
        self.hide()
        self.created.emit(created)


class ClientPanel(QGroupBox):
    """Emits `client_chosen(ClientView)` and `site_chosen(site_id | None)`."""

    client_chosen = Signal(object)
    site_chosen = Signal(object)

    def __init__(self, backend: Backend, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Client"))
        self._backend = backend
        self._found: dict[str, ClientView] = {}
        self._client: ClientView | None = None
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Rechercher un client (nom)…"))
        self._names = QStringListModel(self)
        self.completer = QCompleter(self._names, self)
        self.completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.search.setCompleter(self.completer)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.refresh_matches)
        self.new_button = QPushButton(self.tr("Nouveau client…"))
        self.chosen = QLabel(self.tr("Aucun client choisi"))
        self.chosen.setWordWrap(True)
        self.site = PlainComboBox()
        self.new_site = QLineEdit()
        self.new_site.setPlaceholderText(self.tr("Nouveau site : adresse d'installation"))
        self.add_site_button = QPushButton(self.tr("Ajouter le site"))
        self.form = NewClientForm(backend)
        self.form.hide()

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.new_button)
        site_row = QHBoxLayout()
        site_row.addWidget(QLabel(self.tr("Site d'installation")))
        site_row.addWidget(self.site, 1)
        add_site = QHBoxLayout()
        add_site.addWidget(self.new_site, 1)
        add_site.addWidget(self.add_site_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.chosen)
        layout.addLayout(site_row)
        layout.addLayout(add_site)
        layout.addWidget(self.form)

        self.search.textEdited.connect(lambda _t: self._debounce.start())
        self.completer.activated.connect(self._pick_name)
        self.search.returnPressed.connect(lambda: self._pick_name(self.search.text()))
        self.new_button.clicked.connect(self._show_form)
        self.form.created.connect(self.set_client)
        self.form.created.connect(self.client_chosen)
        self.site.activated.connect(lambda _i: self.site_chosen.emit(self.site.currentData()))
        self.add_site_button.clicked.connect(self._add_site)
        self.new_site.returnPressed.connect(self._add_site)
        self._update_sites(None)

    def _show_form(self) -> None:
        self.form.start(self.search.text().strip())

    def focus_chain(self) -> list[QWidget]:
        """Tab order: search, new client (its form when open), site, new site."""
        return [
            self.search,
            self.new_button,
            *self.form.focus_chain(),
            self.site,
            self.new_site,
            self.add_site_button,
        ]

    def refresh_matches(self) -> None:
        self._debounce.stop()
        text = self.search.text().strip()
        rows = self._backend.search_clients(text, 20) if text else []
        self._found = {row.legal_name: row for row in rows}
        self._names.setStringList(list(self._found))
        # no such client: the button next to the search offers to create it
        self.new_button.setText(
            self.tr("Créer « {0} »…").format(text[:30]) if text and not rows else self.tr("Nouveau client…")
        )
        if rows and self.search.hasFocus():
            self.completer.complete()

    def _pick_name(self, name: str) -> None:
        if name not in self._found:
            self.refresh_matches()
        folded = {found.casefold(): found for found in self._found}
        row = self._found.get(folded.get(name.strip().casefold(), ""))
        if row is None and name.strip() and not self._found:
            self._show_form()  # Enter on a name nobody has: create that client inline
            return
        if row is not None:
            row = self._backend.client(row.id)  # with its sites
            self.search.clear()
            self.set_client(row)
            self.client_chosen.emit(row)

    def set_client(self, row: ClientView | None, site_id: int | None = None) -> None:
        self._client = row
        if row is not None:  # chosen or just created: the search is done
            self.search.clear()
            self.new_button.setText(self.tr("Nouveau client…"))
        if row is None:
            self.chosen.setText(self.tr("Aucun client choisi"))
        else:
            place = f"{row.postcode} {row.city}".strip()
            details = " · ".join(part for part in (row.vat_number, row.rcs, place) if part)
            self.chosen.setText(f"<b>{row.legal_name}</b><br><small>{details}</small>")
        self._update_sites(site_id)

    def show_client(self, client_id: int | None, name: str, site_id: int | None) -> None:
        """Show an offer's client with its sites (the name alone when it cannot be loaded)."""
        match = None
        if client_id is not None:
            try:
                match = self._backend.client(client_id)
            except USER_ERRORS:
                match = None
        if match is not None:
            self.set_client(match, site_id)
        else:
            self._client = None
            self.chosen.setText(f"<b>{name}</b>" if name else self.tr("Aucun client choisi"))
            self._update_sites(site_id)

    def _update_sites(self, site_id: int | None) -> None:
        self.site.clear()
        self.site.addItem(self.tr("(adresse du siège)"), None)
        sites: tuple[SiteView, ...] = self._client.sites if self._client else ()
        for site in sites:
            self.site.addItem(site.one_line(), site.id)
        found = self.site.findData(site_id) if site_id is not None else 0
        self.site.setCurrentIndex(max(found, 0))
        has_client = self._client is not None
        self.new_site.setEnabled(has_client)
        self.add_site_button.setEnabled(has_client)

    def _add_site(self) -> None:
        label = self.new_site.text().strip()
        if not label or self._client is None:
            return
        site = self._backend.add_site(self._client.id, label)
        self._client = dataclasses.replace(self._client, sites=(*self._client.sites, site))
        self.new_site.clear()
        self._update_sites(site.id)
        self.site_chosen.emit(site.id)

    def set_read_only(self, read_only: bool) -> None:
        for widget in (self.search, self.new_button, self.site, self.new_site, self.add_site_button):
            widget.setEnabled(not read_only)
        if read_only:
            self.form.hide()
        elif self._client is None:
            self.new_site.setEnabled(False)
            self.add_site_button.setEnabled(False)
