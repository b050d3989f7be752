"""A prospect's plan as raw rows (stalls, touches, outbox), for undo to compare and put back.

Rows are plain column → value dicts on purpose: undo restores whole rows, whatever columns
they have. Which rows may be written is decided by services/undo.py.
"""

from __future__ import annotations

from typing import Any

from .store import Store

Row = dict[str, Any]
Key = tuple[str, int]  # (table, id)

PLAN_TABLES = ("stalls", "touches", "outbox")  # parents before children
# A message may be put back or removed only while it has not gone to the server.
_UNSENT_SQL = " AND state IN ('queued', 'failed') AND handoff_utc IS NULL"


def plan_rows(store: Store, prospect_id: int) -> dict[Key, Row]:
    """The prospect's stalls, touches and live messages as they are now."""
    queries = {
        "stalls": ("SELECT * FROM stalls WHERE prospect_id = ?", [prospect_id]),
        "touches": ("SELECT * FROM touches WHERE prospect_id = ?", [prospect_id]),
        # the messages of the prospect's touches (a discarded one is out of play), read by
        # the outbox's touch index: a scan of every message ever sent would cost more
        "outbox": ("SELECT * FROM outbox WHERE touch_id IN (SELECT id FROM touches WHERE "
                   "prospect_id = ?) AND touch_id IS NOT NULL AND state != 'discarded'",
                   [prospect_id]),
    }
    rows: dict[Key, Row] = {}
    for table, (sql, params) in queries.items():
        for row in store.db.query(sql, params):
            rows[(table, int(row["id"]))] = row
    return rows


def _check_table(table: str) -> None:
    if table not in PLAN_TABLES:
        raise ValueError(f"not a plan table: {table}")


def delete_row(store: Store, key: Key) -> bool:
    """Delete one row (a message only if unsent); False when it was not there to delete."""
    table, row_id = key
    _check_table(table)
    guard = _UNSENT_SQL if table == "outbox" else ""
    return store.conn.execute(f"DELETE FROM {table} WHERE id = ?{guard}",
                              [row_id]).rowcount == 1


def update_row(store: Store, key: Key, row: Row) -> bool:
    """Put ``row``'s values back (a message only if unsent); False when it was not there."""
    table, row_id = key
    _check_table(table)
    columns = [c for c in row if c != "id"]
    guard = _UNSENT_SQL if table == "outbox" else ""
    return store.conn.execute(
        f"UPDATE {table} SET {', '.join(f'{c} = ?' for c in columns)} WHERE id = ?{guard}",
        [*(row[c] for c in columns), row_id]).rowcount == 1


def insert_row(store: Store, key: Key, row: Row) -> None:
    table, _row_id = key
    _check_table(table)
    columns = list(row)
    store.conn.execute(f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
                       f"({', '.join('?' for _ in columns)})", [row[c] for c in columns])
