"""Queries for the prospect profile: compelling events, trash, the gaps list.

Kept beside ``store.py`` (not in it) so the profile's SQL reads in one place.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.gaps import Profile
from .store import (
    GAPS_SQL,
    PROFILE_FIELDS,
    Store,
    TouchRecord,
    db_time,
    display_name,
    parse_db_time,
)

# The outcome_reason on touches cancelled because their prospect went to the trash; a
# restore brings back exactly these.
TRASH_REASON = "prospect moved to trash"


# -- compelling events ---------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EventRecord:
    """A compelling event as stored; ``event_date`` is ISO text as written (a book from
    elsewhere may hold one that does not parse), None when undated."""

    id: int
    prospect_id: int
    kind: str
    event_date: str | None
    note: str


_EVENT = "id, prospect_id, kind, event_date, note FROM compelling_events"


def _event(r: Sequence[Any]) -> EventRecord:
    return EventRecord(r[0], r[1], r[2], r[3], r[4] or "")


def events_for(store: Store, prospect_id: int) -> list[EventRecord]:
    """Dated events first, soonest first; undated ones after, oldest first."""
    return [_event(r) for r in store.conn.execute(
        f"SELECT {_EVENT} WHERE prospect_id = ? ORDER BY event_date IS NULL, event_date, id",
        [prospect_id])]


def get_event(store: Store, event_id: int) -> EventRecord | None:
    row = store.conn.execute(f"SELECT {_EVENT} WHERE id = ?", [event_id]).fetchone()
    return _event(row) if row else None


def next_dated_event(store: Store, prospect_id: int, today: date) -> EventRecord | None:
    """The prospect's soonest compelling event dated ``today`` (their day) or later."""
    row = store.conn.execute(
        f"SELECT {_EVENT} WHERE prospect_id = ? AND event_date IS NOT NULL "
        "AND event_date >= ? ORDER BY event_date LIMIT 1",
        [prospect_id, today.isoformat()]).fetchone()
    return _event(row) if row else None


def insert_event(store: Store, prospect_id: int, kind: str, event_date: str | None, note: str,
                 now: datetime) -> int:
    cursor = store.db.execute(
        "INSERT INTO compelling_events (prospect_id, kind, event_date, note, created_utc) "
        "VALUES (?, ?, ?, ?, ?)", [prospect_id, kind, event_date, note, db_time(now)])
    return int(cursor.lastrowid or 0)


def update_event(store: Store, event_id: int, kind: str, event_date: str | None,
                 note: str) -> None:
    store.db.execute(
        "UPDATE compelling_events SET kind = ?, event_date = ?, note = ? WHERE id = ?",
        [kind, event_date, note, event_id])


def delete_event(store: Store, event_id: int) -> None:
    store.db.execute("DELETE FROM compelling_events WHERE id = ?", [event_id])


def event_touches(store: Store, event_id: int) -> list[TouchRecord]:
    return store.event_touches(event_id)


def pending_event_touches(store: Store) -> list[TouchRecord]:
    return store.touches_where("event_id IS NOT NULL AND status = 'pending'", [])


# -- trash ---------------------------------------------------------------------------------

def move_to_trash(store: Store, prospect_id: int, now: datetime) -> int:
    """Mark the prospect deleted and cancel its pending touches; returns how many."""
    store.db.execute("UPDATE prospects SET deleted_utc = ? WHERE id = ?",
                     [db_time(now), prospect_id])
    cursor = store.db.execute(
        "UPDATE touches SET status = 'cancelled', outcome_reason = ? "
        "WHERE prospect_id = ? AND status = 'pending'", [TRASH_REASON, prospect_id])
    return int(cursor.rowcount)


def restore_from_trash(store: Store, prospect_id: int, now: datetime) -> int:
    """Undo move_to_trash: the touches it cancelled are pending again; returns how many."""
    store.db.execute("UPDATE prospects SET deleted_utc = NULL, updated_utc = ? WHERE id = ?",
                     [db_time(now), prospect_id])
    cursor = store.db.execute(
        "UPDATE touches SET status = 'pending', outcome_reason = NULL "
        "WHERE prospect_id = ? AND status = 'cancelled' AND outcome_reason = ?",
        [prospect_id, TRASH_REASON])
    return int(cursor.rowcount)


def set_country(store: Store, prospect_id: int, country: str) -> None:
    """The country whose holidays the prospect's plans skip ('' for their zone's)."""
    store.conn.execute("UPDATE prospects SET country = ? WHERE id = ?", [country, prospect_id])


def existing_prospect_ids(store: Store, ids: list[int]) -> list[int]:
    """Those of ``ids`` still in the book (trashed or not), in order."""
    marks = ", ".join("?" for _ in ids)
    return [int(r[0]) for r in store.conn.execute(
        f"SELECT id FROM prospects WHERE id IN ({marks}) ORDER BY id", ids)]


def prospect_id_by_name_and_email(store: Store, first: str, last: str,
                                  email: str) -> int | None:
    row = store.conn.execute(
        "SELECT id FROM prospects WHERE lower(email) = lower(?) AND first_name = ? "
        "AND last_name = ?", [email, first, last]).fetchone()
    return int(row[0]) if row else None


def delete_prospects_for_good(store: Store, ids: list[int]) -> bool:
    """Delete the prospects with everything of theirs, emails included, in one
    transaction; False (and nothing deleted) while one of their emails is being sent."""
    marks = ", ".join("?" for _ in ids)
    mail = (f"FROM outbox WHERE (prospect_id IN ({marks}) OR touch_id IN "
            f"(SELECT id FROM touches WHERE prospect_id IN ({marks})))")
    with store.transaction():
        if store.conn.execute(f"SELECT count(*) {mail} AND state = 'sending'",
                              [*ids, *ids]).fetchone()[0]:
            return False
        store.conn.execute(f"DELETE {mail}", [*ids, *ids])
        # profiles, events, stalls, touches and fired pop-ups go with them (ON DELETE CASCADE)
        store.conn.execute(f"DELETE FROM prospects WHERE id IN ({marks})", ids)
    return True


@dataclass(frozen=True, slots=True)
class TrashedProspect:
    """A prospect in the trash, with how many touches the trash holds back for them."""

    id: int
    name: str
    company: str
    email: str
    deleted_utc: datetime
    held_touches: int


def trashed_prospects(store: Store) -> list[TrashedProspect]:
    rows = store.conn.execute(
        "SELECT p.id, p.first_name, p.last_name, p.company, p.email, p.deleted_utc, "
        "  (SELECT count(*) FROM touches t WHERE t.prospect_id = p.id "
        "   AND t.status = 'cancelled' AND t.outcome_reason = ?) "
        "FROM prospects p WHERE p.deleted_utc IS NOT NULL "
        "ORDER BY p.deleted_utc DESC, p.id DESC", [TRASH_REASON])
    return [TrashedProspect(r[0], display_name(r[1], r[2]), r[3], r[4], parse_db_time(r[5]),
                            int(r[6]))
            for r in rows]


# -- gaps ----------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class GapCandidate:
    """A live prospect with a pending call and open gaps, with what names the gaps."""

    prospect_id: int
    name: str
    company: str
    timezone: str
    callback_utc: datetime  # their next pending call
    gaps: int
    dated_events: int
    profile: Profile


def gap_rows(store: Store, limit: int = 1000) -> list[GapCandidate]:
    """Live prospects with a pending callback and open gaps, soonest callback first.

    Each carries the profile and ``dated_events`` so the caller can name the gaps with
    ``domain.gaps.open_gaps``.
    """
    profile_columns = ", ".join(f"pf.{c}" for c in PROFILE_FIELDS)
    sql = f"""
        SELECT * FROM (
            SELECT p.id, p.first_name, p.last_name, p.company, p.timezone, nc.due_utc,
                   {GAPS_SQL} AS gaps,
                   (SELECT count(*) FROM compelling_events ce
                    WHERE ce.prospect_id = p.id AND ce.event_date IS NOT NULL) AS dated_events,
                   {profile_columns}
            FROM (SELECT prospect_id, min(due_utc) AS due_utc FROM touches
                  WHERE status = 'pending' AND channel = 'call' GROUP BY prospect_id) nc
            JOIN prospects p ON p.id = nc.prospect_id
            LEFT JOIN profiles pf ON pf.prospect_id = p.id
            WHERE p.deleted_utc IS NULL
        )
        WHERE gaps > 0
        ORDER BY due_utc, id
        LIMIT ?
    """
    rows = []
    for r in store.conn.execute(sql, [limit]):
        answers: dict[str, Any] = {k: v if v is not None else ""
                                   for k, v in zip(PROFILE_FIELDS, r[8:], strict=True)}
        others = json.loads(answers.pop("others_involved") or "[]")
        profile = Profile(prospect_id=r[0], others_involved=tuple(str(o) for o in others),
                          **answers)
        rows.append(GapCandidate(r[0], display_name(r[1], r[2]), r[3], r[4],
                                 parse_db_time(r[5]), int(r[6]), int(r[7]), profile))
    return rows
