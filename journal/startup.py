"""Start-up work that can run while Qt loads. No Qt here.

Unlocking costs an Argon2id derivation (80-150 ms, in C, with the GIL
released) and opening the journal needs SQLAlchemy (about 130 ms of imports,
which hold the GIL). When the passphrase is already known (``--passphrase-file``
or ``TVAERS_PASSPHRASE``) or the journal has none, the derivation and the
import each start on a thread of their own before the window is built, and the
GUI thread prepares the window (``journal.app.prepare_window``) meanwhile: the
GIL-bound work then overlaps the derivation instead of following it.
"""

from __future__ import annotations

import threading
from pathlib import Path


class EarlyOpen:
    """``Store.open`` on a background thread; ``result()`` waits and returns it (or raises)."""

    def __init__(self, folder: Path, passphrase: str | None, keyfile) -> None:
        self.folder = folder
        self._keyfile = keyfile  # read once, by begin()
        self._store = None
        self._error: BaseException | None = None
        # Nothing starts until the window's frame has painted (or the window asks for the result):
        # SQLAlchemy's import holds the GIL and Argon2id keeps both cores busy, and either would
        # slow the GUI thread building the frame. Then the two run side by side.
        self._go = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(passphrase,), name="tvaers-open", daemon=True)
        self._thread.start()

    def go_on(self) -> None:
        """The frame is painted: open the journal fully now (import SQLAlchemy, open the store)."""
        self._go.set()

    def _run(self, passphrase: str | None) -> None:
        try:
            self._go.wait()
            importer = import_store_meanwhile()  # beside the derivation: it holds the GIL, the derivation does not
            key = self._keyfile.unlock(passphrase)
            importer.join()
            from journal.store.store import Store  # already imported (or failing again, with its error)

            self._store = Store.reopen(self.folder, key, self._keyfile)
        except BaseException as exc:  # handed to the GUI thread by result()
            self._error = exc

    @property
    def seed(self) -> str:
        """The journal's id, which picks today's question before the journal is open."""
        return self._keyfile.db_uuid

    def done(self) -> bool:
        return not self._thread.is_alive()

    def result(self):
        self._go.set()
        self._thread.join()
        if self._error is not None:
            raise self._error
        return self._store


def _import_store() -> None:
    try:
        import journal.store.store  # noqa: F401 - warms the module cache for EarlyOpen._run
    except BaseException:  # the import in _run repeats it and reports the error there
        pass


def import_store_meanwhile() -> threading.Thread:
    """Import SQLAlchemy and the store on a thread, while the key is derived or a dialog
    waits for the leader (unlock, first start); opening the journal then finds them loaded."""
    thread = threading.Thread(target=_import_store, name="tvaers-import", daemon=True)
    thread.start()
    return thread


class Startup:
    """What the window starts with: the journal lock (if it could be taken) and an early open."""

    def __init__(
        self,
        folder: Path,
        lock,
        early: EarlyOpen | None = None,
        *,
        busy: bool = False,
        passphrase: str | None = None,
        passphrase_read: bool = False,
    ) -> None:
        self.folder = folder
        self.lock = lock  # None when the folder cannot hold a lock file (read-only): nothing can write then anyway
        self.early = early
        self.busy = busy  # another Tværs window has this journal
        self.passphrase = passphrase  # from --passphrase-file or the environment, read once here
        self.passphrase_read = passphrase_read  # True: do not read the file or variable again


def begin(args) -> Startup:
    """Take the journal lock, then start opening the journal if nothing needs to be asked first."""
    from journal.platform import secrets as secrets_in
    from journal.platform.paths import data_dir
    from journal.errors import FolderReadOnly, KnownError
    from journal.platform.lock import JournalLock
    from journal.platform.paths import JournalPaths
    from journal.store import crypto

    folder = data_dir(args)
    paths = JournalPaths(folder)
    lock = JournalLock(paths.lock_file)
    try:
        if not lock.try_acquire():
            return Startup(folder, None, busy=True)
    except FolderReadOnly:
        lock = None  # the store opens read-only and the window says so
    if not (paths.database.exists() and paths.key_file.exists()):
        return Startup(folder, lock, None)
    try:
        keyfile = crypto.KeyFile.read(paths.key_file)  # the one read of the key file on this start
        secret = secrets_in.given(args.passphrase_file, secrets_in.PASSPHRASE_ENV) if keyfile.needs_passphrase else None
    except KnownError:
        return Startup(folder, lock, None)  # the window shows the problem properly
    if keyfile.needs_passphrase and secret is None:
        return Startup(folder, lock, None, passphrase_read=True)
    return Startup(folder, lock, EarlyOpen(folder, secret, keyfile), passphrase=secret, passphrase_read=True)
