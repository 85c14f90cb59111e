"""The offer lifecycle as a pure state machine: what each status allows and where it leads.

One table, `TRANSITIONS`: (status, action) -> the status the offer has after the action. A pair
that is not in the table is refused, with a message saying why (`refusal`). The services ask
`step` before they change an offer and assign the status it returns; the window enables its
buttons with `allows`; the database triggers (migrations 0002/0004) guard the part of the table
that concerns signed offers, and tests/services/test_lifecycle_walk.py checks that they agree.

    draft --present--> presented --sign--> signed --activate--> activated
    draft/presented --expire--> expired, --cancel--> cancelled
    presented/expired --new revision--> superseded (the new revision is a draft)
    signed/activated --new revision--> unchanged (in force until the new revision is signed)
    signed/activated --supersede (a later revision is signed)--> superseded

Conditions that are not the status (a later revision exists, the validity date has passed, the
offer has no line...) stay with the use case that checks them. No SQL and no Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from desktop.domain.messages import Message, msg
from desktop.domain.vocabulary import OfferStatus

__all__ = [
    "ACTIONS_OF",
    "LOCKED",
    "TRANSITIONS",
    "Action",
    "Refusal",
    "TransitionRefused",
    "allows",
    "editable",
    "is_expired",
    "next_status",
    "refusal",
    "step",
]

S = OfferStatus


class Action(StrEnum):
    """What is done to an offer (its use case in desktop.services.offers)."""

    EDIT = "edit"  # update_draft
    REPRICE = "reprice"  # reprice
    PRESENT = "present"  # present
    SIGN = "sign"  # sign
    CANCEL = "cancel"  # cancel
    NEW_REVISION = "new_revision"  # new_revision: what happens to the source offer
    DUPLICATE = "duplicate"  # duplicate: the source offer is only read
    EXPIRE = "expire"  # expire_due: the validity date has passed
    ACTIVATE = "activate"  # record_activation
    SUPERSEDE = "supersede"  # sign, on the earlier revisions of the number it signs


# The statuses of a signed offer whose contract is in force (the one the database freezes).
LOCKED = frozenset({S.SIGNED, S.ACTIVATED})

TRANSITIONS: dict[tuple[OfferStatus, Action], OfferStatus] = {
    (S.DRAFT, Action.EDIT): S.DRAFT,
    (S.DRAFT, Action.REPRICE): S.DRAFT,
    (S.DRAFT, Action.PRESENT): S.PRESENTED,
    (S.DRAFT, Action.CANCEL): S.CANCELLED,
    (S.DRAFT, Action.EXPIRE): S.EXPIRED,
    (S.PRESENTED, Action.SIGN): S.SIGNED,
    (S.PRESENTED, Action.CANCEL): S.CANCELLED,
    (S.PRESENTED, Action.EXPIRE): S.EXPIRED,
    (S.PRESENTED, Action.NEW_REVISION): S.SUPERSEDED,
    (S.EXPIRED, Action.NEW_REVISION): S.SUPERSEDED,
    (S.SIGNED, Action.NEW_REVISION): S.SIGNED,
    (S.ACTIVATED, Action.NEW_REVISION): S.ACTIVATED,
    (S.SIGNED, Action.ACTIVATE): S.ACTIVATED,
    (S.SIGNED, Action.SUPERSEDE): S.SUPERSEDED,
    (S.ACTIVATED, Action.SUPERSEDE): S.SUPERSEDED,
    **{(status, Action.DUPLICATE): status for status in S},
}

# What each status allows, derived from the table (the window shows this).
ACTIONS_OF: dict[OfferStatus, frozenset[Action]] = {
    status: frozenset(action for action in Action if (status, action) in TRANSITIONS) for status in S
}

# How a refused action reads: what cannot be done to the offer, and a hint of what to do
# instead (the words are the catalogue's: domain.lifecycle.*).
_DOING: dict[Action, Message] = {
    Action.EDIT: msg("domain.lifecycle.doing.edit"),
    Action.REPRICE: msg("domain.lifecycle.doing.reprice"),
    Action.PRESENT: msg("domain.lifecycle.doing.present"),
    Action.SIGN: msg("domain.lifecycle.doing.sign"),
    Action.CANCEL: msg("domain.lifecycle.doing.cancel"),
    Action.NEW_REVISION: msg("domain.lifecycle.doing.new_revision"),
    Action.DUPLICATE: msg("domain.lifecycle.doing.duplicate"),
    Action.EXPIRE: msg("domain.lifecycle.doing.expire"),
    Action.ACTIVATE: msg("domain.lifecycle.doing.activate"),
    Action.SUPERSEDE: msg("domain.lifecycle.doing.supersede"),
}
_MAKE_A_REVISION = msg("domain.lifecycle.hint.new_revision")
_DUPLICATE_IT = msg("domain.lifecycle.hint.duplicate")
_HINT: dict[Action, Message] = {
    Action.EDIT: _MAKE_A_REVISION,
    Action.SIGN: msg("domain.lifecycle.hint.sign"),
    Action.CANCEL: msg("domain.lifecycle.hint.cancel"),
    Action.EXPIRE: msg("domain.lifecycle.hint.expire"),
    Action.ACTIVATE: msg("domain.lifecycle.hint.activate"),
    Action.SUPERSEDE: msg("domain.lifecycle.hint.supersede"),
}
_HINT_BY_STATUS: dict[tuple[OfferStatus, Action], Message] = {
    (S.DRAFT, Action.NEW_REVISION): msg("domain.lifecycle.hint.edit_the_draft"),
    (S.DRAFT, Action.SIGN): msg("domain.lifecycle.hint.present_first"),
    (S.EXPIRED, Action.SIGN): _MAKE_A_REVISION,
    (S.SUPERSEDED, Action.NEW_REVISION): msg("domain.lifecycle.hint.revise_the_latest"),
    (S.ACTIVATED, Action.ACTIVATE): msg("domain.lifecycle.hint.already_activated"),
    (S.SUPERSEDED, Action.EDIT): msg("domain.lifecycle.hint.edit_the_latest"),
    (S.CANCELLED, Action.EDIT): _DUPLICATE_IT,
    (S.CANCELLED, Action.NEW_REVISION): _DUPLICATE_IT,
}
# Actions that would change a signed contract: refused with the reason that it never changes.
_CHANGES_CONTENT = frozenset({Action.EDIT, Action.REPRICE, Action.PRESENT, Action.CANCEL, Action.EXPIRE})


@dataclass(frozen=True)
class Refusal:
    """Why `action` is refused on an offer in `status`; `message` names the offer."""

    status: OfferStatus
    action: Action
    doing: Message  # "impossible de la modifier"
    hint: Message | None  # "faites une nouvelle révision"
    signed_contract: bool  # the offer is a signed contract that never changes

    def message(self, number: str, revision: int) -> Message:
        """The refusal for offer `number`, revision `revision` (in `status`): "L'offre
        OF-2026-JDU-0042 (révision 2) est annulée : impossible de la modifier (…)."."""
        if self.signed_contract:
            return msg(
                "domain.lifecycle.refused_signed",
                number=number,
                revision=revision,
                status=self.status,
                doing=self.doing,
            )
        if self.hint is not None:
            return msg(
                "domain.lifecycle.refused_hint",
                number=number,
                revision=revision,
                status=self.status,
                doing=self.doing,
                hint=self.hint,
            )
        return msg(
            "domain.lifecycle.refused", number=number, revision=revision, status=self.status, doing=self.doing
        )


class TransitionRefused(Exception):
    """`step` refused: `refusal` says why (services turn it into their own error)."""

    def __init__(self, refusal: Refusal) -> None:
        super().__init__(f"{refusal.action} refused in status {refusal.status}")
        self.refusal = refusal


def next_status(status: OfferStatus, action: Action) -> OfferStatus | None:
    """The status after `action`, or None when the status refuses it."""
    return TRANSITIONS.get((status, action))


def allows(status: OfferStatus, action: Action) -> bool:
    return (status, action) in TRANSITIONS


def refusal(status: OfferStatus, action: Action) -> Refusal | None:
    """None when allowed; else why not."""
    if allows(status, action):
        return None
    hint = _HINT_BY_STATUS.get((status, action), _HINT.get(action))
    return Refusal(status, action, _DOING[action], hint, status in LOCKED and action in _CHANGES_CONTENT)


def step(status: OfferStatus, action: Action) -> OfferStatus:
    """The status after `action`; TransitionRefused when `status` does not allow it."""
    after = next_status(status, action)
    if after is None:
        reason = refusal(status, action)
        assert reason is not None
        raise TransitionRefused(reason)
    return after


def editable(status: OfferStatus) -> bool:
    """The offer's content can be changed (the editor is read-only otherwise)."""
    return allows(status, Action.EDIT)


def is_expired(status: OfferStatus, validity_passed: bool) -> bool:
    """Expired, or would be at the next expiry run (its validity date has passed)."""
    return status is S.EXPIRED or (validity_passed and allows(status, Action.EXPIRE))
