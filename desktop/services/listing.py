"""Read-only lists: the offers list (paged, newest first) and the contracts' notice deadlines.

The offers list reads the totals snapshot stored on each offer by its last pricing, so the
first page of 100,000 offers is one index walk; a search walks the search index in the
same order (db/search.py; figures in tests/bench/bench_store.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from dateutil.relativedelta import relativedelta
from sqlalchemy import Select, select

from db.models import Client, Offer, OfferSearch
from db.search import OFFER_FTS, Match
from desktop.domain import calendar as cal
from desktop.domain.search_text import query_words
from desktop.domain.views import DeadlineRow, OfferRow
from desktop.domain.vocabulary import OfferStatus
from desktop.services.store import Store

ROW_COLUMNS = (
    Offer.id,
    Offer.number,
    Offer.revision,
    Offer.status,
    Offer.client_id,
    Client.legal_name,
    Offer.offer_date,
    Offer.validity_date,
    Offer.engagement_months,
    Offer.monthly_ht,
    Offer.monthly_ttc,
    Offer.installation_ht,
    Offer.installation_ttc,
    Offer.signed_at,
    Offer.activation_date,
)


def offers_query(
    dialect: str,
    status: OfferStatus | Sequence[OfferStatus] | None = None,
    search: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
) -> Select[*tuple[Any, ...]]:
    """The offers list's query, newest first; a search goes through the search index (db/search.py)."""
    words = query_words(search)
    query: Select[*tuple[Any, ...]]
    if not words:
        query = select(*ROW_COLUMNS).order_by(Offer.offer_date.desc(), Offer.id.desc())
    else:
        match = Match(dialect, words, OFFER_FTS)
        if match.fts_words:
            # the FTS5 table drives, in its rowid (= offer_search.key) order: the first page
            # of a frequent word is its first rows, a rare one is a short list
            query = (
                select(*ROW_COLUMNS)
                .select_from(match.fts)
                .join(OfferSearch, OfferSearch.key == match.fts.c.rowid)
                .where(match.fts_condition())
                .order_by(match.fts.c.rowid.desc())
            )
        else:
            query = select(*ROW_COLUMNS).select_from(OfferSearch).order_by(OfferSearch.key.desc())
        query = query.join(Offer, Offer.id == OfferSearch.offer_id).where(
            *match.like_conditions(OfferSearch.text)
        )
    query = query.join(Client, Client.id == Offer.client_id)
    if status is not None:
        statuses = [status] if isinstance(status, OfferStatus) else list(status)
        query = query.where(Offer.status.in_(statuses))
    if date_from is not None:
        query = query.where(Offer.offer_date >= date_from)
    if date_to is not None:
        query = query.where(Offer.offer_date <= date_to)
    return query


def list_offers(
    store: Store,
    status: OfferStatus | Sequence[OfferStatus] | None = None,
    search: str = "",
    date_from: dt.date | None = None,
    date_to: dt.date | None = None,
    limit: int = 50,
    offset: int = 0,
) -> list[OfferRow]:
    """Offers newest first (offer date, then creation order), with client name and totals.

    `search`: words that must each be found, anywhere, in the offer number or its client's
    name, legal form, VAT or RCS number, or city (of the client or of a site), case, accents
    and punctuation ignored: "schmit", "0001", "2026-jdu", "sarl". Dates filter the offer
    date, inclusive.
    """
    query = offers_query(store.dialect, status, search, date_from, date_to).limit(limit).offset(offset)
    with store.read() as session:
        rows: list[tuple[Any, ...]] = [tuple(r) for r in session.execute(query)]
        return [
            OfferRow(
                id=r[0],
                number=r[1],
                revision=r[2],
                status=OfferStatus(r[3]),
                client_id=r[4],
                client_name=r[5],
                offer_date=r[6],
                validity_date=r[7],
                engagement_months=r[8],
                monthly_ht=r[9],
                monthly_ttc=r[10],
                installation_ht=r[11],
                installation_ttc=r[12],
                signed_at=r[13],
                activation_date=r[14],
            )
            for r in rows
        ]


def deadlines(store: Store, today: dt.date, within_days: int | None = None) -> list[DeadlineRow]:
    """Activated contracts with their next notice deadline on or after `today`, soonest first.

    The term rolls over by tacit renewal (R months) until a deadline not yet past is found.
    `within_days` keeps only deadlines at most that many days ahead.
    """
    query = (
        select(
            Offer.id,
            Offer.number,
            Offer.revision,
            Client.legal_name,
            Offer.activation_date,
            Offer.engagement_months,
            Offer.renewal_months,
        )
        .join(Client, Client.id == Offer.client_id)
        .where(Offer.status == OfferStatus.ACTIVATED, Offer.activation_date.is_not(None))
    )
    rows: list[DeadlineRow] = []
    with store.read() as session:
        for offer_id, number, revision, client_name, activation, engagement, renewal in session.execute(
            query
        ):
            assert activation is not None
            term = cal.term(activation, engagement)
            notice = cal.notice_deadline(term)
            while notice < today:
                term = cal.end_of_month(term + relativedelta(months=renewal))
                notice = cal.notice_deadline(term)
            days_left = (notice - today).days
            if within_days is not None and days_left > within_days:
                continue
            rows.append(
                DeadlineRow(
                    offer_id=offer_id,
                    number=number,
                    revision=revision,
                    client_name=client_name,
                    activation_date=activation,
                    engagement_months=engagement,
                    renewal_months=renewal,
                    term=term,
                    notice_deadline=notice,
                    days_left=days_left,
                )
            )
    rows.sort(key=lambda r: (r.notice_deadline, r.number))
    return rows
