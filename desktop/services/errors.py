"""Errors of the store a user can act on: each carries one Message (``error.message``), rendered
in the reader's language at the edge (``str(error)``).

Input problems are ``desktop.domain.errors.FieldError`` (naming the field); the errors here
concern the state of an offer or of the database itself.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import desktop.i18n  # noqa: F401  (installs the renderer: str(error) reads in the current language)
from desktop.domain.messages import Message, MessageError, msg
from desktop.services.causes import cause

if TYPE_CHECKING:
    from desktop.domain.vocabulary import ClientSize


class StoreError(MessageError):
    """Base class: a problem the user can understand and act on; `message` is what to say
    (a Message rendered at the edge), str() is it in the current language."""


class NotFoundError(StoreError):
    """The offer, client, product... asked for does not exist."""


class OfferStateError(StoreError):
    """The offer's status does not allow this step (e.g. editing a presented or signed offer)."""


class ClientSizeError(OfferStateError):
    """Signing needs the client's declared size (art. 15 waiver): none was given and the offer
    has none, or the declaration contradicts the size the presented offer states."""

    def __init__(
        self, message: Message | str, recorded: ClientSize | None, declared: ClientSize | None
    ) -> None:
        super().__init__(message)
        self.recorded = recorded
        self.declared = declared


class ImmutableError(OfferStateError):
    """The database itself refused to change a signed offer or the audit log."""


class DatabaseLockedError(StoreError):
    """Another program holds the database; retry in a moment."""


class DatabaseInUseError(DatabaseLockedError):
    """The database is open in another process and this step needs it alone (restore), or
    a restore holds it while another program wants to open it."""


class OfferConflictError(OfferStateError):
    """The offer was changed elsewhere (another window, a command, another session) since it
    was loaded: the save is refused rather than overwriting that change."""


def conflict_message(number: str | None = None, revision: int | None = None) -> Message:
    """The offer (named when known) was changed elsewhere since it was opened."""
    if number:
        return msg("offers.conflict.named", number=number, revision=revision)
    return msg("offers.conflict.unnamed")


class ReadOnlyDatabaseError(StoreError):
    """The database file or its folder cannot be written (permissions, read-only medium)."""

    def __init__(self, path: Path, reason: Message | str = "") -> None:
        self.path = path
        self.reason = reason
        if reason:
            message = msg("offers.database.read_only_because", path=path, reason=reason, folder=path.parent)
        else:
            message = msg("offers.database.read_only", path=path, folder=path.parent)
        super().__init__(message)


class UnreadableDatabaseError(StoreError):
    """SQLite could not read the file while a use case ran ("file is not a database",
    "database disk image is malformed"): the file is damaged or is not a database. The
    start-up integrity check says which, with the latest good backup."""


class DiskFullError(StoreError):
    """The disk holding the database is full; nothing was written."""


class BackupError(StoreError):
    """A backup could not be written, or a file offered for restore is not a usable backup."""


class DamagedDatabaseError(StoreError):
    """The database file failed its integrity check. Nothing was overwritten.

    ``latest_backup`` is the newest backup that passed its own check (None if there is none);
    offer to restore it with `offerdesk restore PATH`. ``unusable``: the file is not an OfferDesk
    database at all (empty, not SQLite, without OfferDesk's tables) rather than a damaged one.
    """

    def __init__(
        self,
        path: Path,
        problems: Sequence[Message | str],
        latest_backup: Path | None,
        *,
        unusable: bool = False,
    ) -> None:
        self.path = path
        self.problems = list(problems)
        self.latest_backup = latest_backup
        self.unusable = unusable
        detail = self.problems[0] if self.problems else msg("offers.database.unknown_problem")
        if latest_backup is not None:
            advice = msg("offers.database.restore_advice", backup=latest_backup)
        else:
            advice = msg("offers.database.no_backup_advice")
        if unusable:
            message = msg("offers.database.unusable", path=path, detail=detail, advice=advice)
        else:
            message = msg("offers.database.damaged", path=path, detail=detail, advice=advice)
        super().__init__(message)


class DatabaseKeyError(StoreError):
    """An encrypted database cannot be opened: its key is missing from the keychain, the
    keychain is unavailable, or the key does not open it. Not damage: nothing was changed,
    and the file must not be replaced as if it were empty or damaged."""

    def __init__(self, message: Message | str, path: Path, problem: str) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem  # "missing", "wrong" or "keychain"


def key_error(exc: Exception, path: Path | None = None) -> DatabaseKeyError:
    """The store's error for db.cipher.DatabaseKeyError `exc` (its Message kept when it has one)."""
    where: Path = getattr(exc, "path", None) or path or Path()
    return DatabaseKeyError(cause(exc), where, str(getattr(exc, "problem", "wrong")))
