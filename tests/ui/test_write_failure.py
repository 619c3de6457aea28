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
