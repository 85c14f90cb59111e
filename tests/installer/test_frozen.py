"""The frozen application really works: tests on the build `make installer` made.

Skipped unless OFFERDESK_INSTALLER_TESTS=1 (`make installer-test` and .ci/run set it after
building), so `make test` stays fast. They run the onedir bundle and the unpacked .deb with
`--smoke` (full application offscreen, demo offer signed, sealed pack verified) from an
empty folder with a throw-away HOME, check the bundle is lean and self-contained, that an
older database is migrated by the frozen build, and that the NSIS script was compiled with
the built payload.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from tests.installer.test_upgrade import kept_rows, make_old_database, revision_of, snapshot

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "offerdesk"
EXE = BUNDLE / ("offerdesk.exe" if sys.platform == "win32" else "offerdesk")
sys.path.insert(0, str(ROOT / "installer"))

import deb_package  # noqa: E402  (installer/deb_package.py)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("OFFERDESK_INSTALLER_TESTS") != "1",
        reason="frozen-build tests run with OFFERDESK_INSTALLER_TESTS=1 (make installer-test)",
    ),
]
SMOKE_OK = re.compile(r"^smoke ok: pack (?P<pack>\S+\.pdf) .*$")


@pytest.fixture(scope="module")
def bundle() -> Path:
    if not EXE.is_file():
        pytest.fail(f"no frozen build at {BUNDLE}: run `make installer` first")
    return BUNDLE


def clean_env(home: Path) -> dict[str, str]:
    """A user with an empty home and nothing from this source tree on the import path."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "OFFERDESK_", "VIRTUAL_ENV"))}
    home.mkdir(parents=True, exist_ok=True)
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen")
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME"):
        env.pop(name, None)
    return env


def run_smoke(executable: Path, tmp_path: Path) -> Path:
    """Run `executable --smoke` as a fresh user; returns the pack it reports."""
    home = tmp_path / "home"
    result = subprocess.run(
        [str(executable), "--smoke"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(home),
        timeout=300,
        check=False,
    )
    output = result.stdout.strip()
    assert result.returncode == 0, f"exit {result.returncode}: {output}\n{result.stderr[-2000:]}"
    assert len(output.splitlines()) == 1, output
    match = SMOKE_OK.match(output)
    assert match, output
    pack = Path(match["pack"])
    assert pack.is_file()
    assert pack.read_bytes()[:5] == b"%PDF-"
    # Nothing was written to the user's folders: the smoke works in its own temporary folder.
    written = [p for p in home.rglob("*") if "OfferDesk" in p.name or "offerdesk" in p.name]
    assert written == [], written
    return pack


def test_frozen_bundle_smoke(bundle: Path, tmp_path: Path) -> None:
    pack = run_smoke(EXE, tmp_path)
    fonts = subprocess.run(["pdffonts", str(pack)], capture_output=True, text=True, check=True).stdout
    assert "DejaVuSans" in fonts  # the project's fonts, loaded from inside the bundle
    assert re.search(r"DejaVuSans\S*\s+(?:CID )?TrueType.*\byes\b", fonts), fonts  # embedded


def test_bundle_carries_its_resources_and_leaves_out_unused_qt(bundle: Path) -> None:
    files = {p.relative_to(bundle).as_posix() for p in bundle.rglob("*") if p.is_file()}
    names = "\n".join(sorted(files))
    for needed in (
        r"resources/fonts/DejaVuSans\.ttf",
        r"resources/cgv/cgv-2023-09-01\.txt",
        r"resources/catalogue/sample-catalogue\.csv",
        r"resources/statec\.json",
        r"resources/vat\.json",
        r"resources/icons/offerdesk\.svg",
        r"db/migrations/env\.py",
        r"db/migrations/versions/0001_initial_schema\.py",
        r"/libQt6Pdf\.so",
        r"/libQt6PrintSupport\.so",
        r"/libQt6Svg\.so",
        r"plugins/platforms/libqxcb\.so",
        r"plugins/platforms/libqoffscreen\.so",
        r"plugins/platforms/libqwayland\.so",
        r"plugins/printsupport/",
        r"plugins/imageformats/libqsvg\.so",
        r"translations/qtbase_fr\.qm",
        r"translations/qtbase_de\.qm",
        r"translations/qtbase_en\.qm",
        r"resources/translations/offerdesk_de\.qm",
        r"resources/translations/offerdesk_en\.qm",
        r"resources/translations/messages_fr\.mo",
        r"resources/translations/messages_de\.mo",
        r"resources/translations/messages_en\.mo",
        r"babel/locale-data/en_150\.dat",
        r"babel/locale-data/fr_LU\.dat",
    ):
        assert re.search(needed, names), f"{needed} missing from the bundle"
    for unwanted in (
        r"libqgtk3",
        r"qtvirtualkeyboard",
        r"libQt6Quick",
        r"libQt6Qml",
        r"WebEngine",
        r"libQt63D",
        r"libQt6Multimedia",
        r"plugins/platforms/libq(?:eglfs|linuxfb|vnc|minimal)\b",
        r"translations/qtbase_ja\.qm",
        r"babel/locale-data/ja\.dat",
        r"reportlab/fonts/",
    ):
        assert not re.search(unwanted, names), f"{unwanted} should not be in the bundle"


def _elf_files(root: Path) -> list[Path]:
    return deb_package._elf_files(root)


def test_bundled_libraries_resolve_and_are_stripped(bundle: Path) -> None:
    system, missing = deb_package.external_libraries(bundle)
    assert system, "ldd found no system library at all: the check is not working"
    broken = sorted(name for name in missing if name.startswith(deb_package.BUNDLED_PREFIXES))
    assert broken == [], f"libraries the bundle should carry are missing: {broken}"
    unstripped = []
    for elf in _elf_files(bundle):
        sections = subprocess.run(["readelf", "-S", "-W", str(elf)], capture_output=True, text=True).stdout
        if " .symtab " in sections:
            unstripped.append(elf.name)
    assert unstripped == [], unstripped


def test_frozen_build_migrates_an_older_database(bundle: Path, tmp_path: Path) -> None:
    url, _signed_id = make_old_database(tmp_path / "offerdesk.sqlite3", plain=True)
    before = snapshot(url)
    assert revision_of(url) == "0001"
    result = subprocess.run(
        [str(EXE), "audit", "--verify", "--db", url],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=clean_env(tmp_path / "home"),
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    from db.migrate import head_revision

    assert revision_of(url) == head_revision()
    assert kept_rows(before, snapshot(url)) == before


def test_deb_package_installs_a_working_application(bundle: Path, tmp_path: Path) -> None:
    debs = sorted((ROOT / "dist").glob("offerdesk_*.deb"))
    assert debs, "no .deb in dist/: `make installer` builds it"
    deb = debs[-1]
    info = subprocess.run(["dpkg-deb", "--info", str(deb)], capture_output=True, text=True, check=True).stdout
    import tomllib

    version = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
    assert f"Version: {version}" in info
    listing = ["dpkg-deb", "--contents", str(deb)]
    contents = subprocess.run(listing, capture_output=True, text=True, check=True)
    assert "./usr/bin/offerdesk -> /opt/offerdesk/offerdesk" in contents.stdout
    assert "./opt/offerdesk/_internal/resources/fonts/DejaVuSans.ttf" in contents.stdout
    root = tmp_path / "root"
    subprocess.run(["dpkg-deb", "-x", str(deb), str(root)], check=True)
    entry = root / "usr" / "share" / "applications" / "offerdesk.desktop"
    validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert validated.returncode == 0, validated.stdout
    run_smoke(root / "opt" / "offerdesk" / "offerdesk", tmp_path)


def test_nsis_script_was_compiled_with_the_built_payload(bundle: Path) -> None:
    checks = sorted((ROOT / "build" / "nsis-check").glob("OfferDesk-*-setup-CHECK-ONLY.exe"))
    assert checks, "installer/build.py did not run the NSIS check"
    exe = checks[-1]
    assert exe.stat().st_mtime >= EXE.stat().st_mtime, "the NSIS check is older than the bundle"
    assert exe.stat().st_size > 5_000_000, "the NSIS check ran on a dummy payload, not the bundle"
