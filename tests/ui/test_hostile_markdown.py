"""Hostile Markdown in the real window with the preview open (issue 19.2).

About 300 characters of nested ``<table>`` once blocked the GUI thread for
19 s (Qt's table layout doubles per level) and 3,000 levels crashed the app,
losing the pasted text; a slow render also held up locking.  Here the text is
pasted like a person would, and the window must show it plainly, lock, and
keep every character.
"""

from __future__ import annotations

import threading

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.conftest import type_text, unlock

pytestmark = pytest.mark.gui

NESTED_TABLES = "<table><tr><td>" * 20  # 300 characters


def _paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


@pytest.mark.parametrize("levels", [20, 3000], ids=["300 characters", "3000 levels"])
def test_pasted_nested_tables_are_previewed_plainly_and_kept_through_a_lock(qtbot, main_window, levels):
    editor = main_window.editor
    hostile = "<table><tr><td>" * levels
    main_window.new_action.trigger()
    type_text(editor.body, "Før: ")
    main_window.preview_action.trigger()
    _paste(qtbot, editor.body, hostile)
    assert editor.body.toPlainText() == "Før: " + hostile

    qtbot.waitUntil(lambda: hostile in editor.preview.toPlainText(), timeout=10_000)
    assert "shows it as plain text" in editor.preview.toPlainText()
    assert "<table" not in editor.preview.toHtml(), "no table reaches Qt's layout"

    main_window.lock_action.trigger()
    assert main_window.is_locked
    assert editor.preview.toPlainText() == ""
    unlock(qtbot, main_window)
    assert not main_window.is_locked
    assert editor.body.toPlainText() == "Før: " + hostile
    assert main_window.store.get_entry(editor.entry_id).body == "Før: " + hostile


def test_lock_does_not_wait_for_a_render_and_drops_its_result(qtbot, main_window, monkeypatch):
    """A render still running when the journal locks neither delays the lock nor shows its text after it."""
    from journal.export import markdown

    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def held(real):
        def render(text, **options):
            started.set()
            release.wait(timeout=10)
            finished.set()
            return real(text, **options)

        return render

    monkeypatch.setattr(markdown, "render_bounded", held(markdown.render_bounded))
    monkeypatch.setattr(markdown, "render", held(markdown.render))

    editor = main_window.editor
    main_window.new_action.trigger()
    type_text(editor.body, "Hemmelig refleksion")
    main_window.preview_action.trigger()
    qtbot.waitUntil(started.is_set, timeout=5_000)

    main_window.lock_action.trigger()
    assert main_window.is_locked
    assert not finished.is_set(), "the lock waited for the render to end"

    release.set()
    main_window.tasks.wait_renders()
    QApplication.processEvents()
    assert editor.preview.toPlainText() == ""
    unlock(qtbot, main_window)
    assert main_window.store.get_entry(editor.entry_id).body == "Hemmelig refleksion"
