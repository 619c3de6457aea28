"""Looking after the journal while the window is open: integrity check, backups, restore.

* After opening (and each unlock): SQLite's quick integrity check, off the GUI thread and
  beside the reader, so a search typed at once does not wait for it.
  If it fails, the store stops writing and the leader is offered the newest
  verified backup.
* A minute after the last change the WAL is checkpointed into the database file.
* The first unlock of the day makes a verified *daily* backup on the writer
  thread; closing the window after changes makes a *session* backup.  Old
  backups are pruned only after a new one has passed verification.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLocale, QObject, QTimer
from PySide6.QtWidgets import QLabel

from journal.errors import KnownError
from journal.ui import messages
from journal.ui.events import CONTENT

log = logging.getLogger("tvaers")


def tr(text: str) -> str:
    return QCoreApplication.translate("JournalCare", text)


class JournalCare(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.changed = False
        window.events.changed.connect(self._note_change)
        window.unlocked.connect(self.opened)
        self.idle_checkpoint = QTimer(self)
        self.idle_checkpoint.setSingleShot(True)
        self.idle_checkpoint.setInterval(60_000)
        self.idle_checkpoint.timeout.connect(self._checkpoint)
        self.read_only_banner = QLabel(window)
        self.read_only_banner.setObjectName("readOnlyBanner")
        self.read_only_banner.setWordWrap(True)
        window.statusBar().addPermanentWidget(self.read_only_banner, 1)
        self.enabled = True  # False for --smoke: no integrity check, no backups
        self.show_read_only(window.session.peek())  # no store yet while the window's frame is up before it opens

    def show_read_only(self, store) -> None:
        """A lasting line in the status bar while the journal can only be read, and why."""
        if store is None or not store.readonly:
            self.read_only_banner.hide()
            return
        text = tr("Read-only: the journal folder cannot be written to, so nothing you change is saved.")
        if store.hidden_saves:
            text += " " + tr("Up to {n} recent saves are not visible until the folder is writable.").format(n=store.hidden_saves)
        self.read_only_banner.setText(text)
        self.read_only_banner.show()

    def _note_change(self, changes) -> None:
        if changes.initiator == CONTENT:
            return  # the shipped case cards: nothing of the leader's to back up
        self.changed = True
        self.idle_checkpoint.start()

    def _checkpoint(self) -> None:
        self.window.tasks.write(lambda store: store.checkpoint(), None, lambda exc: log.warning("checkpoint failed: %s", type(exc).__name__))

    # --- on open -------------------------------------------------------------------

    def opened(self) -> None:
        if not self.enabled or not self.window.session.is_open:
            return
        self.show_read_only(self.window.session.store)
        self.window.tasks.survey(lambda store: store.quick_check(), self._checked, self._check_failed)

    def _check_failed(self, exc) -> None:
        log.warning("quick_check could not run: %s", type(exc).__name__)

    def _checked(self, problems: list[str]) -> None:
        from journal.store import backup

        store = self.window.session.store  # the same journal: results of a closed one never arrive
        if problems:
            store.damaged = True
            log.error("quick_check failed (%d problems)", len(problems))
            self.offer_restore()
            return
        if not store.readonly and backup.daily_backup_due(store.paths):
            # Refused (and never reported) if the leader locks first; if it is already running,
            # locking waits for it to finish.
            self.window.tasks.write(lambda store: self._backup(store, "daily"), None, self._backup_failed)

    @staticmethod
    def _backup(store, kind: str):
        from journal.store import backup  # imports SQLAlchemy: not at start-up

        info = backup.make_backup(store, kind=kind)
        backup.prune(store.paths)
        return info

    def _backup_failed(self, exc) -> None:
        self.window.statusBar().showMessage(tr("The daily backup failed: {reason}").format(reason=messages.error_text(exc)))

    # --- on close --------------------------------------------------------------------

    def backup_before_close(self, finished) -> bool:
        """After changes, a *session* backup on the writer while the journal closes; ``finished()``
        is called on the GUI thread when it is done (or failed). False when none is needed."""
        store = self.window.session.peek()
        if store is None or not self.changed or store.readonly or store.damaged:
            return False

        def failed(exc) -> None:
            log.warning("session backup failed: %s", type(exc).__name__)
            finished()

        job = self.window.tasks.write(lambda store: self._backup(store, "session"), lambda _info: finished(), failed, essential=True)
        return job is not None

    # --- restore ------------------------------------------------------------------------

    def offer_restore(self) -> None:
        from journal.store import backup

        if not self.window.session.is_open:
            return
        store = self.window.session.store
        newest = next((b for b in backup.list_backups(store.paths) if b.kind != "damaged"), None)
        if newest is None:
            messages.show_error(
                self.window,
                tr("The journal file is damaged and there is no backup yet. Tværs will not write to it. "
                   "Export what you can read, and contact your IT support."),
            )
            return
        when = self.window.locale().toString(newest.created, self.window.locale().FormatType.LongFormat)
        if messages.ask(
            self.window,
            tr("The journal file is damaged, so Tværs has stopped writing to it. "
               "Restore the newest backup from {when}? The damaged file is kept in the backup folder.").format(when=when),
        ):
            self.restore(newest.path)

    def restore(self, path) -> bool:
        """Replace the journal with a verified backup and show it; the current state is kept as a copy.

        The journal closes the ordered way first; the restore (verify, copy, swap) and the
        reopening run off the GUI thread. Returns False when it could not start."""
        window = self.window
        session = window.session
        if not session.is_open:
            return False
        store = session.store
        damaged, key, folder = store.damaged, store.data_key, store.paths.root
        clean = window.begin_close()
        if clean is None:
            return False
        if not clean and not damaged:
            window.cancel_close()
            messages.show_error(window, tr("The text in the editor could not be saved yet. Copy it somewhere safe, or wait until it is saved, then restore."))
            return False
        window.end_close()
        window.lock_page.prepare(False)
        window.lock_page.set_busy(tr("Restoring the backup…"))
        window.stack.setCurrentWidget(window.lock_page)
        window.tasks.compute(lambda: _restore_and_reopen(folder, path, key), self._restored, self._reopen_failed)
        return True

    def _restored(self, outcome) -> None:
        store, result, problem = outcome
        self.window.attach_store(store)
        if problem is not None:
            messages.show_error(self.window, problem)
            return
        self.changed = False
        self.window.statusBar().showMessage(tr("Restored: {n} reflections.").format(n=QLocale().toString(result.entries)))

    def _reopen_failed(self, exc) -> None:
        window = self.window
        window.lock_page.prepare(True)
        window.lock_page.show_problem(messages.error_text(exc))
        window.stack.setCurrentWidget(window.lock_page)


def _restore_and_reopen(folder, path, key):
    """On a worker: restore, then open the journal again (the restored one, or the old one if the
    restore was refused). Returns ``(store, result, problem)``; a failure to reopen raises."""
    from journal.store import backup
    from journal.store.store import Store

    try:
        result, problem = backup.restore(folder, path, key=key), None
    except KnownError as exc:
        result, problem = None, exc
    return Store.reopen(folder, key), result, problem


def restore_unopened(folder, damage, passphrase: str | None, parent=None) -> bool:
    """The journal file would not open (empty, missing, foreign): offer its newest verified backup.

    ``damage`` is the ``DamagedJournal`` from opening, naming the backup in its
    params. Returns ``True`` once the backup is restored (the damaged file is kept
    in the backup folder), ``False`` when the leader declines or restoring fails.
    """
    from pathlib import Path

    from journal.store import backup

    newest = Path(damage.params["backup"])
    parsed = backup.parse_backup_name(newest.name)
    locale = parent.locale() if parent is not None else QLocale()
    when = locale.toString(parsed[0], QLocale.FormatType.LongFormat) if parsed else newest.name
    question = tr(
        "The journal file is damaged (empty, missing, corrupt or not of this key file). "
        "Tværs has not written to it. Restore the newest verified backup from {when}? "
        "The damaged file is kept in the backup folder."
    ).format(when=when)
    if not messages.ask(parent, question):
        return False
    try:
        backup.restore(folder, newest, passphrase=passphrase)
    except KnownError as exc:
        messages.show_error(parent, exc)
        return False
    return True
