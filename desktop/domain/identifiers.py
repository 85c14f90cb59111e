"""Validation of client identifiers, with field-level messages.

VAT and IBAN numbers are checked by python-stdnum; RCS and postcodes, which stdnum has no
module for, by their published formats.
"""

from __future__ import annotations

import re

from stdnum import iban as _iban
from stdnum.eu import vat as _eu_vat
from stdnum.exceptions import (
    InvalidChecksum,
    InvalidComponent,
    InvalidFormat,
    InvalidLength,
    ValidationError,
)
from stdnum.lu import tva as _lu_tva

from desktop.domain.errors import FieldError


def _explain(exc: ValidationError, what: str) -> str:
    if isinstance(exc, InvalidChecksum):
        return f"this {what} has a wrong check digit: please re-read it"
    if isinstance(exc, InvalidLength):
        return f"this {what} has the wrong number of characters"
    if isinstance(exc, InvalidComponent):
        return f"this {what} has an unknown country or component"
    if isinstance(exc, InvalidFormat):
        return f"this {what} contains characters that do not belong in it"
    return f"this is not a valid {what}"


def validate_lu_vat(value: str, field: str = "vat_number") -> str:
    """A Luxembourg VAT number, returned as LU + 8 digits."""
    try:
        return "LU" + str(_lu_tva.validate(value))
    except ValidationError as exc:
        raise FieldError(field, _explain(exc, "Luxembourg VAT number (LU + 8 digits)")) from None


def validate_vat(value: str, field: str = "vat_number") -> str:
    """A Luxembourg or other EU VAT number with its country prefix, compacted."""
    try:
        compact = _eu_vat.compact(value)
        if compact.startswith("LU"):
            return validate_lu_vat(compact, field)
        return str(_eu_vat.validate(compact))
    except ValidationError as exc:
        raise FieldError(field, _explain(exc, "EU VAT number (country prefix, e.g. LU, FR, BE)")) from None


def validate_iban(value: str, field: str = "iban") -> str:
    try:
        return str(_iban.validate(value))
    except ValidationError as exc:
        raise FieldError(field, _explain(exc, "IBAN")) from None


def format_iban(value: str) -> str:
    return str(_iban.format(value))


_RCS = re.compile(r"^([A-K])[\s.]*(\d{1,6})$")


def validate_rcs(value: str, field: str = "rcs_number") -> str:
    """A Luxembourg RCS number: section letter and digits (B65734; 'B 65734' and 'B.65734' accepted)."""
    match = _RCS.match(value.strip().upper())
    if not match:
        raise FieldError(field, "an RCS number is a section letter and digits, e.g. B65734")
    return match.group(1) + str(int(match.group(2)))


_POSTCODE = re.compile(r"^(?:L\s*-?\s*)?(\d{4})$")


def validate_lu_postcode(value: str, field: str = "postcode") -> str:
    """A Luxembourg postcode, returned as L-NNNN."""
    match = _POSTCODE.match(value.strip().upper())
    if not match:
        raise FieldError(field, "a Luxembourg postcode is four digits, e.g. L-2350")
    return "L-" + match.group(1)
