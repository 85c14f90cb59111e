"""What the signing view needs from the services, as frozen values and one protocol.

`SigningBackend` is implemented for real by `desktop.ui.signing.services_backend`
(forwarding to desktop.services, one use case per call); tests pass an in-memory fake.
Nothing here holds a database session, and nothing here imports Qt.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Protocol

from desktop.domain.signature import SignatureCapture
from desktop.domain.vocabulary import ClientSize


@dataclass(frozen=True)
class SigningContext:
    """What the view shows and prefills for one presented offer."""

    offer_id: int
    number: str
    revision: int
    client_name: str
    cgv_label: str  # e.g. "CGV 01.09.2023"
    cgv_effective_date: dt.date
    place: str  # prefilled from the settings
    representative_name: str
    representative_function: str = ""
    signatory_name: str = ""  # prefilled from the client's record
    signatory_function: str = ""
    client_size: ClientSize | None = None  # as recorded on the offer, if any
    stored_signature: SignatureCapture | None = None  # the representative's, from the settings


@dataclass(frozen=True)
class PackPdf:
    """A rendered pack: the PDF bytes and where its CGV begins (1-based pages)."""

    pdf: bytes
    cgv_pages: tuple[int, ...] = ()


@dataclass(frozen=True)
class SigningRequest:
    """Everything entered in signing mode; the service signs with it in one transaction."""

    offer_id: int
    cgv_accepted: bool
    summary_waived: bool
    client_size: ClientSize
    signatory_name: str
    signatory_function: str
    place: str
    signed_at: dt.datetime  # aware, local time of the device
    client_signature: SignatureCapture
    client_signature_png: bytes
    representative_signature: SignatureCapture
    representative_signature_png: bytes
    representative_used_stored_signature: bool
    device: str


@dataclass(frozen=True)
class SignedPack:
    """The result of signing: the sealed pack as stored, and its SHA-256."""

    offer_id: int
    number: str
    revision: int
    pdf: bytes
    sha256: str
    cgv_pages: tuple[int, ...] = ()

    @property
    def file_name(self) -> str:
        return f"{self.number}-r{self.revision}-signe.pdf"


class SigningBackend(Protocol):
    """The use cases of signing mode (and of printing an offer)."""

    def signing_context(self, offer_id: int) -> SigningContext: ...

    def offer_pack(self, offer_id: int) -> PackPdf:
        """The pack as it prints: the sealed one once signed, else the draft ("PROJET")."""
        ...

    def sign(self, request: SigningRequest) -> SignedPack:
        """Sign and seal in one transaction; on any error nothing is stored and it raises."""
        ...
