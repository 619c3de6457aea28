"""Very large text in the real window (issue 19.7).

Typing does no work proportional to the text (an edit only counts a revision),
the preview reads at most its size cap, and a paste that would make the entry
longer than the journal keeps is refused whole, with a message, leaving what
was typed untouched.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from journal.store.limits import MAX_ENTRY_CHARS
from tests.conftest import type_text

pytestmark = pytest.mark.gui


def _paste(qtbot, widget, text: str) -> None:
    QApplication.clipboard().setText(text)
    qtbot.keyClick(widget, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)


def _wait_saved(qtbot, window) -> None:
    qtbot.waitUntil(lambda: not window.editor.is_dirty() and window.editor.entry_id is not None, timeout=10_000)
    window.tasks.wait()


def test_a_paste_beyond_the_entry_cap_is_refused_and_nothing_is_lost(qtbot, main_window, monkeypatch):
    shown = []
    monkeypatch.setattr("journal.ui.messages.show_error", lambda parent, text, title=None: shown.append(text))
    editor = main_window.editor
    main_window.new_action.trigger()
    type_text(editor.body, "Før: æøå ")

    _paste(qtbot, editor.body, "ord " * (MAX_ENTRY_CHARS // 4))
    assert editor.body.toPlainText() == "Før: æøå "
    assert len(shown) == 1
    assert shown[0].startswith("Nothing was pasted") and "6,000,000" in shown[0]

    _paste(qtbot, editor.body, "og så lidt mere")
    assert editor.body.toPlainText() == "Før: æøå og så lidt mere"
    assert len(shown) == 1
    _wait_saved(qtbot, main_window)
    assert main_window.store.get_entry(editor.entry_id).body == "Før: æøå og så lidt mere"


def test_a_long_entry_previews_its_beginning_as_plain_text(qtbot, main_window):
    from journal.export.markdown import MAX_RICH_CHARS

    editor = main_window.editor
    text = "# Overskrift\n\n" + "Et **langt** afsnit om ledelse.\n" * (MAX_RICH_CHARS // 20)
    main_window.new_action.trigger()
    editor.body.setPlainText(text)
    main_window.preview_action.trigger()
    qtbot.waitUntil(lambda: "plain text" in editor.preview.toPlainText(), timeout=10_000)
    shown = editor.preview.toPlainText()
    assert "# Overskrift" in shown and "**langt**" in shown, "the Markdown is shown as typed"
    assert len(shown) < MAX_RICH_CHARS + 1_000, "only the beginning is laid out"
