"""One window per journal: a second start asks the first window to come forward.

The journal lock (``journal.lock``) decides who owns the journal; this module
only carries the "come forward" request over a local socket (a named pipe on
Windows, a Unix domain socket elsewhere; nothing leaves the machine).  The
socket name is derived from the journal folder, never from its content.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

REQUEST = b"raise\n"


def server_name(folder: Path) -> str:
    return "tvaers-" + hashlib.sha256(str(Path(folder).resolve()).encode("utf-8")).hexdigest()[:20]


def ask_running_window_to_raise(folder: Path, timeout_ms: int = 1500) -> bool:
    """True when a Tværs window on ``folder`` received the request."""
    socket = QLocalSocket()
    socket.connectToServer(server_name(folder))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(REQUEST)
    ok = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    return ok


class InstanceServer(QObject):
    raiseRequested = Signal()

    def __init__(self, folder: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._server = QLocalServer(self)
        self._server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        name = server_name(folder)
        QLocalServer.removeServer(name)  # a stale socket from a crashed run; we hold the journal lock
        self.listening = self._server.listen(name)
        self._server.newConnection.connect(self._connected)

    def _connected(self) -> None:
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._on_ready_read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _on_ready_read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(REQUEST.strip()):
            self.raiseRequested.emit()

    def close(self) -> None:
        self._server.close()
