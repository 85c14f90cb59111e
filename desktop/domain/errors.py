"""Errors a user can act on, naming the field that is wrong; their text is a Message."""

from __future__ import annotations

from desktop.domain.messages import Message, MessageError, render


class DomainError(MessageError, ValueError):
    """A business rule refused a value."""


class FieldError(DomainError):
    """A single field holds a value that is not acceptable; `field` names it, `message` says why
    (rendered at the edge in the reader's language)."""

    def __init__(self, field: str, message: Message | str) -> None:
        super().__init__(message)
        self.field = field

    def __str__(self) -> str:
        reason = render(self.message) if isinstance(self.message, Message) else self.message
        return f"{self.field}: {reason}"
