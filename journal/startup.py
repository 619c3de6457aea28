"""Start-up work that can run while Qt loads. No Qt here.

Unlocking costs an Argon2id derivation (about 80 ms, in C, with the GIL
released) and opening the journal needs SQLAlchemy (about 140 ms of imports).
When the passphrase is already known (``--passphrase-file`` or
``TVAERS_PASSPHRASE``) or the journal has none, both run on a thread started
before the window is built, so the window appears sooner.
"""

from __future__ import annotations

import threading
from pathlib import Path


class EarlyOpen:
    """``Store.open`` on a background thread; ``result()`` waits and returns it (or raises)."""

    def __init__(self, folder: Path, passphrase: str | None) -> None:
        self.folder = folder
        self._store = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, args=(passphrase,), name="tvaers-open", daemon=True)
        self._thread.start()

    def _run(self, passphrase: str | None) -> None:
        try:
            from journal.paths import JournalPaths
            from journal.store import crypto

            # Argon2id first: it releases the GIL, so it overlaps with Qt's imports on the
            # main thread; SQLAlchemy's (GIL-bound) import comes after.
            key = crypto.KeyFile.read(JournalPaths(self.folder).key_file).unlock(passphrase)
            from journal.store.store import Store

            self._store = Store.reopen(self.folder, key)
        except BaseException as exc:  # handed to the GUI thread by result()
            self._error = exc

    def result(self):
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._store


class Startup:
    """What the window starts with: the journal lock (if it could be taken) and an early open."""

    def __init__(self, folder: Path, lock, early: EarlyOpen | None = None, *, busy: bool = False) -> None:
        self.folder = folder
        self.lock = lock  # None when the folder cannot hold a lock file (read-only): nothing can write then anyway
        self.early = early
        self.busy = busy  # another Tværs window has this journal


def begin(args) -> Startup:
    """Take the journal lock, then start opening the journal if nothing needs to be asked first."""
    from journal.cli import passphrase as secrets_in
    from journal.cli.commands import data_dir
    from journal.errors import KnownError
    from journal.lock import JournalLock
    from journal.paths import JournalPaths
    from journal.store import crypto

    folder = data_dir(args)
    paths = JournalPaths(folder)
    lock = JournalLock(paths.lock_file)
    try:
        if not lock.try_acquire():
            return Startup(folder, None, busy=True)
    except OSError:
        lock = None
    if not (paths.database.exists() and paths.key_file.exists()):
        return Startup(folder, lock, None)
    try:
        needs = crypto.KeyFile.read(paths.key_file).needs_passphrase
        secret = secrets_in.given(args.passphrase_file, secrets_in.PASSPHRASE_ENV) if needs else None
    except KnownError:
        return Startup(folder, lock, None)  # the window shows the problem properly
    if needs and secret is None:
        return Startup(folder, lock, None)
    return Startup(folder, lock, EarlyOpen(folder, secret))
