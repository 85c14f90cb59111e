"""When Qt's xcb plugin cannot load, OfferDesk names the missing library and its Debian
package instead of Qt's abort ("Could not load the Qt platform plugin", naming xcb-cursor0)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from desktop.ui import platform_check
from desktop.ui.platform_check import missing_libraries, problem_text, uses_xcb


def test_xcb_is_what_qt_uses_on_an_x_desktop() -> None:
    assert uses_xcb({"DISPLAY": ":0"}, "linux")
    assert uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "xcb"}, "linux")
    assert not uses_xcb({"DISPLAY": ":0", "QT_QPA_PLATFORM": "offscreen"}, "linux")
    assert not uses_xcb({"WAYLAND_DISPLAY": "wayland-0"}, "linux")
    assert not uses_xcb({}, "linux")
    assert not uses_xcb({"DISPLAY": ":0"}, "win32")


def test_a_missing_library_is_named_with_its_debian_package(tmp_path: Path) -> None:
    table = {"libxcb.so.1": "libxcb1", "libxcb-nothere.so.9": "libxcb-nothere9"}
    missing = missing_libraries(table)
    assert missing == ["libxcb-nothere.so.9 (paquet Debian libxcb-nothere9)"]
    text = problem_text(missing)
    assert "libxcb-nothere.so.9" in text
    assert "sudo apt-get install libxcb-nothere9" in text
    assert "make run" in text


def test_a_plugin_that_does_not_load_names_its_missing_library(tmp_path: Path) -> None:
    plugin = tmp_path / "libqxcb.so"
    plugin.write_bytes(b"not a library")
    (problem,) = missing_libraries({}, plugin)
    assert "libqxcb.so" in problem


def test_the_application_prints_the_message_and_exits_instead_of_aborting(
    tmp_path: Path, monkeypatch
) -> None:
    """A start with one library missing: exit 1 with the message (no Qt abort, no traceback)."""
    script = (
        "import sys\n"
        "from desktop.ui import platform_check\n"
        "table = platform_check.XCB_LIBRARIES\n"
        "platform_check.XCB_LIBRARIES = {**table, 'libxcb-gone.so.7': 'libxcb-gone7'}\n"
        "from desktop.ui.app import make_application\n"
        "make_application(['offerdesk'])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "QT_QPA_PLATFORM"}
    env["DISPLAY"] = ":404"  # never reached: the check comes first
    done = subprocess.run([sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=60)
    assert done.returncode == 1, done.stderr
    assert "libxcb-gone.so.7 (paquet Debian libxcb-gone7)" in done.stderr
    assert "Traceback" not in done.stderr
    assert platform_check.check_platform({"QT_QPA_PLATFORM": "offscreen"}) == ""
