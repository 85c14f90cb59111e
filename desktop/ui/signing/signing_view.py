"""Signing mode: a full-screen view turned toward the client, with nothing internal on it.

Left, the offer exactly as it will print (the draft pack, rendered by QtPdf) followed by the
CGV, readable in full. Right, three steps: (1) the client accepts the named CGV, waives the
contract summary (art. 15) declaring the company's size, gives name, function and place, and
signs; (2) the representative countersigns (or uses the stored signature); (3) after Confirm
the services sign and seal in one transaction, and the sealed pack is shown, printed (two
copies by default) and saved. A failure leaves the offer unsigned and every entry on screen.

Usage (ui-main): `SigningDialog.run(parent, backend, offer_id, dialogs=...)` -> SignedPack | None.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QPointF, QSysInfo, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QGuiApplication, QKeySequence, QResizeEvent, QShowEvent
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop import __version__
from desktop.domain.errors import DomainError
from desktop.logs import log_exception
from desktop.os_errors import os_reason
from desktop.services.errors import StoreError
from desktop.ui.busy import busy, status_of
from desktop.ui.fit import ElidedLabel, FitScrollArea, available_area
from desktop.ui.signing.dialogs import SigningDialogs
from desktop.ui.signing.export import save_copy
from desktop.ui.signing.failure import failure_text
from desktop.ui.signing.form import ClientStep, RepresentativeStep
from desktop.ui.signing.ink import signature_png
from desktop.ui.signing.ports import PackPdf, SignedPack, SigningBackend, SigningContext, SigningRequest
from desktop.ui.signing.printing import PrintError, PrintJob, PrintOutcome, load_pdf, print_pack

DEFAULT_COPIES = 2  # one for the client, one for the company

STYLE = """
QDialog#signing {{ background: #f4f6f9; }}
QDialog#signing QWidget {{ font-size: {base}pt; }}
QDialog#signing QLabel#title {{ font-size: {title}pt; font-weight: 600; }}
QDialog#signing QLabel#heading {{ font-size: {heading}pt; font-weight: 600; }}
QDialog#signing QLabel#done {{ font-size: {title}pt; color: #1e6b35; font-weight: 600; }}
QCheckBox::indicator, QRadioButton::indicator {{ width: {indicator}px; height: {indicator}px; }}
QLabel#missing {{ color: #7a4b00; }}
QPushButton {{ padding: 8px 18px; }}
QPushButton#primary {{ background: #1f4e8c; color: white; border-radius: 6px; padding: 10px 26px; }}
QPushButton#primary:disabled {{ background: #aab6c6; color: #eef1f5; }}
"""
FONT_SCALE = 1.5  # read at arm's length by the client: half as large again as the desktop's text


def style_sheet(desktop_point_size: float) -> str:
    base = round(max(desktop_point_size, 9.0) * FONT_SCALE, 1)
    return STYLE.format(
        base=base, heading=round(base * 1.2, 1), title=round(base * 1.3, 1), indicator=round(base * 1.5)
    )


def _local_now() -> dt.datetime:
    """Now in the company's time zone, the one the pack prints (not the laptop's own)."""
    from desktop.services.settings import local_now

    return local_now()


def describe_device() -> str:
    """The device as the evidence page states it: system, machine, application, screen."""
    screen = QGuiApplication.primaryScreen()
    size = screen.size() if screen is not None else None
    # no words: the line is recorded at signature and printed in the document's language
    screen_text = f", {size.width()}×{size.height()} px" if size is not None else ""
    return (
        f"{QSysInfo.prettyProductName()} ({QSysInfo.machineHostName()}){screen_text}, OfferDesk {__version__}"
    )


class SigningDialog(QDialog):
    """The signing view for one presented offer.

    Signals: `signed(SignedPack)` right after the services signed and sealed.
    Result: `exec()` returns Accepted once signed (then `signed_pack` holds the pack),
    Rejected if the view was left without signing (the offer is unchanged).
    """

    signed = Signal(object)

    def __init__(
        self,
        backend: SigningBackend,
        context: SigningContext,
        draft: PackPdf,
        parent: QWidget | None = None,
        *,
        dialogs: SigningDialogs | None = None,
        clock: Callable[[], dt.datetime] = _local_now,
        device: str | None = None,
        dots_per_inch: float | None = None,
    ) -> None:
        super().__init__(parent)
        self.backend = backend
        self.context = context
        self.dialogs = dialogs or SigningDialogs()
        self.clock = clock
        self.device = device if device is not None else describe_device()
        self.signed_pack: SignedPack | None = None
        self.print_job: PrintJob | None = None
        self._cgv_pages = draft.cgv_pages
        self.setObjectName("signing")
        self.setWindowTitle(self.tr("Signature de l'offre {number}").format(number=context.number))
        # One style sheet sets every size: Qt does not propagate setFont() under a style sheet.
        self.setStyleSheet(style_sheet(QApplication.font().pointSizeF()))

        self.document, self._buffer = load_pdf(draft.pdf, self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pdf_view.setDocument(self.document)
        self.pdf_view.setAccessibleName(self.tr("L'offre et les conditions générales, telles qu'imprimées"))

        self.client_step = ClientStep(context, self, dots_per_inch=dots_per_inch)
        self.rep_step = RepresentativeStep(context, self, dots_per_inch=dots_per_inch)
        self.done_step = self._build_done_step()
        self.steps = QStackedWidget(self)
        for step in (self.client_step, self.rep_step, self.done_step):
            # as wide as the step needs (the declarations are never cut), scrolled vertically
            self.steps.addWidget(FitScrollArea(step, self))

        self._build_layout()
        self.client_step.changed.connect(self._refresh)
        self.rep_step.changed.connect(self._refresh)
        self._tick = QTimer(self)
        self._tick.setInterval(15_000)
        self._tick.timeout.connect(self._show_time)
        self._tick.start()
        self._show_time()
        self._go(0)

    # ----------------------------------------------------------------- construction
    @classmethod
    def load(
        cls,
        parent: QWidget | None,
        backend: SigningBackend,
        offer_id: int,
        *,
        dialogs: SigningDialogs | None = None,
        clock: Callable[[], dt.datetime] = _local_now,
        device: str | None = None,
        dots_per_inch: float | None = None,
    ) -> SigningDialog | None:
        """Load what the view needs; on a problem tell the user and return None."""
        dialogs = dialogs or SigningDialogs()
        try:
            with busy(
                QApplication.translate("SigningDialog", "Préparation du contrat à signer…"), status_of(parent)
            ):
                context = backend.signing_context(offer_id)
                draft = backend.offer_pack(offer_id)
                return cls(
                    backend,
                    context,
                    draft,
                    parent,
                    dialogs=dialogs,
                    clock=clock,
                    device=device,
                    dots_per_inch=dots_per_inch,
                )
        except (StoreError, DomainError, PrintError) as exc:
            dialogs.error(
                parent,
                QApplication.translate("SigningDialog", "Mode signature"),
                QApplication.translate(
                    "SigningDialog", "Le mode signature ne peut pas s'ouvrir : {e}"
                ).format(e=exc),
            )
        except Exception:
            path = log_exception("opening signing mode")
            dialogs.error(
                parent,
                QApplication.translate("SigningDialog", "Mode signature"),
                QApplication.translate(
                    "SigningDialog",
                    "Le mode signature ne peut pas s'ouvrir (erreur interne, détails dans {path}).",
                ).format(path=path),
            )
        return None

    @classmethod
    def run(
        cls,
        parent: QWidget | None,
        backend: SigningBackend,
        offer_id: int,
        *,
        dialogs: SigningDialogs | None = None,
    ) -> SignedPack | None:
        """Open full screen, let the client and the representative sign; the pack or None."""
        dialog = cls.load(parent, backend, offer_id, dialogs=dialogs)
        if dialog is None:
            return None
        # placed on its screen before it is shown: a window Qt has not seen resized is fitted to
        # its size hint when shown (which dropped the full-screen state once the view fits), and
        # where no window manager honours full screen the dialog stays where it is put (it was
        # put 2 px in, so it ran 2 px off a 1366×768 screen)
        area = available_area(dialog)
        if area is not None:
            dialog.setGeometry(area)
        dialog.showFullScreen()
        dialog.exec()
        return dialog.signed_pack

    def _build_done_step(self) -> QWidget:
        page = QWidget(self)
        self.done_label = QLabel(page)
        self.done_label.setObjectName("done")
        self.done_label.setWordWrap(True)
        self.done_detail = QLabel(page)
        self.done_detail.setWordWrap(True)
        self.done_detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.print_button = QPushButton(
            self.tr("&Imprimer ({n} exemplaires)…").format(n=DEFAULT_COPIES), page
        )
        self.save_button = QPushButton(self.tr("&Enregistrer une copie…"), page)
        self.output_label = QLabel(page)
        self.output_label.setWordWrap(True)
        self.print_button.setObjectName("primary")
        self.print_button.clicked.connect(self.print_pack)
        self.save_button.clicked.connect(self.save_pack)
        buttons = QVBoxLayout()  # one above the other: the step stays narrow on a small screen
        buttons.addWidget(self.print_button, 0, Qt.AlignmentFlag.AlignLeft)
        buttons.addWidget(self.save_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(16, 24, 16, 16)
        layout.addWidget(self.done_label)
        layout.addSpacing(8)
        layout.addWidget(self.done_detail)
        layout.addSpacing(24)
        layout.addLayout(buttons)
        layout.addWidget(self.output_label)
        layout.addStretch(1)
        return page

    def _build_layout(self) -> None:
        self.title = ElidedLabel(  # a long client name never widens signing mode
            self.tr("Offre {number} (révision {revision}) — {client}").format(
                number=self.context.number, revision=self.context.revision, client=self.context.client_name
            ),
            self,
        )
        self.title.setObjectName("title")
        self.step_label = QLabel(self)
        self.offer_button = QPushButton(self.tr("L'&offre"), self)
        self.cgv_button = QPushButton(self.tr("Les &conditions générales"), self)
        self.cgv_button.setVisible(bool(self._cgv_pages))
        # "−" and "+" (named in full for tooltips and screen readers) leave the document room
        self.zoom_out_button = QPushButton("−", self)
        self.zoom_in_button = QPushButton("+", self)
        for button, name in (
            (self.zoom_out_button, self.tr("Réduire")),
            (self.zoom_in_button, self.tr("Agrandir")),
        ):
            button.setToolTip(name)
            button.setAccessibleName(name)
        self.zoom_out_button.setShortcut(QKeySequence.StandardKey.ZoomOut)
        self.zoom_in_button.setShortcut(QKeySequence.StandardKey.ZoomIn)
        self.zoom_out_button.clicked.connect(lambda: self._zoom(1 / 1.25))
        self.zoom_in_button.clicked.connect(lambda: self._zoom(1.25))
        self.offer_button.clicked.connect(lambda: self._jump(0))
        self.cgv_button.clicked.connect(lambda: self._jump(self._cgv_pages[0] - 1 if self._cgv_pages else 0))

        header = QHBoxLayout()
        header.addWidget(self.title, 1)
        header.addWidget(self.step_label)

        viewer = QWidget(self)
        viewer_layout = QVBoxLayout(viewer)
        viewer_layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        nav.addWidget(self.offer_button)
        nav.addWidget(self.cgv_button)
        nav.addStretch(1)
        nav.addWidget(self.zoom_out_button)
        nav.addWidget(self.zoom_in_button)
        viewer_layout.addLayout(nav)
        viewer_layout.addWidget(self.pdf_view, 1)

        self.splitter = splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(viewer)
        splitter.addWidget(self.steps)
        splitter.setStretchFactor(0, 11)
        splitter.setStretchFactor(1, 9)
        splitter.setChildrenCollapsible(False)

        self.missing_label = QLabel(self)
        self.missing_label.setObjectName("missing")
        self.missing_label.setWordWrap(True)
        self.cancel_button = QPushButton(self.tr("Quitter sans signer"), self)
        self.back_button = QPushButton(self.tr("← &Retour"), self)
        self.next_button = QPushButton(self.tr("&Suivant : contre-signature →"), self)
        self.confirm_button = QPushButton(self.tr("Confirmer la &signature"), self)
        self.finish_button = QPushButton(self.tr("&Terminer"), self)
        # with a signature in the settings the representative countersigns and confirms at once
        self.stored_confirm_button = QPushButton(
            self.tr("Contre-signer et confirmer"), self
        )  # a short label: the bottom row must fit a 1024-pixel screen with the two others
        self.stored_confirm_button.setToolTip(
            self.tr(
                "Pour le représentant : contre-signe avec la signature enregistrée et scelle (Ctrl+Entrée)"
            )
        )
        for button in (self.next_button, self.confirm_button, self.finish_button, self.stored_confirm_button):
            button.setObjectName("primary")
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.cancel_button.clicked.connect(self.reject)
        self.back_button.clicked.connect(lambda: self._go(0))
        self.next_button.clicked.connect(lambda: self._go(1))
        self.confirm_button.clicked.connect(self.confirm)
        self.finish_button.clicked.connect(self.accept)
        self.confirm_button.setShortcut(QKeySequence("Ctrl+Return"))
        self.stored_confirm_button.clicked.connect(self.confirm_with_stored)
        self.stored_confirm_button.setShortcut(QKeySequence("Ctrl+Return"))  # only one is shown at a time
        if self._stored_usable():
            self.next_button.setText(self.tr("Contre-signer à la &main →"))
            self.next_button.setObjectName("")

        # what is still missing on its own line above the buttons: beside them it was squeezed
        # into a tall narrow column once the buttons' words were longer (German)
        footer = QHBoxLayout()
        footer.addStretch(1)
        self.footer_buttons = (
            self.cancel_button,
            self.back_button,
            self.next_button,
            self.stored_confirm_button,
            self.confirm_button,
            self.finish_button,
        )
        for button in self.footer_buttons:
            footer.addWidget(button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 16)
        layout.addLayout(header)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.missing_label)
        layout.addLayout(footer)

    # ----------------------------------------------------------------- state
    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        total = sum(self.splitter.sizes())
        if total > 0:  # the document gets a little more room than the form
            self.splitter.setSizes([total * 11 // 20, total - total * 11 // 20])

    def _zoom(self, factor: float) -> None:
        view = self.pdf_view
        if view.zoomMode() != QPdfView.ZoomMode.Custom:
            current = view.width() / max(1.0, self.document.pagePointSize(0).width() * 96 / 72)
            view.setZoomMode(QPdfView.ZoomMode.Custom)
            view.setZoomFactor(current)
        view.setZoomFactor(min(4.0, max(0.25, view.zoomFactor() * factor)))

    def _jump(self, page: int) -> None:
        navigator = self.pdf_view.pageNavigator()
        navigator.jump(page, QPointF(0, 0), navigator.currentZoom())

    def _show_time(self) -> None:
        self.client_step.show_moment(self.clock())

    def current_step(self) -> int:
        return self.steps.currentIndex()

    def _go(self, index: int) -> None:
        if index == 1 and self.client_step.missing():
            return
        self.steps.setCurrentIndex(index)
        labels = (
            self.tr("Étape 1 sur 3 : le client"),
            self.tr("Étape 2 sur 3 : le représentant"),
            self.tr("Étape 3 sur 3 : contrat signé"),
        )
        self.step_label.setText(labels[index])
        self._refresh()
        self._focus_step()

    def _focus_step(self) -> None:
        """The keyboard starts where the step does: first statement, Confirm, Print."""
        first = (self.client_step.cgv.box, self.confirm_button, self.print_button)[self.current_step()]
        first.setFocus(Qt.FocusReason.OtherFocusReason)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._focus_step()

    def missing(self) -> list[str]:
        """Everything still required before Confirm, in the order of the steps."""
        return self.client_step.missing() + self.rep_step.missing()

    def _refresh(self) -> None:
        step = self.current_step()
        signed = self.signed_pack is not None
        visible = {
            self.cancel_button: not signed,
            self.back_button: step == 1,
            self.next_button: step == 0,
            self.stored_confirm_button: step == 0 and not signed and self._stored_usable(),
            self.confirm_button: step == 1,
            self.finish_button: signed,
        }
        # hide first, then show: the buttons of two steps side by side, even for an instant,
        # are wider than a 1024-pixel screen, and a window Qt grows never shrinks back
        for button, shown in sorted(visible.items(), key=lambda item: item[1]):
            button.setVisible(shown)
        self.stored_confirm_button.setEnabled(not self.client_step.missing())
        if signed:
            self.missing_label.clear()
            return
        gaps = self.client_step.missing() if step == 0 else self.missing()
        self.next_button.setEnabled(not self.client_step.missing())
        self.confirm_button.setEnabled(not self.missing())
        if gaps:
            self.missing_label.setText(self.tr("Pour continuer : {gaps}.").format(gaps=", ".join(gaps)))
        elif step == 0 and self._stored_usable():
            self.missing_label.setText(self.tr("Tout est prêt : contre-signez et confirmez."))
        elif step == 0:
            self.missing_label.setText(self.tr("Tout est prêt : passez à la contre-signature."))
        else:
            self.missing_label.setText(self.tr("Tout est prêt : confirmez la signature."))

    def _stored_usable(self) -> bool:
        stored = self.context.stored_signature
        return stored is not None and stored.is_enough_ink()

    def confirm_with_stored(self) -> None:
        """Step 1 complete: countersign with the stored signature and sign, in one click."""
        if self.client_step.missing() or not self._stored_usable():
            return
        self.rep_step.use_stored.setChecked(True)
        self.confirm()

    def has_entries(self) -> bool:
        step = self.client_step
        return (
            step.cgv.isChecked()
            or step.waiver.isChecked()
            or not step.pad.is_empty()
            or not self.rep_step.pad.is_empty()
        )

    # ----------------------------------------------------------------- signing
    def build_request(self) -> SigningRequest | None:
        """The request from the form, or None (with the pads' messages shown) if incomplete."""
        client = self.client_step.pad.check()
        rep = self.rep_step.capture() if self.rep_step.uses_stored() else self.rep_step.pad.check()
        size = self.client_step.client_size()
        if client is None or rep is None or size is None or self.missing():
            return None
        return SigningRequest(
            offer_id=self.context.offer_id,
            cgv_accepted=self.client_step.cgv.isChecked(),
            summary_waived=self.client_step.waiver.isChecked(),
            client_size=size,
            signatory_name=self.client_step.signatory_name.text().strip(),
            signatory_function=self.client_step.signatory_function.text().strip(),
            place=self.client_step.place.text().strip(),
            signed_at=self.clock(),
            client_signature=client,
            client_signature_png=signature_png(client),
            representative_signature=rep,
            representative_signature_png=signature_png(rep),
            representative_used_stored_signature=self.rep_step.uses_stored(),
            device=self.device,
        )

    def confirm(self) -> None:
        """Sign through the services; on failure say why and keep everything entered."""
        if self.signed_pack is not None:
            return
        request = self.build_request()
        if request is None:
            self._refresh()
            return
        try:
            with busy(self.tr("Scellement du contrat…"), self.missing_label, *self.footer_buttons):
                pack = self.backend.sign(request)
        except Exception as exc:
            self._refresh()
            self.dialogs.error(self, self.tr("La signature n'a pas abouti"), failure_text(exc))
            return
        self._signed(pack)

    def _signed(self, pack: SignedPack) -> None:
        self.signed_pack = pack
        self.client_step.set_editable(False)
        self.rep_step.set_editable(False)
        self._tick.stop()
        try:
            document, buffer = load_pdf(pack.pdf, self)
        except PrintError:
            log_exception("showing the sealed pack")
        else:
            old = self.document
            self.document, self._buffer = document, buffer
            self.pdf_view.setDocument(document)
            old.deleteLater()
            self._cgv_pages = pack.cgv_pages or self._cgv_pages
        self.done_label.setText(
            self.tr("✓ Le contrat {number} est signé et scellé.").format(number=pack.number)
        )
        grouped = " ".join(pack.sha256[i : i + 8] for i in range(0, len(pack.sha256), 8))
        self.done_detail.setText(
            self.tr("Le document présenté à gauche est l'exemplaire définitif.")
            + "\n"
            + self.tr("Empreinte SHA-256 : {sha}").format(sha=grouped)
        )
        self.steps.setCurrentIndex(2)
        self._go(2)
        if self._cgv_pages and self._cgv_pages[0] >= 2:
            self._jump(self._cgv_pages[0] - 2)  # the last offer page: where the signatures are
        self.signed.emit(pack)

    # ----------------------------------------------------------------- output
    def print_pack(self) -> PrintJob | None:
        """Print the sealed pack (desktop.ui.signing.printing.print_pack); the job, or None if
        the user gave up. The window stays responsive while it prints."""
        if self.signed_pack is None:
            return None
        self.output_label.setText(self.tr("Impression en cours…"))
        job = print_pack(
            self,
            self.signed_pack.pdf,
            DEFAULT_COPIES,
            title=self.signed_pack.file_name,
            dialogs=self.dialogs,
            on_done=self._printed,
        )
        if job is None:
            self.output_label.clear()
        self.print_job = job
        return job

    def _printed(self, outcome: PrintOutcome) -> None:
        self.output_label.setText(outcome.message)
        if outcome.error:
            self.dialogs.error(self, self.tr("Impression"), outcome.error)

    def save_pack(self) -> bool:
        if self.signed_pack is None:
            return False
        target = self.dialogs.save_file(
            self, self.tr("Enregistrer le contrat signé"), self.signed_pack.file_name, self.tr("PDF (*.pdf)")
        )
        if target is None:
            return False
        try:
            written = save_copy(self.signed_pack.pdf, target)
        except OSError as exc:
            self.dialogs.error(
                self,
                self.tr("Enregistrement"),
                self.tr(
                    "La copie n'a pas pu être enregistrée ({reason}). "
                    "Le contrat reste conservé dans OfferDesk."
                ).format(reason=os_reason(exc)),
            )
            return False
        self.output_label.setText(self.tr("Copie enregistrée : {path}").format(path=written))
        return True

    # ----------------------------------------------------------------- leaving
    def reject(self) -> None:
        if self.signed_pack is not None:
            self.accept()
            return
        if self.has_entries() and not self.dialogs.confirm(
            self,
            self.tr("Quitter le mode signature"),
            self.tr("Quitter sans signer ? Ce qui a été saisi sera perdu ; l'offre reste non signée."),
        ):
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.signed_pack is None and self.has_entries():
            event.ignore()
            self.reject()
            return
        super().closeEvent(event)
