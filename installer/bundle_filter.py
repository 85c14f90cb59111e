"""What the frozen bundle leaves out: Qt modules' libraries, plugins and translations the
application does not use, Babel locales it never formats in, ReportLab's own fonts.

installer/offerdesk.spec filters PyInstaller's TOCs with `lean`; tests/installer checks the
patterns against known paths (PySide6 wheel layouts for Linux, Windows and macOS).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import TypeVar

# Bundle entries to drop, matched against the destination path with '/' separators.
_QT = r"PySide6/(?:Qt/)?"
DROP = [
    # Plugins the application does not use.
    _QT + r"plugins/(?:egldeviceintegrations|generic|qmltooling|virtualkeyboard|sqldrivers|multimedia"
    r"|position|sensors|texttospeech|webview|canbus|geoservices|renderers|sceneparsers|assetimporters"
    r"|geometryloaders|renderplugins|designer|networkinformation|tls|scxmldatamodel|qmllint|qmlls"
    r"|wayland-graphics-integration-server|vectorimageformats"
    # OpenGL on X11: the application paints with the raster engine (no QOpenGLWidget, no Quick).
    r"|xcbglintegrations)/",
    _QT + r"plugins/platforms/(?:lib)?q(?:eglfs|linuxfb|minimal|minimalegl|vnc|vkkhrdisplay|direct2d)\b",
    _QT + r"plugins/platformthemes/(?:lib)?qgtk3\b",
    _QT + r"plugins/platforminputcontexts/(?:lib)?qtvirtualkeyboardplugin\b",
    _QT + r"plugins/imageformats/(?:lib)?q(?:gif|icns|pdf|tga|tiff|wbmp|webp)\b",
    # Qt libraries only those plugins or modules need (Linux .so, Windows .dll, macOS frameworks).
    r"(?:^|/)(?:lib)?Qt6?(?:Quick|Qml|VirtualKeyboard|WebEngine|WebChannel|WebSockets|WebView|3D"
    r"|Multimedia|SpatialAudio|ShaderTools|Designer|Graphs|Charts|DataVisualization|Location"
    r"|Positioning|Sensors|TextToSpeech|Sql|Test|LabsStyleKit|WaylandCompositor|Bluetooth|Nfc"
    r"|HttpServer|RemoteObjects|Scxml|StateMachine|CanvasPainter)",
    r"(?:^|/)(?:lib)?(?:avcodec|avformat|avutil|swresample|swscale)[.-]",
    r"(?:^|/)opengl32sw\.dll$",  # Windows software OpenGL: a widgets application does not need it
    # Qt's own translations except French, German and English (Luxembourg's languages).
    _QT + r"translations/(?!(?:qt|qtbase)_(?:fr|de|en)\.qm$)",
    # Babel's CLDR data: only the locales the documents and the UI format in (and their parents).
    r"babel/locale-data/(?!(?:root|fr|fr_LU|de|de_LU|lb|lb_LU|en|en_001|en_150|en_GB)\.dat$)",
    # python-stdnum's lookup tables for numbers OfferDesk never checks (MAC addresses, IMSI,
    # ISBN, Chinese/Austrian/Indonesian places, NACE...): VAT numbers and IBANs need none of these.
    r"stdnum/(?:oui|imsi|cfi|gs1_ai|isbn|isil)\.dat$",
    r"stdnum/(?:cn|at|nz|id|my)/[^/]+\.dat$",
    r"stdnum/eu/nace\d*\.dat$",
    # ReportLab's own Type 1 / Vera fonts: the documents embed resources/fonts (DejaVu).
    r"reportlab/fonts/",
    # The translations' sources: the bundle reads the compiled offerdesk_<lang>.qm and
    # messages_<lang>.mo (installer/translations.py compile runs before the bundle).
    r"^resources/translations/(?:messages/|[^/]+\.ts$)",
]
_DROP = re.compile("|".join(f"(?:{pattern})" for pattern in DROP))


Entry = TypeVar("Entry", bound=tuple[str, ...])


def dropped(dest: str) -> bool:
    """True when the bundle path `dest` (as PyInstaller names it) is left out."""
    return _DROP.search(dest.replace("\\", "/")) is not None


def lean(toc: Iterable[Entry]) -> list[Entry]:
    """The TOC without the entries DROP matches."""
    return [entry for entry in toc if not dropped(entry[0])]


# Linux: shared libraries PyInstaller copies from the build machine's system folders. The
# .deb takes them from the distribution instead (its Depends is computed from what the
# bundle links to), which keeps the bundle lean and avoids shipping a stale fontconfig,
# glib or CUPS stack next to the user's own.
SYSTEM_LIBRARY_DIRS = ("/lib/", "/lib64/", "/usr/lib/", "/usr/lib64/")


def from_system(source: str) -> bool:
    """True for a library file installed by the distribution (not Python's, not a wheel's)."""
    import os

    real = os.path.realpath(source)
    return real.startswith(SYSTEM_LIBRARY_DIRS) and "site-packages" not in real


def without_system_libraries(binaries: Iterable[Entry]) -> list[Entry]:
    """Linux: the TOC without distribution-provided shared libraries (kept: Python, wheels)."""
    return [entry for entry in binaries if not (entry[2] == "BINARY" and from_system(entry[1]))]


def _base(name: str) -> str:
    return name.replace("\\", "/").rsplit("/", 1)[-1].lower()


def _link_target(entry: Entry) -> str:
    """Destination a SYMLINK entry points to (its second field is relative to its folder)."""
    import posixpath

    dest = entry[0].replace("\\", "/")
    return posixpath.normpath(posixpath.join(posixpath.dirname(dest), entry[1].replace("\\", "/")))


def without_dangling_links(toc: Iterable[Entry]) -> list[Entry]:
    entries = list(toc)
    present = {entry[0].replace("\\", "/") for entry in entries if entry[2] != "SYMLINK"}
    return [entry for entry in entries if entry[2] != "SYMLINK" or _link_target(entry) in present]


def _is_root(entry: Entry) -> bool:
    dest = entry[0].replace("\\", "/")
    return entry[2] == "EXTENSION" or "/plugins/" in dest or _base(dest).startswith(("libpython", "python3"))


def prune_unreachable(binaries: Iterable[Entry], imports_of: Callable[[str], Iterable[str]]) -> list[Entry]:
    """The TOC without shared libraries nothing kept links to any more.

    Roots are Python extension modules, Qt plugins and the Python library; `imports_of(src)`
    names what a binary links to (PyInstaller's bindepend.get_imports). Filtering plugins out
    (gtk3 theme, eglfs...) leaves their own dependencies behind: this drops them too.
    """
    entries = list(binaries)
    by_name: dict[str, list[int]] = {}
    by_dest: dict[str, int] = {}
    for index, entry in enumerate(entries):
        by_name.setdefault(_base(entry[0]), []).append(index)
        by_dest[entry[0].replace("\\", "/")] = index
    reached: set[int] = set()
    stack = [index for index, entry in enumerate(entries) if _is_root(entry)]
    while stack:
        index = stack.pop()
        if index in reached:
            continue
        reached.add(index)
        entry = entries[index]
        if entry[2] == "SYMLINK":
            target = by_dest.get(_link_target(entry))
            if target is not None:
                stack.append(target)
            continue
        for name in imports_of(entry[1]):
            stack.extend(by_name.get(_base(name), []))
    kept = [
        entry
        for index, entry in enumerate(entries)
        if index in reached or entry[2] not in ("BINARY", "SYMLINK")
    ]
    return without_dangling_links(kept)
