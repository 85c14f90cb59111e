"""The price catalogue: versions imported from head-office files, products of the current one.

`import_rows` takes rows already validated by the parser (desktop.services.catalogue_file)
and stores them as a new catalogue version in one transaction. Importing content identical
to the current catalogue changes nothing. Offers never read prices from here after pricing:
their lines keep a snapshot.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Sequence
from decimal import Decimal

from sqlalchemy import func, insert, or_, select
from sqlalchemy.orm import Session

from db.models import CatalogueVersion, Product
from desktop.domain.catalogue import ProductRow
from desktop.domain.errors import FieldError
from desktop.domain.messages import msg
from desktop.domain.vat import VatCategory
from desktop.domain.views import CatalogueVersionView, ImportResult, ProductView
from desktop.services import audit
from desktop.services.catalogue_file import MAX_LENGTH  # the store's column sizes
from desktop.services.errors import NotFoundError
from desktop.services.store import Store


def version_view(row: CatalogueVersion) -> CatalogueVersionView:
    return CatalogueVersionView(
        id=row.id,
        source_name=row.source_name,
        file_sha256=row.file_sha256,
        content_sha256=row.content_sha256,
        product_count=row.product_count,
        is_sample=row.is_sample,
        imported_at=row.imported_at,
    )


def product_view(row: Product) -> ProductView:
    return ProductView(
        id=row.id,
        catalogue_version_id=row.catalogue_version_id,
        code=row.code,
        name=row.name,
        category=row.category,
        description=row.description,
        monthly_fee=row.monthly_fee,
        installation_fee=row.installation_fee,
        installation_indexed=row.installation_indexed,
        vat_category=VatCategory(row.vat_category),
        allowed_engagements=tuple(int(m) for m in row.allowed_engagements),
    )


def content_hash(rows: Sequence[ProductRow]) -> str:
    """A hash of what the rows say (order-independent), whatever file format carried them."""
    canonical = sorted(
        [
            r.code.strip(),
            r.name,
            r.category,
            r.description,
            f"{r.monthly_fee:.2f}",
            f"{r.installation_fee:.2f}",
            r.installation_indexed,
            r.vat_category.value,
            list(r.allowed_engagements),
        ]
        for r in rows
    )
    text = json.dumps(canonical, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def current_version_row(session: Session) -> CatalogueVersion | None:
    return session.scalars(select(CatalogueVersion).order_by(CatalogueVersion.id.desc()).limit(1)).first()


def current_version(store: Store) -> CatalogueVersionView | None:
    with store.read() as session:
        row = current_version_row(session)
        return None if row is None else version_view(row)


def list_versions(store: Store) -> list[CatalogueVersionView]:
    """Every imported catalogue, newest first."""
    with store.read() as session:
        rows = session.scalars(select(CatalogueVersion).order_by(CatalogueVersion.id.desc()))
        return [version_view(r) for r in rows]


def _check_rows(rows: Sequence[ProductRow]) -> None:
    if not rows:
        raise FieldError("catalogue", msg("catalogue.import.no_products"))
    seen: set[str] = set()
    for index, row in enumerate(rows, start=1):
        code = row.code.strip()
        if code in seen:
            raise FieldError(f"row {index}: code", msg("catalogue.import.duplicate_code", code=code))
        seen.add(code)
        if len(code) > MAX_LENGTH["code"]:
            raise FieldError(
                f"row {index}: code", msg("catalogue.import.code_length", limit=MAX_LENGTH["code"])
            )
        if len(row.name) > MAX_LENGTH["name"]:
            raise FieldError(
                f"row {index}: name", msg("catalogue.import.name_length", limit=MAX_LENGTH["name"])
            )
        if len(row.category) > MAX_LENGTH["category"]:
            raise FieldError(
                f"row {index}: category",
                msg("catalogue.import.category_length", limit=MAX_LENGTH["category"]),
            )
        for name in ("monthly_fee", "installation_fee"):
            value = getattr(row, name)
            if value >= 10**10 or value != value.quantize(Decimal("0.01")):
                raise FieldError(
                    f"row {index}: {name}", msg("catalogue.import.amount_digits", places=2, digits=10)
                )


def import_products(
    session: Session,
    rows: Sequence[ProductRow],
    source_name: str,
    file_sha256: str,
    *,
    is_sample: bool = False,
    actor: str = "",
) -> tuple[CatalogueVersion, bool]:
    """Inside a transaction: a new version unless the content equals the current one."""
    _check_rows(rows)
    digest = content_hash(rows)
    current = current_version_row(session)
    if current is not None and current.content_sha256 == digest:
        return current, False
    version = CatalogueVersion(
        source_name=source_name[:200],
        file_sha256=file_sha256,
        content_sha256=digest,
        product_count=len(rows),
        is_sample=is_sample,
        imported_at=dt.datetime.now(dt.UTC),
    )
    session.add(version)
    session.flush()
    session.execute(
        insert(Product),
        [
            {
                "catalogue_version_id": version.id,
                "code": r.code.strip(),
                "name": r.name.strip(),
                "category": r.category.strip(),
                "description": r.description.strip(),
                "monthly_fee": r.monthly_fee,
                "installation_fee": r.installation_fee,
                "installation_indexed": r.installation_indexed,
                "vat_category": r.vat_category.value,
                "allowed_engagements": list(r.allowed_engagements),
            }
            for r in rows
        ],
    )
    audit.record(
        session,
        "catalogue.import",
        f"catalogue:{version.id}",
        {"source": source_name, "file_sha256": file_sha256, "content_sha256": digest, "products": len(rows)},
        actor,
    )
    return version, True


def import_rows(
    store: Store,
    rows: Sequence[ProductRow],
    source_name: str,
    file_sha256: str,
    *,
    is_sample: bool = False,
    actor: str = "",
) -> ImportResult:
    """Store validated rows as the new current catalogue, all or nothing.

    Importing the same content as the current catalogue again changes nothing
    (``created`` is False). A problem raises FieldError naming the row and column.
    """
    with store.session() as session:
        version, created = import_products(
            session, rows, source_name, file_sha256, is_sample=is_sample, actor=actor
        )
        return ImportResult(version=version_view(version), created=created)


def search_products(
    store: Store, text: str = "", category: str | None = None, limit: int = 200
) -> list[ProductView]:
    """Products of the current catalogue whose code starts with, or name contains, `text`."""
    with store.read() as session:
        current = current_version_row(session)
        if current is None:
            return []
        query = select(Product).where(Product.catalogue_version_id == current.id)
        needle = text.strip().lower()
        if needle:
            escaped = needle.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(
                or_(
                    func.lower(Product.code).like(f"{escaped}%", escape="\\"),
                    func.lower(Product.name).like(f"%{escaped}%", escape="\\"),
                )
            )
        if category:
            query = query.where(Product.category == category)
        rows = session.scalars(query.order_by(Product.category, Product.code).limit(limit))
        return [product_view(r) for r in rows]


def categories(store: Store) -> list[str]:
    with store.read() as session:
        current = current_version_row(session)
        if current is None:
            return []
        return list(
            session.scalars(
                select(Product.category)
                .where(Product.catalogue_version_id == current.id)
                .distinct()
                .order_by(Product.category)
            )
        )


def product_row_by_code(session: Session, code: str) -> Product:
    current = current_version_row(session)
    if current is None:
        raise NotFoundError(msg("catalogue.none_loaded"))
    row = session.scalars(
        select(Product).where(Product.catalogue_version_id == current.id, Product.code == code.strip())
    ).first()
    if row is None:
        raise FieldError("product_code", msg("catalogue.product.unknown", code=code))
    return row


def get_product(store: Store, code: str) -> ProductView:
    with store.read() as session:
        return product_view(product_row_by_code(session, code))


def line_product(session: Session, code: str, prefix: str) -> Product:
    """The current catalogue's product for an offer line; a FieldError names the line."""
    try:
        return product_row_by_code(session, code)
    except FieldError as exc:
        raise FieldError(f"{prefix}.product_code", exc.message) from None


def check_engagement(product: Product, engagement: int, prefix: str) -> None:
    """Every line of an offer, kept or new, must be sold with the offer's engagement term."""
    if engagement not in product.allowed_engagements:
        raise FieldError(
            f"{prefix}.product_code",
            msg(
                "catalogue.product.engagement",
                code=product.code,
                allowed=tuple(int(m) for m in product.allowed_engagements),
                engagement=engagement,
            ),
        )
