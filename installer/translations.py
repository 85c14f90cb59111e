"""Build and check the translations: Qt Linguist files for the interface, gettext for messages.

    python installer/translations.py update   # pyside6-lupdate desktop/ui -> offerdesk_<lang>.ts
    python installer/translations.py compile  # .ts -> .qm (lrelease); messages/<lang>/*.po -> .mo
    python installer/translations.py check    # exit 1 naming every string a language lacks

(all in resources/translations/).

`make run`, `make test` and the installers compile; `make test` checks (tests/i18n runs `check`'s
functions). French is the source language of the interface; its .ts carries the French text as
its own translation so that a wording can be corrected without touching the code.
"""

from __future__ import annotations

import ast
import os
import re
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop import i18n  # noqa: E402 - after the checkout is on the path
from desktop.domain.formatting import LANGUAGES  # noqa: E402
from desktop.domain.labels import label_ids  # noqa: E402

FOLDER = ROOT / "resources" / "translations"
UI_SOURCES = ROOT / "desktop" / "ui"
# The calls whose first argument is a message identifier.
MESSAGE_CALLS = {"Message", "msg", "text"}
# Modules that build identifiers from an enum member (their ids come from label_ids()).
DYNAMIC_ID_MODULES = {"desktop/domain/labels.py", "desktop/domain/messages.py", "desktop/i18n.py"}


def ts_path(lang: str) -> Path:
    return FOLDER / f"offerdesk_{lang}.ts"


def qm_path(lang: str) -> Path:
    return FOLDER / f"offerdesk_{lang}.qm"


def _tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6 (pyside6-essentials) in this environment")
    return found


def _ui_files() -> list[str]:
    return sorted(str(p) for p in UI_SOURCES.rglob("*.py"))


def lupdate(targets: dict[str, Path]) -> None:
    """Extract the interface's strings into `targets` (lang -> .ts), keeping their translations."""
    for lang, target in targets.items():
        subprocess.run(
            [
                _tool("pyside6-lupdate"),
                *_ui_files(),
                "-source-language",
                "fr",
                "-target-language",
                lang,
                "-no-obsolete",
                "-locations",
                "none",
                "-silent",
                "-ts",
                str(target),
            ],
            check=True,
        )


def fill_source_language(path: Path) -> None:
    """French is the source: its .ts gives each string its own text as translation (finished),
    keeping a translation someone corrected."""
    tree = ET.parse(path)
    changed = False
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") != "unfinished":
            continue
        numerus = translation.findall("numerusform")
        source = message.findtext("source") or ""
        if numerus:
            for form in numerus:
                form.text = form.text or source
        else:
            translation.text = translation.text or source
        del translation.attrib["type"]
        changed = True
    if changed:
        tree.write(path, encoding="utf-8", xml_declaration=True)


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def compile_all() -> list[Path]:
    """Every .qm and .mo, written only where the source is newer; the paths written."""
    written: list[Path] = []
    for lang in LANGUAGES:
        ts, qm = ts_path(lang), qm_path(lang)
        if ts.is_file() and (not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime):
            tmp = qm.with_name(qm.name + ".tmp")
            subprocess.run([_tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(tmp)], check=True)
            os.replace(tmp, qm)
            written.append(qm)
        sources = i18n.catalogue_sources(lang, FOLDER)
        mo = i18n.compiled_path(lang, FOLDER)
        if sources and (not mo.is_file() or any(mo.stat().st_mtime < s.stat().st_mtime for s in sources)):
            _write_atomic(mo, i18n.compile_catalogue(lang, sources))
            written.append(mo)
    return written


# --- the interface's strings ----------------------------------------------------------------


@dataclass(frozen=True)
class TsEntry:
    context: str
    source: str
    translations: tuple[str, ...]
    state: str  # "", "unfinished", "vanished", "obsolete"


def read_ts(path: Path) -> list[TsEntry]:
    entries: list[TsEntry] = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            forms: tuple[str, ...] = ()
            state = ""
            if translation is not None:
                state = translation.get("type", "")
                numerus = translation.findall("numerusform")
                forms = tuple(f.text or "" for f in numerus) if numerus else (translation.text or "",)
            entries.append(TsEntry(name, message.findtext("source") or "", forms, state))
    return entries


def ui_problems(languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Interface strings that a language lacks: not yet extracted into its .ts, untranslated or unfinished."""
    problems: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        fresh = {lang: Path(tmp) / f"fresh_{lang}.ts" for lang in languages}
        for lang, path in fresh.items():
            if ts_path(lang).is_file():
                shutil.copy(ts_path(lang), path)
        lupdate(fresh)
        for lang, path in fresh.items():
            committed = (
                {(e.context, e.source) for e in read_ts(ts_path(lang))} if ts_path(lang).is_file() else set()
            )
            for entry in read_ts(path):
                if entry.state in ("vanished", "obsolete"):
                    continue
                where = f"{lang}: [{entry.context}] {entry.source!r}"
                if (entry.context, entry.source) not in committed:
                    problems.append(
                        f"{where} is not in {ts_path(lang).name} (run `make translations-update`)"
                    )
                elif entry.state == "unfinished" or not all(entry.translations):
                    problems.append(f"{where} has no finished translation")
    return problems


# --- the messages' catalogues ---------------------------------------------------------------


@dataclass(frozen=True)
class IdUse:
    id: str
    where: str


def _python_files() -> Iterator[Path]:
    for top in ("desktop", "db"):
        yield from sorted((ROOT / top).rglob("*.py"))


def message_uses() -> tuple[list[IdUse], list[str]]:
    """Every literal message identifier in the code, and every call whose identifier is not literal."""
    uses: list[IdUse] = []
    dynamic: list[str] = []
    for path in _python_files():
        relative = path.relative_to(ROOT).as_posix()
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
        for node in ast.walk(tree):
            if not isinstance(node, ast.Call) or not node.args:
                continue
            func = node.func
            name = (
                func.id
                if isinstance(func, ast.Name)
                else func.attr
                if isinstance(func, ast.Attribute)
                else ""
            )
            if name not in MESSAGE_CALLS:
                continue
            if name == "text" and not (isinstance(func, ast.Attribute) and _is_i18n(func.value)):
                continue  # some other .text(...), not desktop.i18n.text
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                uses.append(IdUse(first.value, f"{relative}:{node.lineno}"))
            elif isinstance(first, ast.Attribute) and first.attr == "id":
                continue  # an existing message's identifier, given other parameters
            elif relative not in DYNAMIC_ID_MODULES:
                dynamic.append(f"{relative}:{node.lineno}")
    return uses, dynamic


def _is_i18n(node: ast.expr) -> bool:
    return isinstance(node, ast.Name) and node.id == "i18n"


def message_problems(languages: Iterable[str] = LANGUAGES) -> list[str]:
    """Message identifiers the code uses that a language lacks, leaves unfinished, or fills with
    other parameters than French; identifiers no code uses; identifiers built at run time."""
    uses, dynamic = message_uses()
    used: dict[str, str] = {}
    for use in uses:
        used.setdefault(use.id, use.where)
    for label in label_ids():
        used.setdefault(label, "desktop/domain/labels.py")
    problems = [f"{where}: message identifier is not a literal string" for where in dynamic]
    catalogues = {lang: i18n.all_ids(lang, i18n.catalogue_sources(lang, FOLDER)) for lang in languages}
    for lang in languages:
        for source in i18n.catalogue_sources(lang, FOLDER):
            if f'"Plural-Forms: {i18n.PLURAL_FORMS[lang]}\\n"' not in source.read_text(encoding="utf-8"):
                problems.append(
                    f"{source.relative_to(FOLDER)}: header lacks Plural-Forms: {i18n.PLURAL_FORMS[lang]}"
                )
    french = catalogues.get("fr", {})
    for lang, entries in catalogues.items():
        for message_id, where in sorted(used.items()):
            found = entries.get(message_id)
            forms = found if isinstance(found, tuple) else (found,)
            if found is None:
                problems.append(f"{lang}: {message_id} ({where}) is in no catalogue")
            elif not all(forms):
                problems.append(f"{lang}: {message_id} ({where}) has no finished text")
            elif lang != "fr" and message_id in french:
                reference = french[message_id]
                ref_forms = reference if isinstance(reference, tuple) else (reference,)
                expected = set().union(*(i18n.placeholders(f) for f in ref_forms if f))
                got = set().union(*(i18n.placeholders(f) for f in forms))
                if got != expected:
                    problems.append(
                        f"{lang}: {message_id} uses {sorted(got)}, French uses {sorted(expected)}"
                    )
        for message_id in sorted(set(entries) - set(used)):
            problems.append(f"{lang}: {message_id} is in the catalogue but no code uses it")
    return problems


# --- sentences left in the code -------------------------------------------------------------

# Where no sentence for a person may be written in the code: each is a message in a catalogue.
SENTENCE_FREE = (
    "desktop/domain",
    "desktop/services",
    "desktop/documents",
    "desktop/commands",
    "desktop/cli.py",
    "desktop/keychain.py",
    "desktop/os_errors.py",
    "db",
)
_FRENCH_WORDS = re.compile(
    r"[éèêàâçùûôîœ]|\b(?:le|la|les|de|des|du|un|une|est|sont|pas|ne|au|aux|et|ou|pour|avec|sur|"
    r"dans|votre|vous|cette|ce|aucun|aucune)\b|\b[ldnsq]'|\bqu'",
    re.IGNORECASE,
)
_LOG_NAMES = {"log", "logger", "logging", "_log", "LOG"}


def _is_log_call(node: ast.Call) -> bool:
    func = node.func
    return (
        isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) and func.value.id in _LOG_NAMES
    )


def french_sentences() -> list[str]:
    """String literals in the sentence-free code that read as French prose (not docstrings, not
    log lines): each should be a catalogue message. `path:line: text` per literal."""
    found: list[str] = []
    for path in _python_files():
        relative = path.relative_to(ROOT).as_posix()
        if not relative.startswith(SENTENCE_FREE) or "/migrations/" in relative:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=relative)
        skip: set[int] = set()
        for node in ast.walk(tree):
            if isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
                skip.add(id(node.value))  # a docstring or a bare string statement
            elif isinstance(node, ast.Call) and _is_log_call(node):
                for inner in ast.walk(node):
                    skip.add(id(inner))
        for node in ast.walk(tree):
            if id(node) in skip:
                continue
            if isinstance(node, ast.JoinedStr):
                text = "".join(
                    v.value for v in node.values if isinstance(v, ast.Constant) and isinstance(v.value, str)
                )
                for inner in node.values:
                    skip.add(id(inner))
            elif isinstance(node, ast.Constant) and isinstance(node.value, str):
                text = node.value
            else:
                continue
            if text.count(" ") >= 2 and _FRENCH_WORDS.search(text):
                found.append(f"{relative}:{node.lineno}: {text.strip()[:90]}")
    return found


def main(argv: list[str]) -> int:
    command = argv[1] if len(argv) > 1 else "compile"
    if command == "update":
        lupdate({lang: ts_path(lang) for lang in LANGUAGES})
        fill_source_language(ts_path("fr"))
        return 0
    if command == "compile":
        for path in compile_all():
            print(f"compiled {path.relative_to(ROOT)}")
        return 0
    if command == "sentences":
        for line in french_sentences():
            print(line)
        return 0
    if command == "check":
        problems = ui_problems() + message_problems()
        for problem in problems:
            print(problem)
        return 1 if problems else 0
    print(__doc__)
    return 2


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))
