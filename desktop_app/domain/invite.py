"""The agreed callback as a calendar invite (iCalendar, METHOD:REQUEST or METHOD:CANCEL).

One stall is one event: its UID never changes. A moved slot is sent again with a higher
SEQUENCE (METHOD:REQUEST); a plan that ends sends METHOD:CANCEL with STATUS:CANCELLED.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from .vtimezone import add_vtimezones, event_times

CALL_MINUTES = 30


@dataclass(frozen=True, slots=True)
class InviteRequest:
    uid: str  # stable per stall, so the thank-you and the reminder are one event
    slot_utc: datetime
    timezone: str  # the prospect's IANA zone: the event is written in it
    summary: str
    description: str
    organizer_name: str
    organizer_email: str
    attendee_name: str
    attendee_email: str
    stamp_utc: datetime
    sequence: int = 0
    minutes: int = CALL_MINUTES
    method: str = "REQUEST"  # or "CANCEL"


def build_invite(request: InviteRequest) -> str:
    """The .ics text: VCALENDAR with the request's METHOD, one VEVENT and its VTIMEZONE."""
    from icalendar import Calendar, Event, vCalAddress, vText

    cal = Calendar()
    cal.add("prodid", "-//Tickler//Callback invite//EN")
    cal.add("version", "2.0")
    cal.add("method", request.method)
    event = Event()
    event.add("uid", request.uid)
    event.add("dtstamp", request.stamp_utc)
    # The end is worked out in UTC: wall-clock arithmetic would misplace a call that runs
    # across a clock change.
    start, end = event_times(request.slot_utc,
                             request.slot_utc + timedelta(minutes=request.minutes),
                             request.timezone)
    event.add("dtstart", start)
    event.add("dtend", end)
    event.add("summary", request.summary)
    event.add("description", request.description)
    event.add("sequence", request.sequence)
    event.add("status", "CANCELLED" if request.method == "CANCEL" else "CONFIRMED")
    event.add("transp", "OPAQUE")
    organizer = vCalAddress(f"mailto:{request.organizer_email}")
    organizer.params["cn"] = vText(request.organizer_name or request.organizer_email)
    organizer.params["role"] = vText("CHAIR")
    event.add("organizer", organizer, encode=False)
    attendee = vCalAddress(f"mailto:{request.attendee_email}")
    attendee.params["cn"] = vText(request.attendee_name or request.attendee_email)
    attendee.params["role"] = vText("REQ-PARTICIPANT")
    attendee.params["partstat"] = vText("NEEDS-ACTION")
    attendee.params["rsvp"] = vText("TRUE")
    event.add("attendee", attendee, encode=False)
    cal.add_component(event)
    add_vtimezones(cal)
    return str(cal.to_ical().decode("utf-8"))


@dataclass(frozen=True, slots=True)
class InviteFacts:
    """What an invite Tickler sent says: its event, its version and its start."""

    uid: str
    sequence: int
    start_utc: datetime | None
    method: str


def read_invite(text: str) -> InviteFacts | None:
    """The UID, SEQUENCE, start and METHOD of a stored invite, or None if unreadable."""
    from datetime import UTC

    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(text)
        event = calendar.walk("VEVENT")[0]
        start = event.decoded("DTSTART")
        sequence = int(str(event.get("SEQUENCE", 0)).strip() or 0)
    except Exception:
        return None
    start_utc = start.astimezone(UTC) if isinstance(start, datetime) and start.tzinfo else None
    return InviteFacts(" ".join(str(event.get("UID", "")).split()), sequence, start_utc,
                       str(calendar.get("METHOD", "")).strip().upper())
