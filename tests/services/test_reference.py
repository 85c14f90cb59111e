"""Reference and settings writes: a value the column cannot hold is refused by name before any
write, and each settings form is saved whole in one transaction or not at all."""

from __future__ import annotations

import dataclasses
import datetime as dt
from decimal import Decimal

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.messages import Message, msg
from desktop.domain.vat import VatCategory, VatPeriod, VatTable
from desktop.domain.views import CompanyInput, RepresentativeInput
from desktop.services import offers, reference, settings
from desktop.services.store import Store
from tests.db.factories import capture, draft_input, setup

D = Decimal
RATES = {
    VatCategory.STANDARD: D(17),
    VatCategory.INTERMEDIATE: D(14),
    VatCategory.REDUCED: D(8),
    VatCategory.SUPER_REDUCED: D(3),
}


@pytest.mark.parametrize(
    ("category", "rate", "expected"),
    [
        (VatCategory.STANDARD, D("16.555"), msg("catalogue.vat.rate_decimals", places=2, rate=D("16.555"))),
        (VatCategory.REDUCED, D("8.001"), msg("catalogue.vat.rate_decimals", places=2, rate=D("8.001"))),
        (VatCategory.INTERMEDIATE, D("100"), msg("catalogue.vat.rate_range")),
        (VatCategory.SUPER_REDUCED, D("-1"), msg("catalogue.vat.rate_range")),
        (VatCategory.STANDARD, D("NaN"), msg("catalogue.vat.rate_range")),
    ],
)
def test_a_vat_rate_the_column_cannot_hold_is_refused_by_field(
    store: Store, category: VatCategory, rate: Decimal, expected: Message
) -> None:
    before = reference.vat_table(store)
    with pytest.raises(FieldError) as caught:
        reference.set_vat_period(store, dt.date(2027, 1, 1), None, {**RATES, category: rate})
    assert caught.value.field == category.value
    assert caught.value.message == expected
    assert reference.vat_table(store) == before


def test_a_rate_with_two_decimals_is_stored_exactly(store: Store) -> None:
    table = reference.set_vat_period(
        store, dt.date(2027, 1, 1), None, {**RATES, VatCategory.STANDARD: D("16.55")}
    )
    stored = next(p for p in table.periods if p.start == dt.date(2027, 1, 1))
    assert stored.rates[VatCategory.STANDARD] == D("16.55")


# --- whole-form saves: all or nothing, drafts repriced once ------------------------------------


def _count_reprices(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    original = reference._reprice_drafts

    def counting(session):  # type: ignore[no-untyped-def]
        calls.append(original(session))
        return calls[-1]

    monkeypatch.setattr(reference, "_reprice_drafts", counting)
    return calls


def test_a_series_with_one_bad_cote_saves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_reprices(monkeypatch)
    before = reference.index_series(store)
    points = [(p.start, p.value) for p in before.points]
    bad = [*points[1:], (dt.date(2026, 6, 1), D("992.24")), (dt.date(2027, 1, 1), D("1000.005"))]
    with pytest.raises(FieldError) as caught:
        reference.replace_series(store, bad)
    assert caught.value.message == msg(
        "catalogue.index.cote_on",
        day=dt.date(2027, 1, 1),
        reason=msg("catalogue.index.cote_digits", places=2, digits=6),
    )
    assert (
        str(caught.value)
        == "value: au 01/01/2027, une cote a au plus 2 décimales et 6 chiffres avant la virgule"
    )
    with pytest.raises(FieldError) as caught:
        reference.replace_series(store, [*points, points[0]])
    assert caught.value.message == msg("catalogue.index.same_day", day=points[0][0])
    with pytest.raises(FieldError) as caught:
        reference.replace_series(store, [])
    assert caught.value.message == msg("catalogue.index.empty")
    assert reference.index_series(store) == before
    assert calls == []


def test_a_good_series_replaces_the_whole_series_and_reprices_drafts_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id, dt.date(2026, 7, 1)))
    calls = _count_reprices(monkeypatch)
    before = reference.index_series(store)
    last = before.points[-1]
    wanted = [*((p.start, p.value) for p in before.points[:-1]), (dt.date(2026, 6, 1), D("992.24"))]
    series = reference.replace_series(store, wanted)
    assert [(p.start, p.value) for p in series.points] == wanted  # the removed cote is gone
    assert last.start not in {p.start for p in reference.index_series(store).points}
    assert calls == [1]
    assert offers.get_offer(store, draft.id).index_applied == D("992.24")
    reference.replace_series(store, wanted)  # nothing changed: nothing written, nothing repriced
    assert calls == [1]


def test_a_vat_table_with_one_bad_rate_saves_nothing(store: Store, monkeypatch: pytest.MonkeyPatch) -> None:
    calls = _count_reprices(monkeypatch)
    before = reference.vat_table(store)
    first, *rest = before.periods
    changed = VatPeriod(first.start, first.end, {**first.rates, VatCategory.STANDARD: D("15.5")})
    extra = VatPeriod(dt.date(2030, 1, 1), None, {**RATES, VatCategory.STANDARD: D("16.555")})
    with pytest.raises(FieldError) as caught:
        reference.replace_vat_table(store, VatTable((changed, *rest, extra)))
    assert caught.value.field == "standard"
    assert caught.value.message == msg("catalogue.vat.rate_decimals", places=2, rate=D("16.555"))
    assert reference.vat_table(store) == before
    assert calls == []


def test_a_good_vat_table_is_saved_whole_with_deleted_periods_and_reprices_once(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls = _count_reprices(monkeypatch)
    before = reference.vat_table(store)
    assert len(before.periods) >= 2
    first, *rest = before.periods
    changed = VatPeriod(rest[-1].start, rest[-1].end, {**rest[-1].rates, VatCategory.REDUCED: D("7.5")})
    table = VatTable((*rest[:-1], changed))  # the first period is deleted, the last one changed
    saved = reference.replace_vat_table(store, table)
    assert saved == reference.vat_table(store)
    assert first.start not in {p.start for p in saved.periods}
    assert saved.periods[-1].rates[VatCategory.REDUCED] == D("7.5")
    assert len(saved.periods) == len(before.periods) - 1
    assert calls == [0]  # one reprice (no draft in this store)


def test_the_settings_form_is_saved_in_one_transaction(store: Store) -> None:
    setup(store)
    before_rep = settings.get_representative(store)
    before_company = settings.get_company(store)
    assert before_rep is not None
    assert before_company is not None
    company = CompanyInput(
        legal_name="LuxTel s.a.", legal_form="s.a.", address_line1="3, rue Jean Piret",
        postcode="L-2350", city="Luxembourg", rcs="B123456",
    )  # fmt: skip
    with pytest.raises(FieldError) as caught:  # the company part is wrong: the representative is not saved
        settings.save_settings_form(
            store,
            RepresentativeInput(code="JDU", name="Jeanne Dupont"),
            capture(),
            dataclasses.replace(company, postcode="2350X"),
        )
    assert caught.value.field == "postcode"
    assert settings.get_representative(store) == before_rep
    assert settings.get_company(store) == before_company
    rep, saved = settings.save_settings_form(
        store, RepresentativeInput(code="JDU", name="Jeanne Dupont"), capture(), company
    )
    assert settings.get_representative(store) == rep
    assert rep.name == "Jeanne Dupont"
    assert rep.signature == capture()
    assert settings.get_company(store) == saved
    assert saved.legal_name == "LuxTel s.a."
