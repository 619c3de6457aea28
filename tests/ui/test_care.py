"""Integrity check at start, backups made by the window, and restore when the journal is damaged."""

from __future__ import annotations

import pytest

from journal.store import Store, backup
from tests.conftest import PASSPHRASE, type_text

pytestmark = pytest.mark.gui


def test_first_open_of_the_day_makes_a_verified_backup_and_close_after_changes_another(qtbot, main_window):
    qtbot.waitUntil(lambda: any(b.kind == "daily" for b in backup.list_backups(main_window.store.paths)), timeout=10_000)
    paths = main_window.store.paths
    main_window.new_action.trigger()
    type_text(main_window.editor.body, "Noget nyt i dag")
    main_window.close()
    # The session backup runs on the writer while the window keeps painting and says so.
    assert main_window.isVisible() and "backup" in main_window.statusBar().currentMessage()
    qtbot.waitUntil(lambda: not main_window.isVisible(), timeout=20_000)
    assert main_window.is_locked
    kinds = sorted(b.kind for b in backup.list_backups(paths, key=None))
    assert kinds == ["daily", "session"]
    newest = backup.list_backups(paths)[0]
    assert backup.verify(newest.path, Store.open(paths.root, PASSPHRASE).data_key) == 1


def _damage(path, offset_pages=3):
    data = bytearray(path.read_bytes())
    start = 4096 * offset_pages + 100
    data[start : start + 64] = bytes(64)
    path.write_bytes(bytes(data))


def test_damaged_journal_stops_writing_and_restores_the_newest_backup(qtbot, journal_dir, monkeypatch):
    from journal.app import build_window

    store, _ = Store.create(journal_dir, PASSPHRASE)
    for i in range(40):
        store.create_entry(f"Refleksion nr. {i} " + "tekst " * 200)
    backup.make_backup(store, kind="daily")
    store.close()
    _damage(store.paths.database)

    asked = []
    monkeypatch.setattr("journal.ui.messages.ask", lambda parent, text, title=None: asked.append(text) or True)
    monkeypatch.setattr("journal.ui.messages.show_error", lambda *a, **k: asked.append("error"))
    opened = Store.open(journal_dir, PASSPHRASE)
    window = build_window(opened, "en")
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "damaged" in asked[0]
    qtbot.waitUntil(lambda: not window.is_locked and window.store.count_entries() == 40, timeout=10_000)
    assert window.store.integrity_check() == []
    assert any(b.kind == "damaged" for b in backup.list_backups(window.store.paths))  # the damaged file is kept
    window.close()


def test_restore_from_the_backups_page(qtbot, main_window, monkeypatch):
    from PySide6.QtWidgets import QDialog

    from journal.ui.dialogs.settings import SettingsDialog

    store = main_window.store
    store.create_entry("Før sikkerhedskopien")
    backup.make_backup(store, kind="session")
    store.create_entry("Efter sikkerhedskopien")
    main_window.entry_model.reload()

    def choose_first(dialog):
        assert dialog.backup_list.count() >= 1 and "reflections" in dialog.backup_list.item(0).text()
        dialog.backup_list.setCurrentRow(0)
        dialog.restore_button.click()
        return QDialog.DialogCode.Rejected

    monkeypatch.setattr(SettingsDialog, "exec", choose_first)
    monkeypatch.setattr("journal.ui.messages.ask", lambda *a, **k: True)
    main_window.settings_action.trigger()  # the backups are read, then restored, off the GUI thread
    qtbot.waitUntil(lambda: not main_window.is_locked and main_window.store.count_entries() == 1, timeout=15_000)
    assert [e.excerpt for e in main_window.store.list_entries()] == ["Før sikkerhedskopien"]
    assert main_window.entry_model.rowCount() == 1


def test_idle_checkpoint_folds_the_wal_into_the_database(qtbot, main_window):
    import os

    main_window.new_action.trigger()
    type_text(main_window.editor.body, "Noget, der skal ind i databasefilen")
    qtbot.waitUntil(lambda: not main_window.editor.is_dirty() and main_window.editor.entry_id is not None, timeout=10_000)
    main_window.tasks.wait()
    paths = main_window.store.paths
    before = os.path.getsize(paths.database)
    main_window.care.idle_checkpoint.setInterval(50)
    main_window.care.idle_checkpoint.start()
    qtbot.waitUntil(lambda: os.path.getsize(paths.database) > before, timeout=10_000)


def _answer(monkeypatch, button):
    """Every message box answers ``button`` at once; returns the texts shown."""
    from PySide6.QtWidgets import QMessageBox

    shown = []

    def answer(box):
        shown.append(box.text())
        return button

    monkeypatch.setattr(QMessageBox, "exec", answer)
    return shown


def _emptied_journal_with_backup(journal_dir, entries=5):
    store, _ = Store.create(journal_dir, PASSPHRASE)
    for i in range(entries):
        store.create_entry(f"Refleksion nr. {i}")
    made = backup.make_backup(store, kind="daily")
    store.close()
    store.paths.database.write_bytes(b"")  # a sync client or a failed copy did this
    return store.paths, made


def test_an_emptied_journal_file_offers_the_newest_verified_backup_at_start(qtbot, journal_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from journal.app import application, build_window, install_language, open_or_create

    paths, _made = _emptied_journal_with_backup(journal_dir)
    shown = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    install_language(application(), "en")
    store, _lang = open_or_create(journal_dir, "en", PASSPHRASE)
    assert len(shown) == 1 and "damaged" in shown[0] and "Restore the newest verified backup" in shown[0]
    window = build_window(store, "en", care=False)
    qtbot.addWidget(window)
    assert window.entry_model.rowCount() == 5, "the entries of the backup, not an empty journal"
    assert any(b.kind == "damaged" for b in backup.list_backups(paths)), "the emptied file is kept"
    window.close()


def test_declining_the_backup_leaves_the_emptied_file_alone(qtbot, journal_dir, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from journal.app import application, install_language, open_or_create

    paths, _made = _emptied_journal_with_backup(journal_dir)
    shown = _answer(monkeypatch, QMessageBox.StandardButton.No)
    install_language(application(), "en")
    assert open_or_create(journal_dir, "en", PASSPHRASE) is None
    assert len(shown) == 1
    assert paths.database.stat().st_size == 0


@pytest.mark.skipif(__import__("os").name != "posix", reason="permission bits are POSIX")
def test_the_log_is_owner_only(store, monkeypatch):
    """Issue 19.13: everything Tværs writes is 0600 in 0700 folders, the log included."""
    import logging
    import stat

    from journal.app import setup_logging

    logger = logging.getLogger("tvaers")
    monkeypatch.setattr(logger, "handlers", [])
    setup_logging(store.paths)
    try:
        logger.warning("a line in the log")
        log_file = store.paths.log_dir / "tvaers.log"
        assert stat.S_IMODE(store.paths.log_dir.stat().st_mode) == 0o700
        assert stat.S_IMODE(log_file.stat().st_mode) == 0o600
        assert "a line in the log" in log_file.read_text("utf-8")
    finally:
        for handler in logger.handlers:
            handler.close()


@pytest.mark.parametrize("damage", ["argon2-infinity", "short-nonce", "fifo"])
def test_a_damaged_key_file_is_one_dialog_naming_the_file(qtbot, journal_dir, monkeypatch, damage):
    """Issue 19.3: the window starts, shows one message naming journal.keys, and ends with 1."""
    import json
    import os
    import sys

    from PySide6.QtWidgets import QMessageBox

    from journal.launch import main

    if damage == "fifo" and not hasattr(os, "mkfifo"):
        pytest.skip("FIFOs are POSIX")
    store, _ = Store.create(journal_dir, PASSPHRASE)
    store.close()
    keys = store.paths.key_file
    document = json.loads(keys.read_text("utf-8"))
    if damage == "fifo":
        keys.unlink()
        os.mkfifo(keys)
    else:
        slot = document["slots"][0]
        if damage == "argon2-infinity":
            slot["kdf"]["m"] = 1e999
        else:
            slot["nonce"] = "AAAA"
        keys.write_text(json.dumps(document), "utf-8")
    shown = _answer(monkeypatch, QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # run_gui installs the crash hook
    monkeypatch.setenv("TVAERS_PASSPHRASE", PASSPHRASE)
    assert main(["--data-dir", str(journal_dir), "--lang", "en"]) == 1
    assert len(shown) == 1 and str(keys) in shown[0], shown
    assert "ran into an error it did not expect" not in shown[0]
