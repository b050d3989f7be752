"""Taking everything out again: prospects (and the whole book) to CSV, upcoming callbacks
to an .ics calendar. Every CSV cell is formula-safe (see csv_safety); the layout, and how
Tickler's import reads it back, is in book_layout."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from ..domain.invite import CALL_MINUTES
from ..domain.vtimezone import add_vtimezones, event_times
from ..platform.private_files import make_private, open_private, write_private_bytes
from ..store.calls import pending_calls_from
from ..store.store import Store
from .book_layout import write_book_zip, write_prospects


def export_prospects_csv(store: Store, path: Path | str) -> int:
    """Every live prospect, one row each, with its qualification answers (UTF-8 with a BOM
    so spreadsheets read accents)."""
    with open_private(path, "w", encoding="utf-8-sig", newline="") as handle:
        return write_prospects(store.conn, handle)


def export_book_zip(store: Store, path: Path | str) -> int:
    """The whole book: prospects with their answers, compelling events, stalls and touches,
    as CSV files in one ZIP. Returns the number of prospects."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    try:
        open_private(partial, "wb").close()  # 0600 before the first byte is written
        count = write_book_zip(store.conn, partial)
        make_private(partial)
        partial.replace(path)
    finally:
        partial.unlink(missing_ok=True)
    return count


def export_callbacks_ics(store: Store, path: Path | str, now: datetime,
                         days_ahead: int | None = None) -> int:
    """Pending calls from now on as calendar events in the prospect's zone (with VTIMEZONE)."""
    from icalendar import Calendar, Event

    until = now + timedelta(days=days_ahead) if days_ahead is not None else None
    calendar = Calendar()
    calendar.add("prodid", "-//Tickler//Callbacks//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Tickler callbacks")
    count = 0
    for call in pending_calls_from(store, now, until):
        touch_id, title, reason = call.touch_id, call.title, call.reason
        first, last, company = call.first_name, call.last_name, call.company
        phone, mobile, tz, words = call.phone, call.mobile, call.timezone, call.words
        start_utc = call.due_utc
        # the same length as the emailed invite, counted in real minutes (clock changes)
        start, end = event_times(start_utc, start_utc + timedelta(minutes=CALL_MINUTES), tz)
        name = f"{first} {last}".strip() or company
        event = Event()
        event.add("uid", f"touch-{touch_id}@tickler.local")
        event.add("dtstamp", now)
        event.add("dtstart", start)
        event.add("dtend", end)
        event.add("summary", f"{title}: {name}" + (f" ({company})" if company and name !=
                                                    company else ""))
        lines = [reason] if reason else []
        if phone or mobile:
            lines.append("Phone: " + " / ".join(x for x in (phone, mobile) if x))
        if words:
            lines.append(f'They said: "{words}"')
        if lines:
            event.add("description", "\n".join(lines))
        calendar.add_component(event)
        count += 1
    add_vtimezones(calendar)
    write_private_bytes(path, calendar.to_ical())
    return count
