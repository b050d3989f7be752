"""Reading book files other than the open one (backups, copies being checked) and copying
one book into another through SQLite's backup API. The rules (what makes a good backup,
what is kept) are in services/backup.py."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True, slots=True)
class BookFacts:
    """What a file says of itself: SQLite's quick check, its schema version, its tables."""

    check: str
    version: int
    tables: frozenset[str]


def open_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True)


def book_facts(conn: sqlite3.Connection) -> BookFacts:
    """Raises sqlite3.DatabaseError when the file is no database (or is damaged)."""
    check = str(conn.execute("PRAGMA quick_check").fetchone()[0])
    version = schema_version(conn)
    tables = frozenset(str(r[0]) for r in conn.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table'"))
    return BookFacts(check, version, tables)


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def live_prospect_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute(
        "SELECT count(*) FROM prospects WHERE deleted_utc IS NULL").fetchone()[0])


def touch_count(conn: sqlite3.Connection) -> int:
    return int(conn.execute("SELECT count(*) FROM touches").fetchone()[0])


def copy_book_into(source: Path, target: sqlite3.Connection) -> None:
    """Copy the book at ``source`` (opened read-only) over ``target``, page by page: every
    connection to the target sees the copied book at once. Foreign keys are switched back
    on afterwards (the copy leaves them as the source had them)."""
    src = open_read_only(source)
    try:
        src.backup(target)
    finally:
        src.close()
    target.execute("PRAGMA foreign_keys = ON")
