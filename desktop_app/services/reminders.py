"""Call pop-ups: what the scheduler needs from the book, what has fired, pauses, settings."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, time, timedelta

from ..domain.i18n import tr
from ..scheduling.popups import (
    MISSED_LOOKBACK,
    PendingCall,
    Popup,
    PopupInputs,
    WorkingHours,
)
from ..store import calls
from ..store.calls import CallRow
from ..store.store import db_time, parse_db_time
from .context import SETTINGS, AppContext, ValidationError

LEAD_KEY = "popups.lead_minutes"
HOLD_KEY = "popups.hold_outside_hours"
WORK_START_KEY = "popups.work_start"
WORK_END_KEY = "popups.work_end"
WORK_DAYS_KEY = "popups.work_days"
PAUSED_KEY = "popups.paused_until"

MAX_LEAD_MINUTES = 60


@dataclass(frozen=True, slots=True)
class PopupSettings:
    lead_minutes: int = 0
    hold_outside_hours: bool = False
    work_start: time = time(8, 0)
    work_end: time = time(18, 0)
    work_days: frozenset[int] = frozenset(range(5))


def _parse_time(text: str | None, default: time) -> time:
    try:
        return time.fromisoformat(text) if text else default
    except ValueError:
        return default


def popup_settings(ctx: AppContext) -> PopupSettings:
    get = ctx.store.get_setting
    try:
        lead = int(get(LEAD_KEY) or 0)
    except ValueError:
        lead = 0
    days_text = get(WORK_DAYS_KEY)
    days = (frozenset(int(d) for d in days_text.split(",") if d.strip().isdigit())
            if days_text is not None else frozenset(range(5)))
    return PopupSettings(
        lead_minutes=max(0, min(lead, MAX_LEAD_MINUTES)),
        hold_outside_hours=get(HOLD_KEY) == "1",
        work_start=_parse_time(get(WORK_START_KEY), time(8, 0)),
        work_end=_parse_time(get(WORK_END_KEY), time(18, 0)),
        work_days=frozenset(d for d in days if 0 <= d <= 6),
    )


def save_popup_settings(ctx: AppContext, settings: PopupSettings) -> None:
    if not 0 <= settings.lead_minutes <= MAX_LEAD_MINUTES:
        raise ValidationError(tr("Pop up between 0 and {minutes} minutes before a call.").format(
            minutes=MAX_LEAD_MINUTES), "lead_minutes")
    if settings.hold_outside_hours:
        if settings.work_start >= settings.work_end:
            raise ValidationError(tr("The working day has to end after it starts."), "work_end")
        if not settings.work_days:
            raise ValidationError(tr("Pick at least one working day."), "work_days")
    with ctx.store.transaction():
        ctx.store.set_setting(LEAD_KEY, str(settings.lead_minutes))
        ctx.store.set_setting(HOLD_KEY, "1" if settings.hold_outside_hours else "0")
        ctx.store.set_setting(WORK_START_KEY, settings.work_start.strftime("%H:%M"))
        ctx.store.set_setting(WORK_END_KEY, settings.work_end.strftime("%H:%M"))
        ctx.store.set_setting(WORK_DAYS_KEY, ",".join(str(d) for d in sorted(settings.work_days)))
    ctx.changes.emit(SETTINGS)


def paused_until(ctx: AppContext) -> datetime | None:
    text = ctx.store.get_setting(PAUSED_KEY)
    if not text:
        return None
    until = parse_db_time(text)
    return until if until > ctx.now() else None


def pause_popups(ctx: AppContext, minutes: int = 60) -> datetime:
    """Hold pop-ups for a while; the ones that come due meanwhile show together after."""
    if minutes <= 0:
        raise ValidationError(tr("Pause for at least one minute."))
    until = ctx.now() + timedelta(minutes=minutes)
    ctx.store.set_setting(PAUSED_KEY, db_time(until))
    ctx.changes.emit(SETTINGS)
    return until


def resume_popups(ctx: AppContext) -> None:
    ctx.store.set_setting(PAUSED_KEY, None)
    ctx.changes.emit(SETTINGS)


# How many calls past the ones due now the pop-up planner reads: it needs only the next
# one, and a few more in case the clock went back past calls that already popped up.
CALLS_AHEAD = 20


def _call(row: CallRow) -> PendingCall:
    return PendingCall(touch_id=row.touch_id, due_utc=row.due_utc, prospect=row.prospect,
                       company=row.company, reason=row.reason, timezone=row.timezone,
                       agreed_utc=row.agreed_utc, snoozed=row.snoozed)


def pending_calls(ctx: AppContext, since: datetime | None = None, *,
                  until: datetime | None = None, limit: int = -1) -> list[PendingCall]:
    """Pending call touches due from ``since`` (default: the missed-pop-up look-back) up to
    ``until`` (default: no end), soonest first, at most ``limit`` of them (-1: all)."""
    since = since or ctx.now() - MISSED_LOOKBACK
    return [_call(r) for r in calls.calls_between(ctx.store, since, until, limit)]


def popup_calls(ctx: AppContext, lead: timedelta) -> list[PendingCall]:
    """What the pop-up planner needs, in one bounded query however big the book: every call
    that could pop up by now (back to the missed look-back), and the next few after."""
    now = ctx.now()
    return [_call(r) for r in calls.calls_due_and_next(
        ctx.store, now - MISSED_LOOKBACK - lead, now + lead, CALLS_AHEAD)]


def fired_keys(ctx: AppContext) -> frozenset[str]:
    """Pop-ups already shown for touches that are still pending."""
    return calls.fired_keys(ctx.store)


def popup_inputs(ctx: AppContext) -> PopupInputs:
    settings = popup_settings(ctx)
    hours = None
    if settings.hold_outside_hours:
        hours = WorkingHours(settings.work_start, settings.work_end, settings.work_days,
                             ctx.rep_timezone)
    lead = timedelta(minutes=settings.lead_minutes)
    return PopupInputs(
        calls=tuple(popup_calls(ctx, lead)),
        fired=fired_keys(ctx),
        lead=lead,
        working_hours=hours,
        paused_until=paused_until(ctx),
    )


def mark_fired(ctx: AppContext, popups: Iterable[Popup]) -> None:
    """Remember pop-ups shown, so a restart does not show them again."""
    calls.mark_fired(ctx.store, [(p.key, p.call.touch_id) for p in popups], ctx.now())
