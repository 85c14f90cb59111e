"""The signing view: Confirm only when everything is there; signing, failure, print and save."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QDialog, QRadioButton

from desktop.domain.errors import FieldError
from desktop.domain.vocabulary import ClientSize
from desktop.services.errors import DatabaseLockedError
from desktop.ui.busy import is_busy
from desktop.ui.signing.signing_view import SigningDialog
from tests.ui.signing.fakes import STORED_SIGNATURE, FakeSigningBackend, ScriptedDialogs
from tests.ui.signing.pdfs import pdf_page_sizes
from tests.ui.signing.screens import pdf_shown
from tests.ui.signing.strokes import mouse_stroke, signature_strokes

MOMENT = dt.datetime(2026, 11, 26, 15, 42, tzinfo=dt.timezone(dt.timedelta(hours=1)))


@pytest.fixture
def backend() -> FakeSigningBackend:
    return FakeSigningBackend()


@pytest.fixture
def dialogs() -> ScriptedDialogs:
    return ScriptedDialogs()


@pytest.fixture
def view(qtbot, backend: FakeSigningBackend, dialogs: ScriptedDialogs) -> SigningDialog:
    dialog = SigningDialog.load(
        None,
        backend,
        7,
        dialogs=dialogs,
        clock=lambda: MOMENT,
        device="Test laptop, OfferDesk 0.1.0",
        dots_per_inch=100.0,
    )
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.resize(1600, 1000)
    with qtbot.waitExposed(dialog):
        dialog.show()
    return dialog


def click_radio(qtbot, button: QRadioButton) -> None:
    """Click on the round indicator, as a person does (the row's empty right part is no hit)."""
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(8, button.height() // 2))
    assert button.isChecked()


def countersign_by_hand(qtbot, view: SigningDialog) -> None:
    """The stored signature is proposed first; the representative chooses to sign by hand."""
    assert view.rep_step.uses_stored()
    qtbot.mouseClick(view.rep_step.use_stored, Qt.MouseButton.LeftButton)
    assert view.rep_step.pages.currentWidget() is view.rep_step.pad
    signature_strokes(view.rep_step.pad.canvas)


def fill_client_step(qtbot, view: SigningDialog) -> None:
    step = view.client_step
    qtbot.mouseClick(step.cgv.box, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(step.waiver.label, Qt.MouseButton.LeftButton)  # the text ticks the box too
    click_radio(qtbot, step.size_buttons[ClientSize.SMALL])
    qtbot.keyClicks(step.signatory_function, "Directrice")
    signature_strokes(step.pad.canvas)


def test_next_and_confirm_are_enabled_only_when_everything_is_there(qtbot, view: SigningDialog) -> None:
    step = view.client_step
    assert view.current_step() == 0
    assert not view.next_button.isEnabled()
    text = view.missing_label.text()
    for gap in ("accepter les CGV", "renonciation", "taille de l'entreprise", "fonction", "faire signer"):
        assert gap in text
    assert "nom du signataire" not in text  # prefilled from the client record
    assert "lieu" not in text  # prefilled from the settings
    assert step.place.text() == "Luxembourg"
    assert step.moment.text() == "le 26/11/2026 à 15:42"

    qtbot.mouseClick(step.cgv.box, Qt.MouseButton.LeftButton)
    assert "accepter les CGV" not in view.missing_label.text()
    qtbot.mouseClick(step.waiver.box, Qt.MouseButton.LeftButton)
    click_radio(qtbot, step.size_buttons[ClientSize.MICRO])
    qtbot.keyClicks(step.signatory_function, "Directrice")
    mouse_stroke(step.pad.canvas, [(100, 150), (140, 152)])  # a slip, not a signature
    assert not view.next_button.isEnabled()
    assert "trop courte" in view.missing_label.text()
    step.pad.clear()
    signature_strokes(step.pad.canvas)
    assert view.next_button.isEnabled()
    step.place.clear()
    assert not view.next_button.isEnabled()
    assert "indiquer le lieu" in view.missing_label.text()
    qtbot.keyClicks(step.place, "Esch-sur-Alzette")

    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.current_step() == 1
    assert view.rep_step.uses_stored()  # proposed at once: one click on Confirm countersigns
    assert view.confirm_button.isEnabled()
    qtbot.mouseClick(view.rep_step.use_stored, Qt.MouseButton.LeftButton)  # "Signer à la main"
    assert not view.confirm_button.isEnabled()
    assert "contre-signer" in view.missing_label.text()
    signature_strokes(view.rep_step.pad.canvas)
    assert view.confirm_button.isEnabled()
    # A change back on step 1 disables Confirm again
    step.cgv.setChecked(False)
    assert not view.confirm_button.isEnabled()
    assert "accepter les CGV" in view.missing_label.text()


def test_confirm_signs_once_with_everything_entered(qtbot, view: SigningDialog, backend, dialogs) -> None:
    fill_client_step(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    countersign_by_hand(qtbot, view)
    with qtbot.waitSignal(view.signed) as signal:
        qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    (request,) = backend.requests
    assert signal.args == [backend.signed]
    assert view.signed_pack is backend.signed
    assert request.offer_id == 7
    assert request.cgv_accepted
    assert request.summary_waived
    assert request.client_size is ClientSize.SMALL
    assert (request.signatory_name, request.signatory_function) == ("Marie Schmit", "Directrice")
    assert request.place == "Luxembourg"
    assert request.signed_at == MOMENT
    assert request.client_signature == view.client_step.pad.capture()
    assert request.client_signature.is_enough_ink()
    assert request.representative_signature == view.rep_step.pad.capture()
    assert not request.representative_used_stored_signature
    assert request.client_signature_png.startswith(b"\x89PNG")
    assert request.device == "Test laptop, OfferDesk 0.1.0"
    # The sealed pack is what the view now shows; nothing can be edited any more
    assert view.current_step() == 2
    assert view.document.pageCount() == 5
    assert "OF-2026-JDU-0042 est signé et scellé" in view.done_label.text()
    assert not view.client_step.pad.isEnabled()
    assert view.finish_button.isVisible()
    assert not view.cancel_button.isVisible()
    view.confirm()  # a second confirm does nothing
    assert len(backend.requests) == 1
    view.reject()  # leaving after signing is a success
    assert view.result() == QDialog.DialogCode.Accepted


def test_the_stored_signature_can_countersign(qtbot, view: SigningDialog, backend) -> None:
    fill_client_step(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.rep_step.use_stored.isEnabled()
    assert view.rep_step.use_stored.isChecked()  # proposed without a click
    assert view.rep_step.pages.currentWidget() is view.rep_step.stored_preview
    assert view.confirm_button.isEnabled()
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    (request,) = backend.requests
    assert request.representative_signature == STORED_SIGNATURE
    assert request.representative_used_stored_signature


def test_without_a_stored_signature_the_representative_must_sign(qtbot, dialogs) -> None:
    backend = FakeSigningBackend(stored=None)
    view = SigningDialog.load(None, backend, 7, dialogs=dialogs)
    assert view is not None
    qtbot.addWidget(view)
    assert not view.rep_step.use_stored.isEnabled()
    assert "contre-signer" in " ".join(view.rep_step.missing())


def test_a_failed_signing_keeps_the_offer_unsigned_and_the_form_filled(
    qtbot, view: SigningDialog, backend, dialogs
) -> None:
    fill_client_step(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    countersign_by_hand(qtbot, view)
    client_capture = view.client_step.pad.capture()
    rep_capture = view.rep_step.pad.capture()
    backend.failures.append(DatabaseLockedError("La base de données est occupée par un autre programme."))

    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)

    assert backend.signed is None
    assert view.signed_pack is None
    kind, title, text = dialogs.messages[-1]
    assert kind == "error"
    assert "n'a pas abouti" in title
    assert "occupée par un autre programme" in text
    assert "tout ce qui a été saisi reste à l'écran" in text
    assert view.current_step() == 1
    assert view.client_step.cgv.isChecked()
    assert view.client_step.waiver.isChecked()
    assert view.client_step.client_size() is ClientSize.SMALL
    assert view.client_step.signatory_function.text() == "Directrice"
    assert view.client_step.pad.capture() == client_capture
    assert view.rep_step.pad.capture() == rep_capture
    assert view.confirm_button.isEnabled()
    # The same entries sign once the problem is gone
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert backend.signed is not None
    assert backend.requests[0] == backend.requests[1]


def test_a_refused_field_is_named_in_french_not_by_its_identifier(
    qtbot, view: SigningDialog, backend, dialogs
) -> None:
    fill_client_step(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    countersign_by_hand(qtbot, view)
    backend.failures.append(
        FieldError("client.signature", "la signature est trop courte : veuillez signer à nouveau")
    )
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert text.startswith("La signature est trop courte : veuillez signer à nouveau (signature du client).")
    assert "client.signature" not in text


def test_an_unexpected_error_is_logged_not_shown_as_a_traceback(
    qtbot, view: SigningDialog, backend, dialogs, tmp_path, monkeypatch
) -> None:
    monkeypatch.setenv("OFFERDESK_LOG_DIR", str(tmp_path))
    fill_client_step(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    countersign_by_hand(qtbot, view)
    backend.failures.append(RuntimeError("sealing certificate unreadable"))
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    _kind, _title, text = dialogs.messages[-1]
    assert "Erreur interne" in text
    assert "Traceback" not in text
    assert view.signed_pack is None
    assert view.client_step.pad.capture() is not None


def test_print_two_copies_and_save_an_atomic_copy(qtbot, view: SigningDialog, dialogs, tmp_path) -> None:
    fill_client_step(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.rep_step.uses_stored()
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert view.signed_pack is not None

    dialogs.print_to = tmp_path / "printed.pdf"
    qtbot.mouseClick(view.print_button, Qt.MouseButton.LeftButton)
    assert dialogs.printer_copies == 2  # client and company, proposed by default
    assert dialogs.printer_pages == (1, 5)  # the dialog offers the pack's pages, not "1 to 1"
    assert view.print_job is not None
    view.print_job.wait()  # printed in a worker thread
    assert len(pdf_page_sizes(dialogs.print_to)) == 10  # 5 pages x 2 copies
    assert view.output_label.text() == "Impression envoyée : 2 exemplaire(s) de 5 page(s)."

    dialogs.save_to = tmp_path / "contrat"
    qtbot.mouseClick(view.save_button, Qt.MouseButton.LeftButton)
    saved = tmp_path / "contrat.pdf"
    assert saved.read_bytes() == view.signed_pack.pdf
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
    assert dialogs.messages[-1] == (
        "save_file",
        "Enregistrer le contrat signé",
        "OF-2026-JDU-0042-r1-signe.pdf",
    )


def test_saving_into_a_missing_folder_says_so(qtbot, view: SigningDialog, dialogs, tmp_path) -> None:
    fill_client_step(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert view.rep_step.uses_stored()
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    dialogs.save_to = tmp_path / "gone" / "contrat.pdf"
    assert not view.save_pack()
    kind, _title, text = dialogs.messages[-1]
    assert kind == "error"
    assert "reste conservé dans OfferDesk" in text


def test_leaving_with_entries_asks_first(qtbot, view: SigningDialog, dialogs) -> None:
    signature_strokes(view.client_step.pad.canvas)
    dialogs.confirm_answer = False
    view.reject()
    assert view.isVisible()
    assert dialogs.messages[-1][0] == "confirm"
    dialogs.confirm_answer = True
    view.reject()
    assert view.result() == QDialog.DialogCode.Rejected
    assert not view.isVisible()


def test_the_cgv_button_jumps_to_the_cgv_pages(qtbot, view: SigningDialog) -> None:
    assert view.cgv_button.isVisible()
    qtbot.mouseClick(view.cgv_button, Qt.MouseButton.LeftButton)
    assert view.pdf_view.pageNavigator().currentPage() == 1
    qtbot.mouseClick(view.offer_button, Qt.MouseButton.LeftButton)
    assert view.pdf_view.pageNavigator().currentPage() == 0


def test_signing_view_screens(qtbot, view: SigningDialog, screens_dir: Path) -> None:
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    view.grab().save(str(screens_dir / "signing_view_1_empty.png"))
    fill_client_step(qtbot, view)
    view.grab().save(str(screens_dir / "signing_view_1_client.png"))
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    countersign_by_hand(qtbot, view)
    QApplication.processEvents()  # let the newly shown step lay itself out
    view.grab().save(str(screens_dir / "signing_view_2_representative.png"))
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: pdf_shown(view), timeout=10_000)
    view.grab().save(str(screens_dir / "signing_view_3_signed.png"))
    assert view.current_step() == 2


def test_sealing_shows_a_busy_state_that_is_cleared_on_failure_and_on_success(
    qtbot, view: SigningDialog, backend, dialogs
) -> None:
    seen: list[tuple[bool, str, list[bool]]] = []
    real_sign = backend.sign

    def watched(request):  # type: ignore[no-untyped-def]
        buttons = (view.confirm_button, view.back_button, view.cancel_button)
        seen.append((is_busy(), view.missing_label.text(), [b.isEnabled() for b in buttons]))
        return real_sign(request)

    backend.sign = watched
    fill_client_step(qtbot, view)
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    backend.failures.append(DatabaseLockedError("La base de données est occupée par un autre programme."))
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert seen == [(True, "Scellement du contrat…", [False, False, False])]
    assert not is_busy()
    assert view.confirm_button.isEnabled()
    assert view.back_button.isEnabled()
    assert view.missing_label.text() == "Tout est prêt : confirmez la signature."
    qtbot.mouseClick(view.confirm_button, Qt.MouseButton.LeftButton)
    assert seen[1] == (True, "Scellement du contrat…", [False, False, False])
    assert view.signed_pack is not None
    assert not is_busy()
    assert view.finish_button.isEnabled()
