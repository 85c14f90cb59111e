"""The Settings forms give back what they loaded: load, save unchanged, reload -> identical;
change one field -> only that one changes (the fields the form does not show included)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from desktop.services import settings
from desktop.services.store import Store
from desktop.services.views import CompanyInput, RepresentativeInput
from desktop.ui import user_settings
from desktop.ui.backend import ServicesBackend
from desktop.ui.settings_page import SettingsPage
from tests.db import factories
from tests.db.fixtures import new_sqlite_store

COMPANY = CompanyInput(
    legal_name="cegecom s.a.", legal_form="société anonyme", address_line1="3, rue Jean Piret",
    address_line2="Bâtiment B, 2e étage", postcode="L-2350", city="Luxembourg", country="LU",
    rcs="B65734", vat_number="LU15027442", phone="+352 26 499 1", email="info@cegecom.lu",
    website="https://cegecom.lu",
)  # fmt: skip
REP = RepresentativeInput(
    code="JDU", name="Jean Dupont", function="Responsable grands comptes", email="jdu@cegecom.lu",
    phone="+352 621 000 000",
)  # fmt: skip
# one new, valid value for each field the form shows
CHANGES = {
    "rep_name": "Jeanne Dupont", "rep_function": "Directrice commerciale", "rep_email": "jd@cegecom.lu",
    "rep_phone": "+352 691 111 111", "rep_code": "JDX", "place": "Esch-sur-Alzette",
    "seller_name": "cegecom S.A.", "seller_legal_form": "S.A.", "seller_address": "5, rue Jean Piret",
    "seller_address_line2": "Bâtiment C", "seller_postcode": "L-2351", "seller_city": "Strassen",
    "seller_rcs": "B65735", "seller_vat": "LU22108711", "seller_phone": "+352 26 499 2",
    "seller_email": "contact@cegecom.lu", "seller_website": "https://www.cegecom.lu",
    "time_zone": "Europe/Brussels",
}  # fmt: skip


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path / "data"))  # company.json, seal.json
    opened = new_sqlite_store(tmp_path)
    settings.set_company(opened, COMPANY)
    settings.set_representative(opened, REP)
    settings.set_representative_signature(opened, factories.capture())
    yield opened
    opened.close()


@pytest.fixture
def ui(tmp_path: Path) -> QSettings:
    """The window's settings file (desktop.ui.user_settings): the place of signature."""
    settings = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    user_settings.remember_place(settings, "Luxembourg")
    return settings


def backend(store: Store, ui: QSettings) -> ServicesBackend:
    return ServicesBackend(
        store,
        place=partial(user_settings.signing_place, ui),
        remember_place=partial(user_settings.remember_place, ui),
    )


@pytest.fixture
def page(qtbot, store: Store, ui: QSettings, dialogs) -> SettingsPage:
    page = SettingsPage(backend(store, ui), dialogs)
    qtbot.addWidget(page)
    page.refresh()
    return page


def stored(store: Store, ui: QSettings) -> dict[str, object]:
    """Everything the database and the data folder keep for the settings form."""
    data = dataclasses.asdict(backend(store, ui).settings())
    data.pop("rep_signature")
    company = settings.get_company(store)
    rep = settings.get_representative(store)
    assert company is not None
    assert rep is not None
    data["company"] = dataclasses.asdict(company)
    data["representative"] = {k: v for k, v in dataclasses.asdict(rep).items() if k != "id"}
    return data


def test_the_form_shows_every_field_it_saves(page: SettingsPage) -> None:
    fields = page._text_fields()
    assert set(CHANGES) | {"sealing_certificate"} == set(fields)
    assert fields["seller_website"].text() == "https://cegecom.lu"
    assert fields["seller_address_line2"].text() == "Bâtiment B, 2e étage"
    assert fields["rep_function"].text() == "Responsable grands comptes"
    assert fields["time_zone"].text() == "Europe/Luxembourg"


def test_saving_unchanged_gives_back_exactly_what_was_loaded(
    page: SettingsPage, store: Store, ui: QSettings, dialogs
) -> None:
    before = stored(store, ui)
    page.save_settings()
    assert [m for m in dialogs.messages if m[0] == "error"] == []
    assert stored(store, ui) == before
    page.refresh()
    page.save_settings()
    assert stored(store, ui) == before
    # the company's phone, e-mail, website and second address line survive (they print on packs)
    company = settings.get_company(store)
    assert company is not None
    assert (company.phone, company.email, company.website, company.address_line2) == (
        COMPANY.phone, COMPANY.email, COMPANY.website, COMPANY.address_line2,
    )  # fmt: skip


@pytest.mark.parametrize("field", list(CHANGES))
def test_changing_one_field_changes_only_that_one(
    page: SettingsPage, store: Store, ui: QSettings, dialogs, field: str
) -> None:
    before = stored(store, ui)
    assert before[field] != CHANGES[field]
    page._text_fields()[field].setText(CHANGES[field])
    page.save_settings()
    assert [m for m in dialogs.messages if m[0] == "error"] == []
    after = stored(store, ui)
    changed = {k for k in before if before[k] != after[k] and k not in ("company", "representative")}
    assert changed == {field}
    assert after[field] == CHANGES[field]
    if field.startswith("seller_"):
        assert after["representative"] == before["representative"]
        assert after["company"]["country"] == "LU"  # not on the form: kept
    elif field.startswith("rep_"):
        assert after["company"] == before["company"]
    else:
        assert (after["company"], after["representative"]) == (before["company"], before["representative"])


def test_the_statec_and_vat_forms_give_back_what_they_loaded(
    page: SettingsPage, store: Store, dialogs
) -> None:
    services = ServicesBackend(store)
    series, vat = services.series(), services.vat_table()
    assert page.parsed_series() == series
    assert page.parsed_vat() == vat
    page.save_series()
    page.save_vat()
    assert [m for m in dialogs.messages if m[0] == "error"] == []
    assert (services.series(), services.vat_table()) == (series, vat)
    page.refresh()
    assert (page.parsed_series(), page.parsed_vat()) == (series, vat)


def test_a_wrong_time_zone_is_refused_naming_the_field(
    page: SettingsPage, store: Store, ui: QSettings, dialogs
) -> None:
    before = stored(store, ui)
    page.time_zone.setText("Lune/Tranquillité")
    page.save_settings()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert "fuseau horaire" in text
    assert stored(store, ui) == before
