"""Catalogue files from head office (CSV or XLSX), validated whole before anything is written.

The format is documented in resources/catalogue/README.md. `parse_catalogue_file` reads a
file and returns every product row, or every error found, never a mix: a caller imports
`result.rows` only when `result.errors` is empty. Errors name the spreadsheet row (the
header is row 1) and the column. Nothing but `CatalogueFileError` (the file cannot be read
at all) ever leaves this module; a malformed file is a list of errors, never an exception.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from desktop.domain.catalogue import ENGAGEMENT_CHOICES, ProductRow
from desktop.domain.errors import FieldError
from desktop.domain.messages import Message, MessageError, msg
from desktop.domain.money import parse_amount
from desktop.domain.vat import VatCategory
from desktop.os_errors import os_reason

COLUMNS = (
    "code",
    "name",
    "category",
    "description",
    "monthly_fee",
    "installation_fee",
    "installation_indexed",
    "vat_category",
    "allowed_engagements",
)
OPTIONAL_COLUMNS = frozenset({"description"})
REQUIRED_COLUMNS = tuple(c for c in COLUMNS if c not in OPTIONAL_COLUMNS)

MAX_FILE_BYTES = 50 * 1024 * 1024
MAX_ROWS = 100_000
MAX_XLSX_COLUMNS = 100
MAX_LENGTH = {"code": 32, "name": 200, "category": 80, "description": 2000}  # the store's column sizes
MAX_INTEGER_DIGITS = 9  # amounts are below 1e9 EUR

TRUE_WORDS = frozenset({"yes", "true", "1", "oui"})
FALSE_WORDS = frozenset({"no", "false", "0", "non"})
VAT_WORDS: dict[str, VatCategory] = {
    "standard": VatCategory.STANDARD,
    "normal": VatCategory.STANDARD,
    "intermediate": VatCategory.INTERMEDIATE,
    "intermediaire": VatCategory.INTERMEDIATE,
    "reduced": VatCategory.REDUCED,
    "reduit": VatCategory.REDUCED,
    "super_reduced": VatCategory.SUPER_REDUCED,
    "superreduced": VatCategory.SUPER_REDUCED,
    "super_reduit": VatCategory.SUPER_REDUCED,
}

_CODE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._/+-]*")
_AMOUNT = re.compile(r"([0-9]{1,3}(?:[ \u00a0\u202f][0-9]{3})+|[0-9]+)(?:[.,]([0-9]+))?")
_ENGAGEMENT_SPLIT = re.compile(r"[;,/|\s]+")
_SEP_LINE = re.compile(r"sep=([;,\t|])[ ]*(?:\r\n|\n|\r|$)", re.IGNORECASE)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_ZIP_MAGIC = b"PK\x03\x04"
_OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_UTF16_BOMS = (b"\xff\xfe", b"\xfe\xff")
_UTF32_BOMS = (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
_SAVE_AS = msg("catalogue.file.save_as")  # the advice that ends every "not a UTF-8 CSV" problem
AMOUNT_MAX = Decimal("999999999.99")  # MAX_INTEGER_DIGITS nines, and cents


class CatalogueFileError(MessageError):
    """The file cannot be read at all (missing, a folder, no permission, I/O failure);
    `reason` says why, `message` names the file too."""

    def __init__(self, path: Path, reason: Message | str) -> None:
        super().__init__(msg("catalogue.file.unreadable", path=path, reason=reason))
        self.path = path
        self.reason = reason


@dataclass(frozen=True)
class CatalogueError:
    """One problem in the file: spreadsheet row (header = 1) and column when known; `message`
    says what is wrong, `line()` the whole report line ("ligne 3, colonne code : …")."""

    row: int | None
    column: str | None
    message: Message

    def line(self) -> Message:
        if self.row is not None and self.column is not None:
            return msg("catalogue.problem.row_column", row=self.row, column=self.column, problem=self.message)
        if self.row is not None:
            return msg("catalogue.problem.row", row=self.row, problem=self.message)
        if self.column is not None:
            return msg("catalogue.problem.column", column=self.column, problem=self.message)
        return self.message

    def __str__(self) -> str:
        return str(self.line())


@dataclass(frozen=True)
class ParseResult:
    """Either rows (file valid) or errors (file refused), plus the file's SHA-256.

    `sha256` is "" only when the file was too large to be read at all.
    """

    rows: tuple[ProductRow, ...]
    errors: tuple[CatalogueError, ...]
    sha256: str
    file_format: str  # "csv", "xlsx" or "unknown"
    ignored_columns: tuple[str, ...] = field(default=())

    @property
    def ok(self) -> bool:
        return not self.errors


Cell = str | int | float | bool | Decimal | dt.date | dt.time | dt.timedelta | None
_CELL_TYPES = (str, int, float, Decimal, dt.date, dt.time, dt.timedelta)  # bool is an int


def _xlsx_cell(value: object) -> Cell:
    """A value as openpyxl reads it; the rich-text and formula objects it can also return
    (not with data_only=True and rich_text off, as it is opened here) count as their text."""
    return value if value is None or isinstance(value, _CELL_TYPES) else str(value)


def parse_catalogue_file(path: Path) -> ParseResult:
    """Read and validate a catalogue file; raises only CatalogueFileError (unreadable file)."""
    try:
        size = path.stat().st_size
        if path.is_dir():
            raise CatalogueFileError(path, msg("os.is_a_directory"))  # as os_reason says it
        if not path.is_file():
            raise CatalogueFileError(path, msg("catalogue.file.not_regular"))
        if size > MAX_FILE_BYTES:
            error = CatalogueError(None, None, _too_large(size))
            return ParseResult((), (error,), "", "unknown")
        data = path.read_bytes()
    except OSError as exc:
        raise CatalogueFileError(path, os_reason(exc)) from None
    return parse_catalogue_bytes(data, filename=path.name)


def parse_catalogue_bytes(data: bytes, *, filename: str = "") -> ParseResult:
    """Validate catalogue file contents; the format is told by the bytes, then the file name."""
    digest = hashlib.sha256(data).hexdigest()
    suffix = Path(filename).suffix.lower()
    if len(data) > MAX_FILE_BYTES:
        table = _failed(_too_large(len(data)))
        file_format = "unknown"
    elif data.startswith(_ZIP_MAGIC):
        table = _read_xlsx(data)
        file_format = "xlsx"
    elif data.startswith(_OLE2_MAGIC):
        table = _failed(msg("catalogue.file.xls"))
        file_format = "unknown"
    elif suffix in (".xlsx", ".xlsm"):
        table = _failed(msg("catalogue.file.not_xlsx", suffix=suffix))
        file_format = "unknown"
    else:
        table = _read_csv(data)
        file_format = "csv"
    if table.errors:
        return ParseResult((), tuple(table.errors), digest, file_format)
    rows, errors, ignored = _validate(table)
    if errors:
        return ParseResult((), tuple(errors), digest, file_format, ignored)
    return ParseResult(tuple(rows), (), digest, file_format, ignored)


@dataclass
class _Table:
    """Cells as read, row by row (row 1 first); `errors` when the file could not be read."""

    cells: list[Sequence[Cell]] = field(default_factory=list)
    errors: list[CatalogueError] = field(default_factory=list)
    column_label: Callable[[int], Message] = lambda index: msg("catalogue.column.number", number=index + 1)
    comma_separated: bool = False  # a cell too many may be an amount with a decimal comma


def _failed(message: Message, row: int | None = None) -> _Table:
    return _Table(errors=[CatalogueError(row, None, message)])


def _too_large(size: int) -> Message:
    return msg("catalogue.file.too_large", size=size // 2**20, limit=MAX_FILE_BYTES // 2**20)


# --- reading -------------------------------------------------------------------------------


def _read_csv(data: bytes) -> _Table:
    if data.startswith(_UTF32_BOMS):
        return _failed(msg("catalogue.csv.utf32", save_as=_SAVE_AS))
    if data.startswith(_UTF16_BOMS):
        return _failed(msg("catalogue.csv.utf16", save_as=_SAVE_AS))
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return _failed(msg("catalogue.csv.nul", line=line, save_as=_SAVE_AS))
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start]
        return _failed(msg("catalogue.csv.not_utf8", byte=byte, line=line, save_as=_SAVE_AS))
    if not text.strip():
        return _failed(msg("catalogue.csv.empty"))
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        return _failed(msg("catalogue.csv.control", line=line, code=ord(control.group())))
    hint = _SEP_LINE.match(text)  # Excel's "sep=;" first line: it names the delimiter, it is no row
    if hint:
        text = text[hint.end() :]
    delimiter = hint.group(1) if hint else _sniff_delimiter(text)
    table = _Table(comma_separated=delimiter == ",")
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for record in reader:
            table.cells.append(record)
            if len(table.cells) > MAX_ROWS + 1:
                return _failed(msg("catalogue.csv.too_many_rows", limit=MAX_ROWS))
    except csv.Error as exc:
        return _failed(
            msg("catalogue.csv.malformed", line=reader.line_num, detail=str(exc)), len(table.cells) + 1
        )
    return table


def _sniff_delimiter(text: str) -> str:
    """The delimiter that makes the most known column names appear in the first non-empty line."""
    first = next((line for line in io.StringIO(text, newline="") if line.strip()), "")
    best, best_score = ";", (-1, -1)
    for candidate in (";", ",", "\t"):
        try:
            names = next(csv.reader([first], delimiter=candidate), [])
        except csv.Error:
            names = []
        score = (sum(_header_name(n) in COLUMNS for n in names), first.count(candidate))
        if score > best_score:
            best, best_score = candidate, score
    return best


def _read_xlsx(data: bytes) -> _Table:
    from openpyxl.utils import get_column_letter

    table = _Table(
        column_label=lambda index: msg("catalogue.column.letter", letter=get_column_letter(index + 1))
    )
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheets = workbook.worksheets
            if not sheets:
                return _failed(msg("catalogue.xlsx.no_sheet"))
            for values in sheets[0].iter_rows(max_col=MAX_XLSX_COLUMNS, values_only=True):
                table.cells.append(tuple(_xlsx_cell(value) for value in values))
                if len(table.cells) > MAX_ROWS + 1:
                    return _failed(msg("catalogue.xlsx.too_many_rows", limit=MAX_ROWS))
        finally:
            workbook.close()
    except Exception as exc:  # openpyxl raises many types on a damaged zip/XML: all mean the same
        return _failed(msg("catalogue.xlsx.unreadable", error=type(exc).__name__, save_as=_SAVE_AS))
    if not any(_text(v) for row in table.cells for v in row):
        return _failed(msg("catalogue.xlsx.empty"))
    return table


# --- validating ----------------------------------------------------------------------------


def _header_name(raw: Cell) -> str:
    return re.sub(r"[\s\-]+", "_", _text(raw).replace("\ufeff", "").strip().lower())


def _text(value: Cell) -> str:
    """A cell as the text a person sees; spreadsheet numbers through their shortest repr."""
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | Decimal):
        return str(value)
    if isinstance(value, float):  # an .xlsx number, read as Excel shows it: 15 significant digits
        if value != value or value in (float("inf"), float("-inf")):
            return str(value)
        return format(Decimal(format(value, ".15g")), "f")
    return str(value)


def _validate(table: _Table) -> tuple[list[ProductRow], list[CatalogueError], tuple[str, ...]]:
    cells = table.cells
    header_index = next((i for i, row in enumerate(cells) if any(_text(v) for v in row)), None)
    if header_index is None:
        return [], [CatalogueError(None, None, msg("catalogue.table.empty"))], ()
    header_row = header_index + 1
    positions: dict[str, int] = {}
    errors: list[CatalogueError] = []
    ignored: list[str] = []
    for index, raw in enumerate(cells[header_index]):
        name = _header_name(raw)
        if not name:
            continue
        if name not in COLUMNS:
            ignored.append(_text(raw))
        elif name in positions:
            errors.append(
                CatalogueError(
                    header_row,
                    name,
                    msg(
                        "catalogue.header.twice",
                        first=table.column_label(positions[name]),
                        second=table.column_label(index),
                    ),
                )
            )
        else:
            positions[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in positions]
    if missing:
        names = [msg("catalogue.header.name", name=_text(v)) for v in cells[header_index] if _text(v)]
        absent = (
            msg("catalogue.header.missing", found=names) if names else msg("catalogue.header.missing_nothing")
        )
        errors.extend(CatalogueError(header_row, name, absent) for name in missing)
    if errors:
        return [], errors, tuple(ignored)

    width = max(i for i, v in enumerate(cells[header_index]) if _text(v)) + 1
    products: list[ProductRow] = []
    seen: dict[str, int] = {}
    for index in range(header_index + 1, len(cells)):
        row_number = index + 1
        values = cells[index]
        if not any(_text(v) for v in values):
            continue
        extra = [i for i in range(width, len(values)) if _text(values[i])]
        if extra:
            column, value = table.column_label(extra[0]), _text(values[extra[0]])
            if table.comma_separated:
                extra_cell = msg("catalogue.row.extra_cell_comma", column=column, value=value)
            else:
                extra_cell = msg("catalogue.row.extra_cell", column=column, value=value)
            errors.append(CatalogueError(row_number, None, extra_cell))
            continue
        record = {name: values[pos] if pos < len(values) else None for name, pos in positions.items()}
        product = _product(record, row_number, errors)
        if product is None:
            continue
        key = product.code.casefold()
        if key in seen:
            errors.append(
                CatalogueError(
                    row_number, "code", msg("catalogue.row.duplicate", code=product.code, row=seen[key])
                )
            )
        else:
            seen[key] = row_number
            products.append(product)
    if not products and not errors:
        errors.append(CatalogueError(None, None, msg("catalogue.table.no_products")))
    return products, errors, tuple(ignored)


def _product(record: dict[str, Cell], row: int, errors: list[CatalogueError]) -> ProductRow | None:
    before = len(errors)

    def problem(column: str, message: Message) -> None:
        errors.append(CatalogueError(row, column, message))

    code = _text(record["code"])
    if not code:
        problem("code", msg("catalogue.cell.code_empty"))
    elif len(code) > MAX_LENGTH["code"]:
        problem("code", msg("catalogue.cell.too_long", length=len(code), limit=MAX_LENGTH["code"]))
    elif not _CODE.fullmatch(code):
        problem("code", msg("catalogue.cell.code_invalid", code=code))

    texts: dict[str, str] = {}
    for column in ("name", "category", "description"):
        value = unicodedata.normalize("NFC", _text(record.get(column)))
        texts[column] = value
        if not value and column != "description":
            problem(column, msg("catalogue.cell.empty"))
        elif len(value) > MAX_LENGTH[column]:
            problem(column, msg("catalogue.cell.too_long", length=len(value), limit=MAX_LENGTH[column]))
        elif column != "description" and ("\n" in value or "\r" in value):
            problem(column, msg("catalogue.cell.one_line"))
        elif _CONTROL.search(value):
            problem(column, msg("catalogue.cell.control"))

    fees = {column: _amount(record[column], column) for column in ("monthly_fee", "installation_fee")}
    for column, fee in fees.items():
        if isinstance(fee, Message):
            problem(column, fee)

    indexed = _flag(_text(record["installation_indexed"]))
    if indexed is None:
        problem(
            "installation_indexed", msg("catalogue.cell.flag", value=_text(record["installation_indexed"]))
        )

    vat = _vat(_text(record["vat_category"]))
    if vat is None:
        problem("vat_category", msg("catalogue.cell.vat", value=_text(record["vat_category"])))

    engagements = _engagements(_text(record["allowed_engagements"]))
    if isinstance(engagements, Message):
        problem("allowed_engagements", engagements)

    monthly, installation = fees["monthly_fee"], fees["installation_fee"]
    if (
        len(errors) > before
        or not isinstance(monthly, Decimal)
        or not isinstance(installation, Decimal)
        or indexed is None
        or vat is None
        or isinstance(engagements, Message)
    ):
        return None
    try:
        return ProductRow(
            code=code,
            name=texts["name"],
            category=texts["category"],
            description=texts["description"],
            monthly_fee=monthly,
            installation_fee=installation,
            installation_indexed=indexed,
            vat_category=vat,
            allowed_engagements=engagements,
        )
    except FieldError as exc:  # the domain's own checks, should the rules above ever drift
        reason = exc.message
        problem(
            exc.field, reason if isinstance(reason, Message) else msg("catalogue.cell.refused", reason=reason)
        )
        return None


def _amount(value: Cell, column: str) -> Decimal | Message:
    """An amount in EUR HT, or the message saying why the cell is not one."""
    raw = _text(value)
    if not raw:
        return msg("catalogue.cell.amount_empty")
    body = raw.removesuffix("€").removesuffix("EUR").removeprefix("€").strip()
    negative = body.startswith("-")
    match = _AMOUNT.fullmatch(body[1:].strip() if negative else body)
    if match is None:
        return msg("catalogue.cell.not_a_number", value=raw)
    whole = re.sub(r"[^0-9]", "", match.group(1)).lstrip("0") or "0"
    if len(whole) > MAX_INTEGER_DIGITS:
        return msg("catalogue.cell.too_large", value=raw, limit=AMOUNT_MAX)
    normal = whole + (f".{match.group(2)}" if match.group(2) else "")
    if negative and Decimal(normal) != 0:
        return msg("catalogue.cell.negative", value=raw)
    try:
        return parse_amount(normal, column)
    except FieldError as exc:
        return msg("catalogue.cell.amount_refused", value=raw, reason=exc.message)


def _flag(text: str) -> bool | None:
    word = text.strip().lower()
    if word in TRUE_WORDS:
        return True
    if word in FALSE_WORDS:
        return False
    return None


def _vat(text: str) -> VatCategory | None:
    plain = "".join(c for c in unicodedata.normalize("NFD", text.lower()) if not unicodedata.combining(c))
    return VAT_WORDS.get(re.sub(r"[\s\-]+", "_", plain.strip()))


def _engagements(text: str) -> tuple[int, ...] | Message:
    if not text:
        return msg("catalogue.cell.engagements_empty")
    months: set[int] = set()
    for token in _ENGAGEMENT_SPLIT.split(text.strip()):
        if not re.fullmatch(r"[0-9]{1,4}", token):
            return msg("catalogue.cell.engagement_not_whole", token=token, text=text)
        if int(token) not in ENGAGEMENT_CHOICES:
            return msg("catalogue.cell.engagement_not_offered", months=int(token), choices=ENGAGEMENT_CHOICES)
        months.add(int(token))
    return tuple(sorted(months))


def report(errors: Iterable[CatalogueError], limit: int = 50) -> list[Message]:
    """One line per error, at most `limit`, then "et N autres erreurs" (rendered at the edge)."""
    listed = list(errors)
    lines = [e.line() for e in listed[:limit]]
    if len(listed) > limit:
        lines.append(msg("catalogue.report.more", count=len(listed) - limit))
    return lines


def describe(errors: Iterable[CatalogueError], limit: int = 50, lang: str | None = None) -> list[str]:
    """`report` in `lang` (default the current language): the lines a command prints."""
    return [line.text(lang) for line in report(errors, limit)]
