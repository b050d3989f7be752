"""The Upcoming tab and ``tickler queue --days``: the days ahead by day, each day's load, and
the Today queue's own keys on them."""

from __future__ import annotations

import itertools
import json
from datetime import UTC, date, datetime

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
    assert panel.model.data(panel.model.index(0, 0)) == "Mon 07 Dec 09:00"
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
    assert ctx.store.get_touch(touch.id)["status"] == "done"
    assert window.upcoming.model.rowCount() == 0
    qtbot.keyClick(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert ctx.store.get_touch(touch.id)["status"] == "pending"
    assert window.upcoming.model.row_of_touch(touch.id) == 0
    # Send email is offered on this email row; the call panel is not
    assert window.email.send_action.isEnabled()
    assert not window.reminders.call_action.isEnabled()


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
