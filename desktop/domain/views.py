"""What the services hand out and take in: plain frozen dataclasses, never ORM objects.

The services return them, the window's screens and table models show them and the CLI
prints them: one set of types, light enough to import before SQLAlchemy is (the window
paints first). No session stays open behind them. Money is Decimal; timestamps are aware
datetimes in UTC; dates are plain dates; statuses, sizes and kinds are the enums of
desktop.domain.vocabulary.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.domain.messages import Message
from desktop.domain.pricing import PricedLine, PricedOffer
from desktop.domain.signature import SignatureCapture
from desktop.domain.vocabulary import (
    ClientSize,
    DocumentKind,
    OfferStatus,
    PointerKind,
    SignerRole,
    VatCategory,
)

if TYPE_CHECKING:  # the views stay light: formatting (and Babel) is not imported for a name
    from desktop.domain.formatting import Lang

ZERO = Decimal(0)

# --- inputs -------------------------------------------------------------------------------


@dataclass(frozen=True)
class Address:
    line1: str
    postcode: str
    city: str
    country: str = "LU"
    line2: str = ""

    def lines(self) -> tuple[str, ...]:
        """Printed lines; Luxembourg postcodes carry their L- prefix."""
        postcode = self.postcode
        if self.country == "LU" and postcode and not postcode.upper().startswith("L-"):
            postcode = f"L-{postcode}"
        city = f"{postcode} {self.city}".strip()
        if self.country and self.country != "LU":
            city = f"{city} ({self.country})"
        return tuple(x for x in (self.line1, self.line2, city) if x)

    def one_line(self) -> str:
        return ", ".join(self.lines())


class _Addressed:
    """A record with the five address fields: `address` is them as one Address."""

    address_line1: str
    address_line2: str
    postcode: str
    city: str
    country: str

    @property
    def address(self) -> Address:
        return Address(self.address_line1, self.postcode, self.city, self.country, self.address_line2)


@dataclass(frozen=True)
class CompanyInput(_Addressed):
    """The seller's identity, as written and as read back (CompanyView is the same type)."""

    legal_name: str
    legal_form: str
    address_line1: str
    postcode: str
    city: str
    rcs: str
    address_line2: str = ""
    country: str = "LU"
    vat_number: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""


CompanyView = CompanyInput  # the identity reads back with exactly the fields it is written with
NO_COMPANY = CompanyInput(legal_name="", legal_form="", address_line1="", postcode="", city="", rcs="")


@dataclass(frozen=True)
class RepresentativeInput:
    code: str  # 2-8 letters/digits, used in offer numbers: OF-2026-<code>-0042
    name: str
    function: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ClientInput(_Addressed):
    legal_name: str
    legal_form: str = ""
    address_line1: str = ""
    address_line2: str = ""
    postcode: str = ""
    city: str = ""
    country: str = "LU"
    rcs: str = ""
    vat_number: str = ""
    iban: str = ""
    signatory_name: str = ""
    signatory_function: str = ""
    email: str = ""
    phone: str = ""
    preferred_language: Lang = "fr"  # the language of the client's documents: fr, de or en


@dataclass(frozen=True)
class SiteInput:
    address_line1: str
    postcode: str
    city: str
    label: str = ""
    address_line2: str = ""
    country: str = "LU"
    notes: str = ""


@dataclass(frozen=True)
class ContactInput:
    name: str
    function: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class LineInput:
    """A line of a draft: the product is looked up by code in the current catalogue (a code
    already on the draft keeps its price snapshot)."""

    product_code: str
    quantity: int = 1
    monthly_discount: Decimal = ZERO  # percent, 0-100
    installation_discount: Decimal = ZERO  # percent, 0-100 (100 = "frais d'installation offerts")


@dataclass(frozen=True)
class DraftInput:
    client_id: int
    offer_date: dt.date
    engagement_months: int
    lines: tuple[LineInput, ...]
    site_id: int | None = None
    validity_date: dt.date | None = None  # default: offer date + 30 days
    renewal_months: int = 12
    lead_time_days: int = 30
    payment_term_days: int = 30
    special_conditions: str = ""
    required_documents: tuple[str, ...] = ()
    client_size: ClientSize | None = None
    # the language the pack is printed in (fr, de, en); None: the client's preferred language
    # for a new draft, the draft's own when it is saved again
    document_language: Lang | None = None
    # the offer's version the editor loaded (OfferView.version): update_draft refuses the
    # save if the stored offer has changed since (None: no check, e.g. a command)
    expected_version: int | None = None


@dataclass(frozen=True)
class SignatureInput:
    signer_name: str
    capture: SignatureCapture
    signer_function: str = ""
    image_png: bytes | None = None
    device: str = ""


# --- views --------------------------------------------------------------------------------


@dataclass(frozen=True)
class RepresentativeView:
    id: int
    code: str
    name: str
    function: str
    email: str
    phone: str
    signature: SignatureCapture | None
    signature_png: bytes | None


@dataclass(frozen=True)
class SiteView(_Addressed):
    id: int
    client_id: int
    label: str
    address_line1: str
    address_line2: str
    postcode: str
    city: str
    country: str
    notes: str

    def one_line(self) -> str:
        """The site as a list shows it: "label — street, postcode city" (either part alone)."""
        address = ", ".join(part for part in (self.address_line1, self.postcode, self.city) if part)
        return f"{self.label} — {address}" if self.label and address else (self.label or address)


@dataclass(frozen=True)
class ContactView:
    id: int
    client_id: int
    name: str
    function: str
    email: str
    phone: str


@dataclass(frozen=True, kw_only=True)
class ClientView(ClientInput):
    """A stored client: what it was written with (a ClientInput, so it can be written back
    as it is), its id, and its sites and contacts."""

    id: int
    sites: tuple[SiteView, ...] = ()
    contacts: tuple[ContactView, ...] = ()


@dataclass(frozen=True)
class CatalogueVersionView:
    id: int
    source_name: str
    file_sha256: str
    content_sha256: str
    product_count: int
    is_sample: bool
    imported_at: dt.datetime


@dataclass(frozen=True)
class ProductView:
    id: int
    catalogue_version_id: int
    code: str
    name: str
    category: str
    description: str
    monthly_fee: Decimal  # HT
    installation_fee: Decimal  # HT, at the reference cote 944.43 when indexed
    installation_indexed: bool
    vat_category: VatCategory
    allowed_engagements: tuple[int, ...]


@dataclass(frozen=True)
class ImportResult:
    version: CatalogueVersionView
    created: bool  # False: the same content was already the current catalogue, nothing changed


@dataclass(frozen=True)
class CgvView:
    id: int
    label: str
    effective_date: dt.date
    sha256: str
    text: str
    structure: dict[str, Any] | None


@dataclass(frozen=True)
class OfferLineView:
    id: int
    position: int
    product_code: str
    product_name: str
    category: str
    quantity: int
    unit_monthly: Decimal
    unit_installation: Decimal  # catalogue figure, at the reference cote
    installation_indexed: bool
    monthly_discount: Decimal
    installation_discount: Decimal
    vat_category: VatCategory
    vat_rate: Decimal
    priced: PricedLine  # amounts as priced at the offer's cote (domain pricing)


@dataclass(frozen=True)
class SignatureView:
    role: SignerRole
    signer_name: str
    signer_function: str
    capture: SignatureCapture
    image_png: bytes | None
    signed_at: dt.datetime
    place: str
    device: str
    pointer_kind: PointerKind


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    offer_id: int
    kind: DocumentKind
    sha256: str
    size: int
    seal: dict[str, Any] | None
    created_at: dt.datetime


@dataclass(frozen=True)
class OfferRow:
    """One row of the offers list."""

    id: int
    number: str
    revision: int
    status: OfferStatus
    client_id: int
    client_name: str
    offer_date: dt.date
    validity_date: dt.date
    engagement_months: int
    monthly_ht: Decimal
    monthly_ttc: Decimal
    installation_ht: Decimal
    installation_ttc: Decimal
    signed_at: dt.datetime | None
    activation_date: dt.date | None


@dataclass(frozen=True)
class OfferView:
    id: int
    number: str
    revision: int
    status: OfferStatus
    client: ClientView  # as presented/signed (snapshot) once the offer left the draft state
    site: SiteView | None
    representative: RepresentativeView
    offer_date: dt.date
    validity_date: dt.date
    engagement_months: int
    renewal_months: int
    lead_time_days: int
    payment_term_days: int
    special_conditions: str
    required_documents: tuple[str, ...]
    client_size: ClientSize | None
    cgv: CgvView
    index_reference: Decimal
    index_applied: Decimal
    vat_standard_rate: Decimal
    lines: tuple[OfferLineView, ...]
    priced: PricedOffer  # .monthly / .installation Totals (HT, VAT, TTC, by rate)
    previous_id: int | None
    presented_at: dt.datetime | None
    signed_at: dt.datetime | None
    signed_place: str | None
    activation_date: dt.date | None
    created_at: dt.datetime
    updated_at: dt.datetime
    signatures: tuple[SignatureView, ...] = ()
    documents: tuple[DocumentInfo, ...] = field(default=())
    version: int = 1  # bumped by every change of the stored offer (optimistic concurrency)
    document_language: Lang = "fr"  # the language its pack is printed in, frozen with it

    @property
    def is_editable(self) -> bool:
        from desktop.domain.lifecycle import editable

        return editable(self.status)

    @property
    def is_signed(self) -> bool:
        return self.signed_at is not None


@dataclass(frozen=True)
class DeadlineRow:
    """A signed contract with its activation date and its next notice deadline."""

    offer_id: int
    number: str
    revision: int
    client_name: str
    activation_date: dt.date
    engagement_months: int
    renewal_months: int
    term: dt.date  # current term (initial, or the renewal in course)
    notice_deadline: dt.date  # registered letter must be received by this day
    days_left: int


@dataclass(frozen=True)
class AuditReport:
    entries: int
    problems: tuple[Message, ...]  # empty when the chain is intact; each names its entry
    first_bad_seq: int | None
    authenticated: int = 0  # entries whose MAC checked under a key of this keychain
    legacy: int = 0  # entries without MAC at the head of the chain (before the audit key)
    legacy_covered: bool = False  # an authenticated entry later in the chain seals them
    packs_checked: int = 0  # sealed packs whose audit entries were found in the chain
    anchor_seq: int | None = None  # the last entry this installation wrote (keychain anchor)

    @property
    def ok(self) -> bool:
        return not self.problems


@dataclass(frozen=True)
class TrustRoot:
    """A company root certificate `offerdesk verify` trusts (a file of the trust folder)."""

    path: Path
    subject: str
    sha256: str
    not_after: str  # ISO date


@dataclass(frozen=True)
class AtRestStatus:
    """What Settings shows: is the local database encrypted, and if not, can it be."""

    path: Path | None
    encrypted: bool
    can_encrypt: bool
    message: Message
