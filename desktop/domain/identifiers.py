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
        return f"{what} incorrect : la clé de contrôle ne correspond pas, relisez le numéro"
    if isinstance(exc, InvalidLength):
        return f"{what} incorrect : le nombre de caractères ne convient pas"
    if isinstance(exc, InvalidComponent):
        return f"{what} incorrect : pays ou élément inconnu"
    if isinstance(exc, InvalidFormat):
        return f"{what} incorrect : il contient des caractères non autorisés"
    return f"{what} non valable"


def validate_lu_vat(value: str, field: str = "vat_number") -> str:
    """A Luxembourg VAT number, returned as LU + 8 digits."""
    try:
        return "LU" + str(_lu_tva.validate(value))
    except ValidationError as exc:
        raise FieldError(field, _explain(exc, "numéro de TVA luxembourgeois (LU + 8 chiffres)")) from None


def validate_vat(value: str, field: str = "vat_number") -> str:
    """A Luxembourg or other EU VAT number with its country prefix, compacted."""
    try:
        compact = _eu_vat.compact(value)
        if compact.startswith("LU"):
            return validate_lu_vat(compact, field)
        return str(_eu_vat.validate(compact))
    except ValidationError as exc:
        what = "numéro de TVA (avec le préfixe du pays, p. ex. LU, FR, BE)"
        raise FieldError(field, _explain(exc, what)) from None


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
        raise FieldError(field, "un numéro RCS est une lettre de section suivie de chiffres, p. ex. B65734")
    return match.group(1) + str(int(match.group(2)))


_POSTCODE = re.compile(r"^(?:L\s*-?\s*)?(\d{4})$")


def validate_lu_postcode(value: str, field: str = "postcode") -> str:
    """A Luxembourg postcode, returned as L-NNNN."""
    match = _POSTCODE.match(value.strip().upper())
    if not match:
        raise FieldError(field, "un code postal luxembourgeois comporte quatre chiffres, p. ex. L-2350")
    return "L-" + match.group(1)
