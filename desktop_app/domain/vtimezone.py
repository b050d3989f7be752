"""Time zones and event times in calendar files, written so every calendar reads them alike.

A VTIMEZONE is derived from zoneinfo for the years a calendar file needs and written the way
Outlook, Google, Apple and the vzic/tzurl files do: one STANDARD or DAYLIGHT sub-component
per rule, its DTSTART the first onset in the local time *before* the change, repeated with
``RRULE:FREQ=YEARLY;BYMONTH=..;BYDAY=..``. A rule that held only for some years ends with
UNTIL; an onset no yearly rule describes (Morocco's Ramadan changes) is a sub-component of
its own. Long RDATE lists are never written: vobject, and so CalDAV servers such as
Radicale, keeps only their first value.

An event time in a zone's repeated hour (the night the clocks go back) names two instants,
and readers pick different ones; such a call is written in UTC instead, so every reader
gets the same instants and the end stays after the start.
"""

from __future__ import annotations

import calendar as month_calendar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

from .localtime import is_valid_zone, zone

if TYPE_CHECKING:
    from icalendar import Calendar, Timezone

# Samples a day apart find every change of offset or name (no zone has changed and changed
# back within a day); each change is then pinned to the second by bisection. The years read
# only to pin the rules down, and the search for the onset before the first year, can
# step further: missing a change there cannot make the file wrong for the years it covers.
_STEP = 86400
_LOOKAHEAD_STEP = 7 * 86400
_LOOKAHEAD_YEARS = 7
_BACK_STEP = 28 * 86400
_EPOCH_FLOOR = 0  # vzic's files start in 1970 too
_RRULE_ORDER = ("FREQ", "UNTIL", "BYMONTH", "BYMONTHDAY", "BYDAY")  # as vzic writes them
_WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")

State = tuple[timedelta, timedelta, str]  # utcoffset, dst, tzname


@dataclass(frozen=True, slots=True)
class Transition:
    """A change of a zone's offset or name at one instant."""

    at_utc: datetime
    offset_from: timedelta
    offset_to: timedelta
    name: str
    daylight: bool

    @property
    def local_onset(self) -> datetime:
        """The wall time of the change in the offset before it (RFC 5545's DTSTART)."""
        return (self.at_utc + self.offset_from).replace(tzinfo=None)


@dataclass(frozen=True, slots=True)
class Observance:
    """One STANDARD or DAYLIGHT sub-component of a VTIMEZONE."""

    daylight: bool
    start: datetime  # naive: the first onset's wall time in offset_from
    offset_from: timedelta
    offset_to: timedelta
    name: str
    rule: str | None = None  # the RRULE without UNTIL, e.g. FREQ=YEARLY;BYMONTH=3;BYDAY=2SU
    until_utc: datetime | None = None  # None: the rule goes on


def _state(tz: ZoneInfo, seconds: int) -> State:
    local = datetime.fromtimestamp(seconds, tz)
    return (local.utcoffset() or timedelta(0), local.dst() or timedelta(0),
            local.tzname() or "")


def _first_change(tz: ZoneInfo, low: int, high: int, before: State) -> int:
    """The first second in (low, high] whose state is not ``before`` (there is one)."""
    while high - low > 1:
        middle = (low + high) // 2
        if _state(tz, middle) == before:
            low = middle
        else:
            high = middle
    return high


def _transition(tz: ZoneInfo, seconds: int, before: State) -> Transition:
    after = _state(tz, seconds)
    # Summer time is the higher offset of a DST pair, also where tzdata writes winter as a
    # negative save (Europe/Dublin, Africa/Casablanca).
    daylight = (after[1] != timedelta(0) or before[1] != timedelta(0)) and after[0] > before[0]
    return Transition(datetime.fromtimestamp(seconds, UTC), before[0], after[0], after[2],
                      daylight)


def transitions(tz_name: str, start_utc: datetime, end_utc: datetime,
                step: int = _STEP) -> list[Transition]:
    """Every change of offset or name in [start_utc, end_utc), from zoneinfo."""
    tz = zone(tz_name)
    low, end = int(start_utc.timestamp()), int(end_utc.timestamp())
    found: list[Transition] = []
    before = _state(tz, low)
    while low < end:
        high = min(low + step, end)
        if _state(tz, high) == before:
            low = high
            continue
        at = _first_change(tz, low, high, before)
        found.append(_transition(tz, at, before))
        before, low = _state(tz, at), at
    return found


def _onset_before(tz: ZoneInfo, seconds: int) -> Transition | None:
    """The change that began the state in effect at ``seconds`` (None: none since 1970)."""
    now = _state(tz, seconds)
    high = seconds
    while high > _EPOCH_FLOOR:
        low = max(high - _BACK_STEP, _EPOCH_FLOOR)
        before = _state(tz, low)
        if before != now:
            # the last change in (low, high]: bisect on "already in the current state"
            while high - low > 1:
                middle = (low + high) // 2
                if _state(tz, middle) == now:
                    high = middle
                else:
                    low = middle
            return _transition(tz, high, _state(tz, low))
        high = low
    return None


def _yearly_rule(onsets: list[date]) -> str | None:
    """An RRULE that yields exactly these dates, one a year in consecutive years."""
    if len(onsets) < 2 or len({d.month for d in onsets}) != 1:
        return None
    month = onsets[0].month
    head = f"FREQ=YEARLY;BYMONTH={month}"
    days = [d.day for d in onsets]
    if len({d.weekday() for d in onsets}) == 1:
        weekday = _WEEKDAYS[onsets[0].weekday()]
        nths = {(day - 1) // 7 + 1 for day in days}
        if len(nths) == 1 and (nth := nths.pop()) <= 4:
            return f"{head};BYDAY={nth}{weekday}"
        if all(day + 7 > month_calendar.monthrange(d.year, month)[1]
               for d, day in zip(onsets, days, strict=True)):
            return f"{head};BYDAY=-1{weekday}"
        first = max(days) - 6  # "the weekday on or after the first-th"
        shortest = min(month_calendar.monthrange(d.year, month)[1] for d in onsets)
        if 1 <= first <= min(days) and first + 6 <= shortest:
            monthdays = ",".join(str(day) for day in range(first, first + 7))
            return f"{head};BYMONTHDAY={monthdays};BYDAY={weekday}"
        return None
    if len(set(days)) == 1:
        return f"{head};BYMONTHDAY={days[0]}"
    return None


def _until(last: Transition) -> datetime:
    """UNTIL for a rule whose last onset is ``last``.

    RFC 5545 wants UNTIL in UTC; dateutil (vobject, Radicale) compares it with the onset's
    wall time as if it were local. The later of the two readings keeps the last onset for
    both, and no rule has another onset within a day of it.
    """
    return max(last.at_utc, last.local_onset.replace(tzinfo=UTC))


def _key(change: Transition) -> tuple[bool, timedelta, timedelta, str, time]:
    return (change.daylight, change.offset_from, change.offset_to, change.name,
            change.local_onset.time())


def group_observances(changes: list[Transition], exact_until: datetime,
                      last_year: int) -> list[Observance]:
    """Fold a zone's changes into yearly rules.

    The changes before ``exact_until`` must all be described; the later ones (up to the end
    of ``last_year``) only pin down the rules: a rule that still holds in ``last_year``
    goes on without UNTIL.
    """
    runs: list[list[Transition]] = []
    open_run: dict[tuple[bool, timedelta, timedelta, str, time], list[Transition]] = {}
    for change in changes:
        key = _key(change)
        run = open_run.get(key)
        if (run is not None and run[-1].local_onset.year == change.local_onset.year - 1
                and _yearly_rule([c.local_onset.date() for c in [*run, change]])):
            run.append(change)
            continue
        if change.at_utc >= exact_until:
            open_run.pop(key, None)
            continue
        run = [change]
        runs.append(run)
        open_run[key] = run
    result = []
    for run in runs:
        first, last = run[0], run[-1]
        rule = _yearly_rule([c.local_onset.date() for c in run])
        goes_on = last.local_onset.year >= last_year
        result.append(Observance(
            first.daylight, first.local_onset, first.offset_from, first.offset_to, first.name,
            rule, None if rule is None or goes_on else _until(last)))
    return result


@lru_cache(maxsize=256)
def observances(tz_name: str, first_year: int, last_year: int) -> tuple[Observance, ...]:
    """The sub-components describing ``tz_name`` exactly from ``first_year`` to ``last_year``.

    The onset of the offset in effect when ``first_year`` starts comes first, so a reader
    finds the right offset from the first day on; a zone that has not changed since 1970 is
    one STANDARD (or DAYLIGHT) from then. Zoneinfo's next years are read too, so a yearly
    rule that goes on is written as such (and not cut off, or guessed from two onsets).
    """
    tz = zone(tz_name)
    start = datetime(first_year, 1, 1, tzinfo=UTC)
    exact_until = datetime(last_year + 1, 1, 1, tzinfo=UTC)
    lookahead = last_year + _LOOKAHEAD_YEARS
    changes = [*transitions(tz_name, start, exact_until),
               *transitions(tz_name, exact_until, datetime(lookahead + 1, 1, 1, tzinfo=UTC),
                            _LOOKAHEAD_STEP)]
    opening = _onset_before(tz, int(start.timestamp()))
    if opening is not None:
        return tuple(group_observances([opening, *changes], exact_until, lookahead))
    offset, dst, name = _state(tz, int(start.timestamp()))
    fixed = Observance(dst > timedelta(0), datetime(1970, 1, 1), offset, offset, name)
    return (fixed, *group_observances(changes, exact_until, lookahead))


def years_for(first_utc: datetime, last_utc: datetime) -> tuple[int, int]:
    """The years a VTIMEZONE covers for events between these instants.

    Two years beyond the last event: a rep may move a call later in their calendar, and
    more years pin the yearly rules down.
    """
    return first_utc.year, last_utc.year + 2


def vtimezone(tz_name: str, first_utc: datetime, last_utc: datetime) -> Timezone:
    """The VTIMEZONE for ``tz_name`` that is exact for events between the two instants."""
    from icalendar import Timezone, TimezoneDaylight, TimezoneStandard, vRecur

    component = Timezone()
    component.add("tzid", tz_name)
    for part in observances(tz_name, *years_for(first_utc, last_utc)):
        sub = TimezoneDaylight() if part.daylight else TimezoneStandard()
        sub.add("dtstart", part.start)
        if part.rule is not None:
            rule = vRecur.from_ical(part.rule)
            rule.canonical_order = _RRULE_ORDER
            if part.until_utc is not None:
                rule["UNTIL"] = [part.until_utc]
            sub.add("rrule", rule)
        sub.add("tzoffsetfrom", part.offset_from)
        sub.add("tzoffsetto", part.offset_to)
        sub.add("tzname", part.name)
        component.add_component(sub)
    return component


# -- event times ---------------------------------------------------------------------------


def is_repeated(utc: datetime, tz_name: str) -> bool:
    """True when the wall time of ``utc`` in the zone happens twice (clocks going back)."""
    local = utc.astimezone(zone(tz_name))
    other = local.replace(fold=1 - local.fold)
    return other.utcoffset() != local.utcoffset()


def event_times(start_utc: datetime, end_utc: datetime,
                tz_name: str) -> tuple[datetime, datetime]:
    """DTSTART and DTEND to write: in the prospect's zone, or in UTC where a wall time repeats.

    A wall time in the repeated hour is read as its first occurrence by some calendars and
    its second by others (libical), and can put the end before the start.
    """
    if not end_utc > start_utc:
        raise ValueError("an event must end after it starts")
    if not is_valid_zone(tz_name):  # no zone (or one this machine lacks): the instants
        return start_utc.astimezone(UTC), end_utc.astimezone(UTC)
    if is_repeated(start_utc, tz_name) or is_repeated(end_utc, tz_name):
        return start_utc.astimezone(UTC), end_utc.astimezone(UTC)
    tz = zone(tz_name)
    return start_utc.astimezone(tz), end_utc.astimezone(tz)


def add_vtimezones(cal: Calendar) -> None:
    """Put a VTIMEZONE before the events for every zone their times name.

    Each covers the years from its zone's first event to its last; none carries a COMMENT
    (RFC 5545 does not allow one there).
    """
    present = {str(tz.get("TZID")) for tz in cal.walk("VTIMEZONE")}
    spans: dict[str, tuple[datetime, datetime]] = {}
    for component in cal.walk():
        if component.name == "VTIMEZONE":
            continue
        for prop in ("DTSTART", "DTEND", "DUE", "RECURRENCE-ID"):
            written = component.get(prop)
            name = written.params.get("TZID") if written is not None else None
            value = getattr(written, "dt", None)
            if (not name or name in present or not isinstance(value, datetime)
                    or value.tzinfo is None):
                continue  # a date, a floating time, UTC, or a zone described already
            instant = value.astimezone(UTC)
            low, high = spans.get(name, (instant, instant))
            spans[name] = (min(low, instant), max(high, instant))
    for position, name in enumerate(sorted(spans)):
        cal.subcomponents.insert(position, vtimezone(name, *spans[name]))
