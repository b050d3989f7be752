"""What the rep does to a touch: done, snooze, reschedule, and call outcomes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from ..domain.i18n import tr
from ..domain.localtime import (
    OutOfRangeError,
    SlotError,
    is_nonexistent,
    utc_to_local,
    validate_slot,
    zone,
)
from ..domain.model import STATUS_WORDS, CallOutcome, Channel, SlotQuality, StallKind, TouchStatus
from ..domain.playbooks import cap_chasing_calls, plan_touches, playbook_for
from ..store.store import TouchRecord, db_time
from .context import STALLS, TOUCHES, AppContext, ValidationError
from .slots import is_slot_call, move_slot
from .stalls import (
    cap_refusal,
    chasing_call_times,
    end_plan,
    insert_planned,
    keep_cap,
    prospect_country,
)

MAX_SNOOZE_MINUTES = 366 * 24 * 60


def _pending_touch(ctx: AppContext, touch_id: int) -> TouchRecord:
    touch = ctx.store.get_touch(touch_id)
    if touch is None:
        raise ValidationError(tr("That touch no longer exists."))
    if touch.status != TouchStatus.PENDING.value:
        status = str(touch.status)
        raise ValidationError(tr("That touch is already {status}.").format(
            status=tr(STATUS_WORDS[status]) if status in STATUS_WORDS else status))
    return touch


def their_time_to_utc(ctx: AppContext, prospect_id: int, local: datetime, field: str,
                      past: str) -> datetime:
    """A wall time in the prospect's zone, checked: one that the clocks skip is refused, and
    so is one already past (with the words ``past``)."""
    prospect = ctx.store.get_prospect(prospect_id)
    tz = prospect.timezone if prospect else ctx.rep_timezone
    try:
        return validate_slot(local, tz, ctx.now())
    except OutOfRangeError as exc:
        raise ValidationError(str(exc), field) from exc
    except SlotError as exc:
        skipped = is_nonexistent(local.replace(tzinfo=None), zone(tz))
        raise ValidationError(str(exc) if skipped else past, field) from exc


def complete_touch(ctx: AppContext, touch_id: int, notes: str = "") -> None:
    """Mark an email, post or social touch done (a call is logged with record_call)."""
    _pending_touch(ctx, touch_id)
    with ctx.store.transaction():
        ctx.store.update_touch(touch_id, {
            "status": TouchStatus.DONE.value, "done_utc": db_time(ctx.now()),
            "outcome": "done", "notes": notes})
    ctx.changes.emit(TOUCHES)


def skip_touch(ctx: AppContext, touch_id: int) -> None:
    """Skip an optional touch (a LinkedIn connect, cancelling an invite): it leaves the
    queue as skipped, not done, so the numbers do not count it as made."""
    touch = _pending_touch(ctx, touch_id)
    if not touch.optional:
        raise ValidationError(tr("Only an optional touch can be skipped; reschedule or "
                                 "snooze this one instead."))
    with ctx.store.transaction():
        ctx.store.update_touch(touch_id, {
            "status": TouchStatus.SKIPPED.value, "done_utc": db_time(ctx.now()),
            "outcome": "skipped"})
    ctx.changes.emit(TOUCHES)


def snooze_touch(ctx: AppContext, touch_id: int, minutes: int) -> datetime:
    """Push a touch back from now, to the whole minute; the planned time stays on record.

    Counted from the start of this minute: snoozing 5 minutes at 11:05:48 brings the call
    back at 11:10:00, the minute every message names, not 48 seconds after it.
    """
    if minutes <= 0:
        raise ValidationError(tr("Snooze for at least one minute."))
    if minutes > MAX_SNOOZE_MINUTES:  # 10**12 minutes ran past year 9999 (OverflowError)
        raise ValidationError(tr("Snooze for a year at most; to move a touch further, "
                                 "reschedule it."))
    touch = _pending_touch(ctx, touch_id)
    now = ctx.now()
    due = now.replace(second=0, microsecond=0) + timedelta(minutes=minutes)
    with ctx.store.transaction():
        if is_slot_call(ctx, touch) and _another_day(ctx, touch, due):
            # "until tomorrow" on the agreed call is a new agreed time: a reschedule
            move_slot(ctx, touch.stall_id or 0, due, now)
        else:  # a few minutes or hours on the day: lateness, the agreed time stays
            ctx.store.update_touch(touch_id, {"due_utc": db_time(due)})
        ctx.store.update_touch(touch_id, {"snooze_count": touch.snooze_count + 1})
        keep_cap(ctx, touch.prospect_id)
    ctx.changes.emit(TOUCHES, STALLS)
    after = ctx.store.get_touch(touch_id)  # the cap may have moved it on
    return after.due_utc if after else due


def _another_day(ctx: AppContext, touch: TouchRecord, due: datetime) -> bool:
    """Whether ``due`` falls on another day of the prospect's than the agreed slot."""
    if touch.stall_id is None:
        return False
    stall = ctx.store.get_stall(touch.stall_id)
    if stall is None or not stall.slot_utc:
        return False
    tz = stall.slot_tz
    return utc_to_local(due, tz).date() != utc_to_local(stall.slot_utc,
                                                        tz).date()


def reschedule_touch(ctx: AppContext, touch_id: int, due_local: datetime) -> None:
    """Move a touch to ``due_local``, a wall time in the prospect's zone.

    The agreed call is the stall's slot: moving it moves the slot, and with it the
    reminders, the emails that name it and (once one went out) the invite, which gets an
    updated copy to send. Any other touch moves alone.
    """
    touch = _pending_touch(ctx, touch_id)
    due_utc = their_time_to_utc(ctx, touch.prospect_id, due_local, "due",
                                tr("Pick a time in the future."))
    refusal = cap_refusal(ctx, touch, due_utc)
    if refusal:
        raise ValidationError(refusal, "due")
    with ctx.store.transaction():
        if is_slot_call(ctx, touch):
            move_slot(ctx, touch.stall_id or 0, due_utc, ctx.now())
        else:
            ctx.store.update_touch(touch_id, {"due_utc": db_time(due_utc)})
    ctx.changes.emit(TOUCHES, STALLS)


def minutes_late(touch: TouchRecord, now: datetime) -> int:
    """Minutes after the agreed time: at the first dial when the rep dialled from Tickler,
    else now (negative when early)."""
    started = touch.dialled_utc if touch.dialled_utc else now
    return int((started - touch.original_due_utc).total_seconds() // 60)


def start_call(ctx: AppContext, touch_id: int) -> int:
    """The rep is dialling this call touch now: the first dial's moment is kept, and the
    call's minutes late (returned) are taken from it when the outcome is logged."""
    touch = _pending_touch(ctx, touch_id)
    if touch.channel != Channel.CALL.value:
        raise ValidationError(tr("Only a call touch is dialled."))
    if not touch.dialled_utc:
        with ctx.store.transaction():
            ctx.store.update_touch(touch_id, {"dialled_utc": db_time(ctx.now())})
        ctx.changes.emit(TOUCHES)
        touch = _pending_touch(ctx, touch_id)
    return minutes_late(touch, ctx.now())


def record_call(
    ctx: AppContext, touch_id: int, outcome: CallOutcome, notes: str = "",
    outcome_reason: str | None = None, *, reason: str | None = None,
    appointment_utc: datetime | None = None,
) -> list[int]:
    """Log a call attempt and steer the plan. Returns ids of touches it added.

    ``reason`` replaces the touch's reason with the value statement the rep used;
    ``appointment_utc`` (with an appointment outcome) adds the appointment as a call touch.

    A conversation, an appointment, "not interested" or a new stall ends the stall's plan.
    A callback or an appointment that does not connect starts the gone-dark steps (4 calls
    over 14 days, emails between, then nurture a quarter later), always inside the
    prospect's cap of 4 chasing calls in any 14 days; a gone-dark call that does not
    connect adds nothing.
    """
    touch = _pending_touch(ctx, touch_id)
    if touch.channel != Channel.CALL.value:
        raise ValidationError(tr("Only a call has a call outcome."))
    now = ctx.now()
    late = minutes_late(touch, now)
    added: list[int] = []
    fields: dict[str, Any] = {
        "status": TouchStatus.DONE.value, "done_utc": db_time(now),
        "outcome": outcome.value, "outcome_reason": outcome_reason, "notes": notes,
        "minutes_late": late}
    if reason is not None and reason.strip():
        fields["reason"] = reason.strip()
    with ctx.store.transaction():
        ctx.store.update_touch(touch_id, fields)
        stall_id = touch.stall_id
        if stall_id is None:
            pass
        elif outcome.stops_plan:
            end_plan(ctx, int(stall_id), f"stopped by {outcome.value}", now,
                     heard_on=touch_id)
        elif touch.attempt is None and touch.step_key != "nurture":
            added = _start_gone_dark(ctx, touch, now)
        if outcome is CallOutcome.APPOINTMENT and appointment_utc is not None:
            added.append(_add_appointment(ctx, touch, appointment_utc, now))
    ctx.changes.emit(TOUCHES, STALLS)
    return added


def _add_appointment(
    ctx: AppContext, touch: TouchRecord, when: datetime, now: datetime
) -> int:
    prospect = ctx.store.get_prospect(touch.prospect_id)
    assert prospect is not None
    from ..domain.localtime import format_local

    return ctx.store.insert_touches([{
        "prospect_id": touch.prospect_id, "stall_id": touch.stall_id,
        "step_key": "appointment", "title": "Appointment", "channel": Channel.CALL.value,
        "reason": f"Booked on the call of {format_local(now, prospect.timezone, '%d %b')}",
        "due_utc": db_time(when), "original_due_utc": db_time(when),
        "status": TouchStatus.PENDING.value, "created_utc": db_time(now),
    }])[0]


def _start_gone_dark(ctx: AppContext, touch: TouchRecord, now: datetime) -> list[int]:
    """The gone-dark steps after a missed callback or appointment, on the same stall (which
    is live again), inside the prospect's cap."""
    assert touch.stall_id is not None  # gone dark follows a planned call
    stall_id = touch.stall_id
    prospect_id = touch.prospect_id
    prospect = ctx.store.get_prospect(prospect_id)
    assert prospect is not None
    tz = prospect.timezone
    playbook = playbook_for(StallKind.GONE_DARK, ctx.store.load_playbooks())
    plan = plan_touches(playbook, logged_utc=now, tz_name=tz, slot_utc=None,
                        quality=SlotQuality.NONE, country=prospect_country(ctx, prospect_id, tz))
    plan = cap_chasing_calls(plan, chasing_call_times(ctx, prospect_id))
    from ..store.plans import reopen_stall

    reopen_stall(ctx.store, stall_id)
    return insert_planned(ctx, prospect_id, stall_id, plan, now)
