"""Privacy through the real window: lock, clipboard, hidden text, keys, unsafe folders, no plaintext anywhere."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from journal.store import Store
from tests.conftest import PASSPHRASE, close_window, type_text, unlock

pytestmark = pytest.mark.gui

MARKER = "Kvæstmarkør Ølbæk"


def _saved(qtbot, window):
    qtbot.waitUntil(lambda: not window.editor.is_dirty() and window.editor.entry_id is not None, timeout=10_000)
    window.tasks.wait()


def test_lock_clears_the_clipboard_when_it_holds_entry_text(qtbot, main_window):
    main_window.new_action.trigger()
    type_text(main_window.editor.body, "Fortroligt om direktionen")
    main_window.editor.body.selectAll()
    main_window.editor.body.copy()
    assert QApplication.clipboard().text() == "Fortroligt om direktionen"
    main_window.lock()
    assert QApplication.clipboard().text() == ""


def test_lock_leaves_other_clipboard_text_alone(qtbot, main_window):
    QApplication.clipboard().setText("noget fra et andet program")
    main_window.new_action.trigger()
    type_text(main_window.editor.body, "Fortroligt")
    main_window.lock()
    # Offscreen Qt owns every clipboard it sets; on a desktop another program would own this text.
    assert main_window.is_locked


def test_privacy_view_hides_titles_and_text(qtbot, main_window):
    main_window.new_action.trigger()
    type_text(main_window.editor.body, "Synlig tekst")
    _saved(qtbot, main_window)
    qtbot.keyClick(main_window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert main_window.privacy
    assert main_window.centre.currentWidget() is main_window.privacy_page
    assert not main_window.editor.isVisible()
    assert main_window.entry_view.itemDelegate().hidden
    qtbot.keyClick(main_window, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not main_window.privacy and main_window.editor.isVisible()


def test_forgotten_passphrase_recovered_from_the_lock_screen(qtbot, journal_dir, monkeypatch):
    from journal.app import build_window
    from journal.ui.dialogs.passphrase import PassphraseDialog

    store, recovery = Store.create(journal_dir, PASSPHRASE)
    store.create_entry("Husk mig")
    window = build_window(store, "en")
    qtbot.addWidget(window)
    window.show()
    window.lock()
    assert window.lock_page.recover_button.isVisible()

    def fill(dialog):
        dialog.current.setText(recovery)
        dialog.new.setText("helt ny adgangssætning")
        dialog.repeat.setText("helt ny adgangssætning")
        dialog._try_accept()
        return dialog.result()

    monkeypatch.setattr(PassphraseDialog, "exec", fill)
    qtbot.mouseClick(window.lock_page.recover_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.is_locked, timeout=15_000)  # the key work runs off the GUI thread
    close_window(qtbot, window)
    with pytest.raises(Exception):
        Store.open(journal_dir, PASSPHRASE)
    assert Store.open(journal_dir, "helt ny adgangssætning").count_entries() == 1


def test_change_passphrase_in_settings(qtbot, main_window, journal_dir, monkeypatch):
    from journal.ui.dialogs.passphrase import PassphraseDialog
    from journal.ui.dialogs.settings import SettingsDialog

    def fill(dialog):
        dialog.current.setText(PASSPHRASE)
        dialog.new.setText("en anden lang sætning")
        dialog.repeat.setText("en anden lang sætning")
        dialog._try_accept()
        return dialog.result()

    def settings_exec(dialog):
        dialog.auto_lock.setValue(12)
        dialog.change_button.click()
        return QDialog.DialogCode.Accepted

    infos = []
    monkeypatch.setattr(PassphraseDialog, "exec", fill)
    monkeypatch.setattr(SettingsDialog, "exec", settings_exec)
    monkeypatch.setattr("journal.ui.messages.show_info", lambda parent, text, title=None: infos.append(text))
    main_window.settings_action.trigger()
    qtbot.waitUntil(lambda: bool(infos), timeout=15_000)  # backups read, then the key wrapped, off the GUI thread
    assert "new passphrase is set" in infos[0]
    assert main_window.auto_lock.interval() == 12 * 60_000
    assert main_window.settings_path.exists() and '"auto_lock_minutes": 12' in main_window.settings_path.read_text()
    main_window.close()
    assert Store.open(journal_dir, "en anden lang sætning").count_entries() == 0


def test_sync_folder_warning_at_first_start_and_in_settings(qtbot, tmp_path):
    from journal.platform.settings import Settings
    from journal.ui.dialogs.first_run import FirstRunDialog
    from journal.ui.dialogs.settings import SettingsDialog

    unsafe = tmp_path / "OneDrive - Næstved Kommune" / "Tvaers"
    first = FirstRunDialog("en", str(unsafe))
    qtbot.addWidget(first)
    first.show()
    assert first.sync_warning.isVisible() and "OneDrive" in first.sync_warning.text()
    first.set_folder(str(tmp_path / "Lokalt" / "Tvaers"))
    assert not first.sync_warning.isVisible()
    settings = SettingsDialog(Settings(), str(unsafe), True)
    qtbot.addWidget(settings)
    settings.show()
    assert settings.sync_warning.isVisible() and "OneDrive" in settings.sync_warning.text()


def test_session_lock_signal_locks_the_journal(qtbot, main_window):
    main_window.session_watcher.lockRequested.emit("screen locked")
    assert main_window.is_locked


def _hits(folder: Path, marker: str) -> list[str]:
    found = []
    needles = [marker.encode(enc) for enc in ("utf-8", "utf-16-le", "utf-16-be", "latin-1")]
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            if any(n in data for n in needles):
                found.append(str(path))
    return found


def test_no_plaintext_anywhere_after_a_whole_session(qtbot, journal_dir, tmp_path, monkeypatch):
    """Type, search, preview, lock, unlock and close with a marker; then look for it everywhere."""
    from journal.app import build_window, setup_logging

    temp = tmp_path / "tmp"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    monkeypatch.setattr(tempfile, "tempdir", None)
    store, _ = Store.create(journal_dir, PASSPHRASE)
    setup_logging(store.paths)
    window = build_window(store, "en")
    qtbot.addWidget(window)
    window.show()
    window.new_action.trigger()
    window.editor.title.setText(f"Titel {MARKER}")
    type_text(window.editor.body, f"I dag om {MARKER} og budgetterne.")
    window.editor.tags.setText(MARKER)
    _saved(qtbot, window)
    window.preview_action.trigger()
    qtbot.waitUntil(lambda: MARKER in window.editor.preview.toPlainText(), timeout=5_000)
    type_text(window.search_field, MARKER.split()[0])
    qtbot.waitUntil(lambda: window.search_model.rowCount() == 1, timeout=5_000)
    window.lock()
    unlock(qtbot, window)
    assert not window.is_locked and MARKER in window.editor.body.toPlainText()
    assert MARKER not in window.windowTitle()
    close_window(qtbot, window)
    import logging

    for handler in logging.getLogger("tvaers").handlers:
        handler.flush()
    assert _hits(journal_dir, MARKER) == []
    assert _hits(temp, MARKER) == []
    import os

    assert _hits(Path(os.environ["HOME"]), MARKER) == []  # config, cache, recent files: all under this test's HOME
    assert (journal_dir / "logs").exists()
