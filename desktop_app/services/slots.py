"""The agreed slot belongs to the stall: its call, its reminders and every email and invite
that name it follow it, and the prospect hears of every change to an invite they have.

- ``move_slot`` moves the stall's slot and every pending touch anchored to it (the call and
  its reminders), and rewrites the reasons that name the slot.
- Once an invite has gone out for a stall, a moved slot queues an updated invite (same UID,
  a higher SEQUENCE, METHOD:REQUEST) and a plan that ends queues a METHOD:CANCEL: each is an
  email touch due at once, so it sits at the top of Today, one click to send. The rep may
  skip the cancel.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from ..domain.builtin_words import INVITE_CANCELLED, INVITE_MOVED
from ..domain.localtime import format_local, local_to_utc, shift_local_days, utc_to_local
from ..domain.model import Channel, PlaybookStep, TouchStatus
from ..store.store import Store, TouchRecord, db_time
from .context import AppContext

INVITE_UPDATE = "invite_update"
INVITE_CANCEL = "invite_cancel"
INVITE_STEPS = (INVITE_UPDATE, INVITE_CANCEL)


def invite_sent(store: Store, stall_id: int) -> bool:
    """Whether an invite for this stall's slot is out (or on its way) to the prospect."""
    from ..store import plans  # lazily: not needed for the first paint

    return plans.invite_sent(store, stall_id, INVITE_CANCEL)


def invite_left(store: Store, stall_id: int) -> bool:
    """Whether an invite for this stall has left for the prospect (handed to the server, or
    maybe): one still waiting in the Outbox follows the slot instead (``outbox.follow_slot``)
    and needs no update of its own."""
    from ..store import plans

    return plans.invite_left(store, stall_id, INVITE_CANCEL)


def invite_sequence(store: Store, stall_id: int, touch_id: int | None = None) -> int:
    """The SEQUENCE of the stall's invite: one more for each update queued (up to
    ``touch_id``, when given: an update keeps the number it was queued with)."""
    from ..store import plans

    return plans.step_count(store, stall_id, INVITE_UPDATE, touch_id)


def _steps(ctx: AppContext, playbook_key: str) -> dict[str, PlaybookStep]:
    for playbook in ctx.store.load_playbooks():
        if playbook.key == playbook_key:
            return {s.key: s for s in playbook.steps}
    return {}


def follows_slot(ctx: AppContext, touch: TouchRecord) -> bool:
    """Whether this touch is timed from its stall's agreed slot (the call, its reminders)."""
    if touch.stall_id is None:
        return False
    stall = ctx.store.get_stall(touch.stall_id)
    if stall is None or not stall.slot_utc:
        return False
    step = _steps(ctx, stall.playbook_key).get(touch.step_key)
    return step is not None and step.anchor == "slot"


def is_slot_call(ctx: AppContext, touch: TouchRecord) -> bool:
    """Whether this touch is the agreed call itself (a call anchored on the slot, at it)."""
    if touch.stall_id is None or touch.channel != Channel.CALL.value:
        return False
    stall = ctx.store.get_stall(touch.stall_id)
    if stall is None or not stall.slot_utc:
        return False
    step = _steps(ctx, stall.playbook_key).get(touch.step_key)
    return (step is not None and step.anchor == "slot" and not step.offset_days
            and not step.offset_minutes)


def cancel_belongs(ctx: AppContext, stall_id: int, heard_on: int | None) -> bool:
    """Whether a plan ending now should take its invite out of the prospect's calendar.

    Not when the plan ends on the agreed call itself (``heard_on``: the call being logged,
    early or late): they are on the phone, and "the call is no longer needed" would follow
    them hanging up. A slot already come is left alone by ``queue_invite_touch``.
    """
    if heard_on is None:
        return True
    call = ctx.store.get_touch(heard_on)
    return call is None or call.stall_id != stall_id or not is_slot_call(ctx, call)


def slot_text(slot_utc: datetime, tz: str) -> str:
    return format_local(slot_utc, tz)


def queue_invite_touch(ctx: AppContext, stall_id: int, kind: str, now: datetime) -> int | None:
    """Queue an updated invite (``INVITE_UPDATE``) or a cancellation (``INVITE_CANCEL``)
    for the stall, when an invite went out; returns the new touch's id, else None.

    A newer update replaces one still waiting; a plan is cancelled once, and only while its
    slot is still ahead (see ``cancel_belongs``).
    """
    from ..store import plans

    stall = ctx.store.get_stall(stall_id)
    if stall is None or not stall.slot_utc or not invite_sent(ctx.store, stall_id):
        return None
    if kind == INVITE_CANCEL and stall.slot_utc <= now:
        return None  # the slot has come: nothing is left in their calendar to take out
    if kind == INVITE_CANCEL and plans.has_step(ctx.store, stall_id, INVITE_CANCEL,
                                                ("pending", "done", "skipped")):
        # sent, waiting, or skipped by the rep: a plan is cancelled (or not) once
        return None
    if kind == INVITE_UPDATE and not invite_left(ctx.store, stall_id):
        return None  # nothing has reached them yet: what waits carries the new time
    # an update not yet sent is replaced, not sent as well (deleted, not discarded: it
    # never left, and undo puts back a row that is absent)
    plans.delete_unsent_step_messages(ctx.store, stall_id, INVITE_UPDATE)
    plans.cancel_pending_stall_step(
        ctx.store, stall_id, INVITE_UPDATE,
        "replaced by a newer invite" if kind == INVITE_UPDATE else "the plan ended")
    tz = stall.slot_tz
    when = slot_text(stall.slot_utc, tz)
    if kind == INVITE_UPDATE:
        title, reason, optional = ("Updated invite", INVITE_MOVED.format(slot=when), False)
    else:
        title, reason, optional = ("Cancel the invite", INVITE_CANCELLED.format(slot=when), True)
    due = now.replace(second=0, microsecond=0)
    taken = {due for _id, due in plans.pending_dues(ctx.store, stall.prospect_id)}
    while db_time(due) in taken:  # two touches of one prospect never share a minute
        due += timedelta(minutes=1)
    return ctx.store.insert_touches([{
        "prospect_id": stall.prospect_id, "stall_id": stall_id, "step_key": kind,
        "title": title, "channel": Channel.EMAIL.value, "reason": reason, "template": kind,
        "optional": int(optional), "due_utc": db_time(due), "original_due_utc": db_time(due),
        "status": TouchStatus.PENDING.value, "created_utc": db_time(now),
    }])[0]


def move_slot(ctx: AppContext, stall_id: int, slot_utc: datetime, now: datetime, *,
              timezone: str | None = None) -> list[int]:
    """Move the stall's agreed slot (and, with ``timezone``, the zone it is agreed in).

    Every pending touch anchored on the slot follows it (the call, its reminders); a
    reminder that would now fall before ``now`` is cancelled, not backdated (the call itself
    never is; a corrected zone cancels nothing, see ``zone_moves``), and a later-day step that
    would now come after the call (the value touch of a call brought forward) is cancelled.
    Reasons that name the slot are rewritten. An invite already out gets an updated-invite
    touch. Messages still waiting in the Outbox carry the new time (``outbox.follow_slot``).
    Returns the ids of the touches that moved. Runs inside the caller's transaction.
    """
    from ..store import plans
    from .outbox import follow_slot, waiting_for_slot

    stall = ctx.store.get_stall(stall_id)
    if stall is None:
        return []
    waiting = waiting_for_slot(ctx, stall_id)  # read before the move: edited by hand?
    tz = timezone or stall.slot_tz
    # A corrected zone keeps every wall time, so nothing changes order and nothing is
    # dropped: each touch lands where the profile said it would before saving.
    correcting = timezone is not None and timezone != stall.slot_tz
    old_slot = stall.slot_utc if stall.slot_utc else None
    steps = _steps(ctx, stall.playbook_key)
    when = slot_text(slot_utc, tz)
    moved: list[int] = []
    for touch in ctx.store.pending_touches_for_stall(stall_id):
        step = steps.get(touch.step_key)
        if step is None:
            continue
        fields: dict[str, Any] = {}
        if "{slot}" in step.reason:
            fields["reason"] = step.reason.format(slot=when)
        the_call = step.anchor == "slot" and step.channel is Channel.CALL \
            and not step.offset_days and not step.offset_minutes
        if step.anchor == "slot":
            due = shift_local_days(slot_utc, step.offset_days, tz) if step.offset_days \
                else slot_utc
            due += timedelta(minutes=step.offset_minutes)
            if due < now and not the_call and not correcting:
                fields.update(status=TouchStatus.CANCELLED.value,
                              outcome_reason="no time left before the moved call")
            else:
                fields.update(due_utc=db_time(due), original_due_utc=db_time(due))
                moved.append(touch.id)
        elif not correcting and step.offset_days > 0 \
                and touch.due_utc >= slot_utc:
            # the call comes first now, and its outcome decides what follows
            fields.update(status=TouchStatus.CANCELLED.value,
                          outcome_reason="it would come after the moved call")
        if fields:
            ctx.store.update_touch(touch.id, fields)
    plans.set_stall_slot(ctx.store, stall_id, slot_utc, tz)
    if old_slot != slot_utc and stall.slot_quality == "booked":
        queue_invite_touch(ctx, stall_id, INVITE_UPDATE, now)
    follow_slot(ctx, waiting, when)
    return moved


# -- a corrected time zone ------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class ZoneMove:
    """One planned touch (or the agreed slot) that a zone correction moves."""

    touch_id: int | None  # None: the stall's slot itself
    title: str
    before_utc: datetime
    after_utc: datetime
    wall: datetime  # the wall time kept, naive


def same_wall_time(utc: datetime, old_tz: str, new_tz: str) -> datetime:
    """The instant that reads the same on the wall in ``new_tz`` as ``utc`` did in ``old_tz``."""
    return local_to_utc(utc_to_local(utc, old_tz).replace(tzinfo=None), new_tz)


def zone_moves(ctx: AppContext, prospect_id: int, old_tz: str, new_tz: str) -> list[ZoneMove]:
    """What correcting the prospect's zone from ``old_tz`` to ``new_tz`` moves: every
    touch still ahead keeps its wall time (10:00 their time stays 10:00), in time order, and
    so do the agreed call and its reminders when already due (they follow the corrected
    slot; nothing is cancelled). Other touches already due stay due, and an invite to send
    stays at once."""
    from ..store import plans

    if old_tz == new_tz:
        return []
    moves = []
    now = ctx.now()
    for touch in plans.pending_touch_rows(ctx.store, prospect_id, INVITE_STEPS):
        before = touch.due_utc
        if before <= now and not follows_slot(ctx, touch):
            continue
        after = same_wall_time(before, old_tz, new_tz)
        if after != before:
            moves.append(ZoneMove(touch.id, touch.title, before, after,
                                  utc_to_local(before, old_tz).replace(tzinfo=None)))
    return moves


def apply_zone_change(ctx: AppContext, prospect_id: int, old_tz: str, new_tz: str,
                      now: datetime) -> list[ZoneMove]:
    """Keep the agreed wall times when the prospect's zone is corrected. Runs inside the
    caller's transaction; returns what moved."""
    if old_tz == new_tz:
        return []
    moves = zone_moves(ctx, prospect_id, old_tz, new_tz)
    stalls = [s for s in ctx.store.stalls_for(prospect_id)
              if s.slot_utc and (s.open
                                    or ctx.store.pending_touches_for_stall(s.id))]
    stall_touches = set()
    for stall in stalls:
        slot = stall.slot_utc
        assert slot is not None  # only stalls with a slot were kept
        stall_tz = stall.slot_tz or old_tz
        new_slot = same_wall_time(slot, stall_tz, new_tz)
        stall_touches.update(move_slot(ctx, stall.id, new_slot, now, timezone=new_tz))
    for move in moves:
        if move.touch_id in stall_touches:
            continue
        touch = ctx.store.get_touch(int(move.touch_id or 0))
        if touch is None or touch.status != TouchStatus.PENDING.value:
            continue
        fields = {"due_utc": db_time(move.after_utc)}
        if touch.original_due_utc == touch.due_utc:
            fields["original_due_utc"] = db_time(move.after_utc)
        ctx.store.update_touch(int(move.touch_id or 0), fields)
    from .stalls import keep_cap

    keep_cap(ctx, prospect_id)
    return moves
