"""The catalogue file parser: documented format, every error named by row and column, never a crash."""

from __future__ import annotations

import csv
import io
import os
import re
import unicodedata
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop.domain.catalogue import ENGAGEMENT_CHOICES, ProductRow
from desktop.domain.messages import Message, msg
from desktop.domain.vat import VatCategory
from desktop.paths import resource
from desktop.services.catalogue_file import (
    COLUMNS,
    REQUIRED_COLUMNS,
    CatalogueError,
    CatalogueFileError,
    ParseResult,
    describe,
    parse_catalogue_bytes,
    parse_catalogue_file,
    report,
)

HEADER = ",".join(COLUMNS)
GOOD = "FIB-1G,Fibre 1 Gbit/s,Accès fibre,Symétrique,249.00,450.00,yes,standard,12;24;36"


def csv_bytes(*lines: str, header: str = HEADER) -> bytes:
    return ("\n".join([header, *lines]) + "\n").encode("utf-8")


def messages(result: ParseResult) -> list[str]:
    return [str(e) for e in result.errors]


def only_error(result: ParseResult) -> CatalogueError:
    assert result.rows == ()
    assert len(result.errors) == 1, messages(result)
    return result.errors[0]


# --- the format ----------------------------------------------------------------------------


def test_a_valid_row_becomes_a_product() -> None:
    result = parse_catalogue_bytes(csv_bytes(GOOD))
    assert result.ok
    assert result.file_format == "csv"
    assert result.rows == (
        ProductRow(
            code="FIB-1G",
            name="Fibre 1 Gbit/s",
            category="Accès fibre",
            description="Symétrique",
            monthly_fee=Decimal("249.00"),
            installation_fee=Decimal("450.00"),
            installation_indexed=True,
            vat_category=VatCategory.STANDARD,
            allowed_engagements=(12, 24, 36),
        ),
    )


def test_semicolon_delimiter_decimal_comma_and_bom_as_excel_writes_them() -> None:
    text = (
        "\ufeffcode;name;category;description;monthly_fee;installation_fee;installation_indexed;"
        "vat_category;allowed_engagements\r\n"
        'TV-PRO;Bouquet TV;Télévision;;24,90;1 290,00 €;Oui;super-réduit;"12;36"\r\n'
    )
    result = parse_catalogue_bytes(text.encode("utf-8"))
    assert result.ok, messages(result)
    (row,) = result.rows
    assert row.monthly_fee == Decimal("24.90")
    assert row.installation_fee == Decimal("1290.00")
    assert row.installation_indexed is True
    assert row.vat_category is VatCategory.SUPER_REDUCED
    assert row.allowed_engagements == (12, 36)
    assert row.description == ""


def test_tab_delimited_header_in_any_order_and_case_with_unknown_columns_ignored() -> None:
    header = "Vat Category\tCODE\tName\tcategory\tmonthly-fee\tinstallation_fee\tinstallation_indexed\t"
    header += "allowed_engagements\tnotes"
    line = "reduced\tX1\tProduit\tDivers\t1\t0\tnon\t60 36 36\tinterne"
    result = parse_catalogue_bytes(f"{header}\n{line}\n".encode())
    assert result.ok, messages(result)
    assert result.ignored_columns == ("notes",)
    (row,) = result.rows
    assert (row.code, row.vat_category, row.allowed_engagements) == ("X1", VatCategory.REDUCED, (36, 60))
    assert row.installation_indexed is False


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("yes", True),
        ("TRUE", True),
        ("1", True),
        ("oui", True),
        ("no", False),
        ("False", False),
        ("0", False),
    ],
)
def test_indexed_flag_words(word: str, expected: bool) -> None:
    line = GOOD.replace(",yes,", f",{word},")
    assert parse_catalogue_bytes(csv_bytes(line)).rows[0].installation_indexed is expected


def test_excel_sep_line_names_the_delimiter_and_is_not_a_row() -> None:
    text = (
        "sep=;\r\n"
        + HEADER.replace(",", ";")
        + "\r\n"
        + GOOD.replace("12;24;36", "12 24").replace(",", ";").replace("249.00", "x")
        + "\r\n"
    )
    error = only_error(parse_catalogue_bytes(text.encode()))
    assert (error.row, error.column) == (2, "monthly_fee")


def test_blank_lines_are_skipped_but_counted_as_rows() -> None:
    result = parse_catalogue_bytes(
        csv_bytes("", GOOD, "", GOOD.replace("FIB-1G", "FIB-2G").replace("249", "x"))
    )
    assert only_error(result) == CatalogueError(
        5, "monthly_fee", msg("catalogue.cell.not_a_number", value="x.00")
    )


def test_row_numbers_follow_the_spreadsheet_even_with_a_quoted_line_break() -> None:
    multi = 'A1,Nom,Cat,"ligne 1\nligne 2",1,1,yes,standard,12'
    result = parse_catalogue_bytes(csv_bytes(multi, GOOD.replace("standard", "zero")))
    error = only_error(result)
    assert (error.row, error.column) == (3, "vat_category")
    assert error.message == msg("catalogue.cell.vat", value="zero")


# --- errors --------------------------------------------------------------------------------


def test_error_names_row_and_column_with_a_human_message() -> None:
    lines = [GOOD.replace("FIB-1G", f"P{i}") for i in range(12)]
    lines.append(GOOD.replace("FIB-1G", "BAD").replace("249.00", '"12,5x"'))
    error = only_error(parse_catalogue_bytes(csv_bytes(*lines)))
    assert error.line() == msg(
        "catalogue.problem.row_column",
        row=14,
        column="monthly_fee",
        problem=msg("catalogue.cell.not_a_number", value="12,5x"),
    )
    assert str(error) == "ligne 14, colonne monthly_fee : « 12,5x » n'est pas un nombre"


@pytest.mark.parametrize(
    ("lang", "line"),
    [
        ("fr", "ligne 14, colonne monthly_fee : « 12,5x » n'est pas un nombre"),
        ("de", "Zeile 14, Spalte monthly_fee: „12,5x“ ist keine Zahl"),
        ("en", "row 14, column monthly_fee: “12,5x” is not a number"),
    ],
)
def test_a_report_line_reads_in_each_language(lang: str, line: str) -> None:
    error = CatalogueError(14, "monthly_fee", msg("catalogue.cell.not_a_number", value="12,5x"))
    assert error.line().text(lang) == line
    assert describe([error], lang=lang) == [line]


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("-5", msg("catalogue.cell.negative", value="-5")),
        ("12.345", msg("catalogue.cell.amount_refused", value="12.345", reason=msg("domain.money.cents"))),
        ("1000000000", msg("catalogue.cell.too_large", value="1000000000", limit=Decimal("999999999.99"))),
        (
            "1" + "0" * 400,
            msg("catalogue.cell.too_large", value="1" + "0" * 400, limit=Decimal("999999999.99")),
        ),
        ("1e3", msg("catalogue.cell.not_a_number", value="1e3")),
        ("NaN", msg("catalogue.cell.not_a_number", value="NaN")),
        ("", msg("catalogue.cell.amount_empty")),
        ("١٢", msg("catalogue.cell.not_a_number", value="١٢")),  # Arabic-Indic digits: Decimal() takes them
        ("1_000", msg("catalogue.cell.not_a_number", value="1_000")),  # Decimal() would take this too
    ],
)
def test_bad_amounts_are_refused(cell: str, expected: Message) -> None:
    error = only_error(parse_catalogue_bytes(csv_bytes(GOOD.replace("450.00", cell))))
    assert error.row == 2
    assert error.column == "installation_fee"
    assert error.message == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "« 1000000000 » est trop élevé (au plus 999\u202f999\u202f999,99\u00a0€)"),
        ("de", "„1000000000“ ist zu hoch (höchstens 999.999.999,99\u00a0€)"),
        ("en", "“1000000000” is too large (at most 999,999,999.99\u00a0€)"),
    ],
)
def test_the_amount_limit_reads_as_money_in_each_language(lang: str, text: str) -> None:
    error = only_error(parse_catalogue_bytes(csv_bytes(GOOD.replace("450.00", "1000000000"))))
    assert error.message.text(lang) == text


@pytest.mark.parametrize(
    ("cell", "expected"), [("0", "0.00"), ("-0", "0.00"), ("999999999.99", "999999999.99")]
)
def test_edge_amounts_are_accepted(cell: str, expected: str) -> None:
    result = parse_catalogue_bytes(csv_bytes(GOOD.replace("450.00", cell)))
    assert result.rows[0].installation_fee == Decimal(expected)


@pytest.mark.parametrize(
    ("column", "cell", "expected"),
    [
        ("code", "", msg("catalogue.cell.code_empty")),
        ("code", "FIB 1G", msg("catalogue.cell.code_invalid", code="FIB 1G")),
        ("code", "X" * 33, msg("catalogue.cell.too_long", length=33, limit=32)),
        ("name", "", msg("catalogue.cell.empty")),
        ("category", "", msg("catalogue.cell.empty")),
        ("installation_indexed", "maybe", msg("catalogue.cell.flag", value="maybe")),
        ("vat_category", "17", msg("catalogue.cell.vat", value="17")),
        ("allowed_engagements", "", msg("catalogue.cell.engagements_empty")),
        (
            "allowed_engagements",
            "12;18",
            msg("catalogue.cell.engagement_not_offered", months=18, choices=ENGAGEMENT_CHOICES),
        ),
        (
            "allowed_engagements",
            "12;douze",
            msg("catalogue.cell.engagement_not_whole", token="douze", text="12;douze"),
        ),
    ],
)
def test_bad_cells_are_named(column: str, cell: str, expected: Message) -> None:
    values = dict(zip(COLUMNS, next(csv.reader([GOOD])), strict=True))
    values[column] = cell
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values.values())
    error = only_error(parse_catalogue_bytes(csv_bytes(buffer.getvalue().strip())))
    assert (error.row, error.column) == (2, column)
    assert error.message == expected


def test_every_error_of_the_file_is_reported_not_just_the_first() -> None:
    result = parse_catalogue_bytes(
        csv_bytes(
            GOOD,
            GOOD.replace("249.00", "abc").replace("standard", "luxury"),
            GOOD.replace("FIB-1G", "fib-1g"),
        )
    )
    assert result.rows == ()
    assert [(e.row, e.column) for e in result.errors] == [
        (3, "monthly_fee"),
        (3, "vat_category"),
        (4, "code"),
    ]
    assert result.errors[2].message == msg("catalogue.row.duplicate", code="fib-1g", row=2)


def test_missing_required_columns_are_each_listed() -> None:
    header = "code,name,category,monthly_fee,installation_indexed,allowed_engagements"
    result = parse_catalogue_bytes(csv_bytes("A,B,C,1,yes,12", header=header))
    assert [(e.row, e.column) for e in result.errors] == [(1, "installation_fee"), (1, "vat_category")]
    found = [msg("catalogue.header.name", name=n) for n in header.split(",")]
    assert result.errors[0].message == msg("catalogue.header.missing", found=found)
    assert result.errors[0].message.text("fr") == (
        "colonne obligatoire absente de l'en-tête (trouvé : « code », « name », « category », "
        "« monthly_fee », « installation_indexed » et « allowed_engagements »)"
    )


def test_description_column_is_optional() -> None:
    header = HEADER.replace("description,", "")
    result = parse_catalogue_bytes(csv_bytes(GOOD.replace("Symétrique,", ""), header=header))
    assert result.ok
    assert result.rows[0].description == ""


def test_a_column_twice_in_the_header_is_an_error() -> None:
    result = parse_catalogue_bytes(csv_bytes(GOOD + ",1", header=HEADER + ",Monthly_Fee"))
    error = only_error(result)
    assert (error.row, error.column) == (1, "monthly_fee")
    assert error.message == msg(
        "catalogue.header.twice",
        first=msg("catalogue.column.number", number=5),
        second=msg("catalogue.column.number", number=10),
    )


def test_an_unquoted_decimal_comma_shifts_cells_and_is_explained() -> None:
    error = only_error(parse_catalogue_bytes(csv_bytes(GOOD.replace("249.00", "249,50"))))
    assert error.row == 2
    assert error.message == msg(
        "catalogue.row.extra_cell_comma", column=msg("catalogue.column.number", number=10), value="12;24;36"
    )


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"", "catalogue.csv.empty"),
        (b"  \n\n", "catalogue.csv.empty"),
        (b";;;\n;;\n", "catalogue.table.empty"),
        (HEADER.encode() + b"\n", "catalogue.table.no_products"),
        (csv_bytes(GOOD).decode().encode("latin-1"), "catalogue.csv.not_utf8"),
        (csv_bytes(GOOD).decode().encode("utf-16"), "catalogue.csv.utf16"),
        (csv_bytes(GOOD).decode().encode("utf-16-le"), "catalogue.csv.nul"),
        (csv_bytes(GOOD).decode().encode("utf-32"), "catalogue.csv.utf32"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(100), "catalogue.file.xls"),
        (b"PK\x03\x04garbage", "catalogue.xlsx.unreadable"),
        (b"code,name\x01\n", "catalogue.csv.control"),
        (csv_bytes('A,"unterminated'), "catalogue.csv.malformed"),
    ],
)
def test_unreadable_contents_are_one_clear_error(data: bytes, expected: str) -> None:
    error = only_error(parse_catalogue_bytes(data))
    assert error.message.id == expected


def test_latin1_error_says_where() -> None:
    error = only_error(parse_catalogue_bytes(csv_bytes(GOOD).decode().encode("cp1252")))
    assert error.message == msg(
        "catalogue.csv.not_utf8", byte=0xE8, line=2, save_as=msg("catalogue.file.save_as")
    )
    assert str(error).startswith("le fichier n'est pas un texte UTF-8 : l'octet 0xE8 de la ligne 2")


def test_a_file_named_xlsx_that_is_not_one() -> None:
    error = only_error(parse_catalogue_bytes(csv_bytes(GOOD), filename="catalogue.xlsx"))
    assert error.message == msg("catalogue.file.not_xlsx", suffix=".xlsx")


def test_file_io_problems_are_a_typed_error(tmp_path: Path) -> None:
    absent = r"impossible de lire .*absent\.csv : le fichier ou le dossier n'existe pas"
    with pytest.raises(CatalogueFileError, match=absent) as caught:
        parse_catalogue_file(tmp_path / "absent.csv")
    assert caught.value.message.id == "catalogue.file.unreadable"
    assert caught.value.path == tmp_path / "absent.csv"
    with pytest.raises(CatalogueFileError) as caught:
        parse_catalogue_file(tmp_path)
    assert caught.value.message == msg(
        "catalogue.file.unreadable", path=tmp_path, reason=msg("os.is_a_directory")
    )
    if Path("/dev/null").exists():
        with pytest.raises(CatalogueFileError) as caught:
            parse_catalogue_file(Path("/dev/null"))
        assert caught.value.reason == msg("catalogue.file.not_regular")


def test_too_large_a_file_is_refused_before_reading(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import desktop.services.catalogue_file as module

    monkeypatch.setattr(module, "MAX_FILE_BYTES", 100)
    path = tmp_path / "big.csv"
    path.write_bytes(csv_bytes(GOOD, GOOD.replace("FIB-1G", "X")))
    too_large = msg("catalogue.file.too_large", size=0, limit=0)
    assert only_error(parse_catalogue_file(path)).message == too_large
    assert only_error(parse_catalogue_bytes(path.read_bytes())).message == too_large


def test_sha256_is_of_the_file_bytes(tmp_path: Path) -> None:
    path = tmp_path / "c.csv"
    path.write_bytes(csv_bytes(GOOD))
    a = parse_catalogue_file(path)
    b = parse_catalogue_bytes(csv_bytes(GOOD.replace("249.00", "249.01")))
    assert len(a.sha256) == 64
    assert a.sha256 != b.sha256


def test_describe_caps_the_report() -> None:
    bad = msg("catalogue.cell.empty")
    errors = [CatalogueError(i, "code", bad) for i in range(2, 60)]
    lines = report(errors, limit=50)
    assert len(lines) == 51
    assert lines[0] == msg("catalogue.problem.row_column", row=2, column="code", problem=bad)
    assert lines[-1] == msg("catalogue.report.more", count=8)
    assert describe(errors, limit=50)[0] == "ligne 2, colonne code : est vide"
    assert report([CatalogueError(None, None, bad)]) == [bad]


@pytest.mark.parametrize(
    ("lang", "one", "eight"),
    [
        ("fr", "et 1 autre erreur", "et 8 autres erreurs"),
        ("de", "und 1 weiterer Fehler", "und 8 weitere Fehler"),
        ("en", "and 1 more error", "and 8 more errors"),
    ],
)
def test_the_rest_of_a_capped_report_is_counted_with_real_plurals(lang: str, one: str, eight: str) -> None:
    errors = [CatalogueError(i, "code", msg("catalogue.cell.empty")) for i in range(2, 11)]
    assert describe(errors, limit=8, lang=lang)[-1] == one
    assert describe(errors, limit=1, lang=lang)[-1] == eight


# --- XLSX ----------------------------------------------------------------------------------


def xlsx_bytes(rows: list[list[object]], blank_rows_first: int = 0) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    assert sheet is not None
    for r, values in enumerate(rows, start=1 + blank_rows_first):
        for c, value in enumerate(values, start=1):
            sheet.cell(row=r, column=c, value=value)
    workbook.create_sheet("ignored").append(["not", "read"])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def test_xlsx_first_sheet_with_typed_cells() -> None:
    data = xlsx_bytes(
        [
            list(COLUMNS),
            ["FIB-1G", "Fibre", "Accès", None, 249, 12.35, True, "Standard", "12;24"],
            ["COLO-1U", "Colocation 1U", "Colocation", "1U", 79.9, 0, 1, "standard", 36],
        ]
    )
    result = parse_catalogue_bytes(data, filename="x.xlsx")
    assert result.ok, messages(result)
    assert result.file_format == "xlsx"
    first, second = result.rows
    assert (first.monthly_fee, first.installation_fee, first.installation_indexed) == (
        Decimal("249.00"),
        Decimal("12.35"),
        True,
    )
    assert (second.monthly_fee, second.allowed_engagements) == (Decimal("79.90"), (36,))


def test_xlsx_errors_use_sheet_rows_and_column_letters() -> None:
    data = xlsx_bytes(
        [
            list(COLUMNS),
            ["A", "Produit", "Cat", None, 12.345, 1, "yes", "standard", "12"],
            ["B", "Produit", "Cat", None, 1, 1, "yes", "standard", "12", None, "stray"],
        ],
        blank_rows_first=2,
    )
    result = parse_catalogue_bytes(data)
    assert [(e.row, e.column) for e in result.errors] == [(4, "monthly_fee"), (5, None)]
    assert result.errors[0].message == msg(
        "catalogue.cell.amount_refused", value="12.345", reason=msg("domain.money.cents")
    )
    assert result.errors[1].message == msg(
        "catalogue.row.extra_cell", column=msg("catalogue.column.letter", letter="K"), value="stray"
    )
    assert str(result.errors[1]).startswith(
        "ligne 5 : la colonne K contient une valeur (« stray ») sans en-tête"
    )


def test_xlsx_numbers_are_read_as_excel_shows_them() -> None:
    from desktop.services.catalogue_file import _text

    assert _text(0.1 + 0.2) == "0.3"  # a formula's binary noise is not a third decimal
    assert _text(12.35) == "12.35"
    assert _text(1e20) == "100000000000000000000"
    assert _text(249) == "249"


def test_xlsx_without_data() -> None:
    assert only_error(parse_catalogue_bytes(xlsx_bytes([]))).message == msg("catalogue.xlsx.empty")


# --- the shipped sample --------------------------------------------------------------------


def test_the_sample_catalogue_is_valid_and_covers_the_range() -> None:
    result = parse_catalogue_file(resource("catalogue", "sample-catalogue.csv"))
    assert result.ok, messages(result)
    assert 35 <= len(result.rows) <= 50
    codes = {r.code for r in result.rows}
    for expected in ("FIB-100M", "FIB-300M", "FIB-1G", "FIB-2G", "FIB-10G", "BKP-4G", "BKP-5G"):
        assert expected in codes
    assert all(r.description.startswith("[EXEMPLE]") for r in result.rows)
    assert {r.vat_category for r in result.rows if r.category == "Télévision"} == {VatCategory.SUPER_REDUCED}
    fibre = [r for r in result.rows if r.code.startswith("FIB-")]
    assert all(r.installation_indexed and r.installation_fee > 0 for r in fibre)
    assert all(r.allowed_engagements == (12, 24, 36, 60) for r in fibre)
    colocation = [r for r in result.rows if r.code.startswith("COLO-")]
    assert all(r.allowed_engagements == (12, 36) for r in colocation)


# --- fuzzing -------------------------------------------------------------------------------

# OFFERDESK_FUZZ_EXAMPLES=20000 for a long fuzzing session; 300 keeps the suite quick.
FUZZ = settings(
    max_examples=int(os.environ.get("OFFERDESK_FUZZ_EXAMPLES", "300")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)


def assert_only_reports(result: ParseResult) -> None:
    """The parser's contract: either rows or errors, never both, never nothing."""
    assert isinstance(result, ParseResult)
    assert bool(result.rows) != bool(result.errors)
    assert all(isinstance(e, CatalogueError) and isinstance(e.message, Message) for e in result.errors)
    for error in result.errors[:3]:  # each reads as a sentence in the three languages
        for lang in ("fr", "de", "en"):
            assert error.message.id not in error.line().text(lang)
    assert len(result.sha256) == 64


@FUZZ
@given(st.binary(max_size=2000))
def test_random_bytes_never_crash(data: bytes) -> None:
    assert_only_reports(parse_catalogue_bytes(data))


@FUZZ
@given(st.binary(max_size=600))
def test_random_bytes_after_a_valid_header_never_crash(tail: bytes) -> None:
    assert_only_reports(parse_catalogue_bytes(csv_bytes(GOOD) + tail))


@FUZZ
@given(st.binary(max_size=400))
def test_random_bytes_that_look_like_a_zip_never_crash(tail: bytes) -> None:
    assert_only_reports(parse_catalogue_bytes(b"PK\x03\x04" + tail, filename="c.xlsx"))


@FUZZ
@given(st.text(max_size=800))
def test_random_text_never_crashes(text: str) -> None:
    assert_only_reports(parse_catalogue_bytes(text.encode("utf-8", "surrogatepass")))


@FUZZ
@given(
    st.lists(st.sampled_from([*COLUMNS, "", " ", "x"]), max_size=12),
    st.text(alphabet=';,\t\n\r" 0123456789.-eE€éyesno', max_size=300),
)
def test_csv_shaped_noise_never_crashes(header: list[str], body: str) -> None:
    for delimiter in (";", ","):
        data = (delimiter.join(header) + "\n" + body).encode()
        assert_only_reports(parse_catalogue_bytes(data))


@FUZZ
@given(st.text(alphabet=st.characters(codec="latin-1", min_codepoint=0xA0), min_size=1, max_size=20))
def test_latin1_and_utf16_files_are_refused_with_the_encoding_named(accented: str) -> None:
    text = csv_bytes(GOOD.replace("Symétrique", accented)).decode()
    latin = parse_catalogue_bytes(text.encode("latin-1"))
    assert only_error(latin).message.id == "catalogue.csv.not_utf8"
    utf16 = parse_catalogue_bytes(text.encode("utf-16"))
    assert only_error(utf16).message.id == "catalogue.csv.utf16"


@FUZZ
@given(st.sets(st.sampled_from(COLUMNS), min_size=1))
def test_missing_columns_are_exactly_the_required_ones_absent(dropped: set[str]) -> None:
    values = dict(zip(COLUMNS, next(csv.reader([GOOD])), strict=True))
    kept = [c for c in COLUMNS if c not in dropped]
    if not kept:
        return
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(kept)
    writer.writerow([values[c] for c in kept])
    result = parse_catalogue_bytes(buffer.getvalue().encode())
    missing = [c for c in REQUIRED_COLUMNS if c in dropped]
    assert [e.column for e in result.errors] == missing
    assert result.ok == (not missing)


@FUZZ
@given(st.decimals(allow_nan=True, allow_infinity=True) | st.integers() | st.floats())
def test_any_number_is_accepted_only_when_it_is_a_proper_amount(number: object) -> None:
    cell = str(number)
    proper = (
        re.fullmatch(r"-?[0-9]+(\.[0-9]+)?", cell) is not None
        and 0 <= Decimal(cell) < Decimal("1e9")
        and Decimal(cell) == Decimal(cell).quantize(Decimal("0.01"))
    )
    result = parse_catalogue_bytes(csv_bytes(GOOD.replace("249.00", cell)))
    assert_only_reports(result)
    assert result.ok == proper, (cell, messages(result))
    if result.ok:
        assert result.rows[0].monthly_fee == Decimal(cell)
    else:
        assert [(e.row, e.column) for e in result.errors] == [(2, "monthly_fee")]


safe_text = st.text(
    alphabet=st.characters(blacklist_categories=("Cs", "Cc", "Zl", "Zp"), blacklist_characters="\ufeff"),
    min_size=1,
    max_size=40,
).filter(lambda s: s.strip() == s and s.strip())

products = st.builds(
    ProductRow,
    code=st.from_regex(r"[A-Za-z0-9][A-Za-z0-9._/+-]{0,20}", fullmatch=True),
    name=safe_text,
    category=safe_text,
    description=safe_text | st.just(""),
    monthly_fee=st.decimals(min_value=0, max_value=Decimal("999999999.99"), places=2),
    installation_fee=st.decimals(min_value=0, max_value=Decimal("999999999.99"), places=2),
    installation_indexed=st.booleans(),
    vat_category=st.sampled_from(VatCategory),
    allowed_engagements=st.sets(st.sampled_from(ENGAGEMENT_CHOICES), min_size=1).map(
        lambda s: tuple(sorted(s))
    ),
)


def write_csv(rows: list[ProductRow], delimiter: str, decimal_comma: bool) -> bytes:
    def amount(value: Decimal) -> str:
        text = f"{value:.2f}"
        return text.replace(".", ",") if decimal_comma else text

    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for r in rows:
        writer.writerow(
            [
                r.code,
                r.name,
                r.category,
                r.description,
                amount(r.monthly_fee),
                amount(r.installation_fee),
                "oui" if r.installation_indexed else "non",
                r.vat_category.value,
                ";".join(str(m) for m in r.allowed_engagements),
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")


@FUZZ
@given(
    st.lists(products, min_size=1, max_size=8, unique_by=lambda p: p.code.casefold()),
    st.sampled_from([";", ",", "\t"]),
    st.booleans(),
)
def test_valid_rows_round_trip(rows: list[ProductRow], delimiter: str, decimal_comma: bool) -> None:
    result = parse_catalogue_bytes(write_csv(rows, delimiter, decimal_comma))
    assert result.errors == (), messages(result)
    nfc = ("name", "category", "description")  # the parser stores text in Unicode NFC
    expected = [
        ProductRow(
            **{c: unicodedata.normalize("NFC", getattr(r, c)) if c in nfc else getattr(r, c) for c in COLUMNS}
        )
        for r in rows
    ]
    assert list(result.rows) == expected
