"""When a call pops up: on the minute, held outside working hours or while paused, missed
pop-ups once together after a restart, a snooze pops up again, and nothing twice."""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.scheduling.popups import (
    MISSED_LOOKBACK,
    PendingCall,
    PopupInputs,
    WorkingHours,
    plan_popups,
)
from desktop_app.services.reminders import (
    PopupSettings,
    mark_fired,
    pause_popups,
    popup_inputs,
    save_popup_settings,
)
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.services.touches import snooze_touch
from desktop_app.store.database import migrate, user_version
from desktop_app.store.migrations import MIGRATIONS, m005_popups_fired

T0 = datetime(2026, 11, 23, 14, 0, tzinfo=UTC)  # a Monday, 14:00 in London


def call(touch_id: int, due: datetime) -> PendingCall:
    return PendingCall(touch_id, due, prospect=f"Prospect {touch_id}")


def test_a_call_pops_up_at_its_minute_and_not_before():
    inputs = PopupInputs((call(1, T0),))
    before = plan_popups(inputs, T0 - timedelta(seconds=1))
    assert before.to_show == ()
    assert before.wake_utc == T0
    at = plan_popups(inputs, T0)
    assert [p.call.touch_id for p in at.on_time] == [1]
    assert at.missed == () and at.wake_utc is None


def test_the_lead_time_brings_the_pop_up_forward():
    inputs = PopupInputs((call(1, T0),), lead=timedelta(minutes=5))
    assert plan_popups(inputs, T0 - timedelta(minutes=6)).wake_utc == T0 - timedelta(minutes=5)
    assert [p.call.touch_id for p in plan_popups(inputs, T0 - timedelta(minutes=5)).on_time] == [1]


def test_a_fired_pop_up_does_not_fire_again_but_a_snoozed_one_does():
    popup = plan_popups(PopupInputs((call(1, T0),)), T0).on_time[0]
    fired = {popup.key}
    assert plan_popups(PopupInputs((call(1, T0),), fired=fired), T0).to_show == ()
    snoozed = call(1, T0 + timedelta(minutes=10))
    plan = plan_popups(PopupInputs((snoozed,), fired=fired), T0 + timedelta(minutes=10))
    assert [p.call.touch_id for p in plan.on_time] == [1]


def test_pop_ups_missed_while_away_come_out_together_and_the_fresh_one_on_time():
    calls = (call(1, T0 - timedelta(hours=3)), call(2, T0 - timedelta(hours=1)), call(3, T0),
             call(4, T0 + timedelta(hours=1)), call(5, T0 - MISSED_LOOKBACK - timedelta(hours=1)))
    plan = plan_popups(PopupInputs(calls), T0)
    assert [p.call.touch_id for p in plan.missed] == [1, 2]
    assert [p.call.touch_id for p in plan.on_time] == [3]
    assert plan.wake_utc == T0 + timedelta(hours=1)


def test_pop_ups_are_held_outside_working_hours_and_come_out_at_the_start():
    hours = WorkingHours(time(9, 0), time(17, 0), frozenset(range(5)), "Europe/London")
    evening_call = call(1, datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    inputs = PopupInputs((evening_call,), working_hours=hours)
    at_seven = plan_popups(inputs, evening_call.due_utc)
    assert at_seven.to_show == () and [p.call.touch_id for p in at_seven.held] == [1]
    assert at_seven.hold_reason == "outside working hours"
    next_morning = datetime(2026, 11, 24, 9, 0, tzinfo=UTC)
    assert at_seven.wake_utc == next_morning
    assert [p.call.touch_id for p in plan_popups(inputs, next_morning).missed] == [1]


def test_friday_evening_is_held_until_monday_morning_in_the_reps_zone():
    hours = WorkingHours(time(9, 0), time(17, 0), frozenset(range(5)), "America/New_York")
    friday_evening = datetime(2026, 11, 27, 23, 30, tzinfo=UTC)  # 18:30 in New York
    plan = plan_popups(PopupInputs((call(1, friday_evening),), working_hours=hours),
                       friday_evening)
    assert plan.wake_utc == datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # Monday 09:00 EST


def test_a_pause_holds_pop_ups_until_it_ends():
    inputs = PopupInputs((call(1, T0),), paused_until=T0 + timedelta(hours=1))
    plan = plan_popups(inputs, T0)
    assert plan.to_show == () and plan.hold_reason == "paused"
    assert plan.wake_utc == T0 + timedelta(hours=1)
    after = plan_popups(inputs, T0 + timedelta(hours=1))
    assert [p.call.touch_id for p in after.missed] == [1]


def test_migration_creates_the_fired_pop_ups_table(db_path):
    import sqlite3

    from sqlite_utils import Database

    number = MIGRATIONS.index(m005_popups_fired) + 1
    db = Database(sqlite3.connect(db_path), execute_plugins=False)
    migrate(db, db_path, upto=number)
    assert user_version(db) == number
    assert "popups_fired" in db.table_names()


def _callback(ctx, prospect_id, local=datetime(2026, 11, 23, 14, 0)):
    log_stall(ctx, StallRequest(prospect_id, StallKind.LATER, "Call me after lunch", local,
                                SlotQuality.BOOKED))
    return ctx.store.db.execute(
        "SELECT id FROM touches WHERE channel = 'call'").fetchone()[0]


def test_what_has_fired_is_kept_in_the_database_across_a_restart(ctx, clock, prospect_id,
                                                                 db_path):
    touch_id = _callback(ctx, prospect_id)
    clock.set(T0)
    plan = plan_popups(popup_inputs(ctx), clock())
    assert [p.call.touch_id for p in plan.on_time] == [touch_id]
    mark_fired(ctx, plan.on_time)

    from desktop_app.services import AppContext
    from desktop_app.store import Store

    reopened = AppContext(Store.open(db_path), clock)
    try:
        assert plan_popups(popup_inputs(reopened), clock()).to_show == ()
        snooze_touch(reopened, touch_id, 5)
        clock.advance(minutes=5)
        again = plan_popups(popup_inputs(reopened), clock())
        assert [p.call.touch_id for p in again.on_time] == [touch_id]
    finally:
        reopened.store.close()


def test_settings_and_pause_feed_the_scheduler(ctx, clock, prospect_id):
    _callback(ctx, prospect_id, datetime(2026, 11, 23, 19, 0))
    save_popup_settings(ctx, PopupSettings(lead_minutes=2, hold_outside_hours=True))
    inputs = popup_inputs(ctx)
    assert inputs.lead == timedelta(minutes=2)
    assert inputs.working_hours is not None and inputs.working_hours.timezone == "Europe/London"
    clock.set(datetime(2026, 11, 23, 18, 58, tzinfo=UTC))
    assert plan_popups(popup_inputs(ctx), clock()).hold_reason == "outside working hours"
    until = pause_popups(ctx, 60)
    assert popup_inputs(ctx).paused_until == until
    clock.advance(minutes=61)
    assert popup_inputs(ctx).paused_until is None
