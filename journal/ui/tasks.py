"""Work off the GUI thread: one serial writer, a reader for slow queries, a pool for pure computations.

Every job that needs the journal is an *operation*: a function that receives the
store when it runs (``op(store)``), so no job keeps a store of its own and none
can outlive the journal it was meant for (see ``journal.session``).

* ``Tasks.write(op, on_done, on_error)`` runs ``op(store)`` on the single writer
  thread (jobs run one after another, in order); a returned ``Changes`` is
  broadcast on ``Events.changed``.
* ``Tasks.read(op, on_done, on_error)`` runs a slow read (search at scale, the
  backup list) on a reader thread beside the writer.
* ``Tasks.survey(op, on_done, on_error)`` runs a read that takes seconds at scale (the
  start-up integrity check) on a thread of its own, so no search waits behind it.
* ``Tasks.compute(fn, on_done, on_error)`` runs pure work with no journal
  (rendering Markdown, key derivation) on its own thread.

Results and exceptions come back on the GUI thread through a queued signal.
Jobs get plain data in and give plain data out; they never touch a widget.
Once the session has begun closing, new operations are refused (``write`` and
``read`` return ``None``, nothing runs, nobody is told of a failure), and
results of a journal that has since been closed are dropped: a backup in flight
when the leader locks finishes or is cancelled quietly, it never reports an error
over the lock screen.

``Tasks.render(fn, on_done, on_error)`` runs display-only work (the Markdown
preview) on a fourth pool that ``wait`` does not wait for: saving, locking and
closing never wait for a render.
"""

from __future__ import annotations

import traceback
from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from journal.store.records import Changes
from journal.session import JobRefused, JournalSession, SessionState
from journal.ui.events import Events

_NO_EPOCH = -1  # pure computations belong to no journal: always delivered


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(int, object, object)  # job id, result, exception

    def __init__(self, session: JournalSession, parent: QObject) -> None:
        super().__init__(parent)
        self._session = session
        self.finished.connect(self._deliver)
        self._callbacks: dict[int, tuple[int, bool, Callable | None, Callable | None]] = {}

    @property
    def pending(self) -> bool:
        return bool(self._callbacks)

    def add(self, job_id: int, epoch: int, while_closing: bool, on_done: Callable | None, on_error: Callable | None) -> None:
        self._callbacks[job_id] = (epoch, while_closing, on_done, on_error)

    def _current(self, epoch: int, while_closing: bool) -> bool:
        """Is the journal the job was for still there to hear of it? Writes are told while the
        journal closes (the close waits for the save's answer); reads only while it is open."""
        session = self._session
        if epoch == _NO_EPOCH:
            return True
        wanted = (SessionState.OPEN, SessionState.CLOSING) if while_closing else (SessionState.OPEN,)
        return epoch == session.epoch and session.state in wanted

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: Any) -> None:
        epoch, while_closing, on_done, on_error = self._callbacks.pop(job_id, (_NO_EPOCH, False, None, None))
        if isinstance(error, JobRefused) or not self._current(epoch, while_closing):
            return  # its journal was locked or closed meanwhile: nothing to tell anyone
        if error is not None:
            if on_error is not None:
                on_error(error)
            else:
                raise error
        elif on_done is not None:
            on_done(result)


class _Job(QRunnable):
    def __init__(self, job_id: int, fn: Callable[[], Any], relay: _Relay) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self._job_id, self._fn, self._relay = job_id, fn, relay

    def run(self) -> None:  # on the worker thread
        try:
            result, error = self._fn(), None
        except Exception as exc:  # handed to the GUI thread, never swallowed
            # The traceback keeps the failed frames' locals alive; Qt objects made on this thread
            # (a QTextDocument of a cancelled PDF) must die here, not on the GUI thread.
            traceback.clear_frames(exc.__traceback__)
            result, error = None, exc
        self._relay.finished.emit(self._job_id, result, error)


class Tasks(QObject):
    def __init__(self, events: Events, session: JournalSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self.session = session
        self._writer = self._pool()
        self._reader = self._pool()
        self._survey = self._pool()
        self._compute = self._pool()
        self._render = self._pool()
        self._relay = _Relay(session, self)
        self._next = 0

    def _pool(self) -> QThreadPool:
        pool = QThreadPool(self)
        pool.setMaxThreadCount(1)
        return pool

    def _submit(self, pool: QThreadPool, fn, epoch: int, on_done, on_error, while_closing: bool = False) -> int:
        self._next += 1
        self._relay.add(self._next, epoch, while_closing, on_done, on_error)
        pool.start(_Job(self._next, fn, self._relay))
        return self._next

    def _operation(self, pool, op, on_done, on_error, essential: bool) -> int | None:
        session = self.session
        try:
            epoch = session.accept(essential=essential)
        except JobRefused:
            return None
        return self._submit(pool, lambda: session.run(op, epoch), epoch, on_done, on_error, pool is self._writer)

    def write(
        self,
        op: Callable[[Any], Any],
        on_done: Callable | None = None,
        on_error: Callable | None = None,
        *,
        essential: bool = False,
        initiator: str = "",
    ) -> int | None:
        """Run ``op(store)`` on the one writer; if it returns ``Changes``, broadcast them,
        marked with ``initiator`` so that views can tell an autosave from a new case.

        ``essential`` is for the save of what is typed while the journal closes.
        Returns ``None`` when the journal is closing or locked (the job never runs)."""

        def done(result):
            if on_done is not None:
                on_done(result)
            if initiator and isinstance(result, Changes):
                result = replace(result, initiator=initiator)
            self.events.broadcast(result)

        return self._operation(self._writer, op, done, on_error, essential)

    def read(self, op: Callable[[Any], Any], on_done: Callable | None = None, on_error: Callable | None = None) -> int | None:
        """Run the read ``op(store)`` on the reader thread; ``None`` when the journal is not open."""
        return self._operation(self._reader, op, on_done, on_error, False)

    def survey(self, op: Callable[[Any], Any], on_done: Callable | None = None, on_error: Callable | None = None) -> int | None:
        """Run the long read ``op(store)`` beside the reader (which stays free for searches)."""
        return self._operation(self._survey, op, on_done, on_error, False)

    def compute(self, fn: Callable[[], Any], on_done: Callable | None = None, on_error: Callable | None = None) -> int:
        """Run ``fn()`` (pure work, no journal) on the compute thread."""
        return self._submit(self._compute, fn, _NO_EPOCH, on_done, on_error)

    @property
    def writing(self) -> bool:
        """A job is running (or waiting) on the writer."""
        return self._writer.activeThreadCount() > 0

    @property
    def idle(self) -> bool:
        """No job is running anywhere and no answer is on its way."""
        return not self._relay.pending and all(
            p.activeThreadCount() == 0 for p in (self._writer, self._reader, self._survey, self._compute)
        )

    def render(self, fn: Callable[[], Any], on_done: Callable | None = None, on_error: Callable | None = None) -> int:
        """Display-only work that uses no store (a preview); ``wait`` leaves it running."""
        return self._submit(self._render, fn, _NO_EPOCH, on_done, on_error)

    def wait_renders(self, msecs: int = -1) -> bool:
        """Block until every render has run (tests; the pool also waits when it is destroyed)."""
        return self._render.waitForDone(msecs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every store job has run (close, lock, tests); renders are not waited for.

        Callbacks still arrive by event."""
        ok = self._writer.waitForDone(msecs)
        ok = self._reader.waitForDone(msecs) and ok
        ok = self._survey.waitForDone(msecs) and ok
        return self._compute.waitForDone(msecs) and ok
