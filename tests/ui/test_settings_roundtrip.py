"""The Settings forms give back what they loaded: load, save unchanged, reload -> identical;
change one field -> only that one changes (the fields the form does not show included)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from functools import partial
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLineEdit

from desktop import config
from desktop.domain.views import CompanyInput, RepresentativeInput
from desktop.services import settings
from desktop.services.store import Store
from desktop.ui import languages, user_settings
from desktop.ui.backend import ServicesBackend
from desktop.ui.settings_page import RESTART_NOTE, SettingsPage
from tests.db import factories
from tests.db.fixtures import new_sqlite_store
from tests.ui import translations

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
# one new, valid value for each field the form shows, by the part of SettingsData it belongs to
CHANGES = {
    ("representative", "name"): "Jeanne Dupont", ("representative", "function"): "Directrice commerciale",
    ("representative", "email"): "jd@cegecom.lu", ("representative", "phone"): "+352 691 111 111",
    ("representative", "code"): "JDX",
    ("company", "legal_name"): "cegecom S.A.", ("company", "legal_form"): "S.A.",
    ("company", "address_line1"): "5, rue Jean Piret", ("company", "address_line2"): "Bâtiment C",
    ("company", "postcode"): "L-2351", ("company", "city"): "Strassen", ("company", "country"): "BE",
    ("company", "rcs"): "B65735", ("company", "vat_number"): "LU22108711",
    ("company", "phone"): "+352 26 499 2", ("company", "email"): "contact@cegecom.lu",
    ("company", "website"): "https://www.cegecom.lu",
    ("", "place"): "Esch-sur-Alzette", ("", "time_zone"): "Europe/Brussels",
}  # fmt: skip


def edits(page: SettingsPage) -> dict[tuple[str, str], QLineEdit]:
    """Every line edit of the settings form, by the SettingsData field it shows."""
    return {
        **{("company", name): edit for name, edit in page._company_fields().items()},
        **{("representative", name): edit for name, edit in page._representative_fields().items()},
        **{("", name): edit for name, edit in page._text_fields().items()},
    }


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
    kept = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    user_settings.remember_place(kept, "Luxembourg")
    return kept


@pytest.fixture
def services(store: Store, ui: QSettings) -> ServicesBackend:
    """The window's backend, the place of signature kept in this test's settings file."""
    return ServicesBackend(
        store,
        place=partial(user_settings.signing_place, ui),
        remember_place=partial(user_settings.remember_place, ui),
    )


@pytest.fixture
def page(qtbot, services: ServicesBackend, dialogs, ui: QSettings) -> SettingsPage:
    page = SettingsPage(services, dialogs, ui_settings=ui)
    qtbot.addWidget(page)
    page.refresh()
    return page


def stored(services: ServicesBackend, store: Store) -> dict[tuple[str, str], object]:
    """Every field the database and the data folder keep for the settings form."""
    data = services.settings()
    company = settings.get_company(store)
    rep = settings.get_representative(store)
    assert company is not None
    assert rep is not None
    assert data.company == company
    flat: dict[tuple[str, str], object] = {
        ("", f.name): getattr(data, f.name)
        for f in dataclasses.fields(data)
        if f.name not in ("company", "representative", "rep_signature")
    }
    flat |= {("company", k): v for k, v in dataclasses.asdict(company).items()}
    flat |= {("representative", k): v for k, v in dataclasses.asdict(rep).items() if k != "id"}
    return flat


def test_the_form_shows_every_field_of_the_company_and_the_representative(page: SettingsPage) -> None:
    # a field added to CompanyInput or RepresentativeInput fails here until the form shows it
    assert set(page._company_fields()) == {f.name for f in dataclasses.fields(CompanyInput)}
    assert set(page._representative_fields()) == {f.name for f in dataclasses.fields(RepresentativeInput)}
    fields = edits(page)
    assert set(CHANGES) | {("", "sealing_certificate")} == set(fields)
    assert fields["company", "website"].text() == "https://cegecom.lu"
    assert fields["company", "address_line2"].text() == "Bâtiment B, 2e étage"
    assert fields["company", "country"].text() == "LU"
    assert fields["representative", "function"].text() == "Responsable grands comptes"
    assert fields["", "time_zone"].text() == "Europe/Luxembourg"


def test_saving_unchanged_gives_back_exactly_what_was_loaded(
    page: SettingsPage, services: ServicesBackend, store: Store, dialogs
) -> None:
    before = stored(services, store)
    page.save_settings()
    assert [m for m in dialogs.messages if m[0] == "error"] == []
    assert stored(services, store) == before
    page.refresh()
    page.save_settings()
    assert stored(services, store) == before
    # every field of the seller and the representative, as set at the start
    assert settings.get_company(store) == COMPANY
    rep = settings.get_representative(store)
    assert rep is not None
    assert RepresentativeInput(rep.code, rep.name, rep.function, rep.email, rep.phone) == REP
    assert rep.signature == factories.capture()


@pytest.mark.parametrize("field", list(CHANGES), ids=lambda f: ".".join(p for p in f if p))
def test_changing_one_field_changes_only_that_one(
    page: SettingsPage, services: ServicesBackend, store: Store, dialogs, field: tuple[str, str]
) -> None:
    before = stored(services, store)
    assert before[field] != CHANGES[field]
    edits(page)[field].setText(CHANGES[field])
    page.save_settings()
    assert [m for m in dialogs.messages if m[0] == "error"] == []
    after = stored(services, store)
    assert {k for k in before if before[k] != after[k]} == {field}
    assert after[field] == CHANGES[field]


def test_the_statec_and_vat_forms_give_back_what_they_loaded(
    page: SettingsPage, services: ServicesBackend, store: Store, dialogs
) -> None:
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
    page: SettingsPage, services: ServicesBackend, store: Store, dialogs
) -> None:
    before = stored(services, store)
    page.time_zone.setText("Lune/Tranquillité")
    page.save_settings()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert "fuseau horaire" in text
    assert stored(services, store) == before


def test_the_interface_language_round_trips_through_the_window_settings(
    qtbot,
    page: SettingsPage,
    services: ServicesBackend,
    dialogs,
    ui: QSettings,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(languages, "FOLDER", tmp_path)  # a German .qm whose every text is marked
    translations.build(tmp_path, "de", dummy=True)
    names = [page.language.itemText(i) for i in range(page.language.count())]
    assert names == ["Français", "Deutsch", "English"]  # each in its own language
    assert page.language.currentText() == "Français"  # the running one, none chosen yet
    page.save_settings()  # unchanged: nothing chosen, the system's language still decides
    assert user_settings.chosen_language(ui) is None
    assert page.language_note.isHidden()

    page.language.setCurrentIndex(page.language.findData("de"))
    page.save_settings()
    assert user_settings.chosen_language(ui) == "de"
    assert QSettings(ui.fileName(), QSettings.Format.IniFormat).value("interface/language") == "de"
    # said in the language chosen, not the one shown
    assert not page.language_note.isHidden()
    assert page.language_note.text() == "[de] " + RESTART_NOTE
    assert page.language_note.text().startswith("[de] La langue choisie s'appliquera")

    again = SettingsPage(services, dialogs, ui_settings=ui)  # as at the next start
    qtbot.addWidget(again)
    again.refresh()
    assert again.language.currentText() == "Deutsch"
    assert user_settings.interface_language(config.load({}), ui) == "de"
    # OFFERDESK_LANG wins over the choice
    assert user_settings.interface_language(config.load({"OFFERDESK_LANG": "en_GB"}), ui) == "en"
    assert user_settings.interface_language(config.load({"OFFERDESK_LANG": "it"}), ui) == "de"

    again.language.setCurrentIndex(again.language.findData("fr"))  # back to the running one
    again.save_settings()
    assert user_settings.chosen_language(ui) == "fr"
    assert again.language_note.isHidden()


def test_a_language_is_saved_before_the_representative_is_set_up(
    page: SettingsPage, dialogs, ui: QSettings
) -> None:
    """On a first start the representative may read German better than the set-up form."""
    page.rep_name.setText("")
    page.language.setCurrentIndex(page.language.findData("en"))
    page.save_settings()
    assert dialogs.messages[-1][0] == "error"  # the name is still required
    assert user_settings.chosen_language(ui) == "en"


@pytest.mark.parametrize(
    ("system", "expected"),
    [("de_LU", "de"), ("en_GB", "en"), ("fr_BE", "fr"), ("it_IT", "fr"), ("lb_LU", "fr")],
)
def test_without_a_choice_the_system_language_decides_else_french(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, system: str, expected: str
) -> None:
    from PySide6.QtCore import QLocale

    monkeypatch.setattr(user_settings.QLocale, "system", staticmethod(lambda: QLocale(system)))
    empty = QSettings(str(tmp_path / "ui-settings.ini"), QSettings.Format.IniFormat)
    assert user_settings.interface_language(config.load({}), empty) == expected
    assert user_settings.interface_language(config.load({}), None) == expected
