"""The offers list: lazy paging, filters, debounced search, actions, expired offers marked."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QModelIndex, Qt

from desktop.domain.vocabulary import OfferStatus
from desktop.ui.offers_model import PAGE, OffersModel
from desktop.ui.offers_page import OffersPage
from desktop.ui.ports import OfferQuery
from tests.ui.fake_backend import FakeBackend


def test_model_fetches_pages_of_200_lazily(qtmodeltester):
    backend = FakeBackend(offers=450)
    calls: list[tuple[int, int]] = []

    def fetch(query, offset, limit):
        calls.append((offset, limit))
        return backend.list_offers(query, offset, limit)

    model = OffersModel(fetch)
    model.set_query(OfferQuery())
    assert model.rowCount() == PAGE == 200
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    assert model.rowCount() == 450
    assert not model.canFetchMore(QModelIndex())
    assert calls == [(0, 200), (200, 200), (400, 200)]
    qtmodeltester.check(model)


def test_columns_show_status_number_client_date_and_french_amounts():
    backend = FakeBackend(offers=3)
    model = OffersModel(backend.list_offers)
    model.set_query(OfferQuery())
    row = [model.data(model.index(0, c)) for c in range(model.columnCount())]
    assert row[1].startswith("OF-2026-JDU-")
    assert row[2] == "Boulangerie Schmit"
    assert row[3].count("/") == 2
    assert row[4].endswith("\u00a0€")
    assert "," in row[4]
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(6)]
    assert headers == ["Statut", "Numéro", "Client", "Date", "Mensuel HT", "Installation HT"]


def test_expired_offers_are_expired_on_start_and_marked(qtbot, dialogs):
    backend = FakeBackend(offers=6)
    backend.expire_due(dt.date(2026, 11, 26))
    page = OffersPage(backend, dialogs)
    qtbot.addWidget(page)
    page.apply_filters()
    model = page.model
    statuses = {model.data(model.index(r, 0)) for r in range(model.rowCount())}
    assert "Expirée" in statuses
    expired_row = next(r for r in range(model.rowCount()) if model.row_at(r).status is OfferStatus.EXPIRED)
    assert model.data(model.index(expired_row, 0), Qt.ItemDataRole.ForegroundRole) is not None
    assert "Validité dépassée" in model.data(model.index(expired_row, 1), Qt.ItemDataRole.ToolTipRole)


def test_status_filter_and_date_range(qtbot, dialogs):
    backend = FakeBackend(offers=30)
    page = OffersPage(backend, dialogs)
    qtbot.addWidget(page)
    page.status.setCurrentIndex(page.status.findData(OfferStatus.SIGNED.value))
    assert page.model.rowCount() == 10
    assert all(page.model.row_at(r).status is OfferStatus.SIGNED for r in range(page.model.rowCount()))
    page.status.setCurrentIndex(0)
    page.use_dates.setChecked(True)
    page.date_from.setDate(dt.date(2026, 1, 5))
    page.date_to.setDate(dt.date(2026, 1, 9))
    dates = {page.model.row_at(r).offer_date for r in range(page.model.rowCount())}
    assert dates == {dt.date(2026, 1, d) for d in range(5, 10)}


def test_search_is_debounced_and_matches_client_or_number(qtbot, dialogs):
    backend = FakeBackend(offers=5)
    page = OffersPage(backend, dialogs)
    qtbot.addWidget(page)
    page.apply_filters()
    assert page.model.rowCount() == 5
    qtbot.keyClicks(page.search, "0003")
    assert page.model.rowCount() == 5  # nothing yet: the search waits for typing to pause
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.row_at(0).number.endswith("0003")
    page.search.setText("garage")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0)


def test_a_search_that_finds_nothing_says_so_until_it_finds_again(qtbot, dialogs, screens):
    backend = FakeBackend(offers=5)
    page = OffersPage(backend, dialogs)
    qtbot.addWidget(page)
    page.show()
    page.apply_filters()
    assert page.no_result.isHidden()
    page.search.setText("zzz")
    page.apply_filters()
    assert page.model.rowCount() == 0
    assert page.no_result.isVisible()
    assert page.no_result.text() == "Aucun résultat pour « zzz »"
    page.grab().save(str(screens / "offres-aucun-resultat.png"))
    page.search.setText("0003")
    page.apply_filters()
    assert page.model.rowCount() == 1
    assert page.no_result.isHidden()
    page.search.setText("")
    page.status.setCurrentIndex(page.status.findData(OfferStatus.CANCELLED.value))
    assert page.model.rowCount() == 0
    assert page.no_result.isHidden()  # no search: nothing to say about it


def test_duplicate_new_revision_and_cancel(qtbot, dialogs):
    backend = FakeBackend(offers=3)  # 1 draft, 2 presented, 3 signed
    page = OffersPage(backend, dialogs)
    qtbot.addWidget(page)
    page.apply_filters()

    def select(number_suffix: str) -> None:
        row = next(
            r for r in range(page.model.rowCount()) if page.model.row_at(r).number.endswith(number_suffix)
        )
        page.table.selectRow(row)

    select("0003")  # signed
    assert page.revision_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    with qtbot.waitSignal(page.open_requested) as opened:
        page.revision_button.click()
    revised = backend.load_offer(opened.args[0])
    assert revised.revision == 2
    assert revised.status is OfferStatus.DRAFT
    assert backend.load_offer(3).status is OfferStatus.SIGNED  # in force until the revision is signed

    select("0001")
    with qtbot.waitSignal(page.open_requested) as opened:
        page.duplicate_button.click()
    assert backend.load_offer(opened.args[0]).number != "OF-2026-JDU-0001"

    page.model.reload()
    select("0002")  # presented
    dialogs.confirm_answers.append(True)
    page.cancel_button.click()
    assert backend.load_offer(2).status is OfferStatus.CANCELLED
    assert dialogs.messages[-1][0] == "confirm"


def test_refused_action_shows_the_reason(qtbot, dialogs):
    backend = FakeBackend(offers=1)
    page = OffersPage(backend, dialogs)
    qtbot.addWidget(page)
    page.apply_filters()
    page.table.selectRow(0)
    page.revise_selected()  # a draft needs no revision: the fake refuses like the store
    assert dialogs.messages[-1][0] == "error"
    assert "brouillon" in dialogs.messages[-1][2]


def test_actions_follow_the_lifecycle(qtbot, dialogs):
    """Buttons are enabled where desktop.domain.lifecycle allows the action: an activated
    contract can be revised (the services allow it), a cancelled offer neither revised nor
    cancelled again."""
    backend = FakeBackend(offers=3)
    backend.record_activation(3, dt.date(2026, 6, 1))  # offer 3 is signed
    backend.cancel(1)  # a draft
    page = OffersPage(backend, dialogs)
    qtbot.addWidget(page)
    page.apply_filters()
    by_id = {page.model.row_at(r).id: r for r in range(page.model.rowCount())}
    page.table.selectRow(by_id[3])
    assert backend.load_offer(3).status is OfferStatus.ACTIVATED
    assert page.revision_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    page.table.selectRow(by_id[1])
    assert not page.revision_button.isEnabled()
    assert not page.cancel_button.isEnabled()
    assert page.duplicate_button.isEnabled()
