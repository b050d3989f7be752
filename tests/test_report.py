"""The call-block report on a hand-built book where every figure is known."""

from __future__ import annotations

import csv
from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.model import CallOutcome, DeclineReason, SlotQuality, StallKind
from desktop_app.services.prospects import create_prospect
from desktop_app.services.report import (
    build_report,
    custom_period,
    export_report_csv,
    period_preset,
    report_rows,
)
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.services.touches import complete_touch, record_call
from desktop_app.store.store import parse_db_time
from tests.conftest import START

NOVEMBER = custom_period(date(2026, 11, 1), date(2026, 11, 30), "Europe/London")


def _prospect(ctx, name):
    return create_prospect(ctx, {"first_name": name, "company": f"{name} Ltd",
                                 "timezone": "Europe/London"})


def _stall(ctx, name, kind, slot=None, quality=SlotQuality.BOOKED):
    return log_stall(ctx, StallRequest(_prospect(ctx, name), kind, "", slot, quality))


def _touch(ctx, stall_id, channel="call", step=None):
    sql = "SELECT * FROM touches WHERE stall_id = ? AND status = 'pending' AND channel = ?"
    params = [stall_id, channel]
    if step:
        sql += " AND step_key = ?"
        params.append(step)
    rows = list(ctx.store.db.query(sql + " ORDER BY due_utc, id LIMIT 1", params))
    return rows[0]


def _call(ctx, clock, stall_id, outcome, late=0, reason=None):
    touch = _touch(ctx, stall_id)
    clock.set(parse_db_time(touch["due_utc"]) + timedelta(minutes=late, seconds=20))
    record_call(ctx, touch["id"], outcome, outcome_reason=reason)


@pytest.fixture
def book(ctx, clock):
    """Six stalls logged on 23 November and one in October, with known outcomes.

    A next week, booked: thank-you and reminder done, callback on time → conversation.
    B next week, vague: callback 7 min late, no answer; gone-dark call 1 → appointment.
    C next month, booked: callback 3 min late → appointment.
    D later, booked: callback on time → not interested (not compelling).
    E next month, vague: callback 12 min late, no answer; dark call 1 → not interested
      (too busy).
    F gone dark: first call → voicemail; never reached.
    G next week, booked, logged in October: a conversation, outside the period.
    """
    clock.set(START - timedelta(days=40))
    g = _stall(ctx, "Gina", StallKind.NEXT_WEEK, datetime(2026, 10, 21, 10, 0))
    _call(ctx, clock, g, CallOutcome.CONVERSATION)

    clock.set(START)
    a = _stall(ctx, "Ann", StallKind.NEXT_WEEK, datetime(2026, 11, 30, 10, 0))
    b = _stall(ctx, "Bob", StallKind.NEXT_WEEK, quality=SlotQuality.VAGUE)
    c = _stall(ctx, "Cy", StallKind.NEXT_MONTH, datetime(2026, 12, 21, 10, 0))
    d = _stall(ctx, "Dee", StallKind.LATER, datetime(2026, 11, 23, 14, 0))
    e = _stall(ctx, "Eve", StallKind.NEXT_MONTH, quality=SlotQuality.VAGUE)
    f = _stall(ctx, "Fay", StallKind.GONE_DARK)

    complete_touch(ctx, _touch(ctx, a, "email", "thank_you")["id"])
    _call(ctx, clock, d, CallOutcome.NOT_INTERESTED, reason=DeclineReason.NOT_COMPELLING)
    reminder = _touch(ctx, a, "email", "reminder")
    clock.set(parse_db_time(reminder["due_utc"]))
    complete_touch(ctx, reminder["id"])
    _call(ctx, clock, a, CallOutcome.CONVERSATION)
    _call(ctx, clock, b, CallOutcome.NO_ANSWER, late=7)
    _call(ctx, clock, b, CallOutcome.APPOINTMENT)
    _call(ctx, clock, c, CallOutcome.APPOINTMENT, late=3)
    _call(ctx, clock, e, CallOutcome.NO_ANSWER, late=12)
    _call(ctx, clock, e, CallOutcome.NOT_INTERESTED, reason=DeclineReason.TOO_BUSY)
    _call(ctx, clock, f, CallOutcome.VOICEMAIL)
    clock.set(datetime(2027, 1, 5, 9, 0, tzinfo=UTC))
    return ctx


def _funnels(funnels):
    return {f.key: (f.stalls, f.reached, f.conversations, f.appointments) for f in funnels}


def test_cohorts_by_kind_count_reached_conversations_and_appointments(book):
    report = build_report(book.store, NOVEMBER)
    assert _funnels(report.by_kind) == {
        "next_month": (2, 2, 1, 1),
        "next_week": (2, 2, 2, 1),
        "later": (1, 1, 0, 0),
        "gone_dark": (1, 0, 0, 0),
    }
    assert (report.total.stalls, report.total.reached, report.total.conversations,
            report.total.appointments) == (6, 5, 3, 2)
    assert report.total.rate(report.total.conversations) == pytest.approx(0.5)


def test_booked_and_vague_slots_side_by_side(book):
    report = build_report(book.store, NOVEMBER)
    assert _funnels(report.by_quality) == {
        "booked": (3, 3, 2, 1),
        "vague": (2, 2, 1, 1),
        "none": (1, 0, 0, 0),
    }
    assert [f.key for f in report.by_quality][:2] == ["booked", "vague"]


def test_punctuality_of_calls_at_the_agreed_slot(book):
    p = build_report(book.store, NOVEMBER).punctuality
    # Callbacks: A 0, D 0, C 3, B 7, E 12 minutes late; gone-dark calls have no slot.
    assert (p.on_time, p.within_5, p.later, p.calls) == (2, 1, 2, 5)
    assert p.median_minutes == 3


def test_touches_needed_before_the_first_conversation(book):
    t = build_report(book.store, NOVEMBER).touches_to_conversation
    # C: the callback alone; B: callback + dark call; A: thank-you, reminder, callback.
    assert dict(t.buckets) == {"1": 1, "2": 1, "3": 1, "4": 0, "5": 0, "6+": 0}
    assert (t.median, t.mean, t.conversations) == (2, 2, 3)


def test_why_prospects_went_quiet(book):
    report = build_report(book.store, NOVEMBER)
    assert dict(report.quiet_reasons) == {"Not compelling": 1, "Too busy": 1,
                                          "Not interested": 0}


def test_the_period_filters_on_the_day_the_stall_was_logged(book):
    october = build_report(book.store, custom_period(date(2026, 10, 1), date(2026, 10, 31),
                                                     "Europe/London"))
    assert (october.total.stalls, october.total.conversations) == (1, 1)
    everything = build_report(book.store, period_preset("all", book.now(), "Europe/London"))
    assert everything.total.stalls == 7
    # On 15 January 2027 the last 90 days reach back to 18 October: all but Gina's.
    mid_january = datetime(2027, 1, 15, 12, 0, tzinfo=UTC)
    last_90 = period_preset("last_90", mid_january, "Europe/London")
    assert last_90.start_utc == datetime(2026, 10, 17, 23, 0, tzinfo=UTC)  # BST midnight
    assert build_report(book.store, last_90).total.stalls == 6


def test_an_empty_book_gives_zeros_not_errors(ctx):
    report = build_report(ctx.store, period_preset("last_30", ctx.now(), "Europe/London"))
    assert report.total.stalls == 0
    assert report.total.rate(0) is None
    assert report.punctuality.median_minutes is None
    assert [f.key for f in report.by_kind] == ["next_month", "next_week", "later"]
    assert report_rows(report)[0] == ["section", "item", "measure", "count", "rate"]


def test_csv_export_carries_every_figure(book, tmp_path):
    report = build_report(book.store, NOVEMBER)
    path = export_report_csv(report, tmp_path / "report.csv")
    rows = list(csv.reader(path.read_text(encoding="utf-8").splitlines()))
    assert rows[0][0].endswith(NOVEMBER.label)
    assert ["Stalls by kind", "All stalls", "conversation", "3", "50%"] in rows
    assert ["Booked vs vague", "Vague slot", "appointment", "1", "50%"] in rows
    assert ["Punctuality", "calls at the agreed slot", "median minutes late", "3", ""] in rows
    assert ["Why prospects went quiet", "Too busy", "stalls", "1", "50%"] in rows


def test_the_report_indexes_migration(db_path):
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.store.database import migrate
    from desktop_app.store.migrations import MIGRATIONS, m006_report_indexes

    number = MIGRATIONS.index(m006_report_indexes) + 1
    db = Database(sqlite3.connect(db_path), execute_plugins=False)
    migrate(db, db_path, upto=number - 1)
    before = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    migrate(db, db_path, upto=number)
    after = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert after - before == {"idx_stalls_logged", "idx_touches_stall_done"}
    plan = " ".join(r[3] for r in db.execute(
        "EXPLAIN QUERY PLAN SELECT t.outcome FROM stalls s CROSS JOIN touches t "
        "WHERE s.logged_utc >= '2026' AND t.stall_id = s.id AND t.channel = 'call' "
        "AND t.status = 'done'"))
    assert "idx_stalls_logged" in plan and "COVERING INDEX idx_touches_stall_done" in plan
    db.close()


def test_the_sample_book_has_finished_stalls_for_the_report(ctx):
    from desktop_app.services.sample import write_sample_book
    from desktop_app.services.sample_history import HISTORY

    write_sample_book(ctx)
    report = build_report(ctx.store, period_preset("last_90", ctx.now(), "Europe/London"))
    assert dict(report.quiet_reasons) == {"Not compelling": 3, "Too busy": 2,
                                          "Not interested": 1}
    assert report.total.conversations == sum(
        1 for *_, calls in HISTORY if calls[-1][0] in (CallOutcome.CONVERSATION,
                                                       CallOutcome.APPOINTMENT))
    assert report.punctuality.calls > 0 and report.touches_to_conversation.conversations > 0
    # Every earlier plan ended: nothing from those weeks waits in today's queue.
    assert ctx.store.db.execute(
        "SELECT count(*) FROM touches t JOIN stalls s ON s.id = t.stall_id "
        "WHERE s.status = 'closed' AND t.status = 'pending'").fetchone()[0] == 0
