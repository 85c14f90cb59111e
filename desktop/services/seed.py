"""First start: load the shipped reference data from resources/ into an empty database.

Each piece is loaded only when missing (so every start is cheap and nothing the back office
changed is overwritten): the seller's identity (company.json), the STATEC series
(statec.json), the VAT table (vat.json), the CGV of 01.09.2023 (text, and its structure
when cgv-2023-09-01.json is there), and the sample catalogue (marked as sample data).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db.models import (
    CatalogueVersion,
    CgvVersion,
    CompanyIdentity,
    IndexPointRow,
    IndexSeriesInfo,
    VatPeriodRow,
)
from desktop.domain.indexation import REFERENCE_DATE
from desktop.domain.messages import msg
from desktop.domain.vat import VatCategory
from desktop.domain.views import CompanyInput
from desktop.paths import resource
from desktop.reference import load_vat_table, series_from_json
from desktop.services import audit
from desktop.services.catalogue import import_products
from desktop.services.errors import StoreError
from desktop.services.reference import add_cgv_version
from desktop.services.settings import save_company
from desktop.services.store import Store

CGV_LABEL = "2023-09-01"
CGV_DATE = dt.date(2023, 9, 1)
SAMPLE_CATALOGUE = ("catalogue", "sample-catalogue.csv")
ACTOR = "first-start"


def _json(path: Path) -> Any:
    with path.open(encoding="utf-8") as handle:
        return json.load(handle)


def _seed_company(session: Session) -> None:
    if session.get(CompanyIdentity, 1) is not None:
        return
    data = _json(resource("company.json"))
    save_company(session, CompanyInput(**{k: str(v) for k, v in data.items()}), ACTOR)


def _seed_series(session: Session) -> None:
    if session.get(IndexSeriesInfo, 1) is not None:
        return
    data = _json(resource("statec.json"))
    series = series_from_json(data)  # the one parser of the file, with its checks
    session.add(
        IndexSeriesInfo(
            id=1,
            name=str(data.get("name", "STATEC")),
            reference=series.reference,
            reference_date=dt.date.fromisoformat(data.get("reference_date", REFERENCE_DATE.isoformat())),
            updated_at=dt.datetime.now(dt.UTC),
        )
    )
    if not session.scalar(select(func.count()).select_from(IndexPointRow)):
        for point in series.points:
            session.add(IndexPointRow(effective_date=point.start, value=point.value))
    session.flush()


def _seed_vat(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(VatPeriodRow)):
        return
    for period in load_vat_table().periods:
        session.add(
            VatPeriodRow(
                start_date=period.start,
                end_date=period.end,
                standard=period.rates[VatCategory.STANDARD],
                intermediate=period.rates[VatCategory.INTERMEDIATE],
                reduced=period.rates[VatCategory.REDUCED],
                super_reduced=period.rates[VatCategory.SUPER_REDUCED],
            )
        )
    session.flush()


def _seed_cgv(session: Session) -> None:
    row = session.scalars(select(CgvVersion).where(CgvVersion.label == CGV_LABEL)).first()
    structure_path = resource("cgv", f"cgv-{CGV_LABEL}.json")
    if row is not None and (row.structure is not None or not structure_path.exists()):
        return
    text = resource("cgv", f"cgv-{CGV_LABEL}.txt").read_text(encoding="utf-8")
    structure = _json(structure_path) if structure_path.exists() else None
    add_cgv_version(session, CGV_LABEL, CGV_DATE, text, structure, ACTOR)


def _seed_catalogue(session: Session) -> None:
    if session.scalar(select(func.count()).select_from(CatalogueVersion)):
        return
    path = resource(*SAMPLE_CATALOGUE)
    if not path.exists():
        return
    from desktop.services.catalogue_file import describe, parse_catalogue_file

    result = parse_catalogue_file(path)
    if result.errors:
        raise StoreError(msg("offers.seed.sample_invalid", path=path, problems=describe(result.errors, 3)))
    import_products(session, result.rows, path.name, result.sha256, is_sample=True, actor=ACTOR)


def seed_first_start(store: Store) -> None:
    """Load whatever reference data is missing, in one transaction."""
    with store.session() as session:
        _seed_company(session)
        _seed_series(session)
        _seed_vat(session)
        _seed_cgv(session)
        _seed_catalogue(session)
    # entries written before the keyed audit chain (migration 0004): sealed by one checkpoint
    audit.checkpoint_legacy(store)
