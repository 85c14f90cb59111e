"""Reference data the back office maintains: the STATEC series, the VAT table, the CGV versions.

Stored rows are turned into domain objects (IndexSeries, VatTable) for pricing. Changing
the series or the VAT table reprices every draft in the same transaction; presented and
signed offers keep the figures they were shown and signed with.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, NoReturn

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db.models import CgvVersion, IndexPointRow, IndexSeriesInfo, VatPeriodRow
from desktop.domain.errors import DomainError, FieldError
from desktop.domain.indexation import IndexSeries
from desktop.domain.messages import Message, msg
from desktop.domain.vat import VatCategory, VatPeriod, VatTable
from desktop.domain.views import CgvView
from desktop.services import audit
from desktop.services.errors import NotFoundError
from desktop.services.store import Store


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


# --- loading into domain objects (inside a session) ----------------------------------------


def load_series(session: Session) -> IndexSeries:
    info = session.get(IndexSeriesInfo, 1)
    if info is None:
        raise DomainError(msg("catalogue.index.not_loaded"))
    points = session.execute(
        select(IndexPointRow.effective_date, IndexPointRow.value).order_by(IndexPointRow.effective_date)
    ).all()
    return IndexSeries.of(info.reference, [(d, v) for d, v in points])


def load_vat_table(session: Session) -> VatTable:
    rows = session.scalars(select(VatPeriodRow).order_by(VatPeriodRow.start_date)).all()
    return VatTable(
        tuple(
            VatPeriod(
                start=r.start_date,
                end=r.end_date,
                rates={
                    VatCategory.STANDARD: r.standard,
                    VatCategory.INTERMEDIATE: r.intermediate,
                    VatCategory.REDUCED: r.reduced,
                    VatCategory.SUPER_REDUCED: r.super_reduced,
                },
            )
            for r in rows
        )
    )


def cgv_row_in_force(session: Session, day: dt.date) -> CgvVersion:
    row = session.scalars(
        select(CgvVersion)
        .where(CgvVersion.effective_date <= day)
        .order_by(CgvVersion.effective_date.desc())
        .limit(1)
    ).first()
    if row is None:
        raise FieldError("offer_date", msg("catalogue.cgv.none_in_force", day=day))
    return row


def cgv_view(row: CgvVersion) -> CgvView:
    return CgvView(
        id=row.id,
        label=row.label,
        effective_date=row.effective_date,
        sha256=row.sha256,
        text=row.text,
        structure=row.structure,
    )


# --- public use cases ----------------------------------------------------------------------


def index_series(store: Store) -> IndexSeries:
    with store.read() as session:
        return load_series(session)


def vat_table(store: Store) -> VatTable:
    with store.read() as session:
        return load_vat_table(session)


def _reprice_drafts(session: Session) -> int:
    from desktop.services.offers import reprice_all_drafts

    return reprice_all_drafts(session)


def _check_cote(value: Decimal, day: dt.date | None = None) -> None:
    """A cote the index_points column can store; `day`: the cote's date, named in the message."""
    if not isinstance(value, Decimal) or not value.is_finite() or value <= 0:
        _refuse_cote(msg("catalogue.index.cote_positive", example=Decimal("968.04")), day)
    if value != value.quantize(Decimal("0.01")) or value >= Decimal("1000000"):
        _refuse_cote(msg("catalogue.index.cote_digits", places=2, digits=6), day)


def _refuse_cote(reason: Message, day: dt.date | None) -> NoReturn:
    raise FieldError(
        "value", reason if day is None else msg("catalogue.index.cote_on", day=day, reason=reason)
    )


def replace_series(store: Store, points: Sequence[tuple[dt.date, Decimal]], actor: str = "") -> IndexSeries:
    """The settings form's whole STATEC series, in one transaction: every cote is checked first,
    cotes no longer listed are removed, and drafts are repriced once (not at all if nothing changed)."""
    wanted: dict[dt.date, Decimal] = {}
    for day, value in points:
        _check_cote(value, day)
        if day in wanted:
            raise FieldError("value", msg("catalogue.index.same_day", day=day))
        wanted[day] = value
    if not wanted:
        raise FieldError("value", msg("catalogue.index.empty"))
    with store.session() as session:
        rows = {r.effective_date: r for r in session.scalars(select(IndexPointRow))}
        removed = sorted(rows.keys() - wanted.keys())
        changed = sorted(d for d, v in wanted.items() if d not in rows or rows[d].value != v)
        if not removed and not changed:
            return load_series(session)
        for day in removed:
            session.delete(rows[day])
        for day in changed:
            if day in rows:
                rows[day].value = wanted[day]
            else:
                session.add(IndexPointRow(effective_date=day, value=wanted[day]))
        session.flush()
        series = load_series(session)
        repriced = _reprice_drafts(session)
        audit.record(
            session,
            "statec.replace",
            "statec",
            {
                "set": {d.isoformat(): str(wanted[d]) for d in changed},
                "removed": [d.isoformat() for d in removed],
                "drafts_repriced": repriced,
            },
            actor,
        )
        return series


def set_index_point(store: Store, effective_date: dt.date, value: Decimal, actor: str = "") -> IndexSeries:
    """Add or correct the cote in force from `effective_date`; drafts are repriced."""
    _check_cote(value)
    with store.session() as session:
        row = session.scalars(
            select(IndexPointRow).where(IndexPointRow.effective_date == effective_date)
        ).first()
        old = None if row is None else str(row.value)
        if row is None:
            session.add(IndexPointRow(effective_date=effective_date, value=value))
        else:
            row.value = value
        session.flush()
        series = load_series(session)
        repriced = _reprice_drafts(session)
        audit.record(
            session,
            "statec.set",
            f"statec:{effective_date.isoformat()}",
            {"value": str(value), "previous": old, "drafts_repriced": repriced},
            actor,
        )
        return series


def remove_index_point(store: Store, effective_date: dt.date, actor: str = "") -> IndexSeries:
    with store.session() as session:
        result = session.execute(delete(IndexPointRow).where(IndexPointRow.effective_date == effective_date))
        if not getattr(result, "rowcount", 0):
            raise NotFoundError(msg("catalogue.index.no_cote_on", day=effective_date))
        series = load_series(session)
        repriced = _reprice_drafts(session)
        audit.record(
            session,
            "statec.remove",
            f"statec:{effective_date.isoformat()}",
            {"drafts_repriced": repriced},
            actor,
        )
        return series


def _check_vat_period(start: dt.date, end: dt.date | None, rates: dict[VatCategory, Decimal]) -> None:
    """Refuse what the vat_periods columns could not store (NUMERIC(5,2)) with the field's name."""
    if end is not None and end < start:
        raise FieldError("end", msg("catalogue.vat.end_before_start"))
    for category in VatCategory:
        rate = rates.get(category)
        if rate is None or not isinstance(rate, Decimal) or not rate.is_finite():
            raise FieldError(category.value, msg("catalogue.vat.rate_range"))
        if not Decimal(0) <= rate < Decimal(100):
            raise FieldError(category.value, msg("catalogue.vat.rate_range"))
        if rate != rate.quantize(Decimal("0.01")):
            raise FieldError(category.value, msg("catalogue.vat.rate_decimals", places=2, rate=rate))


def set_vat_period(
    store: Store,
    start: dt.date,
    end: dt.date | None,
    rates: dict[VatCategory, Decimal],
    actor: str = "",
) -> VatTable:
    """Add or replace the VAT rates in force from `start`; drafts are repriced."""
    _check_vat_period(start, end, rates)
    with store.session() as session:
        row = session.scalars(select(VatPeriodRow).where(VatPeriodRow.start_date == start)).first()
        if row is None:
            row = VatPeriodRow(start_date=start)
            session.add(row)
        row.end_date = end
        row.standard = rates[VatCategory.STANDARD]
        row.intermediate = rates[VatCategory.INTERMEDIATE]
        row.reduced = rates[VatCategory.REDUCED]
        row.super_reduced = rates[VatCategory.SUPER_REDUCED]
        session.flush()
        table = load_vat_table(session)
        repriced = _reprice_drafts(session)
        audit.record(
            session,
            "vat.set",
            f"vat:{start.isoformat()}",
            {"end": end, "rates": {c.value: str(r) for c, r in rates.items()}, "drafts_repriced": repriced},
            actor,
        )
        return table


def _rates_of(row: VatPeriodRow) -> dict[VatCategory, Decimal]:
    return {
        VatCategory.STANDARD: row.standard,
        VatCategory.INTERMEDIATE: row.intermediate,
        VatCategory.REDUCED: row.reduced,
        VatCategory.SUPER_REDUCED: row.super_reduced,
    }


def replace_vat_table(store: Store, table: VatTable, actor: str = "") -> VatTable:
    """The settings form's whole VAT table, in one transaction: every period is checked first,
    periods no longer listed are deleted, and drafts are repriced once (not at all if nothing changed)."""
    wanted: dict[dt.date, VatPeriod] = {}
    for period in table.periods:
        _check_vat_period(period.start, period.end, dict(period.rates))
        if period.start in wanted:
            raise FieldError("start", msg("catalogue.vat.same_start", day=period.start))
        wanted[period.start] = period
    if not wanted:
        raise FieldError("start", msg("catalogue.vat.empty"))
    with store.session() as session:
        rows = {r.start_date: r for r in session.scalars(select(VatPeriodRow))}
        removed = sorted(rows.keys() - wanted.keys())
        changed = sorted(
            d
            for d, p in wanted.items()
            if d not in rows or rows[d].end_date != p.end or _rates_of(rows[d]) != dict(p.rates)
        )
        if not removed and not changed:
            return load_vat_table(session)
        for day in removed:
            session.delete(rows[day])
        session.flush()
        for day in changed:
            period = wanted[day]
            row = rows.get(day)
            if row is None:
                row = VatPeriodRow(start_date=day)
                session.add(row)
            row.end_date = period.end
            row.standard = period.rates[VatCategory.STANDARD]
            row.intermediate = period.rates[VatCategory.INTERMEDIATE]
            row.reduced = period.rates[VatCategory.REDUCED]
            row.super_reduced = period.rates[VatCategory.SUPER_REDUCED]
        session.flush()
        result = load_vat_table(session)
        repriced = _reprice_drafts(session)
        audit.record(
            session,
            "vat.replace",
            "vat",
            {
                "set": [d.isoformat() for d in changed],
                "removed": [d.isoformat() for d in removed],
                "drafts_repriced": repriced,
            },
            actor,
        )
        return result


def cgv_versions(store: Store) -> list[CgvView]:
    with store.read() as session:
        rows = session.scalars(select(CgvVersion).order_by(CgvVersion.effective_date)).all()
        return [cgv_view(r) for r in rows]


def cgv_in_force(store: Store, day: dt.date) -> CgvView:
    with store.read() as session:
        return cgv_view(cgv_row_in_force(session, day))


def add_cgv_version(
    session: Session,
    label: str,
    effective_date: dt.date,
    text: str,
    structure: dict[str, Any] | None = None,
    actor: str = "",
) -> CgvVersion:
    """Record a CGV version (inside a transaction); an existing label is returned unchanged,
    except that a missing structure is filled in."""
    if not text.strip():
        raise FieldError("text", msg("catalogue.cgv.empty"))
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    row = session.scalars(select(CgvVersion).where(CgvVersion.label == label)).first()
    if row is not None:
        if row.sha256 != digest:
            raise FieldError("text", msg("catalogue.cgv.label_taken", label=label))
        if row.structure is None and structure is not None:
            row.structure = structure
        return row
    row = CgvVersion(
        label=label,
        effective_date=effective_date,
        text=text,
        sha256=digest,
        structure=structure,
        created_at=_now(),
    )
    session.add(row)
    session.flush()
    audit.record(session, "cgv.add", f"cgv:{label}", {"sha256": digest}, actor)
    return row
