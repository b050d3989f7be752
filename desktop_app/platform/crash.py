"""Knowing, at the next start, that Tickler did not close normally last time.

While the window runs, a small file sits beside the book (``tickler.sqlite3.running``, like
the ``.lock``): a line of JSON saying when and which process started, then whatever
Python's ``faulthandler`` writes if the process dies of a fatal signal or a fatal Python
error (``Fatal Python error: Aborted`` and the stack at that moment). A clean exit deletes
it. Finding it at the next start means the last session ended without closing: a crash,
a kill, a power cut. The app then says so and shows the log's last lines; the book itself
is SQLite, so everything that was saved before the end is still there.

Reading a marker (``read_marker``, ``UncleanEnd``) lives in ``crash_report``, loaded only
when there is one to read.
"""

from __future__ import annotations

import contextlib
import faulthandler
import logging
import os
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, TYPE_CHECKING

if TYPE_CHECKING:
    from .crash_report import LOG_TAIL_LINES as LOG_TAIL_LINES
    from .crash_report import MAX_FAULT_CHARS as MAX_FAULT_CHARS
    from .crash_report import UncleanEnd as UncleanEnd
    from .crash_report import log_tail as log_tail
    from .crash_report import read_marker as read_marker

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".running"


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + MARKER_SUFFIX)


def __getattr__(name: str) -> object:
    """The report half (``UncleanEnd``, ``read_marker``, ``log_tail``) from
    ``crash_report``, loaded when a marker is found or the names are first asked for."""
    if name in _REPORT_NAMES:
        from . import crash_report

        return getattr(crash_report, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


_REPORT_NAMES = frozenset({"UncleanEnd", "read_marker", "log_tail", "LOG_TAIL_LINES",
                           "MAX_FAULT_CHARS"})


class SessionGuard:
    """``open()`` early in the start (after the single-instance lock is ours), ``begin()``
    once the window is up, ``end()`` on a clean exit. Nothing here is fatal: a folder that
    cannot be written only loses the notice."""

    def __init__(self, db_path: Path, log_path: Path | None, version: str = "") -> None:
        self.path = marker_path(db_path)
        self.log_path = log_path
        self.version = version
        self._file: IO[str] | None = None
        self._faulthandler_was_enabled = False
        self._opened = False
        self._described = False
        self._started: datetime | None = None
        self._previous: UncleanEnd | None = None

    def open(self, now: datetime | None = None) -> None:
        """Read what the last session left, then start this session's marker with
        faulthandler writing into it. The marker's line of details waits for ``begin``
        (JSON is not needed before the queue's first paint): a process that dies before
        then leaves a marker without it, which still reads as a session that did not
        close."""
        if self._opened:
            return
        self._opened = True
        self._started = now or datetime.now(UTC)
        if self.path.exists():  # rare: only then is the reader loaded
            from .crash_report import read_marker

            self._previous = read_marker(self.path, self.log_path)
        try:
            self._file = self.path.open("w", encoding="utf-8")
        except OSError as exc:
            log.warning("could not write %s: %s", self.path, exc)
            self._file = None
            return
        self._faulthandler_was_enabled = faulthandler.is_enabled()
        faulthandler.enable(file=self._file, all_threads=True)

    def begin(self, now: datetime | None = None) -> UncleanEnd | None:
        """Start this session's marker (``open``, unless done already) with its details;
        returns the last session's if it did not close."""
        self.open(now)
        previous = self._previous
        if self._described:
            return previous
        self._described = True
        if previous is not None:
            log.warning("the last session (started %s, process %s) did not close normally%s",
                        previous.started_utc, previous.pid,
                        f": {previous.fatal_error}" if previous.fatal_error else "")
        if self._file is None:
            return previous
        import json

        started = self._started or datetime.now(UTC)
        info = {"pid": os.getpid(), "version": self.version,
                "started_utc": started.isoformat(timespec="seconds"),
                "log": str(self.log_path) if self.log_path else None}
        try:
            self._file.write(json.dumps(info) + "\n")
            self._file.flush()
        except OSError as exc:
            log.warning("could not write %s: %s", self.path, exc)
        return previous

    def end(self) -> None:
        """A clean exit: the marker goes (and faulthandler back to where it wrote before)."""
        if self._file is None:
            return
        faulthandler.disable()
        if self._faulthandler_was_enabled and sys.__stderr__ is not None:
            with contextlib.suppress(ValueError, OSError):  # no usable stderr (windowed app)
                faulthandler.enable(file=sys.__stderr__)
        self._file.close()
        self._file = None
        try:
            self.path.unlink()
        except OSError as exc:
            log.warning("could not remove %s: %s", self.path, exc)
