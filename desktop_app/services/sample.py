"""The sample book: realistic prospects whose plans are laid by the real engine."""

from __future__ import annotations

import json
from datetime import datetime, time, timedelta
from typing import Any

from ..domain.events import EventDraft, EventKind
from ..domain.i18n import tr
from ..domain.localtime import utc_to_local
from ..domain.model import SlotQuality, StallKind
from ..resources import resource
from ..scheduling.clock import MovableClock
from ..store import profile_queries as q
from ..store.store import db_time
from .context import PROFILE, PROSPECTS, STALLS, TOUCHES, AppContext, ValidationError
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
        known = sample_prospect_ids(ctx)
        ctx.store.set_setting(SAMPLE_IDS_KEY, json.dumps(
            sorted({*known, *(pid for pid, _tz in created)})))
    ctx.changes.emit(PROSPECTS, STALLS, TOUCHES, PROFILE)
    return len(book)


SAMPLE_IDS_KEY = "sample.prospect_ids"


def sample_prospect_ids(ctx: AppContext) -> list[int]:
    """The sample prospects still in the book (trashed ones too), by the ids written down
    when the sample was made; a book from before that is matched on the sample's emails."""
    stored = ctx.store.get_setting(SAMPLE_IDS_KEY)
    if stored is not None:
        try:
            ids = [int(i) for i in json.loads(stored)]
        except (ValueError, TypeError):
            ids = []
        if not ids:
            return []
        return q.existing_prospect_ids(ctx.store, ids)
    book = load_sample_book()
    found = []
    for entry in book:
        prospect_id = q.prospect_id_by_name_and_email(
            ctx.store, entry.get("first_name", ""), entry.get("last_name", ""),
            entry.get("email", ""))
        if prospect_id is not None and entry.get("email"):
            found.append(prospect_id)
    return sorted(found)


def remove_sample_book(ctx: AppContext) -> int:
    """Delete the sample prospects with their profiles, events, stalls, touches and emails,
    in one transaction (so the report counts none of them again). Returns how many."""
    ids = sample_prospect_ids(ctx)
    if not ids:
        ctx.store.set_setting(SAMPLE_IDS_KEY, "[]")
        return 0
    with ctx.store.transaction():
        if not q.delete_prospects_for_good(ctx.store, ids):
            raise ValidationError(tr("An email to a sample prospect is being sent right now. "
                                     "Try again in a moment."))
        ctx.store.set_setting(SAMPLE_IDS_KEY, "[]")
    from .outbox import OUTBOX

    ctx.changes.emit(PROSPECTS, STALLS, TOUCHES, PROFILE, OUTBOX)
    return len(ids)


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
            due_local = utc_to_local(touch.due_utc, tz).replace(tzinfo=None)
            if due_local < start_of_today:
                outcome = "no_answer" if touch.channel == "call" else "done"
                ctx.store.update_touch(touch.id, {
                    "status": "done", "outcome": outcome, "done_utc": db_time(touch.due_utc)})
