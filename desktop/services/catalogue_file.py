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
_SAVE_AS = "enregistrez-le depuis le tableur au format « CSV UTF-8 » ou en classeur .xlsx"


class CatalogueFileError(Exception):
    """The file cannot be read at all (missing, a folder, no permission, I/O failure)."""

    def __init__(self, path: Path, message: str) -> None:
        super().__init__(f"impossible de lire {path} : {message}")
        self.path = path
        self.message = message


@dataclass(frozen=True)
class CatalogueError:
    """One problem in the file: spreadsheet row (header = 1) and column when known."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [f"ligne {self.row}"] if self.row is not None else []
        if self.column is not None:
            where.append(f"colonne {self.column}")
        return f"{', '.join(where)} : {self.message}" if where else self.message


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
            raise CatalogueFileError(path, "c'est un dossier, pas un fichier")
        if not path.is_file():
            raise CatalogueFileError(path, "ce n'est pas un fichier ordinaire")
        if size > MAX_FILE_BYTES:
            error = CatalogueError(
                None, None, f"le fichier fait {size // 2**20} Mo ; au plus {MAX_FILE_BYTES // 2**20} Mo"
            )
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
        table = _failed(f"le fichier fait {len(data) // 2**20} Mo ; au plus {MAX_FILE_BYTES // 2**20} Mo")
        file_format = "unknown"
    elif data.startswith(_ZIP_MAGIC):
        table = _read_xlsx(data)
        file_format = "xlsx"
    elif data.startswith(_OLE2_MAGIC):
        table = _failed(
            "c'est un ancien classeur Excel .xls ; enregistrez-le en .xlsx ou au format « CSV UTF-8 »"
        )
        file_format = "unknown"
    elif suffix in (".xlsx", ".xlsm"):
        table = _failed(
            f"le fichier porte l'extension {suffix} mais n'est pas un classeur Excel (endommagé ou renommé)"
        )
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
    column_label: Callable[[int], str] = lambda index: f"colonne {index + 1}"
    too_many_cells_hint: str = ""


def _failed(message: str, row: int | None = None) -> _Table:
    return _Table(errors=[CatalogueError(row, None, message)])


# --- reading -------------------------------------------------------------------------------


def _read_csv(data: bytes) -> _Table:
    if data.startswith(_UTF32_BOMS):
        return _failed(f"le fichier est encodé en UTF-32, pas en UTF-8 ; {_SAVE_AS}")
    if data.startswith(_UTF16_BOMS):
        return _failed(f"le fichier est encodé en UTF-16, pas en UTF-8 ; {_SAVE_AS}")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        return _failed(
            f"la ligne {line} contient des octets NUL : c'est un fichier binaire ou un texte UTF-16, "
            f"pas un CSV UTF-8 ; {_SAVE_AS}"
        )
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        byte = data[exc.start]
        return _failed(
            f"le fichier n'est pas un texte UTF-8 : l'octet 0x{byte:02X} de la ligne {line} n'est pas "
            f"de l'UTF-8 valable (probablement Windows-1252 ou Latin-1) ; {_SAVE_AS}"
        )
    if not text.strip():
        return _failed("le fichier est vide : ni ligne d'en-tête ni produits")
    control = _CONTROL.search(text)
    if control:
        line = text.count("\n", 0, control.start()) + 1
        return _failed(
            f"la ligne {line} contient le caractère de contrôle U+{ord(control.group()):04X} : "
            "ce n'est pas un fichier texte CSV"
        )
    hint = _SEP_LINE.match(text)  # Excel's "sep=;" first line: it names the delimiter, it is no row
    if hint:
        text = text[hint.end() :]
    delimiter = hint.group(1) if hint else _sniff_delimiter(text)
    table = _Table(
        too_many_cells_hint=(
            " (dans un fichier séparé par des virgules, un montant à virgule décimale doit être "
            'entre guillemets : "12,50")'
            if delimiter == ","
            else ""
        )
    )
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        for record in reader:
            table.cells.append(record)
            if len(table.cells) > MAX_ROWS + 1:
                return _failed(f"le fichier a plus de {MAX_ROWS} lignes ; découpez-le")
    except csv.Error as exc:
        return _failed(f"CSV mal formé vers la ligne {reader.line_num} : {exc}", len(table.cells) + 1)
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

    table = _Table(column_label=lambda index: f"colonne {get_column_letter(index + 1)}")
    try:
        import openpyxl

        workbook = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            sheets = workbook.worksheets
            if not sheets:
                return _failed("le classeur ne contient aucune feuille")
            for values in sheets[0].iter_rows(max_col=MAX_XLSX_COLUMNS, values_only=True):
                table.cells.append(tuple(_xlsx_cell(value) for value in values))
                if len(table.cells) > MAX_ROWS + 1:
                    return _failed(f"la première feuille a plus de {MAX_ROWS} lignes ; découpez-la")
        finally:
            workbook.close()
    except Exception as exc:  # openpyxl raises many types on a damaged zip/XML: all mean the same
        return _failed(f"classeur .xlsx illisible ({type(exc).__name__}) ; {_SAVE_AS}")
    if not any(_text(v) for row in table.cells for v in row):
        return _failed("la première feuille est vide : ni ligne d'en-tête ni produits")
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
        return [], [CatalogueError(None, None, "le fichier est vide : toutes les cellules sont vides")], ()
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
                    f"apparaît deux fois dans l'en-tête ({table.column_label(positions[name])} "
                    f"et {table.column_label(index)})",
                )
            )
        else:
            positions[name] = index
    missing = [c for c in REQUIRED_COLUMNS if c not in positions]
    if missing:
        found = ", ".join(f"« {_text(v)} »" for v in cells[header_index] if _text(v)) or "rien"
        errors.extend(
            CatalogueError(header_row, name, f"colonne obligatoire absente de l'en-tête (trouvé : {found})")
            for name in missing
        )
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
            errors.append(
                CatalogueError(
                    row_number,
                    None,
                    f"la {table.column_label(extra[0])} contient une valeur (« {_text(values[extra[0]])} ») "
                    f"sans en-tête : cette ligne a plus de cellules que l'en-tête{table.too_many_cells_hint}",
                )
            )
            continue
        record = {name: values[pos] if pos < len(values) else None for name, pos in positions.items()}
        product = _product(record, row_number, errors)
        if product is None:
            continue
        key = product.code.casefold()
        if key in seen:
            errors.append(
                CatalogueError(row_number, "code", f"« {product.code} » figure déjà à la ligne {seen[key]}")
            )
        else:
            seen[key] = row_number
            products.append(product)
    if not products and not errors:
        errors.append(CatalogueError(None, None, "le fichier a un en-tête mais aucune ligne de produit"))
    return products, errors, tuple(ignored)


def _product(record: dict[str, Cell], row: int, errors: list[CatalogueError]) -> ProductRow | None:
    before = len(errors)

    def problem(column: str, message: str) -> None:
        errors.append(CatalogueError(row, column, message))

    code = _text(record["code"])
    if not code:
        problem("code", "est vide ; chaque produit doit avoir un code")
    elif len(code) > MAX_LENGTH["code"]:
        problem("code", f"compte {len(code)} caractères ; au plus {MAX_LENGTH['code']}")
    elif not _CODE.fullmatch(code):
        problem(
            "code",
            f"« {code} » n'est pas un code produit valable (lettres, chiffres et . _ / + - uniquement, "
            "sans espace)",
        )

    texts: dict[str, str] = {}
    for column in ("name", "category", "description"):
        value = unicodedata.normalize("NFC", _text(record.get(column)))
        texts[column] = value
        if not value and column != "description":
            problem(column, "est vide")
        elif len(value) > MAX_LENGTH[column]:
            problem(column, f"compte {len(value)} caractères ; au plus {MAX_LENGTH[column]}")
        elif column != "description" and ("\n" in value or "\r" in value):
            problem(column, "doit tenir sur une seule ligne")
        elif _CONTROL.search(value):
            problem(column, "contient un caractère de contrôle")

    fees = {column: _amount(record[column], column) for column in ("monthly_fee", "installation_fee")}
    for column, fee in fees.items():
        if isinstance(fee, str):
            problem(column, fee)

    indexed = _flag(_text(record["installation_indexed"]))
    if indexed is None:
        problem(
            "installation_indexed",
            f"« {_text(record['installation_indexed'])} » n'est pas oui/non (valeurs acceptées : oui, non, "
            "yes, no, true, false, 1, 0)",
        )

    vat = _vat(_text(record["vat_category"]))
    if vat is None:
        problem(
            "vat_category",
            f"« {_text(record['vat_category'])} » n'est pas une catégorie de TVA (normal, intermédiaire, "
            "réduit, super-réduit ou standard, intermediate, reduced, super_reduced)",
        )

    engagements = _engagements(_text(record["allowed_engagements"]))
    if isinstance(engagements, str):
        problem("allowed_engagements", engagements)

    monthly, installation = fees["monthly_fee"], fees["installation_fee"]
    if (
        len(errors) > before
        or not isinstance(monthly, Decimal)
        or not isinstance(installation, Decimal)
        or indexed is None
        or vat is None
        or isinstance(engagements, str)
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
        problem(exc.field, str(exc.message))
        return None


def _amount(value: Cell, column: str) -> Decimal | str:
    """An amount in EUR HT, or the message saying why the cell is not one."""
    raw = _text(value)
    if not raw:
        return "est vide ; écrivez 0 s'il n'y a pas de frais"
    body = raw.removesuffix("€").removesuffix("EUR").removeprefix("€").strip()
    negative = body.startswith("-")
    match = _AMOUNT.fullmatch(body[1:].strip() if negative else body)
    if match is None:
        return f"« {raw} » n'est pas un nombre"
    whole = re.sub(r"[^0-9]", "", match.group(1)).lstrip("0") or "0"
    if len(whole) > MAX_INTEGER_DIGITS:
        return f"« {raw} » est trop élevé (au plus 999999999,99)"
    normal = whole + (f".{match.group(2)}" if match.group(2) else "")
    if negative and Decimal(normal) != 0:
        return f"« {raw} » est négatif ; les prix doivent être positifs ou nuls"
    try:
        return parse_amount(normal, column)
    except FieldError as exc:
        return f"« {raw} » {exc.message}"


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


def _engagements(text: str) -> tuple[int, ...] | str:
    if not text:
        return "est vide ; indiquez les durées d'engagement en mois, p. ex. 12;24;36"
    months: set[int] = set()
    choices = ", ".join(str(m) for m in ENGAGEMENT_CHOICES)
    for token in _ENGAGEMENT_SPLIT.split(text.strip()):
        if not re.fullmatch(r"[0-9]{1,4}", token):
            return f"« {token} » dans « {text} » n'est pas un nombre entier de mois"
        if int(token) not in ENGAGEMENT_CHOICES:
            return f"{int(token)} mois n'est pas une durée d'engagement proposée (choisissez parmi {choices})"
        months.add(int(token))
    return tuple(sorted(months))


def describe(errors: Iterable[CatalogueError], limit: int = 50) -> list[str]:
    """One line per error, at most `limit`, then 'et N autres erreurs'."""
    listed = list(errors)
    lines = [str(e) for e in listed[:limit]]
    if len(listed) > limit:
        more = len(listed) - limit
        lines.append(f"et {more} autre{'s' if more > 1 else ''} erreur{'s' if more > 1 else ''}")
    return lines
