"""The lifecycle machine on its own: what each status allows and how a refusal reads. The walk
through the services and the database triggers is tests/services/test_lifecycle_walk.py."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop.domain import lifecycle
from desktop.domain.lifecycle import ACTIONS_OF, TRANSITIONS, Action
from desktop.domain.messages import msg
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
    message = refused.value.refusal.message("OF-2026-JDU-0042", 1)
    assert message == msg(
        "domain.lifecycle.refused_signed",
        number="OF-2026-JDU-0042",
        revision=1,
        status=S.SIGNED,
        doing=msg("domain.lifecycle.doing.edit"),
    )
    reason = lifecycle.refusal(S.DRAFT, Action.NEW_REVISION)
    assert reason is not None
    assert reason.message("X", 3) == msg(
        "domain.lifecycle.refused_hint",
        number="X",
        revision=3,
        status=S.DRAFT,
        doing=msg("domain.lifecycle.doing.new_revision"),
        hint=msg("domain.lifecycle.hint.edit_the_draft"),
    )
    assert lifecycle.refusal(S.DRAFT, Action.EDIT) is None
    without_hint = lifecycle.refusal(S.PRESENTED, Action.PRESENT)
    assert without_hint is not None
    assert without_hint.message("X", 1).id == "domain.lifecycle.refused"


@pytest.mark.parametrize(
    ("lang", "signed", "draft"),
    [
        (
            "fr",
            "L'offre OF-2026-JDU-0042 (révision 1) est signée : impossible de la modifier, une offre signée "
            "ne change plus. Faites plutôt une nouvelle révision.",
            "L'offre X (révision 3) est un brouillon : impossible d'en faire une nouvelle révision "
            "(modifiez directement le brouillon).",
        ),
        (
            "de",
            "Das Angebot OF-2026-JDU-0042 (Revision 1) ist unterzeichnet: Es kann nicht geändert werden, "
            "denn ein unterzeichnetes Angebot wird nicht mehr geändert. Erstellen Sie stattdessen eine "
            "neue Revision.",
            "Das Angebot X (Revision 3) ist ein Entwurf: Es kann keine neue Revision davon erstellt "
            "werden (ändern Sie den Entwurf direkt).",
        ),
        (
            "en",
            "Offer OF-2026-JDU-0042 (revision 1) is signed: it cannot be edited; a signed offer never "
            "changes. Make a new revision instead.",
            "Offer X (revision 3) is a draft: no new revision can be made of it (edit the draft directly).",
        ),
    ],
)
def test_a_refusal_reads_in_each_language(lang: str, signed: str, draft: str) -> None:
    on_signed = lifecycle.refusal(S.SIGNED, Action.EDIT)
    on_draft = lifecycle.refusal(S.DRAFT, Action.NEW_REVISION)
    assert on_signed is not None
    assert on_draft is not None
    assert on_signed.message("OF-2026-JDU-0042", 1).text(lang) == signed
    assert on_draft.message("X", 3).text(lang) == draft


def test_every_refusal_has_words_in_each_language() -> None:
    """Each (status, action) the machine refuses reads as a sentence, never as an identifier."""
    for status in S:
        for action in Action:
            reason = lifecycle.refusal(status, action)
            if reason is None:
                continue
            for lang in ("fr", "de", "en"):
                text = reason.message("OF-1", 1).text(lang)
                assert "domain." not in text, (status, action, lang, text)
                assert text.endswith("."), text


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
