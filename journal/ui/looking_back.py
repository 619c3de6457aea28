"""Looking back: the calendar, *On this day* in the prompt panel, *Insight* and the reminders.

``LookingBack`` listens to the window (changes, lock, unlock, the privacy view)
and keeps these in step; it runs no SQL: every read goes through
``Tasks.read`` on the reader thread.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QObject, QTimer

from journal.prompts.looking_back import on_this_day_windows
from journal.store.records import Changes
from journal.ui.events import AUTOSAVE
from journal.ui.panels.on_this_day import nearest


class LookingBack(QObject):
    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.calendar = None  # CalendarDialog while open
        self.insight = None  # InsightDialog while open
        self.today: date | None = None  # tests set a day; otherwise today's date
        w = window
        self.on_this_day = w.prompt_panel.on_this_day
        self.on_this_day.openRequested.connect(self.open_entry)
        w.events.changed.connect(self._on_changed)
        w.locked.connect(self._locked)
        w.unlocked.connect(self.refresh)
        w.privacy_action.toggled.connect(self._privacy)
        from journal.ui.reminders import Reminders

        self.reminders = Reminders(window)
        self._shown_for: date | None = None
        self._midnight = QTimer(self)  # past midnight "on this day" looks at other days
        self._midnight.setInterval(60_000)
        self._midnight.timeout.connect(self._new_day)
        self._midnight.start()
        self.refresh()

    def _new_day(self) -> None:
        if self._shown_for is not None and self._shown_for != self.day() and not self.window.is_locked:
            self.refresh()

    def day(self) -> date:
        return self.today or date.today()

    # --- on this day ----------------------------------------------------------------------

    def refresh(self) -> None:
        """Look for what was written a year, six months and a month ago (± a few days)."""
        w = self.window
        self._privacy(w.privacy_action.isChecked())
        if w.is_locked:
            self.on_this_day.set_items([])
            return
        self._shown_for = self.day()
        windows = on_this_day_windows(self._shown_for)

        def job(store):
            found = []
            for which, then, first, last in windows:
                summary = nearest(store.entries_between_days(first, last), then)
                if summary is not None:
                    found.append((which, summary))
            return found

        w.tasks.read(job, self._found, lambda _exc: self.on_this_day.set_items([]))

    def _found(self, found) -> None:
        if not self.window.is_locked:
            self.on_this_day.set_items(found)

    def _privacy(self, hidden: bool) -> None:
        self.on_this_day.set_text_hidden(hidden)
        if self.calendar is not None:
            self.calendar.show_entries()

    def _on_changed(self, changes: Changes) -> None:
        if self.window.is_locked:
            return
        if changes.kind == "entries" and changes.initiator == AUTOSAVE and not changes.created:
            # Only a title can change what the cards quote; reading three small windows again is cheap.
            if any(card.entry_id in changes.ids for card in self.on_this_day.cards):
                self.refresh()
            return
        if changes.kind in ("entries", "commitments", "journal"):
            self.refresh()
            if self.calendar is not None:
                self.calendar.load_marks()

    def _locked(self) -> None:
        self.on_this_day.set_items([])
        for dialog in (self.calendar, self.insight):
            if dialog is not None:
                dialog.reject()
        self.calendar = self.insight = None

    def open_entry(self, entry_id: int) -> None:
        w = self.window
        if w.is_locked:
            return
        w.open_entry(entry_id)
        w.select_row_of(entry_id)

    # --- the dialogs -------------------------------------------------------------------------

    def open_calendar(self) -> None:
        from journal.ui.panels.calendar import CalendarDialog

        if self.window.is_locked:
            return
        if self.calendar is None:
            self.calendar = CalendarDialog(self.window)
            self.calendar.openRequested.connect(self.open_entry)
            self.calendar.finished.connect(lambda _r: self._closed("calendar"))
        self.calendar.show()
        self.calendar.raise_()
        self.calendar.activateWindow()
        self.calendar.calendar.setFocus()

    def open_insight(self) -> None:
        from journal.ui.dialogs.insight import InsightDialog

        if self.window.is_locked:
            return
        if self.insight is None:
            self.insight = InsightDialog(self.window, self.today)
            self.insight.finished.connect(lambda _r: self._closed("insight"))
        self.insight.show()
        self.insight.raise_()
        self.insight.activateWindow()

    def _closed(self, which: str) -> None:
        dialog = getattr(self, which)
        if dialog is not None:
            dialog.deleteLater()
        setattr(self, which, None)
