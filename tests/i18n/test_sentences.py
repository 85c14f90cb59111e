"""No sentence for a person is written in the code below the interface: each is a catalogue
message (an identifier and parameters), so that it exists in French, German and English."""

from __future__ import annotations

from types import ModuleType

from tests.i18n.test_catalogues import tool  # noqa: F401 - the fixture


def test_no_french_sentence_is_left_in_the_domain_services_documents_and_commands(tool: ModuleType) -> None:  # noqa: F811
    found = tool.french_sentences()
    assert not found, f"{len(found)} sentences are still written in the code:\n" + "\n".join(found)
