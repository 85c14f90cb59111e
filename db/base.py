"""One DeclarativeBase for every model, with the reusable column types of the schema.

Portable on purpose: nothing here is SQLite-only, so the same models run on PostgreSQL.
Money is ``ExactDecimal(12, 2)`` (Decimal in Python, never float, on every backend);
percentages and STATEC cotes have their own exact precisions; timestamps are stored as UTC
and always come back aware.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Annotated, Any

from sqlalchemy import JSON, DateTime, Integer, MetaData, Numeric, String, Text, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, mapped_column
from sqlalchemy.sql.type_api import TypeEngine

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


def _scaled_integers(dialect: Dialect) -> bool:
    """SQLite has no decimal type: ExactDecimal stores scaled integers there."""
    return dialect.name == "sqlite"


class _ScaledIntegerNumeric(Numeric[Decimal]):
    """``NUMERIC(p, s)`` in DDL, but values go to and come from the driver untouched.

    Numeric's own SQLite processors go through float (``float(Decimal)`` when binding,
    ``Decimal("%.2f" % value)`` when reading); this one lets ExactDecimal's scaled integer
    reach the driver and the raw integer come back, so no float is ever involved.
    """

    def bind_processor(self, dialect: Dialect) -> None:
        return None

    def result_processor(self, dialect: Dialect, coltype: object) -> None:
        return None


class ExactDecimal(TypeDecorator[Decimal]):
    """An exact decimal column: ``NUMERIC(precision, scale)`` in DDL, Decimal in Python.

    On PostgreSQL (native NUMERIC) and other backends the Decimal goes through as is. On
    SQLite, which has no decimal type and would keep a binary double, the value is
    stored as a scaled INTEGER (cents for money: 629.62 -> 62962) and read back as
    ``Decimal(int)`` with exponent ``-scale``; integers stay integers in a NUMERIC-affinity
    column, so SUM, MIN, MAX, ORDER BY and comparisons with bound values are exact in SQL.
    Do not do other SQL arithmetic on these columns: on SQLite it sees the scaled integers.

    On every backend a value with more decimals than ``scale``, or too many digits for
    ``precision``, is refused with a ValueError (never rounded), and float is refused.
    """

    impl = Numeric
    cache_ok = True

    def __init__(self, precision: int, scale: int) -> None:
        super().__init__(precision, scale, asdecimal=True)
        self.precision = precision
        self.scale = scale

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine[Any]:
        if _scaled_integers(dialect):
            return _ScaledIntegerNumeric(self.precision, self.scale, asdecimal=True)
        return super().load_dialect_impl(dialect)

    def scaled_integer(self, value: Decimal | int) -> int:
        """`value` x 10**scale as an exact int; ValueError if it does not fit the column."""
        if isinstance(value, bool) or not isinstance(value, Decimal | int):
            raise ValueError(
                f"{value!r} is not a Decimal: NUMERIC({self.precision}, {self.scale}) columns take Decimal"
            )
        if isinstance(value, int):
            value = Decimal(value)
        if not value.is_finite():
            raise ValueError(f"{value} is not a finite number")
        sign, digits, exponent = value.as_tuple()
        assert isinstance(exponent, int)
        magnitude = int("".join(map(str, digits)) or "0")
        shift = exponent + self.scale
        scaled: int
        if shift >= 0:
            scaled = magnitude * 10**shift
        else:
            scaled, rest = divmod(magnitude, 10**-shift)
            if rest:
                raise ValueError(f"{value} has more than {self.scale} decimals (it is never rounded)")
        if scaled >= 10**self.precision:
            limit = Decimal(10**self.precision - 1).scaleb(-self.scale)
            raise ValueError(f"{value} is too large: at most {limit}")
        return -scaled if sign else scaled

    def process_bind_param(self, value: Decimal | int | None, dialect: Dialect) -> Decimal | int | None:
        if value is None:
            return None
        scaled = self.scaled_integer(value)
        if _scaled_integers(dialect):
            return scaled
        return value if isinstance(value, Decimal) else Decimal(value)

    def process_literal_param(self, value: Decimal | int | None, dialect: Dialect) -> str:
        if value is None:
            return "NULL"
        bound = self.process_bind_param(value, dialect)
        return str(bound)

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None:
            return None
        if not _scaled_integers(dialect):
            if not isinstance(value, Decimal):
                raise ValueError(f"expected a Decimal from the database, got {value!r}")
            return value
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(
                f"expected a scaled integer in a NUMERIC({self.precision}, {self.scale}) column, "
                f"got {value!r} (written outside OfferDesk?)"
            )
        sign, digits, _exponent = Decimal(value).as_tuple()
        return Decimal((sign, digits, -self.scale))


MONEY = ExactDecimal(12, 2)
PERCENT = ExactDecimal(5, 2)
COTE = ExactDecimal(8, 2)

# Reusable column types (Warehouse style): the annotation says what the value is.
Money = Annotated[Decimal, mapped_column(MONEY)]
Percent = Annotated[Decimal, mapped_column(PERCENT)]
Cote = Annotated[Decimal, mapped_column(COTE)]
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
        Decimal: MONEY,
        dt.datetime: UTCDateTime(),
        str: String(200),
        dict[str, Any]: JSON(),
        list[Any]: JSON(),
    }
