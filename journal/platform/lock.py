"""One writer per journal: an OS file lock on ``journal.lock`` in the journal folder.

The window holds the lock for as long as it runs; command-line commands that
write take it for their duration, waiting briefly if the window (or another
command) has it.  The lock is the operating system's (``flock`` on POSIX,
``msvcrt.locking`` on Windows), so it disappears with the process that held it:
a crash never leaves a stale lock behind.  Pure Python, no Qt, so the command
line and the window share one implementation.

A lock file can be deleted while it is held (POSIX allows that), and another
process would then lock a new file of the same name and write beside the
window.  Two checks close that gap:

* a process that has to *create* the lock file first makes sure no other
  process has ``journal.db`` open (SQLite keeps a shared byte-range lock on it
  for as long as a connection is open), else it waits as if the lock were taken;
* the store calls ``verify_held`` before every write: if the lock file on disk
  is no longer the one this process locked, it takes the new one if it is free,
  and otherwise stops writing.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from journal.errors import FolderReadOnly, JournalLocked
from journal.platform.paths import DATABASE_NAME, make_private_folder

RETRY_SECONDS = 0.1

_held: dict[str, "JournalLock"] = {}  # lock file path → the lock this process holds on it


class JournalLock:
    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._fd: int | None = None

    @property
    def held(self) -> bool:
        return self._fd is not None

    def try_acquire(self) -> bool:
        """Take the lock if nobody has it; never waits.

        ``FolderReadOnly`` when the lock file cannot be made: the caller decides
        whether that ends a write (a command) or means reading only (the window).
        """
        if self._fd is not None:
            return True
        try:
            make_private_folder(self.path.parent)
            fd, created = _open_lock_file(self.path)
        except OSError as exc:
            raise FolderReadOnly(
                "The journal folder is read-only, so Tværs cannot save. Reading still works; "
                "give your user write access to the folder to save again."
            ) from exc
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        if created and _database_open_elsewhere(self.path.with_name(DATABASE_NAME)):
            # The lock file was deleted under a process that still has the journal open.
            _unlink_if_same(self.path, fd)
            _unlock(fd)
            os.close(fd)
            return False
        self._take(fd)
        return True

    def _take(self, fd: int) -> None:
        self._fd = fd  # the file stays empty: the lock itself is the information
        _held[_key(self.path)] = self

    def retake(self) -> bool:
        """The lock file was deleted or replaced: lock the file now at ``path`` if nobody holds it.

        No check of who has the database open here: this process has (its own
        SQLite connections), and closing a probe would drop their locks.
        """
        try:
            fd, _created = _open_lock_file(self.path)
        except OSError:
            return False
        try:
            _lock(fd)
        except OSError:
            os.close(fd)
            return False
        old, self._fd = self._fd, None
        if old is not None:
            os.close(old)
        self._take(fd)
        return True

    def still_ours(self) -> bool:
        """Is the file at ``path`` still the very file this lock holds (not deleted, not replaced)?"""
        if self._fd is None:
            return False
        try:
            on_disk = os.stat(self.path)
        except OSError:
            return False
        mine = os.fstat(self._fd)
        return (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino)

    def acquire(self, timeout: float = 0.0, *, what: str = "") -> "JournalLock":
        """Take the lock, waiting up to ``timeout`` seconds; else ``JournalLocked``."""
        deadline = time.monotonic() + timeout
        while not self.try_acquire():
            if time.monotonic() >= deadline:
                raise JournalLocked(
                    "The journal is open in Tværs (or another command is writing to it). "
                    "Close the Tværs window, or wait until the other command has finished, and try again."
                )
            time.sleep(RETRY_SECONDS)
        return self

    def release(self) -> None:
        if self._fd is None:
            return
        if _held.get(_key(self.path)) is self:
            del _held[_key(self.path)]
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "JournalLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


def _key(path: Path) -> str:
    return os.path.normcase(os.path.abspath(path))


def lost(path: Path) -> bool:
    """This process held the lock at ``path``, and another process holds the file there now."""
    lock = _held.get(_key(Path(path)))
    return lock is not None and not lock.still_ours() and not lock.retake()


def verify_held(path: Path) -> None:
    """Before a write: if this process holds the lock at ``path``, it must still hold it.

    A deleted or replaced lock file is locked again when it is free. When another
    process holds it, ``JournalLocked``: that process may be writing, so this one stops.
    """
    if lost(path):
        raise JournalLocked(
            "The journal's lock file was deleted while Tværs had the journal open, so another program may be "
            "writing to it. To protect your entries nothing more is saved here: copy any unsaved text, "
            "close Tværs and open the journal again."
        )


def _open_lock_file(path: Path) -> tuple[int, bool]:
    """The lock file's descriptor, and whether this call created the file."""
    try:
        return os.open(path, os.O_RDWR | os.O_CREAT | os.O_EXCL, 0o600), True
    except FileExistsError:
        return os.open(path, os.O_RDWR | os.O_CREAT, 0o600), False


def _unlink_if_same(path: Path, fd: int) -> None:
    """Remove the lock file this call created, unless someone replaced it meanwhile."""
    try:
        on_disk, mine = os.stat(path), os.fstat(fd)
        if (on_disk.st_dev, on_disk.st_ino) == (mine.st_dev, mine.st_ino):
            os.unlink(path)
    except OSError:
        pass


# SQLite's byte-range locks on the database file (os_unix.c): every open
# connection holds a read lock on part of the SHARED range.
_SQLITE_SHARED_FIRST = 0x40000000 + 2
_SQLITE_SHARED_SIZE = 510


if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

    def _database_open_elsewhere(database: Path) -> bool:
        return False  # a held lock file cannot be deleted on Windows: the lock alone is enough

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _database_open_elsewhere(database: Path) -> bool:
        """Does another process have ``database`` open in SQLite (a read lock in its SHARED range)?

        Call it only before this process opens the database: closing the probe
        releases every POSIX lock this process holds on the file.
        """
        try:
            fd = os.open(database, os.O_RDWR)
        except OSError:
            return False  # no journal yet, or nothing can write to it anyway
        try:
            fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB, _SQLITE_SHARED_SIZE, _SQLITE_SHARED_FIRST)
        except OSError:
            return True
        else:
            fcntl.lockf(fd, fcntl.LOCK_UN, _SQLITE_SHARED_SIZE, _SQLITE_SHARED_FIRST)
            return False
        finally:
            os.close(fd)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
