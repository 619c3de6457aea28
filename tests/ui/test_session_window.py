"""The window's journal session: lock, close and quit in one order, slow work off the GUI thread."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTimer

from journal.session import SessionState
from journal.store import Store, backup
from tests.conftest import PASSPHRASE, type_text, unlock

pytestmark = pytest.mark.gui


def _journal_with_entries(journal_dir, n: int = 400) -> Store:
    from journal.prompts.catalogue import load_catalogue
    from journal.prompts.content import Content

    store, _ = Store.create(journal_dir, PASSPHRASE)
    store.create_entries({"body": f"Refleksion nr. {i}: økonomien ender i adskilte kasser. " * 20} for i in range(n))
    store.ensure_published_cases(Content(load_catalogue(), "da").published_cases())
    return store


def _window(qtbot, store, monkeypatch):
    from journal.app import application, build_window, install_language

    problems: list[str] = []
    monkeypatch.setattr("journal.ui.messages.show_error", lambda parent, exc, title=None: problems.append(str(exc)))
    install_language(application(), "en")
    window = build_window(store, "en")
    qtbot.addWidget(window)
    window.statusBar().messageChanged.connect(lambda text: problems.append(text) if "fail" in text else None)
    window.show()
    return window, problems


@pytest.mark.parametrize("moment", ["before the integrity check", "while the daily backup runs"])
def test_locking_with_the_daily_backup_in_flight_shows_no_failure_and_keeps_the_journal(qtbot, journal_dir, monkeypatch, moment):
    store = _journal_with_entries(journal_dir)
    paths = store.paths
    window, problems = _window(qtbot, store, monkeypatch)
    if moment == "while the daily backup runs":
        # The quick check has passed and the backup (VACUUM INTO, two checks) is on the writer.
        qtbot.waitUntil(lambda: window.tasks.writing, timeout=10_000)
    window.lock()
    assert window.session.state is SessionState.LOCKED and store.closed
    window.tasks.wait()
    qtbot.waitUntil(lambda: window.tasks.idle, timeout=10_000)
    qtbot.wait(50)  # let any late delivery arrive: none may report a failure over the lock screen
    assert problems == []
    assert window.lock_page.message.text() == ""
    reopened = Store.open(paths.root, PASSPHRASE)
    assert reopened.count_entries() == 400 and reopened.integrity_check() == []
    for made in backup.list_backups(paths):  # a backup either finished and verifies, or never started
        assert backup.verify(made.path, reopened.data_key) == 400
    reopened.close()
    unlock(qtbot, window)
    assert window.entry_model.rowCount() > 0


def test_unlocking_derives_the_key_while_the_window_keeps_painting(qtbot, main_window):
    main_window.lock()
    ticks = []
    timer = QTimer()
    timer.setInterval(1)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    page = main_window.lock_page
    page.passphrase.setText(PASSPHRASE)
    page.button.click()
    assert not page.button.isEnabled() and page.message.text() == "Unlocking…"
    page.button.click()  # a second click while the key is derived does nothing
    qtbot.waitUntil(lambda: not main_window.is_locked, timeout=15_000)
    timer.stop()
    assert ticks, "the GUI thread's event loop stood still while the key was derived"


def test_quitting_after_changes_backs_up_on_the_writer_and_then_closes(qtbot, main_window):
    paths = main_window.store.paths
    main_window.new_action.trigger()
    type_text(main_window.editor.body, "Skrevet lige før jeg lukkede")
    main_window.close()
    assert main_window.isVisible() and not main_window.centralWidget().isEnabled()
    main_window.close()  # asking again while the backup runs changes nothing
    qtbot.waitUntil(lambda: main_window.session.state is SessionState.LOCKED, timeout=20_000)
    assert not main_window.isVisible()
    [session_backup] = [b for b in backup.list_backups(paths) if b.kind == "session"]
    reopened = Store.open(paths.root, PASSPHRASE)
    assert backup.verify(session_backup.path, reopened.data_key) == 1
    assert reopened.list_entries()[0].excerpt == "Skrevet lige før jeg lukkede"
    reopened.close()


def test_an_autosave_updates_its_own_row_without_reading_the_list_again(qtbot, main_window, monkeypatch):
    store = main_window.store
    for i in range(5):
        store.create_entry(f"Ældre refleksion {i}")
    main_window.entry_model.reload()
    main_window.new_action.trigger()
    type_text(main_window.editor.body, "Første udkast")
    qtbot.waitUntil(lambda: main_window.editor.entry_id is not None and not main_window.editor.is_dirty(), timeout=10_000)
    main_window.tasks.wait()
    qtbot.waitUntil(lambda: main_window.entry_model.row_of(main_window.editor.entry_id) >= 0, timeout=5_000)
    resets = []
    main_window.entry_model.modelReset.connect(lambda: resets.append(1))
    type_text(main_window.editor.body, " – nu længere og med en titel")
    qtbot.waitUntil(lambda: not main_window.editor.is_dirty(), timeout=10_000)
    main_window.tasks.wait()
    row = main_window.entry_model.row_of(main_window.editor.entry_id)
    qtbot.waitUntil(lambda: "nu længere" in main_window.entry_model.index(row).data(), timeout=5_000)
    assert resets == []  # the row was read again in place; the list kept its rows and selection
    assert main_window.entry_model.rowCount() == 6
