"""Why a signature did not go through, in the interface's language, for the person at the screen: the field
named in words, never a traceback (unexpected errors are logged and the log named)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from desktop.domain.errors import DomainError, FieldError
from desktop.logs import log_exception
from desktop.os_errors import os_reason
from desktop.services.errors import StoreError
from desktop.ui.error_text import field_in_sentence


def failure_text(exc: Exception) -> str:
    keep = QCoreApplication.translate(
        "SigningDialog",
        "L'offre n'est pas signée et tout ce qui a été saisi reste à l'écran : "
        "corrigez puis confirmez à nouveau.",
    )
    if isinstance(exc, FieldError):
        what = (
            QCoreApplication.translate("SigningDialog", "acceptation")
            if exc.field == "acceptance"
            else field_in_sentence(exc.field)  # the same words as every other dialog's
        )
        reason = str(exc.message)
        message = reason[:1].upper() + reason[1:]
        return QCoreApplication.translate("SigningDialog", "{0} ({1}).").format(message, what) + f"\n\n{keep}"
    if isinstance(exc, (StoreError, DomainError)):
        return f"{exc}\n\n{keep}"
    if isinstance(exc, OSError) and exc.strerror:
        log_exception("signing an offer")
        disk = QCoreApplication.translate(
            "SigningDialog", "Écriture impossible sur le disque : {reason}."
        ).format(reason=os_reason(exc))  # in the interface's language, not the C library's
        return f"{disk}\n\n{keep}"
    path = log_exception("signing an offer")
    return (
        QCoreApplication.translate(
            "SigningDialog", "Erreur interne pendant la signature (détails dans {path})."
        ).format(path=path)
        + f"\n\n{keep}"
    )
