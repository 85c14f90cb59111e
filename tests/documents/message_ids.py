"""The identifiers of a message and of every message among its parameters (a problem wraps
others: "modified after sealing: {change}")."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from desktop.domain.messages import Message


def message_ids(messages: Message | Iterable[Message]) -> set[str]:
    found: set[str] = set()
    pending: list[Any] = [messages] if isinstance(messages, Message) else list(messages)
    while pending:
        item = pending.pop()
        if isinstance(item, Message):
            found.add(item.id)
            pending.extend(item.params.values())
        elif isinstance(item, list | tuple):
            pending.extend(item)
    return found


def has_row(report: str, label: str, value: str) -> bool:
    """The text report of `offerdesk verify` has a line `label  value…` (columns aligned for the
    language, so the spaces between them are not counted)."""
    import re

    return re.search(rf"^{re.escape(label)}\s+{re.escape(value)}", report, re.MULTILINE) is not None
