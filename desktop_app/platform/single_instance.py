"""One Tickler per database and user: a second launch raises the running window instead.

Two parts, so that a normal start pays almost nothing before its first paint:

- a lock file beside the database (``book.sqlite3.lock``) decides who runs. Taking it is a
  single system call; the operating system drops it when the process ends, crash or not.
- a local socket (QtNetwork) over which a second launch asks the running one to show its
  window. The first instance starts listening after its queue has painted (``listen``); a
  second launch that finds the lock taken keeps knocking for a few seconds, which covers
  the moment between the two.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path
from typing import IO, TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

RAISE = b"raise\n"
ACK = b"ok\n"
KNOCK_FOR_SECONDS = 5.0


def server_name(db_path: Path | str, user: str | None = None) -> str:
    """The local socket unique to this user and this database file.

    On Linux and macOS it is a full path in the user's own runtime folder
    (``$XDG_RUNTIME_DIR``, else a 0700 ``tickler-UID`` folder in the temp folder that must
    belong to the user), so another local user can neither squat the name nor answer a
    second launch. On Windows a named pipe (per session).
    """
    import getpass
    import hashlib

    if user is None:
        try:
            user = getpass.getuser()
        except (KeyError, OSError):  # no login name (some containers)
            user = "user"
    key = f"{user}\0{Path(db_path).expanduser().resolve()}"
    name = "tickler-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]
    folder = runtime_folder()
    return str(folder / name) if folder is not None else name


def _private_and_mine(path: Path) -> bool:
    import stat

    try:
        info = path.lstat()
    except OSError:
        return False
    return (stat.S_ISDIR(info.st_mode) and info.st_uid == os.getuid()
            and not info.st_mode & (stat.S_IWGRP | stat.S_IWOTH))


def runtime_folder() -> Path | None:
    """A folder for the socket that only this user can write in; None on Windows."""
    if sys.platform == "win32":
        return None
    runtime = os.environ.get("XDG_RUNTIME_DIR")
    if runtime and Path(runtime).is_absolute() and _private_and_mine(Path(runtime)):
        return Path(runtime)
    import contextlib
    import tempfile

    folder = Path(tempfile.gettempdir()) / f"tickler-{os.getuid()}"
    with contextlib.suppress(OSError):
        folder.mkdir(mode=0o700, exist_ok=True)
    if _private_and_mine(folder):
        os.chmod(folder, 0o700)
        return folder
    # Someone else made that folder first: use one under the home folder instead.
    from platformdirs import user_cache_path

    home = user_cache_path("Tickler", appauthor=False) / "run"
    try:
        home.mkdir(parents=True, exist_ok=True)
        os.chmod(home, 0o700)
    except OSError:
        return None
    return home if _private_and_mine(home) else None


def socket_owned_by_someone_else(name: str) -> bool:
    """A socket file at ``name`` that another user created (a squatter)."""
    if sys.platform == "win32" or not os.path.isabs(name):
        return False
    try:
        return os.lstat(name).st_uid != os.getuid()
    except OSError:
        return False


def lock_path(db_path: Path | str) -> Path:
    path = Path(db_path).expanduser().resolve()
    return path.with_name(path.name + ".lock")


def _try_lock(handle: IO[bytes]) -> bool:
    """An exclusive, non-blocking lock on ``handle``; False when someone else holds it."""
    try:
        if sys.platform == "win32":
            import msvcrt

            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
        else:
            import fcntl

            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


class SingleInstance(QObject):
    """``claim()`` is True for the first instance; the others ask it to raise its window."""

    activate_requested = Signal()

    def __init__(self, db_path: Path | str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("singleInstance")
        self.db_path = Path(db_path)
        self._name: str | None = None
        self._lock: IO[bytes] | None = None
        self.server: QLocalServer | None = None
        self.answered = False  # after a refused claim: did the running Tickler answer?

    @property
    def name(self) -> str:
        if self._name is None:
            self._name = server_name(self.db_path)
        return self._name

    def claim(self) -> bool:
        """True when this process is the one to run (call ``listen`` once it is up)."""
        try:
            path = lock_path(self.db_path)
            path.parent.mkdir(parents=True, exist_ok=True)
            handle = open(path, "a+b")  # noqa: SIM115 - held open for the process's life
        except OSError as exc:
            # No lock file possible (a read-only folder…): the socket alone decides.
            log.warning("single-instance lock not available (%s); using the socket", exc)
            if self.notify_running():
                self.answered = True
                return False
            self.listen()
            return True
        if _try_lock(handle):
            self._lock = handle
            return True
        handle.close()
        deadline = time.monotonic() + KNOCK_FOR_SECONDS
        while not (answered := self.notify_running(timeout_ms=500)):
            if time.monotonic() >= deadline:
                log.warning("another Tickler holds %s but did not answer", path)
                break
            time.sleep(0.1)
        self.answered = answered
        return False

    def notify_running(self, timeout_ms: int = 1000) -> bool:
        """Ask a running instance to show itself; True when one answered."""
        from PySide6.QtNetwork import QLocalSocket

        if socket_owned_by_someone_else(self.name):
            log.warning("the single-instance socket %s belongs to another user", self.name)
            return False
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
        """Answer later launches (after the first paint: QtNetwork is not needed before)."""
        if self.server is not None:
            return True
        from PySide6.QtNetwork import QLocalServer

        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            # A socket file left by a crashed instance (or put there by someone else): we
            # hold the lock, so take it over.
            QLocalServer.removeServer(self.name)
            if not server.listen(self.name):
                log.warning("single-instance server not started: %s", server.errorString())
                return False
        server.newConnection.connect(self._on_connection)
        self.server = server
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
        if self._lock is not None:
            self._lock.close()  # releases the lock; the empty file stays for next time
            self._lock = None


__all__ = ["SingleInstance", "lock_path", "runtime_folder", "server_name"]
