"""Knowing, at the next start, that Tickler did not close normally last time.

While the window runs, a small file sits beside the book (``tickler.sqlite3.running``, like
the ``.lock``): a line of JSON saying when and which process started, then whatever
Python's ``faulthandler`` writes if the process dies of a fatal signal or a fatal Python
error (``Fatal Python error: Aborted`` and the stack at that moment). A clean exit deletes
it. Finding it at the next start means the last session ended without closing: a crash,
a kill, a power cut. The app then says so and shows the log's last lines; the book itself
is SQLite, so everything that was saved before the end is still there.
"""

from __future__ import annotations

import contextlib
import faulthandler
import json
import logging
import os
import sys
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)

MARKER_SUFFIX = ".running"
LOG_TAIL_LINES = 25
MAX_FAULT_CHARS = 20_000


@dataclass(frozen=True)
class UncleanEnd:
    """What is known about a session that did not close normally."""

    started_utc: datetime | None
    pid: int | None
    version: str
    fault: str  # faulthandler's report: empty when the process was killed outright
    log_tail: tuple[str, ...]
    log_path: Path | None

    @property
    def fatal_error(self) -> str | None:
        """The fatal error's own line, e.g. ``Fatal Python error: Aborted``."""
        for line in self.fault.splitlines():
            if line.startswith("Fatal Python error") or line.startswith("Windows fatal"):
                return line.strip()
        return None


def marker_path(db_path: Path) -> Path:
    return db_path.with_name(db_path.name + MARKER_SUFFIX)


def log_tail(path: Path | None, lines: int = LOG_TAIL_LINES) -> tuple[str, ...]:
    """The last ``lines`` lines of a text file (read from its end; the log can be long)."""
    if path is None:
        return ()
    try:
        with path.open("rb") as f:
            f.seek(0, os.SEEK_END)
            size = f.tell()
            f.seek(max(0, size - 200 * lines - 4096))
            data = f.read()
    except OSError:
        return ()
    text = data.decode("utf-8", "replace").splitlines()
    return tuple(text[-lines:])


def read_marker(path: Path, log_path: Path | None) -> UncleanEnd | None:
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return None
    except OSError as exc:
        log.warning("could not read %s: %s", path, exc)
        return None
    head, _, fault = text.partition("\n")
    try:
        info = json.loads(head)
        if not isinstance(info, dict):
            raise ValueError(head)
    except ValueError:  # cut short as it was written: still a session that did not close
        info, fault = {}, text
    started = None
    with contextlib.suppress(KeyError, ValueError):
        started = datetime.fromisoformat(str(info["started_utc"]))
    pid = info.get("pid")
    logged = info.get("log")
    return UncleanEnd(
        started_utc=started, pid=pid if isinstance(pid, int) else None,
        version=str(info.get("version", "")), fault=fault.strip()[-MAX_FAULT_CHARS:],
        log_tail=log_tail(Path(logged) if logged else log_path),
        log_path=Path(logged) if logged else log_path)


class SessionGuard:
    """``begin()`` at start (after the single-instance lock is ours), ``end()`` on a clean
    exit. Nothing here is fatal: a folder that cannot be written only loses the notice."""

    def __init__(self, db_path: Path, log_path: Path | None, version: str = "") -> None:
        self.path = marker_path(db_path)
        self.log_path = log_path
        self.version = version
        self._file: IO[str] | None = None
        self._faulthandler_was_enabled = False

    def begin(self, now: datetime | None = None) -> UncleanEnd | None:
        """Start this session's marker; returns the last session's if it did not close."""
        previous = read_marker(self.path, self.log_path)
        if previous is not None:
            log.warning("the last session (started %s, process %s) did not close normally%s",
                        previous.started_utc, previous.pid,
                        f": {previous.fatal_error}" if previous.fatal_error else "")
        info = {"pid": os.getpid(), "version": self.version,
                "started_utc": (now or datetime.now(UTC)).isoformat(timespec="seconds"),
                "log": str(self.log_path) if self.log_path else None}
        try:
            self._file = self.path.open("w", encoding="utf-8")
            self._file.write(json.dumps(info) + "\n")
            self._file.flush()
        except OSError as exc:
            log.warning("could not write %s: %s", self.path, exc)
            self._file = None
            return previous
        self._faulthandler_was_enabled = faulthandler.is_enabled()
        faulthandler.enable(file=self._file, all_threads=True)
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
