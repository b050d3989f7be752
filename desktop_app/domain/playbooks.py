"""The built-in playbooks, and the engine that lays a stall's touches out in time.

The built-in playbooks are data: they are written into the database on first start and
read back from there, so the rep can edit them later.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, time, timedelta

from .localtime import (
    add_months,
    format_local,
    local_to_utc,
    next_weekday,
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


def within_business_hours(due_utc: datetime, tz_name: str) -> datetime:
    """A touch planned for a later day lands on a weekday between 08:00 and 18:00 their time.

    Stall-anchored steps keep the clock time at which the stall was logged; a rep working
    late, or far from the prospect, would otherwise plan calls for the prospect's night, and
    a stall logged on a Friday would put calls on the weekend. Outside those hours the touch
    moves to 10:00; a Saturday or Sunday moves to Monday.
    """
    local = utc_to_local(due_utc, tz_name).replace(tzinfo=None)
    at = local.time() if BUSINESS_HOURS[0] <= local.time() < BUSINESS_HOURS[1] else WORKDAY_START
    moved = datetime.combine(next_weekday(local.date()), at)
    return due_utc if moved == local else local_to_utc(moved, tz_name)


MAX_DARK_CALLS = 4


def playbook_for(kind: StallKind, playbooks: Iterable[Playbook] = BUILTIN_PLAYBOOKS) -> Playbook:
    for playbook in playbooks:
        if kind in playbook.stall_kinds:
            return playbook
    raise LookupError(f"No playbook handles the stall kind {kind.label!r}.")


def default_slot_local(kind: StallKind, logged_utc: datetime, tz_name: str) -> datetime | None:
    """The slot Tickler assumes when the prospect would not agree a time ("vague").

    Returned as a naive wall time in the prospect's zone; weekends move to Monday.
    """
    logged_local = utc_to_local(logged_utc, tz_name).replace(tzinfo=None)
    day: date
    if kind in (StallKind.NEXT_MONTH, StallKind.NOT_READY):
        day = add_months(logged_local.date(), 1)
    elif kind is StallKind.NEXT_WEEK:
        day = logged_local.date() + timedelta(days=7)
    elif kind is StallKind.TOO_BUSY:
        day = logged_local.date() + timedelta(days=1)
    elif kind is StallKind.LATER:
        later = logged_local + timedelta(hours=3)
        later = later.replace(minute=0, second=0, microsecond=0) + timedelta(hours=1)
        if (later.date() == logged_local.date() and later.weekday() < 5
                and BUSINESS_HOURS[0] <= later.time() < BUSINESS_HOURS[1]):
            return later
        day = logged_local.date() + timedelta(days=1)
    else:
        return None
    return datetime.combine(next_weekday(day), WORKDAY_START)


def plan_touches(
    playbook: Playbook,
    *,
    logged_utc: datetime,
    tz_name: str,
    slot_utc: datetime | None,
    quality: SlotQuality,
) -> StallPlan:
    """Lay out the playbook's touches from the moment of the stall.

    Left out, and named with the reason in ``dropped``: slot-anchored steps that would fall
    before the stall itself (a reminder "one day before" a slot agreed for tomorrow morning,
    say), and later-day steps that would come after the callback (the two-week value touch
    when "next month" was booked for next week): the call comes first, and the call's
    outcome decides what follows.
    """
    slot_text = format_local(slot_utc, tz_name) if slot_utc else "the agreed time"
    touches: list[PlannedTouch] = []
    dropped: list[str] = []
    for step in playbook.steps:
        if step.condition == "booked" and quality is not SlotQuality.BOOKED:
            continue
        if step.condition == "vague" and quality is not SlotQuality.VAGUE:
            continue
        if step.anchor == "slot":
            if slot_utc is None:
                continue
            base = slot_utc
        else:
            base = logged_utc
        due = shift_local_days(base, step.offset_days, tz_name) if step.offset_days else base
        if step.anchor == "stall" and step.offset_days > 0:
            due = within_business_hours(due, tz_name)
        due = due + timedelta(minutes=step.offset_minutes)
        if step.anchor == "slot" and due < logged_utc:
            dropped.append(f"{step.title} (no time left before the callback)")
            continue
        if (step.anchor == "stall" and step.offset_days > 0 and slot_utc is not None
                and due >= slot_utc):
            dropped.append(f"{step.title} (it would come after the callback)")
            continue
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


def slot_from_local(local: datetime | None, tz_name: str) -> datetime | None:
    return None if local is None else local_to_utc(local, tz_name)
