"""The messages a finding is made of: tests assert identifiers and parameters, not sentences
(their identifiers alone: tests.documents.message_ids)."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.domain.messages import Message


def nested(messages: Iterable[object]) -> list[Message]:
    """`messages` and every Message in their parameters, depth first."""
    found: list[Message] = []
    for item in messages:
        if isinstance(item, Message):
            found.append(item)
            found.extend(nested(item.params.values()))
    return found


def named_entries(problems: Iterable[Message]) -> set[int]:
    """The audit entries (seq) the findings of an audit report name."""
    return {int(message.params["seq"]) for message in nested(problems) if message.id == "records.audit.entry"}
