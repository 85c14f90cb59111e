"""A catalogue product as the head office states it (prices HT, installation at index 944.43)."""

from __future__ import annotations

from decimal import Decimal

from desktop.domain.errors import FieldError
from desktop.domain.messages import msg
from desktop.domain.value import Value
from desktop.domain.vat import VatCategory

ENGAGEMENT_CHOICES = (1, 12, 24, 36, 48, 60)


class ProductRow(Value):
    """One validated catalogue product; the store keeps one row per code and catalogue version."""

    code: str
    name: str
    category: str
    description: str
    monthly_fee: Decimal
    installation_fee: Decimal
    installation_indexed: bool
    vat_category: VatCategory
    allowed_engagements: tuple[int, ...]

    def __post_init__(self) -> None:
        if not self.code.strip():
            raise FieldError("code", msg("domain.catalogue.code_required"))
        if not self.name.strip():
            raise FieldError("name", msg("domain.catalogue.name_required"))
        for field in ("monthly_fee", "installation_fee"):
            value = getattr(self, field)
            if not isinstance(value, Decimal) or not value.is_finite() or value < 0:
                raise FieldError(field, msg("domain.catalogue.fee"))
        if not self.allowed_engagements or any(
            isinstance(m, bool) or not isinstance(m, int) or m < 1 for m in self.allowed_engagements
        ):
            raise FieldError("allowed_engagements", msg("domain.catalogue.engagements"))
