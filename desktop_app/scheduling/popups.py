"""Which call pop-ups are due now, which were missed, and when to look again. Pure maths.

A call touch pops up at its due time minus an optional lead time. Each pop-up fires once
per due time: the key is the touch id with the due time, so a snoozed touch (new due time)
pops up again. Pop-ups are held outside the rep's working hours and while pop-ups are
paused; held and missed ones (the app was closed, the machine asleep) come out together.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from ..domain.localtime import local_to_utc, utc_to_local

# A pop-up that fires later than this after its moment counts as missed, not on time.
ON_TIME_GRACE = timedelta(seconds=90)
# Pending calls due longer ago than this never pop up (they sit in the queue as overdue).
MISSED_LOOKBACK = timedelta(days=7)


@dataclass(frozen=True, slots=True)
class PendingCall:
    """A pending call touch, as the scheduler needs it."""

    touch_id: int
    due_utc: datetime
    prospect: str = ""
    company: str = ""
    reason: str = ""
    timezone: str = "UTC"
    agreed_utc: datetime | None = None  # the slot agreed with them, when the call was moved
    snoozed: bool = False  # moved by a snooze (else by a reschedule)

    @property
    def moved(self) -> bool:
        return self.agreed_utc is not None and self.agreed_utc != self.due_utc


@dataclass(frozen=True, slots=True)
class Popup:
    call: PendingCall
    fire_utc: datetime

    @property
    def key(self) -> str:
        return popup_key(self.call.touch_id, self.call.due_utc)


def popup_key(touch_id: int, due_utc: datetime) -> str:
    return f"{touch_id}@{due_utc.astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"


@dataclass(frozen=True, slots=True)
class WorkingHours:
    """The rep's working day on their own clock; ``days`` are weekdays, Monday = 0."""

    start: time = time(8, 0)
    end: time = time(18, 0)
    days: frozenset[int] = frozenset(range(5))
    timezone: str = "UTC"

    def contains(self, moment: datetime) -> bool:
        local = utc_to_local(moment, self.timezone)
        if local.weekday() not in self.days:
            return False
        return self.start <= local.time().replace(tzinfo=None) < self.end

    def next_start(self, moment: datetime) -> datetime | None:
        """The first moment at or after ``moment`` inside working hours."""
        if not self.days or self.start >= self.end:
            return None
        if self.contains(moment):
            return moment
        day: date = utc_to_local(moment, self.timezone).date()
        for offset in range(8):
            candidate_day = day + timedelta(days=offset)
            if candidate_day.weekday() not in self.days:
                continue
            start = local_to_utc(datetime.combine(candidate_day, self.start), self.timezone)
            if start >= moment:
                return start
        return None


@dataclass(frozen=True, slots=True)
class PopupInputs:
    calls: tuple[PendingCall, ...]
    fired: Collection[str] = frozenset()
    lead: timedelta = timedelta(0)
    working_hours: WorkingHours | None = None  # None: pop up at any hour
    paused_until: datetime | None = None


@dataclass(frozen=True, slots=True)
class PopupPlan:
    on_time: tuple[Popup, ...] = ()
    missed: tuple[Popup, ...] = ()
    held: tuple[Popup, ...] = ()
    hold_reason: str = ""
    wake_utc: datetime | None = None
    upcoming: tuple[Popup, ...] = field(default_factory=tuple)

    @property
    def to_show(self) -> tuple[Popup, ...]:
        return self.on_time + self.missed


def plan_popups(inputs: PopupInputs, now: datetime) -> PopupPlan:
    """Sort every pending call into on time / missed / held / upcoming, and say when to wake.

    ``wake_utc`` is the next moment the answer can change: the next fire time, or the end
    of a pause or of the hours outside work when pop-ups are being held.
    """
    candidates = sorted(
        (Popup(call, call.due_utc - inputs.lead) for call in inputs.calls),
        key=lambda p: (p.fire_utc, p.call.touch_id))
    ready: list[Popup] = []
    upcoming: list[Popup] = []
    for popup in candidates:
        if popup.key in inputs.fired or popup.fire_utc < now - MISSED_LOOKBACK:
            continue
        (ready if popup.fire_utc <= now else upcoming).append(popup)
    next_fire = upcoming[0].fire_utc if upcoming else None

    hold_until, reason = _hold(inputs, now)
    if hold_until is not None:
        return PopupPlan(held=tuple(ready), hold_reason=reason, wake_utc=hold_until,
                         upcoming=tuple(upcoming))

    on_time = tuple(p for p in ready if now - p.fire_utc <= ON_TIME_GRACE)
    missed = tuple(p for p in ready if now - p.fire_utc > ON_TIME_GRACE)
    return PopupPlan(on_time=on_time, missed=missed, wake_utc=next_fire,
                     upcoming=tuple(upcoming))


def _hold(inputs: PopupInputs, now: datetime) -> tuple[datetime | None, str]:
    """When pop-ups may come out again, and why they are held ("" when they are not)."""
    until: datetime | None = None
    reason = ""
    if inputs.paused_until is not None and inputs.paused_until > now:
        until, reason = inputs.paused_until, "paused"
    hours = inputs.working_hours
    if hours is not None:
        start = hours.next_start(until or now)
        if start is not None and start > (until or now):
            until, reason = start, reason or "outside working hours"
    return until, reason
