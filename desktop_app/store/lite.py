"""The part of sqlite-utils' Database the app calls every day, without importing sqlite-utils.

Importing sqlite-utils costs 0.1 s (0.3 s when numpy is installed, which it imports if it
can): most of the budget for showing the window. ``LiteDatabase`` gives ``execute``,
``query``, ``atomic``, ``rollback`` and ``close`` with sqlite-utils' own transaction rules,
and hands anything else (``db["table"]``, ``db.table_names()``…) to a real
``sqlite_utils.Database`` over the same connection, made on first need.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import count
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from sqlite_utils import Database

_TRANSACTION_CONTROL = {"BEGIN", "COMMIT", "END", "ROLLBACK", "SAVEPOINT", "RELEASE"}
_QUERY_REJECTED = _TRANSACTION_CONTROL | {"VACUUM", "ATTACH", "DETACH"}
_QUERY_ONLY = ("query() can only be used with SQL that returns rows - "
               "use execute() for other statements")
_savepoints = count(1)

Params = Sequence[Any] | dict[str, Any] | None


def first_keyword(sql: str) -> str:
    """The statement's first keyword, uppercased, past whitespace and comments."""
    i, n = 0, len(sql)
    while i < n:
        if sql[i].isspace() or sql[i] in (";", "\ufeff"):
            i += 1
        elif sql.startswith("--", i):
            newline = sql.find("\n", i)
            if newline == -1:
                return ""
            i = newline + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            if end == -1:
                return ""
            i = end + 2
        else:
            break
    j = i
    while j < n and (sql[j].isalpha() or sql[j] == "_"):
        j += 1
    return sql[i:j].upper()


def dedupe_keys(keys: Iterable[str]) -> list[str]:
    """Column names made unique the way sqlite-utils does it: ``id``, ``id_2``…"""
    keys = list(keys)
    taken = set(keys)
    if len(taken) == len(keys):
        return keys
    seen: set[str] = set()
    result = []
    for key in keys:
        if key in seen:
            new_key, suffix = key, 2
            while new_key in seen or new_key in taken:
                new_key = f"{key}_{suffix}"
                suffix += 1
            key = new_key
        seen.add(key)
        result.append(key)
    return result


class LiteDatabase:
    """sqlite-utils' Database semantics for the few calls the app makes at start-up."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self._full: Database | None = None

    def full(self) -> Database:
        """The real sqlite-utils Database over this connection."""
        if self._full is None:
            from sqlite_utils import Database

            self._full = Database(self.conn, execute_plugins=False)
        return self._full

    def __getattr__(self, name: str) -> Any:
        return getattr(self.full(), name)

    def __getitem__(self, name: str) -> Any:
        return self.full()[name]

    def execute(self, sql: str, parameters: Params = None) -> sqlite3.Cursor:
        """Run one statement; a write outside a transaction is committed at once."""
        was_in_transaction = self.conn.in_transaction
        try:
            if parameters is not None:
                cursor = self.conn.execute(sql, parameters)
            else:
                cursor = self.conn.execute(sql)
        except Exception:
            if not was_in_transaction and self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            raise
        if (not was_in_transaction and self.conn.in_transaction
                and cursor.description is None
                and first_keyword(sql) not in _TRANSACTION_CONTROL):
            self.conn.execute("COMMIT")
        return cursor

    def query(self, sql: str, params: Params = None) -> Iterator[dict[str, Any]]:
        """Rows as dictionaries; a statement that returns no rows is refused and undone."""
        keyword = first_keyword(sql)
        if keyword in _QUERY_REJECTED:
            raise ValueError(_QUERY_ONLY)
        args: tuple[Any, ...] = (params,) if params is not None else ()
        if keyword == "PRAGMA":
            cursor = self.conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_QUERY_ONLY)
            keys = dedupe_keys(d[0] for d in cursor.description)
            return (dict(zip(keys, row, strict=True)) for row in cursor)
        self.conn.execute('SAVEPOINT "tickler_query"')
        released = False
        try:
            cursor = self.conn.execute(sql, *args)
            if cursor.description is None:
                raise ValueError(_QUERY_ONLY)
            keys = dedupe_keys(d[0] for d in cursor.description)
            try:
                self.conn.execute('RELEASE "tickler_query"')
                released = True
            except sqlite3.OperationalError:  # a write still running (INSERT … RETURNING)
                fetched = cursor.fetchall()
                self.conn.execute('RELEASE "tickler_query"')
                released = True
                return (dict(zip(keys, row, strict=True)) for row in fetched)
            return (dict(zip(keys, row, strict=True)) for row in cursor)
        finally:
            if not released and self.conn.in_transaction:
                self.conn.execute('ROLLBACK TO "tickler_query"')
                self.conn.execute('RELEASE "tickler_query"')

    @contextmanager
    def atomic(self) -> Iterator[LiteDatabase]:
        """One transaction; nested blocks become savepoints. Rolls back on any error."""
        if self.conn.in_transaction:
            savepoint = f"tickler_{next(_savepoints)}"
            self.conn.execute(f"SAVEPOINT {savepoint}")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO SAVEPOINT {savepoint}")
                    self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
                raise
            else:
                self.conn.execute(f"RELEASE SAVEPOINT {savepoint}")
        else:
            self.conn.execute("BEGIN")
            try:
                yield self
            except BaseException:
                self.rollback()
                raise
            else:
                try:
                    self.conn.execute("COMMIT")
                except BaseException:
                    self.rollback()
                    raise

    def rollback(self) -> None:
        if self.conn.in_transaction:
            self.conn.execute("ROLLBACK")

    def close(self) -> None:
        self.conn.close()
