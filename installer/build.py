"""Build what this platform can build: `make installer` runs `python installer/build.py`.

Steps (each can be chosen alone: `python installer/build.py deb nsis`):
- icons:  render resources/icons/offerdesk.svg to build/icons (hicolor PNGs, .ico, .icns);
- bundle: PyInstaller onedir build with installer/offerdesk.spec -> dist/offerdesk/
          (macOS: dist/OfferDesk.app too);
- deb:    Linux: dist/offerdesk_<version>_<arch>.deb (dpkg-deb, gzip), installing to
          /opt/offerdesk with /usr/bin/offerdesk and the menu entry;
- nsis:   Windows: dist/OfferDesk-<version>-setup.exe from dist/offerdesk. Elsewhere, when
          makensis is there: the same script checked with -WX against the built bundle
          (build/nsis-check/, its size is the compressed-installer estimate) or, without a
          bundle, against a dummy payload. The .exe made here is a check, not an installer.
The version always comes from pyproject.toml.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
import tomllib
from pathlib import Path

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:
    sys.path.insert(0, str(HERE))

import deb_package  # noqa: E402  (installer/deb_package.py, next to this file)

ROOT = HERE.parent
DIST = ROOT / "dist"
BUILD = ROOT / "build"
ICONS = BUILD / "icons"
BUNDLE = DIST / "offerdesk"
NSI = HERE / "windows" / "offerdesk.nsi"

IS_LINUX = sys.platform.startswith("linux")
IS_WIN = sys.platform == "win32"
IS_MAC = sys.platform == "darwin"


def version() -> str:
    with (ROOT / "pyproject.toml").open("rb") as handle:
        return str(tomllib.load(handle)["project"]["version"])


def version4(text: str) -> str:
    """x.y.z -> x.y.z.0 (Windows file versions have four numeric parts)."""
    numbers = [part for part in text.split(".") if part.isdigit()][:4]
    return ".".join(numbers + ["0"] * (4 - len(numbers)))


def tree_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def mib(size: int) -> str:
    return f"{size / 1024 / 1024:.1f} MiB"


def step_icons() -> None:
    from icons import build_icons

    build_icons(ICONS)
    print(f"icons: {ICONS}")


def step_bundle() -> Path:
    if not (ICONS / "offerdesk.ico").is_file():
        step_icons()
    started = time.perf_counter()
    env = dict(os.environ, OFFERDESK_ICONS_DIR=str(ICONS))
    command = [
        sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
        "--distpath", str(DIST), "--workpath", str(BUILD / "pyinstaller"), str(HERE / "offerdesk.spec"),
    ]  # fmt: skip
    subprocess.run(command, check=True, cwd=ROOT, env=env)
    print(f"bundle: {BUNDLE} ({mib(tree_size(BUNDLE))}, built in {time.perf_counter() - started:.0f} s)")
    return BUNDLE


def step_deb() -> Path:
    if not IS_LINUX:
        raise SystemExit("deb: a .deb is built on Linux only")
    if not (BUNDLE / "offerdesk").is_file():
        raise SystemExit(f"deb: no bundle at {BUNDLE}; run the 'bundle' step first")
    if not (ICONS / "hicolor").is_dir():
        step_icons()
    deb = deb_package.build_deb(
        bundle=BUNDLE,
        icons=ICONS / "hicolor",
        desktop_entry=HERE / "linux" / "offerdesk.desktop",
        version=version(),
        out_dir=DIST,
        work=BUILD / "deb",
    )
    print(f"deb: {deb} ({mib(deb.stat().st_size)})")
    return deb


def dummy_payload(folder: Path) -> Path:
    """A stand-in for PyInstaller's onedir output, to check the script where none is built."""
    (folder / "_internal").mkdir(parents=True, exist_ok=True)
    (folder / "offerdesk.exe").write_bytes(b"MZ dummy payload: not a program\n")
    (folder / "offerdesk-cli.exe").write_bytes(b"MZ dummy payload: not a program\n")
    (folder / "_internal" / "base_library.zip").write_bytes(b"dummy\n")
    return folder


def makensis(
    payload: Path, out_file: Path, *, extra: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    """makensis -WX (warnings are errors) on the script with the version from pyproject."""
    tool = shutil.which("makensis")
    if tool is None:
        raise SystemExit("nsis: makensis not found (Debian: apt-get install nsis; Windows: NSIS 3)")
    if not (ICONS / "offerdesk.ico").is_file():
        step_icons()
    out_file.parent.mkdir(parents=True, exist_ok=True)
    f = "/" if IS_WIN else "-"
    command = [
        tool, f"{f}WX", f"{f}V2", f"{f}DVERSION={version()}", f"{f}DVERSION4={version4(version())}",
        f"{f}DPAYLOAD={payload}", f"{f}DICON={ICONS / 'offerdesk.ico'}", f"{f}DOUTFILE={out_file}",
        *extra, str(NSI),
    ]  # fmt: skip
    return subprocess.run(command, capture_output=True, text=True, check=False)


def step_nsis(*, dummy: bool = False) -> Path | None:
    if shutil.which("makensis") is None and not IS_WIN:
        print("nsis: makensis not found, Windows installer script not checked")
        return None
    if IS_WIN:
        out = DIST / f"OfferDesk-{version()}-setup.exe"
        use_bundle = True
    else:
        out = BUILD / "nsis-check" / f"OfferDesk-{version()}-setup-CHECK-ONLY.exe"
        use_bundle = BUNDLE.is_dir() and not dummy
    started = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        payload = BUNDLE if use_bundle else dummy_payload(Path(tmp) / "payload")
        result = makensis(payload, out)
    if result.returncode != 0:
        sys.stderr.write(result.stdout + result.stderr)
        raise SystemExit(f"nsis: makensis -WX failed (exit {result.returncode})")
    what = "installer" if IS_WIN else ("check, built bundle" if use_bundle else "check, dummy payload")
    seconds = time.perf_counter() - started
    print(f"nsis: {out} ({what}; {mib(out.stat().st_size)} LZMA-compressed, {seconds:.0f} s)")
    return out


STEPS = ("icons", "bundle", "deb", "nsis")


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("steps", nargs="*", metavar="STEP", help="icons, bundle, deb, nsis (default: all)")
    parser.add_argument("--nsis-dummy", action="store_true", help="check the NSIS script on a dummy payload")
    args = parser.parse_args(argv)
    steps = args.steps or ["icons", "bundle", *(["deb"] if IS_LINUX else []), "nsis"]
    unknown = [step for step in steps if step not in STEPS]
    if unknown:
        parser.error(f"unknown step(s): {', '.join(unknown)}; choose from {', '.join(STEPS)}")
    if "bundle" in steps:  # the bundle carries compiled translations only (bundle_filter)
        subprocess.run([sys.executable, str(HERE / "translations.py"), "compile"], check=True, cwd=ROOT)
    for step in steps:
        if step == "icons":
            step_icons()
        elif step == "bundle":
            step_bundle()
        elif step == "deb":
            step_deb()
        elif step == "nsis":
            step_nsis(dummy=args.nsis_dummy)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
