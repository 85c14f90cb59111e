"""Each main screen rendered to PNG (tests/_artifacts/screens/) on a real store with the sample catalogue.

The pictures are looked at by a person; the test checks that each one was written and is not blank.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication

from desktop.domain.views import ClientInput, DraftInput, LineInput, RepresentativeInput
from desktop.domain.vocabulary import ClientSize
from desktop.services import clients, offers, settings
from desktop.services.store import Store
from desktop.ui.backend import ServicesBackend
from desktop.ui.main_window import CATALOGUE, CLIENTS, DEADLINES, OFFERS, SETTINGS, MainWindow
from tests.db import factories
from tests.db.fixtures import new_sqlite_store

TODAY = dt.date.today()
# noon of TODAY in UTC: signing and activation fall on the same company day even when the run crosses midnight
SIGNED_AT = dt.datetime.combine(TODAY, dt.time(12), tzinfo=dt.UTC)
SIZE = (1360, 840)


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = new_sqlite_store(tmp_path)
    settings.set_representative(
        opened, RepresentativeInput(code="JDU", name="Jeanne Dupont", function="Commerciale")
    )
    settings.set_representative_signature(opened, factories.capture())
    names = ("Boulangerie Schmit s.à r.l.", "Garage Weber S.A.", "Cabinet Hoffmann", "Hôtel du Parc s.a.")
    ids = [
        clients.create_client(
            opened,
            ClientInput(
                legal_name=name, legal_form="s.à r.l.", address_line1=f"{i + 3}, rue de la Gare",
                postcode="L-1611", city="Luxembourg", vat_number="LU15027442", rcs=f"B{12345 + i}",
                signatory_name="Anne Schmit", signatory_function="Gérante",
            ),
        ).id
        for i, name in enumerate(names)
    ]  # fmt: skip
    lines = (
        LineInput("FIB-1G", 1),
        LineInput("BKP-4G", 1),
        LineInput("SIP-TRUNK", 1),
        LineInput("SIP-CH10", 1),
    )
    for i, client_id in enumerate(ids * 3):
        day = TODAY - dt.timedelta(days=3 * i)
        draft = offers.create_draft(
            opened,
            DraftInput(
                client_id,
                day,
                36,
                lines[: 1 + i % 4],
                validity_date=day + dt.timedelta(days=30),
                client_size=ClientSize.SMALL,
            ),
        )
        if i % 4 == 2:
            offers.present(opened, draft.id)
            offers.sign(opened, draft.id, factories.signer(), "Luxembourg", at=SIGNED_AT)
            if i == 2:
                offers.record_activation(opened, draft.id, TODAY)
        elif i % 3 == 1:
            offers.present(opened, draft.id)
    yield opened
    opened.close()


def save(window: MainWindow, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    QApplication.processEvents()  # pending layout requests, as the event loop would run them
    assert window.grab().save(str(path))
    image = QImage(str(path))
    assert image.width() == SIZE[0]
    assert (
        len({image.pixel(x, y) for x in range(0, image.width(), 20) for y in range(0, image.height(), 20)})
        > 4
    )
    return path


def test_render_every_main_screen(qtbot, store: Store, dialogs, screens: Path, tmp_path: Path):
    backend = ServicesBackend(store)
    qsettings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    window = MainWindow(backend, dialogs, qsettings)

    def before_close(w: MainWindow) -> None:
        if w.editor is not None:
            w.editor.undo_stack.setClean()

    qtbot.addWidget(window, before_close_func=before_close)
    window.resize(*SIZE)
    window.show()
    qtbot.waitExposed(window)
    written = [save(window, screens, "01-offres")]
    for view, name in ((CLIENTS, "03-clients"), (CATALOGUE, "04-catalogue"), (DEADLINES, "05-echeances")):
        window.nav.setCurrentRow(view)
        written.append(save(window, screens, name))
    window.nav.setCurrentRow(SETTINGS)
    written.append(save(window, screens, "06-parametres"))
    window.nav.setCurrentRow(OFFERS)

    window.new_offer()
    editor = window.editor
    assert editor is not None
    editor.client_panel.search.setText("Bou")
    editor.client_panel.refresh_matches()
    editor.client_panel._pick_name("Boulangerie Schmit s.à r.l.")
    codes = {p.code: p.id for p in backend.products()}
    editor.add_products(
        [codes["FIB-1G"], codes["BKP-5G"], codes["IP-29"], codes["PBX-SEAT"], codes["SIP-TRUNK"]]
    )
    editor.lines.setData(editor.lines.index(3, 2), 12)
    editor.lines.setData(editor.lines.index(0, 7), "100")
    editor.lines.setData(editor.lines.index(3, 4), "10")
    editor.catalogue_search.setText("fibre")
    written.append(save(window, screens, "02-editeur"))

    editor.client_panel.new_button.click()
    form = editor.client_panel.form
    form.legal_name.edit.setText("Café Lentz")
    form.vat.edit.setText("LU15027443")
    form.postcode.edit.setText("123")
    form.iban.edit.setText("LU28 0019 4006 4475 0001")
    written.append(save(window, screens, "02b-nouveau-client"))
    form.hide()

    signed = backend.list_offers(dataclasses.replace(window.offers.current_query()), 0, 200)
    signed_id = next(r.id for r in signed if r.status.value == "signed")
    editor.undo_stack.setClean()
    window.open_offer(signed_id)
    written.append(save(window, screens, "02c-offre-signee"))
    assert all(p.is_file() for p in written)
