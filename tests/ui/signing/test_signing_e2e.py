"""End to end on a real store: a presented offer, signing mode, strokes drawn by simulated
pointer events, Confirm -> the offer is signed, its pack sealed and verified, the offer immutable.
A failing seal leaves the offer presented and the form as it was."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QRadioButton

from desktop.domain.vocabulary import ClientSize, OfferStatus
from desktop.services import offers, packs
from desktop.services.errors import OfferStateError
from desktop.services.store import Store
from desktop.ui.signing.services_backend import ServicesSigningBackend
from desktop.ui.signing.signing_view import SigningDialog
from tests.db.factories import OFFER_DATE, draft_input, setup, signer
from tests.db.fixtures import new_sqlite_store
from tests.ui.signing.fakes import ScriptedDialogs
from tests.ui.signing.screens import pdf_shown
from tests.ui.signing.strokes import make_pen, pen_stroke, signature_strokes

SIGNED_AT = dt.datetime(2026, 3, 3, 11, 30, tzinfo=dt.timezone(dt.timedelta(hours=1)))
assert SIGNED_AT.date() > OFFER_DATE


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    store = new_sqlite_store(tmp_path)
    yield store
    store.close()


@pytest.fixture
def presented(store: Store) -> int:
    client_id = setup(store)
    offer = offers.create_draft(store, draft_input(client_id, client_size=ClientSize.SMALL))
    offers.present(store, offer.id)
    return offer.id


def open_view(
    qtbot, store: Store, offer_id: int, dialogs: ScriptedDialogs, places: list[str]
) -> SigningDialog:
    backend = ServicesSigningBackend(store, place=lambda: "Luxembourg", remember_place=places.append)
    view = SigningDialog.load(
        None, backend, offer_id, dialogs=dialogs, clock=lambda: SIGNED_AT, device="test", dots_per_inch=100.0
    )
    assert view is not None, dialogs.messages
    qtbot.addWidget(view)
    view.resize(1600, 1000)
    with qtbot.waitExposed(view):
        view.show()
    return view


def tick(qtbot, button: QRadioButton) -> None:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))


def sign_on_screen(qtbot, view: SigningDialog) -> None:
    step = view.client_step
    qtbot.mouseClick(step.cgv.box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(step.waiver.box, Qt.MouseButton.LeftButton)
    signature_strokes(step.pad.canvas)  # the client, with the mouse
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    pen_stroke(  # the representative, with a pen
        view.rep_step.pad.canvas,
        make_pen(),
        [(120 + i * 14, 160 + (i % 4) * 12, 0.3 + (i % 5) * 0.1, 1000 + i * 9) for i in range(30)],
    )
    assert view.confirm_button.isEnabled(), view.missing_label.text()
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)


def test_a_presented_offer_is_signed_sealed_and_immutable(
    qtbot, store: Store, presented: int, screens_dir: Path
) -> None:
    dialogs = ScriptedDialogs()
    places: list[str] = []
    view = open_view(qtbot, store, presented, dialogs, places)
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    view.grab().save(str(screens_dir / "signing_e2e_1_draft_pack.png"))
    # The client reads the draft pack: offer pages marked PROJET, then the CGV
    assert "PROJET" in view.document.getAllText(0).text()
    assert view.cgv_button.isVisible()
    # Prefilled from the offer and the client record
    assert view.client_step.signatory_name.text() == "Anne Schmit"
    assert view.client_step.signatory_function.text() == "Gérante"
    assert view.client_step.client_size() is ClientSize.SMALL

    sign_on_screen(qtbot, view)

    assert [m for m in dialogs.messages if m[0] == "error"] == []
    pack = view.signed_pack
    assert pack is not None
    stored = offers.get_offer(store, presented)
    assert stored.status is OfferStatus.SIGNED
    assert stored.signed_place == "Luxembourg"
    assert stored.signed_at == SIGNED_AT.astimezone(dt.UTC)
    by_role = {s.role: s for s in stored.signatures}
    assert by_role["client"].capture == view.client_step.pad.capture()
    assert by_role["client"].signer_function == "Gérante"
    assert by_role["representative"].capture == view.rep_step.pad.capture()
    assert by_role["representative"].pointer_kind == "pen"
    (document,) = stored.documents
    assert offers.document_pdf(store, document.id) == pack.pdf
    assert document.sha256 == pack.sha256
    check = packs.check_pack(pack.pdf, store)
    assert check.ok, check.seal.problems
    assert check.hash_matches is True
    assert (check.seal.offer_number, check.seal.revision) == (stored.number, stored.revision)
    assert "PROJET" not in view.document.getAllText(0).text()  # the view now shows the sealed pack
    assert places == ["Luxembourg"]
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    view.grab().save(str(screens_dir / "signing_e2e_2_sealed_pack.png"))
    # Immutable: the services refuse any change or a second signature
    with pytest.raises(OfferStateError):
        offers.update_draft(store, presented, draft_input(stored.client.id))
    with pytest.raises(OfferStateError):
        offers.sign(store, presented, signer(), "Luxembourg", representative=signer(), at=SIGNED_AT)


def test_a_failing_seal_keeps_the_offer_presented_and_the_form_filled(
    qtbot, store: Store, presented: int, monkeypatch
) -> None:
    def disk_full(*args: object, **kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(packs, "seal_pdf", disk_full)
    monkeypatch.setenv("OFFERDESK_LOG_DIR", str(store.path.parent if store.path else "."))
    dialogs = ScriptedDialogs()
    view = open_view(qtbot, store, presented, dialogs, [])
    sign_on_screen(qtbot, view)

    assert view.signed_pack is None
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert "Écriture impossible sur le disque : le disque est plein." in text  # os_reason, in French
    assert "L'offre n'est pas signée" in text
    stored = offers.get_offer(store, presented)
    assert stored.status is OfferStatus.PRESENTED
    assert stored.signatures == ()
    assert stored.documents == ()
    assert view.current_step() == 1
    assert view.client_step.cgv.isChecked()
    assert not view.client_step.pad.is_empty()
    assert not view.rep_step.pad.is_empty()
    # Once the disk has room again, the same entries sign
    monkeypatch.undo()
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert offers.get_offer(store, presented).status is OfferStatus.SIGNED


def test_a_different_size_declaration_is_refused_not_lost(qtbot, store: Store, presented: int) -> None:
    dialogs = ScriptedDialogs()
    view = open_view(qtbot, store, presented, dialogs, [])
    tick(qtbot, view.client_step.size_buttons[ClientSize.MICRO])
    sign_on_screen(qtbot, view)
    assert view.signed_pack is None
    assert "nouvelle révision" in dialogs.messages[-1][2]
    assert offers.get_offer(store, presented).status is OfferStatus.PRESENTED


def test_signing_mode_does_not_open_on_a_draft(qtbot, store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    dialogs = ScriptedDialogs()
    backend = ServicesSigningBackend(store, place=lambda: "", remember_place=lambda _p: None)
    assert SigningDialog.load(None, backend, draft.id, dialogs=dialogs) is None
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert "seule une offre présentée peut être signée" in text
