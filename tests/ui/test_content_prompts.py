"""The prompt panel complete: kind filter, search, another question, the source passage, own questions, templates."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from journal.ui.dialogs.own_prompt import OwnPromptDialog
from journal.ui.dialogs.source_passage import SourcePassageDialog
from journal.ui.panels.prompt_panel import OWN_THEME, PromptIdRole
from tests.conftest import type_text

pytestmark = pytest.mark.gui


def _shown_ids(panel) -> list[str]:
    return [panel.list.item(i).data(PromptIdRole) for i in range(panel.list.count())]


def test_filter_by_theme_and_kind_and_search(qtbot, main_window):
    panel = main_window.prompt_panel
    content = main_window.content
    everything = _shown_ids(panel)
    assert len(everything) == len(content.prompts)
    panel.kind_filter.setCurrentIndex(panel.kind_filter.findData("milestone"))
    milestones = _shown_ids(panel)
    assert milestones and all(content.prompt(pid).kind == "milestone" for pid in milestones)
    theme = content.prompt(milestones[0]).theme
    panel.theme_filter.setCurrentIndex(panel.theme_filter.findData(theme))
    assert _shown_ids(panel) == [p for p in milestones if content.prompt(p).theme == theme]
    panel.kind_filter.setCurrentIndex(0)
    panel.theme_filter.setCurrentIndex(0)
    type_text(panel.filter_text, "politicians")
    found = _shown_ids(panel)
    assert found and len(found) < len(everything)
    assert all("politician" in panel.text_of(content.prompt(pid)).lower() or "politic" in panel.theme_name(content.prompt(pid)).lower() for pid in found)


def test_another_question_and_where_it_comes_from(qtbot, main_window, monkeypatch):
    panel = main_window.prompt_panel
    first = panel.today
    qtbot.mouseClick(panel.another_button, Qt.MouseButton.LeftButton)
    assert panel.today.id != first.id
    assert panel.source.isHidden()
    assert "Where does the question come from?" in panel.source_link.text()
    panel.source_link.linkActivated.emit("source")
    assert not panel.source.isHidden()
    assert panel.source.quote.text() == f"“{panel.today.source.quote}”"
    assert "Væksthus for Ledelse" in panel.source.origin.text()
    panel.source_link.linkActivated.emit("source")
    assert panel.source.isHidden()

    shown = {}

    def record(dialog):
        shown["question"] = dialog.question.text()
        shown["quote"] = dialog.passage.quote.text()
        return 0

    monkeypatch.setattr(SourcePassageDialog, "exec", record)
    item = panel.list.item(2)
    panel.show_source_of(item.data(PromptIdRole))
    prompt = main_window.content.prompt(item.data(PromptIdRole))
    assert shown == {"question": item.text(), "quote": f"“{prompt.source.quote}”"}


def test_own_question_is_added_listed_and_answered(qtbot, main_window, monkeypatch):
    panel = main_window.prompt_panel

    def fill(dialog):
        assert not dialog.ok.isEnabled()
        dialog.text.setPlainText("Hvem har jeg ikke talt med i denne uge?")
        dialog.kind.setCurrentIndex(dialog.kind.findData("daily"))
        return OwnPromptDialog.DialogCode.Accepted

    monkeypatch.setattr(OwnPromptDialog, "exec", fill)
    qtbot.mouseClick(panel.own_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.theme_filter.findData(OWN_THEME) >= 0, timeout=5_000)
    own = main_window.store.list_own_prompts()
    assert [o.text_en for o in own] == ["Hvem har jeg ikke talt med i denne uge?"]
    panel.theme_filter.setCurrentIndex(panel.theme_filter.findData(OWN_THEME))
    assert _shown_ids(panel) == [own[0].id]
    panel.list.itemActivated.emit(panel.list.item(0))
    assert main_window.editor.body.toPlainText() == "> Hvem har jeg ikke talt med i denne uge?\n\n"
    assert main_window.editor.prompt_label.isHidden()  # the question is shown once: as the quote


def test_own_question_is_edited_and_removed_and_its_answers_stay(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = main_window
    panel = window.prompt_panel
    window.store.add_own_prompt("", "Hvad lærte jeg af borgeren i dag?", kind="daily")
    window.content_actions._load_prompts()
    own_id = window.store.list_own_prompts()[0].id
    panel.theme_filter.setCurrentIndex(panel.theme_filter.findData(OWN_THEME))
    menu = panel.menu_for(panel.list.item(0))
    assert [a.text() for a in menu.actions()] == ["Answer", "Edit your question…", "Remove your question…"]  # no source
    panel.list.itemActivated.emit(panel.list.item(0))
    type_text(window.editor.body, "Borgeren i Ærø mødte fem forvaltninger.")
    qtbot.waitUntil(lambda: window.editor.entry_id is not None and not window.editor.is_dirty(), timeout=5_000)
    window.tasks.wait()
    answer_id = window.editor.entry_id

    def reword(dialog):
        assert dialog.text.toPlainText() == "Hvad lærte jeg af borgeren i dag?"  # the form shows the question as it is
        dialog.text.setPlainText("Hvad lærte jeg af borgerne i denne uge?")
        dialog.kind.setCurrentIndex(dialog.kind.findData("after_meeting"))
        return OwnPromptDialog.DialogCode.Accepted

    monkeypatch.setattr(OwnPromptDialog, "exec", reword)
    window.content_actions.edit_own_prompt(own_id)
    qtbot.waitUntil(lambda: panel.list.count() == 1 and "borgerne i denne uge" in panel.list.item(0).text(), timeout=5_000)
    mine = window.store.list_own_prompts()
    assert [(o.id, o.text_en, o.kind) for o in mine] == [(own_id, "Hvad lærte jeg af borgerne i denne uge?", "after_meeting")]

    monkeypatch.setattr(QMessageBox, "exec", lambda box: QMessageBox.StandardButton.Yes)
    window.content_actions.remove_own_prompt(own_id)
    qtbot.waitUntil(lambda: panel.theme_filter.findData(OWN_THEME) < 0, timeout=5_000)
    assert window.store.list_own_prompts() == []
    assert own_id not in _shown_ids(panel)
    assert panel.today is not None and panel.today.id != own_id
    answer = window.store.get_entry(answer_id)
    assert answer.body.startswith("> Hvad lærte jeg af borgeren i dag?") and "fem forvaltninger" in answer.body
    window.open_entry(answer_id)  # a reflection whose question is gone still opens
    assert "fem forvaltninger" in window.editor.body.toPlainText()


def test_others_who_answered_the_question(qtbot, main_window):
    window = main_window
    prompt = window.prompt_panel.today
    store = window.store
    for text in ("Første svar", "Andet svar"):
        store.create_entry(f"> {prompt.id}\n\n{text}", prompt_id=prompt.id)
    store.create_entry("Noget helt andet")
    window.entry_model.reload()
    qtbot.mouseClick(window.prompt_panel.answer_button, Qt.MouseButton.LeftButton)
    assert window.editor.links.isVisible()
    assert "2 other reflections answer it" in window.editor.links.text()
    type_text(window.editor.body, "Mit tredje svar.")
    qtbot.waitUntil(lambda: window.editor.entry_id is not None and "2 other" in window.editor.links.text(), timeout=5_000)
    window.editor.links.linkActivated.emit("others")
    bar = window.content_actions.filter_bar
    assert bar.isVisible() and window.prompt_panel.today_text.text() in bar.text()
    assert window.entry_model.rowCount() == 3
    bar.linkActivated.emit("all")
    assert not bar.isVisible() and window.entry_model.rowCount() == 4


def test_new_from_template_is_created_only_when_written_in(qtbot, main_window):
    window = main_window
    menu = window.content_actions.template_menu
    names = [a.text() for a in menu.actions()]
    assert "What? So what? Now what?" in names
    menu.actions()[names.index("What? So what? Now what?")].trigger()
    body = window.editor.body.toPlainText()
    assert body.startswith("## What?") and "## Now what?" in body
    window.editor.save_now()
    window.tasks.wait()
    assert window.store.list_entries() == []  # an untouched template is not a reflection
    type_text(window.editor.body, "Mødet med skolelederne.")
    qtbot.waitUntil(lambda: window.editor.entry_id is not None and not window.editor.is_dirty(), timeout=5_000)
    saved = window.store.get_entry(window.editor.entry_id).body
    # Written under the first guiding question, as its own paragraph, before the next heading.
    assert saved.startswith("## What?\n\n*What happened?")
    assert "part in it?*\n\nMødet med skolelederne.\n## So what?" in saved


def test_every_question_in_the_list_is_shown_whole_at_any_width(qtbot, main_window):
    from PySide6.QtCore import QRect
    from PySide6.QtGui import QFontMetrics

    panel = main_window.prompt_panel
    view = panel.list
    wrap = Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft

    def shown_whole() -> bool:
        """At least three rows visible, and every visible row tall enough for its wrapped text."""
        metrics = QFontMetrics(view.font())
        checked = 0
        for row in range(view.count()):
            rect = view.visualItemRect(view.item(row))
            if not rect.intersects(view.viewport().rect()):
                continue
            needed = metrics.boundingRect(QRect(0, 0, rect.width() - 8, 100_000), wrap, view.item(row).text()).height()
            if rect.height() - 8 < needed:
                return False
            checked += 1
        return checked >= 3

    widths = set()
    narrowest = max(panel.minimumSizeHint().width(), panel.minimumWidth())
    for width in (narrowest + 60, narrowest, narrowest + 160):
        sizes = main_window.splitter.sizes()
        main_window.splitter.setSizes([sizes[0], sum(sizes) - sizes[0] - width, width])
        qtbot.waitUntil(shown_whole, timeout=5_000)
        view.scrollToBottom()
        qtbot.waitUntil(shown_whole, timeout=5_000)
        view.scrollToTop()
        widths.add(view.viewport().width())
    assert len(widths) >= 2  # the list was really laid out at different widths
