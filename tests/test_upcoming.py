"""The Upcoming tab and ``tickler queue --days``: the days ahead by day, each day's load, and
the Today queue's own keys on them."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.services import ValidationError
from desktop_app.services.queue import upcoming_days
from desktop_app.services.stalls import StallRequest, log_stall
from tests.test_cli import tickler

pytestmark = pytest.mark.gui


@pytest.fixture
def stall(ctx, prospect_id):
    # Logged Mon 23 Nov: value touch on day 14 (Mon 7 Dec), reminder 21 Dec, call 22 Dec.
    return log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH,
                                       "Call me next month", datetime(2026, 12, 22, 10, 0),
                                       SlotQuality.BOOKED))


def test_the_value_touch_can_be_seen_before_its_day(qtbot, window, ctx, clock, stall):
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    window.rollover.check()
    window.tabs.setCurrentIndex(window.upcoming_tab_index)
    panel = window.upcoming
    days = panel.day_loads()
    assert [d.day for d in days] == [date(2026, 12, d) for d in range(2, 9)]
    model = panel.day_model
    assert model.data(model.index(0, 0)).startswith("All 7 days\n1 touch: 0 calls · 1 email")
    assert model.data(model.index(1, 0)) == "Tomorrow, Wed 02 Dec\nnothing planned"
    assert model.data(model.index(6, 0)) == "Monday 07 Dec\n0 calls · 1 email · 0 post/social"
    assert [r.title for r in panel.model.rows()] == ["Value touch"]
    assert panel.model.data(panel.model.index(0, 0)) == "Mon 07 Dec 11:30"
    assert panel.model.data(panel.model.index(0, 0), Qt.ItemDataRole.ForegroundRole) is None
    # one day chosen: only its rows
    panel.day_list.setCurrentIndex(model.index(2, 0))
    assert panel.model.rowCount() == 0


def test_queue_keys_act_on_the_upcoming_row_and_undo(qtbot, window, ctx, clock, stall):
    clock.set(datetime(2026, 12, 1, 9, 0, tzinfo=UTC))
    window.rollover.check()
    window.tabs.setCurrentIndex(window.upcoming_tab_index)
    view = window.upcoming.view
    view.setFocus()
    touch = window.selected_touch()
    assert touch.title.startswith("Value touch")
    window.confirm_unsent_done = lambda _t: "done"
    qtbot.keyClick(view, Qt.Key.Key_D)
    assert ctx.store.get_touch(touch.id).status == "done"
    assert window.upcoming.model.rowCount() == 0
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.get_touch(touch.id).status == "pending"
    assert window.upcoming.model.row_of_touch(touch.id) == 0
    # Send email is offered on this email row; the call panel is not
    assert window.features.email.send_action.isEnabled()
    assert not window.features.reminders.call_action.isEnabled()


def test_upcoming_days_are_the_reps_days_and_refuse_silly_spans(ctx, clock, stall):
    clock.set(datetime(2026, 12, 21, 23, 30, tzinfo=UTC))  # already the 22nd in Auckland
    ctx.set_rep_timezone("Pacific/Auckland")
    loads = upcoming_days(ctx, 2)
    assert [d.day for d in loads] == [date(2026, 12, 23), date(2026, 12, 24)]
    ctx.set_rep_timezone("America/Los_Angeles")  # still the 21st there
    loads = upcoming_days(ctx, 1)
    assert loads[0].day == date(2026, 12, 22)
    assert [r.title for r in loads[0].rows] == ["Callback"]
    for bad in (0, -3, 10_000):
        with pytest.raises(ValidationError):
            upcoming_days(ctx, bad)


def test_cli_queue_days_prints_each_day_with_its_load(tmp_path):
    db = tmp_path / "book.sqlite3"
    assert tickler("demo", "--db", str(db)).returncode == 0
    out = tickler("queue", "--db", str(db), "--days", "7", "--json")
    assert out.returncode == 0, out.stderr
    days = json.loads(out.stdout)
    assert len(days) == 8
    dates = [date.fromisoformat(d["date"]) for d in days]
    assert all((b - a).days == 1 for a, b in itertools.pairwise(dates))
    for d in days:
        channels = [t["channel"] for t in d["touches"]]
        assert d["load"] == {"calls": channels.count("call"), "emails": channels.count("email"),
                             "posts": channels.count("post") + channels.count("social")}
    assert sum(len(d["touches"]) for d in days[1:]) > 0
    text = tickler("queue", "--db", str(db), "--days", "3")
    assert text.returncode == 0
    headings = [line for line in text.stdout.splitlines() if not line.startswith("  ")]
    assert len(headings) == 4 and "(and overdue)" in headings[0]
    bad = tickler("queue", "--db", str(db), "--days", "0")
    assert bad.returncode == 2 and "--days" in bad.stderr


def test_remove_the_sample_prospects_removes_exactly_them(qtbot, window, ctx, prospect_id):
    from desktop_app.services.report import build_report, period_preset
    from desktop_app.services.sample import sample_prospect_ids, write_sample_book

    mine = dump_prospect(ctx, prospect_id)
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "next week",
                                datetime(2026, 11, 30, 10, 0), SlotQuality.BOOKED))
    mine = dump_prospect(ctx, prospect_id)
    count = write_sample_book(ctx)
    ids = sample_prospect_ids(ctx)
    assert len(ids) == count and prospect_id not in ids
    report = build_report(ctx.store, period_preset("all", ctx.now(), ctx.rep_timezone))
    assert report.total.stalls > 1
    window.menus["prospect"].aboutToShow.emit()
    assert window.remove_sample_action.isVisible()
    asked = []
    window.confirm_remove_sample = lambda n: asked.append(n) or True
    window.remove_sample_action.trigger()
    assert asked == [count]
    assert sample_prospect_ids(ctx) == []
    assert dump_prospect(ctx, prospect_id) == mine  # the rep's own prospect untouched
    left = ctx.store.db.execute(
        "SELECT (SELECT count(*) FROM prospects), (SELECT count(*) FROM stalls), "
        "(SELECT count(*) FROM touches WHERE prospect_id != ?), "
        "(SELECT count(*) FROM compelling_events), (SELECT count(*) FROM profiles)",
        [prospect_id]).fetchone()
    assert left == (1, 1, 0, 0, 1)
    report = build_report(ctx.store, period_preset("all", ctx.now(), ctx.rep_timezone))
    assert report.total.stalls == 1
    assert ctx.store.search_prospects("") and len(ctx.store.search_prospects("")) == 1
    window.menus["prospect"].aboutToShow.emit()
    assert not window.remove_sample_action.isVisible()


def dump_prospect(ctx, pid):
    return [ctx.store.db.execute(f"SELECT * FROM {t} WHERE {col} = ? ORDER BY 1",
                                 [pid]).fetchall()
            for t, col in (("prospects", "id"), ("profiles", "prospect_id"),
                           ("stalls", "prospect_id"), ("touches", "prospect_id"))]


def test_the_days_move_on_at_midnight(qtbot, window, ctx, clock, stall):
    window.tabs.setCurrentIndex(window.upcoming_tab_index)
    assert window.upcoming.day_loads()[0].day == date(2026, 11, 24)
    clock.set(datetime(2026, 11, 24, 0, 1, tzinfo=UTC))
    window.rollover.check()
    assert window.upcoming.day_loads()[0].day == date(2026, 11, 25)
    assert window.upcoming.heading.text().startswith("Upcoming: Wed 25 Nov")


@pytest.mark.parametrize("zone", ["Pacific/Kiritimati", "Pacific/Pago_Pago", "Asia/Kathmandu",
                                  "America/Santiago", "Australia/Lord_Howe", "Europe/London",
                                  "America/St_Johns", "Asia/Tehran"])
@pytest.mark.parametrize("now", [datetime(2026, 3, 27, 23, 30, tzinfo=UTC),
                                 datetime(2026, 10, 31, 12, 0, tzinfo=UTC),
                                 datetime(2026, 4, 4, 13, 0, tzinfo=UTC)])
def test_every_touch_of_the_days_ahead_is_listed_once_on_its_own_day(ctx, clock, prospect_id,
                                                                     zone, now):
    from desktop_app.domain.localtime import utc_to_local
    from desktop_app.store.store import db_time

    clock.set(now)
    ctx.set_rep_timezone(zone)
    for hours in range(0, 24 * 9, 5):  # a touch every five hours for nine days
        due = db_time(now + timedelta(hours=hours))
        ctx.store.db.execute(
            "INSERT INTO touches (prospect_id, step_key, title, channel, due_utc, "
            "original_due_utc, created_utc) VALUES (?, 'x', ?, 'email', ?, ?, ?)",
            [prospect_id, f"t{hours}", due, due, db_time(now)])
    loads = upcoming_days(ctx, 7)
    today = utc_to_local(now, zone).date()
    assert [d.day for d in loads] == [today + timedelta(days=i) for i in range(1, 8)]
    listed = [r.title for d in loads for r in d.rows]
    assert len(listed) == len(set(listed))
    for load in loads:
        for row in load.rows:
            assert utc_to_local(row.due_utc, zone).date() == load.day
    expected = {f"t{h}" for h in range(0, 24 * 9, 5)
                if today < utc_to_local(now + timedelta(hours=h), zone).date()
                <= today + timedelta(days=7)}
    assert set(listed) == expected
