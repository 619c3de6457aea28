"""Looking after the journal while the window is open: integrity check, backups, restore.

* After opening (and each unlock): SQLite's quick integrity check, off the GUI thread.
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
        self.show_read_only(window.store)

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

    def _note_change(self, _changes) -> None:
        self.changed = True
        self.idle_checkpoint.start()

    def _checkpoint(self) -> None:
        store = self.window.store
        if store is not None:
            self.window.tasks.write(store.checkpoint, None, lambda exc: log.warning("checkpoint failed: %s", type(exc).__name__))

    # --- on open -------------------------------------------------------------------

    def opened(self) -> None:
        store = self.window.store
        self.show_read_only(store)
        if store is None:
            return
        self.window.tasks.compute(store.quick_check, lambda problems: self._checked(store, problems), self._check_failed)

    def _check_failed(self, exc) -> None:
        log.warning("quick_check could not run: %s", type(exc).__name__)

    def _checked(self, store, problems: list[str]) -> None:
        from journal.store import backup

        if store is not self.window.store:
            return
        if problems:
            store.damaged = True
            log.error("quick_check failed (%d problems)", len(problems))
            self.offer_restore()
            return
        if not store.readonly and backup.daily_backup_due(store.paths):
            self.window.tasks.write(lambda: self._backup(store, "daily"), None, self._backup_failed)

    @staticmethod
    def _backup(store, kind: str):
        from journal.store import backup  # imports SQLAlchemy: not at start-up

        info = backup.make_backup(store, kind=kind)
        backup.prune(store.paths)
        return info

    def _backup_failed(self, exc) -> None:
        self.window.statusBar().showMessage(tr("The daily backup failed: {reason}").format(reason=messages.error_text(exc)))

    # --- on close --------------------------------------------------------------------

    def closing(self) -> None:
        """Called by the window after its last save, before the journal is closed."""
        store = self.window.store
        if store is None or not self.changed or store.readonly or store.damaged:
            return
        try:
            self._backup(store, "session")
        except KnownError as exc:
            log.warning("session backup failed: %s", type(exc).__name__)

    # --- restore ------------------------------------------------------------------------

    def offer_restore(self) -> None:
        from journal.store import backup

        store = self.window.store
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
        """Replace the journal with a verified backup and show it; the current state is kept as a copy."""
        from journal.store import backup
        from journal.store.store import Store

        window = self.window
        store = window.store
        if store is None:
            return False
        window.flush()
        if window.editor.is_dirty() and not store.damaged:
            messages.show_error(window, tr("The text in the editor could not be saved yet. Copy it somewhere safe, or wait until it is saved, then restore."))
            return False
        key, folder = store.data_key, store.paths.root
        window.detach_store()
        try:
            result = backup.restore(folder, path, key=key)
        except KnownError as exc:
            messages.show_error(window, exc)
            result = None
        try:
            window.attach_store(Store.reopen(folder, key))
        except KnownError as exc:
            messages.show_error(window, exc)
            window.lock_page.prepare(True)
            window.stack.setCurrentWidget(window.lock_page)
            return False
        if result is None:
            return False
        self.changed = False
        window.statusBar().showMessage(tr("Restored: {n} reflections.").format(n=result.entries))
        return True


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
