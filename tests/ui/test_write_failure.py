"""A save that fails for real (the file may not grow) keeps the text, says why, and retries."""

from __future__ import annotations

import os

import pytest

from tests.conftest import type_text

pytestmark = [pytest.mark.gui, pytest.mark.skipif(os.name != "posix", reason="RLIMIT_FSIZE is a POSIX limit")]


@pytest.fixture
def file_size_limit():
    """Lower this process's file-size limit for a moment (SIGXFSZ ignored, so writes fail with EFBIG)."""
    import resource
    import signal

    soft, hard = resource.getrlimit(resource.RLIMIT_FSIZE)
    previous = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)

    def limit(size: int | None) -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (soft if size is None else size, hard))

    yield limit
    resource.setrlimit(resource.RLIMIT_FSIZE, (soft, hard))
    signal.signal(signal.SIGXFSZ, previous)


def test_failed_save_keeps_text_and_retries_when_space_returns(qtbot, main_window, file_size_limit):
    window = main_window
    window.new_action.trigger()
    type_text(window.editor.body, "Før disken blev fuld.")
    qtbot.waitUntil(lambda: not window.editor.is_dirty() and window.editor.entry_id is not None, timeout=10_000)
    window.tasks.wait()
    entry_id = window.editor.entry_id
    window.editor._retry.setInterval(200)
    big = "Tværgående ledelse kræver vedholdenhed. " * 30_000  # about 1.2 MB

    file_size_limit(256 * 1024)
    window.editor.body.setPlainText(big)
    window.editor.save_now()
    qtbot.waitUntil(lambda: window.save_state.text() == "Not saved", timeout=10_000)
    assert "could not" in window.statusBar().currentMessage()
    assert window.editor.body.toPlainText() == big and window.editor.is_dirty()
    window.lock()
    assert not window.is_locked  # never lock unsaved text away
    file_size_limit(None)

    qtbot.waitUntil(lambda: not window.editor.is_dirty(), timeout=10_000)
    window.tasks.wait()
    assert window.store.get_entry(entry_id).body == big
    assert window.store.integrity_check() == []


def test_switching_entries_after_a_failed_save_keeps_the_text(qtbot, main_window, file_size_limit, monkeypatch):
    window = main_window
    other = window.store.create_entry("En anden refleksion").ids[0]
    window.entry_model.reload()
    window.new_action.trigger()
    type_text(window.editor.body, "Første linje.")
    qtbot.waitUntil(lambda: not window.editor.is_dirty() and window.editor.entry_id is not None, timeout=10_000)
    window.tasks.wait()
    entry_id = window.editor.entry_id
    window.editor._retry.setInterval(200)
    window.set_auto_lock_interval(60_000)
    shown = []
    monkeypatch.setattr("journal.ui.messages.show_error", lambda parent, exc, title=None: shown.append(exc))
    big = "Vedholdenhed. " * 90_000

    file_size_limit(256 * 1024)
    window.editor.body.setPlainText(big)
    window.open_entry(other)  # refused: the text cannot be saved yet
    assert shown and "could not be saved yet" in shown[0]
    assert window.editor.entry_id == entry_id and window.editor.body.toPlainText() == big
    window.lock()  # refused too, and auto-lock keeps running
    assert not window.is_locked and window.auto_lock.isActive()
    file_size_limit(None)

    qtbot.waitUntil(lambda: not window.editor.is_dirty(), timeout=10_000)
    window.tasks.wait()
    assert window.store.get_entry(entry_id).body == big


def test_a_case_change_that_cannot_be_written_is_shown_as_not_made(qtbot, main_window, file_size_limit):
    window = main_window
    case_id = window.store.create_case("Sammenhængende indsats i Ærø").ids[0]
    entry_id = window.store.create_entry("Refleksion uden sag").ids[0]
    window.editor.set_cases(window.store.list_cases())
    window.open_entry(entry_id)
    box = window.editor.case_box
    assert box.currentData() is None

    file_size_limit(1)  # no write can reach the disk now
    box.setCurrentIndex(box.findData(case_id))
    box.activated.emit(box.currentIndex())
    qtbot.waitUntil(lambda: "could not" in window.statusBar().currentMessage(), timeout=10_000)
    file_size_limit(None)
    window.tasks.wait()
    assert box.currentData() is None  # the box shows what the journal holds
    assert window.store.get_entry(entry_id).case_id is None
    assert window.editor._ref.case_id is None  # the next save does not file it under the case after all
