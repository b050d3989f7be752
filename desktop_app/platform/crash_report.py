"""What the last session left when it did not close normally (see ``crash``).

Loaded only when a marker is found: the usual start has none to read, and the record type
(a frozen dataclass) and JSON cost ~2 ms before the queue's first paint.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

log = logging.getLogger("desktop_app.platform.crash")

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
