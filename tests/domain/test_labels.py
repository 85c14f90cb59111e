"""Every status and size has its words in the one table (a new member without them fails)."""

from __future__ import annotations

from desktop.domain.labels import SIZE_LABELS, STATUS_LABELS
from desktop.domain.vocabulary import ClientSize, OfferStatus


def test_every_status_and_size_has_its_labels() -> None:
    assert list(STATUS_LABELS) == list(OfferStatus)
    assert list(SIZE_LABELS) == list(ClientSize)
    for status in STATUS_LABELS.values():
        assert status.name and status.in_sentence
    for size in SIZE_LABELS.values():
        assert size.name and size.declared and size.printed
    assert len({s.name for s in STATUS_LABELS.values()}) == len(OfferStatus)
