"""Commands that work without a window: ``tickler demo`` and ``tickler queue``."""

from __future__ import annotations

import argparse
import contextlib
import functools
import json
import sqlite3
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path

from .domain.localtime import utc_to_local
from .platform.paths import resolve_db_path
from .services import AppContext
from .store import DamagedDatabaseError, Store, StoreError, is_damage
from .store.store import QueueRow, db_time

DAMAGED_EXIT = 3


def console_safe() -> None:
    """Print on any console: a character the console's code page has no room for (a Windows
    cp1252 or cp437 console, say) comes out as "?" instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a stream already in use
                reconfigure(errors="replace")


def open_context(args: argparse.Namespace) -> AppContext:
    """The book, checked whole with SQLite's quick check (a damaged page anywhere is
    refused, not only one the command happens to read)."""
    path = resolve_db_path(args.db)
    store = Store.open(path)
    problems = store.integrity_problems()
    if problems:
        store.close()
        raise DamagedDatabaseError(path, "; ".join(problems[:3]))
    return AppContext(store)


def report_damage(path: Path | None, detail: str) -> int:
    """Words for a damaged book, the newest good backup if there is one, and exit code 3."""
    lines = [f"tickler: Your book is damaged: {path or 'the data file'}",
             f"  SQLite says: {detail}",
             "  Tickler has stopped and changed nothing in it."]
    if path is not None:
        from .services.backup import newest_good_backup

        found = newest_good_backup(path)
        if found is not None:
            backup, info = found
            lines.append(f"  Your newest good backup is {backup.path} "
                         f"({backup.made:%a %d %b %Y %H:%M}, {info.prospects:,} prospects).")
            lines.append("  Start Tickler to restore it: the damaged file is kept beside it.")
        elif path.is_file() and path.stat().st_size == 0:
            lines.append("  Tickler has no backup of this book, and the empty file holds "
                         "nothing to repair. Delete it to start a new book there.")
        else:
            lines.append("  Tickler has no backup of this book. Keep the file as it is and "
                         "ask someone who can repair SQLite files (e.g. sqlite3's .recover).")
    print("\n".join(lines), file=sys.stderr)
    return DAMAGED_EXIT


def meets_damage(command: Callable[[argparse.Namespace], int],
                 ) -> Callable[[argparse.Namespace], int]:
    """A command that finds the book damaged, at open or half-way, says so and exits 3."""

    @functools.wraps(command)
    def run(args: argparse.Namespace) -> int:
        try:
            return command(args)
        except DamagedDatabaseError as exc:
            return report_damage(exc.path, exc.detail)
        except sqlite3.DatabaseError as exc:
            if not is_damage(exc):
                raise
            return report_damage(resolve_db_path(args.db), str(exc))

    return run


@meets_damage
def demo(args: argparse.Namespace) -> int:
    from .services.sample import write_sample_book

    console_safe()
    try:
        ctx = open_context(args)
    except DamagedDatabaseError:
        raise
    except StoreError as exc:
        print(f"tickler: {exc}", file=sys.stderr)
        return 2
    existing = ctx.store.count_prospects()
    if existing:
        print(f"tickler: {ctx.store.path} already holds {existing} prospects; the sample "
              "book goes into a new file (use --db NEW_FILE).", file=sys.stderr)
        return 1
    count = write_sample_book(ctx)
    print(f"Wrote the sample book ({count} prospects) to {ctx.store.path}")
    return 0


def _touch_json(r: QueueRow) -> dict[str, object]:
    return {
        "id": r.id,
        "due_utc": db_time(r.due_utc),
        "prospect_local": utc_to_local(r.due_utc, r.timezone).isoformat(),
        "prospect_timezone": r.timezone,
        "prospect": r.prospect,
        "company": r.company,
        "channel": r.channel.value,
        "title": r.title,
        "status": r.status,
        "reason": r.reason,
        "open_gaps": r.gaps,
    }


def terminal_text(text: str) -> str:
    """Text from the book as one safe line for a terminal: a control character (an escape
    sequence in an imported name could recolour or rewrite the rep's terminal, a bidi
    override reverse the line) shows as "?", and a line break as a space."""
    import unicodedata

    return "".join(" " if ch in "\r\n\t" else "?" if unicodedata.category(ch) in ("Cc", "Cf")
                   else ch for ch in str(text))


def _touch_line(r: QueueRow, rep_tz: str) -> str:
    mine = utc_to_local(r.due_utc, rep_tz).strftime("%a %d %b %H:%M")
    theirs = utc_to_local(r.due_utc, r.timezone).strftime("%H:%M")
    who = f"{r.prospect} ({r.company})" if r.company else r.prospect
    return terminal_text(f"{mine}  [{theirs} theirs]  {r.channel.label:<6} {who} — "
                         f"{r.title}: {r.reason}")


@meets_damage
def queue(args: argparse.Namespace) -> int:
    from .scheduling.days import rep_today
    from .services import ValidationError
    from .services.day_load import DayLoad
    from .services.queue import queue_for_day, upcoming_days

    console_safe()
    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            print(f"tickler: '{args.date}' is not a date; use YYYY-MM-DD.", file=sys.stderr)
            return 2
    days = getattr(args, "days", None)
    if days is not None and not 1 <= days <= 366:
        print("tickler: --days takes a number of days from 1 to 366.", file=sys.stderr)
        return 2
    try:
        ctx = open_context(args)
    except DamagedDatabaseError:
        raise
    except StoreError as exc:
        print(f"tickler: {exc}", file=sys.stderr)
        return 2
    try:
        rows = queue_for_day(ctx, day)
    except ValidationError as exc:
        print(f"tickler: {exc}", file=sys.stderr)
        return 2
    rep_tz = ctx.rep_timezone
    if days is None:
        if args.json:
            json.dump([_touch_json(r) for r in rows], sys.stdout, indent=2, ensure_ascii=False)
            print()
            return 0
        if not rows:
            print("Nothing due.")
            return 0
        for r in rows:
            print(_touch_line(r, rep_tz))
        return 0
    first = day or rep_today(ctx.now(), rep_tz)
    try:
        ahead = [DayLoad(first, tuple(rows)), *upcoming_days(ctx, days, first)]
    except ValidationError as exc:
        print(f"tickler: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump([{
            "date": load.day.isoformat(),
            "load": {"calls": load.calls, "emails": load.emails, "posts": load.posts},
            "touches": [_touch_json(r) for r in load.rows],
        } for load in ahead], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    for i, load in enumerate(ahead):
        heading = f"{load.day:%a %d %b %Y}" + (" (and overdue)" if i == 0 else "")
        print(f"{heading} — {load.load_text()}")
        for r in load.rows:
            print(f"  {_touch_line(r, rep_tz)}")
    return 0
