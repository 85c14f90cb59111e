"""Offer use cases on SQLite and PostgreSQL: pricing through the domain at the cote of the offer
date, drafts reprice when the series changes (presented and signed offers never), the lifecycle,
the offers list and the notice deadlines."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.messages import msg
from desktop.domain.vat import VatCategory
from desktop.domain.views import ClientInput, LineInput
from desktop.domain.vocabulary import OfferStatus
from desktop.services import catalogue, clients, offers, reference, settings
from desktop.services.errors import OfferStateError
from desktop.services.store import Store
from tests.db.factories import KNOWN, capture, draft_input, product, setup, signed_offer, signer

D = Decimal


def test_pricing_uses_the_domain_at_the_cote_of_the_offer_date(store: Store) -> None:
    offer = offers.create_draft(store, draft_input(setup(store)))
    assert offer.index_applied == D("968.04")
    assert offer.index_reference == D("944.43")
    units = [line.priced.installation_unit_ht for line in offer.lines]
    assert units == [D("102.50"), D("645.36"), D("0.00")]  # domain.md's worked examples
    assert offer.lines[2].vat_rate == D("3")
    assert offer.priced.monthly.ht == D("135.00")
    assert offer.priced.monthly.vat == D("17.91")  # 99.00 x 17 % + 36.00 x 3 %, per rate
    assert offer.priced.installation.ht == D("747.86")
    assert offer.priced.installation.ttc == D("875.00")
    row = offers.list_offers(store)[0]
    assert (row.monthly_ht, row.monthly_ttc) == (D("135.00"), D("152.91"))


def test_an_offer_dated_in_2023_takes_the_2023_vat_and_cote(store: Store) -> None:
    client_id = setup(store)
    offer = offers.create_draft(store, draft_input(client_id, dt.date(2023, 10, 10)))
    assert offer.index_applied == D("944.43")
    assert offer.vat_standard_rate == D("16")
    assert offer.cgv.label == "2023-09-01"
    # before the first CGV we hold
    with pytest.raises(FieldError, match="aucune version des CGV n'est en vigueur au 10/05/2023"):
        offers.create_draft(store, draft_input(client_id, dt.date(2023, 5, 10)))


def test_drafts_reprice_when_the_series_changes_presented_and_signed_never(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    presented = offers.present(store, offers.create_draft(store, draft_input(client_id)).id)
    signed = signed_offer(store, client_id)
    reference.set_index_point(store, dt.date(2026, 1, 1), D("992.24"))
    repriced = offers.get_offer(store, draft.id)
    assert repriced.index_applied == D("992.24")
    assert repriced.lines[0].priced.installation_unit_ht == D("105.07")
    listed = offers.list_offers(store, status=OfferStatus.DRAFT)[0]
    assert listed.installation_ht == repriced.priced.installation.ht
    assert offers.get_offer(store, presented.id).index_applied == D("968.04")
    assert offers.get_offer(store, signed.id) == signed
    reference.remove_index_point(store, dt.date(2026, 1, 1))
    assert offers.get_offer(store, draft.id).index_applied == D("968.04")


def test_drafts_reprice_when_the_vat_table_changes(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    old = {VatCategory.STANDARD: D(17), VatCategory.INTERMEDIATE: D(14), VatCategory.REDUCED: D(8)}
    old[VatCategory.SUPER_REDUCED] = D(3)
    with pytest.raises(FieldError, match="aucun taux de TVA"):  # would leave the draft without a rate
        reference.set_vat_period(store, dt.date(2024, 1, 1), dt.date(2025, 12, 31), old)
    reference.set_vat_period(store, dt.date(2026, 1, 1), None, {**old, VatCategory.STANDARD: D(18)})
    assert offers.get_offer(store, draft.id).vat_standard_rate == D(17)  # 2024 period still open
    reference.set_vat_period(store, dt.date(2024, 1, 1), dt.date(2025, 12, 31), old)
    repriced = offers.get_offer(store, draft.id)
    assert repriced.vat_standard_rate == D(18)
    assert repriced.lines[0].vat_rate == D(18)


def test_a_draft_keeps_its_price_snapshot_when_the_catalogue_changes(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    dearer = (product("FIB", "99.00", "100.00"), *KNOWN[1:], product("NEW", "5.00", "0.00"))
    assert catalogue.import_rows(store, dearer, "v2.csv", "1" * 64).created
    lines = (LineInput("FIB", 1), LineInput("NEW", 1))
    updated = offers.update_draft(store, draft.id, draft_input(client_id, lines=lines))
    assert [line.unit_monthly for line in updated.lines] == [D("89.00"), D("5.00")]


def test_line_problems_name_the_line(store: Store) -> None:
    client_id = setup(store)
    with pytest.raises(FieldError) as caught:
        offers.create_draft(store, draft_input(client_id, lines=(LineInput("FIB"), LineInput("NOPE"))))
    assert caught.value.field == "lines[1].product_code"
    with pytest.raises(FieldError) as caught:
        offers.create_draft(store, draft_input(client_id, engagement_months=48))
    assert caught.value.field == "lines[0].product_code"
    assert caught.value.message == msg(
        "catalogue.product.engagement", code="FIB", allowed=(12, 24, 36), engagement=48
    )
    with pytest.raises(FieldError) as caught:
        offers.create_draft(store, draft_input(client_id, lines=(LineInput("FIB", 1, D("120")),)))
    assert caught.value.field == "lines[0].monthly_discount"
    with pytest.raises(FieldError) as caught:
        offers.create_draft(store, draft_input(client_id, validity_date=dt.date(2026, 1, 1)))
    assert caught.value.field == "validity_date"
    assert offers.list_offers(store) == []
    kept = offers.create_draft(store, draft_input(client_id))
    with pytest.raises(FieldError) as caught:  # a line already on the draft is checked too
        offers.update_draft(store, kept.id, draft_input(client_id, engagement_months=48))
    assert caught.value.field == "lines[0].product_code"
    assert caught.value.message == msg(
        "catalogue.product.engagement", code="FIB", allowed=(12, 24, 36), engagement=48
    )
    assert offers.get_offer(store, kept.id).engagement_months == 36


def test_lifecycle_present_sign_activate(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    with pytest.raises(OfferStateError, match="présentez-la d'abord"):
        offers.sign(store, draft.id, signer(), "Luxembourg", representative=signer())
    empty = offers.create_draft(store, draft_input(client_id, lines=()))
    with pytest.raises(FieldError) as no_lines:
        offers.present(store, empty.id)
    assert (no_lines.value.field, no_lines.value.message.id) == ("lines", "offers.present.no_lines")
    presented = offers.present(store, draft.id)
    assert presented.status is OfferStatus.PRESENTED
    assert presented.presented_at is not None
    with pytest.raises(OfferStateError):
        offers.update_draft(store, draft.id, draft_input(client_id))
    at = dt.datetime(2026, 3, 3, 9, 15, tzinfo=dt.UTC)
    with pytest.raises(FieldError) as unsigned:
        offers.sign(store, draft.id, signer(), "Luxembourg", at=at)
    assert unsigned.value.message == msg("offers.sign.no_stored_signature")
    settings.set_representative_signature(store, capture())
    signed = offers.sign(store, draft.id, signer(), "Strassen", at=at)
    assert signed.status is OfferStatus.SIGNED
    assert (signed.signed_at, signed.signed_place) == (at, "Strassen")
    assert [(s.role, s.signer_name) for s in signed.signatures] == [
        ("client", "Anne Schmit"),
        ("representative", "Jean Dupont"),
    ]
    assert signed.signatures[0].capture == capture()
    with pytest.raises(FieldError):
        offers.record_activation(store, draft.id, dt.date(2026, 3, 1))
    activated = offers.record_activation(store, draft.id, dt.date(2026, 3, 15))
    assert activated.activation_date == dt.date(2026, 3, 15)


def test_signing_refuses_an_expired_offer_and_a_scribble(store: Store) -> None:
    client_id = setup(store)
    offer = offers.present(store, offers.create_draft(store, draft_input(client_id)).id)
    late = dt.datetime(2026, 5, 1, tzinfo=dt.UTC)
    with pytest.raises(OfferStateError) as expired:
        offers.sign(store, offer.id, signer(), "Luxembourg", representative=signer(), at=late)
    assert expired.value.message.id == "offers.sign.expired"
    assert expired.value.message.params["validity_date"] == dt.date(2026, 4, 1)
    assert expired.value.message.params["offer"] == msg("offers.offer.label", number=offer.number, revision=1)
    from desktop.domain.signature import Point, PointerKind, SignatureCapture, Stroke
    from desktop.domain.views import SignatureInput

    dot = SignatureCapture((Stroke((Point(0, 0, 0), Point(10, 10, 5))),), 12000, 4000, PointerKind.MOUSE)
    with pytest.raises(FieldError) as scribble:
        offers.sign(store, offer.id, SignatureInput("Anne Schmit", dot), "Lux", representative=signer())
    assert (scribble.value.field, scribble.value.message.id) == (
        "client.signature",
        "offers.sign.signature_short",
    )
    assert offers.get_offer(store, offer.id).status is OfferStatus.PRESENTED


def test_validity_is_judged_on_the_local_calendar_day(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    import time

    client_id = setup(store)
    offer = offers.present(store, offers.create_draft(store, draft_input(client_id)).id)
    monkeypatch.setenv("TZ", "Europe/Luxembourg")
    time.tzset()
    try:
        # 22:30 UTC on the last valid day is already 00:30 the next day in Luxembourg
        late_evening = dt.datetime(2026, 4, 1, 22, 30, tzinfo=dt.UTC)
        with pytest.raises(OfferStateError) as expired:
            offers.sign(store, offer.id, signer(), "Luxembourg", representative=signer(), at=late_evening)
        assert expired.value.message.id == "offers.sign.expired"
        assert expired.value.message.params["validity_date"] == dt.date(2026, 4, 1)
        evening = dt.datetime(2026, 4, 1, 21, 30, tzinfo=dt.UTC)  # 23:30 local, still the 1st
        signed = offers.sign(store, offer.id, signer(), "Luxembourg", representative=signer(), at=evening)
        assert signed.status is OfferStatus.SIGNED
    finally:
        monkeypatch.undo()
        time.tzset()


def test_signed_offers_keep_the_client_data_they_were_signed_with(store: Store) -> None:
    client_id = setup(store)
    signed = signed_offer(store, client_id)
    draft = offers.create_draft(store, draft_input(client_id))
    clients.update_client(store, client_id, ClientInput(legal_name="Nouveau Nom S.A.", city="Esch"))
    assert offers.get_offer(store, signed.id).client.legal_name == "Boulangerie Schmit s.à r.l."
    assert offers.get_offer(store, signed.id).client.signatory_name == "Anne Schmit"
    assert offers.get_offer(store, draft.id).client.legal_name == "Nouveau Nom S.A."


def test_signing_keeps_the_client_data_the_client_reviewed(store: Store) -> None:
    from desktop.services import packs
    from tests.documents.pdftext import page_texts

    client_id = setup(store)
    offer = offers.present(store, offers.create_draft(store, draft_input(client_id)).id)
    edited = ClientInput(
        legal_name="Autre Société S.A.",
        address_line1="99, route d'Arlon",
        postcode="L-8009",
        city="Strassen",
        signatory_name="Paul Autre",
        signatory_function="Directeur",
    )
    clients.update_client(store, client_id, edited)
    at = dt.datetime(2026, 3, 3, 10, 30, tzinfo=dt.UTC)
    signed = offers.sign(store, offer.id, signer(), "Luxembourg", representative=signer("Jean Dupont"), at=at)
    assert signed.client.legal_name == "Boulangerie Schmit s.à r.l."
    assert (signed.client.address_line1, signed.client.postcode, signed.client.city) == (
        "12, rue de la Gare",
        "L-1611",
        "Luxembourg",
    )
    assert (signed.client.signatory_name, signed.client.signatory_function) == ("Anne Schmit", "Gérante")
    text = "\n".join(page_texts(packs.pack_bytes(store, signed.number).pdf))
    assert "Boulangerie Schmit" in text
    assert "12, rue de la Gare" in text
    assert "Autre Société" not in text
    assert "route d'Arlon" not in text


def test_revisions_cancel_expire(store: Store) -> None:
    client_id = setup(store)
    first = offers.present(store, offers.create_draft(store, draft_input(client_id)).id)
    with pytest.raises(OfferStateError):
        offers.new_revision(store, offers.create_draft(store, draft_input(client_id)).id)
    second = offers.new_revision(store, first.id, dt.date(2026, 3, 9))
    assert offers.get_offer(store, first.id).status is OfferStatus.SUPERSEDED
    assert (second.revision, second.previous_id, second.offer_date) == (2, first.id, dt.date(2026, 3, 9))
    assert second.validity_date == dt.date(2026, 4, 8)
    with pytest.raises(OfferStateError) as not_latest:
        offers.new_revision(store, first.id)
    assert not_latest.value.message.id == "offers.revision.not_latest"
    assert not_latest.value.message.params["number"] == first.number
    assert offers.cancel(store, second.id).status is OfferStatus.CANCELLED
    stale = offers.present(store, offers.create_draft(store, draft_input(client_id)).id)
    signed = signed_offer(store, client_id)
    assert offers.expire_due(store, dt.date(2026, 4, 2)) == 2  # `stale` and the unpresented draft
    assert offers.get_offer(store, stale.id).status is OfferStatus.EXPIRED
    assert offers.get_offer(store, signed.id).status is OfferStatus.SIGNED


def test_the_offers_list(store: Store) -> None:
    client_id = setup(store)
    other = clients.create_client(store, ClientInput(legal_name="Électricité Kremer", city="Diekirch"))
    days = [dt.date(2026, 3, d) for d in (2, 5, 3)]
    made = [offers.create_draft(store, draft_input(client_id, day)) for day in days]
    kremer = offers.create_draft(store, draft_input(other.id, dt.date(2026, 3, 4)))
    listed = offers.list_offers(store)
    assert [r.id for r in listed] == [made[1].id, kremer.id, made[2].id, made[0].id]
    assert listed[1].client_name == "Électricité Kremer"
    assert [r.id for r in offers.list_offers(store, search="electricite")] == [kremer.id]
    assert [r.id for r in offers.list_offers(store, search="ÉLEC")] == [kremer.id]
    assert len(offers.list_offers(store, search="boul")) == 3
    assert offers.list_offers(store, search="zzz") == []
    assert [r.id for r in offers.list_offers(store, search=made[2].number)] == [made[2].id]
    assert len(offers.list_offers(store, search="OF-2026-JDU")) == 4
    window = offers.list_offers(store, date_from=dt.date(2026, 3, 3), date_to=dt.date(2026, 3, 4))
    assert [r.id for r in window] == [kremer.id, made[2].id]
    assert [r.id for r in offers.list_offers(store, limit=2, offset=1)] == [kremer.id, made[2].id]
    offers.present(store, made[0].id)
    assert [r.id for r in offers.list_offers(store, status=OfferStatus.PRESENTED)] == [made[0].id]
    both = offers.list_offers(store, status=[OfferStatus.PRESENTED, OfferStatus.DRAFT])
    assert len(both) == 4


def test_notice_deadlines_of_activated_contracts(store: Store) -> None:
    client_id = setup(store)
    signed = signed_offer(store, client_id)
    assert offers.deadlines(store, dt.date(2026, 4, 1)) == []
    offers.record_activation(store, signed.id, dt.date(2026, 3, 15))
    (row,) = offers.deadlines(store, dt.date(2026, 4, 1))
    assert (row.term, row.notice_deadline) == (dt.date(2029, 3, 31), dt.date(2028, 12, 31))
    assert row.client_name == "Boulangerie Schmit s.à r.l."
    (later,) = offers.deadlines(store, dt.date(2029, 1, 5))  # the notice date passed: renewed
    assert (later.term, later.notice_deadline) == (dt.date(2030, 3, 31), dt.date(2029, 12, 31))
    assert offers.deadlines(store, dt.date(2026, 4, 1), within_days=30) == []


def test_activation_is_compared_with_the_company_day_of_signing(store: Store) -> None:
    """Signed at 23:30 UTC on 2 March = 00:30 on 3 March in Luxembourg: the service cannot start on
    2 March (the UTC day), and may start on 3 March."""
    client_id = setup(store)
    settings.set_representative_signature(store, capture())
    draft = offers.present(store, offers.create_draft(store, draft_input(client_id)).id)
    offers.sign(store, draft.id, signer(), "Luxembourg", at=dt.datetime(2026, 3, 2, 23, 30, tzinfo=dt.UTC))
    with pytest.raises(FieldError) as early:
        offers.record_activation(store, draft.id, dt.date(2026, 3, 2))
    assert (early.value.field, early.value.message.id) == (
        "activation_date",
        "offers.activation.before_signature",
    )
    activated = offers.record_activation(store, draft.id, dt.date(2026, 3, 3))
    assert activated.activation_date == dt.date(2026, 3, 3)
