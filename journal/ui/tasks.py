"""Work off the GUI thread: one serial writer, plus a pool for pure computations.

``Tasks.write(fn, on_done, on_error)`` runs ``fn()`` on the single writer thread
(jobs run one after another, in order); the result or the exception comes back
on the GUI thread through a queued signal.  Jobs get plain data in and give
plain data out; they never touch a widget.  ``Tasks.compute`` does the same on
a separate pool for pure work.  ``Tasks.render`` runs display-only work (the
Markdown preview) on a third pool that ``wait`` does not wait for: saving,
locking and closing never wait for a render.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

from journal.ui.events import Events


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    finished = Signal(int, object, object)  # job id, result, exception

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.finished.connect(self._deliver)
        self._callbacks: dict[int, tuple[Callable | None, Callable | None]] = {}

    def add(self, job_id: int, on_done: Callable | None, on_error: Callable | None) -> None:
        self._callbacks[job_id] = (on_done, on_error)

    @Slot(int, object, object)
    def _deliver(self, job_id: int, result: Any, error: Any) -> None:
        on_done, on_error = self._callbacks.pop(job_id, (None, None))
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
            result, error = None, exc
        self._relay.finished.emit(self._job_id, result, error)


class Tasks(QObject):
    def __init__(self, events: Events, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.events = events
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)
        self._compute = QThreadPool(self)
        self._compute.setMaxThreadCount(1)
        self._render = QThreadPool(self)
        self._render.setMaxThreadCount(1)
        self._relay = _Relay(self)
        self._next = 0

    def _submit(self, pool: QThreadPool, fn, on_done, on_error) -> int:
        self._next += 1
        self._relay.add(self._next, on_done, on_error)
        pool.start(_Job(self._next, fn, self._relay))
        return self._next

    def write(self, fn: Callable[[], Any], on_done: Callable | None = None, on_error: Callable | None = None) -> int:
        """Run a store write on the one writer; if it returns ``Changes``, broadcast them."""

        def done(result):
            if on_done is not None:
                on_done(result)
            self.events.broadcast(result)

        return self._submit(self._writer, fn, done, on_error)

    def compute(self, fn: Callable[[], Any], on_done: Callable | None = None, on_error: Callable | None = None) -> int:
        return self._submit(self._compute, fn, on_done, on_error)

    def render(self, fn: Callable[[], Any], on_done: Callable | None = None, on_error: Callable | None = None) -> int:
        """Display-only work that uses no store (a preview); ``wait`` leaves it running."""
        return self._submit(self._render, fn, on_done, on_error)

    def wait_renders(self, msecs: int = -1) -> bool:
        """Block until every render has run (tests; the pool also waits when it is destroyed)."""
        return self._render.waitForDone(msecs)

    def wait(self, msecs: int = -1) -> bool:
        """Block until every store job has run (close, lock, tests); renders are not waited for.

        Callbacks still arrive by event."""
        ok = self._writer.waitForDone(msecs)
        return self._compute.waitForDone(msecs) and ok
