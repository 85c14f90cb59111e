"""The interface's translations compiled for a test: the committed .ts as it is, or with every
entry given a dummy translation ("[de] " + French source) that proves a text went through tr()
and stresses the layouts with longer words (German is the longest language)."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from functools import cache
from pathlib import Path
from types import ModuleType

from PySide6.QtCore import QCoreApplication

REPO = Path(__file__).resolve().parents[2]
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
DUMMY_PREFIX = "[{lang}] "  # the source follows whole: its placeholders still work


@cache
def tool() -> ModuleType:
    """installer/translations.py (the same lupdate the build runs)."""
    spec = importlib.util.spec_from_file_location(
        "offerdesk_translations", REPO / "installer" / "translations.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def fresh_ts(folder: Path, lang: str) -> Path:
    """The committed .ts brought up to the code in `folder` (lupdate keeps its translations):
    a text added since the last `make translations-update` is in it, untranslated."""
    target = folder / f"fresh_{lang}.ts"
    shutil.copy(tool().ts_path(lang), target)
    tool().lupdate({lang: target})
    return target


def fill_dummy(source_ts: Path, target_ts: Path, lang: str, *, stretch: float = 0.0) -> None:
    """Every entry translated (finished) as DUMMY_PREFIX + its French source; numerus forms too.
    `stretch` lengthens each text by that fraction of its source (words repeated, without
    placeholders): a stand-in for German, about a third longer than French."""
    tree = ET.parse(source_ts)
    prefix = DUMMY_PREFIX.format(lang=lang)
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        words = re.sub(r"\{[^{}]*\}|%n|[{}&%]", "", source).replace("\n", " ").strip()
        extra = (words + " ") * 3
        text = (
            prefix + source + (" " + extra[: int(len(source) * stretch)].strip() if stretch and words else "")
        )
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            for form in forms:
                translation.remove(form)
            for _ in range(2):
                ET.SubElement(translation, "numerusform").text = text
        else:
            translation.text = text
    tree.write(target_ts, encoding="utf-8", xml_declaration=True)


def compile_qm(ts: Path, folder: Path, lang: str) -> Path:
    """`ts` compiled by pyside6-lrelease to `folder`/offerdesk_<lang>.qm (what the app loads)."""
    qm = folder / f"offerdesk_{lang}.qm"
    subprocess.run([str(LRELEASE), "-silent", str(ts), "-qm", str(qm)], check=True)
    return qm


def build(folder: Path, lang: str, *, dummy: bool, stretch: float = 0.0) -> Path:
    """offerdesk_<lang>.qm in `folder` from the committed .ts brought up to the code, as it
    is or with every entry given its dummy translation (`stretch`: see fill_dummy)."""
    ts = fresh_ts(folder, lang)
    if dummy:
        filled = folder / f"dummy_{lang}.ts"
        fill_dummy(ts, filled, lang, stretch=stretch)
        ts = filled
    return compile_qm(ts, folder, lang)


# The languages every screen is checked in: the committed translations, and German stood in
# for by a dummy 30 % longer than French while the real one is not complete.
LANGUAGES = ("fr", "de", "en", "de-long")


def install(interface, folder: Path, language: str) -> None:  # type: ignore[no-untyped-def]
    """The interface in `language` (one of LANGUAGES), as the application installs it."""
    lang = language.split("-")[0]
    build(folder, lang, dummy=language.endswith("-long"), stretch=0.3)
    interface(lang, folder=folder)


def sources(ts: Path) -> dict[str, dict[str, str]]:
    """Each French source string of `ts` with its translation by context ("" if none), as
    the build reads a .ts (installer/translations.py read_ts)."""
    found: dict[str, dict[str, str]] = {}
    for entry in tool().read_ts(ts):
        done = entry.translations and entry.state not in ("unfinished", "vanished", "obsolete")
        found.setdefault(entry.source, {})[entry.context] = entry.translations[0] if done else ""
    return found


def translated(context: str, source: str) -> str:
    return QCoreApplication.translate(context, source)
