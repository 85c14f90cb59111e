"""Before Qt starts on X11: are the xcb libraries its platform plugin needs there?

Without one of them Qt prints "Could not load the Qt platform plugin "xcb"" (naming
xcb-cursor0 whatever is missing) and aborts. OfferDesk says instead which library is missing,
which Debian package provides it and how to install it (`make run` installs them itself;
tests/sysdeps.sh keeps the same list).
"""

from __future__ import annotations

import ctypes
import os
import sys
from collections.abc import Mapping
from pathlib import Path

# library the xcb plugin links -> Debian package (tests/sysdeps.sh installs the same ones)
XCB_LIBRARIES: Mapping[str, str] = {
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libfontconfig.so.1": "libfontconfig1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
}


def uses_xcb(environ: Mapping[str, str] = os.environ, platform: str = sys.platform) -> bool:
    """True when Qt will pick its X11 (xcb) platform plugin."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "").split(":", 1)[0]
    if chosen:
        return chosen == "xcb"
    if environ.get("WAYLAND_DISPLAY") and not environ.get("DISPLAY"):
        return False
    return bool(environ.get("DISPLAY"))


def _loads(name: str) -> str:
    """'' when the library loads, else the loader's message."""
    try:
        ctypes.CDLL(name)
    except OSError as exc:
        return str(exc)
    return ""


def missing_libraries(libraries: Mapping[str, str] = XCB_LIBRARIES, plugin: Path | None = None) -> list[str]:
    """The libraries that do not load, as 'library (Debian package)'; the plugin itself is
    tried last, so that a library this table does not know is named too."""
    missing = [f"{name} (paquet Debian {package})" for name, package in libraries.items() if _loads(name)]
    if not missing and plugin is not None and plugin.is_file():
        problem = _loads(str(plugin))
        if problem:
            name = problem.split(":", 1)[0].strip()
            missing.append(f"{name} (bibliothèque demandée par {plugin.name})")
    return missing


def xcb_plugin() -> Path | None:
    import PySide6

    path = Path(PySide6.__file__).parent / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    return path if path.is_file() else None


def problem_text(missing: list[str]) -> str:
    packages = [m.split("paquet Debian ", 1)[1].rstrip(")") for m in missing if "paquet Debian " in m]
    lines = [
        "OfferDesk ne peut pas ouvrir sa fenêtre : il manque à Qt des bibliothèques X11 (xcb) :",
        *(f"  - {m}" for m in missing),
    ]
    if packages:
        lines.append(f"Installez-les : sudo apt-get install {' '.join(packages)}")
    lines.append(
        "(« make run » les installe lui-même ; ou QT_QPA_PLATFORM=offscreen pour un essai sans écran.)"
    )
    return "\n".join(lines)


def check_platform(environ: Mapping[str, str] = os.environ) -> str:
    """'' when Qt can start here; else the message to print instead of Qt's abort."""
    if not uses_xcb(environ):
        return ""
    missing = missing_libraries(XCB_LIBRARIES, plugin=xcb_plugin())
    return problem_text(missing) if missing else ""
