"""One DeclarativeBase for every model, with the reusable column types of the schema.

Portable on purpose: nothing here is SQLite-only, so the same models run on PostgreSQL.
Money is ``Numeric(12, 2)`` (Decimal in Python, never float); percentages and STATEC cotes
have their own exact precisions; timestamps are stored as UTC and always come back aware.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import JSON, DateTime, Integer, MetaData, Numeric, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, mapped_column

# Constraint names are deterministic, so migrations are reproducible on every backend.
NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class UTCDateTime(TypeDecorator[dt.datetime]):
    """A timestamp stored in UTC; naive values are refused, values read back are aware (UTC)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("timestamps must be timezone-aware (UTC)")
        return value.astimezone(dt.UTC)

    def process_result_value(self, value: dt.datetime | None, dialect: Dialect) -> dt.datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=dt.UTC)
        return value.astimezone(dt.UTC)


# Reusable column types (Warehouse style): the annotation says what the value is.
Money = Annotated[Decimal, mapped_column(Numeric(12, 2, asdecimal=True))]
Percent = Annotated[Decimal, mapped_column(Numeric(5, 2, asdecimal=True))]
Cote = Annotated[Decimal, mapped_column(Numeric(8, 2, asdecimal=True))]
UTCTimestamp = Annotated[dt.datetime, mapped_column(UTCDateTime())]
Sha256 = Annotated[str, mapped_column(String(64))]
Str200 = Annotated[str, mapped_column(String(200))]
Str80 = Annotated[str, mapped_column(String(80))]
Str32 = Annotated[str, mapped_column(String(32))]
LongText = Annotated[str, mapped_column(Text())]
IntPK = Annotated[int, mapped_column(Integer, primary_key=True, autoincrement=True)]


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    # SQLAlchemy reads this class attribute once, when the base is declared
    type_annotation_map = {  # noqa: RUF012
        Decimal: Numeric(12, 2, asdecimal=True),
        dt.datetime: UTCDateTime(),
        str: String(200),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }
