"""Clients, Catalogue (import with its report), Échéances (order, activation), Paramètres."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal
from pathlib import Path

from desktop.domain.indexation import IndexSeries
from desktop.ui.catalogue_page import CataloguePage
from desktop.ui.clients_page import ClientsPage
from desktop.ui.deadlines_page import DeadlinesPage, deadline_lines
from desktop.ui.editor.client_panel import ClientPanel
from desktop.ui.ports import ContractRow
from desktop.ui.settings_page import SettingsPage

D = Decimal
TODAY = dt.date(2026, 11, 26)


def contract(offer_id: int, activation: dt.date | None, months: int = 36) -> ContractRow:
    return ContractRow(
        offer_id,
        f"OF-2026-JDU-{offer_id:04d}",
        1,
        "Client",
        dt.date(2023, 1, 1),
        activation,
        months,
        12,
        D("10"),
    )


def test_deadlines_within_six_months_first_then_later_then_unknown():
    lines = deadline_lines(
        [
            contract(1, None),
            contract(2, dt.date(2024, 3, 15)),  # term 2027-03-31 -> notice 2026-12-31: soon
            contract(3, dt.date(2026, 3, 15)),  # term 2029-03-31 -> notice 2028-12-31
            contract(
                4, dt.date(2024, 1, 10), 12
            ),  # term 2024-12-31, renewed to 2026-12-31 -> notice 2026-09-30 past -> 2027-12-31
            contract(5, dt.date(2023, 10, 1)),  # term 2026-09-30, renewed 2027-09-30 -> notice 2027-06-30
        ],
        TODAY,
    )
    assert [line.contract.offer_id for line in lines] == [2, 5, 4, 3, 1]
    assert lines[0].soon
    assert (lines[0].term, lines[0].notice) == (dt.date(2027, 3, 31), dt.date(2026, 12, 31))
    assert not lines[1].soon
    assert lines[-1].term is None


def test_deadlines_page_records_an_activation(qtbot, backend, dialogs, qtmodeltester):
    draft = dataclasses.replace(backend.new_draft(TODAY), client_id=1, client_name="Boulangerie Schmit")
    stored = backend.save_draft(draft)
    backend.drafts[stored.offer_id] = dataclasses.replace(
        stored, status=backend.drafts[stored.offer_id].status.SIGNED
    )
    page = DeadlinesPage(backend, dialogs)
    qtbot.addWidget(page)
    page.refresh(TODAY)
    assert page.model.data(page.model.index(0, 3)) == "à renseigner"
    qtmodeltester.check(page.model)
    page.table.selectRow(0)
    dialogs.dates.append(dt.date(2026, 12, 1))
    page.activation_button.click()
    assert backend.activations == {stored.offer_id: dt.date(2026, 12, 1)}
    assert page.model.data(page.model.index(0, 3)) == "01/12/2026"
    assert page.model.data(page.model.index(0, 5)) == "30/11/2029"


def test_clients_page_search(qtbot, backend, qtmodeltester):
    page = ClientsPage(backend)
    qtbot.addWidget(page)
    page.refresh()
    assert page.model.rowCount() == 2
    page.search.setText("garage")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 0)) == "Garage Weber"
    assert page.no_result.isHidden()
    qtmodeltester.check(page.model)


def test_clients_page_says_when_a_search_finds_nothing(qtbot, backend, screens):
    page = ClientsPage(backend)
    qtbot.addWidget(page)
    page.show()
    page.search.setText("Schmidt & Co")
    page.refresh()
    assert page.model.rowCount() == 0
    assert page.no_result.isVisible()
    assert page.no_result.text() == "Aucun résultat pour « Schmidt & Co »"
    page.resize(900, 300)
    page.grab().save(str(screens / "clients-aucun-resultat.png"))
    page.search.setText("weber")  # any part of the name, as the store finds it
    page.refresh()
    assert page.model.rowCount() == 1
    assert page.no_result.isHidden()


def test_catalogue_import_report_ok_and_refused(qtbot, backend, dialogs, tmp_path: Path):
    page = CataloguePage(backend, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    assert "6 produit(s) affiché(s) sur 6" in page.count.text()
    page.search.setText("fibre")
    assert page.proxy.rowCount() == 2
    dialogs.files.append(tmp_path / "bad-catalogue.csv")
    with qtbot.assertNotEmitted(page.imported):
        page.import_button.click()
    kind, title, text = dialogs.messages[-1]
    assert (kind, title) == ("report", "Catalogue refusé")
    assert "rien n'a été importé" in text
    assert "ligne 3, colonne monthly_fee" in text
    dialogs.files.append(tmp_path / "catalogue.csv")
    with qtbot.waitSignal(page.imported):
        page.import_button.click()
    assert dialogs.messages[-1][1] == "Catalogue importé"
    dialogs.files.append(None)  # cancelled file dialog: nothing happens
    page.import_button.click()
    assert backend.imported == [tmp_path / "bad-catalogue.csv", tmp_path / "catalogue.csv"]


def test_client_created_inline_with_identifiers_checked_as_you_type(qtbot, backend):
    panel = ClientPanel(backend)
    qtbot.addWidget(panel)
    panel.show()
    panel.new_button.click()
    form = panel.form
    assert form.isVisible()
    qtbot.keyClicks(form.legal_name.edit, "Cafe Lentz")
    qtbot.keyClicks(form.vat.edit, "LU15027443")
    assert form.vat.message.isVisible()
    assert "contrôle" in form.vat.message.text()
    assert not form.create_button.isEnabled()
    form.vat.edit.setText("LU15027442")
    assert not form.vat.message.isVisible()
    qtbot.keyClicks(form.postcode.edit, "123")
    assert "quatre chiffres" in form.postcode.message.text()
    qtbot.keyClicks(form.postcode.edit, "4")
    qtbot.keyClicks(form.rcs.edit, "X12")
    assert form.rcs.message.isVisible()
    form.rcs.edit.setText("B 65734")
    qtbot.keyClicks(form.iban.edit, "LU28 0019 4006 4475 0001")
    assert form.iban.message.isVisible()
    form.iban.edit.setText("LU28 0019 4006 4475 0000")
    assert form.create_button.isEnabled()
    with qtbot.waitSignal(panel.client_chosen) as chosen:
        form.create_button.click()
    client = chosen.args[0]
    assert (client.legal_name, client.vat_number, client.rcs, client.postcode) == (
        "Cafe Lentz", "LU15027442", "B65734", "L-1234",
    )  # fmt: skip
    assert client.iban == "LU280019400644750000"


def test_client_search_as_you_type_and_add_a_site(qtbot, backend):
    panel = ClientPanel(backend)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.keyClicks(panel.search, "boul")
    qtbot.waitUntil(lambda: panel.completer.model().rowCount() == 1)
    with qtbot.waitSignal(panel.client_chosen) as chosen:
        panel.completer.activated.emit("Boulangerie Schmit")
    assert chosen.args[0].id == 1
    assert panel.site.count() == 2  # head office + one site
    panel.new_site.setText("Atelier, 5 rue du Fort, L-1234 Luxembourg")
    with qtbot.waitSignal(panel.site_chosen) as site:
        panel.add_site_button.click()
    assert panel.site.currentData() == site.args[0]
    assert panel.site.count() == 3


def test_settings_edit_series_vat_and_identity(qtbot, backend, dialogs):
    page = SettingsPage(backend, dialogs)
    qtbot.addWidget(page)
    page.refresh()
    assert page.series.rowCount() == 8
    assert page.series.item(7, 1).text() == "968,04"
    page.series_add.click()
    page.series.item(8, 0).setText("01/01/2026")
    page.series.item(8, 1).setText("992,24")
    page.series_save.click()
    assert backend.series().cote_on(dt.date(2026, 2, 1)) == D("992.24")
    assert dialogs.messages[-1][0] == "info"
    page.series.item(8, 1).setText("abc")
    page.series_save.click()
    assert dialogs.messages[-1][0] == "error"
    assert "abc" in dialogs.messages[-1][2]
    assert isinstance(backend.series(), IndexSeries)
    assert backend.series().cote_on(dt.date(2026, 2, 1)) == D("992.24")  # nothing half-saved

    assert page.vat.rowCount() == 3
    page.vat.item(2, 2).setText("18")
    page.vat_save.click()
    assert backend.vat_table().rate_on(dt.date(2026, 1, 1)) == D(18)
    page.vat.item(2, 2).setText("150")
    page.vat_save.click()
    assert dialogs.messages[-1][0] == "error"

    page.rep_name.setText("Marc Weis")
    page.rep_code.setText("mwe")
    page.save_button.click()
    assert (backend.settings().representative.name, backend.settings().representative.code) == (
        "Marc Weis",
        "MWE",
    )
    assert page.cgv.rowCount() == 1


def test_settings_stored_signature_needs_enough_ink(qtbot, backend, dialogs):
    page = SettingsPage(backend, dialogs)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.refresh()
    canvas = page.pad.canvas
    from PySide6.QtCore import QPoint, Qt

    qtbot.mousePress(canvas, Qt.MouseButton.LeftButton, pos=QPoint(20, 40))
    qtbot.mouseRelease(canvas, Qt.MouseButton.LeftButton, pos=QPoint(21, 40))
    page.save_button.click()
    assert backend.settings().rep_signature is None  # a dot is refused
    assert page.pad.message.isVisible()


def test_backup_and_restore_through_the_dialog_seam(qtbot, backend, dialogs, tmp_path: Path):
    page = SettingsPage(backend, dialogs)
    qtbot.addWidget(page)
    dialogs.files.append(tmp_path / "copy.sqlite3")
    page.backup_button.click()
    assert backend.backups == [tmp_path / "copy.sqlite3"]
    dialogs.files.append(tmp_path / "old.sqlite3")
    dialogs.confirm_answers.append(False)
    page.restore_button.click()
    assert backend.restored == []
    dialogs.files.append(tmp_path / "old.sqlite3")
    dialogs.confirm_answers.append(True)
    with qtbot.waitSignal(page.restored, timeout=1000):
        page.restore_button.click()
    assert backend.restored == [tmp_path / "old.sqlite3"]
    assert dialogs.messages[-1] == (
        "info",
        "Restaurer",
        "Base restaurée. OfferDesk va se fermer : relancez-le pour travailler sur la base "
        "restaurée (elle sera vérifiée au démarrage).",
    )
