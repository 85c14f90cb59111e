"""The real Backend adapter over desktop.services on a SQLite store: every call the screens make."""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.views import ClientInput
from desktop.domain.vocabulary import OfferStatus
from desktop.services.store import Store
from desktop.ui.backend import ServicesBackend
from desktop.ui.ports import BackendError, OfferQuery
from tests.db import factories
from tests.db.fixtures import new_sqlite_store

D = Decimal


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = new_sqlite_store(tmp_path)
    yield opened
    opened.close()


@pytest.fixture
def real(store: Store) -> ServicesBackend:
    factories.setup(store)
    return ServicesBackend(store)


def saved_draft(real: ServicesBackend, codes=("FIB", "IP")):
    draft = real.new_draft(factories.OFFER_DATE)
    products = {p.code: p for p in real.products()}
    client = real.search_clients("boulangerie", 5)[0]
    lines = []
    for code in codes:
        row = products[code]
        lines.append(real_line(row, row.id))
    draft = dataclasses.replace(draft, client_id=client.id, client_name=client.legal_name, lines=tuple(lines))
    return real.save_draft(draft)


def real_line(row, product_id):
    from desktop.ui.ports import DraftLine

    return DraftLine(
        code=row.code, name=row.name, quantity=2, unit_monthly=row.monthly_fee,
        unit_installation=row.installation_fee, installation_indexed=row.installation_indexed,
        vat_rate=D(17), allowed_engagements=row.allowed_engagements, product_id=product_id,
        installation_discount=D(100),
    )  # fmt: skip


def test_save_load_and_list_a_draft(real: ServicesBackend):
    stored = saved_draft(real)
    assert stored.number.startswith("OF-2026-JDU-")
    assert stored.status is OfferStatus.DRAFT
    loaded = real.load_offer(stored.offer_id or 0)
    assert [line.code for line in loaded.lines] == ["FIB", "IP"]
    assert loaded.lines[0].allowed_engagements == (12, 24, 36)
    assert loaded.lines[1].installation_discount == 100
    assert loaded.required_documents == stored.required_documents != ()
    rows = real.list_offers(OfferQuery(search="boul"), 0, 200)
    assert [r.number for r in rows] == [stored.number]
    assert rows[0].monthly_ht == D("198.00")  # (89 + 10) x 2
    assert rows[0].installation_ht == D("0.00")
    assert real.list_offers(OfferQuery(statuses=frozenset({OfferStatus.SIGNED})), 0, 200) == []


def test_lifecycle_present_revision_duplicate_cancel(real: ServicesBackend):
    stored = saved_draft(real)
    offer_id = stored.offer_id or 0
    real.present(offer_id)
    assert real.load_offer(offer_id).status is OfferStatus.PRESENTED
    with pytest.raises(BackendError):
        real.save_draft(real.load_offer(offer_id))
    revision = real.load_offer(real.new_revision(offer_id))
    assert (revision.number, revision.revision, revision.status) == (stored.number, 2, OfferStatus.DRAFT)
    copy = real.load_offer(real.duplicate(revision.offer_id or 0))
    assert copy.number != stored.number
    real.cancel(copy.offer_id or 0)
    assert real.load_offer(copy.offer_id or 0).status is OfferStatus.CANCELLED


def test_expire_due_and_contracts_with_activation(real: ServicesBackend, store: Store):
    stored = saved_draft(real)
    assert real.expire_due(factories.OFFER_DATE + dt.timedelta(days=31)) == 1
    assert real.load_offer(stored.offer_id or 0).status is OfferStatus.EXPIRED
    client_id = real.search_clients("boulangerie", 1)[0].id
    signed = factories.signed_offer(store, client_id)
    contracts = real.contracts()
    assert [c.offer_id for c in contracts] == [signed.id]
    assert contracts[0].activation_date is None
    real.record_activation(signed.id, dt.date.today())
    assert real.contracts()[0].activation_date == dt.date.today()


def test_clients_sites_and_field_errors(real: ServicesBackend):
    created = real.create_client(
        ClientInput(
            "Garage Weber",
            "s.a.",
            "5, rue du Fort",
            postcode="L-1234",
            city="Luxembourg",
            vat_number="LU15027442",
        )
    )
    assert real.search_clients("garage", 5)[0].id == created.id
    site = real.add_site(created.id, "Atelier, 7 rue Neuve, L-4321 Esch-sur-Alzette")
    assert (site.label, site.address_line1, site.postcode, site.city) == (
        "Atelier", "7 rue Neuve", "L-4321", "Esch-sur-Alzette",
    )  # fmt: skip
    assert site.one_line() == "Atelier — 7 rue Neuve, L-4321, Esch-sur-Alzette"
    assert real.client(created.id).sites == (site,)
    with pytest.raises(FieldError):
        real.create_client(ClientInput(""))


def test_status_info_settings_and_reference(real: ServicesBackend):
    info = real.info()
    assert info.database.endswith("offerdesk.sqlite3")
    assert info.catalogue_version.startswith("known.csv")
    assert info.cote == real.series().cote_on(dt.date.today())
    data = real.settings()
    assert (data.representative.code, data.representative.name) == ("JDU", "Jean Dupont")
    real.save_settings(
        dataclasses.replace(
            data,
            representative=dataclasses.replace(data.representative, name="Jeanne Dupont"),
            company=dataclasses.replace(data.company, address_line1="3, rue Jean Piret"),
        )
    )
    again = real.settings()
    assert again.representative.name == "Jeanne Dupont"
    assert again.company.address_line1 == "3, rue Jean Piret"
    assert len(real.cgv_versions()) >= 1


def test_catalogue_import_refused_then_accepted(real: ServicesBackend, tmp_path: Path):
    bad = tmp_path / "bad.csv"
    bad.write_text("code;name\nX;Y\n", encoding="utf-8")
    report = real.import_catalogue(bad)
    assert not report.ok
    assert report.messages
    assert [p.code for p in real.products()] == ["FIB", "IP", "TV"]
    with pytest.raises(BackendError):
        real.import_catalogue(tmp_path / "missing.csv")


def test_sealing_certificate_setting(real: ServicesBackend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("OFFERDESK_SEAL_PKCS12", raising=False)
    data = real.settings()
    assert data.sealing_certificate == ""
    with pytest.raises(FieldError):
        real.save_settings(dataclasses.replace(data, sealing_certificate=str(tmp_path / "missing.p12")))
    certificate = tmp_path / "company.p12"
    certificate.write_bytes(b"not checked here: pyHanko loads it when sealing")
    real.save_settings(
        dataclasses.replace(data, sealing_certificate=str(certificate), sealing_passphrase="s3cret")
    )
    assert real.settings().sealing_certificate == str(certificate)
    saved = tmp_path / "data" / "seal.json"
    assert "s3cret" not in saved.read_text(encoding="utf-8")  # the passphrase is in the keychain
    assert saved.stat().st_mode & 0o777 == 0o600
    from desktop.services import seal_settings

    assert seal_settings.seal_config().passphrase == b"s3cret"
    real.save_settings(dataclasses.replace(real.settings(), sealing_certificate=""))
    assert real.settings().sealing_certificate == ""


def test_default_place_of_signature_is_the_one_signing_mode_prefills(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Paramètres' place and signing mode's prefilled place are one value, kept in the
    window's settings file (desktop.ui.user_settings), not in the platform's QSettings."""
    from functools import partial

    from PySide6.QtCore import QSettings

    from desktop.services import signing_warmup
    from desktop.ui import user_settings
    from desktop.ui.signing.services_backend import ServicesSigningBackend

    monkeypatch.setattr(signing_warmup, "prepare_signing", lambda: None)
    factories.setup(store)
    ui = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    place = partial(user_settings.signing_place, ui)
    remember = partial(user_settings.remember_place, ui)
    real = ServicesBackend(store, place=place, remember_place=remember)
    real.save_settings(dataclasses.replace(real.settings(), place="Esch-sur-Alzette"))
    assert user_settings.signing_place(ui) == "Esch-sur-Alzette"
    assert ServicesBackend(store, place=place, remember_place=remember).settings().place == "Esch-sur-Alzette"
    signing = ServicesSigningBackend(store, place=place, remember_place=remember)
    offer_id = saved_draft(real).offer_id or 0
    real.present(offer_id)
    assert signing.signing_context(offer_id).place == "Esch-sur-Alzette"
    assert "Esch-sur-Alzette" in (tmp_path / "ui-settings.ini").read_text(encoding="utf-8")


def test_a_valid_catalogue_file_becomes_the_catalogue_in_force(real: ServicesBackend):
    from desktop.paths import resource

    report = real.import_catalogue(resource("catalogue", "sample-catalogue.csv"))
    assert report.ok
    assert report.products == 41
    codes = {p.code for p in real.products()}
    assert "FIB-1G" in codes
    assert "FIB" not in codes
    again = real.import_catalogue(resource("catalogue", "sample-catalogue.csv"))
    assert again.messages == ("Ce catalogue était déjà en vigueur : rien n'a changé.",)


def test_vat_and_series_editors_write_only_what_changed(real: ServicesBackend):
    from desktop.domain.indexation import IndexSeries
    from desktop.domain.vat import VatCategory, VatPeriod, VatTable

    table = real.vat_table()
    last = table.periods[-1]
    changed = VatPeriod(last.start, last.end, {**last.rates, VatCategory.STANDARD: D(18)})
    real.save_vat_table(VatTable((*table.periods[:-1], changed)))
    assert real.vat_table().rate_on(dt.date(2026, 1, 1)) == D(18)
    series = real.series()
    real.save_series(
        IndexSeries.of(
            series.reference,
            [*((p.start, p.value) for p in series.points), (dt.date(2026, 6, 1), D("992.24"))],
        )
    )
    assert real.series().cote_on(dt.date(2026, 7, 1)) == D("992.24")
    real.save_series(series)
    assert real.series().cote_on(dt.date(2026, 7, 1)) == D("968.04")


def test_a_settings_form_with_one_bad_value_saves_nothing(
    real: ServicesBackend, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("OFFERDESK_SEAL_PKCS12", raising=False)
    certificate = tmp_path / "company.p12"
    certificate.write_bytes(b"not checked here")
    before = real.settings()
    form = dataclasses.replace(
        before,
        representative=dataclasses.replace(before.representative, name="Jeanne Dupont"),
        company=dataclasses.replace(before.company, vat_number="LU1234"),
        sealing_certificate=str(certificate),
    )
    with pytest.raises(FieldError) as caught:
        real.save_settings(form)
    assert caught.value.field == "vat_number"
    assert real.settings() == before  # neither the representative nor seal.json was written
    assert not (tmp_path / "data" / "seal.json").exists()
    real.save_settings(
        dataclasses.replace(form, company=dataclasses.replace(form.company, vat_number="LU15027442"))
    )
    after = real.settings()
    assert (after.representative.name, after.company.vat_number) == ("Jeanne Dupont", "LU15027442")
    assert after.sealing_certificate == str(certificate)


def test_the_settings_page_saves_the_vat_table_whole_deleted_periods_included(qtbot, real, dialogs):
    from desktop.ui.settings_page import SettingsPage

    page = SettingsPage(real, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    assert page.series_reference.isReadOnly()
    assert "CGV" in page.series_reference.toolTip()
    before = real.vat_table()
    last = page.vat.rowCount() - 1
    page.vat.item(last, 2).setText("16,555")
    page.vat.setCurrentCell(0, 0)
    page.vat_remove.click()
    page.vat_save.click()
    assert dialogs.messages[-1] == (
        "error",
        "Paramètres",
        "Taux normal : un taux de TVA a au plus 2 décimales (« 16,555 »)",  # as typed, in French
    )
    assert real.vat_table() == before
    page.vat.item(last - 1, 2).setText("16,55")
    page.vat_save.click()
    assert dialogs.messages[-1][0] == "info"
    after = real.vat_table()
    assert [p.start for p in after.periods] == [p.start for p in before.periods[1:]]
    assert after.rate_on(dt.date(2026, 1, 1)) == D("16.55")


def test_the_settings_page_saves_the_series_whole(qtbot, real, dialogs):
    from desktop.ui.settings_page import SettingsPage

    page = SettingsPage(real, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    before = real.series()
    page._add_row(page.series, ["01/06/2026", "992,24"])
    page._add_row(page.series, ["01/01/2027", "1000,005"])
    page.series_save.click()
    assert dialogs.messages[-1][0] == "error"
    assert "2 décimales" in dialogs.messages[-1][2]
    assert real.series() == before
    page.series.removeRow(page.series.rowCount() - 1)
    page.series_save.click()
    assert dialogs.messages[-1][0] == "info"
    assert real.series().cote_on(dt.date(2026, 7, 1)) == D("992.24")
    assert real.series().reference == before.reference


def test_presenting_an_offer_starts_the_signing_warm_up(real: ServicesBackend, monkeypatch):
    from desktop.services import signing_warmup

    started = []
    monkeypatch.setattr(signing_warmup, "prepare_signing", lambda: started.append(1))
    draft = saved_draft(real)
    real.present(draft.offer_id or 0)
    assert started == [1]


def test_the_seal_group_installs_and_removes_a_company_root(
    qtbot, real: ServicesBackend, dialogs, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from cryptography.hazmat.primitives.serialization import Encoding

    from desktop.ui.settings_page import SettingsPage
    from tests.documents.forgery import ca
    from tests.ui.conftest import ARTIFACTS

    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("OFFERDESK_SEAL_PKCS12", raising=False)
    _, root = ca("cegecom s.a. — autorité de certification")
    source = tmp_path / "racine.cer"
    source.write_bytes(root.public_bytes(Encoding.DER))
    page = SettingsPage(real, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    box = page.seal_box
    assert box.roots.isHidden()
    assert not box.roots_empty.isHidden()
    dialogs.files.append(source)
    box.install_root()
    assert box.roots.count() == 1
    assert "cegecom s.a. — autorité de certification" in box.roots.item(0).text()
    assert dialogs.messages[-1][0] == "info"
    assert list((tmp_path / "data" / "trust").glob("*.pem"))
    page.resize(1400, 1000)
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert box.grab().save(str(ARTIFACTS / "settings-seal.png"))
    dialogs.files.append(tmp_path / "racine.cer.missing")
    box.install_root()
    assert dialogs.messages[-1][0] == "error"
    assert "ne peut pas être lu" in dialogs.messages[-1][2]
    box.roots.setCurrentRow(0)
    dialogs.confirm_answers.append(True)
    box.remove_root()
    assert box.roots.isHidden()
    assert not list((tmp_path / "data" / "trust").glob("*.pem"))
