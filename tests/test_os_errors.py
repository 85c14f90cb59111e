"""desktop.os_errors: the one OSError explainer, for the commands and the services alike."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop.os_errors import os_reason
from desktop.services.catalogue_file import CatalogueFileError, parse_catalogue_file


@pytest.mark.parametrize(
    ("exc", "expected", "french", "german"),
    [
        (
            FileNotFoundError(errno.ENOENT, "No such file"),
            "system.os.not_found",
            "n'existe pas (vérifiez le chemin)",
            "existiert nicht",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "system.os.permission",
            "accès refusé",
            "Zugriff verweigert",
        ),
        (
            IsADirectoryError(errno.EISDIR, "Is a directory"),
            "system.os.is_a_directory",
            "c'est un dossier, pas un fichier",
            "ein Ordner",
        ),
        (
            NotADirectoryError(errno.ENOTDIR, "Not a directory"),
            "system.os.not_a_directory",
            "une partie du chemin n'est pas un dossier",
            "kein Ordner",
        ),
        (
            OSError(errno.ENOSPC, "No space left on device"),
            "system.os.disk_full",
            "le disque est plein",
            "Datenträger ist voll",
        ),
        (
            OSError(errno.EIO, "Input/output error"),
            "system.os.other",
            "erreur du système (Input/output error)",
            "Systemfehler (Input/output error)",
        ),
    ],
)
def test_each_case_a_user_can_fix_is_said_in_the_readers_language(
    exc: OSError, expected: str, french: str, german: str
) -> None:
    reason = os_reason(exc)
    assert reason.id == expected
    assert french in reason.text("fr")
    assert german in reason.text("de")


def test_the_catalogue_import_says_it_the_same_way(tmp_path: Path) -> None:
    missing = tmp_path / "absent.csv"
    with pytest.raises(CatalogueFileError) as caught:
        parse_catalogue_file(missing)
    assert os_reason(FileNotFoundError(errno.ENOENT, "x")).text() in str(caught.value)
