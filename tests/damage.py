"""Really damaged books for the tests: a page of a real book overwritten with junk."""

from __future__ import annotations

import sqlite3
from pathlib import Path


def page_of(path: Path, table: str) -> tuple[int, int]:
    """(page number, page size) of ``table``'s root page in the book at ``path``."""
    conn = sqlite3.connect(path)
    try:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        size = int(conn.execute("PRAGMA page_size").fetchone()[0])
        root = int(conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                                [table]).fetchone()[0])
    finally:
        conn.close()
    return root, size


def corrupt_page(path: Path, table: str = "stalls") -> None:
    """Overwrite the root page of ``table`` with junk, the way a failing disk would.

    The book still opens and the queue (which never reads the stalls) still works; SQLite's
    integrity check, and anything that reads the stalls, find the damage.
    """
    root, size = page_of(path, table)
    junk = bytes((i * 37 + 11) % 256 for i in range(size))
    with path.open("r+b") as handle:
        handle.seek((root - 1) * size)
        handle.write(junk)


def corrupt_header(path: Path) -> None:
    """Junk over the first 100 bytes: SQLite no longer sees a database at all."""
    with path.open("r+b") as handle:
        handle.write(b"\x00junk" * 20)
