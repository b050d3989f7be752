"""Whole tables as rows, for the book's own export and for reading one back: the columns
a book has (read from its schema, so a column added by a later migration is carried
too), every live prospect's row, one history table's rows, and writing an imported
prospect's answers and history. The layout itself is in services/book_layout.py."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator, Mapping, Sequence
from typing import Any

from .store import PROFILE_FIELDS, PROSPECT_FIELDS

# tables whose names may be put into SQL text (never a name read from a file)
_TABLES = frozenset({"prospects", "profiles", "compelling_events", "stalls", "touches"})


def _table(name: str) -> str:
    if name not in _TABLES:
        raise ValueError(f"not a book table: {name!r}")
    return name


def table_columns(conn: sqlite3.Connection, table: str) -> list[tuple[str, bool, str]]:
    """(name, not null, declared type) of each column of ``table``."""
    return [(r[1], bool(r[3]), str(r[2]).upper())
            for r in conn.execute(f"PRAGMA table_info({_table(table)})")]


def live_prospect_rows(conn: sqlite3.Connection,
                       setting_columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """Every live prospect: id, the contact fields, the profile's answers, then
    ``setting_columns`` of the prospect, by name."""
    contact = ", ".join(f"p.{c}" for c in PROSPECT_FIELDS)
    profile = ", ".join(f"pf.{c}" for c in PROFILE_FIELDS)
    settings = "".join(f", p.{c}" for c in setting_columns)
    yield from conn.execute(
        f"SELECT p.id, {contact}, {profile}{settings} FROM prospects p "
        "LEFT JOIN profiles pf ON pf.prospect_id = p.id WHERE p.deleted_utc IS NULL "
        "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE, p.id")


def live_history_rows(conn: sqlite3.Connection, table: str,
                      columns: Sequence[str]) -> Iterator[tuple[Any, ...]]:
    """The live prospects' rows of a history table: prospect id, then ``columns``."""
    selected = ", ".join(f"t.{c}" for c in columns)
    yield from conn.execute(
        f"SELECT t.prospect_id, {selected} FROM {_table(table)} t "
        "JOIN prospects p ON p.id = t.prospect_id WHERE p.deleted_utc IS NULL "
        "ORDER BY t.prospect_id, t.id")


def column_values(conn: sqlite3.Connection, table: str, key_column: str, key: int,
                  columns: Sequence[str]) -> tuple[Any, ...] | None:
    """``columns`` of the row whose ``key_column`` is ``key``."""
    row = conn.execute(f"SELECT {', '.join(columns)} FROM {_table(table)} "
                       f"WHERE {key_column} = ?", [key]).fetchone()
    return tuple(row) if row is not None else None


def set_columns(db: Any, table: str, key_column: str, key: int,
                values: Mapping[str, Any]) -> None:
    """Write ``values`` into the row whose ``key_column`` is ``key`` (``db`` is the open
    transaction's database or connection)."""
    assignments = ", ".join(f"{k} = ?" for k in values)
    db.execute(f"UPDATE {_table(table)} SET {assignments} WHERE {key_column} = ?",
               [*values.values(), key])


def insert_row(db: Any, table: str, row: Mapping[str, Any]) -> int:
    names = ", ".join(row)
    marks = ", ".join("?" for _ in row)
    cursor = db.execute(f"INSERT INTO {_table(table)} ({names}) VALUES ({marks})",
                        list(row.values()))
    return int(cursor.lastrowid or 0)
