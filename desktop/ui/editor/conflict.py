"""A save refused because the offer changed elsewhere (another window, a command, another
session on a server database): nothing is overwritten and nothing the user typed is lost.

The editor keeps the edits (autosave pauses). On an explicit save the user is asked whether
to store them as a new draft — a copy of the edited offer with a new number — leaving the
offer changed elsewhere as it is; declined, the edits stay in the editor, unsaved.
"""

from __future__ import annotations

import dataclasses

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from desktop.domain.vocabulary import OfferStatus
from desktop.ui.dialogs import Dialogs
from desktop.ui.error_text import user_message
from desktop.ui.ports import ConflictError, OfferDraft

__all__ = ["ConflictError", "as_new_draft", "ask_save_as_copy", "conflict_status"]


def conflict_status() -> str:
    """What the editor's header says while the conflict is not resolved."""
    return QCoreApplication.translate("OfferEditor", "Non enregistrée : modifiée ailleurs entre-temps")


def ask_save_as_copy(parent: QWidget, dialogs: Dialogs, exc: Exception) -> bool:
    question = QCoreApplication.translate(
        "OfferEditor",
        "{0}\n\nEnregistrer vos modifications comme une nouvelle offre (copie en brouillon) ? "
        "L'offre modifiée ailleurs reste telle quelle. Sinon, vos modifications restent dans "
        "l'éditeur, non enregistrées.",
    ).format(user_message(exc))
    return dialogs.confirm(
        parent, QCoreApplication.translate("OfferEditor", "Offre modifiée ailleurs"), question
    )


def as_new_draft(draft: OfferDraft) -> OfferDraft:
    """The edited offer as a new, never stored draft (a new number is given on saving)."""
    return dataclasses.replace(
        draft, offer_id=None, number="", revision=1, status=OfferStatus.DRAFT, version=None
    )
