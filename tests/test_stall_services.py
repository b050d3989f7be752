"""Logging stalls, the queue over days, and how call outcomes steer the plan."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from desktop_app.domain.model import CallOutcome, SlotQuality, StallKind
from desktop_app.services import ValidationError
from desktop_app.services.queue import queue_for_day
from desktop_app.services.stalls import StallRequest, log_stall, preview_stall
from desktop_app.services.touches import (
    complete_touch,
    record_call,
    reschedule_touch,
    snooze_touch,
)
from desktop_app.store.store import parse_db_time


def month_request(prospect_id, slot=datetime(2026, 12, 22, 10, 0), quality=SlotQuality.BOOKED):
    return StallRequest(prospect_id, StallKind.NEXT_MONTH, "Call me next month", slot, quality)


def keys(rows):
    return sorted(r.title for r in rows)


def test_preview_stores_nothing(ctx, prospect_id):
    preview = preview_stall(ctx, month_request(prospect_id))
    assert len(preview.plan.touches) == 6
    assert ctx.store.db.execute("SELECT count(*) FROM touches").fetchone()[0] == 0


def test_day_0_day_14_and_slot_day_queues(ctx, clock, prospect_id):
    stall_id = log_stall(ctx, month_request(prospect_id))
    day0 = queue_for_day(ctx)
    assert keys(day0) == ["Connect on LinkedIn", "Handwritten note + card",
                          "Thank-you email + invite"]
    assert all(r.stall_id == stall_id and r.gaps == 7 for r in day0)
    for row in day0:
        complete_touch(ctx, row.id)
    assert queue_for_day(ctx) == []

    clock.advance(days=14)
    assert keys(queue_for_day(ctx)) == ["Value touch"]
    clock.advance(days=7)
    assert keys(queue_for_day(ctx)) == ["Value touch"]  # still overdue: not done yet
    clock.advance(days=7)
    assert keys(queue_for_day(ctx)) == ["Reminder email", "Value touch"]
    clock.set(datetime(2026, 12, 22, 8, 0, tzinfo=clock().tzinfo))
    rows = queue_for_day(ctx)
    assert keys(rows) == ["Callback", "Reminder email", "Value touch"]
    callback = next(r for r in rows if r.title == "Callback")
    assert callback.due_utc.hour == 10  # London is on UTC in December


def test_booked_stall_needs_a_slot_and_a_vague_one_gets_a_default(ctx, prospect_id):
    with pytest.raises(ValidationError) as err:
        log_stall(ctx, month_request(prospect_id, slot=None))
    assert err.value.field == "slot"
    stall_id = log_stall(ctx, month_request(prospect_id, slot=None, quality=SlotQuality.VAGUE))
    stall = ctx.store.get_stall(stall_id)
    assert stall.slot_quality == "vague"
    assert stall.slot_utc == parse_db_time("2026-12-23T10:00:00Z")


def test_past_slot_is_refused_and_nothing_is_saved(ctx, prospect_id):
    with pytest.raises(ValidationError, match="already passed"):
        log_stall(ctx, month_request(prospect_id, slot=datetime(2026, 11, 1, 10, 0)))
    assert ctx.store.db.execute("SELECT count(*) FROM stalls").fetchone()[0] == 0


def test_a_half_done_stall_rolls_back(ctx, prospect_id, monkeypatch):
    def fail(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(ctx.store, "insert_touches", fail)
    with pytest.raises(RuntimeError):
        log_stall(ctx, month_request(prospect_id))
    assert ctx.store.db.execute("SELECT count(*) FROM stalls").fetchone()[0] == 0


def _callback(ctx, stall_id):
    return next(t for t in ctx.store.pending_touches_for_stall(stall_id)
                if t.step_key == "callback")


@pytest.mark.parametrize("outcome", [CallOutcome.CONVERSATION, CallOutcome.APPOINTMENT,
                                     CallOutcome.NOT_INTERESTED])
def test_a_connected_outcome_cancels_the_rest(ctx, clock, prospect_id, outcome):
    stall_id = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "next week",
                                           datetime(2026, 11, 30, 10, 0)))
    clock.set(datetime(2026, 11, 30, 10, 2, tzinfo=clock().tzinfo))
    callback = _callback(ctx, stall_id)
    record_call(ctx, callback.id, outcome)
    assert ctx.store.pending_touches_for_stall(stall_id) == []
    assert not ctx.store.get_stall(stall_id).open
    assert ctx.store.get_touch(callback.id).minutes_late == 2


def test_stopping_early_cancels_later_steps(ctx, prospect_id):
    stall_id = log_stall(ctx, month_request(prospect_id))
    thank_you_call = ctx.store.pending_touches_for_stall(stall_id)
    assert len(thank_you_call) == 6
    record_call(ctx, _callback(ctx, stall_id).id, CallOutcome.CONVERSATION)
    statuses = {t.step_key: t.status for t in ctx.store.touches_for(prospect_id)}
    assert statuses["value"] == "cancelled" and statuses["reminder"] == "cancelled"


def test_no_answer_starts_gone_dark_and_persistence_is_capped(ctx, clock, prospect_id):
    stall_id = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "next week",
                                           datetime(2026, 11, 30, 10, 0)))
    clock.set(datetime(2026, 11, 30, 10, 0, tzinfo=clock().tzinfo))
    added = record_call(ctx, _callback(ctx, stall_id).id, CallOutcome.NO_ANSWER)
    assert len(added) == 8
    dark_calls = [t for t in ctx.store.pending_touches_for_stall(stall_id) if t.attempt]
    assert len(dark_calls) == 4
    for call in dark_calls:
        assert record_call(ctx, call.id, CallOutcome.VOICEMAIL) == []
    pending = ctx.store.pending_touches_for_stall(stall_id)
    assert [t.step_key for t in pending if t.channel == "call"] == ["nurture"]
    assert sum(1 for t in ctx.store.touches_for(prospect_id) if t.attempt) == 4


def test_gone_dark_call_that_connects_stops_the_rest(ctx, clock, prospect_id):
    stall_id = log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK, "(silence)"))
    first = next(t for t in ctx.store.pending_touches_for_stall(stall_id) if t.attempt == 1)
    clock.advance(days=1)
    record_call(ctx, first.id, CallOutcome.CONVERSATION)
    assert ctx.store.pending_touches_for_stall(stall_id) == []


def test_snooze_keeps_the_planned_time_on_record(ctx, clock, prospect_id):
    log_stall(ctx, month_request(prospect_id))
    row = queue_for_day(ctx)[0]
    due = snooze_touch(ctx, row.id, 60)
    touch = ctx.store.get_touch(row.id)
    assert touch.snooze_count == 1
    assert touch.original_due_utc == parse_db_time("2026-11-23T09:00:00Z")
    assert touch.due_utc == parse_db_time("2026-11-23T10:00:00Z")
    assert due == clock() + timedelta(hours=1)


def test_reschedule_moves_a_touch_off_today(ctx, clock, prospect_id):
    log_stall(ctx, month_request(prospect_id))
    row = next(r for r in queue_for_day(ctx) if r.title == "Handwritten note + card")
    london_now = clock().replace(tzinfo=None)  # Maria is in London: her wall time is UTC now
    reschedule_touch(ctx, row.id, london_now + timedelta(days=2))
    assert row.id not in [r.id for r in queue_for_day(ctx)]
    with pytest.raises(ValidationError, match="future"):
        reschedule_touch(ctx, row.id, london_now - timedelta(days=2))
    with pytest.raises(ValidationError, match="clocks go forward"):
        reschedule_touch(ctx, row.id, datetime(2027, 3, 28, 1, 30))  # skipped in London


def test_changes_are_announced(ctx, prospect_id):
    seen = []
    ctx.changes.subscribe(seen.append)
    log_stall(ctx, month_request(prospect_id))
    assert seen and "touches" in seen[-1]


def test_sample_book_fills_today(ctx):
    from desktop_app.services.sample import write_sample_book

    assert write_sample_book(ctx) >= 12
    rows = queue_for_day(ctx)
    assert len(rows) >= 10
    assert {r.channel.value for r in rows} >= {"call", "email", "post"}


def test_views_hear_of_a_change_only_once_it_is_saved(ctx):
    """A new prospect and its stall are one save: listeners hear after the commit, when the
    stall is there to read, and hear nothing of a save that was rolled back."""
    from desktop_app.services.stalls import log_stall_for_new_prospect

    heard = []

    def listener(topics):
        heard.append((topics, ctx.store.conn.in_transaction,
                      ctx.store.db.execute("SELECT count(*) FROM stalls").fetchone()[0]))

    ctx.changes.subscribe(listener)
    log_stall_for_new_prospect(
        ctx, {"first_name": "Ana", "company": "Lusomar", "timezone": "Europe/Lisbon"},
        StallRequest(0, StallKind.NEXT_WEEK, "Call me next week",
                     datetime(2026, 11, 30, 10, 0), SlotQuality.BOOKED))
    assert heard and all(not in_tx and stalls == 1 for _t, in_tx, stalls in heard)

    heard.clear()
    with pytest.raises(RuntimeError), ctx.store.transaction():
        ctx.changes.emit("prospects")
        raise RuntimeError("the save failed")
    assert heard == []


def test_the_plan_saved_is_the_plan_previewed_from_one_now(ctx, clock, prospect_id,
                                                           monkeypatch):
    """The rep looks at the plan, takes a few minutes on the call, then saves: the touches
    saved are the ones shown (the thank-you email at the minute of the preview), the stall
    is logged at that minute, and saving reads the playbooks no more."""
    request = month_request(prospect_id)
    preview = preview_stall(ctx, request)
    shown = [(t.title, t.due_utc) for t in preview.plan.touches]
    clock.advance(minutes=7)
    reads = []
    load = ctx.store.load_playbooks
    monkeypatch.setattr(ctx.store, "load_playbooks", lambda: reads.append(1) or load())

    stall_id = log_stall(ctx, request, preview)

    saved = ctx.store.db.execute(
        "SELECT title, due_utc FROM touches WHERE stall_id = ? ORDER BY due_utc, id",
        [stall_id]).fetchall()
    assert [(title, parse_db_time(due)) for title, due in saved] == shown
    assert ctx.store.get_stall(stall_id).logged_utc == preview.logged_utc
    assert reads == []


def test_saving_without_a_preview_reads_the_playbooks_once(ctx, prospect_id, monkeypatch):
    reads = []
    load = ctx.store.load_playbooks
    monkeypatch.setattr(ctx.store, "load_playbooks", lambda: reads.append(1) or load())
    log_stall(ctx, month_request(prospect_id))
    assert reads == [1]


def test_a_preview_left_open_past_the_agreed_time_is_refused_in_words(ctx, clock,
                                                                      prospect_id):
    request = StallRequest(prospect_id, StallKind.LATER, "Call me after lunch",
                           datetime(2026, 11, 23, 14, 0), SlotQuality.BOOKED)
    preview = preview_stall(ctx, request)
    clock.advance(hours=6)  # 15:00 London: the 14:00 call has passed
    with pytest.raises(ValidationError, match="already passed"):
        log_stall(ctx, request, preview)
    assert ctx.store.db.execute("SELECT count(*) FROM stalls").fetchone()[0] == 0


def test_a_preview_of_another_stall_is_not_saved_in_its_place(ctx, prospect_id):
    preview = preview_stall(ctx, month_request(prospect_id))
    other = month_request(prospect_id, slot=datetime(2026, 12, 23, 10, 0))
    with pytest.raises(ValueError, match="not the one"):
        log_stall(ctx, other, preview)
    vague = month_request(prospect_id, slot=None, quality=SlotQuality.VAGUE)
    with pytest.raises(ValueError, match="not the one"):
        log_stall(ctx, vague, preview)
    assert ctx.store.db.execute("SELECT count(*) FROM stalls").fetchone()[0] == 0


def test_a_new_prospect_is_saved_with_the_plan_previewed_for_them(ctx, clock):
    from desktop_app.services.stalls import log_stall_for_new_prospect, preview_plan

    request = StallRequest(0, StallKind.NEXT_WEEK, "Call me next week",
                           datetime(2026, 11, 30, 10, 0), SlotQuality.BOOKED)
    preview = preview_plan(ctx, request.kind, "Europe/Lisbon", request.slot_local,
                           request.quality)
    clock.advance(minutes=3)
    _pid, stall_id = log_stall_for_new_prospect(
        ctx, {"first_name": "Ana", "company": "Lusomar", "timezone": "Europe/Lisbon"},
        request, preview)
    saved = [parse_db_time(r[0]) for r in ctx.store.db.execute(
        "SELECT due_utc FROM touches WHERE stall_id = ? ORDER BY due_utc, id", [stall_id])]
    assert saved == [t.due_utc for t in preview.plan.touches]


def test_removing_the_sample_book_takes_its_waiting_emails_and_waits_for_one_being_sent(
        ctx, clock):
    """A queued email to a sample prospect goes with them; only one the sender holds at
    that moment makes the removal wait."""
    from desktop_app.services.sample import (
        remove_sample_book,
        sample_prospect_ids,
        write_sample_book,
    )
    from desktop_app.store import outbox as stored

    write_sample_book(ctx)
    ids = sample_prospect_ids(ctx)

    def message(prospect_id):
        return stored.insert(
            ctx.store, message_id=f"<{prospect_id}@rep.example>", touch_id=None,
            prospect_id=prospect_id, template=None, sender="rep@rep.example", sender_name="",
            recipient="them@example.com", recipient_name="", subject="Hello", body="Hi",
            invite=None, raw=b"x", now=clock())

    queued = message(ids[0])
    sending = message(ids[1])
    assert stored.claim(ctx.store, sending, clock())
    with pytest.raises(ValidationError, match="being sent right now"):
        remove_sample_book(ctx)
    assert sample_prospect_ids(ctx) == ids

    stored.set_result(ctx.store, sending, "failed", clock(), "The server said no.")
    assert remove_sample_book(ctx) == len(ids)
    assert sample_prospect_ids(ctx) == []
    assert stored.get(ctx.store, queued) is None and stored.get(ctx.store, sending) is None


def test_the_queue_and_the_call_pop_ups_read_one_rule_for_a_waiting_touch(ctx, clock):
    """A call the queue shows is a call that can pop up, and the other way round: trashed
    prospects, done and cancelled calls are out of both, over the whole sample book."""
    from desktop_app.services.profile import trash_prospect
    from desktop_app.services.reminders import pending_calls
    from desktop_app.services.sample import sample_prospect_ids, write_sample_book

    write_sample_book(ctx)
    with_calls = sorted({r.prospect_id for r in ctx.store.queue(clock() + timedelta(days=400))
                         if r.channel.value == "call"})
    trash_prospect(ctx, with_calls[0])
    assert with_calls[0] in sample_prospect_ids(ctx)
    horizon = clock() + timedelta(days=400)
    queued = {r.id for r in ctx.store.queue(horizon) if r.channel.value == "call"}
    popping = {c.touch_id for c in pending_calls(ctx, clock() - timedelta(days=400),
                                                 until=horizon - timedelta(seconds=1))}
    assert queued and queued == popping
    assert not any(r.prospect_id == with_calls[0] for r in ctx.store.queue(horizon))


def test_the_store_gives_typed_records_of_a_prospect_its_stall_and_touches(ctx, clock,
                                                                          prospect_id):
    from desktop_app.domain.model import Channel, TouchStatus
    from desktop_app.store.records import (
        prospect_record,
        stall_record,
        stall_records_for,
        touch_record,
    )

    stall_id = log_stall(ctx, month_request(prospect_id))
    stall = stall_record(ctx.store, stall_id)
    assert stall is not None and stall.open and stall.kind == StallKind.NEXT_MONTH
    assert stall.slot_quality is SlotQuality.BOOKED and stall.logged_utc == clock()
    assert [s.id for s in stall_records_for(ctx.store, prospect_id)] == [stall_id]
    call = next(r for r in queue_for_day(ctx, clock().date() + timedelta(days=29))
                if r.channel is Channel.CALL)
    touch = touch_record(ctx.store, call.id)
    assert touch is not None and touch.status is TouchStatus.PENDING
    assert touch.due_utc == call.due_utc and touch.stall_id == stall_id
    prospect = prospect_record(ctx.store, prospect_id)
    assert prospect is not None and prospect.live and prospect.timezone == call.timezone
    assert touch_record(ctx.store, 10_000) is None and prospect_record(ctx.store, 10_000) is None
