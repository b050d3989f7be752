"""Logging a stall: check the slot, lay out the playbook, store stall and touches at once.

One live plan per prospect: logging a stall, by any path, ends the plan the prospect had
(its pending touches are cancelled, an invite that went out gets a cancellation), and the
preview names what it replaces. Chasing calls are capped per prospect, not per stall.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from ..domain.i18n import tr
from ..domain.localtime import (
    SlotError,
    format_local,
    shift_local_days,
    utc_to_local,
    validate_slot,
)
from ..domain.model import Channel, SlotQuality, StallKind, StallPlan, TouchStatus
from ..domain.playbooks import (
    CAP_DAYS,
    MAX_DARK_CALLS,
    cap_chasing_calls,
    default_slot_local,
    over_cap,
    plan_touches,
    playbook_for,
    slot_from_local,
)
from ..domain.workdays import country_for_zone, is_working_day
from ..store.store import ProspectRecord, TouchRecord, db_time
from .context import PROSPECTS, STALLS, TOUCHES, AppContext, ValidationError
from .slots import INVITE_CANCEL, INVITE_STEPS, cancel_belongs, queue_invite_touch

REPLACED = "replaced by a new stall"


@dataclass(frozen=True, slots=True)
class StallRequest:
    prospect_id: int
    kind: StallKind
    words: str = ""
    slot_local: datetime | None = None  # naive wall time in the prospect's zone
    quality: SlotQuality = SlotQuality.BOOKED
    # The call this stall was heard on (the call panel's "New stall"): it stays pending so
    # its outcome can be logged, while the rest of the old plan ends.
    origin_touch_id: int | None = None


@dataclass(frozen=True, slots=True)
class LivePlan:
    """The plan a prospect has now: what a new stall would replace."""

    stall_ids: tuple[int, ...]
    logged_utc: datetime
    pending: int
    next_call_title: str
    next_call_utc: datetime | None
    timezone: str

    def describe(self) -> str:
        """"replaces the plan from 3 Nov: 4 touches, callback Mon 7 Dec 10:00"."""
        logged = format_local(self.logged_utc, self.timezone, "%d %b").lstrip("0")
        text = tr("replaces the plan from {day}: %n touch(es)", None, self.pending).format(
            day=logged)
        if self.next_call_utc is not None:
            day = int(format_local(self.next_call_utc, self.timezone, "%d"))
            when = format_local(self.next_call_utc, self.timezone, f"%a {day} %b %H:%M")
            text += f", {self.next_call_title} {when}"
        return text


@dataclass(frozen=True, slots=True)
class StallPreview:
    """A plan as the rep sees it before saving; ``log_stall`` saves exactly this plan.

    ``logged_utc`` is the one now it was computed from: the saved stall is logged then.
    """

    plan: StallPlan
    timezone: str
    slot_local: datetime | None
    playbook_name: str
    replaces: LivePlan | None = None
    logged_utc: datetime | None = None
    playbook_key: str = ""
    kind: StallKind | None = None
    quality: SlotQuality | None = None  # as asked for (a booked stall may come back vague)
    prospect_id: int | None = None
    origin_touch_id: int | None = None


def _prospect(ctx: AppContext, prospect_id: int) -> ProspectRecord:
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None or not prospect.live:
        raise ValidationError(tr("Pick a prospect first."), "prospect")
    return prospect


def _prospect_zone(ctx: AppContext, prospect_id: int) -> str:
    return _prospect(ctx, prospect_id).timezone


def prospect_country(ctx: AppContext, prospect_id: int | None, tz: str) -> str:
    """The country whose holidays the prospect's plan skips: set on the profile, else the
    country of their time zone."""
    if prospect_id is not None:
        prospect = ctx.store.get_prospect(prospect_id)
        if prospect is not None and prospect.country:
            return prospect.country
    return country_for_zone(tz)


def suggested_slot_local(ctx: AppContext, kind: StallKind, tz: str,
                         prospect_id: int | None = None) -> datetime | None:
    """The booked slot's starting value in the dialog: where the stall would land if left
    vague (about a month ahead for "next month", a week for "next week", a couple of
    hours for "later"), so a plan's value touch and reminder are not silently dropped."""
    return default_slot_local(kind, ctx.now(), tz, prospect_country(ctx, prospect_id, tz))


def _live_stall_ids(ctx: AppContext, prospect_id: int) -> list[int]:
    from ..store import plans  # lazily: the queue's first paint does not need it

    return plans.live_stall_ids(ctx.store, prospect_id, INVITE_CANCEL)


def live_plan(ctx: AppContext, prospect_id: int,
              keep_touch_id: int | None = None) -> LivePlan | None:
    """The prospect's live plan (the stalls still open or with touches pending), or None."""
    from ..store import plans

    stall_ids = _live_stall_ids(ctx, prospect_id)
    if not stall_ids:
        return None
    prospect = ctx.store.get_prospect(prospect_id)
    tz = prospect.timezone if prospect else ctx.rep_timezone
    touches = [t for t in plans.pending_plan_touches(ctx.store, stall_ids, INVITE_STEPS)
               if t.id != keep_touch_id]
    calls = [t for t in touches if t.channel is Channel.CALL]
    first = ctx.store.get_stall(stall_ids[-1])
    assert first is not None
    title = "next call"
    if calls and calls[0].step_key == "callback":
        title = "callback"
    elif calls and calls[0].step_key == "appointment":
        title = "appointment"
    return LivePlan(tuple(stall_ids), first.logged_utc, len(touches), title,
                    calls[0].due_utc if calls else None, tz)


def end_plan(ctx: AppContext, stall_id: int, reason: str, now: datetime,
             keep_touch_id: int | None = None, *, heard_on: int | None = None) -> int:
    """End one stall's plan: its pending touches are cancelled (but ``keep_touch_id``, and a
    cancellation still to send), the stall is closed, and an invite that went out for it
    gets a cancellation to send, when its slot is still ahead and the plan does not end on
    the agreed call itself (``heard_on``, else ``keep_touch_id``: the call the end was
    heard on; see ``slots.cancel_belongs``). Returns how many touches were cancelled."""
    from ..store import plans

    cancelled = plans.cancel_stall_touches(ctx.store, stall_id, reason, INVITE_CANCEL,
                                           keep_touch_id)
    ctx.store.close_stall(stall_id, reason, now)
    if cancel_belongs(ctx, stall_id, heard_on if heard_on is not None else keep_touch_id):
        queue_invite_touch(ctx, stall_id, INVITE_CANCEL, now)
    return cancelled


def end_live_plan(ctx: AppContext, prospect_id: int, reason: str, now: datetime,
                  keep_touch_id: int | None = None) -> int:
    """End every live plan of the prospect (see ``end_plan``); returns touches cancelled."""
    return sum(end_plan(ctx, stall_id, reason, now, keep_touch_id)
               for stall_id in _live_stall_ids(ctx, prospect_id))


def settle_live_plans(ctx: AppContext, now: datetime | None = None) -> int:
    """One live plan per prospect in a book written before the rule held (a backup restored,
    a book kept from an earlier version): for each prospect with more than one, the plans
    older than the newest stall end as replaced, as logging that stall would have ended
    them (an invite that went out gets its cancellation). Returns the plans ended."""
    now = now or ctx.now()
    from ..store import plans

    prospects = plans.prospects_with_several_live_stalls(ctx.store, INVITE_CANCEL)
    ended = 0
    with ctx.store.transaction():
        for prospect_id in prospects:
            *older, newest = _live_stall_ids(ctx, prospect_id)
            stall = ctx.store.get_stall(newest)
            keep = stall.origin_touch_id if stall else None  # the call it was heard on
            for stall_id in older:
                end_plan(ctx, stall_id, REPLACED, now, keep)
                ended += 1
    if ended:
        ctx.changes.emit(STALLS, TOUCHES)
    return ended


def chasing_call_times(ctx: AppContext, prospect_id: int, *,
                       include_pending: bool = True) -> list[datetime]:
    """When the prospect's chasing calls were made (or are planned): what the cap counts."""
    from ..store import plans

    return plans.chasing_call_times(ctx.store, prospect_id, include_pending)


def cap_refusal(ctx: AppContext, touch: TouchRecord, due_utc: datetime) -> str | None:
    """The persistence cap on a move the rep asks for (R, the call panel, a redo): the words
    refusing to put chasing call ``touch`` at ``due_utc`` when that would make more than 4
    chasing calls to the prospect in some 14 days, made or planned; None when it fits."""
    if touch.attempt is None:
        return None
    from ..store import plans

    others = [r.at for r in plans.chasing_calls(ctx.store, touch.prospect_id)
              if r.id != touch.id]
    if not over_cap([*others, due_utc]):
        return None
    return tr("That would make more than {calls} chasing calls to them in {days} days, "
              "counting the calls made and planned. Pick a later time, or log one of the "
              "other calls first.").format(calls=MAX_DARK_CALLS, days=CAP_DAYS)


def keep_cap(ctx: AppContext, prospect_id: int) -> int:
    """The persistence cap after an automatic move (a snooze, an out-of-office move, a zone
    correction): pending chasing calls that now break it move on, a working day at a time
    at the same time of their day, in their order, until at most 4 fall in any 14 days.
    Runs inside the caller's transaction; returns how many calls moved."""
    from ..store import plans

    rows = plans.chasing_calls(ctx.store, prospect_id)
    times = [r.at for r in rows]
    if not over_cap(times):
        return 0
    prospect = ctx.store.get_prospect(prospect_id)
    tz = prospect.timezone if prospect else ctx.rep_timezone
    country = prospect_country(ctx, prospect_id, tz)
    taken = {due for _id, due in plans.pending_dues(ctx.store, prospect_id)}
    kept = [t for r, t in zip(rows, times, strict=True) if not r.pending]
    moved = 0
    for row, due in zip(rows, times, strict=True):
        if not row.pending:
            continue
        start = due
        while over_cap([*kept, due]) or (due != start and db_time(due) in taken):
            due = shift_local_days(due, 1, tz)
            while not is_working_day(utc_to_local(due, tz).date(), country):
                due = shift_local_days(due, 1, tz)
        kept.append(due)
        if due != start:
            taken.discard(db_time(start))
            taken.add(db_time(due))
            ctx.store.update_touch(row.id, {"due_utc": db_time(due)})
            moved += 1
    return moved


def preview_plan(
    ctx: AppContext, kind: StallKind, tz: str, slot_local: datetime | None,
    quality: SlotQuality, *, prospect_id: int | None = None,
    origin_touch_id: int | None = None,
) -> StallPreview:
    """The touches a stall would create for a prospect in zone ``tz``; stores nothing.

    With ``prospect_id``, the preview also names the live plan the stall would replace,
    and keeps the chasing calls inside the prospect's cap.
    """
    now = ctx.now()
    asked_quality = quality
    playbook = playbook_for(kind, ctx.store.load_playbooks())
    country = prospect_country(ctx, prospect_id, tz)
    slot_utc: datetime | None
    if kind is StallKind.GONE_DARK:
        slot_utc, slot_local, quality = None, None, SlotQuality.NONE
    elif quality is SlotQuality.BOOKED:
        if slot_local is None:
            raise ValidationError(
                tr("Agree a date and a time with the prospect, or save the stall as vague."),
                "slot")
        try:
            slot_utc = validate_slot(slot_local, tz, now)
        except SlotError as exc:
            raise ValidationError(str(exc), "slot") from exc
    else:
        quality = SlotQuality.VAGUE
        slot_local = default_slot_local(kind, now, tz, country)
        slot_utc = slot_from_local(slot_local, tz)
    plan = plan_touches(playbook, logged_utc=now, tz_name=tz, slot_utc=slot_utc, quality=quality,
                        country=country)
    replaces = None
    if prospect_id is not None:
        # The plan it replaces is ended first, so only the calls already made count, and
        # the call this stall was heard on (the call panel's "New stall"): it stays pending
        # until its outcome is logged a moment later, but it was made now.
        made = chasing_call_times(ctx, prospect_id, include_pending=False)
        origin = ctx.store.get_touch(origin_touch_id) if origin_touch_id else None
        if origin is not None and origin.attempt is not None \
                and origin.status == TouchStatus.PENDING.value:
            made.append(now)
        plan = cap_chasing_calls(plan, made)
        replaces = live_plan(ctx, prospect_id, origin_touch_id)
    return StallPreview(plan, tz, slot_local, playbook.name, replaces, logged_utc=now,
                        playbook_key=playbook.key, kind=kind, quality=asked_quality,
                        prospect_id=prospect_id, origin_touch_id=origin_touch_id)


def preview_stall(ctx: AppContext, request: StallRequest) -> StallPreview:
    """The touches a stall would create, without storing anything."""
    tz = _prospect_zone(ctx, request.prospect_id)
    return preview_plan(ctx, request.kind, tz, request.slot_local, request.quality,
                        prospect_id=request.prospect_id,
                        origin_touch_id=request.origin_touch_id)


def _check_preview(ctx: AppContext, request: StallRequest, preview: StallPreview,
                   tz: str, prospect_id: int | None) -> None:
    """A preview passed in must be the one for this request, and still possible now."""
    booked = request.kind is not StallKind.GONE_DARK \
        and request.quality is SlotQuality.BOOKED
    fits = (preview.logged_utc is not None and preview.kind is request.kind
            and preview.timezone == tz and preview.prospect_id == prospect_id
            and preview.origin_touch_id == request.origin_touch_id)
    if fits and booked:
        asked = request.slot_local
        fits = preview.quality is SlotQuality.BOOKED and asked is not None \
            and preview.slot_local == asked and preview.slot_local.fold == asked.fold
    elif fits and request.kind is not StallKind.GONE_DARK:
        fits = preview.quality is not SlotQuality.BOOKED
    if not fits:
        raise ValueError("the preview given is not the one for this stall")
    if booked and preview.slot_local is not None:
        try:  # the dialog stayed open past the agreed time
            validate_slot(preview.slot_local, tz, ctx.now())
        except SlotError as exc:
            raise ValidationError(str(exc), "slot") from exc


def log_stall(ctx: AppContext, request: StallRequest,
              preview: StallPreview | None = None) -> int:
    """Store the stall and its touches in one transaction; returns the stall's id.

    The plan saved is ``preview``'s when given (the one the rep was shown), else one
    computed here; either way it is computed once, from one now, and the stall is logged
    at that now. The prospect's live plan ends first (see ``end_live_plan``): one live
    plan each.
    """
    tz = _prospect_zone(ctx, request.prospect_id)
    if preview is None:
        preview = preview_plan(ctx, request.kind, tz, request.slot_local, request.quality,
                               prospect_id=request.prospect_id,
                               origin_touch_id=request.origin_touch_id)
    else:
        _check_preview(ctx, request, preview, tz, request.prospect_id)
    return _save_stall(ctx, request, preview)


def _save_stall(ctx: AppContext, request: StallRequest, preview: StallPreview) -> int:
    assert preview.logged_utc is not None
    now = preview.logged_utc
    plan = preview.plan
    with ctx.store.transaction():
        end_live_plan(ctx, request.prospect_id, REPLACED, now, request.origin_touch_id)
        stall_id = ctx.store.insert_stall({
            "prospect_id": request.prospect_id,
            "kind": request.kind.value,
            "words": request.words.strip(),
            "logged_utc": db_time(now),
            "slot_utc": db_time(plan.slot_utc) if plan.slot_utc else None,
            "slot_tz": preview.timezone,
            "slot_quality": plan.slot_quality.value,
            "playbook_key": preview.playbook_key,
            "origin_touch_id": request.origin_touch_id,
        })
        insert_planned(ctx, request.prospect_id, stall_id, plan, now)
    ctx.changes.emit(STALLS, TOUCHES)
    return stall_id


def insert_planned(
    ctx: AppContext, prospect_id: int, stall_id: int | None, plan: StallPlan, now: datetime
) -> list[int]:
    """Store a plan's touches; one that would share a minute with another pending touch of
    the prospect moves on a minute at a time (two touches never share a minute). The agreed
    call keeps the agreed minute: a touch already there (a value touch before an event,
    say) steps aside instead."""
    from ..store import plans

    rows = plans.pending_dues(ctx.store, prospect_id)
    taken = {due for _id, due in rows}
    slot = db_time(plan.slot_utc) if plan.slot_utc is not None else None
    agreed = slot is not None and any(
        t.channel is Channel.CALL and db_time(t.due_utc) == slot for t in plan.touches)
    if agreed and plan.slot_utc is not None:
        for touch_id, touch_due in rows:
            if touch_due == slot:
                due = plan.slot_utc
                while db_time(due) in taken or due == plan.slot_utc or any(
                        db_time(t.due_utc) == db_time(due) for t in plan.touches):
                    due += timedelta(minutes=1)
                taken.add(db_time(due))
                ctx.store.update_touch(touch_id, {"due_utc": db_time(due)})
        taken.discard(slot)
    dues = []
    for t in plan.touches:
        due = t.due_utc
        while db_time(due) in taken:
            due += timedelta(minutes=1)
        taken.add(db_time(due))
        dues.append(due)
    return ctx.store.insert_touches(
        {
            "prospect_id": prospect_id,
            "stall_id": stall_id,
            "step_key": t.step_key,
            "title": t.title,
            "channel": t.channel.value,
            "reason": t.reason,
            "template": t.template,
            "optional": int(t.optional),
            "attempt": t.attempt,
            "due_utc": db_time(due),
            "original_due_utc": db_time(due),
            "status": TouchStatus.PENDING.value,
            "created_utc": db_time(now),
        }
        for t, due in zip(plan.touches, dues, strict=True)
    )


def log_stall_for_new_prospect(
    ctx: AppContext, fields: dict[str, Any], request: StallRequest,
    preview: StallPreview | None = None,
) -> tuple[int, int]:
    """Create the prospect and log its first stall together: both or neither are saved.

    ``preview`` is the plan the rep was shown (computed with no prospect yet: a new one has
    no plan to replace and no calls made); it is saved as it is."""
    from .prospects import clean_prospect_fields

    values = clean_prospect_fields(fields)
    if preview is None:
        preview = preview_plan(ctx, request.kind, values["timezone"], request.slot_local,
                               request.quality)
    else:
        _check_preview(ctx, request, preview, values["timezone"], None)
    with ctx.store.transaction():
        prospect_id = ctx.store.insert_prospect(values, ctx.now())
        stall_id = _save_stall(ctx, replace(request, prospect_id=prospect_id), preview)
    ctx.changes.emit(PROSPECTS)
    return prospect_id, stall_id
