"""One Tickler per database and user: a second launch raises the running window instead."""

from __future__ import annotations

import getpass
import hashlib
import logging
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
ACK = b"ok\n"


def server_name(db_path: Path | str, user: str | None = None) -> str:
    """A local-socket name unique to this user and this database file."""
    if user is None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no login name (some containers)
            user = "user"
    key = f"{user}\0{Path(db_path).expanduser().resolve()}"
    return "tickler-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


class SingleInstance(QObject):
    """``claim()`` is True for the first instance; the others ask it to raise its window."""

    activate_requested = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("singleInstance")
        self.name = name
        self.server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """Ask a running instance to show itself; True when one answered."""
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if not socket.waitForConnected(timeout_ms):
            return False
        socket.write(RAISE)
        socket.waitForBytesWritten(timeout_ms)
        answered = socket.waitForReadyRead(timeout_ms) and socket.readAll().data() == ACK
        socket.disconnectFromServer()
        return answered

    def listen(self) -> bool:
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crashed instance: nobody answered, so take it over.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single-instance server not started: %s", server.errorString())
                return False
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def claim(self) -> bool:
        if self.notify_running():
            return False
        self.listen()
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        while (socket := self.server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if socket.canReadLine() and socket.readLine().data() == RAISE:
            socket.write(ACK)
            socket.flush()
            self.activate_requested.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
