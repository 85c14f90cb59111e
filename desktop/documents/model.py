"""Everything the contract pack prints, as frozen values: no database, no I/O.

The services build a ``PackModel`` from a stored offer; tests build one from fixtures. The
renderer (pack.py) is a pure function of it, so the same model always gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from desktop.documents.cgv import CgvDocument
from desktop.domain.formatting import Lang
from desktop.domain.pricing import PricedOffer, Totals
from desktop.domain.signature import SignatureCapture
from desktop.domain.views import Address, CompanyInput
from desktop.domain.vocabulary import ClientSize


@dataclass(frozen=True)
class ClientParty:
    legal_name: str
    legal_form: str
    address: Address
    rcs: str
    vat_number: str
    signatory_name: str
    signatory_function: str
    email: str = ""
    phone: str = ""


@dataclass(frozen=True)
class InstallationSite:
    label: str
    address: Address


@dataclass(frozen=True)
class Person:
    name: str
    function: str


@dataclass(frozen=True)
class OfferMeta:
    number: str
    revision: int
    offer_date: dt.date
    validity_date: dt.date
    cgv_label: str  # e.g. "CGV 01.09.2023"
    cgv_date: dt.date


@dataclass(frozen=True)
class OfferTerms:
    engagement_months: int
    renewal_months: int
    lead_time_days: int
    payment_term_days: int
    required_documents: tuple[str, ...] = ()
    special_conditions: str = ""
    activation_date: dt.date | None = None


@dataclass(frozen=True)
class SignedBy:
    """One party's signature as printed: who, in what capacity, when, where, and the strokes."""

    name: str
    function: str
    signed_at: dt.datetime  # aware
    place: str
    capture: SignatureCapture
    device: str = ""


@dataclass(frozen=True)
class AuditRecord:
    """The audit-log entry that recorded the signature (the store's hash chain)."""

    seq: int
    at: dt.datetime
    actor: str
    action: str
    entry_hash: str
    prev_hash: str


@dataclass(frozen=True)
class Evidence:
    device: str
    app_version: str
    offer_content_sha256: str
    cgv_sha256: str
    audit: AuditRecord | None
    cgv_translation_sha256: str = ""  # the attached translation's text, when there is one


@dataclass(frozen=True)
class PackModel:
    seller: CompanyInput  # the seller's identity as stored (desktop.domain.views)
    client: ClientParty
    sites: tuple[InstallationSite, ...]
    representative: Person
    meta: OfferMeta
    terms: OfferTerms
    priced: PricedOffer
    descriptions: tuple[str, ...]  # one per priced line: product name (and details) as printed
    client_size: ClientSize | None
    cgv: CgvDocument  # the version in force, in French: the one that binds
    client_signature: SignedBy | None = None
    representative_signature: SignedBy | None = None
    evidence: Evidence | None = None
    # the document's language: offer pages, declarations, evidence page and page furniture
    language: Lang = "fr"
    # the CGV version in the document's language when the company published one (attached
    # for information before the French text, which binds); None: French only
    cgv_translation: CgvDocument | None = None

    def __post_init__(self) -> None:
        if len(self.descriptions) != len(self.priced.lines):
            raise ValueError("one description per priced line is required")
        if self.cgv_translation is not None and self.cgv_translation.version != self.cgv.version:
            raise ValueError("the CGV translation must be of the version attached")
        if self.is_signed and self.evidence is None:
            raise ValueError("a signed pack needs its evidence")

    @property
    def is_signed(self) -> bool:
        return self.client_signature is not None

    @property
    def nominal_contract_value(self) -> Decimal:
        """Installation + N full months (HT): what the offer shows before activation is known."""
        from desktop.domain.calendar import nominal_contract_value

        return nominal_contract_value(
            self.priced.installation.ht, self.priced.monthly.ht, self.terms.engagement_months
        )

    @property
    def total_contract_value(self) -> Decimal | None:
        """Exact value over the initial engagement, once the activation date is known."""
        from desktop.domain.calendar import term, total_contract_value

        activation = self.terms.activation_date
        if activation is None:
            return None
        return total_contract_value(
            self.priced.installation.ht,
            self.priced.monthly.ht,
            activation,
            term(activation, self.terms.engagement_months),
        )


def _totals_json(totals: Totals) -> dict[str, Any]:
    return {
        "ht": str(totals.ht),
        "vat": str(totals.vat),
        "ttc": str(totals.ttc),
        "by_rate": [[str(v.rate), str(v.base_ht), str(v.vat)] for v in totals.by_rate],
    }


def offer_content(model: PackModel) -> dict[str, Any]:
    """The offer as presented for signature (parties, lines, totals, terms), as canonical JSON data.

    Signatures and evidence are not part of it: this is what the signatories agreed to.
    """

    def address(a: Address) -> list[str]:
        return [a.line1, a.line2, a.postcode, a.city, a.country]

    m, t, c = model.meta, model.terms, model.client
    return {
        "seller": [model.seller.legal_name, model.seller.legal_form, address(model.seller.address)],
        "seller_ids": [model.seller.rcs, model.seller.vat_number],
        "client": [c.legal_name, c.legal_form, address(c.address), c.rcs, c.vat_number],
        "signatory": [c.signatory_name, c.signatory_function],
        "sites": [[s.label, address(s.address)] for s in model.sites],
        "representative": [model.representative.name, model.representative.function],
        "offer": [m.number, m.revision, m.offer_date.isoformat(), m.validity_date.isoformat()],
        "cgv": [m.cgv_label, m.cgv_date.isoformat()],
        "terms": [
            t.engagement_months,
            t.renewal_months,
            t.lead_time_days,
            t.payment_term_days,
            list(t.required_documents),
            t.special_conditions,
            t.activation_date.isoformat() if t.activation_date else None,
        ],
        "index": [str(model.priced.cote), str(model.priced.reference)],
        "lines": [
            [
                p.line.code,
                d,
                p.line.quantity,
                str(p.line.vat_rate),
                str(p.monthly_unit_ht),
                str(p.line.monthly_discount),
                str(p.monthly_ht),
                str(p.installation_unit_ht),
                str(p.line.installation_discount),
                str(p.installation_ht),
            ]
            for p, d in zip(model.priced.lines, model.descriptions, strict=True)
        ],
        "monthly": _totals_json(model.priced.monthly),
        "installation": _totals_json(model.priced.installation),
        "client_size": model.client_size.value if model.client_size else None,
        "language": model.language,
        "cgv_translation": model.cgv_translation.sha256() if model.cgv_translation else None,
    }


def offer_content_sha256(model: PackModel) -> str:
    """SHA-256 of the canonical JSON of the offer's content (what the evidence page names)."""
    data = json.dumps(offer_content(model), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()
