"""The one owner of the open journal: the store, its lifecycle and the jobs that use it.

Widgets never keep a store of their own.  They ask the session: ``session.is_open``
to decide whether an action makes sense, ``session.store`` for a quick read on the
GUI thread (it raises :class:`JournalClosed` when the journal is locked), and they
hand work to the writer as *operations*, functions that receive the store when
they run (``op(store)``), so no job can outlive the journal it was meant for.

Locking, closing and quitting go one ordered way (:meth:`JournalSession.close`):

1. stop taking jobs (``begin_closing``): a job submitted from now on is refused,
   a job already accepted still runs (a save, a backup in flight);
2. the owner saves what is typed (an *essential* job, still accepted);
3. drain: wait until every accepted job has finished;
4. close the store under its write lock;
5. only then do the widgets drop their text.

No Qt here: the window adapts this to signals in ``journal.ui.tasks``, and plain
pytest can test the ordering.
"""

from __future__ import annotations

import enum
import threading
from collections.abc import Callable
from typing import Any

from journal.errors import KnownError


class SessionState(enum.Enum):
    LOCKED = "locked"
    OPEN = "open"
    CLOSING = "closing"


class JournalClosed(KnownError):
    """The journal is locked (or closing): there is no store to work on."""


class JobRefused(Exception):
    """A job was submitted after closing had begun; it never ran. Not an error to show."""


def _closed() -> JournalClosed:
    return JournalClosed("The journal is locked. Unlock it to continue.")


class JournalSession:
    """Holds the open store; counts the jobs that use it; closes in order."""

    def __init__(self, store=None) -> None:
        self._store = None
        self._state = SessionState.LOCKED
        self._epoch = 0  # one more each time a store is attached: results of an older epoch are stale
        self._active = 0  # accepted jobs that have not finished
        self._cond = threading.Condition()
        if store is not None:
            self.attach(store)

    # --- state ---------------------------------------------------------------------

    @property
    def state(self) -> SessionState:
        return self._state

    @property
    def is_open(self) -> bool:
        return self._state is SessionState.OPEN

    @property
    def epoch(self) -> int:
        return self._epoch

    @property
    def store(self):
        """The open store, for reads on the calling thread; ``JournalClosed`` when locked or closing."""
        store = self._store
        if store is None or self._state is not SessionState.OPEN:
            raise _closed()
        return store

    def peek(self):
        """The store while one is attached (open or closing), else ``None``: for the closing steps only."""
        return self._store

    # --- opening ----------------------------------------------------------------------

    def attach(self, store) -> int:
        """Make ``store`` the open journal; returns the new epoch."""
        with self._cond:
            if self._store is not None:
                raise RuntimeError("a journal is already open in this session")
            self._store = store
            self._epoch += 1
            self._state = SessionState.OPEN
            return self._epoch

    # --- jobs -----------------------------------------------------------------------------

    def accept(self, *, essential: bool = False) -> int:
        """Count a job in; refuse it (``JobRefused``) once closing has begun, unless ``essential``
        (the final save of what is typed). Returns the epoch the job belongs to."""
        with self._cond:
            allowed = self._state is SessionState.OPEN or (essential and self._state is SessionState.CLOSING)
            if not allowed or self._store is None:
                raise JobRefused()
            self._active += 1
            return self._epoch

    def run(self, op: Callable[[Any], Any], epoch: int) -> Any:
        """Run an accepted job with the store of its epoch (on whatever thread calls this)."""
        try:
            store = self._store
            if store is None or epoch != self._epoch:
                raise JobRefused()  # the journal it was meant for is gone
            return op(store)
        finally:
            with self._cond:
                self._active -= 1
                self._cond.notify_all()

    def release(self) -> None:
        """Count out a job that was accepted but will never ``run`` (it could not be started)."""
        with self._cond:
            self._active -= 1
            self._cond.notify_all()

    @property
    def active_jobs(self) -> int:
        return self._active

    # --- closing --------------------------------------------------------------------------

    def begin_closing(self) -> bool:
        """Step 1: refuse new jobs. False when there is nothing open to close."""
        with self._cond:
            if self._state is not SessionState.OPEN:
                return False
            self._state = SessionState.CLOSING
            return True

    def cancel_closing(self) -> None:
        """Back to open (the text typed could not be saved, so the journal stays open)."""
        with self._cond:
            if self._state is SessionState.CLOSING:
                self._state = SessionState.OPEN

    def drain(self, timeout: float | None = None) -> bool:
        """Step 3: wait until every accepted job has finished."""
        with self._cond:
            return self._cond.wait_for(lambda: self._active == 0, timeout)

    def finish_closing(self):
        """Step 4: close the store (under its write lock) and forget it; returns the closed store."""
        with self._cond:
            store, self._store = self._store, None
            self._state = SessionState.LOCKED
        if store is not None:
            store.close()
        return store

    def close(self, before_drain: Callable[[], None] | None = None) -> bool:
        """The whole ordered close for callers without a GUI (tests, scripts)."""
        if not self.begin_closing():
            return False
        if before_drain is not None:
            before_drain()
        self.drain()
        self.finish_closing()
        return True
