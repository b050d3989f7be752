"""The call-block report's counts, in a handful of indexed queries (the report-indexes
migration keeps them fast on a big book). What they mean, and the report built from them,
is in services/report.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .store import Store, db_time


@dataclass(frozen=True, slots=True)
class ReportCounts:
    """The raw figures of the stalls logged in a period."""

    # (kind, slot quality) -> [stalls, reached, with a conversation, with an appointment]
    funnels: dict[tuple[str, str], list[int]]
    minutes_late: list[int]  # of each call at the agreed slot (early as 0), ascending
    touches_needed: list[int]  # done touches up to each stall's first conversation, sorted
    quiet_reasons: list[tuple[str, int]]  # "not interested" reason -> stalls


def report_counts(store: Store, start_utc: datetime | None, end_utc: datetime | None,
                  connected: tuple[str, ...]) -> ReportCounts:
    """Stalls logged in [start_utc, end_utc) (None: open-ended); a call whose outcome is
    one of ``connected`` reached the prospect."""
    conditions, params = [], []
    if start_utc is not None:
        conditions.append("logged_utc >= ?")
        params.append(db_time(start_utc))
    if end_utc is not None:
        conditions.append("logged_utc < ?")
        params.append(db_time(end_utc))
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    marks = ", ".join("?" for _ in connected)
    conn = store.conn
    # One pass over the period's done calls into a temporary table (this connection only:
    # the report runs on its own). CROSS JOIN keeps SQLite's loop order: the period's stalls
    # by idx_stalls_logged, then each stall's done calls from the covering partial index
    # idx_touches_stall_done, so the cost follows the period, not the size of the book.
    _drop_temp(store)
    s_where = where.replace("logged_utc", "s.logged_utc")
    conn.execute(f"""CREATE TEMP TABLE report_call_rows AS
        SELECT s.id AS stall_id, s.kind AS kind, s.slot_quality AS slot_quality,
               t.outcome AS outcome, t.outcome_reason AS outcome_reason,
               t.minutes_late AS minutes_late, t.done_utc AS done_utc,
               t.original_due_utc = s.slot_utc AS at_slot
        FROM stalls s CROSS JOIN touches t
        {s_where} {"AND" if s_where else "WHERE"} t.stall_id = s.id AND t.channel = 'call'
              AND t.status = 'done'""", params)
    try:
        funnels: dict[tuple[str, str], list[int]] = {
            (kind, quality): [int(n), 0, 0, 0] for kind, quality, n in conn.execute(
                f"SELECT kind, slot_quality, count(*) FROM stalls {where} GROUP BY 1, 2",
                params)}
        for kind, quality, reached, conversations, appointments in conn.execute(f"""
            SELECT kind, slot_quality, sum(reached), sum(conversation), sum(appointment) FROM (
                SELECT kind, slot_quality, max(outcome IN ({marks})) AS reached,
                       max(outcome IN ('conversation', 'appointment')) AS conversation,
                       max(outcome = 'appointment') AS appointment
                FROM report_call_rows GROUP BY stall_id)
            GROUP BY 1, 2""", connected):
            funnels.setdefault((kind, quality), [0, 0, 0, 0])[1:] = [
                int(reached), int(conversations), int(appointments)]
        minutes = [int(r[0]) for r in conn.execute("""
            SELECT max(minutes_late, 0) AS m FROM report_call_rows
            WHERE minutes_late IS NOT NULL AND at_slot ORDER BY m""")]
        needed = sorted(int(r[0]) for r in conn.execute("""
            SELECT (SELECT count(*) FROM touches t WHERE t.stall_id = c.stall_id
                    AND t.status = 'done' AND t.done_utc <= c.first_conversation_utc)
            FROM (SELECT stall_id, min(done_utc) AS first_conversation_utc
                  FROM report_call_rows
                  WHERE outcome IN ('conversation', 'appointment') GROUP BY stall_id) c"""))
        reasons = [(str(reason), int(count)) for reason, count in conn.execute("""
            SELECT coalesce(outcome_reason, ''), count(DISTINCT stall_id) FROM report_call_rows
            WHERE outcome = 'not_interested' GROUP BY 1""")]
    finally:
        _drop_temp(store)
    return ReportCounts(funnels, minutes, needed, reasons)


def _drop_temp(store: Store) -> None:
    store.conn.execute("DROP TABLE IF EXISTS temp.report_call_rows")
