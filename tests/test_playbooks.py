"""The playbook engine: dates in the prospect's zone, DST, month ends, conditions."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

import pytest

from desktop_app.domain import workdays
from desktop_app.domain.localtime import (
    SlotError,
    add_months,
    local_to_utc,
    utc_to_local,
    validate_slot,
)
from desktop_app.domain.model import Channel, SlotQuality, StallKind
from desktop_app.domain.playbooks import (
    GONE_DARK,
    LATER,
    NEXT_MONTH,
    NEXT_WEEK,
    default_slot_local,
    plan_touches,
    playbook_for,
)

NY = "America/New_York"
LONDON = "Europe/London"


def plan(playbook, logged_local, slot_local, tz=LONDON, quality=SlotQuality.BOOKED):
    logged = local_to_utc(logged_local, tz)
    slot = local_to_utc(slot_local, tz) if slot_local else None
    return plan_touches(playbook, logged_utc=logged, tz_name=tz, slot_utc=slot, quality=quality)


def local(touch, tz=LONDON):
    return utc_to_local(touch.due_utc, tz).replace(tzinfo=None)


def by_key(result):
    return {t.step_key: t for t in result.touches}


def test_next_month_lays_out_the_specs_six_steps():
    result = plan(NEXT_MONTH, datetime(2026, 11, 2, 11, 15), datetime(2026, 12, 3, 10, 0))
    touches = by_key(result)
    assert set(touches) == {"thank_you", "note", "linkedin", "value", "reminder", "callback"}
    assert local(touches["thank_you"]) == datetime(2026, 11, 2, 11, 15)
    assert touches["note"].channel is Channel.POST
    assert touches["linkedin"].optional
    assert local(touches["value"]) == datetime(2026, 11, 16, 11, 30)  # a set time, not 11:15
    assert local(touches["reminder"]) == datetime(2026, 12, 2, 10, 0)
    assert local(touches["callback"]) == datetime(2026, 12, 3, 10, 0)
    assert touches["callback"].channel is Channel.CALL
    assert "Thu 03 Dec 2026, 10:00" in touches["thank_you"].reason
    assert [t.due_utc for t in result.touches] == sorted(t.due_utc for t in result.touches)


def test_call_stays_at_ten_local_across_the_autumn_dst_change():
    # New York leaves DST on 1 November 2026: the UTC hour of a 10:00 call moves.
    result = plan(NEXT_MONTH, datetime(2026, 10, 20, 9, 0), datetime(2026, 11, 20, 10, 0), NY)
    touches = by_key(result)
    assert local(touches["callback"], NY) == datetime(2026, 11, 20, 10, 0)
    assert touches["callback"].due_utc.hour == 15  # EST, UTC-5
    assert local(touches["value"], NY) == datetime(2026, 11, 3, 11, 30)
    assert touches["value"].due_utc.hour == 16  # 11:30 EST (UTC-5), after the change
    assert local(touches["reminder"], NY) == datetime(2026, 11, 19, 10, 0)


def test_reminder_one_day_before_keeps_local_time_across_spring_dst():
    # London springs forward on 29 March 2026.
    result = plan(NEXT_MONTH, datetime(2026, 3, 2, 9, 0), datetime(2026, 3, 30, 10, 0))
    touches = by_key(result)
    assert local(touches["reminder"]) == datetime(2026, 3, 29, 10, 0)
    assert touches["callback"].due_utc == datetime(2026, 3, 30, 9, 0, tzinfo=UTC)


def test_minute_offsets_are_exact_durations():
    result = plan(NEXT_WEEK, datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 30, 9, 30))
    touches = by_key(result)
    assert touches["callback"].due_utc - touches["reminder"].due_utc == timedelta(hours=1)


def test_slot_in_a_dst_gap_is_refused_with_a_clear_message():
    now = datetime(2026, 3, 1, tzinfo=UTC)
    with pytest.raises(SlotError, match="clocks go forward"):
        validate_slot(datetime(2026, 3, 29, 1, 30), LONDON, now)
    with pytest.raises(SlotError, match="clocks go forward"):
        validate_slot(datetime(2026, 3, 8, 2, 15), NY, now)


def test_slot_in_the_past_is_refused():
    now = datetime(2026, 11, 23, 12, 0, tzinfo=UTC)
    with pytest.raises(SlotError, match="already passed"):
        validate_slot(datetime(2026, 11, 23, 11, 59), LONDON, now)
    assert validate_slot(datetime(2026, 11, 23, 12, 30), LONDON, now) == datetime(
        2026, 11, 23, 12, 30, tzinfo=UTC)


def test_ambiguous_autumn_time_is_its_first_occurrence():
    assert local_to_utc(datetime(2026, 10, 25, 1, 30), LONDON) == datetime(
        2026, 10, 25, 0, 30, tzinfo=UTC)


@pytest.mark.parametrize(("start", "months", "expected"), [
    (date(2026, 1, 31), 1, date(2026, 2, 28)),
    (date(2028, 1, 31), 1, date(2028, 2, 29)),
    (date(2026, 3, 31), 1, date(2026, 4, 30)),
    (date(2026, 12, 15), 1, date(2027, 1, 15)),
    (date(2026, 11, 30), 3, date(2027, 2, 28)),
])
def test_month_ends_clamp(start, months, expected):
    assert add_months(start, months) == expected


def test_vague_next_month_is_a_working_day_inside_next_month_at_ten():
    for said in (datetime(2026, 1, 30, 16, 0), datetime(2026, 1, 31, 16, 0)):
        logged = local_to_utc(said, LONDON)
        slot = default_slot_local(StallKind.NEXT_MONTH, logged, LONDON)
        assert slot == datetime(2026, 2, 27, 10, 0)  # 28 Feb is a Saturday: Friday 27th


def test_vague_later_is_the_same_afternoon():
    logged = local_to_utc(datetime(2026, 11, 23, 10, 10), LONDON)
    assert default_slot_local(StallKind.LATER, logged, LONDON) == datetime(2026, 11, 23, 12, 30)
    evening = local_to_utc(datetime(2026, 11, 23, 17, 0), LONDON)
    assert default_slot_local(StallKind.LATER, evening, LONDON) == datetime(2026, 11, 24, 10, 0)


def test_later_asks_for_a_slot_only_when_vague():
    booked = by_key(plan(LATER, datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 23, 15, 0)))
    assert set(booked) == {"reminder", "callback"}
    assert local(booked["reminder"]) == datetime(2026, 11, 23, 14, 45)
    vague = by_key(plan(LATER, datetime(2026, 11, 23, 9, 0), datetime(2026, 11, 23, 14, 0),
                        quality=SlotQuality.VAGUE))
    assert set(vague) == {"ask_slot", "callback"}


def test_slot_steps_before_the_stall_are_dropped_not_backdated():
    result = plan(NEXT_MONTH, datetime(2026, 11, 23, 17, 0), datetime(2026, 11, 24, 9, 0))
    assert "reminder" not in by_key(result)
    assert "Reminder email (no time left before the callback)" in result.dropped


def test_a_value_touch_that_would_come_after_the_callback_is_left_out():
    """"Call me next month", but the slot they agreed is in eight days: the call comes first."""
    soon = plan(NEXT_MONTH, datetime(2026, 11, 23, 15, 0), datetime(2026, 12, 1, 15, 0))
    assert "value" not in by_key(soon)
    assert soon.dropped == ("Value touch (it would come after the callback)",)
    assert max(t.due_utc for t in soon.touches) == by_key(soon)["callback"].due_utc
    later = plan(NEXT_MONTH, datetime(2026, 11, 23, 15, 0), datetime(2026, 12, 21, 15, 0))
    assert "value" in by_key(later) and later.dropped == ()


def test_gone_dark_is_four_calls_in_fourteen_days_then_nurture_a_quarter_later():
    result = plan(GONE_DARK, datetime(2026, 11, 23, 10, 0), None, quality=SlotQuality.NONE)
    calls = [t for t in result.touches if t.channel is Channel.CALL and t.attempt]
    assert [t.attempt for t in calls] == [1, 2, 3, 4]
    start = local_to_utc(datetime(2026, 11, 23, 10, 0), LONDON)
    assert all(t.due_utc - start <= timedelta(days=14) for t in calls)
    emails = [t for t in result.touches if t.channel is Channel.EMAIL]
    assert len(emails) == 3
    assert all(calls[i].due_utc < emails[i].due_utc < calls[i + 1].due_utc for i in range(3))
    nurture = by_key(result)["nurture"]
    assert timedelta(days=85) < nurture.due_utc - calls[-1].due_utc < timedelta(days=95)


def test_every_stall_kind_has_a_playbook():
    for kind in StallKind:
        assert kind in playbook_for(kind).stall_kinds


def test_later_days_land_in_the_prospects_working_hours():
    # Logged at 23:30 their time: the day-0 thank-you goes now, the later calls at 10:00.
    result = plan(GONE_DARK, datetime(2026, 11, 23, 23, 30), None, tz=NY,
                  quality=SlotQuality.NONE)
    touches = by_key(result)
    assert local(touches["dark_call_1"], NY) == datetime(2026, 11, 24, 9, 30)
    assert local(touches["nurture"], NY).time().hour == 10
    month = by_key(plan(NEXT_MONTH, datetime(2026, 11, 2, 6, 15), datetime(2026, 12, 3, 10, 0)))
    assert local(month["thank_you"]) == datetime(2026, 11, 2, 6, 15)
    assert local(month["value"]) == datetime(2026, 11, 16, 11, 30)


def test_a_stall_logged_on_friday_plans_no_touch_for_the_weekend():
    friday = plan(GONE_DARK, datetime(2026, 11, 27, 14, 0), None, quality=SlotQuality.NONE)
    days = [local(t) for t in friday.touches]
    assert all(d.weekday() < 5 for d in days)
    call_1 = by_key(friday)["dark_call_1"]
    assert local(call_1) == datetime(2026, 11, 30, 9, 30)  # Saturday → Monday morning
    calls = [t for t in friday.touches if t.channel is Channel.CALL and t.attempt]
    assert calls[-1].due_utc - calls[0].due_utc <= timedelta(days=14)


def test_call_me_back_later_never_defaults_to_the_night_or_a_weekend():
    small_hours = local_to_utc(datetime(2026, 11, 24, 0, 30), LONDON)  # Tuesday 00:30
    assert default_slot_local(StallKind.LATER, small_hours, LONDON) == datetime(2026, 11, 24,
                                                                                10, 0)
    saturday = local_to_utc(datetime(2026, 11, 28, 11, 0), LONDON)
    assert default_slot_local(StallKind.LATER, saturday, LONDON) == datetime(2026, 11, 30, 10, 0)
    tuesday = local_to_utc(datetime(2026, 11, 24, 11, 0), LONDON)
    assert default_slot_local(StallKind.LATER, tuesday, LONDON) == datetime(2026, 11, 24, 13, 0)


# -- the cadence: one touch per working day, in order, at a person's hours ------------------

ZONES = ("Europe/London", "Europe/Berlin", "America/New_York", "Asia/Tokyo",
         "Australia/Sydney", "Asia/Kolkata")


@pytest.mark.parametrize("tz", ZONES)
@pytest.mark.parametrize("day", [*range(14, 35), 80, 81, 82])
def test_gone_dark_alternates_shares_no_minute_and_keeps_four_calls_in_fourteen_days(tz, day):
    said = datetime(2026, 11, 1, 12, 11, 16) + timedelta(days=day)  # Christmas and New Year
    result = plan(GONE_DARK, said, None, tz=tz, quality=SlotQuality.NONE)
    local_times = [local(t, tz) for t in result.touches]
    channels = "".join(t.channel.value[0] for t in result.touches)
    assert channels == "cecececc"  # call, email, call, … the nurture call last
    assert len(set(local_times)) == len(local_times)
    calls = [local(t, tz) for t in result.touches if t.attempt]
    assert (calls[-1].date() - said.date()).days <= 13
    assert all(workdays.is_working_day(moment.date(), workdays.country_for_zone(tz))
               for moment in local_times)
    assert all(moment.second == 0 and time(9) <= moment.time() <= time(17)
               for moment in local_times)


def test_a_holiday_shifts_the_rest_of_the_run_instead_of_stacking_it():
    said = datetime(2026, 12, 22, 15, 0)  # a Tuesday in Berlin: 25 and 26 Dec are holidays
    days = [local(t, "Europe/Berlin").date() for t in
            plan(GONE_DARK, said, None, tz="Europe/Berlin", quality=SlotQuality.NONE).touches]
    assert date(2026, 12, 25) not in days and date(2026, 12, 26) not in days
    assert date(2027, 1, 1) not in days
    assert len(set(days)) == len(days)
    # Without a country only the weekend is skipped: Christmas Day is a working day.
    bare = plan_touches(GONE_DARK, logged_utc=local_to_utc(datetime(2026, 12, 23, 15, 0), LONDON),
                        tz_name=LONDON, slot_utc=None, quality=SlotQuality.NONE, country="")
    assert local(bare.touches[1]).date() == date(2026, 12, 25)


def test_chasing_calls_alternate_between_morning_and_late_afternoon():
    result = plan(GONE_DARK, datetime(2026, 11, 23, 12, 11, 16), None, quality=SlotQuality.NONE)
    calls = [local(t).time() for t in result.touches if t.attempt]
    assert calls == [time(9, 30), time(16, 0), time(9, 30), time(16, 0)]


def test_day_zero_steps_are_a_minute_apart_not_on_the_logging_second():
    result = by_key(plan(NEXT_MONTH, datetime(2026, 11, 2, 12, 11, 16),
                         datetime(2026, 12, 3, 10, 0)))
    assert [local(result[k]) for k in ("thank_you", "note", "linkedin")] == [
        datetime(2026, 11, 2, 12, 11), datetime(2026, 11, 2, 12, 12),
        datetime(2026, 11, 2, 12, 13)]


# -- vague defaults -------------------------------------------------------------------------

def test_later_is_the_same_day_while_their_working_hours_remain():
    berlin = "Europe/Berlin"
    tuesday = local_to_utc(datetime(2026, 11, 24, 14, 30), berlin)
    assert default_slot_local(StallKind.LATER, tuesday, berlin) == datetime(2026, 11, 24, 16, 30)
    late = local_to_utc(datetime(2026, 11, 24, 15, 10), berlin)
    assert default_slot_local(StallKind.LATER, late, berlin) == datetime(2026, 11, 24, 17, 0)
    later = local_to_utc(datetime(2026, 11, 24, 16, 10), berlin)
    assert default_slot_local(StallKind.LATER, later, berlin) == datetime(2026, 11, 25, 10, 0)


@pytest.mark.parametrize(("said", "expected"), [
    (datetime(2026, 11, 28, 11, 0), date(2026, 11, 30)),  # Saturday: the coming Monday
    (datetime(2026, 11, 29, 11, 0), date(2026, 11, 30)),  # Sunday: the coming Monday
    (datetime(2026, 11, 25, 11, 0), date(2026, 12, 2)),   # Wednesday: Wednesday next week
    (datetime(2026, 12, 18, 11, 0), date(2026, 12, 29)),  # Friday: the 25th and 28th are off
])
def test_next_week_means_the_coming_week(said, expected):
    slot = default_slot_local(StallKind.NEXT_WEEK, local_to_utc(said, LONDON), LONDON)
    assert slot == datetime.combine(expected, time(10, 0))


@pytest.mark.parametrize("said", [date(2026, 1, 30), date(2026, 1, 31), date(2026, 3, 31),
                                  date(2026, 4, 30), date(2026, 10, 31), date(2026, 11, 25),
                                  date(2027, 7, 31), date(2026, 12, 31)])
def test_next_month_lands_on_a_working_day_inside_next_month(said):
    slot = default_slot_local(StallKind.NEXT_MONTH,
                              local_to_utc(datetime.combine(said, time(16)), LONDON), LONDON)
    assert slot is not None
    assert (slot.year, slot.month) == ((said.year, said.month + 1) if said.month < 12
                                       else (said.year + 1, 1))
    assert workdays.is_working_day(slot.date(), "GB")
