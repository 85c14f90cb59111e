"""The real SigningBackend: each call is one use case of desktop.services on the open Store,
and `SigningMode`, what the main window calls to sign or print an offer.

Nothing here touches SQLAlchemy or db/: offers.sign() signs, renders, seals and stores the pack
in one transaction; packs.pack_bytes() gives the stored sealed pack or a fresh draft rendering.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain import lifecycle
from desktop.domain.errors import FieldError
from desktop.domain.labels import NO_SIZE, SIZE_LABELS, STATUS_LABELS
from desktop.domain.lifecycle import Action
from desktop.domain.views import SignatureInput
from desktop.domain.vocabulary import ClientSize
from desktop.services import offers, packs, settings
from desktop.services.errors import ClientSizeError, OfferStateError, StoreError
from desktop.services.signing_warmup import prepare_signing
from desktop.services.signing_warmup import shared as warm_up_state
from desktop.services.store import Store
from desktop.ui.signing.dialogs import SigningDialogs
from desktop.ui.signing.ports import (
    PackPdf,
    SignedPack,
    SigningBackend,
    SigningContext,
    SigningRequest,
)
from desktop.ui.signing.printing import (
    PrintJob,
    PrintOutcome,
    prefetch_printers,
    print_pack,
)
from desktop.ui.signing.signing_view import DEFAULT_COPIES, SigningDialog


def _no_place() -> str:
    return ""


def _forget_place(place: str) -> None:
    return None


def _size_name(size: ClientSize | None) -> str:
    return str(NO_SIZE) if size is None else SIZE_LABELS[size].name


class ServicesSigningBackend:
    """SigningBackend over desktop.services.

    `place` gives the prefilled place of signature (the application passes the last place
    signed at, kept in the window's settings: desktop.ui.user_settings), `remember_place`
    keeps it after a signature; by default none is prefilled and none kept.
    """

    def __init__(
        self,
        store: Store,
        *,
        actor: str = "",
        place: Callable[[], str] = _no_place,
        remember_place: Callable[[str], None] = _forget_place,
    ) -> None:
        self.store = store
        self.actor = actor
        self._place = place
        self._remember_place = remember_place

    def signing_context(self, offer_id: int) -> SigningContext:
        view = offers.get_offer(self.store, offer_id)
        if not lifecycle.allows(view.status, Action.SIGN):
            raise OfferStateError(
                QCoreApplication.translate(
                    "SigningBackend",
                    "L'offre {number} (révision {revision}) est {status} : "
                    "seule une offre présentée peut être signée.",
                ).format(
                    number=view.number,
                    revision=view.revision,
                    status=STATUS_LABELS[view.status].in_sentence,  # the labels catalogue's
                )
            )
        rep = view.representative
        company = settings.get_company(self.store)
        site_city = view.site.city if view.site is not None else ""
        place = self._place() or site_city or (company.city if company is not None else "")
        return SigningContext(
            offer_id=view.id,
            number=view.number,
            revision=view.revision,
            client_name=view.client.legal_name,
            cgv_label=f"CGV {view.cgv.effective_date:%d.%m.%Y}",  # as the pack names it
            cgv_effective_date=view.cgv.effective_date,
            place=place,
            representative_name=rep.name,
            representative_function=rep.function,
            signatory_name=view.client.signatory_name,
            signatory_function=view.client.signatory_function,
            client_size=view.client_size,
            stored_signature=rep.signature,
        )

    def offer_pack(self, offer_id: int) -> PackPdf:
        """The pack as it prints now: the stored sealed pack once signed, else the draft."""
        view = offers.get_offer(self.store, offer_id)
        pack = packs.pack_bytes(self.store, view.number, view.revision)
        return PackPdf(pack.pdf, pack.cgv_pages)

    def sign(self, request: SigningRequest) -> SignedPack:
        warm_up_state().wait()  # started with signing mode: never race it (it is over long before)
        view = offers.get_offer(self.store, request.offer_id)
        if not (request.cgv_accepted and request.summary_waived):
            raise FieldError(
                "acceptance",  # an identifier: signing mode names the field (failure.py)
                QCoreApplication.translate(
                    "SigningBackend", "les CGV et la renonciation au récapitulatif doivent être cochées"
                ),
            )
        client = SignatureInput(
            signer_name=request.signatory_name,
            signer_function=request.signatory_function,
            capture=request.client_signature,
            image_png=request.client_signature_png,
            device=request.device,
        )
        representative = (
            None
            if request.representative_used_stored_signature
            else SignatureInput(
                signer_name=view.representative.name,
                signer_function=view.representative.function,
                capture=request.representative_signature,
                image_png=request.representative_signature_png,
                device=request.device,
            )
        )
        try:
            # The declared size is recorded on the offer when it has none; a declaration that
            # contradicts the presented offer's size is refused by the store (a new revision).
            signed = offers.sign(
                self.store,
                request.offer_id,
                client,
                request.place,
                representative,
                at=request.signed_at,
                actor=self.actor or view.representative.code,
                client_size=request.client_size,
            )
        except ClientSizeError as exc:
            raise FieldError(
                "client_size",
                QCoreApplication.translate(
                    "SigningBackend",
                    "le client déclare « {declared} » alors que l'offre présentée indique « {recorded} » ; "
                    "faites une nouvelle révision de l'offre",
                ).format(declared=_size_name(request.client_size), recorded=_size_name(exc.recorded)),
            ) from exc
        self._remember_place(request.place)
        pack = packs.pack_bytes(self.store, signed.number, signed.revision)
        if not pack.signed:
            raise StoreError(
                QCoreApplication.translate(
                    "SigningBackend", "L'offre {number} est signée mais son contrat scellé est introuvable."
                ).format(number=signed.number)
            )
        return SignedPack(
            offer_id=signed.id,
            number=signed.number,
            revision=signed.revision,
            pdf=pack.pdf,
            sha256=hashlib.sha256(pack.pdf).hexdigest(),
            cgv_pages=pack.cgv_pages,
        )


class SigningMode:
    """What the main window calls (its `Signing` protocol): sign an offer, print an offer."""

    def __init__(self, backend: SigningBackend, dialogs: SigningDialogs | None = None) -> None:
        self.backend = backend
        self.dialogs = dialogs or SigningDialogs()

    def sign(self, parent: QWidget, offer_id: int) -> bool:
        """Open signing mode full screen; True once the offer is signed and sealed."""
        prepare_signing()  # imports and certificate while the client reads the offer
        prefetch_printers()
        return SigningDialog.run(parent, self.backend, offer_id, dialogs=self.dialogs) is not None

    def print_offer(self, parent: QWidget, offer_id: int) -> PrintJob | None:
        """Print the offer's pack as stored (sealed) or as it would print today (draft)."""
        try:
            pack = self.backend.offer_pack(offer_id)
        except (StoreError, FieldError) as exc:
            self.dialogs.error(parent, QCoreApplication.translate("SigningMode", "Impression"), str(exc))
            return None

        def done(outcome: PrintOutcome) -> None:
            if outcome.error:
                self.dialogs.error(
                    parent, QCoreApplication.translate("SigningMode", "Impression"), outcome.error
                )

        return print_pack(parent, pack.pdf, DEFAULT_COPIES, dialogs=self.dialogs, on_done=done)
