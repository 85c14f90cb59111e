"""Undo/redo: every edit of an offer replaces one immutable draft snapshot by another."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from desktop.ui.ports import OfferDraft

# Text typed into the same field merges into one undo step (Qt's mergeWith protocol).
MERGEABLE_FIELDS = ("special_conditions", "required_documents")


class DraftChange(QUndoCommand):
    def __init__(
        self,
        apply: Callable[[OfferDraft], None],
        before: OfferDraft,
        after: OfferDraft,
        text: str,
        merge_key: str = "",
    ) -> None:
        super().__init__(text)
        self._apply = apply
        self.before = before
        self.after = after
        self._merge_key = merge_key

    def id(self) -> int:
        if self._merge_key in MERGEABLE_FIELDS:
            return 1000 + MERGEABLE_FIELDS.index(self._merge_key)
        return -1

    def mergeWith(self, other: QUndoCommand) -> bool:
        if not isinstance(other, DraftChange) or other._merge_key != self._merge_key:
            return False
        self.after = other.after
        return True

    def redo(self) -> None:
        self._apply(self.after)

    def undo(self) -> None:
        self._apply(self.before)
