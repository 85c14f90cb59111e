"""Printing through CUPS (Linux, macOS): the sealed PDF itself goes to the printer.

Where the CUPS clients `lp` and `lpstat` are on the PATH, a pack is printed by handing its
bytes to `lp` with the copy count, two-sided printing and the page range as job options:
what prints is byte for byte what was signed, the spool holds the PDF once (about 120 KB for
the 7-page pack, whatever the number of copies) and `lp` returns as soon as the scheduler
has the job. Elsewhere (Windows) the UI renders the pages itself (desktop.ui.signing.printing).

The scheduler is the one the CUPS clients use: the system's, or `CUPS_SERVER` (tests start
a private one). No Qt here.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from dataclasses import dataclass

from desktop.domain.messages import MessageError, msg

TIMEOUT_S = 20.0  # a scheduler that does not answer within this is reported, not waited for
SIDES_TWO_SIDED = "two-sided-long-edge"
SIDES_ONE_SIDED = "one-sided"

_REQUEST_ID = re.compile(r"request id is (\S+)")
_DEFAULT = re.compile(r"system default destination: (\S+)")


class CupsError(MessageError):
    """The print job could not be handed to CUPS; `message` says why, str() is it for the user."""


@dataclass(frozen=True)
class CupsPrinters:
    names: tuple[str, ...]
    default: str | None


@dataclass(frozen=True)
class CupsJob:
    job_id: str  # e.g. "bureau-12", as `lpstat -o` lists it
    printer: str
    copies: int
    two_sided: bool
    first_page: int
    last_page: int


def cups_available() -> bool:
    """True where the CUPS clients are installed (Linux, macOS), whatever the printers."""
    return shutil.which("lp") is not None and shutil.which("lpstat") is not None


def _env() -> dict[str, str]:
    return dict(os.environ, LC_ALL="C", LANG="C")  # the messages parsed below are the English ones


def _run(args: list[str], stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(args, input=stdin, capture_output=True, env=_env(), timeout=TIMEOUT_S, check=False)


def _parse_printers(output: str) -> CupsPrinters:
    """`lpstat -d -e`: the default destination line, then one destination per line."""
    names: list[str] = []
    default = None
    for line in output.splitlines():
        found = _DEFAULT.search(line)
        if found:
            default = found.group(1)
        elif line.strip() and "default destination" not in line:
            names.append(line.strip())
    return CupsPrinters(tuple(names), default if default in names else None)


class PrinterListing:
    """`lpstat` started at once in the background: `result()` waits for its answer, so the
    caller can do something else meanwhile (load the PDF)."""

    def __init__(self) -> None:
        self._result: CupsPrinters | None = None
        try:
            self._process: subprocess.Popen[bytes] | None = subprocess.Popen(
                ["lpstat", "-d", "-e"], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=_env()
            )
        except OSError:
            self._process = None

    def result(self) -> CupsPrinters:
        if self._result is None:
            self._result = self._wait()
        return self._result

    def _wait(self) -> CupsPrinters:
        if self._process is None:
            return CupsPrinters((), None)
        try:
            output, _ = self._process.communicate(timeout=TIMEOUT_S)
        except subprocess.TimeoutExpired:
            self._process.kill()
            self._process.communicate()
            return CupsPrinters((), None)
        if self._process.returncode != 0:
            return CupsPrinters((), None)
        return _parse_printers(output.decode("utf-8", "replace"))


def list_printers() -> CupsPrinters:
    """The CUPS destinations and the default one; none when no scheduler runs."""
    return PrinterListing().result()


def lp_arguments(
    printer: str,
    copies: int,
    *,
    two_sided: bool,
    first_page: int,
    last_page: int,
    page_count: int,
    title: str,
) -> list[str]:
    """The `lp` command line: the PDF comes on standard input."""
    if copies < 1:
        raise CupsError(msg("offers.print.copies_minimum"))
    if not 1 <= first_page <= last_page <= page_count:
        raise CupsError(
            msg("offers.print.page_range", page_count=page_count, first_page=first_page, last_page=last_page)
        )
    args = ["lp", "-d", printer, "-n", str(copies)]
    args += ["-o", f"sides={SIDES_TWO_SIDED if two_sided else SIDES_ONE_SIDED}"]
    if copies > 1:
        args += ["-o", "collate=true"]  # 1-2-…-7, 1-2-…-7: one whole pack per person
    if (first_page, last_page) != (1, page_count):
        args += ["-P", f"{first_page}-{last_page}"]
    if title:
        args += ["-t", title]
    return [*args, "--", "-"]


def submit(
    pdf: bytes,
    printer: str,
    copies: int,
    *,
    two_sided: bool = True,
    first_page: int = 1,
    last_page: int | None = None,
    page_count: int,
    title: str = "",
) -> CupsJob:
    """Hand the PDF to CUPS; returns once the scheduler holds the job (it prints on its own)."""
    last = page_count if last_page is None else last_page
    args = lp_arguments(
        printer,
        copies,
        two_sided=two_sided,
        first_page=first_page,
        last_page=last,
        page_count=page_count,
        title=title,
    )
    try:
        done = _run(args, stdin=pdf)
    except subprocess.TimeoutExpired as exc:
        raise CupsError(msg("offers.print.cups_timeout")) from exc
    except OSError as exc:
        raise CupsError(msg("offers.print.lp_failed", reason=str(exc.strerror or exc))) from exc
    reason = (done.stderr or done.stdout).decode("utf-8", "replace").strip()
    if done.returncode != 0:
        raise CupsError(
            msg("offers.print.refused", printer=printer, reason=reason or msg("offers.print.unknown_reason"))
        )
    found = _REQUEST_ID.search(done.stdout.decode("utf-8", "replace"))
    return CupsJob(
        job_id=found.group(1) if found else "",
        printer=printer,
        copies=copies,
        two_sided=two_sided,
        first_page=first_page,
        last_page=last,
    )
