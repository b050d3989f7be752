"""Queries over stalls and their touches: live plans, chasing calls, free minutes.

The rules that use them (one live plan per prospect, the chasing-call cap, one touch a
minute) are in services/stalls.py and services/touches.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from ..domain.model import Channel
from .store import Store, TouchRecord, db_time, parse_db_time


@dataclass(frozen=True, slots=True)
class PlanTouch:
    """A pending touch of a plan, as the preview of a replaced plan describes it."""

    id: int
    step_key: str
    title: str
    channel: Channel
    due_utc: datetime


def live_stall_ids(store: Store, prospect_id: int, invite_cancel: str) -> list[int]:
    """The prospect's stalls still open or with a touch pending (an invite cancellation
    still to send, step ``invite_cancel``, does not keep a plan alive), oldest first."""
    return [int(r[0]) for r in store.conn.execute(
        "SELECT id FROM stalls WHERE prospect_id = ? AND (status = 'open' OR EXISTS ("
        "SELECT 1 FROM touches t WHERE t.stall_id = stalls.id AND t.status = 'pending' "
        "AND t.step_key != ?)) ORDER BY logged_utc, id", [prospect_id, invite_cancel])]


def prospects_with_several_live_stalls(store: Store, invite_cancel: str) -> list[int]:
    """Prospects with more than one live stall (see ``live_stall_ids``)."""
    # read from the open stalls and the pending touches (both indexed, both few), not by
    # probing every stall ever logged: 10 ms instead of 250 on a 20,000-prospect book
    return [int(r[0]) for r in store.conn.execute(
        "SELECT prospect_id FROM stalls WHERE id IN (SELECT id FROM stalls WHERE status = "
        "'open' UNION SELECT stall_id FROM touches WHERE status = 'pending' AND step_key != ? "
        "AND stall_id IS NOT NULL) GROUP BY prospect_id HAVING count(*) > 1",
        [invite_cancel])]


def pending_plan_touches(store: Store, stall_ids: Sequence[int],
                         leave_out_steps: Sequence[str]) -> list[PlanTouch]:
    """The stalls' pending touches but those of ``leave_out_steps``, soonest first."""
    marks = ", ".join("?" for _ in stall_ids)
    steps = ", ".join("?" for _ in leave_out_steps)
    return [PlanTouch(r[0], r[1], r[2], Channel(r[3]), parse_db_time(r[4]))
            for r in store.conn.execute(
                f"SELECT id, step_key, title, channel, due_utc FROM touches "
                f"WHERE stall_id IN ({marks}) AND status = 'pending' "
                f"AND step_key NOT IN ({steps}) ORDER BY due_utc, id",
                [*stall_ids, *leave_out_steps])]


def cancel_stall_touches(store: Store, stall_id: int, reason: str, keep_step: str,
                         keep_touch_id: int | None) -> int:
    """Cancel the stall's pending touches but step ``keep_step`` and ``keep_touch_id``;
    returns how many."""
    cursor = store.conn.execute(
        "UPDATE touches SET status = 'cancelled', outcome_reason = ? WHERE stall_id = ? AND "
        "status = 'pending' AND step_key != ? AND id != ?",
        [reason, stall_id, keep_step, keep_touch_id or 0])
    return int(cursor.rowcount)


def reopen_stall(store: Store, stall_id: int) -> None:
    store.conn.execute(
        "UPDATE stalls SET status = 'open', closed_utc = NULL, closed_reason = NULL "
        "WHERE id = ?", [stall_id])


def chasing_call_times(store: Store, prospect_id: int, include_pending: bool) -> list[datetime]:
    """When the prospect's chasing calls (touches with an attempt number) were made, or are
    due when ``include_pending``."""
    statuses = "('done', 'pending')" if include_pending else "('done')"
    return [parse_db_time(r[0]) for r in store.conn.execute(
        "SELECT coalesce(done_utc, due_utc) FROM touches WHERE prospect_id = ? AND attempt "
        f"IS NOT NULL AND status IN {statuses}", [prospect_id])]


def pending_dues(store: Store, prospect_id: int) -> list[tuple[int, str]]:
    """(touch id, due minute as stored) of the prospect's pending touches."""
    return [(int(r[0]), str(r[1])) for r in store.conn.execute(
        "SELECT id, due_utc FROM touches WHERE prospect_id = ? AND status = 'pending'",
        [prospect_id])]


def latest_booked_prospect_id(store: Store) -> int | None:
    """The live prospect of the latest open stall with an agreed slot."""
    row = store.conn.execute(
        "SELECT s.prospect_id FROM stalls s JOIN prospects p ON p.id = s.prospect_id "
        "WHERE s.status = 'open' AND s.slot_utc IS NOT NULL AND p.deleted_utc IS NULL "
        "ORDER BY s.logged_utc DESC, s.id DESC LIMIT 1").fetchone()
    return int(row[0]) if row else None


def cancel_pending_step(store: Store, prospect_id: int, step_key: str, reason: str) -> int:
    """Cancel the prospect's pending touches of one step; returns how many."""
    return int(store.conn.execute(
        "UPDATE touches SET status = 'cancelled', outcome_reason = ? "
        "WHERE prospect_id = ? AND step_key = ? AND status = 'pending'",
        [reason, prospect_id, step_key]).rowcount)



# -- the agreed slot and its invites (rules: services/slots.py) ----------------------------


def invite_sent(store: Store, stall_id: int, invite_cancel: str) -> bool:
    """Whether a message with an invite for the stall is out or on its way (a cancellation,
    step ``invite_cancel``, does not count)."""
    return store.conn.execute(
        "SELECT 1 FROM outbox o JOIN touches t ON t.id = o.touch_id "
        "WHERE t.stall_id = ? AND o.invite IS NOT NULL AND o.state != 'discarded' "
        "AND t.step_key != ? LIMIT 1", [stall_id, invite_cancel]).fetchone() is not None


def step_count(store: Store, stall_id: int, step_key: str,
               up_to_touch_id: int | None = None) -> int:
    """How many touches of one step the stall has (up to ``up_to_touch_id``, when given)."""
    sql = "SELECT count(*) FROM touches WHERE stall_id = ? AND step_key = ?"
    params: list[object] = [stall_id, step_key]
    if up_to_touch_id is not None:
        sql += " AND id <= ?"
        params.append(up_to_touch_id)
    return int(store.conn.execute(sql, params).fetchone()[0])


def has_step(store: Store, stall_id: int, step_key: str, statuses: Sequence[str]) -> bool:
    """Whether the stall has a touch of one step in one of ``statuses``."""
    marks = ", ".join("?" for _ in statuses)
    return store.conn.execute(
        f"SELECT 1 FROM touches WHERE stall_id = ? AND step_key = ? AND status IN ({marks})",
        [stall_id, step_key, *statuses]).fetchone() is not None


def cancel_pending_stall_step(store: Store, stall_id: int, step_key: str, reason: str) -> int:
    """Cancel the stall's pending touches of one step; returns how many."""
    return int(store.conn.execute(
        "UPDATE touches SET status = 'cancelled', outcome_reason = ? WHERE stall_id = ? "
        "AND step_key = ? AND status = 'pending'", [reason, stall_id, step_key]).rowcount)


def set_stall_slot(store: Store, stall_id: int, slot_utc: datetime, tz: str) -> None:
    store.conn.execute("UPDATE stalls SET slot_utc = ?, slot_tz = ? WHERE id = ?",
                       [db_time(slot_utc), tz, stall_id])


def pending_touch_rows(store: Store, prospect_id: int,
                       leave_out_steps: Sequence[str]) -> list[TouchRecord]:
    """The prospect's pending touches but those of ``leave_out_steps``, soonest first, as
    whole records (the slot rules read several columns)."""
    steps = ", ".join("?" for _ in leave_out_steps)
    return store.touches_where(
        f"prospect_id = ? AND status = 'pending' AND step_key NOT IN ({steps}) "
        "ORDER BY due_utc, id", [prospect_id, *leave_out_steps])


def invite_left(store: Store, stall_id: int, invite_cancel: str) -> bool:
    """Whether an invite of the stall was handed to the mail server (or maybe was)."""
    return store.db.execute(
        "SELECT 1 FROM outbox o JOIN touches t ON t.id = o.touch_id "
        "WHERE t.stall_id = ? AND o.invite IS NOT NULL AND (o.state IN ('sending', 'sent', "
        "'uncertain') OR o.handoff_utc IS NOT NULL) AND t.step_key != ? LIMIT 1",
        [stall_id, invite_cancel]).fetchone() is not None


def delete_unsent_step_messages(store: Store, stall_id: int, step_key: str) -> int:
    """Delete the never-sent messages of the stall's pending ``step_key`` touches."""
    return int(store.db.execute(
        "DELETE FROM outbox WHERE touch_id IN (SELECT id FROM touches WHERE stall_id = ? AND "
        "step_key = ? AND status = 'pending') AND state IN ('queued', 'failed') AND "
        "handoff_utc IS NULL", [stall_id, step_key]).rowcount)


@dataclass(frozen=True, slots=True)
class ChasingCall:
    """A chasing call made (``at`` when it was logged) or planned (``at`` when it is due)."""

    id: int
    pending: bool
    at: datetime


def chasing_calls(store: Store, prospect_id: int) -> list[ChasingCall]:
    """The prospect's chasing calls made or planned, in time order."""
    return [ChasingCall(int(r[0]), r[1] == "pending", parse_db_time(r[2]))
            for r in store.conn.execute(
                "SELECT id, status, coalesce(done_utc, due_utc) AS at FROM touches WHERE "
                "prospect_id = ? AND attempt IS NOT NULL AND status IN ('done', 'pending') "
                "ORDER BY at, id", [prospect_id])]
