"""The Linux .deb: the onedir bundle under /opt/offerdesk, /usr/bin/offerdesk, menu entry, icons.

Built with `dpkg-deb -Zgzip --root-owner-group --build` from a staged tree. `Depends` lists
the Debian packages providing the shared libraries the bundle links to but does not carry
(found with ldd and dpkg -S on the build machine), plus the X11/xcb libraries Qt's xcb
platform plugin loads, which a minimal machine may lack.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

PACKAGE = "offerdesk"
INSTALL_DIR = "/opt/offerdesk"
MAINTAINER = os.environ.get("OFFERDESK_DEB_MAINTAINER", "OfferDesk IT <it@offerdesk.invalid>")
# Always required: what Qt 6's xcb platform plugin loads (on a desktop they are there already,
# but a clean machine may miss libxcb-cursor0 in particular, needed since Qt 6.5) and tzdata.
RUNTIME_PACKAGES = (
    "libxcb-cursor0", "libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-image0", "libxcb-keysyms1",
    "libxcb-render-util0", "libxcb-shape0", "libxcb-randr0", "libxcb-xkb1",
    "libfontconfig1", "libdbus-1-3",
    "tzdata",  # zoneinfo reads the system's time zones (the bundle carries none on Linux)
)  # fmt: skip
# Libraries ldd may not find on the build machine (not installed) -> the package providing them.
SONAME_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
    "libwayland-client.so.0": "libwayland-client0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxcb.so.1": "libxcb1",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-util.so.1": "libxcb-util1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libEGL.so.1": "libegl1",
    "libGL.so.1": "libgl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libcups.so.2": "libcups2",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libpng16.so.16": "libpng16-16",
}
# Libraries the bundle must carry itself: one of these missing is a broken build.
BUNDLED_PREFIXES = ("libQt6", "libpyside6", "libshiboken6", "libicu", "libpython")
_LDD_LINE = re.compile(r"^\s*(\S+)\s+=>\s+(\S+)")


def architecture() -> str:
    return subprocess.run(
        ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
    ).stdout.strip()


def _elf_files(root: Path) -> list[Path]:
    found = []
    for path in root.rglob("*"):
        if path.is_file() and not path.is_symlink():
            with path.open("rb") as handle:
                if handle.read(4) == b"\x7fELF":
                    found.append(path)
    return found


def external_libraries(bundle: Path) -> tuple[set[str], set[str]]:
    """(paths of system libraries the bundle links to, sonames ldd could not find)."""
    bundle_real = str(bundle.resolve())
    system: set[str] = set()
    missing: set[str] = set()
    for elf in _elf_files(bundle):
        result = subprocess.run(["ldd", str(elf)], capture_output=True, text=True, check=False)
        for line in result.stdout.splitlines():
            match = _LDD_LINE.match(line)
            if not match:
                continue
            soname, target = match.groups()
            if target == "not":  # "libfoo.so.1 => not found"
                missing.add(soname)
            elif not os.path.realpath(target).startswith(bundle_real):
                system.add(target)
    return system, missing


def _candidates(path: str) -> set[str]:
    """The names dpkg may know a library by (merged /usr: /lib/x and /usr/lib/x are one file)."""
    names = {path, os.path.realpath(path)}
    names |= {"/usr" + p for p in list(names) if p.startswith("/lib")}
    names |= {p[len("/usr") :] for p in list(names) if p.startswith("/usr/lib")}
    return names


def owning_packages(paths: set[str]) -> dict[str, str]:
    """{library path: Debian package} for the paths dpkg knows (one `dpkg -S` call)."""
    wanted = {candidate: path for path in paths for candidate in _candidates(path)}
    if not wanted:
        return {}
    result = subprocess.run(["dpkg", "-S", *sorted(wanted)], capture_output=True, text=True, check=False)
    owners: dict[str, str] = {}
    for line in result.stdout.splitlines():
        # "libfoo1:amd64: /usr/lib/x86_64-linux-gnu/libfoo.so.1" (diversions start otherwise)
        packages, sep, file = line.rpartition(": ")
        if not sep or file not in wanted:
            continue
        owners[wanted[file]] = packages.split(",")[0].split(":")[0].strip()
    return owners


def depends(bundle: Path) -> list[str]:
    """The Debian packages the bundle needs from the system, sorted."""
    system, missing = external_libraries(bundle)
    packages = set(RUNTIME_PACKAGES)
    packages |= set(owning_packages(system).values())
    packages |= {SONAME_PACKAGES[name] for name in missing if name in SONAME_PACKAGES}
    unknown = sorted(name for name in missing if name not in SONAME_PACKAGES)
    if unknown:  # not installed here and not mapped: Depends cannot name their package
        print(f"deb: warning: not found on this machine, not in Depends: {', '.join(unknown)}")
    return sorted(packages)


def control_text(*, version: str, arch: str, installed_kib: int, depends_on: list[str]) -> str:
    return (
        f"Package: {PACKAGE}\n"
        f"Version: {version}\n"
        "Section: office\n"
        "Priority: optional\n"
        f"Architecture: {arch}\n"
        f"Maintainer: {MAINTAINER}\n"
        f"Installed-Size: {installed_kib}\n"
        f"Depends: {', '.join(depends_on)}\n"
        "Description: B2B telecom offers, on-screen signature and sealed contract packs\n"
        " OfferDesk builds offers from the price catalogue, has them signed on screen and\n"
        " prints the sealed PDF contract pack. The application is installed in\n"
        f" {INSTALL_DIR}; each user's offers and packs stay in their own data folder\n"
        " (~/.local/share/OfferDesk), which upgrading or removing the package never touches.\n"
    )


_POSTINST = """#!/bin/sh
set -e
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q /usr/share/applications || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t /usr/share/icons/hicolor || true
fi
exit 0
"""


def _copy_tree(source: Path, target: Path) -> None:
    shutil.copytree(source, target, symlinks=True)
    for path in [target, *target.rglob("*")]:
        if path.is_symlink():
            continue
        if path.is_dir():
            path.chmod(0o755)
        else:
            path.chmod(0o755 if os.access(path, os.X_OK) else 0o644)


def build_deb(
    *, bundle: Path, icons: Path, desktop_entry: Path, version: str, out_dir: Path, work: Path
) -> Path:
    """Stage the package tree under `work` and build out_dir/offerdesk_<version>_<arch>.deb."""
    arch = architecture()
    stage = work / f"{PACKAGE}_{version}_{arch}"
    if stage.exists():
        shutil.rmtree(stage)
    _copy_tree(bundle, stage / INSTALL_DIR.lstrip("/"))
    usr_bin = stage / "usr" / "bin"
    usr_bin.mkdir(parents=True)
    (usr_bin / PACKAGE).symlink_to(f"{INSTALL_DIR}/offerdesk")
    applications = stage / "usr" / "share" / "applications"
    applications.mkdir(parents=True)
    shutil.copyfile(desktop_entry, applications / "offerdesk.desktop")
    (applications / "offerdesk.desktop").chmod(0o644)
    _copy_tree(icons, stage / "usr" / "share" / "icons" / "hicolor")
    installed_kib = sum(p.stat().st_size for p in stage.rglob("*") if p.is_file()) // 1024 + 1
    debian = stage / "DEBIAN"
    debian.mkdir(mode=0o755)
    control = control_text(
        version=version, arch=arch, installed_kib=installed_kib, depends_on=depends(bundle)
    )
    (debian / "control").write_text(control, encoding="utf-8")
    for script in ("postinst", "postrm"):
        (debian / script).write_text(_POSTINST, encoding="utf-8")
        (debian / script).chmod(0o755)
    (debian / "control").chmod(0o644)
    out_dir.mkdir(parents=True, exist_ok=True)
    deb = out_dir / f"{PACKAGE}_{version}_{arch}.deb"
    tmp = deb.with_name(deb.name + ".tmp")
    subprocess.run(
        ["dpkg-deb", "-Zgzip", "--root-owner-group", "--build", str(stage), str(tmp)],
        check=True,
        capture_output=True,
    )
    os.replace(tmp, deb)
    return deb
