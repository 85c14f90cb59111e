"""Lock files per purpose, compiled by uv from pyproject.toml, with every file's hash.

    python requirements/lock.py           # regenerate requirements/{runtime,dev,installer}.txt
    python requirements/lock.py --check   # exit 1 (with the diff) when they do not match pyproject

runtime.txt   what the application imports ([project].dependencies)
dev.txt       runtime + [dev] + the build backend (the editable install builds without isolation)
installer.txt runtime + [installer] + the build backend, for a build machine or on top of dev.txt

The three are resolved for every platform (`--universal`: Windows and macOS markers included)
and share their versions: dev and installer are constrained by runtime, installer also by dev,
so `make installer` can add installer.txt to the test venv. The check recompiles into a
temporary copy, with the current locks as preferences (uv keeps a pinned version that still
satisfies pyproject.toml), so it fails only when pyproject.toml changed and the locks did not,
not when PyPI publishes a new release.
"""

from __future__ import annotations

import argparse
import difflib
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HERE = ROOT / "requirements"
PYTHON = "3.11"  # the lowest requires-python: markers above it are kept by --universal

# name -> (extras, constraint locks); compiled in this order
LOCKS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "runtime": ((), ()),
    "dev": (("dev",), ("runtime",)),
    "installer": (("installer",), ("runtime", "dev")),
}


def uv() -> str:
    found = shutil.which("uv", path=str(Path(sys.executable).parent)) or shutil.which("uv")
    if found is None:
        sys.exit("uv is not installed: run `make` (it is in the dev lock) or `pip install uv`")
    return found


def build_requires() -> list[str]:
    with (ROOT / "pyproject.toml").open("rb") as f:
        return list(tomllib.load(f)["build-system"]["requires"])


def compile_locks(top: Path) -> None:
    """Write top/requirements/*.txt; paths are given relative to top, as the locks show them."""
    out = top / "requirements"
    build_in = out / "build-system.in"
    build_in.write_text("\n".join(build_requires()) + "\n", encoding="utf-8")
    for name, (extras, constraints) in LOCKS.items():
        command = [
            uv(), "pip", "compile", "--quiet", "--universal", "--python-version", PYTHON,
            "--generate-hashes", "--no-strip-extras", "--index-url", "https://pypi.org/simple",
            "--custom-compile-command", "make lock",
            "pyproject.toml",
        ]  # fmt: skip
        for extra in extras:
            command += ["--extra", extra]
        if name != "runtime":
            command.append("requirements/build-system.in")
        for constraint in constraints:
            command += ["--constraint", f"requirements/{constraint}.txt"]
        command += ["--output-file", f"requirements/{name}.txt"]
        subprocess.run(command, check=True, cwd=top)
    build_in.unlink()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, do not write")
    args = parser.parse_args()
    if not args.check:
        compile_locks(ROOT)
        return 0
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "requirements"
        out.mkdir()
        # uv reads the static [project] table, and names files relative to its directory
        shutil.copy(ROOT / "pyproject.toml", Path(tmp) / "pyproject.toml")
        for name in LOCKS:
            if (HERE / f"{name}.txt").exists():
                shutil.copy(HERE / f"{name}.txt", out / f"{name}.txt")  # preferences
        compile_locks(Path(tmp))
        stale = False
        for name in LOCKS:
            path = HERE / f"{name}.txt"
            old = path.read_text(encoding="utf-8").splitlines() if path.exists() else []
            new = (out / f"{name}.txt").read_text(encoding="utf-8").splitlines()
            if old != new:
                stale = True
                rel = f"requirements/{name}.txt"
                sys.stdout.writelines(
                    line + "\n"
                    for line in difflib.unified_diff(old, new, rel, f"{rel} (recompiled)", lineterm="")
                )
    if stale:
        print("The lock files do not match pyproject.toml: run `make lock` and commit them.", file=sys.stderr)
        return 1
    print("lock files match pyproject.toml")
    return 0


if __name__ == "__main__":
    sys.exit(main())
