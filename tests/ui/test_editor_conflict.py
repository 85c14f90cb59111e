"""Issue 9 D: the editor saving an offer that another program changed meanwhile: a clear
conflict, nothing overwritten, nothing typed lost (real services, two stores on one file)."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.domain.views import LineInput
from desktop.services import offers
from desktop.services.store import Store, open_store
from desktop.ui.backend import ServicesBackend
from desktop.ui.editor.offer_editor import OfferEditor
from tests.db import factories
from tests.db.fixtures import new_sqlite_store
from tests.ui.test_services_backend import saved_draft


@pytest.fixture
def stores(tmp_path: Path) -> Iterator[tuple[Store, Store]]:
    mine = new_sqlite_store(tmp_path)
    factories.setup(mine)
    theirs = open_store(mine.url, backup=False, seed=False)
    yield mine, theirs
    theirs.close()
    mine.close()


def _other_program_adds_a_line(theirs: Store, offer_id: int) -> None:
    view = offers.get_offer(theirs, offer_id)
    lines = tuple(LineInput(line.product_code, line.quantity) for line in view.lines)
    data = factories.draft_input(view.client.id, lines=(*lines, LineInput("TV", 5)))
    offers.update_draft(theirs, offer_id, dataclasses.replace(data, expected_version=view.version))


def test_a_conflict_keeps_the_edits_and_can_save_them_as_a_copy(
    qtbot, dialogs, stores: tuple[Store, Store], screens: Path
) -> None:
    mine, theirs = stores
    backend = ServicesBackend(mine)
    stored = saved_draft(backend)
    editor = OfferEditor(backend, dialogs)
    qtbot.addWidget(editor, before_close_func=lambda w: w.undo_stack.setClean())
    editor.resize(1300, 800)
    editor.show()
    editor.load(backend.load_offer(stored.offer_id or 0))
    _other_program_adds_a_line(theirs, stored.offer_id or 0)

    editor.terms.conditions.setPlainText("Mise en service un samedi, accord du client")
    assert editor.is_dirty()
    editor.autosave()  # autosave: refused, no question popping up, the edits stay
    assert not [m for m in dialogs.messages if m[0] == "confirm"]
    assert editor.is_dirty()
    assert "modifiée ailleurs" in editor.last_error
    editor.autosave()  # and it does not keep retrying by itself
    dialogs.confirm_answers.append(False)
    assert editor.save() is False  # explicit save: the question; declined, edits kept
    kind, title, text = dialogs.messages[-1]
    assert kind == "confirm"
    assert title == "Offre modifiée ailleurs"
    assert "modifiée ailleurs" in text
    assert "nouvelle offre" in text
    assert editor.draft.special_conditions == "Mise en service un samedi, accord du client"
    editor.grab().save(str(screens / "editor-conflict.png"))
    other = offers.get_offer(mine, stored.offer_id or 0)
    assert len(other.lines) == 3  # the other program's line is there, nothing overwritten
    assert other.special_conditions == ""

    dialogs.confirm_answers.append(True)
    assert editor.save() is True  # accepted: the edits become a new draft
    copy_id = editor.draft.offer_id
    assert copy_id is not None
    assert copy_id != stored.offer_id
    copy = offers.get_offer(mine, copy_id)
    assert copy.special_conditions == "Mise en service un samedi, accord du client"
    assert copy.number != stored.number
    assert not editor.is_dirty()
    assert editor.last_error == ""
    assert len(offers.get_offer(mine, stored.offer_id or 0).lines) == 3


def test_successive_saves_of_one_editor_are_not_conflicts(qtbot, dialogs, stores) -> None:
    mine, _theirs = stores
    backend = ServicesBackend(mine)
    stored = saved_draft(backend)
    editor = OfferEditor(backend, dialogs)
    qtbot.addWidget(editor, before_close_func=lambda w: w.undo_stack.setClean())
    editor.load(backend.load_offer(stored.offer_id or 0))
    for text in ("un", "deux", "trois"):
        editor.terms.conditions.setPlainText(text)
        assert editor.save() is True, editor.last_error
    assert offers.get_offer(mine, stored.offer_id or 0).special_conditions == "trois"
