"""What the frozen bundle leaves out: Qt modules' libraries, plugins and translations the
application does not use, Babel locales it never formats in, ReportLab's own fonts.

installer/offerdesk.spec filters PyInstaller's TOCs with `lean`; tests/installer checks the
patterns against known paths (PySide6 wheel layouts for Linux, Windows and macOS).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import TypeVar

# Bundle entries to drop, matched against the destination path with '/' separators.
_QT = r"PySide6/(?:Qt/)?"
DROP = [
    # Plugins the application does not use.
    _QT + r"plugins/(?:egldeviceintegrations|generic|qmltooling|virtualkeyboard|sqldrivers|multimedia"
    r"|position|sensors|texttospeech|webview|canbus|geoservices|renderers|sceneparsers|assetimporters"
    r"|geometryloaders|renderplugins|designer|networkinformation|tls|scxmldatamodel|qmllint|qmlls"
    r"|wayland-graphics-integration-server|vectorimageformats)/",
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
    # Babel's CLDR data: only the locales the documents and the UI format in.
    r"babel/locale-data/(?!(?:root|fr|de|en|lb)(?:_[A-Za-z0-9_]+)?\.dat$)",
    # ReportLab's own Type 1 / Vera fonts: the documents embed resources/fonts (DejaVu).
    r"reportlab/fonts/",
]
_DROP = re.compile("|".join(f"(?:{pattern})" for pattern in DROP))


Entry = TypeVar("Entry", bound=tuple[str, ...])


def dropped(dest: str) -> bool:
    """True when the bundle path `dest` (as PyInstaller names it) is left out."""
    return _DROP.search(dest.replace("\\", "/")) is not None


def lean(toc: Iterable[Entry]) -> list[Entry]:
    """The TOC without the entries DROP matches."""
    return [entry for entry in toc if not dropped(entry[0])]
