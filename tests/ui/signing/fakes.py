"""An in-memory signing backend and a scripted dialog seam: the view's tests never block."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from desktop.domain.errors import FieldError
from desktop.domain.signature import Point, PointerKind, SignatureCapture, Stroke
from desktop.services.errors import OfferStateError
from desktop.ui.signing.dialogs import SigningDialogs
from desktop.ui.signing.ports import PackPdf, SignedPack, SigningContext, SigningRequest
from desktop.ui.signing.print_dialog import CupsChoice, CupsRequest
from tests.ui.signing.pdfs import sample_pack

STORED_SIGNATURE = SignatureCapture(
    strokes=(
        Stroke(tuple(Point(800 + i * 350, 2600 - (i % 3) * 500, i * 12, 1000) for i in range(24))),
        Stroke((Point(700, 3300, 400, 1000), Point(9000, 3000, 520, 1000))),
    ),
    width=12000,
    height=5000,
    pointer=PointerKind.PEN,
)


def context(*, stored: SignatureCapture | None = STORED_SIGNATURE) -> SigningContext:
    return SigningContext(
        offer_id=7,
        number="OF-2026-JDU-0042",
        revision=1,
        client_name="Boulangerie Schmit s.à r.l.",
        cgv_label="CGV 01.09.2023",
        cgv_effective_date=dt.date(2023, 9, 1),
        place="Luxembourg",
        representative_name="Jean Dupont",
        representative_function="Chargé de clientèle",
        signatory_name="Marie Schmit",
        signatory_function="",
        stored_signature=stored,
    )


class FakeSigningBackend:
    """Signs in memory; `failures` makes the next calls to sign() raise, in order."""

    def __init__(self, *, stored: SignatureCapture | None = STORED_SIGNATURE) -> None:
        self.context = context(stored=stored)
        self.failures: list[Exception] = []
        self.requests: list[SigningRequest] = []
        self.signed: SignedPack | None = None

    def signing_context(self, offer_id: int) -> SigningContext:
        assert offer_id == self.context.offer_id
        return self.context

    def offer_pack(self, offer_id: int) -> PackPdf:
        """The draft until signed, then the sealed pack (as the services print it)."""
        if self.signed is not None:
            return PackPdf(self.signed.pdf, self.signed.cgv_pages)
        return PackPdf(sample_pack(4, landscape_last=False), cgv_pages=(2, 3, 4))

    def sign(self, request: SigningRequest) -> SignedPack:
        """Refuses what the services refuse (tests/ui/contract/test_signing_contract.py)."""
        self.requests.append(request)
        if self.failures:
            raise self.failures.pop(0)
        if self.signed is not None:
            raise OfferStateError(
                f"L'offre {self.context.number} (révision {self.context.revision}) est signée : "
                "impossible de la signer (seule une offre présentée peut être signée)."
            )
        if not (request.cgv_accepted and request.summary_waived):
            raise FieldError("acceptance", "les CGV et la renonciation au récapitulatif doivent être cochées")
        pdf = sample_pack(5, landscape_last=False, mark="Signé et scellé")
        self.signed = SignedPack(
            offer_id=request.offer_id,
            number=self.context.number,
            revision=self.context.revision,
            pdf=pdf,
            sha256=hashlib.sha256(pdf).hexdigest(),
            cgv_pages=(2, 3, 4),
        )
        return self.signed


class ScriptedDialogs(SigningDialogs):
    """Answers from a script; records every message so tests can read what the user saw."""

    def __init__(self) -> None:
        self.messages: list[tuple[str, str, str]] = []
        self.confirm_answer = True
        self.save_to: Path | None = None
        self.print_to: Path | None = None
        self.printer_copies: int | None = None
        self.printer_pages: tuple[int, int] | None = None
        self.cups_choice: CupsChoice | None = None  # the answer of the CUPS printer dialog
        self.cups_requests: list[CupsRequest] = []

    def info(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("info", title, text))

    def error(self, parent: QWidget | None, title: str, text: str) -> None:
        self.messages.append(("error", title, text))

    def confirm(self, parent: QWidget | None, title: str, text: str) -> bool:
        self.messages.append(("confirm", title, text))
        return self.confirm_answer

    def save_file(self, parent: QWidget | None, title: str, suggested: str, filters: str) -> Path | None:
        self.messages.append(("save_file", title, suggested))
        return self.save_to

    def print_setup(self, parent: QWidget | None, printer: QPrinter) -> bool:
        """Like a user picking "print to file" and keeping the proposed copy count."""
        self.printer_copies = printer.copyCount()
        self.printer_pages = (printer.fromPage(), printer.toPage())
        if self.print_to is None:
            return False
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(self.print_to))
        printer.setResolution(100)
        return True

    def cups_setup(self, parent: QWidget | None, request: CupsRequest) -> CupsChoice | None:
        self.cups_requests.append(request)
        return self.cups_choice
