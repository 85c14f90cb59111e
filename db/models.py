"""The OfferDesk schema: reference data, catalogue, clients, offers and their evidence.

Every table here is created by Alembic (db/migrations); a test checks that autogenerate
finds no difference between these models and the migrated schema.
"""

from __future__ import annotations

import datetime as dt
import enum
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    Enum,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    UniqueConstraint,
    and_,
    column,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship
from sqlalchemy.sql.elements import ColumnElement

from db.base import (
    PERCENT,
    Base,
    Cote,
    IntPK,
    LongText,
    Money,
    Percent,
    Sha256,
    Str32,
    Str80,
    UTCTimestamp,
)
from desktop.domain.vocabulary import (
    ClientSize,
    DocumentKind,
    OfferStatus,
    PointerKind,
    SignerRole,
    VatCategory,
)

# The languages of a client's documents and of an offer's pack (desktop.domain.formatting's
# LANGUAGES; tests/db/test_document_language.py checks they agree), as the CHECK of migration 0010.
LANGUAGE_CODES = ("fr", "de", "en")
LANGUAGE_VALUES = "(" + ", ".join(f"'{code}'" for code in LANGUAGE_CODES) + ")"


def _enum(kind: type[enum.StrEnum], name: str) -> Enum:
    # Stored as a short VARCHAR with a CHECK constraint: portable, no PostgreSQL ENUM type.
    return Enum(
        kind,
        name=name,
        native_enum=False,
        create_constraint=True,
        length=16,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _enum_text(kind: type[enum.StrEnum]) -> Enum:
    """A column of the domain enum `kind` over the plain VARCHAR(32) the migrations created:
    no CHECK constraint of its own (the triggers or the services hold the values), so the
    schema is the same while the mapped attribute reads and writes the enum."""
    return Enum(
        kind,
        native_enum=False,
        create_constraint=False,
        length=32,
        values_callable=lambda members: [m.value for m in members],
        validate_strings=True,
    )


def _percentage(name: str) -> ColumnElement[bool]:
    """0 <= name <= 100, the bounds written the way the column stores values (scaled on SQLite)."""
    percent = column(name, PERCENT)
    return and_(percent >= Decimal(0), percent <= Decimal(100))


# --- seller, representative, reference data ---------------------------------------------


class CompanyIdentity(Base):
    """The seller printed on every document (a single row, id 1)."""

    __tablename__ = "company_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    legal_name: Mapped[str]
    legal_form: Mapped[Str80]
    address_line1: Mapped[str]
    address_line2: Mapped[str] = mapped_column(default="")
    postcode: Mapped[Str32]
    city: Mapped[Str80]
    country: Mapped[str] = mapped_column(String(2))
    rcs: Mapped[Str32]
    vat_number: Mapped[Str32] = mapped_column(default="")
    phone: Mapped[Str80] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    website: Mapped[str] = mapped_column(default="")
    updated_at: Mapped[UTCTimestamp]


class Representative(Base):
    __tablename__ = "representatives"

    id: Mapped[IntPK]
    code: Mapped[str] = mapped_column(String(8), unique=True)
    name: Mapped[str]
    function: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[Str80] = mapped_column(default="")
    is_current: Mapped[bool] = mapped_column(Boolean, default=False)
    signature_strokes: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    signature_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    updated_at: Mapped[UTCTimestamp]


class IndexSeriesInfo(Base):
    """The STATEC series' name and the reference cote catalogue fees are stated at (single row)."""

    __tablename__ = "statec_series"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    reference: Mapped[Cote]
    reference_date: Mapped[dt.date] = mapped_column(Date)
    updated_at: Mapped[UTCTimestamp]


class IndexPointRow(Base):
    __tablename__ = "statec_points"
    __table_args__ = (CheckConstraint("value > 0", name="positive"),)

    id: Mapped[IntPK]
    effective_date: Mapped[dt.date] = mapped_column(Date, unique=True)
    value: Mapped[Cote]


class VatPeriodRow(Base):
    __tablename__ = "vat_periods"

    id: Mapped[IntPK]
    start_date: Mapped[dt.date] = mapped_column(Date, unique=True)
    end_date: Mapped[dt.date | None] = mapped_column(Date)
    standard: Mapped[Percent]
    intermediate: Mapped[Percent]
    reduced: Mapped[Percent]
    super_reduced: Mapped[Percent]


class CgvVersion(Base):
    __tablename__ = "cgv_versions"

    id: Mapped[IntPK]
    label: Mapped[Str80] = mapped_column(unique=True)
    effective_date: Mapped[dt.date] = mapped_column(Date, unique=True)
    text: Mapped[LongText]
    sha256: Mapped[Sha256]
    structure: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[UTCTimestamp]


# --- catalogue ----------------------------------------------------------------------------


class CatalogueVersion(Base):
    __tablename__ = "catalogue_versions"

    id: Mapped[IntPK]
    source_name: Mapped[str]
    file_sha256: Mapped[Sha256]
    content_sha256: Mapped[Sha256]
    product_count: Mapped[int]
    is_sample: Mapped[bool] = mapped_column(Boolean, default=False)
    imported_at: Mapped[UTCTimestamp]

    products: Mapped[list[Product]] = relationship(back_populates="version", order_by="Product.code")


class Product(Base):
    __tablename__ = "products"
    __table_args__ = (UniqueConstraint("catalogue_version_id", "code"),)

    id: Mapped[IntPK]
    catalogue_version_id: Mapped[int] = mapped_column(ForeignKey("catalogue_versions.id"))
    code: Mapped[Str32]
    name: Mapped[str]
    category: Mapped[Str80]
    description: Mapped[LongText]
    monthly_fee: Mapped[Money]
    installation_fee: Mapped[Money]
    installation_indexed: Mapped[bool] = mapped_column(Boolean)
    vat_category: Mapped[VatCategory] = mapped_column(_enum_text(VatCategory))
    allowed_engagements: Mapped[list[Any]] = mapped_column(JSON)

    version: Mapped[CatalogueVersion] = relationship(back_populates="products")


# --- clients ------------------------------------------------------------------------------


class Client(Base):
    __tablename__ = "clients"
    __table_args__ = (CheckConstraint(f"preferred_language IN {LANGUAGE_VALUES}", name="preferred_language"),)

    id: Mapped[IntPK]
    legal_name: Mapped[str]
    # casefolded, accent-free legal name: the prefix search walks an index on it
    search_name: Mapped[str] = mapped_column(index=True)
    legal_form: Mapped[Str80] = mapped_column(default="")
    address_line1: Mapped[str] = mapped_column(default="")
    address_line2: Mapped[str] = mapped_column(default="")
    postcode: Mapped[Str32] = mapped_column(default="")
    city: Mapped[Str80] = mapped_column(default="")
    country: Mapped[str] = mapped_column(String(2), default="LU")
    rcs: Mapped[Str32] = mapped_column(default="")
    vat_number: Mapped[Str32] = mapped_column(default="")
    iban: Mapped[Str80] = mapped_column(default="")
    signatory_name: Mapped[str] = mapped_column(default="")
    signatory_function: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[Str80] = mapped_column(default="")
    # the language of the client's documents (fr/de/en, migration 0010): new offers default to it
    preferred_language: Mapped[str] = mapped_column(String(2), default="fr", server_default="fr")
    created_at: Mapped[UTCTimestamp]
    updated_at: Mapped[UTCTimestamp]

    sites: Mapped[list[Site]] = relationship(back_populates="client", order_by="Site.id")
    contacts: Mapped[list[Contact]] = relationship(back_populates="client", order_by="Contact.id")


class Site(Base):
    __tablename__ = "sites"

    id: Mapped[IntPK]
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    label: Mapped[str] = mapped_column(default="")
    address_line1: Mapped[str]
    address_line2: Mapped[str] = mapped_column(default="")
    postcode: Mapped[Str32]
    city: Mapped[Str80]
    country: Mapped[str] = mapped_column(String(2), default="LU")
    notes: Mapped[LongText] = mapped_column(default="")

    client: Mapped[Client] = relationship(back_populates="sites")


class Contact(Base):
    __tablename__ = "contacts"

    id: Mapped[IntPK]
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), index=True)
    name: Mapped[str]
    function: Mapped[str] = mapped_column(default="")
    email: Mapped[str] = mapped_column(default="")
    phone: Mapped[Str80] = mapped_column(default="")

    client: Mapped[Client] = relationship(back_populates="contacts")


# --- offers and their evidence ------------------------------------------------------------


class OfferCounter(Base):
    """Last sequence number used per year and representative code (offer numbers, no network)."""

    __tablename__ = "offer_counters"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    rep_code: Mapped[str] = mapped_column(String(8), primary_key=True)
    last_seq: Mapped[int]


class Offer(Base):
    __tablename__ = "offers"
    __table_args__ = (
        UniqueConstraint("number", "revision"),
        CheckConstraint("engagement_months >= 1", name="engagement"),
        CheckConstraint("renewal_months >= 1", name="renewal"),
        CheckConstraint("revision >= 1", name="revision"),
        CheckConstraint(f"document_language IN {LANGUAGE_VALUES}", name="document_language"),
        Index("ix_offers_date_id", "offer_date", "id"),
        Index("ix_offers_status_date_id", "status", "offer_date", "id"),
        Index("ix_offers_client_date_id", "client_id", "offer_date", "id"),
    )

    id: Mapped[IntPK]
    number: Mapped[Str32]
    revision: Mapped[int] = mapped_column(default=1)
    status: Mapped[OfferStatus] = mapped_column(_enum(OfferStatus, "offer_status"))
    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"))
    site_id: Mapped[int | None] = mapped_column(ForeignKey("sites.id"))
    representative_id: Mapped[int] = mapped_column(ForeignKey("representatives.id"))
    previous_id: Mapped[int | None] = mapped_column(ForeignKey("offers.id"))
    offer_date: Mapped[dt.date] = mapped_column(Date)
    validity_date: Mapped[dt.date] = mapped_column(Date)
    engagement_months: Mapped[int]
    renewal_months: Mapped[int] = mapped_column(default=12)
    lead_time_days: Mapped[int]
    payment_term_days: Mapped[int]
    special_conditions: Mapped[LongText] = mapped_column(default="")
    # the client's legal data as presented/signed: a later edit of the client never changes it
    client_snapshot: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    required_documents: Mapped[list[Any]] = mapped_column(JSON)
    client_size: Mapped[ClientSize | None] = mapped_column(_enum(ClientSize, "client_size"))
    # the language the offer's pack is printed in (migration 0010), frozen with the offer
    document_language: Mapped[str] = mapped_column(String(2), default="fr", server_default="fr")
    cgv_version_id: Mapped[int] = mapped_column(ForeignKey("cgv_versions.id"))
    index_reference: Mapped[Cote]
    index_applied: Mapped[Cote]
    vat_standard_rate: Mapped[Percent]  # the standard rate in force on the offer date
    # priced totals (HT/TTC), a snapshot refreshed by every reprice, for fast lists
    monthly_ht: Mapped[Money]
    monthly_ttc: Mapped[Money]
    installation_ht: Mapped[Money]
    installation_ttc: Mapped[Money]
    presented_at: Mapped[UTCTimestamp | None]
    signed_at: Mapped[UTCTimestamp | None]
    signed_place: Mapped[str | None]
    activation_date: Mapped[dt.date | None] = mapped_column(Date)
    created_at: Mapped[UTCTimestamp]
    updated_at: Mapped[UTCTimestamp]
    # optimistic concurrency (migration 0005): every ORM UPDATE of the row is
    # `... SET version = v + 1 WHERE id = :id AND version = v`; a save made from an older
    # version is refused (desktop.services.offers.update_draft), never an overwrite
    version: Mapped[int] = mapped_column(Integer, default=1, server_default="1")

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012 - SQLAlchemy's declarative form

    client: Mapped[Client] = relationship()
    site: Mapped[Site | None] = relationship()
    representative: Mapped[Representative] = relationship()
    cgv_version: Mapped[CgvVersion] = relationship()
    lines: Mapped[list[OfferLineRow]] = relationship(
        back_populates="offer", order_by="OfferLineRow.position", cascade="all, delete-orphan"
    )
    signatures: Mapped[list[Signature]] = relationship(back_populates="offer", order_by="Signature.id")
    documents: Mapped[list[Document]] = relationship(back_populates="offer", order_by="Document.id")


class OfferLineRow(Base):
    """A line as priced: the product's code, name and prices are copied, never looked up again."""

    __tablename__ = "offer_lines"
    __table_args__ = (
        UniqueConstraint("offer_id", "position"),
        CheckConstraint("quantity >= 1", name="quantity"),
        CheckConstraint(_percentage("monthly_discount"), name="monthly_discount"),
        CheckConstraint(_percentage("installation_discount"), name="installation_discount"),
    )

    id: Mapped[IntPK]
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id"))
    position: Mapped[int]
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    product_code: Mapped[Str32]
    product_name: Mapped[str]
    category: Mapped[Str80] = mapped_column(default="")
    unit_monthly: Mapped[Money]
    unit_installation: Mapped[Money]  # at the reference cote (catalogue figure)
    installation_indexed: Mapped[bool] = mapped_column(Boolean)
    quantity: Mapped[int]
    monthly_discount: Mapped[Percent]
    installation_discount: Mapped[Percent]
    vat_category: Mapped[VatCategory] = mapped_column(_enum_text(VatCategory))
    vat_rate: Mapped[Percent]
    # priced amounts (snapshot of the last pricing)
    installation_unit_ht: Mapped[Money]
    monthly_ht: Mapped[Money]
    installation_ht: Mapped[Money]

    offer: Mapped[Offer] = relationship(back_populates="lines")


class Signature(Base):
    __tablename__ = "signatures"
    __table_args__ = (UniqueConstraint("offer_id", "role"),)

    id: Mapped[IntPK]
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id"))
    role: Mapped[SignerRole] = mapped_column(_enum(SignerRole, "signer_role"))
    signer_name: Mapped[str]
    signer_function: Mapped[str] = mapped_column(default="")
    strokes: Mapped[dict[str, Any]] = mapped_column(JSON)
    image_png: Mapped[bytes | None] = mapped_column(LargeBinary)
    signed_at: Mapped[UTCTimestamp]
    place: Mapped[str]
    device: Mapped[str] = mapped_column(default="")
    pointer_kind: Mapped[PointerKind] = mapped_column(_enum_text(PointerKind))

    offer: Mapped[Offer] = relationship(back_populates="signatures")


class Document(Base):
    __tablename__ = "documents"
    # one stored document of each kind per offer (migration 0003): no forged second pack
    __table_args__ = (Index("uq_documents_offer_id_kind", "offer_id", "kind", unique=True),)

    id: Mapped[IntPK]
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id"), index=True)
    kind: Mapped[DocumentKind] = mapped_column(_enum_text(DocumentKind))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[Sha256]
    seal: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    created_at: Mapped[UTCTimestamp]

    offer: Mapped[Offer] = relationship(back_populates="documents")


class PackVersion(Base):
    """A later version of a stored contract pack: the original signed bytes plus an RFC 3161
    document timestamp (level B-T), then plus validation data (B-LT). Append only (migration
    0007); the original stays in `documents`, byte for byte."""

    __tablename__ = "pack_versions"
    __table_args__ = (UniqueConstraint("document_id", "level"),)

    id: Mapped[IntPK]
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id"))
    level: Mapped[str] = mapped_column(String(8))
    pdf: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[Sha256]
    base_sha256: Mapped[Sha256]  # the original signed pack's (documents.sha256), its prefix
    timestamp: Mapped[dict[str, Any]] = mapped_column(JSON)  # TSA, time, serial of the token
    created_at: Mapped[UTCTimestamp]


class ClientSearch(Base):
    """A client's search text (db/search.py): its own table, never a child of a signed offer."""

    __tablename__ = "client_search"

    client_id: Mapped[int] = mapped_column(ForeignKey("clients.id"), primary_key=True, autoincrement=False)
    text: Mapped[str]


class OfferSearch(Base):
    """An offer's search text; `key` sorts newest first (offer date, then id: db/search.py)."""

    __tablename__ = "offer_search"

    # INTEGER PRIMARY KEY on SQLite: the rowid itself, which the FTS5 index carries
    key: Mapped[int] = mapped_column(
        BigInteger().with_variant(Integer, "sqlite"), primary_key=True, autoincrement=False
    )
    offer_id: Mapped[int] = mapped_column(ForeignKey("offers.id"), unique=True)
    text: Mapped[str]


class AuditEntry(Base):
    """Append-only; each entry's hash covers the previous entry's hash (a chain)."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    at: Mapped[UTCTimestamp]
    actor: Mapped[Str80]
    action: Mapped[Str80]
    entity: Mapped[Str80]
    payload: Mapped[dict[str, Any]] = mapped_column(JSON)
    prev_hash: Mapped[Sha256]
    hash: Mapped[Sha256] = mapped_column(unique=True)
    # HMAC-SHA256 of `hash` under the installation's audit key (OS keychain, never stored
    # here) and that key's id; both NULL for entries written before migration 0004 or
    # without a keychain (reported as not authenticated)
    mac: Mapped[str | None] = mapped_column(String(64))
    key_id: Mapped[str | None] = mapped_column(String(32))


class StoreIdentity(Base):
    """One random id per database (single row, id 1, written by migration 0004, immutable):
    the scope of its audit key in the OS keychain, so two databases never share one."""

    __tablename__ = "store_identity"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    database_id: Mapped[str] = mapped_column(String(64))
    created_at: Mapped[UTCTimestamp]


class CompanyCertificate(Base):
    """A certificate of the company's sealing CA, published by the office (migration 0008):
    the root (kind 'root') and each laptop's sealing certificate (kind 'sealing'). Append-only;
    the CA's private key is never stored in the database."""

    __tablename__ = "company_certificates"
    __table_args__ = (CheckConstraint("kind IN ('root', 'sealing')", name="kind"),)

    id: Mapped[IntPK]
    kind: Mapped[str] = mapped_column(String(16))
    representative_code: Mapped[str | None] = mapped_column(String(8))
    serial: Mapped[str] = mapped_column(String(64), unique=True)  # hex
    sha256: Mapped[Sha256] = mapped_column(unique=True)
    subject: Mapped[LongText]
    pem: Mapped[LongText]
    not_before: Mapped[UTCTimestamp]
    not_after: Mapped[UTCTimestamp]
    created_at: Mapped[UTCTimestamp]


class CertificateRevocation(Base):
    """A sealing certificate revoked by the office (a lost laptop): from `revocation_date`
    on, its seals are not trusted. Append-only (migration 0008)."""

    __tablename__ = "certificate_revocations"

    id: Mapped[IntPK]
    certificate_sha256: Mapped[Sha256] = mapped_column(ForeignKey("company_certificates.sha256"), unique=True)
    serial: Mapped[str] = mapped_column(String(64))
    representative_code: Mapped[str | None] = mapped_column(String(8))
    revocation_date: Mapped[UTCTimestamp]
    reason: Mapped[str] = mapped_column(String(200))
    recorded_at: Mapped[UTCTimestamp]


class CompanyCrl(Base):
    """Each certificate revocation list the CA signed (DER), numbered; the highest is current."""

    __tablename__ = "company_crls"

    number: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    der: Mapped[bytes] = mapped_column(LargeBinary)
    sha256: Mapped[Sha256]
    this_update: Mapped[UTCTimestamp]
    created_at: Mapped[UTCTimestamp]


__all__ = [
    "AuditEntry",
    "CatalogueVersion",
    "CertificateRevocation",
    "CgvVersion",
    "Client",
    "ClientSearch",
    "ClientSize",
    "CompanyCertificate",
    "CompanyCrl",
    "CompanyIdentity",
    "Contact",
    "Document",
    "DocumentKind",
    "IndexPointRow",
    "IndexSeriesInfo",
    "Offer",
    "OfferCounter",
    "OfferLineRow",
    "OfferSearch",
    "OfferStatus",
    "Product",
    "Representative",
    "Signature",
    "SignerRole",
    "Site",
    "StoreIdentity",
    "VatPeriodRow",
]
