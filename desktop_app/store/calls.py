"""Pending calls for the pop-ups, and which pop-ups have fired (rules: services/reminders.py).

A call can pop up exactly when the queue would show it: both read ``WAITING_SQL``.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .store import WAITING_SQL, Store, db_time, display_name, parse_db_time


@dataclass(frozen=True, slots=True)
class CallRow:
    touch_id: int
    due_utc: datetime
    prospect: str
    company: str
    reason: str
    timezone: str
    agreed_utc: datetime | None  # the minute first planned, when the call has moved
    snoozed: bool  # moved by a snooze (else by a reschedule)


_CALLS = (
    "SELECT t.id, t.due_utc, p.first_name, p.last_name, p.company, t.reason, p.timezone, "
    "t.original_due_utc, t.snooze_count "
    "FROM touches t JOIN prospects p ON p.id = t.prospect_id "
    f"WHERE {WAITING_SQL} AND t.channel = 'call' ")


def _row(r: Sequence[Any]) -> CallRow:
    return CallRow(touch_id=r[0], due_utc=parse_db_time(r[1]),
                   prospect=display_name(r[2], r[3]), company=r[4], reason=r[5],
                   timezone=r[6], agreed_utc=parse_db_time(r[7]) if r[7] else None,
                   snoozed=bool(r[8]))


def calls_between(store: Store, since: datetime, until: datetime | None,
                  limit: int = -1) -> list[CallRow]:
    """Waiting calls due from ``since`` up to ``until`` (None: no end), soonest first, at
    most ``limit`` (-1: all)."""
    return [_row(r) for r in store.conn.execute(
        _CALLS + "AND t.due_utc >= ? AND t.due_utc <= ? ORDER BY t.due_utc, t.id LIMIT ?",
        [db_time(since), db_time(until) if until else "9999", limit])]


def calls_due_and_next(store: Store, since: datetime, horizon: datetime,
                       ahead: int) -> list[CallRow]:
    """Waiting calls due from ``since`` to ``horizon``, and the next ``ahead`` after it,
    soonest first: one bounded query however big the book."""
    end = db_time(horizon)
    rows = store.conn.execute(
        f"SELECT * FROM ({_CALLS} AND t.due_utc >= ? AND t.due_utc <= ?) "
        f"UNION ALL SELECT * FROM ({_CALLS} AND t.due_utc > ? "
        "ORDER BY t.due_utc, t.id LIMIT ?)",
        [db_time(since), end, end, ahead])
    return sorted((_row(r) for r in rows), key=lambda c: (c.due_utc, c.touch_id))


def fired_keys(store: Store) -> frozenset[str]:
    """Keys of the pop-ups already shown for touches still pending."""
    return frozenset(str(r[0]) for r in store.conn.execute(
        "SELECT f.key FROM popups_fired f JOIN touches t ON t.id = f.touch_id "
        "WHERE t.status = 'pending'"))


def mark_fired(store: Store, fired: Iterable[tuple[str, int]], now: datetime) -> None:
    """Remember (key, touch id) pop-ups as shown at ``now``."""
    stamp = db_time(now)
    with store.transaction():
        store.conn.executemany(
            "INSERT INTO popups_fired (key, touch_id, fired_utc) VALUES (?, ?, ?) "
            "ON CONFLICT(key) DO NOTHING", [(key, touch_id, stamp) for key, touch_id in fired])


@dataclass(frozen=True, slots=True)
class CalendarCall:
    """A pending call of a live prospect, as the callbacks calendar shows it."""

    touch_id: int
    title: str
    reason: str
    due_utc: datetime
    first_name: str
    last_name: str
    company: str
    phone: str
    mobile: str
    timezone: str
    words: str | None  # what they said, from the stall that planned it


def pending_calls_from(store: Store, since: datetime,
                       until: datetime | None = None) -> list[CalendarCall]:
    """Waiting calls (``WAITING_SQL``, as the queue and the pop-ups read them) due from
    ``since`` (up to ``until``), in time order."""
    params: list[object] = [db_time(since)]
    sql = f"""SELECT t.id, t.title, t.reason, t.due_utc, p.first_name, p.last_name,
                     p.company, p.phone, p.mobile, p.timezone, s.words
              FROM touches t JOIN prospects p ON p.id = t.prospect_id
              LEFT JOIN stalls s ON s.id = t.stall_id
              WHERE {WAITING_SQL} AND t.channel = 'call' AND t.due_utc >= ?"""
    if until is not None:
        sql += " AND t.due_utc < ?"
        params.append(db_time(until))
    sql += " ORDER BY t.due_utc, t.id"
    return [CalendarCall(r[0], r[1], r[2], parse_db_time(r[3]), r[4], r[5], r[6], r[7], r[8],
                         r[9], r[10])
            for r in store.conn.execute(sql, params)]
