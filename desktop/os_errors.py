"""Why the system refused a file operation, in French, for the cases a user can fix: the one
explainer of OSError the commands and the services use (a message names the path itself)."""

from __future__ import annotations

import errno


def os_reason(exc: OSError) -> str:
    """e.g. "accès refusé (droits insuffisants)"; the system's own words for the rest."""
    if isinstance(exc, FileNotFoundError):
        return "le fichier ou le dossier n'existe pas (vérifiez le chemin)"
    if isinstance(exc, PermissionError):
        return "accès refusé (droits insuffisants)"
    if isinstance(exc, IsADirectoryError):
        return "c'est un dossier, pas un fichier"
    if isinstance(exc, NotADirectoryError):
        return "une partie du chemin n'est pas un dossier"
    if exc.errno == errno.ENOSPC:
        return "le disque est plein"
    return f"erreur du système ({exc.strerror or exc})"
