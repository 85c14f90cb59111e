"""Every screen in German (and English) shows no French source text: the tour of every page and
dialog (tests/ui/tour.py) is made with the language's translation loaded, every visible text is
read (tests/ui/visible_text.py), and a text equal to a French source string of the .ts whose
translation differs from it fails the test: a text that skipped tr() or a translation missing.

- with a dummy translation of every entry ("[de] " + the source), the check is about the code:
  any French text left is one that does not go through tr() or is built outside it;
- with the committed translations (the .ts brought up to the code, compiled here), it is about
  the translations too: it fails for each entry not translated yet.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.services.store import Store
from tests.db.fixtures import new_sqlite_store
from tests.ui import tour, translations
from tests.ui.visible_text import texts, untranslated


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    opened = new_sqlite_store(tmp_path)
    yield opened
    opened.close()


def _seen(qtbot, store: Store, tmp_path: Path) -> list[tuple[str, str, str]]:
    presented = tour.seed(store)
    seen: list[tuple[str, str, str]] = []
    screens: list[str] = []
    for screen, top in tour.walk(qtbot, store, presented, tmp_path):
        screens.append(screen)
        seen.extend((screen, where, text) for where, text in texts(top))
    assert len(screens) == 14, screens  # every page and dialog was reached
    return seen


def test_no_french_text_is_left_with_every_entry_translated(
    qtbot, interface, store: Store, tmp_path: Path
) -> None:
    """Dummy German: each entry translated as "[de] " + source; what stays French skipped tr()."""
    ts = translations.fresh_ts(tmp_path, "de")
    filled = tmp_path / "dummy_de.ts"
    translations.fill_dummy(ts, filled, "de")
    translations.compile_qm(filled, tmp_path, "de")
    interface("de", folder=tmp_path)
    seen = _seen(qtbot, store, tmp_path)
    assert any(text.startswith("[de] ") for _, _, text in seen)  # the translation is loaded
    left = untranslated(seen, translations.sources(filled))
    assert not left, f"{len(left)} French texts on screen:\n" + "\n".join(left)


@pytest.mark.parametrize("lang", ["de", "en"])
def test_every_screen_is_in_the_language(qtbot, interface, store: Store, tmp_path: Path, lang: str) -> None:
    """The committed translation: fails for each text not translated yet (run
    `make translations-update`, translate in the .ts, `make translations`)."""
    ts = translations.fresh_ts(tmp_path, lang)
    translations.compile_qm(ts, tmp_path, lang)
    interface(lang, folder=tmp_path)
    left = untranslated(_seen(qtbot, store, tmp_path), translations.sources(ts))
    assert not left, f"{len(left)} texts still in French in {lang}:\n" + "\n".join(left)
