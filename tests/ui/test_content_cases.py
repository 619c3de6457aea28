"""The case library and the editor's case selector, through the real window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal.ui.dialogs.case_edit import CaseEditDialog
from journal.ui.panels.case_library import CaseLibrary, ValueRole
from tests.conftest import type_text

pytestmark = pytest.mark.gui

NAME = "Sammenhængende indsats for unge uden uddannelse"


def _case_names(library) -> list[str]:
    return [library.cases.item(i).text().strip() for i in range(library.cases.count()) if library.cases.item(i).data(ValueRole)]


def test_own_case_create_rename_describe_archive_and_write_in_it(qtbot, main_window, monkeypatch):
    window = main_window
    edits = iter([("Unge uden uddannelse", ""), (NAME, "Jobcenter, UU og skoler giver én samlet indsats.")])

    def fill_case(dialog):
        name, description = next(edits)
        dialog.name.setText(name)
        dialog.description.setPlainText(description)
        return CaseEditDialog.DialogCode.Accepted

    monkeypatch.setattr(CaseEditDialog, "exec", fill_case)
    seen = {}

    def drive(library):
        library.show()
        assert "Region Sjælland" in _case_names(library)
        qtbot.mouseClick(library.new_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: library.case is not None and library.case.name == "Unge uden uddannelse", timeout=5_000)
        assert library.edit_button.isVisible() and library.archive_button.isVisible()
        qtbot.mouseClick(library.edit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: library.case is not None and library.case.name == NAME, timeout=5_000)
        assert library.description.toPlainText() == "Jobcenter, UU og skoler giver én samlet indsats."
        qtbot.mouseClick(library.archive_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: NAME not in _case_names(library), timeout=5_000)
        assert "archived" in library.notice.text()
        library.show_archived.setChecked(True)
        library.select_case(library.session.store.list_cases(include_archived=True)[0].id)
        seen["archived"] = library.case.archived and library.archive_button.text() == "Restore"
        qtbot.mouseClick(library.archive_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: library.case is not None and not library.case.archived, timeout=5_000)
        qtbot.mouseClick(library.write_button, Qt.MouseButton.LeftButton)
        return library.result()

    monkeypatch.setattr(CaseLibrary, "exec", drive)
    window.content_actions.library_action.trigger()
    assert seen["archived"]
    case_id = window.store.list_cases()[0].id
    assert window.editor.case_box.currentData() == case_id
    assert window.case_filter.findData(case_id) >= 0  # the window's filter knows the new case
    type_text(window.editor.body, "Første møde i styregruppen.")
    qtbot.waitUntil(lambda: window.editor.entry_id is not None and not window.editor.is_dirty(), timeout=5_000)
    assert window.store.get_entry(window.editor.entry_id).case_id == case_id


def test_case_view_shows_timeline_and_open_next_steps(qtbot, main_window, monkeypatch):
    window = main_window
    store = window.store
    store.create_case(NAME)
    case_id = store.list_cases()[0].id
    old = store.create_entry("Opstart", title="Opstartsmøde", case_id=case_id, created="2025-03-03T09:00:00+01:00").ids[0]
    store.create_entry("Opfølgning", title="Styregruppe", case_id=case_id, created="2025-04-10T09:00:00+02:00")
    store.create_entry("Uden sag")
    store.add_commitment(old, "Aftal fælles mål med UU", "2025-03-20")
    done = store.add_commitment(old, "Allerede gjort").ids[0]
    store.update_commitment(done, status="done")
    seen = {}

    def look(library):
        library.show()
        library.select_case(case_id)
        seen["timeline"] = [library.timeline.item(i).text() for i in range(library.timeline.count())]
        seen["steps"] = [library.steps_model.index(r).data() for r in range(library.steps_model.rowCount())]
        library.timeline.itemActivated.emit(library.timeline.item(1))
        return library.result()

    monkeypatch.setattr(CaseLibrary, "exec", look)
    window.content_actions.library_action.trigger()
    assert seen["timeline"] == ["10 April 2025 · Styregruppe", "3 March 2025 · Opstartsmøde"]
    assert seen["steps"] == ["Aftal fælles mål med UU · 20 March 2025"]
    assert window.editor.entry_id == old  # double-click on the timeline opened the entry


def test_published_case_shows_summary_and_its_questions(qtbot, main_window, monkeypatch):
    window = main_window
    card = window.content.case_card("region-sjaelland")
    seen = {}

    def look(library):
        library.show()
        library.select_case("region-sjaelland")
        seen["title"] = library.name.text()
        seen["summary"] = library.description.toPlainText()
        seen["prompts"] = [library.prompts.item(i).data(ValueRole) for i in range(library.prompts.count())]
        seen["editable"] = library.edit_button.isVisible() or library.archive_button.isVisible()
        library.prompts.itemActivated.emit(library.prompts.item(0))
        return library.result()

    monkeypatch.setattr(CaseLibrary, "exec", look)
    window.content_actions.library_action.trigger()
    assert seen["title"] == card.name("en")
    assert "follow and challenge each other's projects" in seen["summary"]
    assert seen["prompts"] == list(card.prompts) and seen["editable"] is False
    first = card.prompts[0]
    assert window.editor.body.toPlainText().startswith("> " + window.content.prompt_text(first))
    assert window.editor.case_box.currentData() == "region-sjaelland"
    type_text(window.editor.body, "Svar.")
    qtbot.waitUntil(lambda: window.editor.entry_id is not None and not window.editor.is_dirty(), timeout=5_000)
    entry = window.store.get_entry(window.editor.entry_id)
    assert (entry.prompt_id, entry.case_id) == (first, "region-sjaelland")


def test_editor_case_selector_moves_a_saved_entry(qtbot, main_window):
    window = main_window
    window.new_action.trigger()
    type_text(window.editor.body, "Hvor hører den her til?")
    qtbot.waitUntil(lambda: window.editor.entry_id is not None and not window.editor.is_dirty(), timeout=5_000)
    box = window.editor.case_box
    index = box.findData("naestved-kommune") if box.findData("naestved-kommune") >= 0 else 1
    box.setCurrentIndex(index)
    box.activated.emit(index)
    target = box.itemData(index)
    qtbot.waitUntil(lambda: window.store.get_entry(window.editor.entry_id).case_id == target, timeout=5_000)
    box.setCurrentIndex(0)
    box.activated.emit(0)
    qtbot.waitUntil(lambda: window.store.get_entry(window.editor.entry_id).case_id is None, timeout=5_000)
