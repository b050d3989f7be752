"""Notices when something other than this window writes the book, and says so on the bus.

Another Tickler window on the same file, ``tickler`` on the command line, a worker thread's
own connection: their commits move SQLite's ``PRAGMA data_version`` on this connection, and
a short poll of it costs a few microseconds. When it moves, every view refreshes and the
call pop-ups are planned again, as after a change made here.
"""

from __future__ import annotations

import logging
import sqlite3

from PySide6.QtCore import QObject, QTimer

from desktop_app.services import AppContext
from desktop_app.services.context import PROFILE, PROSPECTS, SETTINGS, STALLS, TOUCHES

log = logging.getLogger(__name__)

POLL_MS = 250
# Topics owned by feature modules, named here so watching imports none of them.
EVERY_TOPIC = (PROSPECTS, TOUCHES, STALLS, SETTINGS, PROFILE, "outbox", "templates")


class BookWatcher(QObject):
    """Polls the book's data version; a change made elsewhere is announced on ``ctx.changes``."""

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *,
                 poll_ms: int = POLL_MS) -> None:
        super().__init__(parent)
        self.setObjectName("bookWatcher")
        self.ctx = ctx
        self._version: int | None = None
        self.timer = QTimer(self)
        self.timer.setObjectName("bookWatchTimer")
        self.timer.setInterval(poll_ms)
        self.timer.timeout.connect(self.poll)

    def start(self) -> None:
        self._version = self._read()
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()

    def _read(self) -> int | None:
        try:
            return self.ctx.store.data_version()
        except sqlite3.Error:  # closed or swapped under us: look again at the next poll
            return None

    def poll(self) -> bool:
        """True when another connection changed the book since the last look."""
        version = self._read()
        if version is None or version == self._version:
            return False
        changed = self._version is not None
        self._version = version
        if changed:
            log.info("the book was changed elsewhere; refreshing")
            self.ctx.forget_cached_settings()
            self.ctx.changes.emit(*EVERY_TOPIC)
        return changed
