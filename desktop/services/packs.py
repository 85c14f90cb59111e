"""The contract pack of a stored offer: build its model, render, seal, store, write, verify.

`attach_signed_pack(session, offer)` runs inside the store's sign() transaction, right after
the "offer.sign" audit entry is recorded (the evidence page names that entry): it renders
the pack, seals it, stores the Document (PDF, SHA-256, seal) and chains an "offer.pack"
audit entry with the pack's hash. It asks nothing of the user; if anything fails it raises
and the whole signature rolls back.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import platform
from dataclasses import dataclass, replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from db.models import AuditEntry, CompanyIdentity, Document, Offer, OfferStatus
from desktop import __version__
from desktop.documents.cgv import CgvDocument, load_translation
from desktop.documents.model import (
    AuditRecord,
    ClientParty,
    Evidence,
    InstallationSite,
    OfferMeta,
    OfferTerms,
    PackModel,
    Person,
    SignedBy,
    offer_content_sha256,
)
from desktop.documents.seal import SealError, SealInfo, seal_pdf
from desktop.domain.formatting import DEFAULT_LANG
from desktop.domain.messages import msg
from desktop.domain.views import CgvView, CompanyView, OfferView, SignatureView
from desktop.domain.vocabulary import SignerRole
from desktop.services import audit
from desktop.services.causes import cause
from desktop.services.errors import NotFoundError, StoreError
from desktop.services.offer_views import offer_view
from desktop.services.seal_settings import SEAL_PASSPHRASE_ENV as SEAL_PASSPHRASE_ENV
from desktop.services.seal_settings import SEAL_PKCS12_ENV as SEAL_PKCS12_ENV
from desktop.services.seal_settings import SEAL_SETTINGS_FILE as SEAL_SETTINGS_FILE
from desktop.services.seal_settings import seal_config as seal_config
from desktop.services.settings import company_view
from desktop.services.store import Store
from desktop.services.verification import PACK_KIND as PACK_KIND
from desktop.services.verification import PackCheck as PackCheck
from desktop.services.verification import check_pack as check_pack


class PackError(StoreError):
    """A pack cannot be produced or found (clear message for the user)."""


# --- settings ---------------------------------------------------------------------------


def device_description() -> str:
    """The machine the pack was produced on (shown on the evidence page)."""
    return f"{platform.node() or 'poste'} — {platform.system()} {platform.release()} ({platform.machine()})"


# --- model --------------------------------------------------------------------------------


def _cgv(view: CgvView) -> CgvDocument:
    if view.structure is not None:
        return CgvDocument.from_json(view.structure)
    from desktop.documents.cgv_build import parse_seed

    return parse_seed(view.text, view.label)


def _signed(sig: SignatureView) -> SignedBy:
    return SignedBy(
        name=sig.signer_name,
        function=sig.signer_function,
        signed_at=sig.signed_at,
        place=sig.place,
        capture=sig.capture,
        device=sig.device,
    )


def _audit_record(entry: AuditEntry) -> AuditRecord:
    return AuditRecord(
        seq=entry.seq,
        at=entry.at,
        actor=entry.actor,
        action=entry.action,
        entry_hash=entry.hash,
        prev_hash=entry.prev_hash,
    )


def pack_model(view: OfferView, company: CompanyView, sign_entry: AuditEntry | None = None) -> PackModel:
    """Everything the pack prints, from an offer as stored (signed or not)."""
    client = view.client
    site = view.site
    sites: tuple[InstallationSite, ...] = ()
    if site is not None:
        sites = (InstallationSite(label=site.label, address=site.address),)
    cgv = _cgv(view.cgv)
    language = view.document_language
    translation = load_translation(cgv.version, language)
    model = PackModel(
        seller=company,
        client=ClientParty(
            legal_name=client.legal_name,
            legal_form=client.legal_form,
            address=client.address,
            rcs=client.rcs,
            vat_number=client.vat_number,
            signatory_name=client.signatory_name,
            signatory_function=client.signatory_function,
            email=client.email,
            phone=client.phone,
        ),
        sites=sites,
        representative=Person(view.representative.name, view.representative.function),
        meta=OfferMeta(
            number=view.number,
            revision=view.revision,
            offer_date=view.offer_date,
            validity_date=view.validity_date,
            cgv_label=f"CGV {view.cgv.effective_date:%d.%m.%Y}",
            cgv_date=view.cgv.effective_date,
        ),
        terms=OfferTerms(
            engagement_months=view.engagement_months,
            renewal_months=view.renewal_months,
            lead_time_days=view.lead_time_days,
            payment_term_days=view.payment_term_days,
            required_documents=view.required_documents,
            special_conditions=view.special_conditions,
            activation_date=view.activation_date,
        ),
        priced=view.priced,
        descriptions=tuple(line.product_name for line in view.lines),
        client_size=view.client_size,
        cgv=cgv,
        language=language,
        cgv_translation=translation,
    )
    signatures = {s.role: s for s in view.signatures}
    if view.signed_at is None or SignerRole.CLIENT not in signatures:
        return model
    client_sig = _signed(signatures[SignerRole.CLIENT])
    rep = signatures.get(SignerRole.REPRESENTATIVE)

    return replace(
        model,
        client_signature=client_sig,
        representative_signature=_signed(rep) if rep is not None else None,
        evidence=Evidence(
            device=client_sig.device or device_description(),
            app_version=__version__,
            offer_content_sha256=offer_content_sha256(model),
            cgv_sha256=view.cgv.sha256,
            audit=_audit_record(sign_entry) if sign_entry is not None else None,
            cgv_translation_sha256=translation.sha256() if translation is not None else "",
        ),
    )


def _company(session: Session) -> CompanyView:
    row = session.get(CompanyIdentity, 1)
    if row is None:
        raise PackError(msg("records.pack.no_seller"))
    return company_view(row)


def _sign_entry(session: Session, offer: Offer) -> AuditEntry | None:
    return session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == f"offer:{offer.id}", AuditEntry.action == "offer.sign")
        .order_by(AuditEntry.seq.desc())
        .limit(1)
    ).first()


# --- signing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class AttachedPack:
    document_id: int
    sha256: str
    seal: SealInfo
    page_count: int


def attach_signed_pack(session: Session, offer: Offer, actor: str = "") -> AttachedPack:
    """Render, seal and store the signed pack (inside the caller's sign transaction)."""
    from desktop.documents.pack import render_pack

    if offer.status is not OfferStatus.SIGNED:
        raise PackError(msg("records.pack.not_signed", number=offer.number, revision=offer.revision))
    session.flush()
    session.expire(offer, ["signatures", "documents"])
    entry = _sign_entry(session, offer)
    if entry is None:
        raise PackError(msg("records.pack.sign_not_recorded"))
    model = pack_model(offer_view(session, offer), _company(session), entry)
    rendered = render_pack(model)
    # the seal's /Reason, part of the document: in the document's language (French until an
    # offer has its own, issue 13)
    reason = msg(
        "records.pack.seal_reason",
        number=offer.number,
        revision=offer.revision,
        client=model.client.legal_name,
    ).text(DEFAULT_LANG)
    try:
        sealed, info = seal_pdf(rendered.pdf, seal_config(), reason, offer.signed_place or "")
    except SealError as exc:  # the company's certificate: missing, unreadable, wrong passphrase
        raise PackError(msg("records.pack.seal_failed", reason=cause(exc))) from exc
    digest = hashlib.sha256(sealed).hexdigest()
    evidence = model.evidence
    assert evidence is not None
    document = Document(
        offer_id=offer.id,
        kind=PACK_KIND,
        pdf=sealed,
        sha256=digest,
        seal={
            **info.to_json(),
            "pages": rendered.page_count,
            "cgv_pages": list(rendered.all_cgv_pages),  # where signing mode's « CGV » button jumps
            "offer_content_sha256": evidence.offer_content_sha256,
            "cgv_sha256": evidence.cgv_sha256,
            "sign_audit_seq": entry.seq,
        },
        created_at=dt.datetime.now(dt.UTC),
    )
    session.add(document)
    session.flush()
    audit.record(
        session,
        "offer.pack",
        f"offer:{offer.id}",
        {
            "document_id": document.id,
            "sha256": digest,
            "seal_certificate_sha256": info.certificate_sha256,
            "sealed_at": info.sealed_at,
        },
        actor,
    )
    return AttachedPack(document.id, digest, info, rendered.page_count)


# --- reading and writing ------------------------------------------------------------------


def find_offer(session: Session, number: str, revision: int | None = None) -> Offer:
    query = select(Offer).where(Offer.number == number)
    if revision is not None:
        query = query.where(Offer.revision == revision)
    offer = session.scalars(query.order_by(Offer.revision.desc()).limit(1)).first()
    if offer is None:
        if revision is None:
            raise NotFoundError(msg("records.pack.offer_not_found", number=number))
        raise NotFoundError(msg("records.pack.revision_not_found", number=number, revision=revision))
    return offer


def _stored_pack(session: Session, offer: Offer) -> Document | None:
    return session.scalars(
        select(Document)
        .where(Document.offer_id == offer.id, Document.kind == PACK_KIND)
        .order_by(Document.id.desc())
        .limit(1)
    ).first()


def _check_recorded_digest(session: Session, offer: Offer, pdf: bytes) -> None:
    """The stored pack must be the one the signing transaction recorded in the audit log."""
    entry = session.scalars(
        select(AuditEntry)
        .where(AuditEntry.entity == f"offer:{offer.id}", AuditEntry.action == "offer.pack")
        .order_by(AuditEntry.seq)
        .limit(1)
    ).first()
    which = {"number": offer.number, "revision": offer.revision}
    if entry is None:
        raise PackError(msg("records.pack.pack_not_recorded", **which))
    forged = audit.entry_problem(session, entry)
    if forged is not None:
        raise PackError(msg("records.pack.record_not_trusted", problem=forged, **which))
    if hashlib.sha256(pdf).hexdigest() != entry.payload.get("sha256"):
        raise PackError(msg("records.pack.pack_changed", **which))


@dataclass(frozen=True)
class WrittenPack:
    path: Path
    number: str
    revision: int
    signed: bool
    sha256: str


@dataclass(frozen=True)
class PackBytes:
    pdf: bytes
    signed: bool
    number: str
    revision: int
    cgv_pages: tuple[int, ...] = ()  # 1-based, as render_pack laid them out


def pack_bytes(store: Store, number: str, revision: int | None = None) -> PackBytes:
    """The sealed pack stored for a signed offer, or a freshly rendered draft pack."""
    from desktop.documents.pack import render_pack

    with store.read() as session:
        offer = find_offer(session, number, revision)
        if offer.signed_at is not None:
            stored = _stored_pack(session, offer)
            if stored is None:
                raise PackError(msg("records.pack.pack_missing", number=number, revision=offer.revision))
            pdf = bytes(stored.pdf)
            _check_recorded_digest(session, offer, pdf)
            return PackBytes(
                pdf, True, offer.number, offer.revision, _stored_cgv_pages(session, offer, stored)
            )
        rendered = render_pack(pack_model(offer_view(session, offer), _company(session)))
        return PackBytes(rendered.pdf, False, offer.number, offer.revision, rendered.all_cgv_pages)


def _stored_cgv_pages(session: Session, offer: Offer, stored: Document) -> tuple[int, ...]:
    """The sealed pack's CGV pages, recorded when it was sealed; a pack sealed before they
    were recorded is laid out again (render_pack is deterministic: the same pages)."""
    from desktop.documents.pack import render_pack

    recorded = (stored.seal or {}).get("cgv_pages")
    if isinstance(recorded, list) and all(isinstance(page, int) for page in recorded):
        return tuple(recorded)
    model = pack_model(offer_view(session, offer), _company(session), _sign_entry(session, offer))
    return render_pack(model).all_cgv_pages


def write_pack(store: Store, number: str, revision: int | None, path: Path) -> WrittenPack:
    """Write the pack of an offer to `path`, atomically."""
    from desktop.documents.files import write_atomic

    pack = pack_bytes(store, number, revision)
    write_atomic(path, pack.pdf)
    return WrittenPack(path, pack.number, pack.revision, pack.signed, hashlib.sha256(pack.pdf).hexdigest())
