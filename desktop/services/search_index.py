"""Keeps the search index (db/search.py) in step with every client, site and offer written.

One hook after each ORM flush, in the flushing transaction: a new or renamed client, a
client's VAT/RCS/city changed, a site added or moved, a new offer or revision, an offer's
number, date or client changed -> the search text of that client and of its offers (or of
that offer) is rewritten before the transaction commits, so the index never disagrees with
what was committed, and a rolled-back edit rolls its index rows back with it.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.orm import Session

from db.models import Client, Offer, Site
from db.search import refresh

CLIENT_FIELDS = ("legal_name", "legal_form", "vat_number", "rcs", "city")
SITE_FIELDS = ("city", "client_id")
OFFER_FIELDS = ("number", "offer_date", "client_id")


def _changed(obj: object, fields: tuple[str, ...]) -> bool:
    attrs = sa_inspect(obj).attrs
    return any(attrs[name].history.has_changes() for name in fields)


def _after_flush(session: Session, _context: Any) -> None:
    client_ids: set[int] = set()
    offer_ids: set[int] = set()
    for obj in session.new:
        if isinstance(obj, Client):
            client_ids.add(obj.id)
        elif isinstance(obj, Site):
            client_ids.add(obj.client_id)
        elif isinstance(obj, Offer):
            offer_ids.add(obj.id)
    for obj in session.dirty:
        if isinstance(obj, Client) and _changed(obj, CLIENT_FIELDS):
            client_ids.add(obj.id)
        elif isinstance(obj, Site) and _changed(obj, SITE_FIELDS):
            client_ids.add(obj.client_id)
            client_ids.update(sa_inspect(obj).attrs["client_id"].history.deleted or ())
        elif isinstance(obj, Offer) and _changed(obj, OFFER_FIELDS):
            offer_ids.add(obj.id)
    if client_ids or offer_ids:
        refresh(session.connection(), client_ids, offer_ids)


def install() -> None:
    """Register the hook on every Session (idempotent)."""
    if not event.contains(Session, "after_flush", _after_flush):
        event.listen(Session, "after_flush", _after_flush)


install()
