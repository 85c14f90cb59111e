"""desktop.os_errors: the one OSError explainer, for the commands and the services alike."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from desktop.domain.messages import msg
from desktop.os_errors import os_reason
from desktop.services.catalogue_file import CatalogueFileError, parse_catalogue_file


@pytest.mark.parametrize(
    ("exc", "expected"),
    [
        (FileNotFoundError(errno.ENOENT, "No such file"), msg("os.not_found")),
        (PermissionError(errno.EACCES, "Permission denied"), msg("os.permission")),
        (IsADirectoryError(errno.EISDIR, "Is a directory"), msg("os.is_a_directory")),
        (NotADirectoryError(errno.ENOTDIR, "Not a directory"), msg("os.not_a_directory")),
        (OSError(errno.ENOSPC, "No space left on device"), msg("os.disk_full")),
        (OSError(errno.EIO, "Input/output error"), msg("os.other", reason="Input/output error")),
    ],
)
def test_each_case_a_user_can_fix_is_its_own_message(exc: OSError, expected: object) -> None:
    assert os_reason(exc) == expected


def test_the_catalogue_import_says_it_the_same_way(tmp_path: Path) -> None:
    missing = tmp_path / "absent.csv"
    with pytest.raises(CatalogueFileError) as caught:
        parse_catalogue_file(missing)
    assert caught.value.reason == os_reason(FileNotFoundError(errno.ENOENT, "x"))
