"""Render the application icon (resources/icons/offerdesk.svg) for every platform.

Writes, under an output folder (default build/icons):
- hicolor/<N>x<N>/apps/offerdesk.png for the freedesktop icon theme, plus scalable/apps/offerdesk.svg;
- offerdesk.ico (Windows: PNG-compressed entries 16..256 px, the format Windows Vista+ reads);
- offerdesk.icns (macOS: PNG entries 16..1024 px).
Rendered with Qt's own SVG renderer, offline. Run: `.venv/bin/python installer/icons.py [OUT]`.
"""

from __future__ import annotations

import os
import shutil
import struct
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SVG = ROOT / "resources" / "icons" / "offerdesk.svg"
HICOLOR_SIZES = (16, 22, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS entry types holding PNG data, by pixel size (icp4/icp5 need macOS 10.7+; fine today).
ICNS_TYPES = ((16, b"icp4"), (32, b"icp5"), (64, b"icp6"), (128, b"ic07"), (256, b"ic08"), (512, b"ic09"),
              (1024, b"ic10"))  # fmt: skip


def render_png(svg: Path, size: int) -> bytes:
    """The SVG rendered at size x size pixels, as PNG bytes (transparent background)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise ValueError(f"{svg}: not a valid SVG file")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # PySide6 takes str here
        raise RuntimeError(f"could not encode the {size} px icon as PNG")
    buffer.close()
    return bytes(data.data())


def ico_bytes(pngs: dict[int, bytes]) -> bytes:
    """A Windows .ico holding one PNG-compressed 32-bit image per size."""
    sizes = sorted(pngs)
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = [], []
    for size in sizes:
        blob = pngs[size]
        edge = 0 if size >= 256 else size  # 0 means 256 in an ICONDIRENTRY
        entries.append(struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(blob), offset))
        blobs.append(blob)
        offset += len(blob)
    return header + b"".join(entries) + b"".join(blobs)


def icns_bytes(pngs: dict[int, bytes]) -> bytes:
    """A macOS .icns holding PNG entries."""
    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for size, kind in ICNS_TYPES)
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def _write(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def build_icons(out: Path, svg: Path = SVG) -> dict[str, Path]:
    """Render every icon under `out`; returns {"hicolor": dir, "ico": file, "icns": file}."""
    sizes = sorted(set(HICOLOR_SIZES) | set(ICO_SIZES) | {size for size, _ in ICNS_TYPES})
    pngs = {size: render_png(svg, size) for size in sizes}
    hicolor = out / "hicolor"
    for size in HICOLOR_SIZES:
        _write(hicolor / f"{size}x{size}" / "apps" / "offerdesk.png", pngs[size])
    scalable = hicolor / "scalable" / "apps" / "offerdesk.svg"
    scalable.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(svg, scalable)
    ico = out / "offerdesk.ico"
    _write(ico, ico_bytes({size: pngs[size] for size in ICO_SIZES}))
    icns = out / "offerdesk.icns"
    _write(icns, icns_bytes(pngs))
    return {"hicolor": hicolor, "ico": ico, "icns": icns}


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "build" / "icons"
    for name, path in build_icons(target).items():
        print(f"{name}: {path}")
