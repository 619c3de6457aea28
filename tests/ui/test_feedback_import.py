"""The leader's side of the round trip in the real window: import a coach's feedback file, see
the comments beside the right reflections (the passage highlighted), the "changed since the
coach read it" mark after an edit, a reply and a read mark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QUrl
from shiboken6 import isValid

from journal.export import review
from tests.conftest import type_text

pytestmark = pytest.mark.gui

PASSWORD = "blå kaffe"


@pytest.fixture
def entries(store):
    ids = {}
    for n, (title, body) in enumerate((
        ("Silo", "Økonomien står i vejen for borgerens ene indsats."),
        ("Rådhuset", "Mødet på rådhuset lærte mig noget om åbenhed."),
        ("Hjemme", "Denne deles ikke."),
    )):
        ids[title] = store.create_entry(body, title=title, created=f"2025-0{n + 1}-10T09:00:00+01:00").ids[0]
    return ids


def _feedback_file(store, entries, path):
    key = review.derive_key(PASSWORD, review.Kdf.new())
    chosen = [store.get_entry(entries[t]) for t in ("Silo", "Rådhuset")]
    package = review.Package(review.new_id(), "2026-03-01T10:00:00+01:00", "en", tuple(
        review.ReviewEntry(e.uid, e.created, e.title, e.body, number=e.id) for e in chosen
    ))
    feedback = review.add_comment(None, package, package.entries[0], author="Karin", body="Hvem ejer **budgettet**?", anchor="står i vejen")
    feedback = review.add_comment(feedback, package, package.entries[1], author="Karin", body="Godt set.")
    path.write_bytes(review.seal_feedback(feedback, key))


def _import(qtbot, window, path, password=PASSWORD):
    dialog = window.review_actions.import_feedback(path)
    dialog.password.setText(password)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible() or dialog.import_button.isEnabled(), timeout=20_000)
    return dialog


def test_imported_comments_sit_beside_the_right_reflections(qtbot, store, entries, main_window, tmp_path):
    window = main_window
    path = tmp_path / "fra coach.tvaers-feedback"
    _feedback_file(store, entries, path)
    window.open_entry(entries["Hjemme"])

    dialog = _import(qtbot, window, path, "forkert")
    assert dialog.isVisible() and "password is wrong" in dialog.problem.text()
    dialog.reject()

    window.review_actions.summary = None
    _import(qtbot, window, path)
    qtbot.waitUntil(lambda: window.review_actions.summary is not None, timeout=10_000)
    assert "2 comments from Karin were attached" in window.review_actions.summary.text()
    window.review_actions.summary.accept()
    pane = window.review_actions.pane
    qtbot.waitUntil(lambda: window.editor.entry_id == entries["Silo"] and pane.isVisible(), timeout=10_000)
    thread = pane.view.toPlainText()
    assert "Karin" in thread and "Hvem ejer budgettet?" in thread and "Godt set." not in thread
    assert "»står i vejen«" in thread and "no longer in the text" not in thread and pane.changed_marks() == 0
    assert pane.highlighted_passages() == ["står i vejen"]

    window.open_entry(entries["Rådhuset"])
    qtbot.waitUntil(lambda: "Godt set." in pane.view.toPlainText(), timeout=10_000)
    assert "budgettet" not in pane.view.toPlainText() and pane.highlighted_passages() == []
    window.open_entry(entries["Hjemme"])
    qtbot.waitUntil(lambda: not pane.isVisible(), timeout=10_000)

    # The leader edits the commented reflection: the mark appears once the edit is saved.
    window.open_entry(entries["Silo"])
    qtbot.waitUntil(lambda: pane.isVisible() and pane.entry_id == entries["Silo"] and bool(pane.comments), timeout=10_000)
    window.editor.set_autosave_delay(50)
    body = window.editor.body
    cursor = body.textCursor()
    cursor.movePosition(cursor.MoveOperation.End)
    body.setTextCursor(cursor)
    body.setFocus()
    type_text(body, " Nu med mere.")
    qtbot.waitUntil(lambda: pane.changed_marks() == 1, timeout=10_000)
    assert "changed since the coach read it" in pane.view.toPlainText()
    assert pane.highlighted_passages() == ["står i vejen"]  # the passage is still there

    # Reply and mark as read.
    coach_comment = pane.comments[0]
    pane.view.linkRequested.emit(QUrl(f"reply:{coach_comment.id}"))
    assert pane.reply.isVisible()
    pane.reply.setPlainText("Økonomichefen, tror jeg.")
    qtbot.mouseClick(pane.send, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(pane.comments) == 2, timeout=10_000)
    assert "Økonomichefen, tror jeg." in pane.view.toPlainText()
    assert pane.comments[0].is_read and pane.comments[1].origin == "leader"

    # The same file again adds nothing and says so.
    window.review_actions.summary = None
    _import(qtbot, window, path)
    qtbot.waitUntil(lambda: window.review_actions.summary is not None and "attached before" in window.review_actions.summary.text(), timeout=10_000)
    assert len(store.comments_of(entries["Silo"])) == 2
