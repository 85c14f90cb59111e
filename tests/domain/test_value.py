"""The domain's value objects behave as frozen dataclasses would."""

from __future__ import annotations

import datetime as dt
import subprocess
import sys
from decimal import Decimal

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.indexation import IndexPoint
from desktop.domain.pricing import OfferLine
from desktop.domain.value import Value


def make_line(**kw: object) -> OfferLine:
    values: dict[str, object] = {
        "description": "Fibre",
        "quantity": 2,
        "unit_monthly": Decimal("10.00"),
        "unit_installation": Decimal("5.00"),
        "installation_indexed": True,
        "vat_rate": Decimal("17"),
    }
    values.update(kw)
    return OfferLine(**values)  # type: ignore[arg-type]


def test_fields_defaults_equality_hash_and_repr() -> None:
    a, b = make_line(), make_line()
    assert a == b
    assert hash(a) == hash(b)
    assert a.monthly_discount == Decimal("0.00")
    assert a != make_line(quantity=3)
    assert repr(IndexPoint(dt.date(2025, 5, 1), Decimal("968.04"))) == (
        "IndexPoint(start=datetime.date(2025, 5, 1), value=Decimal('968.04'))"
    )
    assert IndexPoint(dt.date(2025, 5, 1), Decimal(1)) != (dt.date(2025, 5, 1), Decimal(1))


def test_immutable() -> None:
    line = make_line()
    with pytest.raises(AttributeError, match="immutable"):
        line.quantity = 5  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del line.quantity  # type: ignore[misc]


def test_replace_validates_again() -> None:
    line = make_line()
    assert line.replace(quantity=4).quantity == 4
    assert line.quantity == 2
    with pytest.raises(FieldError, match="quantity"):
        line.replace(quantity=0)


def test_constructor_errors() -> None:
    with pytest.raises(TypeError, match="missing argument 'value'"):
        IndexPoint(dt.date(2025, 5, 1))  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="unexpected"):
        IndexPoint(dt.date(2025, 5, 1), Decimal(1), colour="red")  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="takes 2 arguments"):
        IndexPoint(dt.date(2025, 5, 1), Decimal(1), 3)  # type: ignore[call-arg]
    with pytest.raises(TypeError, match="without default follows"):

        class Bad(Value):
            a: int = 1
            b: int


def test_domain_import_does_not_load_dataclasses_or_typing() -> None:
    probe = (
        "import sys\n"
        "import desktop.services.quote, desktop.reference\n"
        "print([m for m in ('dataclasses', 'typing', 'inspect', 'fractions') if m in sys.modules])\n"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
