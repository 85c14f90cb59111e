"""An in-memory Backend for widget tests: the same protocol the real services adapter implements."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Sequence
from decimal import Decimal
from pathlib import Path

from desktop import i18n
from desktop.documents import zone
from desktop.domain import lifecycle
from desktop.domain.defaults import default_documents
from desktop.domain.errors import FieldError
from desktop.domain.indexation import IndexSeries
from desktop.domain.lifecycle import Action
from desktop.domain.messages import msg
from desktop.domain.pricing import OfferLine, price_offer
from desktop.domain.vat import VatCategory, VatTable
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
from desktop.domain.vocabulary import OfferStatus
from desktop.reference import load_statec_series, load_vat_table
from desktop.ui.ports import (
    BackendError,
    ConflictError,
    ContractRow,
    DraftLine,
    ImportReport,
    OfferDraft,
    OfferQuery,
    SettingsData,
    StoreInfo,
)

D = Decimal


def product(
    pid: int, code: str, name: str, category: str, monthly: str, install: str, engagements=(12, 24, 36)
):
    return ProductView(
        id=pid,
        catalogue_version_id=1,
        code=code,
        name=name,
        category=category,
        description=f"{name} — description détaillée",
        monthly_fee=D(monthly),
        installation_fee=D(install),
        installation_indexed=True,
        vat_category=VatCategory.STANDARD,
        allowed_engagements=tuple(engagements),
    )


SAMPLE_PRODUCTS = (
    product(1, "FIB-100", "Fibre Business 100", "Accès internet", "89.00", "250.00"),
    product(2, "FIB-1000", "Fibre Business 1000", "Accès internet", "249.00", "629.62", (24, 36)),
    product(3, "4G-BKP", "Secours 4G", "Accès internet", "29.00", "0.00", (12, 24, 36, 48)),
    product(4, "SIP-CH", "Canal SIP", "Téléphonie", "6.50", "15.00", (1, 12, 24, 36)),
    product(5, "PBX-SEAT", "Poste PBX hébergé", "Téléphonie", "12.00", "20.00"),
    product(6, "RACK-1U", "Colocation 1U", "Data centre", "75.00", "100.00", (12, 24, 36, 60)),
)


class FakeBackend:
    def __init__(self, products: Sequence[ProductView] = SAMPLE_PRODUCTS, offers: int = 0) -> None:
        self._products = list(products)
        self._series: IndexSeries = load_statec_series()
        self._vat: VatTable = load_vat_table()
        self.clients: dict[int, ClientView] = {}
        self.drafts: dict[int, OfferDraft] = {}
        self.activations: dict[int, dt.date] = {}
        self.signed_on: dict[int, dt.date] = {}
        self.saves = 0
        self.expired_calls: list[dt.date] = []
        self.backups: list[Path] = []
        self.restored: list[Path] = []
        self.imported: list[Path] = []
        self._settings = SettingsData(
            company=CompanyInput(
                legal_name="cegecom s.a.",
                legal_form="société anonyme",
                address_line1="3, rue Jean Piret",
                postcode="L-2350",
                city="Luxembourg",
                rcs="B65734",
                vat_number="LU15027442",
            ),
            representative=RepresentativeInput(code="JDU", name="Jeanne Dupont"),
            rep_signature=None,
            sealing_certificate="",
        )
        self._roots: list[TrustRoot] = []
        self._seq = 0
        client = self.create_client(ClientInput("Boulangerie Schmit", "s.à r.l.", vat_number="LU15027442"))
        self.add_site(client.id, "Siège — 12, rue de la Gare, L-1611 Luxembourg")
        self.create_client(ClientInput("Garage Weber", "s.a."))
        for i in range(offers):
            self._make_offer(i, client)

    def _make_offer(self, i: int, client: ClientView) -> None:
        draft = self.new_draft(dt.date(2026, 1, 1) + dt.timedelta(days=i % 300))
        line = self.line_for(self._products[i % len(self._products)])
        status = [OfferStatus.DRAFT, OfferStatus.PRESENTED, OfferStatus.SIGNED][i % 3]
        draft = dataclasses.replace(
            draft, client_id=client.id, client_name=client.legal_name, lines=(line,), status=status
        )
        self.save_draft(dataclasses.replace(draft, status=OfferStatus.DRAFT))
        saved = self.drafts[max(self.drafts)]
        self.drafts[saved.offer_id or 0] = dataclasses.replace(saved, status=status)

    def line_for(self, item: ProductView) -> DraftLine:
        row = item
        return DraftLine(
            code=row.code,
            name=row.name,
            quantity=1,
            unit_monthly=row.monthly_fee,
            unit_installation=row.installation_fee,
            installation_indexed=row.installation_indexed,
            vat_rate=D(17),
            allowed_engagements=row.allowed_engagements,
            product_id=item.id,
        )

    # -- Backend ----------------------------------------------------------------------------
    def info(self) -> StoreInfo:
        return StoreInfo(
            "mémoire (tests)", "échantillon 2026-11", dt.date(2026, 11, 1), D("968.04"), dt.date(2025, 5, 1)
        )

    def _step(self, offer_id: int, action: Action) -> OfferStatus:
        """The status `action` leads the offer to, as the services decide it (desktop.domain.
        lifecycle); BackendError, with the machine's reason, when the status refuses it."""
        if offer_id not in self.drafts:
            raise BackendError(f"L'offre n° {offer_id} n'existe pas (elle a peut-être été supprimée).")
        offer = self.drafts[offer_id]
        status = OfferStatus(offer.status)
        refused = lifecycle.refusal(status, action)
        if refused is not None:
            raise BackendError(str(refused.message(offer.number, offer.revision)))
        return lifecycle.step(status, action)

    def _set_status(self, offer_id: int, status: OfferStatus) -> None:
        """Every change of a stored offer bumps its version (as the store's does)."""
        offer = self.drafts[offer_id]
        version = (offer.version or 0) + 1 if status != offer.status else offer.version
        self.drafts[offer_id] = dataclasses.replace(offer, status=status, version=version)

    @staticmethod
    def _redated(source: OfferDraft, day: dt.date) -> OfferDraft:
        """A copy dated `day`, valid as long as the source was (services.offers._copy)."""
        validity = day + max(source.validity_date - source.offer_date, dt.timedelta(0))
        return dataclasses.replace(source, offer_date=day, validity_date=validity)

    def expire_due(self, today: dt.date) -> int:
        self.expired_calls.append(today)
        count = 0
        for key, draft in list(self.drafts.items()):
            if lifecycle.allows(OfferStatus(draft.status), Action.EXPIRE) and draft.validity_date < today:
                self._set_status(key, self._step(key, Action.EXPIRE))
                count += 1
        return count

    def _row(self, d: OfferDraft) -> OfferRow:
        lines = [
            OfferLine(
                ln.name,
                ln.quantity,
                ln.unit_monthly,
                ln.unit_installation,
                ln.installation_indexed,
                ln.vat_rate,
                ln.monthly_discount,
                ln.installation_discount,
            )
            for ln in d.lines
        ]
        priced = price_offer(lines, self._series.cote_on(d.offer_date)) if lines else None
        return OfferRow(
            id=d.offer_id or 0,
            number=d.number,
            revision=d.revision,
            status=d.status,
            client_id=d.client_id or 0,
            client_name=d.client_name,
            offer_date=d.offer_date,
            validity_date=d.validity_date,
            engagement_months=d.engagement_months,
            monthly_ht=priced.monthly.ht if priced else D(0),
            monthly_ttc=priced.monthly.ttc if priced else D(0),
            installation_ht=priced.installation.ht if priced else D(0),
            installation_ttc=priced.installation.ttc if priced else D(0),
            signed_at=None,
            activation_date=self.activations.get(d.offer_id or 0),
        )

    def list_offers(self, query: OfferQuery, offset: int, limit: int) -> Sequence[OfferRow]:
        rows = sorted(self.drafts.values(), key=lambda d: (d.offer_date, d.offer_id or 0), reverse=True)
        needle = query.search.lower()
        chosen = [
            d
            for d in rows
            if (not query.statuses or d.status in query.statuses)
            and (query.date_from is None or d.offer_date >= query.date_from)
            and (query.date_to is None or d.offer_date <= query.date_to)
            and (not needle or needle in d.client_name.lower() or needle in d.number.lower())
        ]
        return [self._row(d) for d in chosen[offset : offset + limit]]

    def new_draft(self, today: dt.date) -> OfferDraft:
        return OfferDraft(
            offer_id=None,
            number="",
            revision=1,
            status=OfferStatus.DRAFT,
            client_id=None,
            client_name="",
            site_id=None,
            offer_date=today,
            validity_date=today + dt.timedelta(days=30),
            engagement_months=36,
            renewal_months=12,
            lead_time_days=30,
            payment_term_days=30,
            required_documents=default_documents(i18n.current_language()),
            special_conditions="",
        )

    def load_offer(self, offer_id: int) -> OfferDraft:
        if offer_id not in self.drafts:
            raise BackendError(f"L'offre n° {offer_id} n'existe pas (elle a peut-être été supprimée).")
        return self.drafts[offer_id]

    def save_draft(self, draft: OfferDraft) -> OfferDraft:
        if draft.client_id is None:
            raise FieldError("client", "choisissez ou créez un client avant d'enregistrer")
        if draft.offer_id is not None:
            stored = self.drafts.get(draft.offer_id)
            if stored is not None and draft.version is not None and draft.version != stored.version:
                raise ConflictError(
                    f"L'offre {stored.number} (révision {stored.revision}) a été modifiée ailleurs depuis "
                    "que vous l'avez ouverte : votre version n'a pas été enregistrée."
                )
            self._step(draft.offer_id, Action.EDIT)
            stored = self.drafts[draft.offer_id]
            # identity and status are the stored offer's, whatever the editor sends
            draft = dataclasses.replace(
                draft,
                number=stored.number,
                revision=stored.revision,
                status=stored.status,
                version=(stored.version or 0) + 1,
            )
        self.saves += 1
        if draft.offer_id is None:
            self._seq += 1
            number = draft.number or f"OF-{draft.offer_date.year}-JDU-{self._seq:04d}"
            draft = dataclasses.replace(draft, offer_id=self._seq, number=number, version=1)
        self.drafts[draft.offer_id or 0] = draft
        return draft

    def present(self, offer_id: int) -> None:
        presented = self._step(offer_id, Action.PRESENT)
        if not self.drafts[offer_id].lines:
            raise FieldError("lines", "ajoutez au moins une ligne avant de présenter l'offre")
        self._set_status(offer_id, presented)

    def duplicate(self, offer_id: int) -> int:
        self._step(offer_id, Action.DUPLICATE)
        source = self.drafts[offer_id]
        copy = self.save_draft(
            dataclasses.replace(
                self._redated(source, zone.today()),
                offer_id=None,
                number="",
                status=OfferStatus.DRAFT,
                revision=1,
            )
        )
        return copy.offer_id or 0

    def new_revision(self, offer_id: int) -> int:
        """A draft revision +1 of the same number (like the services: a presented or expired
        source is superseded now, a signed one stays in force until the revision is signed)."""
        source = self.drafts.get(offer_id)
        if source is not None and any(
            d.number == source.number and d.revision > source.revision for d in self.drafts.values()
        ):
            raise BackendError(
                f"L'offre {source.number} (révision {source.revision}) n'est pas la dernière révision de "
                f"{source.number} : révisez la plus récente."
            )
        after = self._step(offer_id, Action.NEW_REVISION)
        assert source is not None
        self._seq += 1
        revised = dataclasses.replace(
            self._redated(source, zone.today()),
            offer_id=self._seq,
            status=OfferStatus.DRAFT,
            revision=source.revision + 1,
            version=1,
        )
        self.drafts[self._seq] = revised
        self._set_status(offer_id, after)
        return self._seq

    def cancel(self, offer_id: int) -> None:
        self._set_status(offer_id, self._step(offer_id, Action.CANCEL))

    def sign(self, offer_id: int, day: dt.date) -> None:
        """What signing mode does to the offer (the signing backend's `sign`, without the pack):
        presented -> signed on `day`; an earlier signed revision of the number is superseded."""
        signed = self._step(offer_id, Action.SIGN)
        offer = self.drafts[offer_id]
        if offer.validity_date is not None and day > offer.validity_date:
            raise BackendError(
                f"L'offre {offer.number} (révision {offer.revision}) n'était valable que jusqu'au "
                f"{offer.validity_date:%d/%m/%Y} : faites une nouvelle révision."
            )
        self._set_status(offer_id, signed)
        self.signed_on[offer_id] = day
        for key, earlier in list(self.drafts.items()):
            earlier_status = OfferStatus(earlier.status)
            if (
                earlier.number == offer.number
                and earlier.revision < offer.revision
                and lifecycle.allows(earlier_status, Action.SUPERSEDE)
            ):
                self._set_status(key, OfferStatus(lifecycle.step(earlier_status, Action.SUPERSEDE).value))

    def search_clients(self, text: str, limit: int) -> Sequence[ClientView]:
        needle = text.lower()  # like the store (any part of the name); no sites in search results
        found = [c for c in self.clients.values() if needle in c.legal_name.lower()][:limit]
        return [dataclasses.replace(c, sites=()) for c in found]

    def client(self, client_id: int) -> ClientView:
        return self.clients[client_id]

    def create_client(self, client: ClientInput) -> ClientView:
        created = ClientView(id=len(self.clients) + 1, **dataclasses.asdict(client))
        self.clients[created.id] = created
        return created

    def add_site(self, client_id: int, label: str) -> SiteView:
        """The site's label is the line as typed (the real backend splits out its address)."""
        client = self.clients[client_id]
        site = SiteView(100 + len(client.sites) + 10 * client_id, client_id, label, "", "", "", "", "LU", "")
        self.clients[client_id] = dataclasses.replace(client, sites=(*client.sites, site))
        return site

    def products(self) -> Sequence[ProductView]:
        return list(self._products)

    def import_catalogue(self, path: Path) -> ImportReport:
        self.imported.append(path)
        if "bad" in path.name:
            return ImportReport(
                False, "", 0, ("ligne 3, colonne monthly_fee : « abc » n'est pas un montant",)
            )
        return ImportReport(True, "import-2026-11-26", 42, ())

    def contracts(self) -> Sequence[ContractRow]:
        rows = []
        for d in self.drafts.values():
            if OfferStatus(d.status) in lifecycle.LOCKED:
                r = self._row(d)
                rows.append(
                    ContractRow(
                        d.offer_id or 0,
                        d.number,
                        d.revision,
                        d.client_name,
                        self.signed_on.get(d.offer_id or 0, d.offer_date),
                        self.activations.get(d.offer_id or 0),
                        d.engagement_months,
                        d.renewal_months,
                        r.monthly_ht,
                    )
                )
        return rows

    def record_activation(self, offer_id: int, day: dt.date) -> None:
        activated = self._step(offer_id, Action.ACTIVATE)
        if day < self.signed_on.get(offer_id, self.drafts[offer_id].offer_date):
            raise FieldError(
                "activation_date", "la mise en service ne peut pas précéder la signature du contrat"
            )
        self.activations[offer_id] = day
        self._set_status(offer_id, activated)

    def series(self) -> IndexSeries:
        return self._series

    def save_series(self, series: IndexSeries) -> None:
        self._series = series

    def vat_table(self) -> VatTable:
        return self._vat

    def save_vat_table(self, table: VatTable) -> None:
        self._vat = table

    def cgv_versions(self) -> Sequence[CgvView]:
        return [CgvView(1, "CGV 01.09.2023", dt.date(2023, 9, 1), "ab" * 32, "", None)]

    def settings(self) -> SettingsData:
        return self._settings

    def save_settings(self, data: SettingsData) -> None:
        self._settings = data

    def trust_roots(self) -> list[TrustRoot]:
        return list(self._roots)

    def install_trust_root(self, source: Path) -> TrustRoot:
        root = TrustRoot(source, f"CN={source.stem}", "cd" * 32, "2036-01-01")
        self._roots.append(root)
        return root

    def remove_trust_root(self, path: Path) -> None:
        self._roots = [r for r in self._roots if r.path != path]

    def backup(self, target: Path) -> Path:
        self.backups.append(target)
        return target

    def restore(self, source: Path) -> None:
        self.restored.append(source)

    encrypted = False

    def at_rest(self) -> AtRestStatus:
        if self.encrypted:
            return AtRestStatus(None, True, False, msg("records.encryption.status_encrypted"))
        return AtRestStatus(None, False, True, msg("records.encryption.status_plain"))

    def encrypt_database(self) -> str:
        self.encrypted = True
        return "La base est chiffrée."
