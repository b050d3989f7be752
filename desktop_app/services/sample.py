"""The sample book: realistic prospects whose plans are laid by the real engine."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from typing import Any

from ..domain.events import EventDraft, EventKind
from ..domain.localtime import utc_to_local
from ..domain.model import SlotQuality, StallKind
from ..resources import resource
from ..scheduling.clock import MovableClock
from ..store.store import parse_db_time
from .context import PROFILE, PROSPECTS, STALLS, TOUCHES, AppContext
from .profile import add_event
from .prospects import create_prospect
from .sample_history import write_sample_history
from .stalls import StallRequest, log_stall


def load_sample_book() -> list[dict[str, Any]]:
    data = json.loads(resource("sample", "book.json").read_text(encoding="utf-8"))
    return list(data["prospects"])


def write_sample_book(ctx: AppContext) -> int:
    """Write the sample prospects, their profiles and stalls. Returns how many prospects.

    Each stall is logged as if on its own day in the past, so today's queue shows a mix of
    day-0, day-14 and callback touches; earlier touches are marked done where the book says.
    """
    now = ctx.now()
    past = MovableClock(now)
    past_ctx = AppContext(ctx.store, past, ctx.changes)
    book = load_sample_book()
    created: list[tuple[int, str]] = []
    stalls: list[tuple[int, str, dict[str, Any], datetime]] = []
    with ctx.store.transaction():
        for index, entry in enumerate(book):
            stall = entry.get("stall", {})
            days_ago = stall.get("days_ago", 0)
            # Today's stalls were logged within the last hour; older ones earlier in the day.
            back = timedelta(minutes=5 + 7 * index) if days_ago == 0 else timedelta(
                days=days_ago, hours=2, minutes=23 * index)
            past.set(now - back)
            fields = {k: v for k, v in entry.items() if isinstance(v, str)}
            prospect_id = create_prospect(past_ctx, fields)
            created.append((prospect_id, fields["timezone"]))
            if "profile" in entry:
                ctx.store.update_profile(prospect_id, entry["profile"], past())
            for event in entry.get("events", []):
                event_day = (utc_to_local(now, fields["timezone"])
                             + timedelta(days=event["in_days"])).date()
                # through the service, so each dated event gets its value touch
                add_event(ctx, prospect_id,
                          EventDraft(EventKind.parse(event["kind"]), event_day, event["note"]))
            if stall:
                stalls.append((prospect_id, fields["timezone"], stall, past()))
        # finished stalls from the weeks before, so the report has figures to show; written
        # first, as a new stall ends the plan before it (one live plan per prospect)
        write_sample_history(ctx, created)
        for prospect_id, tz, stall, logged in stalls:
            past.set(logged)
            _log_sample_stall(past_ctx, prospect_id, tz, stall, now)
    ctx.changes.emit(PROSPECTS, STALLS, TOUCHES, PROFILE)
    return len(book)


def _log_sample_stall(
    ctx: AppContext, prospect_id: int, tz: str, stall: dict[str, Any], now: datetime
) -> None:
    kind = StallKind(stall["kind"])
    quality = SlotQuality(stall.get("quality", "booked"))
    slot_local = None
    local_now = utc_to_local(now, tz).replace(tzinfo=None)
    if "slot_in_hours" in stall:
        slot_local = (local_now + timedelta(hours=stall["slot_in_hours"])).replace(
            minute=0, second=0, microsecond=0)
    elif "slot_in_days" in stall:
        hour, minute = (int(x) for x in stall["slot_time"].split(":"))
        slot_local = datetime.combine(local_now.date() + timedelta(days=stall["slot_in_days"]),
                                      time(hour, minute))
    if kind is not StallKind.GONE_DARK and quality is SlotQuality.BOOKED and slot_local is None:
        quality = SlotQuality.VAGUE
    stall_id = log_stall(ctx, StallRequest(prospect_id, kind, stall.get("words", ""),
                                           slot_local, quality))
    if stall.get("done_before_today"):
        start_of_today = local_now.replace(hour=0, minute=0, second=0, microsecond=0)
        for touch in ctx.store.pending_touches_for_stall(stall_id):
            due_local = utc_to_local(parse_db_time(touch["due_utc"]), tz).replace(tzinfo=None)
            if due_local < start_of_today:
                outcome = "no_answer" if touch["channel"] == "call" else "done"
                ctx.store.update_touch(touch["id"], {
                    "status": "done", "outcome": outcome, "done_utc": touch["due_utc"]})
