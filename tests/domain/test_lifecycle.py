"""The lifecycle machine on its own: what each status allows and how a refusal reads. The walk
through the services and the database triggers is tests/services/test_lifecycle_walk.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import lifecycle
from desktop.domain.lifecycle import ACTIONS_OF, TRANSITIONS, Action
from desktop.domain.vocabulary import OfferStatus

S = OfferStatus
NOTES = Path(__file__).resolve().parents[2] / "docs" / "notes" / "lifecycle.md"


def test_only_a_draft_is_editable_and_terminal_statuses_allow_only_a_copy() -> None:
    assert [s for s in S if lifecycle.editable(s)] == [S.DRAFT]
    for status in (S.SUPERSEDED, S.CANCELLED):
        assert ACTIONS_OF[status] == {Action.DUPLICATE}


def test_a_signed_source_stays_in_force_after_a_new_revision() -> None:
    assert lifecycle.step(S.SIGNED, Action.NEW_REVISION) is S.SIGNED
    assert lifecycle.step(S.ACTIVATED, Action.NEW_REVISION) is S.ACTIVATED
    assert lifecycle.step(S.PRESENTED, Action.NEW_REVISION) is S.SUPERSEDED
    assert lifecycle.step(S.SIGNED, Action.SUPERSEDE) is S.SUPERSEDED


def test_a_refusal_says_why() -> None:
    with pytest.raises(lifecycle.TransitionRefused) as refused:
        lifecycle.step(S.SIGNED, Action.EDIT)
    message = refused.value.refusal.message("OF-2026-JDU-0042 (révision 1)", "signée")
    assert message == (
        "L'offre OF-2026-JDU-0042 (révision 1) est signée : impossible de la modifier, une offre signée "
        "ne change plus. Faites plutôt une nouvelle révision."
    )
    reason = lifecycle.refusal(S.DRAFT, Action.NEW_REVISION)
    assert reason is not None
    assert reason.message("X", "un brouillon") == (
        "L'offre X est un brouillon : impossible d'en faire une nouvelle révision "
        "(modifiez directement le brouillon)."
    )
    assert lifecycle.refusal(S.DRAFT, Action.EDIT) is None


def test_expired_means_expired_or_due() -> None:
    assert lifecycle.is_expired(S.EXPIRED, validity_passed=False)
    assert lifecycle.is_expired(S.PRESENTED, validity_passed=True)
    assert not lifecycle.is_expired(S.PRESENTED, validity_passed=False)
    assert not lifecycle.is_expired(S.SIGNED, validity_passed=True)  # a contract does not expire


def test_the_notes_show_the_table_as_it_is() -> None:
    """docs/notes/lifecycle.md's state table is this module's (regenerate it with `table()`)."""
    assert table() in NOTES.read_text(encoding="utf-8")


def table() -> str:
    actions = list(Action)
    lines = [
        "| status \\ action | " + " | ".join(a.value for a in actions) + " |",
        "|---|" + "---|" * len(actions),
    ]
    for status in S:
        cells = []
        for action in actions:
            after = TRANSITIONS.get((status, action))
            cells.append("—" if after is None else "=" if after is status else f"→ {after.value}")
        lines.append(f"| **{status.value}** | " + " | ".join(cells) + " |")
    return "\n".join(lines)
