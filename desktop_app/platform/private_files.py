"""Files only the rep can read (mode 0600), whatever the umask: exports, the log.

A prospect list, a calendar of calls and the call-block report say who the rep sells to;
like the book itself they are written readable by the owner alone. A file that already
exists (an export written over an old one) is narrowed to 0600 as well.
"""

from __future__ import annotations

import logging.handlers
import os
import sys
from pathlib import Path
from typing import IO, Any

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


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """A log that stays 0600 across rotations and never grows past a few megabytes."""

    def _open(self) -> IO[Any]:  # type: ignore[override]
        return open_private(self.baseFilename, self.mode, encoding=self.encoding,
                            errors=self.errors)
