"""The CUPS path: the sealed demo pack goes to a real (private) CUPS scheduler byte for byte.

The test run starts its own cupsd (tests/cupsserver.py: own folders, a Unix socket only, a
raw queue whose backend writes each job into the test folder) and stops it at the end.
Skipped only where cupsd is not installed and CI is not set.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QWidget

from desktop.cli import main
from desktop.domain.messages import msg
from desktop.services import printing as cups
from desktop.ui.signing.print_dialog import CupsChoice, CupsPrintDialog, CupsRequest
from desktop.ui.signing.printing import forget_printers, prefetch_printers, print_pack
from tests.cupsserver import PRINTER, CupsServer, cupsd_available
from tests.ui.signing.fakes import ScriptedDialogs

pytestmark = pytest.mark.skipif(
    not cupsd_available() and not os.environ.get("CI"), reason="cupsd is not installed (tests/sysdeps.sh)"
)


@pytest.fixture(scope="module")
def sealed_pack(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    folder = tmp_path_factory.mktemp("demo")
    assert main(["demo", "-o", str(folder)]) == 0
    [pack] = list(folder.glob("OF-*-r1.pdf"))
    return pack.read_bytes()


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[CupsServer]:
    with CupsServer(tmp_path_factory.mktemp("cups")) as running:
        yield running


@pytest.fixture
def cups_env(server: CupsServer, monkeypatch: pytest.MonkeyPatch) -> Iterator[CupsServer]:
    for name, value in server.env.items():
        monkeypatch.setenv(name, value)
    for old in server.out.iterdir():
        old.unlink()
    forget_printers()
    yield server
    forget_printers()  # later tests must not see this scheduler's printers


def test_the_private_printer_is_listed_as_the_default(cups_env: CupsServer) -> None:
    assert cups.cups_available()
    assert cups.list_printers() == cups.CupsPrinters((PRINTER,), PRINTER)


def test_two_copies_two_sided_reach_the_printer_as_the_sealed_bytes(
    qtbot, cups_env: CupsServer, sealed_pack: bytes
) -> None:
    dialogs = ScriptedDialogs()
    dialogs.cups_choice = CupsChoice(PRINTER, copies=2, two_sided=True, first_page=1, last_page=7)
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    job = print_pack(
        parent, sealed_pack, 2, title="OF-2026-JDU-0001-r1.pdf", dialogs=dialogs, on_done=seen.append
    )

    assert job is not None
    assert job.outcome is not None
    assert job.outcome.ok
    assert job.outcome.job_id.startswith(f"{PRINTER}-")
    assert seen == [job.outcome]
    assert job.outcome.message == f"Impression envoyée sur « {PRINTER} » : 2 exemplaire(s) de 7 page(s)."
    [request] = dialogs.cups_requests
    assert request == CupsRequest(
        title="OF-2026-JDU-0001-r1.pdf", page_count=7, copies=2, printers=(PRINTER,), default=PRINTER
    )
    [received] = cups_env.wait_for_job(1)
    assert received.copies == 2
    assert received.options["sides"] == "two-sided-long-edge"
    assert "collate" in received.options  # CUPS passes a true boolean option by its bare name
    assert received.title == "OF-2026-JDU-0001-r1.pdf"
    assert received.data == sealed_pack  # byte for byte what was signed
    assert "page-ranges" not in received.options


def test_a_page_range_and_one_sided_are_job_options(cups_env: CupsServer, sealed_pack: bytes) -> None:
    job = cups.submit(sealed_pack, PRINTER, 1, two_sided=False, first_page=2, last_page=3, page_count=7)
    assert job.job_id.startswith(f"{PRINTER}-")
    [received] = cups_env.wait_for_job(1)
    assert received.copies == 1
    assert received.options["sides"] == "one-sided"
    assert received.options["page-ranges"] == "2-3"
    assert received.data == sealed_pack


def test_an_unknown_printer_is_reported_in_french(qtbot, cups_env: CupsServer, sealed_pack: bytes) -> None:
    dialogs = ScriptedDialogs()
    dialogs.cups_choice = CupsChoice("bureau-disparu", copies=2, two_sided=True, first_page=1, last_page=7)
    parent = QWidget()
    qtbot.addWidget(parent)
    job = print_pack(parent, sealed_pack, 2, dialogs=dialogs)
    assert job is not None
    assert job.outcome is not None
    assert not job.outcome.ok
    assert job.outcome.error.startswith("L'imprimante « bureau-disparu » a refusé le document")
    assert "Traceback" not in job.outcome.error
    assert list(cups_env.out.glob("job-*")) == []


def test_cancelling_the_printer_dialog_prints_nothing(
    qtbot, cups_env: CupsServer, sealed_pack: bytes
) -> None:
    dialogs = ScriptedDialogs()  # cups_choice None: the user pressed Annuler
    assert print_pack(None, sealed_pack, 2, dialogs=dialogs) is None
    assert len(dialogs.cups_requests) == 1
    assert list(cups_env.out.glob("job-*")) == []


def test_bad_page_ranges_are_refused_before_anything_is_sent() -> None:
    with pytest.raises(cups.CupsError) as pages:
        cups.lp_arguments("p", 2, two_sided=True, first_page=3, last_page=9, page_count=7, title="")
    assert pages.value.message == msg("offers.print.page_range", page_count=7, first_page=3, last_page=9)
    with pytest.raises(cups.CupsError) as copies:
        cups.lp_arguments("p", 0, two_sided=True, first_page=1, last_page=7, page_count=7, title="")
    assert copies.value.message == msg("offers.print.copies_minimum")


def test_the_cups_dialog_is_preset_to_two_copies_pages_1_to_n(qtbot, screens_dir: Path) -> None:
    request = CupsRequest(
        title="OF-2026-JDU-0001-r1.pdf", page_count=7, copies=2, printers=("a", PRINTER), default=PRINTER
    )
    dialog = CupsPrintDialog(request)
    qtbot.addWidget(dialog)
    assert dialog.choice() == CupsChoice(PRINTER, copies=2, two_sided=True, first_page=1, last_page=7)
    assert dialog.last_page.maximum() == 7
    dialog.first_page.setValue(5)
    dialog.last_page.setValue(3)  # never a range that ends before it starts
    assert (dialog.first_page.value(), dialog.last_page.value()) == (3, 3)
    dialog.first_page.setValue(1)
    dialog.last_page.setValue(7)
    dialog.show()
    dialog.grab().save(str(screens_dir / "print-cups-dialog.png"))


def test_a_prefetched_printer_list_is_used_without_asking_cups_again(
    qtbot, cups_env: CupsServer, sealed_pack: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    prefetch_printers()  # signing mode does this when it opens
    asked = []
    monkeypatch.setattr(cups, "PrinterListing", lambda: asked.append(1))
    dialogs = ScriptedDialogs()
    dialogs.cups_choice = CupsChoice(PRINTER, copies=2, two_sided=True, first_page=1, last_page=7)
    job = print_pack(None, sealed_pack, 2, dialogs=dialogs)
    assert job is not None
    assert job.outcome is not None
    assert job.outcome.ok
    assert asked == []
    assert dialogs.cups_requests[0].printers == (PRINTER,)
