"""Reminders: a tray icon and, once a day at the chosen time, a reminder to reflect and how many
next steps are due.

Off until the leader turns them on in Settings. A notification never holds
journal text: the daily one is a fixed sentence, the next-step one a number
("You have 2 next steps today"). While the journal is locked only the fixed
sentence is shown (nothing is read, so nothing is revealed). Where the platform
has no tray, the reminder goes to the window's status bar instead.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QIcon
from PySide6.QtWidgets import QMenu, QStyle, QSystemTrayIcon

CHECK_MS = 20_000  # how often the clock is looked at
LATE = timedelta(minutes=60)  # a start more than an hour after the time does not remind of a day already under way


def tr(text: str) -> str:
    return QCoreApplication.translate("Reminders", text)


def daily_text() -> tuple[str, str]:
    return tr("Time to reflect"), tr("Take a few minutes for today's reflection in Tværs.")


def next_steps_text(count: int) -> tuple[str, str]:
    """The next-step reminder: a count, never the steps themselves."""
    if count == 1:
        return tr("Next steps"), tr("You have 1 next step today")
    return tr("Next steps"), tr("You have {count} next steps today").format(count=count)


def reminder_time(settings) -> time:
    hours, _sep, minutes = settings.reminder_time.partition(":")
    return time(int(hours), int(minutes))


class Reminders(QObject):
    reminded = Signal(str, str)  # title, text: every notification shown, for the status bar and tests

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.tray: QSystemTrayIcon | None = None
        self._last_day: date | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()
        self.check()

    # --- the tray icon --------------------------------------------------------------------

    @staticmethod
    def icon() -> QIcon:
        icon = QGuiApplication.windowIcon()
        if icon.isNull():
            from PySide6.QtWidgets import QApplication

            icon = QApplication.style().standardIcon(QStyle.StandardPixmap.SP_FileDialogInfoView)
        return icon

    def _sync_tray(self, wanted: bool) -> None:
        if wanted and self.tray is None and QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QSystemTrayIcon(self.icon(), self)
            self.tray.setToolTip("Tværs")
            menu = QMenu()
            menu.addAction(tr("Show Tværs"), self.window.bring_forward)
            self._menu = menu
            self.tray.setContextMenu(menu)
            self.tray.activated.connect(self._activated)
            self.tray.messageClicked.connect(self.window.bring_forward)
            self.tray.show()
        elif not wanted and self.tray is not None:
            self.tray.hide()
            self.tray.deleteLater()
            self.tray = None

    def _activated(self, reason) -> None:
        """A click or double-click on the icon brings the window forward; a right-click opens the menu."""
        if reason in (QSystemTrayIcon.ActivationReason.Trigger, QSystemTrayIcon.ActivationReason.DoubleClick):
            self.window.bring_forward()

    # --- the clock ---------------------------------------------------------------------------

    def check(self, now: datetime | None = None) -> None:
        """Remind once a day, at the first look at the clock at or after the chosen time."""
        settings = self.window.settings
        self._sync_tray(bool(settings.reminders_on))
        if not settings.reminders_on:
            return
        now = now or datetime.now()
        due = datetime.combine(now.date(), reminder_time(settings))
        if self._last_day == now.date() or now < due:
            return
        self._last_day = now.date()
        if now - due > LATE:
            return  # started long after the time: today's reminder has passed
        self.remind(now.date())

    def settings_changed(self, now: datetime | None = None) -> None:
        """New settings: the tray follows at once; a time already passed today counts from tomorrow."""
        settings = self.window.settings
        now = now or datetime.now()
        if settings.reminders_on and now >= datetime.combine(now.date(), reminder_time(settings)):
            self._last_day = now.date()
        else:
            self._last_day = None
        self.check(now)

    def remind(self, day: date) -> None:
        self.notify(*daily_text())
        if not self.window.settings.next_step_reminders or self.window.is_locked:
            return  # locked: nothing is read, nothing is told

        def count(store) -> int:
            return len(store.commitments_due(day))

        self.window.tasks.read(count, self._steps_counted, lambda _exc: None)

    def _steps_counted(self, count: int) -> None:
        if count and not self.window.is_locked:
            self.notify(*next_steps_text(count))

    def notify(self, title: str, text: str) -> None:
        self.reminded.emit(title, text)
        if self.tray is not None and QSystemTrayIcon.supportsMessages():
            self.tray.showMessage(title, text, self.icon(), 15_000)
        else:
            self.window.statusBar().showMessage(f"{title}: {text}", 60_000)

    def stop(self) -> None:
        self._timer.stop()
        self._sync_tray(False)
