"""Taking everything out again: prospects (and the whole book) to CSV, upcoming callbacks
to an .ics calendar. Every CSV cell is formula-safe (see csv_safety); the layout, and how
Tickler's import reads it back, is in book_layout."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

from ..domain.invite import CALL_MINUTES
from ..domain.vtimezone import add_vtimezones, event_times
from ..platform.private_files import make_private, open_private, write_private_bytes
from ..store.store import Store, db_time, parse_db_time
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

    params: list[object] = [db_time(now)]
    sql = """SELECT t.id, t.title, t.reason, t.due_utc, p.first_name, p.last_name, p.company,
                    p.phone, p.mobile, p.timezone, s.words
             FROM touches t JOIN prospects p ON p.id = t.prospect_id
             LEFT JOIN stalls s ON s.id = t.stall_id
             WHERE t.status = 'pending' AND t.channel = 'call' AND t.due_utc >= ?
               AND p.deleted_utc IS NULL"""
    if days_ahead is not None:
        sql += " AND t.due_utc < ?"
        params.append(db_time(now + timedelta(days=days_ahead)))
    sql += " ORDER BY t.due_utc, t.id"
    calendar = Calendar()
    calendar.add("prodid", "-//Tickler//Callbacks//EN")
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "Tickler callbacks")
    count = 0
    for (touch_id, title, reason, due, first, last, company, phone, mobile, tz,
         words) in store.db.execute(sql, params):
        start_utc = parse_db_time(due)
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
