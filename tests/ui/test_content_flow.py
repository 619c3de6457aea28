"""Issue 4's acceptance flow through the real window: prompt → entry → next step → reopen → follow-up → linked."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt

from journal.store import Store
from journal.ui.dates import day_month
from journal.ui.dialogs.postpone import PostponeDialog
from tests.conftest import PASSPHRASE, type_text

pytestmark = pytest.mark.gui

STEP = "Ring til Henrik om budgettet – før mødet på fredag"


def _wait_saved(qtbot, window):
    qtbot.waitUntil(lambda: not window.editor.is_dirty() and window.editor.entry_id is not None, timeout=10_000)
    window.tasks.wait()


def _reopen(qtbot, journal_dir):
    from journal.app import build_window

    window = build_window(Store.open(journal_dir, PASSPHRASE), "en")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_next_step_comes_back_as_a_follow_up_and_the_answer_is_linked(qtbot, main_window, journal_dir):
    window = main_window
    today_prompt = window.prompt_panel.today
    qtbot.mouseClick(window.prompt_panel.answer_button, Qt.MouseButton.LeftButton)
    type_text(window.editor.body, "Vi aftalte, at jeg tager fat i økonomien.")

    panel = window.editor.commitments
    assert not panel.add_button.isEnabled()
    type_text(panel.text, STEP)
    qtbot.mouseClick(panel.has_due, Qt.MouseButton.LeftButton)
    assert panel.due.isEnabled()
    panel.due.setDate(QDate.currentDate().addDays(-1))
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    # Listed, and the field is empty again, ready for the next one.
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1 and panel.text.text() == "", timeout=5_000)
    original = window.editor.entry_id
    assert window.store.get_entry(original).prompt_id == today_prompt.id
    assert "·" in panel.model.index(0).data() and panel.view.isVisible()
    window.close()

    second = _reopen(qtbot, journal_dir)
    follow_ups = second.prompt_panel.follow_ups
    assert follow_ups.isVisible() and len(follow_ups.cards) == 1
    quote = follow_ups.cards[0].question.text()
    assert quote == f"On {day_month(date.today())} you wrote: “{STEP}” How did it go?"

    qtbot.mouseClick(follow_ups.cards[0].answer_button, Qt.MouseButton.LeftButton)
    # the step in the leader's words is quoted; the question around it is shown, not frozen into the text
    assert second.editor.body.toPlainText() == f"> {STEP}\n\n"
    assert second.editor.prompt_label.text() == quote and "How did it go" not in second.editor.body.toPlainText()
    type_text(second.editor.body, "Det gik godt – Henrik er med.")
    _wait_saved(qtbot, second)
    follow_up = second.editor.entry_id
    assert follow_up != original
    qtbot.waitUntil(lambda: follow_ups.isHidden(), timeout=5_000)  # answered: it does not ask again today

    # The two entries are linked, in the journal and on screen, both ways.
    store = second.store
    assert store.follow_up_of(follow_up).entry_id == original
    assert [c.follow_up_entry_id for c in store.list_commitments(entry_id=original)] == [follow_up]
    assert "Open the reflection it follows up" in second.editor.links.text()
    first_row = second.editor.commitments.model.index(0)
    assert first_row.data().startswith(f"From {day_month(date.today())}:")
    second.editor.links.linkActivated.emit(f"entry:{original}")
    assert second.editor.entry_id == original
    row = second.editor.commitments.model.index(0)
    second.editor.commitments.view.doubleClicked.emit(row)  # the next step opens its follow-up
    assert second.editor.entry_id == follow_up
    second.close()


def test_done_postpone_and_drop(qtbot, main_window, monkeypatch):
    window = main_window
    store = window.store
    yesterday = (date.today() - timedelta(days=1)).isoformat()
    entry = store.create_entry("Refleksion med tre næste skridt").ids[0]
    ids = [store.add_commitment(entry, text, yesterday).ids[0] for text in ("Første", "Anden", "Tredje")]
    window.content_actions.refresh_follow_ups()
    follow_ups = window.prompt_panel.follow_ups
    assert [c.commitment.id for c in follow_ups.cards] == ids[:2]
    assert follow_ups.more.isVisible()  # a third is waiting behind "1 more…"

    qtbot.mouseClick(follow_ups.cards[0].done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [c.commitment.id for c in follow_ups.cards] == ids[1:], timeout=5_000)
    assert store.get_commitment(ids[0]).status == "done"

    asked = {}

    def pick_date(dialog):
        asked["default"] = dialog.date.date()
        dialog.date.setDate(QDate.currentDate().addDays(10))
        return PostponeDialog.DialogCode.Accepted

    monkeypatch.setattr(PostponeDialog, "exec", pick_date)
    qtbot.mouseClick(follow_ups.cards[0].postpone_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: [c.commitment.id for c in follow_ups.cards] == ids[2:], timeout=5_000)
    assert asked["default"] == QDate.currentDate().addDays(7)
    postponed = store.get_commitment(ids[1])
    assert postponed.status == "postponed" and postponed.due == (date.today() + timedelta(days=10)).isoformat()

    # Drop from the list under the editor.
    window.open_entry(entry)
    panel = window.editor.commitments
    panel.view.setCurrentIndex(panel.model.index(panel.model.row_of(ids[2])))
    assert panel.drop_button.isEnabled()
    qtbot.mouseClick(panel.drop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: store.get_commitment(ids[2]).status == "dropped", timeout=5_000)
    qtbot.waitUntil(lambda: follow_ups.isHidden(), timeout=5_000)
    qtbot.waitUntil(lambda: panel.model.index(panel.model.row_of(ids[2])).data().endswith("(dropped)"), timeout=5_000)
    assert not panel.drop_button.isEnabled()  # nothing more to do with a dropped step

    # Ticking a step marks it done; unticking opens it again.
    index = panel.model.index(panel.model.row_of(ids[1]))
    panel.model.setData(index, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: store.get_commitment(ids[1]).status == "done", timeout=5_000)
    index = panel.model.index(panel.model.row_of(ids[1]))
    panel.model.setData(index, Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    qtbot.waitUntil(lambda: store.get_commitment(ids[1]).status == "open", timeout=5_000)
