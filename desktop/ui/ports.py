"""What the screens need from the store, as plain frozen snapshots and one protocol.

Widgets and table models depend on `Backend` only. The real implementation
(`desktop.ui.backend.ServicesBackend`) forwards each call to desktop.services, one use case
per call; tests pass a small in-memory fake. Nothing here holds a database session.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from desktop.domain.errors import DomainError
from desktop.domain.indexation import IndexSeries
from desktop.domain.signature import SignatureCapture
from desktop.domain.vat import VatTable
from desktop.domain.views import (
    AtRestStatus,
    CgvView,
    ClientInput,
    ClientView,
    CompanyInput,
    OfferRow,
    ProductView,
    RepresentativeInput,
    SiteView,
    TrustRoot,
)
from desktop.domain.vocabulary import ClientSize, OfferStatus


class BackendError(Exception):
    """A problem of the store the user can act on (locked database, offer no longer a draft...)."""


class ConflictError(BackendError):
    """The offer was changed elsewhere since the editor loaded it: the save was refused."""


# What a screen catches and shows in a message; anything else is a bug for the excepthook.
USER_ERRORS: tuple[type[Exception], ...] = (DomainError, BackendError)


@dataclass(frozen=True)
class StoreInfo:
    database: str
    catalogue_version: str
    catalogue_date: dt.date | None
    cote: Decimal
    cote_since: dt.date


@dataclass(frozen=True)
class OfferQuery:
    statuses: frozenset[OfferStatus] = frozenset()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""


@dataclass(frozen=True)
class DraftLine:
    """One line of an offer being edited: a snapshot of the product at pricing time."""

    code: str
    name: str
    quantity: int
    unit_monthly: Decimal
    unit_installation: Decimal
    installation_indexed: bool
    vat_rate: Decimal
    allowed_engagements: tuple[int, ...]
    monthly_discount: Decimal = Decimal(0)
    installation_discount: Decimal = Decimal(0)
    product_id: int | None = None


@dataclass(frozen=True)
class OfferDraft:
    """Everything the editor shows and saves; `offer_id` None until first saved."""

    offer_id: int | None
    number: str
    revision: int
    status: OfferStatus
    client_id: int | None
    client_name: str
    site_id: int | None
    offer_date: dt.date
    validity_date: dt.date
    engagement_months: int
    renewal_months: int
    lead_time_days: int
    payment_term_days: int
    required_documents: tuple[str, ...]
    special_conditions: str
    lines: tuple[DraftLine, ...] = field(default=())
    client_size: ClientSize | None = None  # the art. 15 declaration, when made before signing
    version: int | None = None  # the stored offer's version it was loaded at (None: not stored)
    # the pack's language (fr, de, en); None until chosen: the client's preferred language
    document_language: str | None = None


@dataclass(frozen=True)
class ContractRow:
    offer_id: int
    number: str
    revision: int
    client_name: str
    signed_on: dt.date
    activation_date: dt.date | None
    engagement_months: int
    renewal_months: int
    monthly_ht: Decimal


@dataclass(frozen=True)
class ImportReport:
    """`ok`: the file is the catalogue in force; `messages`: its errors when refused, else notes."""

    ok: bool
    version: str
    products: int
    messages: tuple[str, ...]


@dataclass(frozen=True)
class SettingsData:
    """The Settings form: the seller's identity and the representative whole, as the services
    store them (every field, shown or not, so that a save writes back what it loaded except
    what the person changed), and what the installation keeps outside the database."""

    company: CompanyInput
    representative: RepresentativeInput
    rep_signature: SignatureCapture | None
    sealing_certificate: str  # company PKCS#12 path; empty: the installation's own certificate
    place: str = "Luxembourg"  # the place of signature signing mode prefills
    sealing_passphrase: str = ""  # only sent when changed; never shown
    time_zone: str = "Europe/Luxembourg"  # the company's: every screen and document shows it


class Backend(Protocol):
    """The use cases the desktop application calls; each is one transaction in the store."""

    def info(self) -> StoreInfo: ...
    def expire_due(self, today: dt.date) -> int: ...
    def list_offers(self, query: OfferQuery, offset: int, limit: int) -> Sequence[OfferRow]: ...
    def new_draft(self, today: dt.date) -> OfferDraft: ...
    def load_offer(self, offer_id: int) -> OfferDraft: ...
    def save_draft(self, draft: OfferDraft) -> OfferDraft: ...
    def present(self, offer_id: int) -> None: ...
    def duplicate(self, offer_id: int) -> int: ...
    def new_revision(self, offer_id: int) -> int: ...
    def cancel(self, offer_id: int) -> None: ...
    def search_clients(self, text: str, limit: int) -> Sequence[ClientView]: ...
    def client(self, client_id: int) -> ClientView: ...
    def create_client(self, client: ClientInput) -> ClientView: ...
    def add_site(self, client_id: int, label: str) -> SiteView: ...
    def products(self) -> Sequence[ProductView]: ...
    def import_catalogue(self, path: Path) -> ImportReport: ...
    def contracts(self) -> Sequence[ContractRow]: ...
    def record_activation(self, offer_id: int, day: dt.date) -> None: ...
    def series(self) -> IndexSeries: ...
    def save_series(self, series: IndexSeries) -> None: ...
    def vat_table(self) -> VatTable: ...
    def save_vat_table(self, table: VatTable) -> None: ...
    def cgv_versions(self) -> Sequence[CgvView]: ...
    def settings(self) -> SettingsData: ...
    def save_settings(self, data: SettingsData) -> None: ...
    def trust_roots(self) -> Sequence[TrustRoot]: ...
    def install_trust_root(self, source: Path) -> TrustRoot: ...
    def remove_trust_root(self, path: Path) -> None: ...
    def backup(self, target: Path) -> Path: ...
    def restore(self, source: Path) -> None: ...
    def at_rest(self) -> AtRestStatus: ...
    def encrypt_database(self) -> str: ...
