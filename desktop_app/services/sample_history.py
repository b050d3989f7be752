"""Earlier, finished stalls for the sample book, so its call-block report has something to say.

Each is logged 35 to 90 days back on a sample prospect, its touches done on their day, and
its call logged through the real ``record_call`` with a known outcome and lateness. Every
plan ends (a conversation, an appointment or "not interested"), so nothing from the past
is left in today's queue.
"""

from __future__ import annotations

from datetime import datetime, time, timedelta

from ..domain.localtime import utc_to_local
from ..domain.model import CallOutcome, Channel, DeclineReason, SlotQuality, StallKind
from ..scheduling.clock import MovableClock
from ..store.store import TouchRecord
from .context import AppContext
from .stalls import StallRequest, log_stall
from .touches import complete_touch, record_call

C, A, V, N, X = (CallOutcome.CONVERSATION, CallOutcome.APPOINTMENT, CallOutcome.VOICEMAIL,
                 CallOutcome.NO_ANSWER, CallOutcome.NOT_INTERESTED)
NC, TB, NI = DeclineReason  # not compelling, too busy, not interested

# (days ago, kind, booked?, [(outcome, minutes late, why not interested)...])
# A first call that does not connect is followed by the first gone-dark call.
Call = tuple[CallOutcome, int, DeclineReason | None]
HISTORY: tuple[tuple[int, StallKind, bool, tuple[Call, ...]], ...] = (
    (88, StallKind.NEXT_MONTH, True, ((A, 0, None),)),
    (86, StallKind.NEXT_WEEK, True, ((C, 2, None),)),
    (84, StallKind.LATER, True, ((C, 0, None),)),
    (81, StallKind.NEXT_MONTH, False, ((N, 14, None), (C, 0, None))),
    (79, StallKind.NEXT_WEEK, True, ((X, 0, NC),)),
    (77, StallKind.TOO_BUSY, False, ((V, 9, None), (X, 0, TB))),
    (75, StallKind.NEXT_MONTH, True, ((C, 1, None),)),
    (72, StallKind.GONE_DARK, False, ((C, 0, None),)),
    (70, StallKind.NEXT_WEEK, False, ((N, 25, None), (A, 0, None))),
    (67, StallKind.LATER, False, ((V, 7, None), (X, 0, NI))),
    (65, StallKind.NEXT_MONTH, True, ((A, 4, None),)),
    (62, StallKind.NEXT_WEEK, True, ((C, 0, None),)),
    (60, StallKind.NOT_READY, True, ((V, 3, None), (C, 0, None))),
    (57, StallKind.NEXT_MONTH, False, ((X, 18, NC),)),
    (54, StallKind.LATER, True, ((A, 0, None),)),
    (51, StallKind.NEXT_WEEK, True, ((N, 6, None), (X, 0, TB))),
    (48, StallKind.NEXT_MONTH, True, ((C, 0, None),)),
    (45, StallKind.GONE_DARK, False, ((X, 0, NC),)),
    (43, StallKind.NEXT_WEEK, False, ((C, 11, None),)),
    (41, StallKind.LATER, True, ((C, 1, None),)),
    (39, StallKind.NEXT_MONTH, True, ((V, 0, None), (A, 0, None))),
    (37, StallKind.NEXT_WEEK, True, ((A, 0, None),)),
)
SLOT_TIMES = (time(10, 0), time(14, 30), time(11, 15), time(9, 30))


def write_sample_history(ctx: AppContext, prospects: list[tuple[int, str]]) -> int:
    """Finished stalls for the given (prospect id, zone) pairs; returns how many."""
    if not prospects:
        return 0
    now = ctx.now()
    clock = MovableClock(now)
    past = AppContext(ctx.store, clock, ctx.changes)
    for index, (days_ago, kind, booked, calls) in enumerate(HISTORY):
        prospect_id, tz = prospects[index % len(prospects)]
        clock.set(now - timedelta(days=days_ago, hours=3 + index % 4))
        slot_local = None
        if booked and kind is not StallKind.GONE_DARK:
            local = utc_to_local(clock(), tz).replace(tzinfo=None)
            day = local.date() + timedelta(days={
                StallKind.NEXT_MONTH: 30, StallKind.NOT_READY: 28, StallKind.NEXT_WEEK: 7,
                StallKind.TOO_BUSY: 2}.get(kind, 0))
            if kind is StallKind.LATER:
                slot_local = (local + timedelta(hours=3)).replace(minute=0, second=0,
                                                                  microsecond=0)
            else:
                while day.weekday() >= 5:
                    day += timedelta(days=1)
                slot_local = datetime.combine(day, SLOT_TIMES[index % len(SLOT_TIMES)])
        quality = SlotQuality.BOOKED if slot_local else SlotQuality.VAGUE
        stall_id = log_stall(past, StallRequest(prospect_id, kind, "", slot_local, quality))
        for outcome, late, why in calls:
            _work_until_next_call(past, clock, stall_id)
            call = _next_pending(past, stall_id, call=True)
            if call is None:
                break
            clock.set(call.due_utc + timedelta(minutes=late, seconds=30))
            record_call(past, call.id, outcome, outcome_reason=why)
    return len(HISTORY)


def _next_pending(ctx: AppContext, stall_id: int, *, call: bool) -> TouchRecord | None:
    for touch in ctx.store.pending_touches_for_stall(stall_id):
        if (touch.channel == Channel.CALL.value) == call:
            return touch
    return None


def _work_until_next_call(ctx: AppContext, clock: MovableClock, stall_id: int) -> None:
    """Mark the emails, notes and social touches due before the next call done, on time."""
    call = _next_pending(ctx, stall_id, call=True)
    if call is None:
        return
    for touch in ctx.store.pending_touches_for_stall(stall_id):
        if touch.channel != Channel.CALL.value and touch.due_utc < call.due_utc:
            clock.set(touch.due_utc + timedelta(minutes=5))
            complete_touch(ctx, touch.id)
