"""The installer's pieces that need no PyInstaller build: desktop entry, icons, bundle filter,
NSIS script (makensis -WX on a dummy payload), and the .deb layout (built from a stand-in
bundle). The frozen bundle itself is tested in test_frozen.py (make installer-test)."""

from __future__ import annotations

import importlib.util
import os
import re
import shutil
import struct
import subprocess
import sys
import tomllib
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]
INSTALLER = ROOT / "installer"
sys.path.insert(0, str(INSTALLER))

import bundle_filter  # noqa: E402  (installer/*.py)
import deb_package  # noqa: E402
import icons  # noqa: E402


def _load_build_script() -> ModuleType:
    """installer/build.py under its own name (a PyPI package is also called `build`)."""
    spec = importlib.util.spec_from_file_location("offerdesk_installer_build", INSTALLER / "build.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load_build_script()

# Rendering icons needs a Qt application: let it be pytest-qt's QApplication, so that a bare
# QGuiApplication made here never stands in for the one the widget tests need.
pytestmark = pytest.mark.usefixtures("qapp")

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]


def need(tool: str) -> str:
    """The tool's path; tests/sysdeps.sh installs it, so under CI its absence is a failure."""
    path = shutil.which(tool)
    if path is None:
        if os.environ.get("CI"):
            pytest.fail(f"{tool} is missing: tests/sysdeps.sh should have installed it")
        pytest.skip(f"{tool} not installed (make sysdeps)")
    return path


def test_desktop_entry_is_valid() -> None:
    tool = need("desktop-file-validate")
    entry = INSTALLER / "linux" / "offerdesk.desktop"
    result = subprocess.run([tool, str(entry)], capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert result.stdout.strip() == "", result.stdout  # no hints or warnings either
    lines = entry.read_text(encoding="utf-8").splitlines()
    fields = dict(line.split("=", 1) for line in lines if "=" in line)
    assert fields["Exec"] == "offerdesk"
    assert fields["Icon"] == "offerdesk"


def test_icons_render_to_every_size_and_container(tmp_path: Path) -> None:
    from PySide6.QtGui import QImage

    made = icons.build_icons(tmp_path)
    for size in icons.HICOLOR_SIZES:
        image = QImage(str(made["hicolor"] / f"{size}x{size}" / "apps" / "offerdesk.png"))
        assert (image.width(), image.height()) == (size, size)
        assert image.hasAlphaChannel()
        assert image.pixelColor(size // 2, size // 2).alpha() == 255  # drawn, not empty
    assert (made["hicolor"] / "scalable" / "apps" / "offerdesk.svg").is_file()

    ico = made["ico"].read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", ico)
    assert (reserved, kind, count) == (0, 1, len(icons.ICO_SIZES))
    edges = [ico[6 + 16 * i] or 256 for i in range(count)]
    assert edges == sorted(icons.ICO_SIZES)
    for i in range(count):
        length, offset = struct.unpack_from("<II", ico, 6 + 16 * i + 8)
        assert ico[offset : offset + 8] == b"\x89PNG\r\n\x1a\n"
        assert offset + length <= len(ico)

    icns = made["icns"].read_bytes()
    assert icns[:4] == b"icns"
    assert struct.unpack_from(">I", icns, 4)[0] == len(icns)
    kinds, position = [], 8
    while position < len(icns):
        kinds.append(icns[position : position + 4])
        position += struct.unpack_from(">I", icns, position + 4)[0]
    assert kinds == [kind for _, kind in icons.ICNS_TYPES]


KEPT = (
    "PySide6/Qt/lib/libQt6Core.so.6",
    "PySide6/Qt/lib/libQt6Widgets.so.6",
    "PySide6/Qt/lib/libQt6Pdf.so.6",
    "PySide6/Qt/lib/libQt6PrintSupport.so.6",
    "PySide6/Qt/lib/libQt6Svg.so.6",
    "PySide6/Qt/lib/libQt6Network.so.6",  # QtPdf links to it
    "PySide6/Qt/lib/libQt6WaylandClient.so.6",
    "PySide6/Qt/plugins/platforms/libqxcb.so",
    "PySide6/Qt/plugins/platforms/libqwayland.so",
    "PySide6/Qt/plugins/platforms/libqoffscreen.so",
    "PySide6/Qt/plugins/platformthemes/libqxdgdesktopportal.so",
    "PySide6/Qt/plugins/platforminputcontexts/libibusplatforminputcontextplugin.so",
    "PySide6/Qt/plugins/printsupport/libcupsprintersupport.so",
    "PySide6/Qt/plugins/imageformats/libqsvg.so",
    "PySide6/Qt/plugins/imageformats/libqjpeg.so",
    "PySide6/Qt/plugins/wayland-shell-integration/libxdg-shell.so",
    "PySide6/Qt/translations/qtbase_fr.qm",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6\\plugins\\platforms\\qwindows.dll",
    "PySide6\\Qt6Pdf.dll",
    "PySide6/Qt/lib/QtPdf.framework/Versions/A/QtPdf",
    "PySide6/Qt/plugins/platforms/libqcocoa.dylib",
    "babel/locale-data/root.dat",
    "babel/locale-data/fr.dat",
    "babel/locale-data/fr_LU.dat",
    "babel/locale-data/de_LU.dat",
    "babel/locale-data/en.dat",
    "resources/fonts/DejaVuSans.ttf",
    "resources/translations/offerdesk_de.qm",
    "resources/translations/messages_de.mo",
    "PySide6/Qt/translations/qtbase_de.qm",
    "PySide6/Qt/translations/qtbase_en.qm",
    "stdnum/iban.dat",
    "stdnum/be/banks.dat",
    "db/migrations/versions/0001_initial_schema.py",
)
DROPPED = (
    "PySide6/Qt/lib/libQt6Quick.so.6",
    "PySide6/Qt/lib/libQt6QmlModels.so.6",
    "PySide6/Qt/lib/libQt6VirtualKeyboard.so.6",
    "PySide6/Qt/lib/libQt6WebEngineCore.so.6",
    "PySide6/Qt/lib/libQt63DRender.so.6",
    "PySide6/Qt/lib/libQt6Multimedia.so.6",
    "PySide6/Qt/lib/libavcodec.so.63",
    "PySide6/Qt/plugins/platformthemes/libqgtk3.so",
    "PySide6/Qt/plugins/platforminputcontexts/libqtvirtualkeyboardplugin.so",
    "PySide6/Qt/plugins/platforms/libqeglfs.so",
    "PySide6/Qt/plugins/platforms/libqminimal.so",
    "PySide6/Qt/plugins/platforms/libqlinuxfb.so",
    "PySide6/Qt/plugins/platforms/libqvnc.so",
    "PySide6/Qt/plugins/egldeviceintegrations/libqeglfs-kms-integration.so",
    "PySide6/Qt/plugins/imageformats/libqwebp.so",
    "PySide6/Qt/plugins/xcbglintegrations/libqxcb-glx-integration.so",
    "PySide6/Qt/translations/qtbase_ja.qm",
    "PySide6/Qt/translations/qtdeclarative_fr.qm",
    "PySide6\\plugins\\platforms\\qdirect2d.dll",
    "PySide6\\Qt6Quick.dll",
    "PySide6\\opengl32sw.dll",
    "PySide6/Qt/lib/QtQuick.framework/Versions/A/QtQuick",
    "babel/locale-data/ja.dat",
    "babel/locale-data/frr.dat",
    "babel/locale-data/fr_CA.dat",
    "babel/locale-data/en_US_POSIX.dat",
    "reportlab/fonts/Vera.ttf",
    "stdnum/oui.dat",
    "stdnum/cn/loc.dat",
    "stdnum/eu/nace21.dat",
    "resources/translations/messages/de/labels.po",
    "resources/translations/offerdesk_de.ts",
)


@pytest.mark.parametrize("dest", KEPT)
def test_bundle_filter_keeps_what_the_application_uses(dest: str) -> None:
    assert not bundle_filter.dropped(dest)


@pytest.mark.parametrize("dest", DROPPED)
def test_bundle_filter_drops_what_it_does_not(dest: str) -> None:
    assert bundle_filter.dropped(dest)


def test_lean_filters_pyinstaller_tocs() -> None:
    toc = [(dest, "/src/" + dest, "BINARY") for dest in (*KEPT, *DROPPED)]
    assert [entry[0] for entry in bundle_filter.lean(toc)] == list(KEPT)


def test_version4() -> None:
    assert build.version4("0.1.0") == "0.1.0.0"
    assert build.version4("2.10") == "2.10.0.0"
    assert build.version4("1.2.3.4") == "1.2.3.4"


def test_nsis_script_builds_with_warnings_as_errors(tmp_path: Path) -> None:
    need("makensis")
    out = tmp_path / f"OfferDesk-{VERSION}-setup.exe"
    result = build.makensis(build.dummy_payload(tmp_path / "payload"), out)
    assert result.returncode == 0, result.stdout + result.stderr
    assert out.read_bytes()[:2] == b"MZ"
    assert out.stat().st_size > 50_000  # the installer stub, the uninstaller and the icon


def test_nsis_script_refuses_to_build_without_a_version(tmp_path: Path) -> None:
    tool = need("makensis")
    script = build.NSI.read_text(encoding="utf-8")
    payload = build.dummy_payload(tmp_path / "payload")
    build.step_icons()
    result = subprocess.run(
        [tool, "-WX", "-DVERSION4=0.0.0.0", f"-DPAYLOAD={payload}", f"-DICON={build.ICONS / 'offerdesk.ico'}",
         f"-DOUTFILE={tmp_path / 'x.exe'}", str(build.NSI)],
        capture_output=True, text=True, check=False,
    )  # fmt: skip
    assert result.returncode != 0
    assert "VERSION is not defined" in result.stdout + result.stderr
    assert "RequestExecutionLevel user" in script  # per-user: no administrator rights asked


def test_nsis_uninstaller_only_removes_what_it_installed() -> None:
    """The user's data folder (%LOCALAPPDATA%\\OfferDesk) is never deleted; the program lives elsewhere."""
    script = build.NSI.read_text(encoding="utf-8")
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in script
    removals = re.findall(r'^\s*(?:Delete|RMDir)(?:\s+/\S+)*\s+"([^"]+)"', script, flags=re.MULTILINE)
    assert removals, "no removal found: the pattern no longer matches the script"
    for target in removals:
        assert target.startswith(("$INSTDIR", "$DESKTOP\\", "$SMPROGRAMS\\")), target
    # ...and all of it: both programs of the PyInstaller folder, its libraries, the uninstaller.
    for installed in (
        "$INSTDIR\\${EXE}",
        "$INSTDIR\\${CLI_EXE}",
        "$INSTDIR\\_internal",
        "$INSTDIR\\uninstall.exe",
    ):
        assert installed in removals, installed
    uninstall = script[script.index('Section "Uninstall"') :]
    assert "$(DataKept)" in uninstall  # and it says so
    assert "MessageBox" in uninstall


def test_deb_layout_control_and_compression(tmp_path: Path) -> None:
    need("dpkg-deb")
    bundle = tmp_path / "bundle"
    (bundle / "_internal").mkdir(parents=True)
    shutil.copyfile("/bin/true", bundle / "offerdesk")
    (bundle / "offerdesk").chmod(0o755)
    (bundle / "_internal" / "data.txt").write_text("x", encoding="utf-8")
    hicolor = icons.build_icons(tmp_path / "icons")["hicolor"]
    deb = deb_package.build_deb(
        bundle=bundle,
        icons=hicolor,
        desktop_entry=INSTALLER / "linux" / "offerdesk.desktop",
        version=VERSION,
        out_dir=tmp_path / "out",
        work=tmp_path / "work",
    )
    assert deb.name == f"offerdesk_{VERSION}_{deb_package.architecture()}.deb"
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    assert f"Version: {VERSION}" in info
    assert "Package: offerdesk" in info
    assert "libxcb-cursor0" in info  # Qt's xcb plugin needs it on a clean machine
    assert "tzdata" in info  # zoneinfo's data comes from the system on Linux
    contents = subprocess.run(
        ["dpkg-deb", "--contents", str(deb)], capture_output=True, text=True, check=True
    ).stdout
    assert re.search(r"^-rwxr-xr-x root/root .* \./opt/offerdesk/offerdesk$", contents, re.MULTILINE)
    assert "./opt/offerdesk/_internal/data.txt" in contents
    assert "./usr/bin/offerdesk -> /opt/offerdesk/offerdesk" in contents
    assert "./usr/share/applications/offerdesk.desktop" in contents
    assert "./usr/share/icons/hicolor/48x48/apps/offerdesk.png" in contents
    assert "./usr/share/icons/hicolor/scalable/apps/offerdesk.svg" in contents
    members = subprocess.run(["ar", "t", str(deb)], capture_output=True, text=True, check=True).stdout.split()
    assert members == ["debian-binary", "control.tar.gz", "data.tar.gz"]


def test_prune_unreachable_drops_what_only_dropped_plugins_needed() -> None:
    toc = [
        ("PySide6/QtGui.abi3.so", "/w/QtGui.abi3.so", "EXTENSION"),
        ("PySide6/Qt/lib/libQt6Gui.so.6", "/w/libQt6Gui.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/w/libQt6Core.so.6", "BINARY"),
        ("PySide6/Qt/plugins/platforms/libqxcb.so", "/w/libqxcb.so", "BINARY"),
        ("PySide6/Qt/lib/libQt6XcbQpa.so.6", "/w/libQt6XcbQpa.so.6", "BINARY"),
        ("PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "/w/libQt6EglFS.so.6", "BINARY"),
        ("libpython3.11.so.1.0", "/py/libpython3.11.so.1.0", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6EglFSDeviceIntegration.so.6", "PySide6/Qt/lib/libQt6EglFSDeviceIntegration.so.6", "SYMLINK"),
    ]
    links = {
        "/w/QtGui.abi3.so": ["libQt6Gui.so.6"],
        "/w/libQt6Gui.so.6": ["libQt6Core.so.6", "libc.so.6"],
        "/w/libqxcb.so": ["libQt6XcbQpa.so.6"],
        "/w/libQt6EglFS.so.6": ["libQt6Gui.so.6"],  # needed only by the dropped eglfs plugin
    }
    kept = [entry[0] for entry in bundle_filter.prune_unreachable(toc, lambda src: links.get(src, []))]
    assert kept == [
        "PySide6/QtGui.abi3.so",
        "PySide6/Qt/lib/libQt6Gui.so.6",
        "PySide6/Qt/lib/libQt6Core.so.6",
        "PySide6/Qt/plugins/platforms/libqxcb.so",
        "PySide6/Qt/lib/libQt6XcbQpa.so.6",
        "libpython3.11.so.1.0",
        "libQt6Core.so.6",
    ]


def test_system_libraries_and_dangling_links_are_left_out() -> None:
    toc = [
        ("libcups.so.2", "/usr/lib/x86_64-linux-gnu/libcups.so.2", "BINARY"),
        ("libglib-2.0.so.0", "/lib/x86_64-linux-gnu/libglib-2.0.so.0", "BINARY"),
        ("libpython3.11.so.1.0", "/root/.pyenv/versions/3.11.7/lib/libpython3.11.so.1.0", "BINARY"),
        ("PySide6/Qt/lib/libQt6Core.so.6", "/v/site-packages/PySide6/Qt/lib/libQt6Core.so.6", "BINARY"),
        ("_ssl.so", "/usr/lib/python3.11/lib-dynload/_ssl.so", "EXTENSION"),
    ]
    kept = [entry[0] for entry in bundle_filter.without_system_libraries(toc)]
    assert kept == ["libpython3.11.so.1.0", "PySide6/Qt/lib/libQt6Core.so.6", "_ssl.so"]
    links = [
        ("PySide6/Qt/lib/libQt6Core.so.6", "/src", "BINARY"),
        ("libQt6Core.so.6", "PySide6/Qt/lib/libQt6Core.so.6", "SYMLINK"),
        ("libQt6Gone.so.6", "PySide6/Qt/lib/libQt6Gone.so.6", "SYMLINK"),
    ]
    assert [entry[0] for entry in bundle_filter.without_dangling_links(links)] == [
        "PySide6/Qt/lib/libQt6Core.so.6",
        "libQt6Core.so.6",
    ]
