"""The real `Backend`: each call is one use case of desktop.services on the open Store.

Store errors the user can act on become `BackendError` (their message is one sentence);
field errors stay `FieldError`. Nothing here touches SQLAlchemy or db/ directly.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QCoreApplication

from desktop import i18n
from desktop.documents import zone
from desktop.documents.zone import local
from desktop.domain import lifecycle
from desktop.domain.defaults import default_documents
from desktop.domain.errors import FieldError
from desktop.domain.indexation import IndexSeries
from desktop.domain.vat import VatTable
from desktop.domain.views import (
    NO_COMPANY,
    AtRestStatus,
    CgvView,
    ClientInput,
    ClientView,
    DraftInput,
    LineInput,
    OfferRow,
    OfferView,
    ProductView,
    RepresentativeInput,
    SiteInput,
    SiteView,
    TrustRoot,
)
from desktop.domain.vocabulary import OfferStatus
from desktop.services import catalogue, clients, listing, offers, reference, settings
from desktop.services.catalogue_file import CatalogueFileError, parse_catalogue_file
from desktop.services.errors import OfferConflictError, StoreError
from desktop.services.store import Store
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

T = TypeVar("T")
DEFAULT_VALIDITY = dt.timedelta(days=30)


@contextmanager
def _user_errors() -> Iterator[None]:
    try:
        yield
    except OfferConflictError as exc:
        raise ConflictError(str(exc)) from exc
    except StoreError as exc:
        raise BackendError(str(exc)) from exc


def draft_from_view(view: OfferView) -> OfferDraft:
    return OfferDraft(
        offer_id=view.id,
        number=view.number,
        revision=view.revision,
        status=view.status,
        client_id=view.client.id,
        client_name=view.client.legal_name,
        site_id=view.site.id if view.site is not None else None,
        offer_date=view.offer_date,
        validity_date=view.validity_date,
        engagement_months=view.engagement_months,
        renewal_months=view.renewal_months,
        lead_time_days=view.lead_time_days,
        payment_term_days=view.payment_term_days,
        required_documents=view.required_documents,
        special_conditions=view.special_conditions,
        client_size=view.client_size,
        version=view.version,
        document_language=view.document_language,
        lines=tuple(
            DraftLine(
                code=line.product_code,
                name=line.product_name,
                quantity=line.quantity,
                unit_monthly=line.unit_monthly,
                unit_installation=line.unit_installation,
                installation_indexed=line.installation_indexed,
                vat_rate=line.vat_rate,
                allowed_engagements=(view.engagement_months,),
                monthly_discount=line.monthly_discount,
                installation_discount=line.installation_discount,
            )
            for line in view.lines
        ),
    )


def _sealing_path() -> str:
    from desktop.services import seal_settings  # PDF and sealing libraries: loaded only when needed

    return seal_settings.configured_certificate()


class ServicesBackend:
    """`place` / `remember_place`: the place of signature Paramètres shows and signing mode
    prefills, kept by the application in the window's settings (desktop.ui.user_settings);
    by default kept in memory only."""

    def __init__(
        self,
        store: Store,
        *,
        place: Callable[[], str] | None = None,
        remember_place: Callable[[str], None] | None = None,
    ) -> None:
        self.store = store
        memory = [""]
        self._place = place or (lambda: memory[0])
        self._remember_place = remember_place or (lambda value: memory.__setitem__(0, value.strip()))
        self._products: list[ProductView] | None = None

    def _call(self, use_case: Callable[[], T]) -> T:
        with _user_errors():
            return use_case()

    # -- reference data and status ----------------------------------------------------------
    def info(self) -> StoreInfo:
        series = self.series()
        today = zone.today()
        point = next((p for p in reversed(series.points) if p.start <= today), series.points[0])
        version = catalogue.current_version(self.store)
        where = str(self.store.path) if self.store.path is not None else self.store.url.split("@")[-1]
        if version is None:
            return StoreInfo(where, "—", None, point.value, point.start)
        name = version.source_name
        if version.is_sample:
            name = QCoreApplication.translate("ServicesBackend", "{0} (exemple)").format(name)
        return StoreInfo(where, name, local(version.imported_at).date(), point.value, point.start)

    def series(self) -> IndexSeries:
        return self._call(lambda: reference.index_series(self.store))

    def vat_table(self) -> VatTable:
        return self._call(lambda: reference.vat_table(self.store))

    def save_series(self, series: IndexSeries) -> None:
        """The whole series in one transaction (drafts repriced once); the reference cote is the
        CGV's and is not edited here."""
        with _user_errors():
            reference.replace_series(self.store, [(p.start, p.value) for p in series.points])

    def save_vat_table(self, table: VatTable) -> None:
        """The whole table in one transaction, deleted periods included (drafts repriced once)."""
        with _user_errors():
            reference.replace_vat_table(self.store, table)

    def cgv_versions(self) -> Sequence[CgvView]:
        return self._call(lambda: reference.cgv_versions(self.store))

    # -- offers -----------------------------------------------------------------------------
    def expire_due(self, today: dt.date) -> int:
        return self._call(lambda: offers.expire_due(self.store, today))

    def list_offers(self, query: OfferQuery, offset: int, limit: int) -> Sequence[OfferRow]:
        statuses = list(query.statuses) or None
        return self._call(
            lambda: listing.list_offers(
                self.store, statuses, query.search, query.date_from, query.date_to, limit=limit, offset=offset
            )
        )

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
            validity_date=today + DEFAULT_VALIDITY,
            engagement_months=36,
            renewal_months=12,
            lead_time_days=30,
            payment_term_days=30,
            # in the interface's language until the offer has its own (OfferEditor swaps them)
            required_documents=default_documents(i18n.current_language()),
            special_conditions="",
        )

    def load_offer(self, offer_id: int) -> OfferDraft:
        view = self._call(lambda: offers.get_offer(self.store, offer_id))
        draft = draft_from_view(view)
        by_code = {p.code: p for p in self.products()}
        lines = tuple(
            DraftLine(
                **{
                    **line.__dict__,
                    "allowed_engagements": by_code[line.code].allowed_engagements
                    if line.code in by_code
                    else line.allowed_engagements,
                    "product_id": by_code[line.code].id if line.code in by_code else None,
                }
            )
            for line in draft.lines
        )
        return OfferDraft(**{**draft.__dict__, "lines": lines})

    def save_draft(self, draft: OfferDraft) -> OfferDraft:
        if draft.client_id is None:
            raise FieldError(
                "client",
                QCoreApplication.translate(
                    "ServicesBackend", "choisissez ou créez un client avant d'enregistrer"
                ),
            )
        data = DraftInput(
            client_id=draft.client_id,
            offer_date=draft.offer_date,
            engagement_months=draft.engagement_months,
            lines=tuple(
                LineInput(line.code, line.quantity, line.monthly_discount, line.installation_discount)
                for line in draft.lines
            ),
            site_id=draft.site_id,
            validity_date=draft.validity_date,
            renewal_months=draft.renewal_months,
            lead_time_days=draft.lead_time_days,
            payment_term_days=draft.payment_term_days,
            special_conditions=draft.special_conditions,
            required_documents=draft.required_documents,
            client_size=draft.client_size,
            document_language=i18n.normalise(draft.document_language),
            expected_version=draft.version,
        )
        if draft.offer_id is None:
            view = self._call(lambda: offers.create_draft(self.store, data))
        else:
            offer_id = draft.offer_id
            view = self._call(lambda: offers.update_draft(self.store, offer_id, data))
        return draft_from_view(view)

    def present(self, offer_id: int) -> None:
        self._call(lambda: offers.present(self.store, offer_id))
        from desktop.services.signing_warmup import prepare_signing

        prepare_signing()  # presented: signing comes next, prepare it while the client reads

    def duplicate(self, offer_id: int) -> int:
        return self._call(lambda: offers.duplicate(self.store, offer_id, today=zone.today())).id

    def new_revision(self, offer_id: int) -> int:
        return self._call(lambda: offers.new_revision(self.store, offer_id, today=zone.today())).id

    def cancel(self, offer_id: int) -> None:
        self._call(lambda: offers.cancel(self.store, offer_id))

    # -- clients ----------------------------------------------------------------------------
    def search_clients(self, text: str, limit: int) -> Sequence[ClientView]:
        return self._call(lambda: clients.search_clients(self.store, text, limit))

    def client(self, client_id: int) -> ClientView:
        """One client with its sites (search results carry no sites)."""
        return self._call(lambda: clients.get_client(self.store, client_id))

    def create_client(self, client: ClientInput) -> ClientView:
        return self._call(lambda: clients.create_client(self.store, client))

    def add_site(self, client_id: int, label: str) -> SiteView:
        """A site typed on one line: "label, street, L-NNNN City" (the label is optional)."""
        parts = [p.strip() for p in label.split(",") if p.strip()]
        postcode, city = "", ""
        if parts and parts[-1][:2].upper() == "L-":
            postcode, _, city = parts[-1].partition(" ")
            parts = parts[:-1]
        street = parts[-1] if parts else label
        name = ", ".join(parts[:-1])
        data = SiteInput(address_line1=street, postcode=postcode, city=city, label=name)
        return self._call(lambda: clients.add_site(self.store, client_id, data))

    # -- catalogue --------------------------------------------------------------------------
    def products(self) -> Sequence[ProductView]:
        if self._products is None:
            self._products = list(self._call(lambda: catalogue.search_products(self.store, limit=1_000_000)))
        return list(self._products)

    def import_catalogue(self, path: Path) -> ImportReport:
        try:
            parsed = parse_catalogue_file(path)
        except CatalogueFileError as exc:
            raise BackendError(str(exc)) from exc
        if parsed.errors:
            return ImportReport(False, "", 0, tuple(str(e) for e in parsed.errors))
        result = self._call(lambda: catalogue.import_rows(self.store, parsed.rows, path.name, parsed.sha256))
        self._products = None
        notes = tuple(
            QCoreApplication.translate("ServicesBackend", "colonne ignorée : {0}").format(c)
            for c in parsed.ignored_columns
        )
        if not result.created:
            notes += (
                QCoreApplication.translate(
                    "ServicesBackend", "Ce catalogue était déjà en vigueur : rien n'a changé."
                ),
            )
        return ImportReport(True, result.version.source_name, result.version.product_count, notes)

    # -- contracts --------------------------------------------------------------------------
    def contracts(self) -> Sequence[ContractRow]:
        today = zone.today()
        renewal = {
            d.offer_id: d.renewal_months for d in self._call(lambda: listing.deadlines(self.store, today))
        }
        rows: list[ContractRow] = []
        offset = 0
        while True:
            page = self._call(
                lambda start=offset: listing.list_offers(  # type: ignore[misc]
                    self.store, sorted(lifecycle.LOCKED), limit=500, offset=start
                )
            )
            for r in page:
                signed = local(r.signed_at).date() if r.signed_at is not None else r.offer_date
                rows.append(
                    ContractRow(
                        r.id,
                        r.number,
                        r.revision,
                        r.client_name,
                        signed,
                        r.activation_date,
                        r.engagement_months,
                        renewal.get(r.id, 12),
                        r.monthly_ht,
                    )
                )
            if len(page) < 500:
                return rows
            offset += 500

    def record_activation(self, offer_id: int, day: dt.date) -> None:
        self._call(lambda: offers.record_activation(self.store, offer_id, day))

    # -- settings ---------------------------------------------------------------------------
    def settings(self) -> SettingsData:
        company = self._call(lambda: settings.get_company(self.store))
        rep = self._call(lambda: settings.get_representative(self.store))
        return SettingsData(
            company=company or NO_COMPANY,
            representative=RepresentativeInput(rep.code, rep.name, rep.function, rep.email, rep.phone)
            if rep
            else RepresentativeInput(code="", name=""),
            rep_signature=rep.signature if rep else None,
            sealing_certificate=_sealing_path(),
            place=self._place() or (company.city if company else "") or "Luxembourg",
            time_zone=settings.time_zone(),
        )

    @staticmethod
    def _sealing_changed(path_text: str, passphrase: str) -> bool:
        """Whether the sealing certificate changes; refuses a bad choice before anything is
        written (a path that is no file, a passphrase with no keychain to keep it)."""
        from desktop.services import seal_settings

        if path_text == seal_settings.configured_certificate() and not passphrase:
            return False
        seal_settings.check_seal_settings(path_text, passphrase)
        return True

    # -- sealing: company roots verify trusts ---------------------------------------------------
    def trust_roots(self) -> list[TrustRoot]:
        from desktop.services import seal_settings

        return self._call(seal_settings.trusted_roots)

    def install_trust_root(self, source: Path) -> TrustRoot:
        from desktop.services import seal_settings

        return self._call(lambda: seal_settings.install_root(source))

    def remove_trust_root(self, path: Path) -> None:
        from desktop.services import seal_settings

        self._call(lambda: seal_settings.remove_root(path))

    def save_settings(self, data: SettingsData) -> None:
        """Everything is checked first; the database part is one transaction; seal.json, the
        keychain and the place of signature are written only once it has committed."""
        sealing = self._sealing_changed(data.sealing_certificate, data.sealing_passphrase)
        zone = settings.checked_time_zone(data.time_zone)
        with _user_errors():
            settings.save_settings_form(self.store, data.representative, data.rep_signature, data.company)
        if zone != settings.time_zone():
            settings.set_time_zone(zone)
        if sealing:
            from desktop.services import seal_settings

            with _user_errors():
                seal_settings.save_seal_settings(data.sealing_certificate, data.sealing_passphrase)
        self._remember_place(data.place)

    def backup(self, target: Path) -> Path:
        from desktop.services.backup import backup_to

        if self.store.path is None:
            raise BackendError(
                QCoreApplication.translate(
                    "ServicesBackend",
                    "Seule une base SQLite locale peut être sauvegardée depuis l'application.",
                )
            )
        path = self.store.path
        return self._call(lambda: backup_to(path, target))

    def restore(self, source: Path) -> None:
        from desktop.services.backup import restore_from

        if self.store.path is None:
            raise BackendError(
                QCoreApplication.translate(
                    "ServicesBackend",
                    "Seule une base SQLite locale peut être restaurée depuis l'application.",
                )
            )
        path = self.store.path
        self.store.close()
        self._call(lambda: restore_from(path, source))

    def at_rest(self) -> AtRestStatus:
        from desktop.services.encryption import status

        return status(self.store.path)

    def encrypt_database(self) -> str:
        from desktop.services.encryption import encrypt_database

        if self.store.path is None:
            raise BackendError(
                QCoreApplication.translate(
                    "ServicesBackend", "Seule une base SQLite locale peut être chiffrée depuis l'application."
                )
            )
        path = self.store.path
        if self.store.startup is not None:
            self._call(self.store.startup.wait_for_writes)  # never while the start-up backup runs
            self.store.startup.join()  # nor while the first-start data are written
        self.store.engine.dispose()  # no pooled connection left on the plain file being replaced
        return str(self._call(lambda: encrypt_database(path)).message)
