"""Where things live: shipped content (``data/``, ``resources/``) and the user's journal.

Shipped content is found in a source checkout (top-level ``data/`` and
``resources/``), an installed wheel (``journal/data``, ``journal/resources``) or a
PyInstaller bundle (``sys._MEIPASS``).  The user's journal folder defaults to the
platform's local, non-roaming app-data folder and is overridable everywhere
(``--data-dir``, ``TVAERS_DATA_DIR``) so tests and demos never touch real data.

This module imports no Qt, so the command line stays fast.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from journal import ORG_NAME
from journal.errors import BadInput

_PACKAGE_DIR = Path(__file__).resolve().parents[1]  # the journal package (this file is in journal/platform)

DATA_DIR_ENV = "TVAERS_DATA_DIR"
DATABASE_NAME = "journal.db"
KEY_FILE_NAME = "journal.keys"
BACKUP_DIR_NAME = "backups"
LOCK_FILE_NAME = "journal.lock"
SETTINGS_FILE_NAME = "settings.json"
LOG_DIR_NAME = "logs"


def _shipped(name: str) -> Path:
    """The folder ``name`` (``data`` or ``resources``) wherever this copy ships it."""
    candidates = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidates.append(Path(frozen_root) / name)
    candidates.append(_PACKAGE_DIR / name)  # installed wheel
    candidates.append(_PACKAGE_DIR.parent / name)  # source checkout
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def content_dir() -> Path:
    """The shipped ``data/`` folder: prompts, cases, templates, gazetteers."""
    return _shipped("data")


def resources_dir() -> Path:
    """The shipped ``resources/`` folder: translations, icons, styles."""
    return _shipped("resources")


def default_data_dir() -> Path:
    """The user's journal folder when nothing else is given.

    ``TVAERS_DATA_DIR`` first; then the folder the user chose at first start
    (remembered in ``location.json`` in the local config folder); else the
    platform's app-data folder.  Local and non-roaming on purpose
    (``%LOCALAPPDATA%`` on Windows): a journal must not travel with a roaming
    profile.
    """
    env = os.environ.get(DATA_DIR_ENV)
    if env:
        return Path(env).expanduser()
    chosen = remembered_data_dir()
    if chosen is not None:
        return chosen
    return platform_data_dir()


def platform_data_dir() -> Path:
    import platformdirs

    return Path(platformdirs.user_data_dir(ORG_NAME, appauthor=False, roaming=False))


def location_file() -> Path:
    import platformdirs

    return Path(platformdirs.user_config_dir(ORG_NAME, appauthor=False, roaming=False)) / "location.json"


def remembered_data_dir() -> Path | None:
    import json

    try:
        value = json.loads(location_file().read_text("utf-8")).get("data_dir")
    except (OSError, ValueError, AttributeError):
        return None
    return Path(value) if isinstance(value, str) and value else None


def remember_data_dir(folder: Path) -> None:
    """Remember a journal folder chosen at first start (the path only, never content)."""
    import json

    from journal.platform.files import write_atomic

    write_atomic(location_file(), json.dumps({"data_dir": str(Path(folder).resolve())}).encode("utf-8"))


def make_private_folder(folder: Path) -> bool:
    """Create ``folder`` for the owner only (0700 on POSIX); ``True`` if this call created it.

    An existing folder is left exactly as it is: Tværs never changes the
    permissions of a folder it did not create.
    """
    folder = Path(folder)
    if folder.is_dir():
        return False
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        folder.mkdir(mode=0o700)
    except FileExistsError:
        return False
    return True


class JournalPaths:
    """The files of one journal folder."""

    def __init__(self, root: Path) -> None:
        self.root = Path(root).expanduser().resolve()

    @property
    def database(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def key_file(self) -> Path:
        return self.root / KEY_FILE_NAME

    @property
    def backup_dir(self) -> Path:
        return self.root / BACKUP_DIR_NAME

    @property
    def lock_file(self) -> Path:
        return self.root / LOCK_FILE_NAME

    @property
    def settings_file(self) -> Path:
        return self.root / SETTINGS_FILE_NAME

    @property
    def log_dir(self) -> Path:
        return self.root / LOG_DIR_NAME

    def exists(self) -> bool:
        return self.key_file.exists() or self.database.exists()

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"JournalPaths({str(self.root)!r})"


def data_dir(args) -> Path:
    """The journal folder of this run.

    An empty ``--data-dir ""`` or ``TVAERS_DATA_DIR=""`` is refused: it is nearly
    always a script's unset variable, and quietly using the default journal would
    read or write the leader's real one.
    """
    if getattr(args, "temp_data", False):
        if not getattr(args, "_temp_dir", None):
            args._temp_dir = tempfile.mkdtemp(prefix="tvaers-")
        return Path(args._temp_dir)
    if args.data_dir is not None:
        if not args.data_dir.strip():
            raise BadInput("--data-dir is empty. Name the journal folder, or leave the option out to use your usual journal.")
        folder = Path(args.data_dir).expanduser()
    elif os.environ.get(DATA_DIR_ENV) is not None and not os.environ[DATA_DIR_ENV].strip():
        raise BadInput("TVAERS_DATA_DIR is set but empty. Set it to the journal folder, or unset it to use your usual journal.")
    else:
        folder = default_data_dir()
    _refuse_file_as_folder(folder)
    return folder


def _refuse_file_as_folder(folder: Path) -> None:
    """A journal folder (or a folder above it) that is a file gets its own message, not 'read-only'."""
    for path in (folder, *folder.parents):
        if path.exists():
            if not path.is_dir():
                raise BadInput("{path} is a file, not a folder. Name the folder that holds (or should hold) the journal.", path=str(path))
            return
