"""Lock when the session locks or the machine goes to sleep, where the platform tells us.

* Every platform: Qt reports the application as *suspended*.
* Linux: logind's ``PrepareForSleep`` on the system bus and the desktop's
  screensaver ``ActiveChanged`` on the session bus (D-Bus, local only).
* Windows: ``WM_WTSSESSION_CHANGE`` (session locked) and ``WM_POWERBROADCAST``
  (suspend) through a native event filter.
macOS sends nothing Qt exposes for a locked screen; idle auto-lock covers it.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractNativeEventFilter, QObject, Qt, Signal, Slot
from PySide6.QtGui import QGuiApplication

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
WM_POWERBROADCAST = 0x0218
PBT_APMSUSPEND = 0x4


class SessionWatcher(QObject):
    lockRequested = Signal(str)  # the reason, for the log

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent)
        app = QGuiApplication.instance()
        app.applicationStateChanged.connect(self._state_changed)
        self._native = None
        if sys.platform.startswith("linux"):
            self._watch_dbus()
        elif sys.platform == "win32":  # pragma: no cover - Windows only
            self._watch_windows(window)

    @Slot(Qt.ApplicationState)
    def _state_changed(self, state) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended:
            self.lockRequested.emit("suspended")

    # --- Linux -----------------------------------------------------------------------

    def _watch_dbus(self) -> None:
        try:
            from PySide6.QtCore import SLOT
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # pragma: no cover - QtDBus is part of pyside6-essentials
            return
        system = QDBusConnection.systemBus()
        if system.isConnected():
            system.connect(
                "org.freedesktop.login1", "/org/freedesktop/login1", "org.freedesktop.login1.Manager",
                "PrepareForSleep", self, SLOT("_sleeping(bool)"),
            )
        session = QDBusConnection.sessionBus()
        if session.isConnected():
            for service, path in (("org.freedesktop.ScreenSaver", "/org/freedesktop/ScreenSaver"),
                                  ("org.gnome.ScreenSaver", "/org/gnome/ScreenSaver")):
                session.connect(service, path, service, "ActiveChanged", self, SLOT("_screensaver(bool)"))

    @Slot(bool)
    def _sleeping(self, going: bool) -> None:
        if going:
            self.lockRequested.emit("sleep")

    @Slot(bool)
    def _screensaver(self, active: bool) -> None:
        if active:
            self.lockRequested.emit("screen locked")

    # --- Windows ---------------------------------------------------------------------

    def _watch_windows(self, window) -> None:  # pragma: no cover - Windows only
        import ctypes

        try:
            ctypes.windll.wtsapi32.WTSRegisterSessionNotification(int(window.winId()), 0)
        except (AttributeError, OSError):
            pass
        self._native = _WindowsFilter(self)
        QGuiApplication.instance().installNativeEventFilter(self._native)


class _WindowsFilter(QAbstractNativeEventFilter):  # pragma: no cover - Windows only
    def __init__(self, watcher: SessionWatcher) -> None:
        super().__init__()
        self._watcher = watcher

    def nativeEventFilter(self, event_type, message):  # noqa: N802 - Qt override
        if event_type == b"windows_generic_MSG" or event_type == "windows_generic_MSG":
            import ctypes.wintypes

            msg = ctypes.wintypes.MSG.from_address(int(message))
            if msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK:
                self._watcher.lockRequested.emit("session locked")
            elif msg.message == WM_POWERBROADCAST and msg.wParam == PBT_APMSUSPEND:
                self._watcher.lockRequested.emit("sleep")
        return False, 0
