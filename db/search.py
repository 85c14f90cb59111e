"""The search index: one folded text per client and per offer, kept in step with them.

`client_search` holds a client's legal name and form, VAT and RCS numbers and the cities of
the client and of its sites; `offer_search` holds the offer number followed by its client's
text (desktop.domain.search_text.document: case, accents and punctuation folded). They are
tables of their own, not children of an offer: the immutability triggers of a signed offer
never see them, and a client's new name reaches its signed offers' search text.

SQLite: an external-content FTS5 table with the trigram tokenizer over each (`*_fts`, kept
in step by triggers on the text table, migration 0006); PostgreSQL: a GIN pg_trgm index on
`text`. `offer_search.key` orders newest first (offer date, then id) so the first page of a
search is the first rows of the index in key order.

Everything here is plain SQL through SQLAlchemy Core on the caller's connection, so it runs
in the transaction that changed the client, site or offer, and on any SQLite build
(sqlite3 or SQLCipher) and PostgreSQL. The migration's backfill calls `rebuild`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Collection, Iterable, Sequence

from sqlalchemy import BigInteger, Connection, Date, Integer, String, column, delete, insert, select, table
from sqlalchemy import text as sa_text
from sqlalchemy.orm import QueryableAttribute
from sqlalchemy.sql.elements import ColumnElement

from desktop.domain.search_text import TRIGRAM, document

OFFER_FTS = "offer_search_fts"
CLIENT_FTS = "client_search_fts"
TRIGRAM_INDEXES = {"offer_search": "ix_offer_search_trgm", "client_search": "ix_client_search_trgm"}

# Lightweight views of the columns the index reads: the backfill of migration 0006 uses
# them too, so they name only columns that exist from revision 0001 on.
_clients = table(
    "clients",
    column("id", Integer),
    column("legal_name", String),
    column("legal_form", String),
    column("vat_number", String),
    column("rcs", String),
    column("city", String),
)
_sites = table("sites", column("client_id", Integer), column("city", String))
_offers = table(
    "offers", column("id", Integer), column("number", String), column("offer_date", Date), column("client_id")
)
client_search = table("client_search", column("client_id", Integer), column("text", String))
offer_search = table(
    "offer_search", column("key", BigInteger), column("offer_id", Integer), column("text", String)
)

_BATCH = 5000
_SHIFT = 32  # offer ids below 2**32; date ordinals (year 1990-2200: ~730,000) fill the bits above


def offer_key(offer_date: dt.date, offer_id: int) -> int:
    """Sorts like (offer_date, id): the offers list's order, newest first when descending."""
    return (offer_date.toordinal() << _SHIFT) | offer_id


def is_index_object(name: str | None, kind: str) -> bool:
    """The FTS5 tables (and their shadow tables) and trigram indexes no model declares."""
    if name is None:
        return False
    if kind == "table":
        return name.startswith((OFFER_FTS, CLIENT_FTS))
    return kind == "index" and name in TRIGRAM_INDEXES.values()


def _chunks(ids: Sequence[int]) -> Iterable[Sequence[int]]:
    for start in range(0, len(ids), _BATCH):
        yield ids[start : start + _BATCH]


def _client_texts(connection: Connection, client_ids: Collection[int] | None) -> dict[int, str]:
    query = select(
        _clients.c.id,
        _clients.c.legal_name,
        _clients.c.legal_form,
        _clients.c.vat_number,
        _clients.c.rcs,
        _clients.c.city,
    )
    site_query = select(_sites.c.client_id, _sites.c.city)
    rows: list[tuple[int, str, str, str, str, str]] = []
    site_rows: list[tuple[int, str]] = []
    if client_ids is None:
        rows = [tuple(r) for r in connection.execute(query)]
        site_rows = [(r[0], r[1]) for r in connection.execute(site_query)]
    else:
        for chunk in _chunks(sorted(client_ids)):
            rows += [tuple(r) for r in connection.execute(query.where(_clients.c.id.in_(chunk)))]
            site_rows += [
                (r[0], r[1]) for r in connection.execute(site_query.where(_sites.c.client_id.in_(chunk)))
            ]
    cities: dict[int, list[str]] = {}
    for client_id, city in site_rows:
        cities.setdefault(client_id, []).append(city or "")
    return {
        cid: document(name or "", form or "", vat or "", rcs or "", city or "", *cities.get(cid, ()))
        for cid, name, form, vat, rcs, city in rows
    }


def refresh(
    connection: Connection, client_ids: Collection[int] = (), offer_ids: Collection[int] = ()
) -> None:
    """Rewrite the search text of these clients (and of all their offers) and of these offers."""
    client_ids, offer_ids = set(client_ids), set(offer_ids)
    if not client_ids and not offer_ids:
        return
    offer_rows: list[tuple[int, str, dt.date, int]] = []
    query = select(_offers.c.id, _offers.c.number, _offers.c.offer_date, _offers.c.client_id)
    for chunk in _chunks(sorted(client_ids)):
        offer_rows += [tuple(r) for r in connection.execute(query.where(_offers.c.client_id.in_(chunk)))]
    for chunk in _chunks(sorted(offer_ids - {r[0] for r in offer_rows})):
        offer_rows += [tuple(r) for r in connection.execute(query.where(_offers.c.id.in_(chunk)))]
    texts = _client_texts(connection, client_ids | {r[3] for r in offer_rows})
    for chunk in _chunks(sorted(client_ids)):
        connection.execute(delete(client_search).where(client_search.c.client_id.in_(chunk)))
    rewritten = sorted({r[0] for r in offer_rows})
    for chunk in _chunks(rewritten):
        connection.execute(delete(offer_search).where(offer_search.c.offer_id.in_(chunk)))
    _write(connection, {cid: texts[cid] for cid in client_ids if cid in texts}, offer_rows, texts)


def _write(
    connection: Connection,
    clients: dict[int, str],
    offer_rows: Sequence[tuple[int, str, dt.date, int]],
    texts: dict[int, str],
) -> None:
    client_values = [{"client_id": cid, "text": text} for cid, text in sorted(clients.items())]
    offer_values = [
        {"key": offer_key(day, oid), "offer_id": oid, "text": document(number) + " " + texts.get(cid, "")}
        for oid, number, day, cid in offer_rows
    ]
    for start in range(0, len(client_values), _BATCH):
        connection.execute(insert(client_search), client_values[start : start + _BATCH])
    for start in range(0, len(offer_values), _BATCH):
        connection.execute(insert(offer_search), offer_values[start : start + _BATCH])


def rebuild(connection: Connection) -> None:
    """Index every client and offer from scratch (the migration's backfill, the benchmark)."""
    connection.execute(delete(offer_search))
    connection.execute(delete(client_search))
    texts = _client_texts(connection, None)
    offer_rows = [
        (r[0], r[1], r[2], r[3])
        for r in connection.execute(
            select(_offers.c.id, _offers.c.number, _offers.c.offer_date, _offers.c.client_id)
        )
    ]
    _write(connection, texts, offer_rows, texts)


class Match:
    """How a folded query is looked up on one index (`offer_search` or `client_search`).

    `words` (desktop.domain.search_text.query_words) must all be substrings of the text.
    SQLite: words of 3 characters or more go to the FTS5 trigram table in one MATCH (each
    a quoted phrase, implicitly AND-ed), shorter ones are a LIKE on the folded text;
    PostgreSQL: a LIKE per word, which the GIN trigram index serves.
    """

    def __init__(self, dialect: str, words: Sequence[str], fts: str) -> None:
        self.fts_words = [w for w in words if dialect == "sqlite" and len(w) >= TRIGRAM]
        self.like_words = [w for w in words if w not in self.fts_words]
        self.fts = table(fts, column("rowid", Integer))

    def fts_condition(self) -> ColumnElement[bool]:
        # the words are folded to letters and digits only: nothing to escape in the phrases
        phrases = " ".join(f'"{w}"' for w in self.fts_words)
        return sa_text(f"{self.fts.name} MATCH :phrases").bindparams(phrases=phrases)  # type: ignore[return-value]

    def like_conditions(
        self, text_column: ColumnElement[str] | QueryableAttribute[str]
    ) -> list[ColumnElement[bool]]:
        # letters and digits only: no LIKE wildcard can be in a word
        return [text_column.like(f"%{w}%") for w in self.like_words]
