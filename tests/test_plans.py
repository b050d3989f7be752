"""Plans the rep can trust: one live plan per prospect, the persistence cap per prospect,
the agreed slot owned by its stall, and every change to it reaching the prospect."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from icalendar import Calendar

from desktop_app.domain.model import CallOutcome, DeclineReason, SlotQuality, StallKind
from desktop_app.domain.playbooks import over_cap
from desktop_app.services import email as email_service
from desktop_app.services import outbox
from desktop_app.services.calls import log_call_outcome
from desktop_app.services.profile import save_profile, trash_prospect
from desktop_app.services.queue import queue_for_day
from desktop_app.services.slots import zone_moves
from desktop_app.services.stalls import (
    StallRequest,
    chasing_call_times,
    log_stall,
    preview_stall,
)
from desktop_app.services.touches import record_call, reschedule_touch
from desktop_app.store.store import parse_db_time

REP = email_service.RepIdentity(name="Sam Rivers", company="Northwind",
                                email="sam@northwind.example", phone="+44 20 7946 0000",
                                value_statement="We cut reactive call-outs by a third.")


def pending(ctx, prospect_id):
    return [t for t in ctx.store.touches_for(prospect_id) if t.status == "pending"]


def pending_keys(ctx, prospect_id):
    return sorted(t.step_key for t in pending(ctx, prospect_id))


def touch(ctx, prospect_id, step_key, status="pending"):
    rows = [t for t in ctx.store.touches_for(prospect_id)
            if t.step_key == step_key and t.status == status]
    assert rows, f"no {status} {step_key}"
    return rows[0]


def month(pid, slot=datetime(2026, 12, 22, 10, 0)):
    return StallRequest(pid, StallKind.NEXT_MONTH, "Call me next month", slot,
                        SlotQuality.BOOKED)


def week(pid, slot=datetime(2026, 12, 1, 15, 0)):
    return StallRequest(pid, StallKind.NEXT_WEEK, "Next week", slot, SlotQuality.BOOKED)


# -- one live plan per prospect ----------------------------------------------------------------

def test_rule_one_live_plan_a_new_stall_ends_the_previous_plan(ctx, clock, prospect_id):
    first = log_stall(ctx, month(prospect_id))
    clock.advance(days=3)
    second = log_stall(ctx, week(prospect_id))
    assert pending_keys(ctx, prospect_id) == ["callback", "reminder", "thank_you"]
    assert {t.stall_id for t in pending(ctx, prospect_id)} == {second}
    old = ctx.store.get_stall(first)
    assert old is not None and not old.open
    assert old.closed_reason == "replaced by a new stall"
    cancelled = [t for t in ctx.store.touches_for(prospect_id) if t.stall_id == first
                 and t.status == "cancelled"]
    assert {t.outcome_reason for t in cancelled} == {"replaced by a new stall"}


def test_rule_one_live_plan_holds_after_gone_dark_no_more_than_four_calls(ctx, clock,
                                                                          prospect_id):
    log_stall(ctx, month(prospect_id, datetime(2026, 11, 24, 10, 0)))
    clock.set(datetime(2026, 11, 24, 10, 5, tzinfo=UTC))
    record_call(ctx, touch(ctx, prospect_id, "callback").id, CallOutcome.NO_ANSWER)
    assert len([t for t in pending(ctx, prospect_id) if t.attempt]) == 4
    log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))  # from Ctrl+N
    calls = [t for t in pending(ctx, prospect_id) if t.channel == "call" and t.attempt]
    assert len(calls) == 4
    assert not over_cap(chasing_call_times(ctx, prospect_id))


def test_the_preview_names_the_plan_it_replaces(ctx, clock, prospect_id):
    log_stall(ctx, month(prospect_id, datetime(2026, 12, 7, 10, 0)))
    clock.advance(days=2)
    preview = preview_stall(ctx, week(prospect_id))
    assert preview.replaces is not None
    assert preview.replaces.describe() == (
        "replaces the plan from 23 Nov: 5 touches, callback Mon 7 Dec 10:00")
    other = preview_stall(ctx, week(prospect_id))
    assert other.replaces == preview.replaces


def test_a_prospect_with_no_plan_replaces_nothing(ctx, prospect_id):
    assert preview_stall(ctx, week(prospect_id)).replaces is None


def test_the_call_panel_new_stall_keeps_the_call_it_logs(ctx, clock, prospect_id):
    log_stall(ctx, week(prospect_id, datetime(2026, 11, 23, 15, 0)))
    clock.set(datetime(2026, 11, 23, 15, 1, tzinfo=UTC))
    call = touch(ctx, prospect_id, "callback")
    preview = preview_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH,
                                              slot_local=datetime(2026, 12, 22, 10, 0),
                                              origin_touch_id=call.id))
    assert preview.replaces is None or preview.replaces.pending == 0 or \
        "callback" not in preview.replaces.describe()
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "After Christmas",
                                datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED,
                                origin_touch_id=call.id))
    log_call_outcome(ctx, call.id, CallOutcome.NEW_STALL, reason="Budget in January")
    logged = ctx.store.get_touch(call.id)
    assert logged is not None and logged.outcome == "new_stall"
    assert pending_keys(ctx, prospect_id).count("callback") == 1


def _old_version_second_plan(ctx, prospect_id, request):
    """Log a stall the way the version before the rule did: the earlier plan kept running."""
    from desktop_app.services.stalls import insert_planned
    from desktop_app.store.store import db_time

    preview = preview_stall(ctx, request)
    with ctx.store.transaction():
        stall_id = ctx.store.insert_stall({
            "prospect_id": prospect_id, "kind": request.kind.value, "words": "",
            "logged_utc": db_time(ctx.now()), "slot_utc": None, "slot_tz": "Europe/London",
            "slot_quality": "none", "playbook_key": "gone_dark"})
        insert_planned(ctx, prospect_id, stall_id, preview.plan, ctx.now())
    return stall_id


def test_rule_one_live_plan_holds_after_restoring_a_backup_from_before_the_rule(
        ctx, clock, prospect_id, tmp_path):
    from desktop_app.services.backup import backup_database, restore_backup

    first = log_stall(ctx, month(prospect_id))
    _send_thank_you(ctx, prospect_id)
    clock.advance(days=2)
    second = _old_version_second_plan(ctx, prospect_id,
                                      StallRequest(prospect_id, StallKind.GONE_DARK))
    assert {t.stall_id for t in pending(ctx, prospect_id)} == {first, second}
    backup = backup_database(ctx, tmp_path / "old.tickler-backup").path
    log_stall(ctx, week(prospect_id))  # the live book moves on; then the backup comes back
    restore_backup(ctx, backup)
    live = {t.stall_id for t in pending(ctx, prospect_id) if t.step_key != "invite_cancel"}
    assert live == {second}
    assert ctx.store.get_stall(first).closed_reason == "replaced by a new stall"
    assert touch(ctx, prospect_id, "invite_cancel").stall_id == first  # out of their calendar
    assert len([t for t in pending(ctx, prospect_id) if t.attempt]) == 4


# -- the persistence cap, per prospect ------------------------------------------------------------

def _work_calls(ctx, clock, prospect_id, outcome=CallOutcome.VOICEMAIL, limit=20):
    """Take every chasing call as it comes due, with ``outcome``."""
    for _ in range(limit):
        calls = [t for t in pending(ctx, prospect_id) if t.channel == "call"
                 and t.attempt]
        if not calls:
            return
        first = min(calls, key=lambda t: t.due_utc)
        clock.set(first.due_utc + timedelta(minutes=1))
        record_call(ctx, first.id, outcome)


@pytest.mark.parametrize("kinds", [
    (StallKind.GONE_DARK, StallKind.GONE_DARK, StallKind.GONE_DARK),
    (StallKind.LATER, StallKind.GONE_DARK, StallKind.LATER),
    (StallKind.NEXT_WEEK, StallKind.TOO_BUSY, StallKind.GONE_DARK),
])
def test_rule_at_most_four_chasing_calls_in_any_fourteen_days_per_prospect(
        ctx, clock, prospect_id, kinds):
    for kind in kinds:
        log_stall(ctx, StallRequest(prospect_id, kind, quality=SlotQuality.VAGUE))
        callbacks = [t for t in pending(ctx, prospect_id) if t.step_key == "callback"]
        for callback in callbacks:
            clock.set(callback.due_utc + timedelta(minutes=2))
            record_call(ctx, callback.id, CallOutcome.NO_ANSWER)
        # two voicemails, then the next stall comes in
        for _ in range(2):
            calls = sorted((t for t in pending(ctx, prospect_id) if t.attempt),
                           key=lambda t: t.due_utc)
            if calls:
                clock.set(calls[0].due_utc + timedelta(minutes=1))
                record_call(ctx, calls[0].id, CallOutcome.VOICEMAIL)
        assert not over_cap(chasing_call_times(ctx, prospect_id))
    _work_calls(ctx, clock, prospect_id)
    assert not over_cap(chasing_call_times(ctx, prospect_id))


def test_rule_the_cap_counts_the_call_a_new_stall_was_heard_on(ctx, clock, prospect_id):
    """Gone dark, two voicemails, then on the third call they stall again ("New stall" in
    the call panel, gone dark once more): that third call was made, so the new plan's calls
    keep the prospect at 4 in any 14 days."""
    log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    for _ in range(2):
        first = min((t for t in pending(ctx, prospect_id) if t.attempt),
                    key=lambda t: t.due_utc)
        clock.set(first.due_utc + timedelta(minutes=1))
        record_call(ctx, first.id, CallOutcome.VOICEMAIL)
    third = min((t for t in pending(ctx, prospect_id) if t.attempt),
                key=lambda t: t.due_utc)
    clock.set(third.due_utc + timedelta(minutes=1))
    request = StallRequest(prospect_id, StallKind.GONE_DARK, "Try me again",
                           origin_touch_id=third.id)
    assert any("at most 4 chasing calls" in d for d in preview_stall(ctx, request).plan.dropped)
    log_stall(ctx, request)
    log_call_outcome(ctx, third.id, CallOutcome.NEW_STALL, reason="Budget review")
    _work_calls(ctx, clock, prospect_id)
    assert not over_cap(chasing_call_times(ctx, prospect_id))


def test_rule_a_no_show_leads_to_the_same_next_steps_wherever_it_was_booked(ctx, clock,
                                                                             prospect_id):
    # Booked on the callback:
    log_stall(ctx, week(prospect_id, datetime(2026, 11, 24, 10, 0)))
    clock.set(datetime(2026, 11, 24, 10, 2, tzinfo=UTC))
    log_call_outcome(ctx, touch(ctx, prospect_id, "callback").id, CallOutcome.APPOINTMENT,
                     reason="Audit", appointment_local=datetime(2026, 11, 26, 14, 0))
    clock.set(datetime(2026, 11, 26, 14, 10, tzinfo=UTC))
    record_call(ctx, touch(ctx, prospect_id, "appointment").id, CallOutcome.NO_ANSWER)
    after_callback = pending_keys(ctx, prospect_id)
    assert "dark_call_1" in after_callback and "nurture" in after_callback

    # Booked on a gone-dark call (the case that used to leave nothing planned):
    clock.advance(days=60)
    log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    first = min((t for t in pending(ctx, prospect_id) if t.attempt),
                key=lambda t: t.due_utc)
    clock.set(first.due_utc + timedelta(minutes=1))
    appointment = (first.due_utc + timedelta(days=2)).replace(
        tzinfo=None, hour=14, minute=0)
    log_call_outcome(ctx, first.id, CallOutcome.APPOINTMENT, reason="Audit",
                     appointment_local=appointment)
    clock.set(appointment.replace(tzinfo=UTC) + timedelta(minutes=10))
    record_call(ctx, touch(ctx, prospect_id, "appointment").id, CallOutcome.NO_ANSWER)
    after_dark = pending_keys(ctx, prospect_id)
    assert {"dark_email_1", "dark_email_2", "dark_email_3", "nurture"} <= set(after_dark)
    assert any(key.startswith("dark_call") for key in after_dark)
    assert not over_cap(chasing_call_times(ctx, prospect_id))


# -- the agreed slot has one owner ------------------------------------------------------------

def test_rule_rescheduling_the_callback_moves_the_reminder_and_the_slot(ctx, prospect_id):
    stall_id = log_stall(ctx, week(prospect_id))
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 3, 11, 30))
    stall = ctx.store.get_stall(stall_id)
    assert stall is not None and stall.slot_utc == parse_db_time("2026-12-03T11:30:00Z")
    assert touch(ctx, prospect_id, "reminder").due_utc == parse_db_time("2026-12-03T10:30:00Z")
    callback = touch(ctx, prospect_id, "callback")
    # punctuality: the new time
    assert callback.original_due_utc == parse_db_time("2026-12-03T11:30:00Z")
    values = email_service.merge_values(ctx, prospect_id,
                                        touch(ctx, prospect_id, "reminder").id)
    assert values["slot"] == "Thursday 3 December at 11:30 (London time)"
    assert "Thu 03 Dec 2026, 11:30" in touch(ctx, prospect_id, "thank_you").reason


def test_bringing_the_call_forward_drops_a_value_touch_that_would_follow_it(ctx, prospect_id):
    log_stall(ctx, month(prospect_id))
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 11, 30, 10, 0))
    value = touch(ctx, prospect_id, "value", status="cancelled")
    assert value.outcome_reason == "it would come after the moved call"
    assert touch(ctx, prospect_id, "reminder").due_utc == parse_db_time("2026-11-29T10:00:00Z")


def test_rescheduling_another_touch_moves_only_that_touch(ctx, prospect_id):
    stall_id = log_stall(ctx, week(prospect_id))
    reschedule_touch(ctx, touch(ctx, prospect_id, "reminder").id,
                     datetime(2026, 12, 1, 9, 0))
    stall = ctx.store.get_stall(stall_id)
    assert stall is not None and stall.slot_utc == parse_db_time("2026-12-01T15:00:00Z")
    assert touch(ctx, prospect_id, "callback").due_utc == parse_db_time("2026-12-01T15:00:00Z")


def _send_thank_you(ctx, prospect_id):
    email_service.save_identity(ctx, REP)
    outbox_id = outbox.queue_touch_email(ctx, touch(ctx, prospect_id, "thank_you").id)
    ctx.store.db.execute("UPDATE outbox SET state = 'sent' WHERE id = ?", [outbox_id])
    message = outbox.get_message(ctx.store, outbox_id)
    assert message is not None
    row = ctx.store.db.execute("SELECT invite FROM outbox WHERE id = ?",
                               [outbox_id]).fetchone()
    return Calendar.from_ical(row[0]).walk("VEVENT")[0]


def _invite_of(ctx, touch_id):
    outbox_id = outbox.queue_touch_email(ctx, touch_id)
    row = ctx.store.db.execute("SELECT invite, raw FROM outbox WHERE id = ?",
                               [outbox_id]).fetchone()
    cal = Calendar.from_ical(row[0])
    return cal, cal.walk("VEVENT")[0], bytes(row[1])


def test_rule_a_moved_slot_queues_an_updated_invite_with_the_same_uid(ctx, clock, prospect_id):
    log_stall(ctx, week(prospect_id))
    sent = _send_thank_you(ctx, prospect_id)
    assert int(sent["SEQUENCE"]) == 0
    clock.advance(hours=1)
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 2, 9, 0))
    update = touch(ctx, prospect_id, "invite_update")
    assert update.channel == "email" and update.due_utc <= parse_db_time("2026-11-23T10:00:00Z")
    today = queue_for_day(ctx)
    assert today[0].title == "Updated invite"  # at the top of Today, above what is overdue
    assert any(r.due_utc < today[0].due_utc for r in today[1:])
    cal, event, raw = _invite_of(ctx, update.id)
    assert str(cal["METHOD"]) == "REQUEST"
    assert str(event["UID"]) == str(sent["UID"])
    assert int(event["SEQUENCE"]) == 1
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 12, 2, 9, 0)
    assert b"method=REQUEST" in raw or b'method="REQUEST"' in raw
    # A second move before the first update went: one update waits, with a higher number.
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 2, 11, 0))
    updates = [t for t in pending(ctx, prospect_id) if t.step_key == "invite_update"]
    assert len(updates) == 1
    ctx.store.db.execute("UPDATE outbox SET state = 'sent'")
    _cal, event, _raw = _invite_of(ctx, updates[0].id)
    assert int(event["SEQUENCE"]) == 2


def test_a_reminder_sent_after_a_move_carries_the_newest_version(ctx, clock, prospect_id):
    log_stall(ctx, week(prospect_id))
    sent = _send_thank_you(ctx, prospect_id)
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 2, 9, 0))
    _cal, event, _raw = _invite_of(ctx, touch(ctx, prospect_id, "reminder").id)
    assert str(event["UID"]) == str(sent["UID"]) and int(event["SEQUENCE"]) == 1
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 12, 2, 9, 0)


def test_restoring_from_the_trash_drops_an_unsent_cancellation(ctx, prospect_id):
    from desktop_app.services.profile import restore_prospect

    log_stall(ctx, week(prospect_id))
    _send_thank_you(ctx, prospect_id)
    trash_prospect(ctx, prospect_id)
    assert [r.title for r in queue_for_day(ctx)] == ["Cancel the invite"]  # still shown
    restore_prospect(ctx, prospect_id)
    assert "invite_cancel" not in pending_keys(ctx, prospect_id)
    assert "callback" in pending_keys(ctx, prospect_id)


def test_no_invite_out_means_no_update_to_send(ctx, prospect_id):
    log_stall(ctx, week(prospect_id))
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 2, 9, 0))
    assert "invite_update" not in pending_keys(ctx, prospect_id)


def _earlier_call(ctx, prospect_id, due="2026-11-24T09:00:00Z"):
    """A call of the same plan ahead of the agreed one (one the rep added by hand)."""
    stall_id = touch(ctx, prospect_id, "callback").stall_id
    return ctx.store.insert_touches([{
        "prospect_id": prospect_id, "stall_id": stall_id, "step_key": "check_in",
        "title": "Check-in call", "channel": "call", "reason": "A quick question",
        "due_utc": due, "original_due_utc": due, "status": "pending",
        "created_utc": due}])[0]


@pytest.mark.parametrize("how", ["new stall", "not interested on another call",
                                 "appointment on an earlier call"])
def test_rule_a_plan_that_ends_after_an_invite_queues_a_cancel(ctx, clock, prospect_id, how):
    """The invited slot is still ahead and the plan ends elsewhere: take it out."""
    log_stall(ctx, week(prospect_id, datetime(2026, 11, 24, 15, 0)))
    sent = _send_thank_you(ctx, prospect_id)
    earlier = _earlier_call(ctx, prospect_id)
    clock.set(datetime(2026, 11, 24, 9, 1, tzinfo=UTC))  # the slot is at 15:00
    if how == "new stall":
        log_stall(ctx, month(prospect_id))
    elif how == "not interested on another call":
        log_call_outcome(ctx, earlier, CallOutcome.NOT_INTERESTED, reason="Audit",
                         decline_reason=DeclineReason.NOT_INTERESTED.value)
    else:
        log_call_outcome(ctx, earlier, CallOutcome.APPOINTMENT, reason="Audit",
                         appointment_local=datetime(2026, 11, 27, 10, 0))
    cancel = touch(ctx, prospect_id, "invite_cancel")
    assert cancel.optional == 1  # the rep may skip it
    cal, event, raw = _invite_of(ctx, cancel.id)
    assert str(cal["METHOD"]) == "CANCEL" and str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == str(sent["UID"])
    assert int(event["SEQUENCE"]) > int(sent["SEQUENCE"])
    assert b"method=CANCEL" in raw or b'method="CANCEL"' in raw


def test_an_update_and_a_cancel_name_the_event_after_the_rep_changes_address(
        ctx, clock, prospect_id):
    """The invite's UID ends in the rep's mail domain: a rep who moves from their own
    domain to the company's between the thank-you and the update still updates, and then
    cancels, the same event in the prospect's calendar."""
    log_stall(ctx, week(prospect_id))
    sent = _send_thank_you(ctx, prospect_id)
    from dataclasses import replace

    email_service.save_identity(ctx, replace(REP, email="sam.rivers@new-employer.example"))
    clock.advance(hours=1)
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 2, 9, 0))
    _cal, update, _raw = _invite_of(ctx, touch(ctx, prospect_id, "invite_update").id)
    assert str(update["UID"]) == str(sent["UID"]) and int(update["SEQUENCE"]) == 1
    assert str(update["ORGANIZER"]) == "mailto:sam.rivers@new-employer.example"
    log_stall(ctx, month(prospect_id))
    cal, cancel, _raw = _invite_of(ctx, touch(ctx, prospect_id, "invite_cancel").id)
    assert str(cal["METHOD"]) == "CANCEL" and str(cancel["UID"]) == str(sent["UID"])


def test_rule_not_interested_by_email_before_the_slot_queues_a_cancel(ctx, clock,
                                                                       prospect_id):
    from desktop_app.services.stalls import end_live_plan

    log_stall(ctx, week(prospect_id, datetime(2026, 11, 24, 15, 0)))
    _send_thank_you(ctx, prospect_id)
    clock.set(datetime(2026, 11, 24, 9, 1, tzinfo=UTC))
    with ctx.store.transaction():  # what a reply saying "not interested" does
        end_live_plan(ctx, prospect_id, "not interested by email", ctx.now())
    assert "invite_cancel" in pending_keys(ctx, prospect_id)


@pytest.mark.parametrize("minutes", [-10, 0, 1, 45])  # a little early, on time, late
@pytest.mark.parametrize("outcome", [CallOutcome.CONVERSATION, CallOutcome.NOT_INTERESTED,
                                     CallOutcome.APPOINTMENT, CallOutcome.NEW_STALL])
def test_rule_a_plan_that_ends_on_the_agreed_call_itself_cancels_nothing(
        ctx, clock, prospect_id, outcome, minutes):
    """They are on the phone: "the call is no longer needed" must not follow them."""
    log_stall(ctx, week(prospect_id, datetime(2026, 11, 24, 15, 0)))
    _send_thank_you(ctx, prospect_id)
    clock.set(datetime(2026, 11, 24, 15, 0, tzinfo=UTC) + timedelta(minutes=minutes))
    call = touch(ctx, prospect_id, "callback").id
    if outcome is CallOutcome.NEW_STALL:  # the call panel's "New stall"
        log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "After Christmas",
                                    datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED,
                                    origin_touch_id=call))
    log_call_outcome(ctx, call, outcome, reason="Audit",
                     decline_reason=DeclineReason.NOT_INTERESTED.value,
                     appointment_local=datetime(2026, 11, 27, 10, 0))
    assert not [t for t in ctx.store.touches_for(prospect_id)
                if t.step_key == "invite_cancel"]


def test_rule_a_new_stall_after_the_slot_has_come_cancels_nothing(ctx, clock, prospect_id):
    """Logged from Ctrl+N once the agreed time has passed: their calendar entry is history."""
    log_stall(ctx, week(prospect_id, datetime(2026, 11, 24, 15, 0)))
    _send_thank_you(ctx, prospect_id)
    clock.set(datetime(2026, 11, 24, 16, 0, tzinfo=UTC))
    log_stall(ctx, month(prospect_id))
    assert "invite_cancel" not in pending_keys(ctx, prospect_id)


# -- a corrected time zone keeps the agreed wall time -------------------------------------------

def test_rule_a_zone_correction_keeps_the_agreed_wall_time(ctx, prospect_id):
    stall_id = log_stall(ctx, week(prospect_id, datetime(2026, 12, 1, 10, 0)))
    moves = zone_moves(ctx, prospect_id, "Europe/London", "America/New_York")
    assert {m.title for m in moves} >= {"Callback", "Reminder email"}
    contact = {k: v for k, v in ctx.store.get_prospect(prospect_id).contact().items()
               if k in ("first_name", "last_name", "company", "email", "phone")}
    save_profile(ctx, prospect_id, {**contact, "timezone": "America/New_York"}, {})
    stall = ctx.store.get_stall(stall_id)
    assert stall is not None and stall.slot_tz == "America/New_York"
    assert stall.slot_utc == parse_db_time("2026-12-01T15:00:00Z")  # 10:00 in New York
    assert touch(ctx, prospect_id, "callback").due_utc == parse_db_time("2026-12-01T15:00:00Z")
    assert touch(ctx, prospect_id, "reminder").due_utc == parse_db_time("2026-12-01T14:00:00Z")
    values = email_service.merge_values(ctx, prospect_id)
    assert values["slot"] == "Tuesday 1 December at 10:00 (New York time)"


def test_trashing_a_prospect_with_an_invite_out_ends_the_plan(ctx, prospect_id):
    log_stall(ctx, week(prospect_id))
    _send_thank_you(ctx, prospect_id)
    trash_prospect(ctx, prospect_id)
    assert pending_keys(ctx, prospect_id) == ["invite_cancel"]


# -- dates Tickler cannot plan in are refused in words, on every path ---------------------------

@pytest.mark.parametrize("when", [datetime(9999, 12, 31, 23, 0), datetime(1, 1, 1, 0, 30)])
def test_rule_unplannable_dates_are_refused_in_words_by_every_service(ctx, prospect_id, when):
    from desktop_app.domain.events import EventDraft, EventKind
    from desktop_app.services import ValidationError
    from desktop_app.services.profile import add_event

    for attempt in (
        lambda: log_stall(ctx, week(prospect_id, when)),
        lambda: preview_stall(ctx, week(prospect_id, when)),
    ):
        with pytest.raises(ValidationError) as err:
            attempt()
        assert "Check the year" in str(err.value) or "passed" in str(err.value)
    log_stall(ctx, week(prospect_id))
    callback = touch(ctx, prospect_id, "callback").id
    with pytest.raises(ValidationError, match=r"Check the year|future"):
        reschedule_touch(ctx, callback, when)
    with pytest.raises(ValidationError, match=r"Check the year|future"):
        log_call_outcome(ctx, callback, CallOutcome.APPOINTMENT, reason="Audit",
                         appointment_local=when)
    with pytest.raises(ValidationError, match="outside the years"):
        add_event(ctx, prospect_id, EventDraft(EventKind.parse("warranty_expiry"), when.date()))


@pytest.mark.parametrize("tz", ["Europe/Berlin", "America/Los_Angeles", "Asia/Kolkata",
                                "Australia/Sydney", "Pacific/Auckland", "America/Sao_Paulo"])
@pytest.mark.parametrize("day", range(7))
def test_rule_a_missed_callback_reads_like_a_person_in_every_zone(ctx, clock, tz, day):
    from desktop_app.domain import workdays
    from desktop_app.domain.localtime import utc_to_local
    from desktop_app.services.prospects import create_prospect

    pid = create_prospect(ctx, {"first_name": "Kim", "company": "Acme", "timezone": tz})
    clock.set(datetime(2026, 12, 14 + day, 12, 11, 16, tzinfo=UTC))  # into the holidays
    log_stall(ctx, StallRequest(pid, StallKind.LATER, quality=SlotQuality.VAGUE))
    callback = touch(ctx, pid, "callback")
    clock.set(callback.due_utc + timedelta(minutes=3))
    record_call(ctx, callback.id, CallOutcome.NO_ANSWER)
    planned = sorted((t for t in pending(ctx, pid) if t.step_key != "ask_slot"),
                     key=lambda t: t.due_utc)
    moments = [utc_to_local(t.due_utc, tz) for t in planned]
    assert len({t.due_utc for t in planned}) == len(planned)
    assert "".join(t.channel[0] for t in planned) == "cecececc"
    country = workdays.country_for_zone(tz)
    assert all(workdays.is_working_day(m.date(), country) for m in moments)
    calls = [m for t, m in zip(planned, moments, strict=True) if t.attempt]
    assert len(calls) == 4 and (calls[-1].date() - moments[0].date()).days <= 13
    assert [m.hour for m in calls] == [9, 16, 9, 16]


def test_rule_an_updated_invite_or_cancel_never_shares_a_minute_with_another_touch(
        ctx, prospect_id):
    """Moved in the minute the stall was logged (the thank-you not yet delivered, the note
    and LinkedIn steps a minute apart), then replaced: every pending touch has its minute."""
    log_stall(ctx, month(prospect_id))
    _send_thank_you(ctx, prospect_id)
    ctx.store.db.execute("UPDATE touches SET status = 'pending' WHERE step_key = 'thank_you'")
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id, datetime(2026, 12, 23, 11))
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id, datetime(2026, 12, 23, 12))
    dues = [t.due_utc for t in pending(ctx, prospect_id)]
    assert len(dues) == len(set(dues))
    assert pending_keys(ctx, prospect_id).count("invite_update") == 1
    log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    dues = [t.due_utc for t in pending(ctx, prospect_id)]
    assert len(dues) == len(set(dues)) and "invite_cancel" in pending_keys(ctx, prospect_id)


@pytest.mark.parametrize("new_tz", ["Europe/Berlin", "America/New_York", "Asia/Tokyo",
                                    "Asia/Kathmandu", "Pacific/Auckland"])
@pytest.mark.parametrize("now", [
    datetime(2026, 12, 21, 9, 0, tzinfo=UTC),  # the day before: the reminder is ahead
    datetime(2026, 12, 22, 9, 45, tzinfo=UTC),  # the reminder due, the call 15 min away
    datetime(2026, 12, 22, 10, 30, tzinfo=UTC),  # the call itself overdue
])
def test_rule_a_zone_correction_moves_what_the_profile_showed_and_cancels_nothing(
        ctx, clock, prospect_id, new_tz, now):
    from desktop_app.services.profile import zone_change_preview

    stall = log_stall(ctx, month(prospect_id))
    clock.set(now)
    before = {t.id: t.due_utc for t in pending(ctx, prospect_id)}
    shown = {m.touch_id: m.after_utc for m in zone_change_preview(ctx, prospect_id, new_tz)}
    prospect = ctx.store.get_prospect(prospect_id)
    contact = {k: getattr(prospect, k) for k in ("first_name", "last_name", "company",
                                                 "email", "phone", "timezone")}
    save_profile(ctx, prospect_id, {**contact, "timezone": new_tz}, {})
    after = {t.id: t.due_utc for t in pending(ctx, prospect_id)
             if t.step_key not in ("invite_update", "invite_cancel")}
    assert set(after) == set(before)  # nothing cancelled, the agreed call above all
    assert {i: d for i, d in after.items() if d != before[i]} == shown
    callback = touch(ctx, prospect_id, "callback")
    assert callback.due_utc == ctx.store.get_stall(stall).slot_utc
    assert zone_moves(ctx, prospect_id, new_tz, new_tz) == []


def test_rule_an_event_value_touch_never_shares_the_minute_of_the_callback(ctx, prospect_id):
    """The callback agreed for 10:00 and the value touch before a warranty ends (also at
    the start of their working day, 10:00) fell on the same day: one minute each."""
    from datetime import date

    from desktop_app.domain.events import EventDraft, EventKind
    from desktop_app.services.profile import add_event, event_touch_days_before, update_event

    log_stall(ctx, month(prospect_id, datetime(2026, 12, 22, 10, 0)))
    ends = date(2026, 12, 22) + timedelta(days=event_touch_days_before(ctx))
    event_id = add_event(ctx, prospect_id, EventDraft(EventKind.WARRANTY_EXPIRY, ends))
    dues = [t.due_utc for t in pending(ctx, prospect_id)]
    assert parse_db_time("2026-12-22T10:00:00Z") in dues and len(dues) == len(set(dues))
    assert touch(ctx, prospect_id, "callback").due_utc == parse_db_time("2026-12-22T10:00:00Z")
    update_event(ctx, event_id, EventDraft(EventKind.WARRANTY_EXPIRY, ends, "renewal quote",
                                           event_id))
    dues = [t.due_utc for t in pending(ctx, prospect_id)]
    assert len(dues) == len(set(dues))


def test_rule_the_agreed_call_keeps_its_minute_when_a_value_touch_is_there_first(
        ctx, prospect_id):
    from datetime import date

    from desktop_app.domain.events import EventDraft, EventKind
    from desktop_app.services.profile import add_event, event_touch_days_before

    ends = date(2026, 12, 22) + timedelta(days=event_touch_days_before(ctx))
    add_event(ctx, prospect_id, EventDraft(EventKind.WARRANTY_EXPIRY, ends))
    stall = log_stall(ctx, month(prospect_id, datetime(2026, 12, 22, 10, 0)))
    assert touch(ctx, prospect_id, "callback").due_utc == parse_db_time("2026-12-22T10:00:00Z")
    assert ctx.store.get_stall(stall).slot_utc == parse_db_time("2026-12-22T10:00:00Z")
    dues = [t.due_utc for t in pending(ctx, prospect_id)]
    assert len(dues) == len(set(dues))


@pytest.mark.parametrize(("slot", "said"), [
    (datetime(2026, 12, 7, 10, 0), "callback Mon 7 Dec 10:00"),
    (datetime(2026, 12, 14, 9, 30), "callback Mon 14 Dec 09:30"),  # was "9:30"
    (datetime(2026, 12, 7, 9, 5), "callback Mon 7 Dec 09:05"),
])
def test_the_replaced_plan_names_its_callback_day_and_time_as_written(ctx, prospect_id, slot,
                                                                      said):
    log_stall(ctx, month(prospect_id, slot))
    preview = preview_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    assert preview.replaces is not None and preview.replaces.describe().endswith(said)


def test_rule_a_cancellation_the_rep_skipped_is_not_offered_again(ctx, clock, prospect_id):
    """An appointment booked on an earlier call ended the callback's plan; the rep skipped
    its cancellation (K). The appointment's own outcome ends the plan again: the skipped
    cancel stays skipped."""
    from desktop_app.services.touches import skip_touch

    log_stall(ctx, week(prospect_id, datetime(2026, 12, 1, 15, 0)))
    _send_thank_you(ctx, prospect_id)
    earlier = _earlier_call(ctx, prospect_id, "2026-11-30T10:00:00Z")
    clock.set(datetime(2026, 11, 30, 10, 0, tzinfo=UTC))
    log_call_outcome(ctx, earlier, CallOutcome.APPOINTMENT,
                     reason="Audit", appointment_local=datetime(2026, 12, 8, 15, 0))
    skip_touch(ctx, touch(ctx, prospect_id, "invite_cancel").id)
    clock.set(datetime(2026, 12, 8, 15, 1, tzinfo=UTC))
    log_call_outcome(ctx, touch(ctx, prospect_id, "appointment").id,
                     CallOutcome.CONVERSATION, reason="Audit")
    assert "invite_cancel" not in pending_keys(ctx, prospect_id)


@pytest.mark.parametrize("minutes", [366 * 24 * 60 + 1, 10**12])
def test_a_snooze_past_what_can_be_planned_is_refused_in_words(ctx, prospect_id, minutes):
    from desktop_app.services.context import ValidationError
    from desktop_app.services.touches import snooze_touch

    log_stall(ctx, week(prospect_id))
    callback = touch(ctx, prospect_id, "callback")
    with pytest.raises(ValidationError, match="reschedule it"):
        snooze_touch(ctx, callback.id, minutes)
    assert ctx.store.get_touch(callback.id) == callback


# -- the persistence cap holds on every path that moves a chasing call -------------------------

def _chasing_calls(ctx, prospect_id, *moments):
    """Pending chasing calls of one gone-dark plan at these UTC moments (London = UTC in
    winter), in order: a plan as earlier outcomes and moves left it."""
    stall_id = log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    ctx.store.db.execute("DELETE FROM touches WHERE stall_id = ?", [stall_id])
    return ctx.store.insert_touches([{
        "prospect_id": prospect_id, "stall_id": stall_id, "step_key": f"dark_call_{n}",
        "title": f"Call attempt {n}", "channel": "call", "reason": "Chasing",
        "attempt": n, "due_utc": m.strftime("%Y-%m-%dT%H:%M:%SZ"),
        "original_due_utc": m.strftime("%Y-%m-%dT%H:%M:%SZ"), "status": "pending",
        "created_utc": "2026-11-23T09:00:00Z"} for n, m in enumerate(moments, 1)])


def _at(day, hour=10, minute=0):
    return datetime(2026, 11 if day > 20 else 12, day, hour, minute, tzinfo=UTC)


def test_rule_the_cap_refuses_a_chasing_call_rescheduled_earlier_in_words(ctx, prospect_id):
    from desktop_app.services.context import ValidationError

    calls = _chasing_calls(ctx, prospect_id, _at(24), _at(25), _at(26), _at(27), _at(10, 12))
    with pytest.raises(ValidationError, match="more than 4 chasing calls to them in 14 days"):
        reschedule_touch(ctx, calls[-1], datetime(2026, 12, 7, 10, 0))
    unmoved = parse_db_time("2026-12-10T12:00:00Z")
    assert ctx.store.get_touch(calls[-1]).due_utc == unmoved
    reschedule_touch(ctx, calls[-1], datetime(2026, 12, 8, 10, 0))  # 14 days on: fine
    assert not over_cap(chasing_call_times(ctx, prospect_id))


def test_rule_the_cap_holds_after_a_snooze_the_later_calls_move_on(ctx, prospect_id):
    from desktop_app.services.touches import snooze_touch

    calls = _chasing_calls(ctx, prospect_id, _at(23, 10), _at(8, 9), _at(9), _at(10),
                           _at(11, 12))
    assert not over_cap(chasing_call_times(ctx, prospect_id))
    due = snooze_touch(ctx, calls[0], 4 * 24 * 60 + 4 * 60)  # to Fri 27 Nov 13:00
    assert due == datetime(2026, 11, 27, 13, 0, tzinfo=UTC)  # where the rep asked
    assert not over_cap(chasing_call_times(ctx, prospect_id))
    last = ctx.store.get_touch(calls[-1])
    assert last.due_utc > parse_db_time("2026-12-11T12:00:00Z")  # moved on, to a working day
    assert last.due_utc.weekday() < 5


def test_rule_the_cap_holds_after_an_out_of_office_move(ctx, prospect_id):
    from datetime import date

    from desktop_app.services.mailbox import _move_before_return

    _chasing_calls(ctx, prospect_id, _at(24, 13), _at(8, 9), _at(9), _at(10), _at(11, 12))
    with ctx.store.transaction():  # what an out-of-office reply "back on the 27th" does
        _move_before_return(ctx.store, prospect_id, date(2026, 11, 27), ctx.now())
    assert not over_cap(chasing_call_times(ctx, prospect_id))


def test_rule_the_cap_refuses_a_redo_that_would_break_it(ctx, prospect_id):
    from desktop_app.services.undo import UndoConflict, perform, redo_change, undo_change

    calls = _chasing_calls(ctx, prospect_id, _at(24), _at(8, 9), _at(9), _at(10),
                           _at(11, 12))
    change, _ = perform(ctx, "Reschedule", prospect_id, lambda: reschedule_touch(
        ctx, calls[-1], datetime(2026, 12, 7, 10, 0)))
    undo_change(ctx, change)
    reschedule_touch(ctx, calls[0], datetime(2026, 11, 27, 10, 0))  # fits as things are
    with pytest.raises(UndoConflict, match="more than 4 chasing calls"):
        redo_change(ctx, change)
    assert ctx.store.get_touch(calls[-1]).due_utc == parse_db_time("2026-12-11T12:00:00Z")
    assert not over_cap(chasing_call_times(ctx, prospect_id))


# -- snoozing the agreed call: lateness on the day, a new agreed time on another -----------------

def test_rule_a_short_snooze_of_the_callback_is_lateness_the_slot_stays(ctx, clock,
                                                                         prospect_id):
    from desktop_app.services.touches import snooze_touch

    stall_id = log_stall(ctx, week(prospect_id, datetime(2026, 11, 24, 15, 0)))
    _send_thank_you(ctx, prospect_id)
    clock.set(datetime(2026, 11, 24, 15, 0, tzinfo=UTC))
    call = touch(ctx, prospect_id, "callback")
    snooze_touch(ctx, call.id, 60)
    call = ctx.store.get_touch(call.id)
    assert call.due_utc == parse_db_time("2026-11-24T16:00:00Z")
    assert call.original_due_utc == parse_db_time("2026-11-24T15:00:00Z")  # an hour late, on record
    assert ctx.store.get_stall(stall_id).slot_utc == parse_db_time("2026-11-24T15:00:00Z")
    assert "invite_update" not in pending_keys(ctx, prospect_id)


def test_rule_snoozing_the_callback_to_another_day_is_a_reschedule(ctx, clock, prospect_id):
    from desktop_app.services.touches import snooze_touch

    stall_id = log_stall(ctx, week(prospect_id, datetime(2026, 11, 25, 15, 0)))
    _send_thank_you(ctx, prospect_id)
    clock.set(datetime(2026, 11, 25, 13, 0, tzinfo=UTC))  # the reminder is still ahead
    call = touch(ctx, prospect_id, "callback")
    snooze_touch(ctx, call.id, 24 * 60)  # "until tomorrow"
    assert ctx.store.get_stall(stall_id).slot_utc == parse_db_time("2026-11-26T13:00:00Z")
    call = ctx.store.get_touch(call.id)
    on_time = parse_db_time("2026-11-26T13:00:00Z")
    assert call.due_utc == call.original_due_utc == on_time  # not late
    assert touch(ctx, prospect_id, "reminder").due_utc == parse_db_time("2026-11-26T12:00:00Z")
    _cal, event, _raw = _invite_of(ctx, touch(ctx, prospect_id, "invite_update").id)
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 11, 26, 13, 0)


# -- messages waiting in the Outbox follow the slot -------------------------------------------

def _waiting(ctx, prospect_id, step_key):
    email_service.save_identity(ctx, REP)
    return outbox.queue_touch_email(ctx, touch(ctx, prospect_id, step_key).id)


def _message(ctx, outbox_id):
    row = ctx.store.db.execute("SELECT subject, body, invite, state, last_error, raw FROM "
                               "outbox WHERE id = ?", [outbox_id]).fetchone()
    event = Calendar.from_ical(row[2]).walk("VEVENT")[0] if row[2] else None
    return row, event


def test_rule_a_thank_you_held_offline_follows_a_reschedule(ctx, clock, prospect_id):
    log_stall(ctx, week(prospect_id))
    waiting = _waiting(ctx, prospect_id, "thank_you")  # offline: still queued
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 2, 9, 0))
    (subject, body, _invite, state, _error, raw), event = _message(ctx, waiting)
    assert state == "queued"
    assert "Wednesday 2 December at 09:00" in body and "1 December" not in body
    assert "2 December" in subject
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 12, 2, 9, 0)
    assert b"20261202T090000" in raw  # what goes on the wire is the new version too
    # nothing had reached them: the waiting message carries the time, no update on top
    assert "invite_update" not in pending_keys(ctx, prospect_id)


def test_rule_a_reminder_waiting_for_a_retry_follows_a_zone_correction(ctx, clock,
                                                                       prospect_id):
    log_stall(ctx, week(prospect_id, datetime(2026, 12, 1, 10, 0)))
    _send_thank_you(ctx, prospect_id)
    waiting = _waiting(ctx, prospect_id, "reminder")
    ctx.store.db.execute("UPDATE outbox SET attempts = 1, last_error = 'Server busy' "
                         "WHERE id = ?", [waiting])  # tried once, waiting for its retry
    old_id = outbox.get_message(ctx.store, waiting).message_id
    contact = {k: v for k, v in ctx.store.get_prospect(prospect_id).contact().items()
               if k in ("first_name", "last_name", "company", "email", "phone")}
    save_profile(ctx, prospect_id, {**contact, "timezone": "America/New_York"}, {})
    (_subject, body, _invite, state, _error, _raw), event = _message(ctx, waiting)
    assert state == "queued" and "(New York time)" in body and "London" not in body
    assert str(event["DTSTART"].params.get("TZID")) == "America/New_York"
    assert outbox.get_message(ctx.store, waiting).superseded_ids == (old_id,)
    assert "invite_update" in pending_keys(ctx, prospect_id)  # the thank-you had gone


def test_rule_a_message_the_rep_edited_is_held_when_the_slot_moves(ctx, clock, prospect_id):
    log_stall(ctx, week(prospect_id))
    waiting = _waiting(ctx, prospect_id, "thank_you")
    message = outbox.get_message(ctx.store, waiting)
    outbox.edit_message(ctx, waiting, message.subject,
                        message.body.replace("Kind regards", "Speak soon"))
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 2, 9, 0))
    (_subject, body, _invite, state, error, _raw), event = _message(ctx, waiting)
    assert "Speak soon" in body  # the rep's words are kept, not overwritten
    assert state == "failed"  # held: it does not go with the old time in it
    assert error.startswith("The call moved to ") and "check the time" in error
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 12, 2, 9, 0)
    assert outbox.due_ids(ctx.store, ctx.now() + timedelta(days=1)) == []


def test_rule_a_second_move_replaces_an_update_still_waiting_and_undo_restores_it(
        ctx, clock, prospect_id):
    from desktop_app.services.undo import perform, undo_change

    log_stall(ctx, week(prospect_id))
    _send_thank_you(ctx, prospect_id)
    reschedule_touch(ctx, touch(ctx, prospect_id, "callback").id,
                     datetime(2026, 12, 2, 9, 0))
    first = outbox.queue_touch_email(ctx, touch(ctx, prospect_id, "invite_update").id)
    change, _ = perform(ctx, "Reschedule", prospect_id, lambda: reschedule_touch(
        ctx, touch(ctx, prospect_id, "callback").id, datetime(2026, 12, 2, 11, 0)))
    assert outbox.get_message(ctx.store, first) is None  # one update goes, the newest
    assert len([t for t in pending(ctx, prospect_id) if t.step_key == "invite_update"]) == 1
    undo_change(ctx, change)
    assert outbox.get_message(ctx.store, first).state == "queued"
