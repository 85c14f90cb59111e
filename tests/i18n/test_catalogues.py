"""Every string a person can read exists, finished, in French, German and English.

The interface's strings are extracted afresh with pyside6-lupdate and compared with the .ts
files; the messages' identifiers are read from the code and looked up in each language's
catalogues (with the same parameters as French). Each test names every gap it finds.
"""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    """installer/translations.py, loaded once for the suite (tests/ui/translations.py)."""
    from tests.ui.translations import tool as load

    return load()


def test_every_interface_string_is_translated_in_each_language(tool: ModuleType) -> None:
    problems = tool.ui_problems()
    assert not problems, f"{len(problems)} interface strings lack a translation:\n" + "\n".join(problems)


def test_every_message_is_in_each_language_with_the_same_parameters(tool: ModuleType) -> None:
    problems = tool.message_problems()
    assert not problems, f"{len(problems)} message problems:\n" + "\n".join(problems)


def test_the_check_sees_a_missing_translation(
    tool: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The message check is not vacuous: a catalogue without one label is reported."""
    for lang in ("fr", "de", "en"):
        folder = tmp_path / "messages" / lang
        folder.mkdir(parents=True)
        source = (ROOT / "resources/translations/messages" / lang / "labels.po").read_text(encoding="utf-8")
        if lang == "de":
            source = source.replace('msgstr "Entwurf"', 'msgstr ""')
        (folder / "labels.po").write_text(source, encoding="utf-8")
    monkeypatch.setattr(tool, "FOLDER", tmp_path)
    monkeypatch.setattr(tool, "message_uses", lambda: ([], []))
    problems = tool.message_problems()
    assert "de: status.draft.name (desktop/domain/labels.py) has no finished text" in problems
