"""Every status and size has its words in the one table (a new member without them fails)."""

from __future__ import annotations

from desktop.domain.labels import SIZE_LABELS, STATUS_LABELS
from desktop.domain.vocabulary import ClientSize, OfferStatus


def test_every_status_and_size_has_its_labels() -> None:
    assert list(STATUS_LABELS) == list(OfferStatus)
    assert list(SIZE_LABELS) == list(ClientSize)
    words = [(s.name, s.in_sentence) for s in STATUS_LABELS.values()]
    words += [(s.name, s.declared, s.printed) for s in SIZE_LABELS.values()]
    assert all(all(w.strip() for w in group) for group in words)
    assert len({s.name for s in STATUS_LABELS.values()}) == len(OfferStatus)
