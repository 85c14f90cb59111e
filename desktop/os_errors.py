"""Why the system refused a file operation, for the cases a user can fix: the one explainer of
OSError the commands and the services use (a message names the path itself). A catalogue
message, rendered in the reader's language with the sentence it fills."""

from __future__ import annotations

import errno

from desktop.domain.messages import Message, msg


def os_reason(exc: OSError) -> Message:
    """e.g. "accès refusé (droits insuffisants)"; the system's own words for the rest."""
    if isinstance(exc, FileNotFoundError):
        return msg("os.not_found")
    if isinstance(exc, PermissionError):
        return msg("os.permission")
    if isinstance(exc, IsADirectoryError):
        return msg("os.is_a_directory")
    if isinstance(exc, NotADirectoryError):
        return msg("os.not_a_directory")
    if exc.errno == errno.ENOSPC:
        return msg("os.disk_full")
    return msg("os.other", reason=exc.strerror or str(exc))
