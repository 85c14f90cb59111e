"""The offer editor: client, catalogue, lines, live totals, terms; undo, autosave, read-only views.

The editor holds one immutable `OfferDraft`; every edit is a `DraftChange` on the undo stack
that swaps it for another, and the widgets are refilled from the draft. Figures come from
desktop.domain.pricing only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Sequence
from decimal import Decimal

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop import i18n
from desktop.documents import zone
from desktop.domain import lifecycle
from desktop.domain.calendar import nominal_contract_value
from desktop.domain.defaults import documents_in
from desktop.domain.labels import STATUS_LABELS
from desktop.domain.lifecycle import Action
from desktop.domain.pricing import PricedOffer, price_offer
from desktop.domain.views import ClientView, ProductView
from desktop.domain.vocabulary import OfferStatus
from desktop.ui.busy import busy, status_of
from desktop.ui.dialogs import Answer, Dialogs
from desktop.ui.editor.catalogue_model import CatalogueFilter, CatalogueModel
from desktop.ui.editor.client_panel import ClientPanel
from desktop.ui.editor.commands import DraftChange
from desktop.ui.editor.conflict import ConflictError, as_new_draft, ask_save_as_copy, conflict_status
from desktop.ui.editor.delegates import PercentDelegate, QuantityDelegate
from desktop.ui.editor.lines_model import LinesModel, to_offer_lines
from desktop.ui.editor.terms_panel import TermsPanel, allowed_engagements, closest_engagement
from desktop.ui.editor.totals_panel import TotalsPanel
from desktop.ui.editor.views import CatalogueView, KeyboardTable, chain_tab_order
from desktop.ui.error_text import user_message
from desktop.ui.fit import ElidedLabel, FitScrollArea, PlainComboBox, one_line_rows
from desktop.ui.offers_model import status_label
from desktop.ui.ports import USER_ERRORS, Backend, DraftLine, OfferDraft
from desktop.ui.touch import enable_touch_scrolling

AUTOSAVE_MS = 3000  # after this long without an edit
AUTOSAVE_MAX_MS = 15000  # at the latest, while edits keep coming


class OfferEditor(QWidget):
    saved = Signal(int)
    open_offer = Signal(int)
    sign_requested = Signal(int)
    print_requested = Signal(int)
    closed = Signal()

    def __init__(
        self,
        backend: Backend,
        dialogs: Dialogs,
        products: Sequence[ProductView] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._backend = backend
        self._dialogs = dialogs
        self._conflict = False  # the last save was refused: the offer changed elsewhere
        self._series = backend.series()
        self._vat = backend.vat_table()
        self._draft = backend.new_draft(zone.today())
        self._priced: PricedOffer = price_offer([], self._cote())
        self.undo_stack = QUndoStack(self)
        self.autosave_timer = QTimer(self)
        self.autosave_timer.setSingleShot(True)
        self.autosave_timer.setInterval(AUTOSAVE_MS)
        self.autosave_timer.timeout.connect(self.autosave)
        # typing without a pause is saved too, at the latest this long after the first change
        self.autosave_deadline = QTimer(self)
        self.autosave_deadline.setSingleShot(True)
        self.autosave_deadline.setInterval(AUTOSAVE_MAX_MS)
        self.autosave_deadline.timeout.connect(self.autosave)
        self.last_error = ""

        # header
        self.title = ElidedLabel()  # a long number and status never widen the window
        self.title.setStyleSheet("font-size: 15pt; font-weight: 600;")
        self.banner = QLabel()
        self.banner.setStyleSheet("background: #fff4d6; padding: 6px; border-radius: 4px;")
        self.banner.setWordWrap(True)
        self.save_state = QLabel()
        self.save_state.setStyleSheet("color: #666;")
        self.save_state.setWordWrap(True)
        self.back_button = QPushButton(self.tr("← Liste des offres"))
        self.save_button = QPushButton(self.tr("Enregistrer"))
        self.present_button = QPushButton(self.tr("Présenter"))
        self.sign_button = QPushButton(self.tr("Présenter et signer…"))
        self.sign_button.setToolTip(self.tr("Enregistre, présente l'offre et ouvre le mode signature (F9)"))
        self.print_button = QPushButton(self.tr("Imprimer…"))
        self.revision_button = QPushButton(self.tr("Nouvelle révision"))
        self.duplicate_button = QPushButton(self.tr("Dupliquer"))
        header = QHBoxLayout()
        header.addWidget(self.back_button)
        titles = QVBoxLayout()
        titles.setSpacing(0)
        titles.addWidget(self.title)
        titles.addWidget(self.save_state)
        header.addLayout(titles, 1)
        self.header_buttons = (
            self.save_button,
            self.present_button,
            self.sign_button,
            self.print_button,
            self.revision_button,
            self.duplicate_button,
        )
        for button in self.header_buttons:
            header.addWidget(button)

        # left column: client and terms
        self.client_panel = ClientPanel(backend)
        self.terms = TermsPanel()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.client_panel)
        left_layout.addWidget(self.terms)
        left_layout.addStretch(1)
        # as wide as its content needs (nothing cut at the right), scrolled vertically
        scroll = FitScrollArea(left)

        # catalogue browser
        self.catalogue = CatalogueModel(products if products is not None else backend.products(), self)
        self.catalogue_filter = CatalogueFilter(self)
        self.catalogue_filter.setSourceModel(self.catalogue)
        self.category = PlainComboBox(min_chars=21)  # "Toutes les catégories" whole
        self._fill_categories()
        self.catalogue_search = QLineEdit()
        self.catalogue_search.setPlaceholderText(
            self.tr("Chercher dans le catalogue (code, nom, description)…")
        )
        self.catalogue_search.setClearButtonEnabled(True)
        self.catalogue_view = CatalogueView()
        self.catalogue_view.setModel(self.catalogue_filter)
        self.catalogue_view.setDragEnabled(True)
        self.catalogue_view.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.catalogue_view.horizontalHeader().setSectionResizeMode(
            CatalogueModel.NAME, QHeaderView.ResizeMode.Stretch
        )
        one_line_rows(self.catalogue_view, CatalogueModel.NAME)  # names never squeezed to "Fib…"
        self.add_button = QPushButton(self.tr("Ajouter à l'offre"))
        catalogue_box = QWidget()
        cat_layout = QVBoxLayout(catalogue_box)
        cat_layout.setContentsMargins(0, 0, 0, 0)
        cat_top = QHBoxLayout()
        cat_top.addWidget(QLabel(self.tr("<b>Catalogue</b>")))
        cat_top.addWidget(self.category)
        cat_top.addWidget(self.catalogue_search, 1)
        cat_top.addWidget(self.add_button)
        cat_layout.addLayout(cat_top)
        cat_layout.addWidget(self.catalogue_view)

        # lines
        self.lines = LinesModel(self.edit_line, self.add_products, self)
        self.lines_view = KeyboardTable(LinesModel.QUANTITY)
        self.lines_view.setModel(self.lines)
        self.lines_view.setItemDelegateForColumn(LinesModel.QUANTITY, QuantityDelegate(self.lines_view))
        self.lines_view.setItemDelegateForColumn(
            LinesModel.MONTHLY_DISCOUNT, PercentDelegate(self.lines_view)
        )
        self.lines_view.setItemDelegateForColumn(
            LinesModel.INSTALL_DISCOUNT, PercentDelegate(self.lines_view)
        )
        self.lines_view.setAcceptDrops(True)
        self.lines_view.setDragDropMode(QAbstractItemView.DragDropMode.DropOnly)
        self.lines_view.setDropIndicatorShown(True)
        header_view = self.lines_view.horizontalHeader()
        header_view.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header_view.setSectionResizeMode(LinesModel.NAME, QHeaderView.ResizeMode.Stretch)
        header_view.setMinimumSectionSize(40)
        one_line_rows(self.lines_view, LinesModel.NAME)
        self.remove_button = QPushButton(self.tr("Retirer la ligne"))
        lines_box = QWidget()
        lines_layout = QVBoxLayout(lines_box)
        lines_layout.setContentsMargins(0, 0, 0, 0)
        lines_top = QHBoxLayout()
        lines_title = QLabel(self.tr("<b>Lignes de l'offre</b> (glisser un produit ici)"))
        lines_title.setWordWrap(True)  # a longer language wraps rather than being cut
        lines_top.addWidget(lines_title, 1)
        lines_top.addWidget(self.remove_button)
        lines_layout.addLayout(lines_top)
        lines_layout.addWidget(self.lines_view)

        enable_touch_scrolling(self.catalogue_view, self.lines_view, scroll)
        self.totals = TotalsPanel()
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(catalogue_box)
        right.addWidget(lines_box)
        right.addWidget(self.totals)
        right.setStretchFactor(0, 2)
        right.setStretchFactor(1, 3)
        right.setStretchFactor(2, 0)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(scroll)
        main.addWidget(right)
        # on a narrow screen the left column gives up width too (down to its content's minimum)
        main.setStretchFactor(0, 1)
        main.setStretchFactor(1, 3)
        main.setSizes([410, 950])
        main.setChildrenCollapsible(False)
        right.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(self.banner)
        layout.addWidget(main, 1)

        # wiring
        self.category.currentIndexChanged.connect(
            lambda _i: self.catalogue_filter.set_category(self.category.currentData())
        )
        self.catalogue_search.textChanged.connect(self.catalogue_filter.set_text)
        self.catalogue_search.returnPressed.connect(self._add_first_match)
        self.catalogue_view.doubleClicked.connect(self._add_index)
        self.catalogue_view.add_requested.connect(self._add_index)
        self.add_button.clicked.connect(lambda: self._add_index(self.catalogue_view.currentIndex()))
        self.remove_button.clicked.connect(self.remove_selected_lines)
        QShortcut(QKeySequence.StandardKey.Delete, self.lines_view, self.remove_selected_lines)
        self.client_panel.client_chosen.connect(self._client_chosen)
        self.client_panel.site_chosen.connect(lambda site: self._set_field("site_id", site, self.tr("Site")))
        self.terms.changed.connect(self._term_changed)
        self.back_button.clicked.connect(self.request_close)
        self.save_button.clicked.connect(self.save)
        self.present_button.clicked.connect(self.present)
        self.sign_button.clicked.connect(self.sign)
        self.print_button.clicked.connect(self.print_offer)
        self.revision_button.clicked.connect(self.new_revision)
        self.duplicate_button.clicked.connect(self.duplicate)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        # Tab: client -> site -> product search -> catalogue -> lines -> terms -> present and sign
        chain_tab_order(
            *self.client_panel.focus_chain(),
            *(self.category, self.catalogue_search, self.add_button, self.catalogue_view),
            *(self.lines_view, self.remove_button, *self.terms.focus_chain()),
            *(self.sign_button, self.present_button, self.save_button, self.print_button),
            *(self.revision_button, self.duplicate_button, self.back_button),
        )
        self.load(self._draft, reference_data=False)

    # -- state ------------------------------------------------------------------------------
    @property
    def draft(self) -> OfferDraft:
        return self._draft

    @property
    def priced(self) -> PricedOffer:
        return self._priced

    @property
    def read_only(self) -> bool:
        return not lifecycle.editable(self._status)

    @property
    def _status(self) -> OfferStatus:
        return OfferStatus(self._draft.status)

    def _allows(self, action: Action) -> bool:
        return lifecycle.allows(self._status, action)

    def is_dirty(self) -> bool:
        return not self.undo_stack.isClean()

    def contract_value(self) -> Decimal:
        return nominal_contract_value(
            self._priced.installation.ht, self._priced.monthly.ht, self._draft.engagement_months
        )

    def _cote(self) -> Decimal:
        return self._series.cote_on(self._draft.offer_date)

    def _fill_categories(self) -> None:
        self.category.blockSignals(True)
        self.category.clear()
        self.category.addItem(self.tr("Toutes les catégories"), "")
        for name in self.catalogue.categories():
            self.category.addItem(name, name)
        self.category.blockSignals(False)

    def set_products(self, products: Sequence[ProductView]) -> None:
        """A new catalogue is in force (lines already on offers keep their snapshot)."""
        self.catalogue.set_products(products)
        self._fill_categories()
        self.catalogue_filter.set_category("")

    def load(self, draft: OfferDraft, *, reference_data: bool = True) -> None:
        """Show an offer as stored: a fresh undo history, read-only unless it is a draft.

        The STATEC series and VAT table are read again (settings may have changed them).
        """
        self.autosave_timer.stop()
        self.autosave_deadline.stop()
        self.last_error = ""
        self._conflict = False
        if reference_data:
            self._series = self._backend.series()
            self._vat = self._backend.vat_table()
        self.catalogue_search.clear()
        self.client_panel.search.clear()
        self.client_panel.form.hide()
        self._draft = draft
        self.undo_stack.clear()
        self.undo_stack.setClean()
        self.client_panel.show_client(draft.client_id, draft.client_name, draft.site_id)
        self._refresh()
        read_only = self.read_only
        self.lines.read_only = read_only
        self.client_panel.set_read_only(read_only)
        self.terms.set_read_only(read_only)
        for widget in (self.catalogue_view, self.catalogue_search, self.category, self.add_button):
            widget.setEnabled(not read_only)
        self.remove_button.setEnabled(not read_only)
        self.lines_view.setEditTriggers(
            QAbstractItemView.EditTrigger.NoEditTriggers
            if read_only
            else QAbstractItemView.EditTrigger.AllEditTriggers & ~QAbstractItemView.EditTrigger.CurrentChanged
        )
        self._update_header()

    def _apply(self, draft: OfferDraft) -> None:
        """Called by undo commands: identity and status always stay those of the stored offer."""
        current = self._draft
        self._draft = dataclasses.replace(
            draft,
            offer_id=current.offer_id,
            number=current.number,
            revision=current.revision,
            status=current.status,
        )
        if draft.client_id != current.client_id or draft.site_id != current.site_id:
            self.client_panel.show_client(self._draft.client_id, self._draft.client_name, self._draft.site_id)
        self._refresh()
        self.autosave_timer.start()
        if not self.autosave_deadline.isActive():
            self.autosave_deadline.start()

    def _refresh(self) -> None:
        self._priced = price_offer(to_offer_lines(self._draft.lines), self._cote(), self._series.reference)
        self.lines.set_lines(self._draft.lines, self._priced.lines)
        self.terms.show_draft(self._draft)
        self.totals.show_priced(self._priced, self.contract_value(), self._draft.engagement_months)

    def _clean_changed(self, _clean: bool) -> None:
        self._update_header()

    def _update_header(self) -> None:
        draft = self._draft
        if draft.number:
            number = (
                draft.number
                if draft.revision <= 1
                else self.tr("{0} — révision {1}").format(draft.number, draft.revision)
            )
            title = self.tr("Offre {0}").format(number)
        else:
            title = self.tr("Nouvelle offre")
        self.title.setText(f"{title} · {status_label(draft.status)}")
        read_only = self.read_only
        self.banner.setVisible(read_only)
        if read_only:
            self.banner.setText(
                self.tr(
                    "Cette offre est {0} : elle ne peut plus être modifiée. "
                    "Créez une nouvelle révision ou dupliquez-la."
                ).format(STATUS_LABELS[draft.status].in_sentence)  # "durch eine neuere Revision ersetzt"
            )
        stored = draft.offer_id is not None
        self.save_button.setVisible(not read_only)
        present_first = self._allows(Action.PRESENT)  # "sign" on a draft presents it first
        self.present_button.setVisible(present_first)
        self.present_button.setEnabled(stored or bool(draft.client_id))
        self.sign_button.setVisible(present_first or self._allows(Action.SIGN))
        self.sign_button.setText(self.tr("Présenter et signer…") if present_first else self.tr("Signer…"))
        self.sign_button.setEnabled(stored or bool(draft.client_id))
        self.print_button.setEnabled(stored)
        self.revision_button.setVisible(self._allows(Action.NEW_REVISION))
        self.duplicate_button.setVisible(stored and self._allows(Action.DUPLICATE))
        self.save_state.setToolTip(self.last_error)
        if self.last_error:
            self.save_state.setText(self.last_error)
        elif self.is_dirty():
            self.save_state.setText(self.tr("Modifications non enregistrées"))
        elif stored:
            self.save_state.setText(self.tr("Enregistrée"))
        else:
            self.save_state.setText("")

    # -- edits ------------------------------------------------------------------------------
    def change(self, after: OfferDraft, text: str, merge_key: str = "") -> None:
        if self.read_only or after == self._draft:
            return
        self.undo_stack.push(DraftChange(self._apply, self._draft, after, text, merge_key))
        self._update_header()

    def _set_field(self, field: str, value: object, text: str) -> None:
        self.change(dataclasses.replace(self._draft, **{field: value}), text, field)  # type: ignore[arg-type]

    def _term_changed(self, field: str, value: object) -> None:
        if field == "document_language":
            after = self._in_language(self._draft, str(value))
            self.change(after, self.tr("Modifier les conditions"), field)
            return
        self._set_field(field, value, self.tr("Modifier les conditions"))

    def _in_language(self, draft: OfferDraft, lang: str) -> OfferDraft:
        """`draft` in document language `lang`: its still untouched default documents follow."""
        before = draft.document_language or i18n.current_language()
        documents = documents_in(lang, tuple(draft.required_documents), before)
        return dataclasses.replace(draft, document_language=lang, required_documents=documents)

    def _client_chosen(self, client: ClientView) -> None:
        chosen = dataclasses.replace(
            self._draft, client_id=client.id, client_name=client.legal_name, site_id=None
        )
        # a draft not given a language yet speaks the client's
        after = self._in_language(chosen, self._draft.document_language or client.preferred_language)
        self.change(after, self.tr("Choisir le client {0}").format(client.legal_name))
        self.catalogue_search.setFocus(Qt.FocusReason.OtherFocusReason)  # next: the products

    def line_from(self, item: ProductView) -> DraftLine:
        row = item
        return DraftLine(
            code=row.code,
            name=row.name,
            quantity=1,
            unit_monthly=row.monthly_fee,
            unit_installation=row.installation_fee,
            installation_indexed=row.installation_indexed,
            vat_rate=self._vat.rate_on(self._draft.offer_date, row.vat_category),
            allowed_engagements=row.allowed_engagements,
            product_id=item.id,
        )

    def add_products(self, product_ids: Sequence[int], position: int | None = None) -> None:
        products = [p for p in (self.catalogue.by_id(i) for i in product_ids) if p is not None]
        if not products or self.read_only:
            return
        lines = list(self._draft.lines)
        at = len(lines) if position is None else max(0, min(position, len(lines)))
        new = [self.line_from(p) for p in products]
        lines[at:at] = new
        allowed = allowed_engagements(lines)
        if not allowed:
            self._dialogs.error(
                self,
                self.tr("Produit incompatible"),
                self.tr("{0} n'admet aucune durée d'engagement commune avec les autres lignes.").format(
                    ", ".join(p.name for p in products)
                ),
            )
            return
        after = dataclasses.replace(
            self._draft,
            lines=tuple(lines),
            engagement_months=closest_engagement(self._draft.engagement_months, allowed),
        )
        self.change(after, self.tr("Ajouter {0}").format(", ".join(p.code for p in products)))

    def _add_index(self, proxy_index: QModelIndex) -> None:
        if proxy_index.isValid():
            source = self.catalogue_filter.mapToSource(proxy_index)
            self.add_products([self.catalogue.product(source.row()).id])

    def _add_first_match(self) -> None:
        """Enter in the search: the first product found, or every one of a list of codes
        ("fib-1g bkp-4g ip-29"); the search is then emptied for the next product."""
        proxy = self.catalogue_filter
        count = proxy.rowCount() if proxy.code_list else min(proxy.rowCount(), 1)
        if count == 0:
            return
        rows = [proxy.mapToSource(proxy.index(r, 0)).row() for r in range(count)]
        before = self._draft.lines
        self.add_products([self.catalogue.product(row).id for row in rows])
        if self._draft.lines != before:
            self.catalogue_search.clear()

    def edit_line(self, row: int, line: DraftLine) -> bool:
        if self.read_only:
            return False
        lines = list(self._draft.lines)
        lines[row] = line
        self.change(
            dataclasses.replace(self._draft, lines=tuple(lines)),
            self.tr("Modifier la ligne {0}").format(row + 1),
        )
        return True

    def remove_selected_lines(self) -> None:
        rows = sorted({i.row() for i in self.lines_view.selectionModel().selectedRows()})
        if not rows and self.lines_view.currentIndex().isValid():
            rows = [self.lines_view.currentIndex().row()]
        if not rows or self.read_only:
            return
        lines = [line for i, line in enumerate(self._draft.lines) if i not in rows]
        allowed = allowed_engagements(lines)
        after = dataclasses.replace(
            self._draft,
            lines=tuple(lines),
            engagement_months=closest_engagement(self._draft.engagement_months, allowed),
        )
        self.change(after, self.tr("Retirer %n ligne(s)", "", len(rows)))

    # -- saving -----------------------------------------------------------------------------
    def save(self, *, ask: bool = True) -> bool:
        """Store the draft now; False (with the reason shown in the header) when it cannot be."""
        self.autosave_timer.stop()
        self.autosave_deadline.stop()
        if self.read_only:
            return True
        self.lines_view.commit_editing()
        if self._draft.client_id is None:
            self.last_error = self.tr("Choisissez un client pour enregistrer l'offre")
            self._update_header()
            return False
        try:
            stored = self._backend.save_draft(self._draft)
        except ConflictError as exc:
            return self._save_conflict(exc, ask)
        except USER_ERRORS as exc:
            self.last_error = self.tr("Non enregistrée : {0}").format(user_message(exc))
            self._update_header()
            return False
        self._saved_as(stored)
        return True

    def _saved_as(self, stored: OfferDraft) -> None:
        self.last_error = ""
        self._conflict = False
        self._draft = dataclasses.replace(
            self._draft,
            offer_id=stored.offer_id,
            number=stored.number,
            revision=stored.revision,
            version=stored.version,
        )
        self.undo_stack.setClean()
        self._update_header()
        self.saved.emit(stored.offer_id or 0)

    def _save_conflict(self, exc: Exception, ask: bool) -> bool:
        """Changed elsewhere: nothing overwritten, the edits kept (see editor/conflict.py)."""
        self._conflict = True
        self.last_error = conflict_status()
        self._update_header()
        if not ask or not ask_save_as_copy(self, self._dialogs, exc):
            return False
        copy = as_new_draft(self._draft)
        try:
            stored = self._backend.save_draft(copy)
        except USER_ERRORS as error:
            self.last_error = self.tr("Non enregistrée : {0}").format(user_message(error))
            self._update_header()
            return False
        self._draft = copy
        self._saved_as(stored)
        return True

    def autosave(self) -> None:
        if self._conflict:  # the user decides (Ctrl+S): no question popping up by itself
            return
        if self.is_dirty() and not self.read_only and self._draft.client_id is not None:
            self.save(ask=False)

    def _reload(self, offer_id: int) -> None:
        self.load(self._backend.load_offer(offer_id))

    def present(self) -> None:
        if not self.save() or self._draft.offer_id is None:
            return
        if not self._draft.lines:
            self._dialogs.error(
                self, self.tr("Offre vide"), self.tr("Ajoutez au moins un produit avant de présenter.")
            )
            return
        try:
            with busy(self.tr("Présentation de l'offre…"), status_of(self), *self.header_buttons):
                self._backend.present(self._draft.offer_id)
                self._reload(self._draft.offer_id)
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Présentation impossible"), user_message(exc))
            return
        self.saved.emit(self._draft.offer_id)

    def sign(self) -> None:
        """A draft is presented first (the client signs what was presented), then signing mode opens."""
        if self._allows(Action.PRESENT):
            self.present()
        if self._allows(Action.SIGN) and self._draft.offer_id is not None:
            self.sign_requested.emit(self._draft.offer_id)

    def print_offer(self) -> None:
        if not self.read_only and self.is_dirty() and not self.save():
            return
        if self._draft.offer_id is not None:
            self.print_requested.emit(self._draft.offer_id)

    def reload_from_store(self) -> None:
        if self._draft.offer_id is not None:
            self._reload(self._draft.offer_id)

    def new_revision(self) -> None:
        self._open_derived(lambda offer_id: self._backend.new_revision(offer_id))

    def duplicate(self) -> None:
        if not self.read_only and self.is_dirty() and not self.save():
            return
        self._open_derived(lambda offer_id: self._backend.duplicate(offer_id))

    def _open_derived(self, make: Callable[[int], int]) -> None:
        if self._draft.offer_id is None:
            return
        try:
            new_id = make(self._draft.offer_id)
        except USER_ERRORS as exc:
            self._dialogs.error(self, self.tr("Action impossible"), user_message(exc))
            return
        self._reload(new_id)
        self.open_offer.emit(new_id)

    # -- closing ----------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        """True when the editor may close: saved, discarded, or nothing to save."""
        if self.read_only or not self.is_dirty():
            return True
        if self._draft.client_id is not None and self.save():
            return True
        answer = self._dialogs.unsaved_changes(self)
        if answer is Answer.SAVE:
            return self.save()
        return answer is Answer.DISCARD

    def request_close(self) -> None:
        if self.confirm_close():
            self.autosave_timer.stop()
            self.autosave_deadline.stop()
            self.closed.emit()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.confirm_close():
            event.accept()
        else:
            event.ignore()
