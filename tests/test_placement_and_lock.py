"""Sync-folder detection and the one-writer lock (pure Python parts)."""

from __future__ import annotations

import pytest

from journal.errors import JournalLocked
from journal.platform.lock import JournalLock
from journal.platform.placement import sync_service


@pytest.mark.parametrize(
    "folder, service",
    [
        ("C:/Users/mette/OneDrive/Dokumenter/Tvaers", "OneDrive"),
        ("C:/Users/mette/OneDrive - Næstved Kommune/Tværs", "OneDrive"),
        ("/home/mette/Dropbox/tvaers", "Dropbox"),
        ("/Users/mette/Library/Mobile Documents/com~apple~CloudDocs/Tværs", "iCloud Drive"),
        ("/home/mette/Nextcloud/Tværs", "Nextcloud"),
        ("G:/My Drive/Tværs", "Google Drive"),
    ],
)
def test_sync_folders_are_recognised_by_name(folder, service):
    assert sync_service(folder) == service


def test_sync_folder_recognised_by_marker_file(tmp_path):
    root = tmp_path / "Sky"
    (root / "dagbog").mkdir(parents=True)
    (root / ".dropbox").write_text("{}")
    assert sync_service(root / "dagbog") == "Dropbox"


def test_ordinary_folders_are_safe(tmp_path):
    assert sync_service(tmp_path / "AppData" / "Local" / "Tvaers") is None
    assert sync_service(tmp_path / "Dropboxes-are-not-this") is None


def test_second_lock_is_refused_until_the_first_is_released(tmp_path):
    first = JournalLock(tmp_path / "journal.lock")
    assert first.try_acquire()
    second = JournalLock(tmp_path / "journal.lock")
    assert not second.try_acquire()
    with pytest.raises(JournalLocked) as info:
        second.acquire(timeout=0.3)
    assert "open in Tværs" in info.value.message
    first.release()
    assert second.try_acquire()
    second.release()


def test_the_files_of_a_journal_keep_their_names_across_versions(tmp_path):
    """Journals made by earlier versions hold these names; a rename would lose the lock or the journal."""
    from journal.platform.paths import JournalPaths

    paths = JournalPaths(tmp_path)
    assert (paths.database.name, paths.key_file.name, paths.lock_file.name) == ("journal.db", "journal.keys", "journal.lock")
    assert paths.backup_dir.name == "backups" and paths.log_dir.name == "logs"
