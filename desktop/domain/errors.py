"""Errors a user can act on, naming the field that is wrong."""

from __future__ import annotations


class DomainError(ValueError):
    """A business rule refused a value."""


class FieldError(DomainError):
    """A single field holds a value that is not acceptable; `field` names it."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message
