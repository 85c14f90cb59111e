"""desktop.os_errors: the one OSError explainer, for the commands and the services alike."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop.os_errors import os_reason
from desktop.services.catalogue_file import CatalogueFileError, parse_catalogue_file


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file"), "n'existe pas (vérifiez le chemin)"),
        (PermissionError(errno.EACCES, "Permission denied"), "accès refusé"),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), "c'est un dossier, pas un fichier"),
        (NotADirectoryError(errno.ENOTDIR, "Not a directory"), "une partie du chemin n'est pas un dossier"),
        (OSError(errno.ENOSPC, "No space left on device"), "le disque est plein"),
        (OSError(errno.EIO, "Input/output error"), "erreur du système (Input/output error)"),
    ],
)
def test_each_case_a_user_can_fix_is_said_in_french(exc: OSError, expected: str) -> None:
    assert expected in os_reason(exc)


def test_the_catalogue_import_says_it_the_same_way(tmp_path: Path) -> None:
    missing = tmp_path / "absent.csv"
    with pytest.raises(CatalogueFileError) as caught:
        parse_catalogue_file(missing)
    assert os_reason(FileNotFoundError(errno.ENOENT, "x")) in str(caught.value)
