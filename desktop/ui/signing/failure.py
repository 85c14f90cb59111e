"""Why a signature did not go through, in French, for the person at the screen: the field
named in words, never a traceback (unexpected errors are logged and the log named)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import DomainError, FieldError
from desktop.logs import log_exception
from desktop.services.errors import StoreError


def _tr(text: str) -> str:
    return QCoreApplication.translate("SigningDialog", text)


def failure_text(exc: Exception) -> str:
    keep = _tr(
        "L'offre n'est pas signée et tout ce qui a été saisi reste à l'écran : "
        "corrigez puis confirmez à nouveau."
    )
    if isinstance(exc, FieldError):
        labels = {
            "place": _tr("lieu de signature"),
            "client.signer_name": _tr("nom du signataire"),
            "client.signature": _tr("signature du client"),
            "representative.signer_name": _tr("nom du représentant"),
            "representative.signature": _tr("signature du représentant"),
            "client_size": _tr("taille de l'entreprise"),
        }
        what = labels.get(exc.field, exc.field)
        reason = str(exc.message)
        message = reason[:1].upper() + reason[1:]
        return f"{message} ({what}).\n\n{keep}"
    if isinstance(exc, (StoreError, DomainError)):
        return f"{exc}\n\n{keep}"
    if isinstance(exc, OSError) and exc.strerror:
        log_exception("signing an offer")
        disk = _tr("Écriture impossible sur le disque : {reason}.").format(reason=exc.strerror)
        return f"{disk}\n\n{keep}"
    path = log_exception("signing an offer")
    return _tr("Erreur interne pendant la signature (détails dans {path}).").format(path=path) + f"\n\n{keep}"
