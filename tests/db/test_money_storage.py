"""Money, percentages and cotes are ExactDecimal: exact on every backend, never a float.

On SQLite (no decimal type) they are stored as scaled INTEGERs (cents for money) and read back
as Decimal; on PostgreSQL as native NUMERIC. A value with more decimals than the column's
scale is refused, never rounded. SQL aggregates and comparisons stay exact.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from decimal import Decimal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Column, Integer, MetaData, Table, func, insert, select, text, update
from sqlalchemy.exc import IntegrityError, StatementError

from db.base import Base, ExactDecimal
from db.models import IndexPointRow, OfferLineRow, Product, VatPeriodRow
from desktop.services import catalogue, offers
from desktop.services.store import Store
from tests.db.factories import draft_input, product, setup, signed_offer

MONEY_MAX = 10**12 - 1  # 9,999,999,999.99 in cents


def test_amounts_round_trip_exactly(store: Store) -> None:
    rng = random.Random(20260301)
    edges = ["0.00", "0.01", "0.10", "0.07", "1.00", "123.45", "629.62", "1234567890.12", "9999999999.99"]
    amounts = [Decimal(e) for e in edges]
    amounts += [Decimal(rng.randrange(0, 10**12)).scaleb(-2) for _ in range(300)]
    rows = [product(f"P{i}", f"{a}", f"{a}") for i, a in enumerate(amounts)]
    catalogue.import_rows(store, rows, "money.csv", "9" * 64)
    stored = {
        p.code: (p.monthly_fee, p.installation_fee) for p in catalogue.search_products(store, limit=1000)
    }
    for i, amount in enumerate(amounts):
        monthly, installation = stored[f"P{i}"]
        assert monthly == amount, (amount, monthly)
        assert installation == amount
        assert isinstance(monthly, Decimal)
        assert monthly.as_tuple().exponent == -2


def _exact_columns() -> list[tuple[str, str, int]]:
    """(table, column, scale) of every ExactDecimal column of the schema."""
    return [
        (table.name, c.name, c.type.scale)
        for table in Base.metadata.sorted_tables
        for c in table.columns
        if isinstance(c.type, ExactDecimal)
    ]


def test_sqlite_stores_every_exact_column_as_a_scaled_integer(sqlite_store: Store) -> None:
    store = sqlite_store
    signed_offer(store, setup(store))  # products, offers, lines; the seed holds VAT and STATEC rows
    columns = _exact_columns()
    assert {t for t, _c, _s in columns} >= {"products", "offers", "offer_lines", "vat_periods"}
    with store.engine.connect() as connection:
        for table, name, scale in columns:
            sql = f"SELECT id, typeof({name}), {name} FROM {table} ORDER BY id"
            raw = connection.execute(text(sql)).all()
            assert raw, f"no row in {table}"
            typed = Table(table, MetaData(), Column("id", Integer), Column(name, ExactDecimal(12, scale)))
            read = dict(connection.execute(select(typed.c.id, typed.c[name])).all())
            for row_id, kind, value in raw:
                assert kind == "integer", (table, name, kind, value)
                assert Decimal(value).scaleb(-scale) == read[row_id], (table, name, value, read[row_id])
        fee = connection.execute(text("SELECT installation_fee FROM products WHERE code = 'IP'")).scalar()
        assert fee == 62962  # 629.62, in cents


@pytest.fixture
def probe(store: Store) -> Iterator[Table]:
    """A scratch table with the model's own money, percentage and cote column types."""
    table = Table(
        "exact_probe",
        MetaData(),
        Column("id", Integer, primary_key=True),
        Column("amount", Product.__table__.c.monthly_fee.type),
        Column("percent", VatPeriodRow.__table__.c.standard.type),
        Column("cote", IndexPointRow.__table__.c.value.type),
    )
    table.create(store.engine)
    yield table
    table.drop(store.engine)


def _cents(max_units: int) -> st.SearchStrategy[Decimal]:
    """Decimals with up to two decimals (some with fewer, e.g. 5 or 1.5), 0 .. max_units."""
    whole = st.integers(0, max_units).map(Decimal)
    tenths = st.integers(0, max_units * 10 + 9).map(lambda n: Decimal(n).scaleb(-1))
    cents = st.integers(0, max_units * 100 + 99).map(lambda n: Decimal(n).scaleb(-2))
    edges = st.sampled_from([Decimal("0.00"), Decimal("0.01"), Decimal(max_units * 100 + 99).scaleb(-2)])
    return st.one_of(cents, tenths, whole, edges)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(amount=_cents(9_999_999_999), percent=_cents(999), cote=_cents(999_999))
def test_property_exact_round_trip(
    store: Store, probe: Table, amount: Decimal, percent: Decimal, cote: Decimal
) -> None:
    with store.engine.begin() as connection:
        row_id = connection.execute(
            insert(probe).values(amount=amount, percent=percent, cote=cote).returning(probe.c.id)
        ).scalar_one()
    with store.engine.connect() as connection:
        back = connection.execute(
            select(probe.c.amount, probe.c.percent, probe.c.cote).where(probe.c.id == row_id)
        ).one()
        if store.dialect == "sqlite":
            kinds = connection.execute(
                text("SELECT typeof(amount), typeof(percent), typeof(cote) FROM exact_probe WHERE id = :i"),
                {"i": row_id},
            ).one()
            assert tuple(kinds) == ("integer", "integer", "integer")
            raw = connection.execute(text("SELECT amount FROM exact_probe WHERE id = :i"), {"i": row_id})
            assert raw.scalar() == int(amount * 100)
    for sent, got in zip((amount, percent, cote), back, strict=True):
        assert isinstance(got, Decimal)
        assert got == sent
        assert got.as_tuple().exponent == -2


@pytest.mark.parametrize(
    ("column", "value", "message"),
    [
        ("amount", Decimal("1.005"), "more than 2 decimals"),
        ("amount", Decimal("0.001"), "more than 2 decimals"),
        ("percent", Decimal("17.125"), "more than 2 decimals"),
        ("cote", Decimal("968.041"), "more than 2 decimals"),
        ("amount", Decimal("10000000000.00"), "too large"),
        ("cote", Decimal("1000000"), "too large"),
        ("amount", 12.5, "not a Decimal"),
        ("amount", Decimal("NaN"), "not a finite number"),
    ],
)
def test_a_value_that_does_not_fit_is_refused_not_rounded(
    store: Store, probe: Table, column: str, value: object, message: str
) -> None:
    with pytest.raises(StatementError) as caught, store.engine.begin() as connection:
        connection.execute(insert(probe).values({column: value}))
    assert isinstance(caught.value.orig, ValueError)
    assert message in str(caught.value.orig)
    with store.engine.connect() as connection:
        assert connection.execute(select(func.count()).select_from(probe)).scalar() == 0


def test_negative_amounts_and_integers_round_trip(store: Store, probe: Table) -> None:
    values = [Decimal("-0.01"), Decimal("-9999999999.99"), 7, Decimal("-3")]
    with store.engine.begin() as connection:
        connection.execute(insert(probe), [{"amount": v} for v in values])
    with store.engine.connect() as connection:
        back = connection.execute(select(probe.c.amount).order_by(probe.c.id)).scalars().all()
    assert back == [Decimal(v) for v in values]
    assert [str(v) for v in back] == ["-0.01", "-9999999999.99", "7.00", "-3.00"]


def test_sql_sum_min_max_order_and_comparisons_are_exact(store: Store, probe: Table) -> None:
    # 1,000 x the largest amount: a double cannot hold 9,999,999,999,990.00 to the cent
    big = Decimal("9999999999.99")
    small = [Decimal("0.10"), Decimal("0.20"), Decimal("0.70"), Decimal("629.62")]
    with store.engine.begin() as connection:
        connection.execute(insert(probe), [{"amount": big} for _ in range(1000)])
        connection.execute(insert(probe), [{"amount": a} for a in small])
    with store.engine.connect() as connection:
        total = connection.execute(select(func.sum(probe.c.amount))).scalar()
        assert total == big * 1000 + sum(small)
        assert str(total) == "10000000000620.62"
        low, high = connection.execute(select(func.min(probe.c.amount), func.max(probe.c.amount))).one()
        assert (low, high) == (Decimal("0.10"), big)
        ordered = connection.execute(
            select(probe.c.amount).where(probe.c.amount < Decimal("1000")).order_by(probe.c.amount.desc())
        ).scalars()
        assert list(ordered) == sorted(small, reverse=True)
        between = select(func.sum(probe.c.amount)).where(probe.c.amount.between(Decimal("0.2"), Decimal(1)))
        assert connection.execute(between).scalar() == Decimal("0.90")


def test_the_discount_check_allows_100_percent_and_refuses_more(store: Store) -> None:
    client_id = setup(store)
    draft = offers.create_draft(store, draft_input(client_id))
    with store.session() as session:
        line = session.scalars(select(OfferLineRow).where(OfferLineRow.offer_id == draft.id)).first()
        assert line is not None
        line.installation_discount = Decimal("100")
    with store.session() as session:
        line_id = session.scalars(select(OfferLineRow.id).where(OfferLineRow.offer_id == draft.id)).first()
    too_much = update(OfferLineRow).where(OfferLineRow.id == line_id)
    too_much = too_much.values(monthly_discount=Decimal("100.01"))
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(too_much)
    assert offers.get_offer(store, draft.id).lines[0].installation_discount == Decimal("100.00")
