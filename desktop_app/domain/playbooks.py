"""The built-in playbooks, and the engine that lays a stall's touches out in time.

The built-in playbooks are data: they are written into the database on first start and
read back from there, so the rep can edit them later. Their names, titles and reasons stay
English in the book; ``builtin_words`` (whose table lists every one of them) shows them in
the rep's language.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from .builtin_words import NO_SLOT, builtin_words
from .i18n import tr
from .localtime import (
    add_months,
    format_local,
    local_to_utc,
    shift_local_days,
    utc_to_local,
)
from .model import (
    Channel,
    PlannedTouch,
    Playbook,
    PlaybookStep,
    SlotQuality,
    StallKind,
    StallPlan,
)
from .workdays import country_for_zone, is_working_day, next_working_day, previous_working_day

CALL, EMAIL, POST, SOCIAL = Channel.CALL, Channel.EMAIL, Channel.POST, Channel.SOCIAL

NEXT_MONTH = Playbook(
    key="next_month",
    name="Call me next month",
    stall_kinds=(StallKind.NEXT_MONTH, StallKind.NOT_READY),
    description="A full month to fill: thank, post a note, prove value, remind, then call.",
    steps=(
        PlaybookStep("thank_you", "Thank-you email + invite", EMAIL, template="thank_you",
                     reason="Thank them and confirm the callback on {slot}"),
        PlaybookStep("note", "Handwritten note + card", POST,
                     reason="A tangible touch the same day: note and business card by post"),
        PlaybookStep("linkedin", "Connect on LinkedIn", SOCIAL, optional=True,
                     reason="Stay close in between: connect and follow their company"),
        PlaybookStep("value", "Value touch", EMAIL, offset_days=14, template="value_touch",
                     reason="Send proof of value: a sample, a case study or a testimonial"),
        PlaybookStep("reminder", "Reminder email", EMAIL, anchor="slot", offset_days=-1,
                     template="reminder", reason="Remind them of the call they agreed: {slot}"),
        PlaybookStep("callback", "Callback", CALL, anchor="slot",
                     reason="The agreed call: open with the value statement"),
    ),
)

NEXT_WEEK = Playbook(
    key="next_week",
    name="Call me next week",
    stall_kinds=(StallKind.NEXT_WEEK,),
    description="A short wait: confirm the slot in their calendar and call on the minute.",
    steps=(
        PlaybookStep("thank_you", "Thank-you email + invite", EMAIL, template="thank_you",
                     reason="Thank them and put {slot} in their calendar"),
        PlaybookStep("reminder", "Reminder email", EMAIL, anchor="slot", offset_minutes=-60,
                     template="reminder", reason="One hour to go: remind them of {slot}"),
        PlaybookStep("callback", "Callback", CALL, anchor="slot",
                     reason="The agreed call: open with the value statement"),
    ),
)

LATER = Playbook(
    key="later",
    name="Call me back later",
    stall_kinds=(StallKind.LATER, StallKind.TOO_BUSY),
    description="Same day: pin the slot, remind them just before, call on the minute.",
    steps=(
        PlaybookStep("ask_slot", "Ask for a firm time", EMAIL, condition="vague",
                     template="ask_for_slot",
                     reason="No time was agreed: ask them to pick one"),
        PlaybookStep("reminder", "Reminder email", EMAIL, anchor="slot", offset_minutes=-15,
                     condition="booked", template="reminder",
                     reason="Fifteen minutes to go: remind them of {slot}"),
        PlaybookStep("callback", "Callback", CALL, anchor="slot",
                     reason="The agreed call: open with the value statement"),
    ),
)

GONE_DARK = Playbook(
    key="gone_dark",
    name="Gone dark / no answer",
    stall_kinds=(StallKind.GONE_DARK,),
    description="Up to 4 calls over 14 days with emails between, then nurture next quarter.",
    steps=(
        PlaybookStep("dark_call_1", "Call attempt 1 of 4", CALL, offset_days=1,
                     reason="Leave a 20–40 s voicemail with a compelling reason", attempt=1),
        PlaybookStep("dark_email_1", "Follow-up email", EMAIL, offset_days=2,
                     template="gone_dark", reason="Give them a new reason to reply"),
        PlaybookStep("dark_call_2", "Call attempt 2 of 4", CALL, offset_days=4,
                     reason="Try another time of day; voicemail with a new reason", attempt=2),
        PlaybookStep("dark_email_2", "Follow-up email", EMAIL, offset_days=6,
                     template="gone_dark", reason="Share something useful they can act on"),
        PlaybookStep("dark_call_3", "Call attempt 3 of 4", CALL, offset_days=8,
                     reason="Voicemail: the problem they named and your answer to it",
                     attempt=3),
        PlaybookStep("dark_email_3", "Follow-up email", EMAIL, offset_days=11,
                     template="gone_dark", reason="Offer a better time and a clear next step"),
        PlaybookStep("dark_call_4", "Call attempt 4 of 4", CALL, offset_days=13,
                     reason="Last try: say you will check back next quarter", attempt=4),
        PlaybookStep("nurture", "Nurture call", CALL, offset_days=13 + 91,
                     template="nurture", reason="Call back next quarter with something new"),
    ),
)

BUILTIN_PLAYBOOKS: tuple[Playbook, ...] = (NEXT_MONTH, NEXT_WEEK, LATER, GONE_DARK)

WORKDAY_START = time(10, 0)
BUSINESS_HOURS = (time(8, 0), time(18, 0))
# Where a later-day step lands in the prospect's day: chasing calls alternate between the
# morning and the late afternoon (people who are out in the morning are in later), emails
# go late in the morning, the rest at the start of the working day.
CALL_MORNING = time(9, 30)
CALL_AFTERNOON = time(16, 0)
EMAIL_TIME = time(11, 30)
LATER_LAST_SLOT = time(17, 0)  # the latest same-day "call me back later" slot
MAX_DARK_CALLS = 4
CAP_DAYS = 14  # at most MAX_DARK_CALLS chasing calls in any CAP_DAYS days per prospect


def _zone_country(tz_name: str, country: str | None) -> str:
    return country_for_zone(tz_name) if country is None else country


def step_time(step: PlaybookStep) -> time:
    """The wall time (prospect's zone) at which a later-day step of a plan lands."""
    if step.channel is CALL:
        if step.attempt is None:
            return WORKDAY_START
        return CALL_MORNING if step.attempt % 2 else CALL_AFTERNOON
    if step.channel is EMAIL:
        return EMAIL_TIME
    return WORKDAY_START


def later_days(offsets: list[int], start: date, country: str, *,
               limit: int | None = None) -> list[tuple[date, int]]:
    """Where a run of later-day steps lands: (day, place in that day) for each offset.

    ``offsets`` are days after ``start``, in the run's order. Each step goes to its own
    working day, as near its offset as the steps before it allow: a weekend or a holiday
    pushes the rest of the run on instead of stacking two steps on one Monday. With
    ``limit`` (days after ``start``) the run stays inside it: a step is never put so late
    that the ones after it would not fit, and only when there are fewer working days than
    steps do two steps share a day (place 0 and 1; -1 for a day of its own).
    """
    if not offsets:
        return []
    end = start + timedelta(days=limit if limit is not None else offsets[-1] + 60)
    working = [start + timedelta(days=i) for i in range(1, (end - start).days + 1)]
    working = [d for d in working if is_working_day(d, country)]
    per_day = 1 if len(working) >= len(offsets) or limit is None else 2
    slots = [(d, place) for d in working for place in range(per_day)]
    if not slots:  # no working day at all inside the limit: the last day of it
        return [(end, 0) for _ in offsets]
    placed: list[int] = []
    for i, offset in enumerate(offsets):
        low = placed[-1] + 1 if placed else 0
        room = len(slots) - (len(offsets) - i) if limit is not None else len(slots) - 1
        ideal = next((j for j in range(low, len(slots))
                      if slots[j][0] >= start + timedelta(days=offset)), len(slots) - 1)
        placed.append(max(min(ideal, room), min(low, len(slots) - 1)))
    days = [slots[j] for j in placed]
    shared = {d for d, place in days if place == 1}
    return [(d, place if d in shared else -1) for d, place in days]


def playbook_for(kind: StallKind, playbooks: Iterable[Playbook] = BUILTIN_PLAYBOOKS) -> Playbook:
    for playbook in playbooks:
        if kind in playbook.stall_kinds:
            return playbook
    raise LookupError(f"No playbook handles the stall kind {kind.label!r}.")


def _round_up(moment: datetime, minutes: int) -> datetime:
    moment = moment.replace(second=0, microsecond=0)
    extra = -moment.minute % minutes
    return moment + timedelta(minutes=extra)


def default_slot_local(kind: StallKind, logged_utc: datetime, tz_name: str,
                       country: str | None = None) -> datetime | None:
    """The slot Tickler assumes when the prospect would not agree a time ("vague").

    Returned as a naive wall time in the prospect's zone, always on a working day of their
    country (weekends and public holidays skipped):

    - "call me back later": two hours on, on the half hour (17:00 at the latest, and at
      least an hour away), while their working day lasts; else the next working morning;
    - "too busy": the next working morning;
    - "next week": the same weekday next week; said on a Saturday or Sunday, the coming
      Monday (the week that is about to start);
    - "next month" / "not ready": the same date next month, moved to a working day that is
      still inside that month.
    """
    country = _zone_country(tz_name, country)
    logged_local = utc_to_local(logged_utc, tz_name).replace(tzinfo=None)
    today = logged_local.date()
    day: date
    if kind in (StallKind.NEXT_MONTH, StallKind.NOT_READY):
        target = add_months(today, 1)
        day = next_working_day(target, country)
        if day.month != target.month:
            day = previous_working_day(target, country)
    elif kind is StallKind.NEXT_WEEK:
        if today.weekday() >= 5:
            day = today + timedelta(days=7 - today.weekday())
        else:
            day = today + timedelta(days=7)
        day = next_working_day(day, country)
    elif kind is StallKind.TOO_BUSY:
        day = next_working_day(today + timedelta(days=1), country)
    elif kind is StallKind.LATER:
        later = _round_up(logged_local + timedelta(hours=2), 30)
        last = datetime.combine(today, LATER_LAST_SLOT)
        later = min(later, last) if later.date() == today else later
        if (later.date() == today and is_working_day(today, country)
                and later - logged_local >= timedelta(hours=1)):
            return max(later, datetime.combine(today, WORKDAY_START))
        if logged_local.time() < WORKDAY_START and is_working_day(today, country):
            return datetime.combine(today, WORKDAY_START)
        day = next_working_day(today + timedelta(days=1), country)
    else:
        return None
    return datetime.combine(day, WORKDAY_START)


def plan_touches(
    playbook: Playbook,
    *,
    logged_utc: datetime,
    tz_name: str,
    slot_utc: datetime | None,
    quality: SlotQuality,
    country: str | None = None,
) -> StallPlan:
    """Lay out the playbook's touches from the moment of the stall.

    Day-0 steps go now (a minute apart, so no two touches share a minute). Later-day steps
    land on working days of the prospect's country (``country``, an ISO code; None reads
    it from the time zone, "" skips only weekends), each on its own day in the playbook's
    order, at a set time of their working day (see ``step_time``); chasing calls stay
    inside fourteen days. Slot-anchored steps follow the agreed slot.

    Left out, and named with the reason in ``dropped``: slot-anchored steps that would fall
    before the stall itself (a reminder "one day before" a slot agreed for tomorrow morning,
    say), and later-day steps that would come after the callback (the two-week value touch
    when "next month" was booked for next week): the call comes first, and the call's
    outcome decides what follows.
    """
    country = _zone_country(tz_name, country)
    slot_text = format_local(slot_utc, tz_name) if slot_utc else NO_SLOT
    logged_local = utc_to_local(logged_utc, tz_name).replace(tzinfo=None)
    start = logged_local.date()
    now_minute = logged_utc.replace(second=0, microsecond=0)

    steps = [s for s in playbook.steps
             if not (s.condition == "booked" and quality is not SlotQuality.BOOKED)
             and not (s.condition == "vague" and quality is not SlotQuality.VAGUE)]
    later = sorted((s for s in steps if s.anchor == "stall" and s.offset_days > 0),
                   key=lambda s: s.offset_days)
    # The chasing run (steps within the cap's window) keeps to its fourteen days; a step
    # far beyond it (the nurture call a quarter later) is placed on its own.
    run = [s for s in later if s.offset_days < CAP_DAYS]
    beyond = [s for s in later if s.offset_days >= CAP_DAYS]
    has_calls = any(s.attempt is not None for s in run)
    days = dict(zip((s.key for s in run),
                    later_days([s.offset_days for s in run], start, country,
                               limit=CAP_DAYS - 1 if has_calls else None), strict=True))
    for step in beyond:
        days[step.key] = (next_working_day(start + timedelta(days=step.offset_days), country),
                          -1)

    touches: list[PlannedTouch] = []
    dropped: list[str] = []
    taken: set[datetime] = set()
    last_on_day: dict[date, time] = {}  # a day two steps share: the second comes later
    for step in steps:
        if step.anchor == "slot":
            if slot_utc is None:
                continue
            base = slot_utc
            due = shift_local_days(base, step.offset_days, tz_name) if step.offset_days else base
        elif step.offset_days > 0:
            day, place = days[step.key]
            at = step_time(step)
            if place >= 0 and day in last_on_day and at <= last_on_day[day]:
                at = (datetime.combine(day, last_on_day[day]) + timedelta(minutes=30)).time()
            last_on_day[day] = at
            due = local_to_utc(datetime.combine(day, at), tz_name)
        else:
            due = now_minute
            if step.offset_days < 0:
                due = shift_local_days(due, step.offset_days, tz_name)
        due = due + timedelta(minutes=step.offset_minutes)
        if step.anchor == "slot" and due < logged_utc:
            dropped.append(tr("{step} (no time left before the callback)").format(
                step=builtin_words(step.title)))
            continue
        if (step.anchor == "stall" and step.offset_days > 0 and slot_utc is not None
                and due >= slot_utc):
            dropped.append(tr("{step} (it would come after the callback)").format(
                step=builtin_words(step.title)))
            continue
        while due in taken:  # two touches of one prospect never share a minute
            due += timedelta(minutes=1)
        taken.add(due)
        touches.append(
            PlannedTouch(
                step_key=step.key,
                title=step.title,
                channel=step.channel,
                due_utc=due,
                reason=step.reason.format(slot=slot_text),
                optional=step.optional,
                template=step.template,
                attempt=step.attempt,
            )
        )
    touches.sort(key=lambda t: t.due_utc)
    return StallPlan(tuple(touches), slot_utc, quality, tuple(dropped))


def over_cap(call_times: Iterable[datetime], cap: int = MAX_DARK_CALLS,
             days: int = CAP_DAYS) -> bool:
    """Whether more than ``cap`` of these chasing calls fall inside some ``days``-day span."""
    times = sorted(call_times)
    span = timedelta(days=days)
    return any(sum(1 for later in times[i:] if later < start + span) > cap
               for i, start in enumerate(times))


def cap_chasing_calls(plan: StallPlan, made: Iterable[datetime], cap: int = MAX_DARK_CALLS,
                      days: int = CAP_DAYS) -> StallPlan:
    """The plan without the chasing calls that would break the prospect's cap: at most
    ``cap`` chasing calls in any ``days`` days, counting those already made or planned
    (``made``), whatever stalls and outcomes led to them. Each call left out is named."""
    calls = list(made)
    kept: list[PlannedTouch] = []
    dropped = list(plan.dropped)
    for touch in plan.touches:
        if touch.attempt is not None and touch.channel is CALL:
            if over_cap([*calls, touch.due_utc], cap, days):
                dropped.append(tr("{step} (at most {calls} chasing calls in {days} days)").format(
                    step=builtin_words(touch.title), calls=cap, days=days))
                continue
            calls.append(touch.due_utc)
        kept.append(touch)
    return StallPlan(tuple(kept), plan.slot_utc, plan.slot_quality, tuple(dropped))


def slot_from_local(local: datetime | None, tz_name: str) -> datetime | None:
    return None if local is None else local_to_utc(local, tz_name)
