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
from desktop.domain.messages import Message, msg


def _explain(exc: ValidationError, what: Message) -> Message:
    """Why the number `what` (e.g. the IBAN) was refused, as stdnum found it."""
    if isinstance(exc, InvalidChecksum):
        return msg("domain.identifiers.checksum", what=what)
    if isinstance(exc, InvalidLength):
        return msg("domain.identifiers.length", what=what)
    if isinstance(exc, InvalidComponent):
        return msg("domain.identifiers.component", what=what)
    if isinstance(exc, InvalidFormat):
        return msg("domain.identifiers.format", what=what)
    return msg("domain.identifiers.invalid", what=what)


def validate_lu_vat(value: str, field: str = "vat_number") -> str:
    """A Luxembourg VAT number, returned as LU + 8 digits."""
    try:
        return "LU" + str(_lu_tva.validate(value))
    except ValidationError as exc:
        raise FieldError(field, _explain(exc, msg("domain.identifiers.what.lu_vat"))) from None


def validate_vat(value: str, field: str = "vat_number") -> str:
    """A Luxembourg or other EU VAT number with its country prefix, compacted."""
    try:
        compact = _eu_vat.compact(value)
        if compact.startswith("LU"):
            return validate_lu_vat(compact, field)
        return str(_eu_vat.validate(compact))
    except ValidationError as exc:
        raise FieldError(field, _explain(exc, msg("domain.identifiers.what.vat"))) from None


def validate_iban(value: str, field: str = "iban") -> str:
    try:
        return str(_iban.validate(value))
    except ValidationError as exc:
        raise FieldError(field, _explain(exc, msg("domain.identifiers.what.iban"))) from None


def format_iban(value: str) -> str:
    return str(_iban.format(value))


_RCS = re.compile(r"^([A-K])[\s.]*(\d{1,6})$")


def validate_rcs(value: str, field: str = "rcs_number") -> str:
    """A Luxembourg RCS number: section letter and digits (B65734; 'B 65734' and 'B.65734' accepted)."""
    match = _RCS.match(value.strip().upper())
    if not match:
        raise FieldError(field, msg("domain.identifiers.rcs"))
    return match.group(1) + str(int(match.group(2)))


_POSTCODE = re.compile(r"^(?:L\s*-?\s*)?(\d{4})$")


def validate_lu_postcode(value: str, field: str = "postcode") -> str:
    """A Luxembourg postcode, returned as L-NNNN."""
    match = _POSTCODE.match(value.strip().upper())
    if not match:
        raise FieldError(field, msg("domain.identifiers.postcode"))
    return "L-" + match.group(1)
