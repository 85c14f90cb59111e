"""Catalogue versions: import all or nothing, the same content twice changes nothing, search."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.errors import FieldError
from desktop.domain.messages import msg
from desktop.services import catalogue
from desktop.services.store import Store
from tests.db.factories import KNOWN, product


def test_the_first_start_loads_the_sample_catalogue_marked_as_sample(store: Store) -> None:
    version = catalogue.current_version(store)
    assert version is not None
    assert version.is_sample
    assert version.source_name == "sample-catalogue.csv"
    assert 30 <= version.product_count <= 60
    assert len(catalogue.search_products(store)) == version.product_count


def test_importing_the_same_content_twice_changes_nothing(store: Store) -> None:
    first = catalogue.import_rows(store, KNOWN, "a.csv", "a" * 64)
    assert first.created
    again = catalogue.import_rows(store, tuple(reversed(KNOWN)), "a.xlsx", "b" * 64)
    assert not again.created
    assert again.version == first.version
    assert len(catalogue.list_versions(store)) == 2  # sample + ours
    changed = catalogue.import_rows(store, (*KNOWN[:2], product("TV", "21.00", "0.00")), "c.csv", "c" * 64)
    assert changed.created
    assert catalogue.get_product(store, "TV").monthly_fee == Decimal("21.00")
    assert catalogue.current_version(store) == changed.version


def test_a_bad_batch_imports_nothing(store: Store) -> None:
    before = catalogue.current_version(store)
    with pytest.raises(FieldError) as caught:
        catalogue.import_rows(store, (*KNOWN, KNOWN[0]), "dup.csv", "d" * 64)
    assert caught.value.field == f"row {len(KNOWN) + 1}: code"
    assert caught.value.message == msg("catalogue.import.duplicate_code", code=KNOWN[0].code)
    with pytest.raises(FieldError) as caught:
        catalogue.import_rows(store, (product("X", "1.005", "0"),), "x.csv", "e" * 64)
    assert caught.value.message == msg("catalogue.import.amount_digits", places=2, digits=10)
    with pytest.raises(FieldError) as caught:
        catalogue.import_rows(store, (), "empty.csv", "f" * 64)
    assert caught.value.message == msg("catalogue.import.no_products")
    assert catalogue.current_version(store) == before


def test_search_products_of_the_current_catalogue(store: Store) -> None:
    catalogue.import_rows(store, KNOWN, "a.csv", "a" * 64)
    assert [p.code for p in catalogue.search_products(store, "fi")] == ["FIB"]
    assert [p.code for p in catalogue.search_products(store, "produit t")] == ["TV"]
    assert catalogue.search_products(store, "100%") == []
    assert catalogue.categories(store) == ["Test"]
    tv = catalogue.get_product(store, "TV")
    assert tv.vat_category.value == "super_reduced"
    assert tv.allowed_engagements == (12, 24, 36)
    with pytest.raises(FieldError):
        catalogue.get_product(store, "FIB-100M")  # from the sample: no longer current
