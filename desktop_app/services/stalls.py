"""Logging a stall: check the slot, lay out the playbook, store stall and touches at once."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any

from ..domain.localtime import SlotError, validate_slot
from ..domain.model import SlotQuality, StallKind, StallPlan, TouchStatus
from ..domain.playbooks import default_slot_local, plan_touches, playbook_for, slot_from_local
from ..store.store import db_time
from .context import PROSPECTS, STALLS, TOUCHES, AppContext, ValidationError


@dataclass(frozen=True, slots=True)
class StallRequest:
    prospect_id: int
    kind: StallKind
    words: str = ""
    slot_local: datetime | None = None  # naive wall time in the prospect's zone
    quality: SlotQuality = SlotQuality.BOOKED


@dataclass(frozen=True, slots=True)
class StallPreview:
    plan: StallPlan
    timezone: str
    slot_local: datetime | None
    playbook_name: str


def _prospect_zone(ctx: AppContext, prospect_id: int) -> str:
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None or prospect["deleted_utc"]:
        raise ValidationError("Pick a prospect first.", "prospect")
    return str(prospect["timezone"])


def preview_plan(
    ctx: AppContext, kind: StallKind, tz: str, slot_local: datetime | None,
    quality: SlotQuality,
) -> StallPreview:
    """The touches a stall would create for a prospect in zone ``tz``; stores nothing."""
    now = ctx.now()
    playbook = playbook_for(kind, ctx.store.load_playbooks())
    slot_utc: datetime | None
    if kind is StallKind.GONE_DARK:
        slot_utc, slot_local, quality = None, None, SlotQuality.NONE
    elif quality is SlotQuality.BOOKED:
        if slot_local is None:
            raise ValidationError(
                "Agree a date and a time with the prospect, or save the stall as vague.", "slot")
        try:
            slot_utc = validate_slot(slot_local, tz, now)
        except SlotError as exc:
            raise ValidationError(str(exc), "slot") from exc
    else:
        quality = SlotQuality.VAGUE
        slot_local = default_slot_local(kind, now, tz)
        slot_utc = slot_from_local(slot_local, tz)
    plan = plan_touches(playbook, logged_utc=now, tz_name=tz, slot_utc=slot_utc, quality=quality)
    return StallPreview(plan, tz, slot_local, playbook.name)


def preview_stall(ctx: AppContext, request: StallRequest) -> StallPreview:
    """The touches a stall would create, without storing anything."""
    tz = _prospect_zone(ctx, request.prospect_id)
    return preview_plan(ctx, request.kind, tz, request.slot_local, request.quality)


def log_stall(ctx: AppContext, request: StallRequest) -> int:
    """Store the stall and its touches in one transaction; returns the stall's id."""
    preview = preview_stall(ctx, request)
    now = ctx.now()
    plan = preview.plan
    playbook = playbook_for(request.kind, ctx.store.load_playbooks())
    with ctx.store.transaction():
        stall_id = ctx.store.insert_stall({
            "prospect_id": request.prospect_id,
            "kind": request.kind.value,
            "words": request.words.strip(),
            "logged_utc": db_time(now),
            "slot_utc": db_time(plan.slot_utc) if plan.slot_utc else None,
            "slot_tz": preview.timezone,
            "slot_quality": plan.slot_quality.value,
            "playbook_key": playbook.key,
        })
        insert_planned(ctx, request.prospect_id, stall_id, plan, now)
    ctx.changes.emit(STALLS, TOUCHES)
    return stall_id


def insert_planned(
    ctx: AppContext, prospect_id: int, stall_id: int | None, plan: StallPlan, now: datetime
) -> list[int]:
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
            "due_utc": db_time(t.due_utc),
            "original_due_utc": db_time(t.due_utc),
            "status": TouchStatus.PENDING.value,
            "created_utc": db_time(now),
        }
        for t in plan.touches
    )


def log_stall_for_new_prospect(
    ctx: AppContext, fields: dict[str, Any], request: StallRequest
) -> tuple[int, int]:
    """Create the prospect and log its first stall together: both or neither are saved."""
    from .prospects import clean_prospect_fields

    values = clean_prospect_fields(fields)
    preview_plan(ctx, request.kind, values["timezone"], request.slot_local, request.quality)
    with ctx.store.transaction():
        prospect_id = ctx.store.insert_prospect(values, ctx.now())
        stall_id = log_stall(ctx, replace(request, prospect_id=prospect_id))
    ctx.changes.emit(PROSPECTS)
    return prospect_id, stall_id
