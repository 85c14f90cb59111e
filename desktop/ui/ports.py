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
from enum import StrEnum
from pathlib import Path
from typing import Protocol

from desktop.domain.catalogue import ProductRow
from desktop.domain.errors import DomainError
from desktop.domain.indexation import IndexSeries
from desktop.domain.signature import SignatureCapture
from desktop.domain.vat import VatTable


class BackendError(Exception):
    """A problem of the store the user can act on (locked database, offer no longer a draft...)."""


class ConflictError(BackendError):
    """The offer was changed elsewhere since the editor loaded it: the save was refused."""


# What a screen catches and shows in a message; anything else is a bug for the excepthook.
USER_ERRORS: tuple[type[Exception], ...] = (DomainError, BackendError)


class Status(StrEnum):
    DRAFT = "draft"
    PRESENTED = "presented"
    SIGNED = "signed"
    ACTIVATED = "activated"
    EXPIRED = "expired"
    CANCELLED = "cancelled"
    SUPERSEDED = "superseded"


@dataclass(frozen=True)
class StoreInfo:
    database: str
    catalogue_version: str
    catalogue_date: dt.date | None
    cote: Decimal
    cote_since: dt.date


@dataclass(frozen=True)
class OfferQuery:
    statuses: frozenset[Status] = frozenset()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    search: str = ""


@dataclass(frozen=True)
class OfferRow:
    offer_id: int
    number: str
    revision: int
    status: Status
    client_name: str
    offer_date: dt.date
    validity_date: dt.date | None
    monthly_ht: Decimal
    installation_ht: Decimal


@dataclass(frozen=True)
class ClientRow:
    client_id: int
    legal_name: str
    legal_form: str = ""
    address: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "LU"
    vat_number: str = ""
    rcs_number: str = ""
    iban: str = ""
    signatory_name: str = ""
    signatory_function: str = ""
    email: str = ""
    phone: str = ""
    sites: tuple[SiteRow, ...] = ()


@dataclass(frozen=True)
class SiteRow:
    site_id: int | None
    label: str

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True)
class Product:
    """A catalogue product with the id of its row in the catalogue version in force."""

    product_id: int
    row: ProductRow


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
    status: Status
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
    client_size: str | None = None  # "micro", "small", "non_profit", "other" (art. 15 declaration)
    version: int | None = None  # the stored offer's version it was loaded at (None: not stored)


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
class CgvVersion:
    version: str
    effective_date: dt.date
    sha256: str


@dataclass(frozen=True)
class AtRestState:
    """Settings' database status line: encrypted or not, and whether it can be now."""

    encrypted: bool
    can_encrypt: bool
    message: str


@dataclass(frozen=True)
class SettingsData:
    rep_name: str
    rep_code: str
    rep_signature: SignatureCapture | None
    seller_name: str
    seller_address: str  # first address line
    seller_rcs: str
    seller_vat: str
    sealing_certificate: str  # company PKCS#12 path; empty: the installation's own certificate
    place: str = "Luxembourg"
    sealing_passphrase: str = ""  # only sent when changed; never shown
    # Every other stored field, so that saving the form writes back exactly what it loaded
    # except what the person changed (none of them is blanked by a save).
    rep_function: str = ""
    rep_email: str = ""
    rep_phone: str = ""
    seller_legal_form: str = ""
    seller_address_line2: str = ""
    seller_postcode: str = ""
    seller_city: str = ""
    seller_country: str = "LU"
    seller_phone: str = ""
    seller_email: str = ""
    seller_website: str = ""
    time_zone: str = "Europe/Luxembourg"  # the company's: every screen and document shows it


@dataclass(frozen=True)
class TrustRoot:
    """A company root certificate `offerdesk verify` trusts (a file of the trust folder)."""

    path: Path
    subject: str
    sha256: str
    not_after: str  # ISO date


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
    def search_clients(self, text: str, limit: int) -> Sequence[ClientRow]: ...
    def client(self, client_id: int) -> ClientRow: ...
    def create_client(self, client: ClientRow) -> ClientRow: ...
    def add_site(self, client_id: int, label: str) -> SiteRow: ...
    def products(self) -> Sequence[Product]: ...
    def import_catalogue(self, path: Path) -> ImportReport: ...
    def contracts(self) -> Sequence[ContractRow]: ...
    def record_activation(self, offer_id: int, day: dt.date) -> None: ...
    def series(self) -> IndexSeries: ...
    def save_series(self, series: IndexSeries) -> None: ...
    def vat_table(self) -> VatTable: ...
    def save_vat_table(self, table: VatTable) -> None: ...
    def cgv_versions(self) -> Sequence[CgvVersion]: ...
    def settings(self) -> SettingsData: ...
    def save_settings(self, data: SettingsData) -> None: ...
    def trust_roots(self) -> Sequence[TrustRoot]: ...
    def install_trust_root(self, source: Path) -> TrustRoot: ...
    def remove_trust_root(self, path: Path) -> None: ...
    def backup(self, target: Path) -> Path: ...
    def restore(self, source: Path) -> None: ...
    def at_rest(self) -> AtRestState: ...
    def encrypt_database(self) -> str: ...
