"""What the Settings form sets prints where it should, and one time zone everywhere: the
representative's function in the pack's signature block and on the evidence page (no dangling
comma when a part is empty), the signing screen, the lists and the evidence page showing the
same local time (UTC beside it where it is evidence)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.documents import zone
from desktop.domain.views import RepresentativeInput, SignatureInput
from desktop.services import offers, packs, settings
from desktop.services.store import Store
from desktop.ui.backend import ServicesBackend
from desktop.ui.ports import OfferQuery
from desktop.ui.settings_page import SettingsPage
from desktop.ui.signing.form import ClientStep
from desktop.ui.signing.services_backend import ServicesSigningBackend
from tests.db import factories
from tests.db.fixtures import new_sqlite_store
from tests.documents.pdftext import page_texts

# 20:33 UTC on 1 December: 21:33 in Luxembourg (CET), the evening the new user signed
SIGNED_AT = dt.datetime(2026, 12, 1, 20, 33, 12, tzinfo=dt.UTC)
OFFER_DAY = dt.date(2026, 11, 30)


@pytest.fixture
def store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Store]:
    monkeypatch.setenv("OFFERDESK_DATA_DIR", str(tmp_path / "data"))
    opened = new_sqlite_store(tmp_path)
    yield opened
    opened.close()


def _signed_pack_text(store: Store, client_function: str, client_id: int | None = None) -> str:
    if client_id is None:
        client_id = factories.setup(store)  # the representative Jean Dupont, Commercial
    settings.set_representative_signature(store, factories.capture())
    offer = offers.create_draft(store, factories.draft_input(client_id, OFFER_DAY))
    offers.present(store, offer.id)
    client = SignatureInput(
        signer_name="Anne Schmit", signer_function=client_function, capture=factories.capture(), device="test"
    )
    signed = offers.sign(store, offer.id, client, "Luxembourg", None, at=SIGNED_AT)  # stored signature
    return "\n".join(page_texts(packs.pack_bytes(store, signed.number).pdf))


def test_the_function_set_in_settings_prints_in_the_signature_block_and_the_evidence(
    qtbot, store: Store, dialogs
) -> None:
    client_id = factories.setup(store)
    page = SettingsPage(ServicesBackend(store), dialogs)
    qtbot.addWidget(page)
    page.refresh()
    page.rep_function.setText("Responsable grands comptes")
    page.save_settings()
    assert [m for m in dialogs.messages if m[0] == "error"] == []
    text = _signed_pack_text(store, "Gérante", client_id)
    assert "Fonction : Responsable grands comptes" in text  # signature block
    assert "Jean Dupont, Responsable grands comptes" in text  # offer page and evidence page
    assert "Fonction : Gérante" in text


def test_an_empty_function_leaves_no_dangling_comma(store: Store) -> None:
    client_id = factories.setup(store)
    settings.set_representative(store, RepresentativeInput(code="JDU", name="Jean Dupont"))  # no function
    text = _signed_pack_text(store, "", client_id)
    lines = [line.strip() for line in text.splitlines()]
    assert not [line for line in lines if line.endswith(("Anne Schmit,", "Jean Dupont,"))]
    assert any(line.endswith("Anne Schmit") for line in lines)
    assert "Jean Dupont" in lines  # the evidence page's signatory row


def test_one_time_zone_on_the_signing_screen_the_lists_and_the_evidence(qtbot, store: Store) -> None:
    text = _signed_pack_text(store, "Gérante")
    assert "01/12/2026 à 21:33:12 (heure de Luxembourg, UTC+01:00)" in text
    assert "01/12/2026 à 20:33:12 UTC" in text  # evidence: UTC beside the local time
    # the signing screen, whatever the laptop's own zone (here UTC): the same 21:33
    offer_id = offers.present(
        store, offers.create_draft(store, factories.draft_input(store_client(store), OFFER_DAY)).id
    ).id
    context = ServicesSigningBackend(store, place=lambda: "Luxembourg").signing_context(offer_id)
    step = ClientStep(context)
    qtbot.addWidget(step)
    step.show_moment(SIGNED_AT)
    assert step.moment.text() == "le 01/12/2026 à 21:33"
    late = SIGNED_AT.replace(hour=23, minute=30)  # 00:30 on the 2nd in Luxembourg
    step.show_moment(late)
    assert step.moment.text() == "le 02/12/2026 à 00:30"
    # the deadlines list: a contract signed at 00:30 on the 2nd, Luxembourg time, is dated the 2nd
    client = SignatureInput(signer_name="Anne Schmit", capture=factories.capture(), device="test")
    offers.sign(store, offer_id, client, "Luxembourg", None, at=late)
    contract = next(r for r in ServicesBackend(store).contracts() if r.offer_id == offer_id)
    assert contract.signed_on == dt.date(2026, 12, 2)


def store_client(store: Store) -> int:
    from desktop.services import clients

    return clients.search_clients(store, "Boulangerie", 1)[0].id


def test_another_company_zone_is_used_everywhere(qtbot, store: Store) -> None:
    settings.set_time_zone("America/New_York")
    assert zone.zone_name() == "America/New_York"
    text = _signed_pack_text(store, "Gérante")
    assert "01/12/2026 à 15:33:12 (heure de New York, UTC-05:00)" in text
    assert settings.local_now().utcoffset() in (dt.timedelta(hours=-5), dt.timedelta(hours=-4))
    rows = ServicesBackend(store).list_offers(OfferQuery(), 0, 10)
    assert rows
