"""Files only the rep can read (mode 0600), whatever the umask: exports, the log.

A prospect list, a calendar of calls and the call-block report say who the rep sells to;
like the book itself they are written readable by the owner alone. A file that already
exists (an export written over an old one) is narrowed to 0600 as well.
"""

from __future__ import annotations

import logging
import os
import sys
from io import TextIOWrapper
from pathlib import Path
from typing import IO, Any, cast

PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def make_private(path: Path | str) -> None:
    """Narrow an existing file to 0600 (nothing to do on Windows: files there follow the
    user's profile folder's permissions)."""
    if sys.platform != "win32":
        os.chmod(path, PRIVATE_FILE)


def open_private(path: Path | str, mode: str = "w", **kwargs: Any) -> IO[Any]:
    """``open()`` for writing a new or replaced file, created 0600 from the first byte."""
    if not any(m in mode for m in "wax"):
        raise ValueError("open_private is for writing")
    flags = os.O_WRONLY | os.O_CREAT | getattr(os, "O_BINARY", 0)
    flags |= os.O_APPEND if "a" in mode else (os.O_EXCL if "x" in mode else os.O_TRUNC)
    fd = os.open(path, flags, PRIVATE_FILE)
    try:
        make_private(path)  # it may have existed with a wider mode
        return os.fdopen(fd, mode, **kwargs)
    except BaseException:
        os.close(fd)
        raise


def write_private_bytes(path: Path | str, data: bytes) -> None:
    with open_private(path, "wb") as handle:
        handle.write(data)


def write_private_text(path: Path | str, text: str, encoding: str = "utf-8") -> None:
    with open_private(path, "w", encoding=encoding, newline="") as handle:
        handle.write(text)


def private_folder(path: Path) -> Path:
    """Create ``path`` (and parents) with the last part 0700."""
    path.mkdir(parents=True, exist_ok=True)
    if sys.platform != "win32":
        os.chmod(path, PRIVATE_DIR)
    return path


class PrivateRotatingFileHandler(logging.FileHandler):
    """A log that stays 0600 across rotations and never grows past a few megabytes.

    When a record would take the file to ``maxBytes``, the file becomes ``NAME.1`` (``.1``
    becomes ``.2`` and so on; what would go past ``backupCount`` is dropped) and a new one
    is started. The same rule as ``logging.handlers.RotatingFileHandler``, built on the
    plain ``FileHandler``: ``logging.handlers`` brings sockets, pickle and queues with it,
    about 5 ms before the queue's first paint for a file the app only appends to.
    """

    def __init__(self, filename: Path | str, maxBytes: int = 0,
                 backupCount: int = 0, encoding: str | None = None) -> None:
        super().__init__(filename, mode="a", encoding=encoding)
        self.maxBytes = maxBytes
        self.backupCount = backupCount

    def _open(self) -> TextIOWrapper:
        return cast(TextIOWrapper, open_private(self.baseFilename, self.mode,
                                                encoding=self.encoding, errors=self.errors))

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._would_pass_the_limit(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _would_pass_the_limit(self, record: logging.LogRecord) -> bool:
        if self.maxBytes <= 0 or self.backupCount <= 0:
            return False
        stream = self.stream
        if stream is None:
            stream = self.stream = self._open()
        stream.seek(0, os.SEEK_END)
        line = self.format(record) + self.terminator
        return stream.tell() + len(line) >= self.maxBytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None
        base = self.baseFilename
        for number in range(self.backupCount - 1, 0, -1):
            older = f"{base}.{number}"
            if os.path.exists(older):
                os.replace(older, f"{base}.{number + 1}")
        if os.path.exists(base):
            os.replace(base, f"{base}.1")
        self.stream = self._open()
