"""Parser + store together, and `offerdesk import-catalogue` end to end on a temporary SQLite file.

All or nothing: a file with one wrong row leaves the database as it was; the same
catalogue imported twice makes one version.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from db.engine import sqlite_url
from db.models import CatalogueVersion, Product
from desktop.cli import main
from desktop.paths import resource
from desktop.services.catalogue import current_version, import_rows, search_products
from desktop.services.catalogue_file import COLUMNS, parse_catalogue_bytes
from desktop.services.store import Store, open_store

SAMPLE = resource("catalogue", "sample-catalogue.csv")


@pytest.fixture
def empty_store(tmp_path: Path) -> Iterator[Store]:
    """A migrated SQLite store without the sample catalogue (the fuzz test runs many imports)."""
    opened = open_store(sqlite_url(tmp_path / "store.sqlite3"), backup=False, seed=False)
    yield opened
    opened.close()


def counts(store: Store) -> tuple[int, int]:
    with store.read() as session:
        versions = session.scalar(select(func.count()).select_from(CatalogueVersion)) or 0
        products = session.scalar(select(func.count()).select_from(Product)) or 0
    return versions, products


def catalogue(n: int, *, price: str = "10.00", bad_row: int | None = None) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=";", lineterminator="\n")
    writer.writerow(COLUMNS)
    for i in range(n):
        fee = "10,5x" if i == bad_row else price.replace(".", ",")
        writer.writerow([f"P-{i}", f"Produit {i}", "Divers", "", fee, "100,00", "oui", "standard", "12;36"])
    return buffer.getvalue().encode()


def import_bytes(store: Store, data: bytes) -> bool | None:
    """Parse then import; None when the parser refused the file (and nothing was tried)."""
    result = parse_catalogue_bytes(data)
    if result.errors:
        return None
    return import_rows(store, result.rows, "test.csv", result.sha256).created


# --- through the services ------------------------------------------------------------------


def test_same_catalogue_twice_is_one_version(empty_store: Store) -> None:
    store = empty_store
    assert import_bytes(store, catalogue(5)) is True
    assert import_bytes(store, catalogue(5)) is False
    assert counts(store) == (1, 5)
    assert import_bytes(store, catalogue(5, price="11.00")) is True
    assert counts(store) == (2, 10)


def test_a_file_with_one_wrong_row_changes_nothing(empty_store: Store) -> None:
    store = empty_store
    import_bytes(store, catalogue(3))
    before = counts(store)
    assert import_bytes(store, catalogue(50, bad_row=49)) is None
    assert counts(store) == before


FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


@FUZZ
@given(st.integers(1, 30), st.sampled_from(["0.00", "12.50", "999999999.99"]), st.data())
def test_valid_files_import_once_and_broken_ones_never(
    empty_store: Store, n: int, price: str, data: st.DataObject
) -> None:
    store = empty_store
    good = catalogue(n, price=price)
    first = import_bytes(store, good)
    assert first is not None
    version = current_version(store)
    assert version is not None
    assert version.product_count == n
    assert import_bytes(store, good) is False
    before = counts(store)
    # the same file with one cell damaged, or random bytes spliced in anywhere
    broken = data.draw(
        st.one_of(
            st.integers(0, n - 1).map(lambda i: catalogue(n, price=price, bad_row=i)),
            st.tuples(st.integers(0, len(good)), st.binary(min_size=1, max_size=8)).map(
                lambda cut: good[: cut[0]] + cut[1] + good[cut[0] :]
            ),
        )
    )
    outcome = import_bytes(store, broken)
    if outcome is None or outcome is False:
        assert counts(store) == before
    else:  # a splice that still makes a valid, different catalogue: exactly one new version
        assert counts(store)[0] == before[0] + 1


def test_the_longest_values_the_parser_accepts_fit_the_store(store: Store) -> None:
    """On SQLite and on PostgreSQL (which enforces column sizes): the limits agree."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(COLUMNS)
    writer.writerow(
        ["C" * 32, "é" * 200, "ç" * 80, "d" * 2000, "999999999.99", "999999999.99", "1", "reduced", "60"]
    )
    result = parse_catalogue_bytes(buffer.getvalue().encode())
    assert result.ok, [str(e) for e in result.errors]
    assert import_rows(store, result.rows, "long.csv", result.sha256).created
    (product,) = search_products(store, "C" * 32)
    assert (product.name, product.category, product.monthly_fee) == (
        "é" * 200,
        "ç" * 80,
        result.rows[0].monthly_fee,
    )


# --- the command ---------------------------------------------------------------------------


def test_command_imports_then_reports_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    url = sqlite_url(tmp_path / "cli.sqlite3")
    file = tmp_path / "c.csv"
    file.write_bytes(catalogue(7))
    assert main(["import-catalogue", str(file), "--db", url]) == 0
    out = capsys.readouterr().out
    assert out.startswith("7 produits importés comme version ")
    assert main(["import-catalogue", str(file), "--db", url]) == 0
    assert capsys.readouterr().out == "inchangé : ce catalogue est déjà la version en vigueur\n"


def test_command_refuses_a_wrong_file_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    url = sqlite_url(tmp_path / "cli.sqlite3")
    file = tmp_path / "bad.csv"
    file.write_bytes(catalogue(80, bad_row=13))
    assert main(["import-catalogue", str(file), "--db", url]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "1 erreur ; rien n'a été importé" in captured.err
    assert "  ligne 15, colonne monthly_fee : « 10,5x » n'est pas un nombre" in captured.err.splitlines()
    assert not (tmp_path / "cli.sqlite3").exists()  # refused before the database was opened


def test_command_caps_a_long_report(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    file = tmp_path / "bad.csv"
    text = catalogue(80).decode().replace("oui", "peut-être")
    file.write_text(text, encoding="utf-8")
    assert main(["import-catalogue", str(file), "--db", sqlite_url(tmp_path / "x.sqlite3")]) == 2
    lines = capsys.readouterr().err.splitlines()
    assert lines[0].endswith("80 erreurs ; rien n'a été importé")
    assert len(lines) == 1 + 50 + 1
    assert lines[-1] == "  et 30 autres erreurs"


def test_command_notes_ignored_columns_in_french(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    lines = SAMPLE.read_text(encoding="utf-8").splitlines()
    file = tmp_path / "with-notes.csv"
    file.write_text("\n".join([lines[0] + ",notes", *(line + ",x" for line in lines[1:])]), encoding="utf-8")
    assert main(["import-catalogue", str(file), "--db", sqlite_url(tmp_path / "x.sqlite3")]) == 0
    assert "remarque : colonne ignorée : notes" in capsys.readouterr().err


def test_command_names_an_unreadable_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["import-catalogue", str(tmp_path / "absent.csv")]) == 2
    assert "impossible de lire" in capsys.readouterr().err
    latin = tmp_path / "latin.csv"
    latin.write_bytes(SAMPLE.read_text(encoding="utf-8").encode("cp1252"))
    assert main(["import-catalogue", str(latin), "--db", sqlite_url(tmp_path / "x.sqlite3")]) == 2
    assert "n'est pas un texte UTF-8" in capsys.readouterr().err


def test_command_with_the_sample_on_a_fresh_database(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """First start already loads the sample catalogue: importing it again is 'unchanged'."""
    url = sqlite_url(tmp_path / "fresh.sqlite3")
    assert main(["import-catalogue", str(SAMPLE), "--db", url]) == 0
    assert capsys.readouterr().out == "inchangé : ce catalogue est déjà la version en vigueur\n"
    store = open_store(url, backup=False, seed=False)
    try:
        version = current_version(store)
        assert version is not None
        assert version.is_sample
        assert version.product_count == 41
    finally:
        store.close()


def test_command_reads_xlsx_with_the_same_meaning_as_csv(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The sample saved as a workbook (typed number cells) is the same catalogue as the CSV."""
    import openpyxl

    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    with SAMPLE.open(encoding="utf-8", newline="") as handle:
        for i, row in enumerate(csv.reader(handle)):
            sheet.append(row if i == 0 else [*row[:4], float(row[4]), float(row[5]), *row[6:]])
    book = tmp_path / "catalogue.xlsx"
    workbook.save(book)
    url = sqlite_url(tmp_path / "x.sqlite3")
    assert main(["import-catalogue", str(book), "--db", url]) == 0  # first start seeded the CSV
    assert capsys.readouterr().out == "inchangé : ce catalogue est déjà la version en vigueur\n"
    sheet["E2"] = 91.5
    workbook.save(book)
    assert main(["import-catalogue", str(book), "--db", url]) == 0
    assert capsys.readouterr().out.startswith("41 produits importés comme version 2 du catalogue")
