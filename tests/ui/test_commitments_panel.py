"""Next steps under the editor, the open next steps overview, and what locking does to them."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt

from journal.ui.models.commitments import CommitmentListModel
from journal.ui.panels.case_library import CaseLibrary
from journal.ui.panels.open_commitments import OpenCommitmentsDialog
from tests.conftest import type_text, unlock

pytestmark = pytest.mark.gui


def test_next_step_on_an_empty_new_entry_saves_the_entry_first(qtbot, main_window):
    window = main_window
    window.new_action.trigger()
    panel = window.editor.commitments
    assert window.editor.entry_id is None
    type_text(panel.text, "Book et møde med skolechefen")
    qtbot.keyClick(panel.text, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.text.text() == "", timeout=5_000)
    entry_id = window.editor.entry_id
    assert entry_id is not None
    [step] = window.store.list_commitments(entry_id=entry_id)
    assert (step.text, step.due, step.status) == ("Book et møde med skolechefen", None, "open")
    assert window.entry_model.rowCount() == 1
    # Typing afterwards goes into the same entry, not a new one.
    type_text(window.editor.body, "Referat følger.")
    qtbot.waitUntil(lambda: not window.editor.is_dirty(), timeout=5_000)
    window.tasks.wait()
    assert [e.id for e in window.store.list_entries()] == [entry_id]
    assert window.store.get_entry(entry_id).body == "Referat følger."


def test_commitment_model(qtmodeltester, store):
    entry = store.create_entry("x").ids[0]
    for text, due in (("a", "2025-01-01"), ("b", None), ("c", "2030-01-01")):
        store.add_commitment(entry, text, due)
    rows = store.list_commitments(entry_id=entry)
    model = CommitmentListModel()
    model.set_rows(rows, {rows[0].id: "From 1 January:"})
    qtmodeltester.check(model)
    assert model.index(0).data(Qt.ItemDataRole.ForegroundRole) is not None  # the date has passed
    assert model.index(2).data() == "b"  # undated last


def test_open_next_steps_by_date_and_by_case(qtbot, main_window, monkeypatch):
    window = main_window
    store = window.store
    today = date.today()
    store.create_case("Ældreplejen")
    case_id = store.list_cases()[0].id
    in_case = store.create_entry("med sag", case_id=case_id).ids[0]
    loose = store.create_entry("uden sag").ids[0]
    late = store.add_commitment(in_case, "For sent", (today - timedelta(days=3)).isoformat()).ids[0]
    store.add_commitment(loose, "Snart", (today + timedelta(days=2)).isoformat())
    store.add_commitment(in_case, "Senere", (today + timedelta(days=40)).isoformat())
    store.add_commitment(loose, "Engang")
    seen = {}

    def drive(dialog):
        dialog.show()
        seen["date"] = dialog.steps_shown()
        dialog.by_case.setChecked(True)
        seen["case"] = dialog.steps_shown()
        dialog.select_step(late)
        qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: all("For sent" not in steps for _h, steps in dialog.steps_shown()), timeout=5_000)
        dialog.select_step(store.list_open_commitments()[0].id)
        qtbot.mouseClick(dialog.open_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(OpenCommitmentsDialog, "exec", drive)
    window.content_actions.next_steps_action.trigger()
    assert seen["date"] == [
        ("Date passed (1)", ["For sent"]),
        ("The coming week (1)", ["Snart"]),
        ("Later (1)", ["Senere"]),
        ("No date (1)", ["Engang"]),
    ]
    assert seen["case"] == [("Ældreplejen (2)", ["For sent", "Senere"]), ("No case (2)", ["Snart", "Engang"])]
    assert store.get_commitment(late).status == "done"
    assert window.editor.entry_id == loose  # "Snart" is first now; its reflection opened


def test_lock_closes_the_case_library_and_hides_follow_ups(qtbot, main_window, monkeypatch):
    window = main_window
    store = window.store
    entry = store.create_entry("x").ids[0]
    store.add_commitment(entry, "Hemmeligt næste skridt", (date.today() - timedelta(days=1)).isoformat())
    window.content_actions.refresh_follow_ups()
    assert window.prompt_panel.follow_ups.isVisible()
    seen = {}

    def drive(library):
        library.show()
        window.lock()
        seen["closed"] = library.isHidden()
        return library.result()

    monkeypatch.setattr(CaseLibrary, "exec", drive)
    window.content_actions.library_action.trigger()
    assert seen["closed"] and window.is_locked
    assert window.prompt_panel.follow_ups.isHidden() and window.prompt_panel.follow_ups.items == []
    assert not window.content_actions.library_action.isEnabled()
    unlock(qtbot, window)
    assert [c.commitment.text for c in window.prompt_panel.follow_ups.cards] == ["Hemmeligt næste skridt"]
    assert window.content_actions.library_action.isEnabled()
