"""Paramètres > Scellement: the certificate packs are sealed with (company PKCS#12 or the
installation's own), its passphrase (kept in the system keychain, never shown), and the company
root certificates `offerdesk verify` trusts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QWidget,
)

from desktop.ui import formats as fmt
from desktop.ui.dialogs import Dialogs
from desktop.ui.error_text import user_message
from desktop.ui.ports import USER_ERRORS, Backend


class SealSettingsBox(QGroupBox):
    def __init__(self, backend: Backend, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("Scellement des contrats"), parent)
        self._backend = backend
        self._dialogs = dialogs
        self.certificate = QLineEdit()
        self.certificate.setPlaceholderText(self.tr("Aucun : certificat créé par l'installation"))
        self.certificate_button = QPushButton(self.tr("Choisir…"))
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Inchangé (conservé dans le trousseau du système)"))
        self.roots = QListWidget()
        self.roots.setMaximumHeight(90)
        self.roots.setWordWrap(True)
        self.roots_empty = QLabel(
            self.tr(
                "Aucune racine installée : seuls les contrats scellés par cette installation sont reconnus."
            )
        )
        self.roots_empty.setWordWrap(True)
        self.root_add = QPushButton(self.tr("Installer une racine…"))
        self.root_remove = QPushButton(self.tr("Retirer"))

        form = QFormLayout(self)
        cert_row = QHBoxLayout()
        cert_row.addWidget(self.certificate, 1)
        cert_row.addWidget(self.certificate_button)
        form.addRow(self.tr("Certificat de scellement (PKCS#12)"), cert_row)
        form.addRow(self.tr("Mot de passe du certificat"), self.passphrase)
        form.addRow(self.tr("Racines de confiance de l'entreprise"), self.roots)
        form.addRow("", self.roots_empty)
        buttons = QHBoxLayout()
        buttons.addWidget(self.root_add)
        buttons.addWidget(self.root_remove)
        buttons.addStretch(1)
        form.addRow("", buttons)

        self.certificate_button.clicked.connect(self._choose_certificate)
        self.root_add.clicked.connect(self.install_root)
        self.root_remove.clicked.connect(self.remove_root)

    def refresh(self, certificate: str) -> None:
        self.certificate.setText(certificate)
        self.passphrase.clear()
        self.refresh_roots()

    def refresh_roots(self) -> None:
        self.roots.clear()
        try:
            roots = self._backend.trust_roots()
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Scellement"), user_message(exc))
            roots = []
        for root in roots:
            name = root.subject.rsplit("Common Name: ", 1)[-1]  # the CN says who it is
            expires = fmt.date(dt.date.fromisoformat(root.not_after))
            item = QListWidgetItem(self.tr("{0}\n   expire le {1}").format(name, expires), self.roots)
            item.setToolTip(self.tr("SHA-256 {0}\n{1}").format(root.sha256, root.path))
            item.setData(Qt.ItemDataRole.UserRole, str(root.path))
        self.roots.setVisible(bool(roots))
        self.roots_empty.setVisible(not roots)
        self.root_remove.setEnabled(bool(roots))

    def _choose_certificate(self) -> None:
        path = self._dialogs.open_file(
            self, self.tr("Certificat de scellement"), self.tr("PKCS#12 (*.p12 *.pfx)")
        )
        if path is not None:
            self.certificate.setText(str(path))

    def install_root(self) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Racine de confiance de l'entreprise"),
            self.tr("Certificat X.509 (*.pem *.crt *.cer)"),
        )
        if path is None:
            return
        try:
            root = self._backend.install_trust_root(path)
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Scellement"), user_message(exc))
            return
        self.refresh_roots()
        text = self.tr(
            "Racine installée : {0}. Les contrats scellés par un certificat qu'elle a émis sont reconnus."
        )
        self._dialogs.info(self, self.tr("Scellement"), text.format(root.subject))

    def remove_root(self) -> None:
        item = self.roots.currentItem()
        if item is None:
            return
        question = self.tr("Ne plus reconnaître les contrats scellés sous la racine « {0} » ?").format(
            item.text()
        )
        if not self._dialogs.confirm(self, self.tr("Scellement"), question):
            return
        try:
            self._backend.remove_trust_root(Path(str(item.data(Qt.ItemDataRole.UserRole))))
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Scellement"), user_message(exc))
            return
        self.refresh_roots()
