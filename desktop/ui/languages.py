"""The interface's three languages: their names and translation files.

The names are written in their own language (a German speaker looks for "Deutsch" in a French
interface), so they are not translated. `in_language` reads a text from another language's
translation than the one installed: what Paramètres says about a language chosen but not yet
applied, in that language.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTranslator

from desktop.domain.formatting import Lang
from desktop.paths import resource

# Each language with its own name for itself, in the order the combo lists them.
LANGUAGE_NAMES: tuple[tuple[Lang, str], ...] = (("fr", "Français"), ("de", "Deutsch"), ("en", "English"))
# Where offerdesk_<lang>.qm are (built by `make translations`); tests point it elsewhere.
FOLDER: Path = resource("translations")


def qm_file(lang: str) -> Path:
    return FOLDER / f"offerdesk_{lang}.qm"


def in_language(lang: Lang, context: str, source: str, current: Lang) -> str:
    """`source` (French, marked for lupdate with QT_TRANSLATE_NOOP) in `lang`: through the
    installed translators when `lang` is the `current` one, else from its .qm; the French
    source when that language has no translation of it."""
    if lang == current:
        return QCoreApplication.translate(context, source)
    if lang == "fr":
        return source
    translator = QTranslator()
    if translator.load(str(qm_file(lang))):
        return translator.translate(context, source) or source
    return source
