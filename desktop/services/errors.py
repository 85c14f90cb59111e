"""Errors of the store a user can act on: each carries one clear sentence (``str(error)``).

Input problems are ``desktop.domain.errors.FieldError`` (naming the field); the errors here
concern the state of an offer or of the database itself.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from desktop.domain.messages import Message, MessageError

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

    def __init__(self, message: str, recorded: ClientSize | None, declared: ClientSize | None) -> None:
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


def conflict_message(number: str | None = None, revision: int | None = None) -> str:
    what = f"L'offre {number} (révision {revision})" if number else "Cette offre"
    return (
        f"{what} a été modifiée ailleurs (une autre fenêtre, une commande ou un autre poste) depuis "
        "que vous l'avez ouverte : votre version n'a pas été enregistrée, pour ne pas écraser "
        "l'autre modification."
    )


class ReadOnlyDatabaseError(StoreError):
    """The database file or its folder cannot be written (permissions, read-only medium)."""

    def __init__(self, path: Path, reason: str = "") -> None:
        self.path = path
        detail = f" ({reason})" if reason else ""
        super().__init__(
            f"La base de données {path} est en lecture seule{detail} : OfferDesk ne peut rien y "
            f"enregistrer. Le fichier n'est pas endommagé et rien n'a été modifié. Donnez-vous le "
            f"droit d'écrire sur le fichier et sur son dossier {path.parent} (ou copiez-les sur un "
            f"disque accessible en écriture), puis relancez OfferDesk."
        )


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
    offer to restore it with `offerdesk restore PATH`.
    """

    def __init__(
        self, path: Path, problems: list[str], latest_backup: Path | None, *, state: str = "est endommagée"
    ) -> None:
        self.path = path
        self.problems = problems
        self.latest_backup = latest_backup
        detail = problems[0] if problems else "problème inconnu"
        if latest_backup is not None:
            advice = (
                f"La dernière sauvegarde intacte est {latest_backup} ; restaurez-la avec "
                f"`offerdesk restore {latest_backup}` (le fichier actuel est mis de côté, pas effacé)."
            )
        else:
            advice = (
                "Aucune sauvegarde intacte n'a été trouvée : conservez le fichier et contactez le support."
            )
        super().__init__(f"La base de données {path} {state} ({detail}). Rien n'a été modifié. {advice}")


class DatabaseKeyError(StoreError):
    """An encrypted database cannot be opened: its key is missing from the keychain, the
    keychain is unavailable, or the key does not open it. Not damage: nothing was changed,
    and the file must not be replaced as if it were empty or damaged."""

    def __init__(self, message: Message | str, path: Path, problem: str) -> None:
        super().__init__(message)
        self.path = path
        self.problem = problem  # "missing", "wrong" or "keychain"


def key_error(exc: Exception, path: Path | None = None) -> DatabaseKeyError:
    """The store's error for db.cipher.DatabaseKeyError `exc`."""
    where: Path = getattr(exc, "path", None) or path or Path()
    message = exc.message if isinstance(exc, MessageError) else str(exc)
    return DatabaseKeyError(message, where, str(getattr(exc, "problem", "wrong")))
