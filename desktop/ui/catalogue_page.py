"""Catalogue: browse and search the products in force, import a new catalogue file."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.ui.busy import busy, status_of
from desktop.ui.dialogs import Dialogs
from desktop.ui.editor.catalogue_model import CatalogueFilter, CatalogueModel
from desktop.ui.error_text import user_message
from desktop.ui.fit import PlainComboBox
from desktop.ui.ports import USER_ERRORS, Backend


class CataloguePage(QWidget):
    imported = Signal()

    def __init__(self, backend: Backend, dialogs: Dialogs, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._backend = backend
        self._dialogs = dialogs
        self.model = CatalogueModel(parent=self)
        self.proxy = CatalogueFilter(self)
        self.proxy.setSourceModel(self.model)
        self.category = PlainComboBox()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Chercher (code, nom, description)…"))
        self.search.setClearButtonEnabled(True)
        self.import_button = QPushButton(self.tr("Importer un catalogue…"))
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(
            CatalogueModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(CatalogueModel.CODE, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setColumnWidth(CatalogueModel.CATEGORY, 170)
        self.table.setColumnWidth(CatalogueModel.CODE, 130)
        self.count = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.category)
        top.addWidget(self.search, 1)
        top.addWidget(self.import_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count)
        self.search.textChanged.connect(self._filter_text)
        self.category.currentIndexChanged.connect(lambda _i: self._filter_category())
        self.import_button.clicked.connect(self.import_file)

    def refresh(self) -> None:
        self.model.set_products(self._backend.products())
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Toutes les catégories"), "")
        for name in self.model.categories():
            self.category.addItem(name, name)
        self.category.blockSignals(False)
        self._filter_category()

    def _filter_text(self, text: str) -> None:
        self.proxy.set_text(text)
        self._update_count()

    def _filter_category(self) -> None:
        self.proxy.set_category(self.category.currentData() or "")
        self._update_count()

    def _update_count(self) -> None:
        self.count.setText(
            self.tr("%n produit(s) affiché(s) sur {0}", "", self.proxy.rowCount()).format(
                self.model.rowCount()
            )
        )

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    def import_file(self) -> None:
        path = self._dialogs.open_file(
            self,
            self.tr("Importer un catalogue"),
            self.tr("Catalogues (*.csv *.xlsx);;Tous les fichiers (*)"),
        )
        if path is None:
            return
        try:
            with busy(
                self.tr("Import du catalogue {0}…").format(path.name), status_of(self), self.import_button
            ):
                report = self._backend.import_catalogue(path)
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Import impossible"), user_message(exc))
            return
        if report.ok:
            self._dialogs.report(
                self,
                self.tr("Catalogue importé"),
                self.tr("Le catalogue {0} ({1} produits) est maintenant en vigueur.").format(
                    report.version, report.products
                ),
                "\n".join(report.messages) or self.tr("Aucune remarque."),
            )
            self.refresh()
            self.imported.emit()
        else:
            self._dialogs.report(
                self,
                self.tr("Catalogue refusé"),
                self.tr(
                    "Le fichier {0} contient %n erreur(s) ; rien n'a été importé.", "", len(report.messages)
                ).format(path.name),
                "\n".join(report.messages),
            )
