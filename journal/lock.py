"""One writer per journal: an OS file lock on ``journal.lock`` in the journal folder.

The window holds the lock for as long as it runs; command-line commands that
write take it for their duration, waiting briefly if the window (or another
command) has it.  The lock is the operating system's (``flock`` on POSIX,
``msvcrt.locking`` on Windows), so it disappears with the process that held it:
a crash never leaves a stale lock behind.  Pure Python, no Qt, so the command
line and the window share one implementation.
"""

from __future__ import annotations

import os
import time
from pathlib import Path

from journal.errors import FolderReadOnly, JournalLocked

RETRY_SECONDS = 0.1


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
            self.path.parent.mkdir(parents=True, exist_ok=True)
            fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o600)
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
        self._fd = fd  # the file stays empty: the lock itself is the information
        return True

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
        try:
            _unlock(self._fd)
        finally:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "JournalLock":
        return self

    def __exit__(self, *exc) -> None:
        self.release()


if os.name == "nt":  # pragma: no cover - exercised on Windows
    import msvcrt

    def _lock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)

    def _unlock(fd: int) -> None:
        os.lseek(fd, 0, os.SEEK_SET)
        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _lock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)

    def _unlock(fd: int) -> None:
        fcntl.flock(fd, fcntl.LOCK_UN)
