"""The concepts every layer shares, each defined once: what an offer's status, a client's
declared size, a signer's role and a stored document's kind can be.

The database stores these values (db.models columns are typed by these enums), services return
them, the window shows them and documents print them. VAT categories live in
desktop.domain.vat and pointer kinds in desktop.domain.signature, beside the rules that use them.
"""

from __future__ import annotations

from enum import StrEnum

from desktop.domain.signature import PointerKind
from desktop.domain.vat import VatCategory

__all__ = ["ClientSize", "DocumentKind", "OfferStatus", "PointerKind", "SignerRole", "VatCategory"]


class OfferStatus(StrEnum):
    DRAFT = "draft"
    PRESENTED = "presented"
    SIGNED = "signed"
    ACTIVATED = "activated"
    SUPERSEDED = "superseded"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class ClientSize(StrEnum):
    """Declared size for the art. 15 waiver of the contract summary."""

    MICRO = "micro"
    SMALL = "small"
    NON_PROFIT = "non_profit"
    OTHER = "other"


class SignerRole(StrEnum):
    CLIENT = "client"
    REPRESENTATIVE = "representative"


class DocumentKind(StrEnum):
    """What a stored document is (the store's triggers accept these kinds only, migration 0004)."""

    CONTRACT_PACK = "contract_pack"
