"""Is the journal folder inside a cloud-synchronised folder? Pure Python, no Qt.

A synchronised folder (OneDrive, Dropbox, iCloud Drive, Google Drive, Nextcloud,
ownCloud, Box, pCloud, Sync.com) copies the database to servers and, worse,
may upload a half-written WAL or merge two machines' copies: the standard way
to corrupt SQLite.  Detection is by the folder names these services use and by
the marker files they leave in their root folder.
"""

from __future__ import annotations

import os
from pathlib import Path, PurePath

# Folder names (compared case-insensitively, also as a prefix: "OneDrive - Næstved Kommune").
_NAMED = (
    ("onedrive", "OneDrive"),
    ("dropbox", "Dropbox"),
    ("icloud drive", "iCloud Drive"),
    ("iclouddrive", "iCloud Drive"),
    ("mobile documents", "iCloud Drive"),
    ("google drive", "Google Drive"),
    ("googledrive", "Google Drive"),
    ("my drive", "Google Drive"),
    ("nextcloud", "Nextcloud"),
    ("owncloud", "ownCloud"),
    ("box sync", "Box"),
    ("pcloud drive", "pCloud"),
    ("sync.com", "Sync.com"),
)
# Files the clients leave in the root of the synchronised folder.
_MARKERS = (
    (".dropbox", "Dropbox"),
    (".dropbox.cache", "Dropbox"),
    (".nextcloudsync.log", "Nextcloud"),
    (".owncloudsync.log", "ownCloud"),
    (".sync_journal.db", "Nextcloud"),
    (".tmp.drivedownload", "Google Drive"),
    (".icloud", "iCloud Drive"),
)
_ENV = (("OneDrive", "OneDrive"), ("OneDriveCommercial", "OneDrive"), ("OneDriveConsumer", "OneDrive"))


def sync_service(folder: Path | str) -> str | None:
    """The name of the sync service whose folder holds ``folder``, or ``None``."""
    path = Path(folder).expanduser()
    try:
        path = path.resolve()
    except OSError:
        pass
    for part in PurePath(path).parts:
        low = part.casefold()
        for name, service in _NAMED:
            if low == name or low.startswith(name + " ") or low.startswith(name + "-"):
                return service
        if low.startswith("nextcloud") or low.startswith("onedrive"):
            return "Nextcloud" if low.startswith("nextcloud") else "OneDrive"
    for var, service in _ENV:
        root = os.environ.get(var)
        if root and _is_within(path, Path(root)):
            return service
    for ancestor in [path, *path.parents]:
        for marker, service in _MARKERS:
            try:
                if (ancestor / marker).exists():
                    return service
            except OSError:
                continue
        if ancestor.name.lower().startswith(".sync_") and ancestor.suffix == ".db":
            return "Nextcloud"
    return None


def _is_within(path: Path, root: Path) -> bool:
    try:
        path.relative_to(root.expanduser().resolve())
        return True
    except (ValueError, OSError):
        return False
