"""Commands that work without a window: ``tickler demo`` and ``tickler queue``."""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from datetime import date

from .domain.localtime import utc_to_local
from .platform.paths import resolve_db_path
from .services import AppContext
from .store import Store, StoreError
from .store.store import db_time


def console_safe() -> None:
    """Print on any console: a character the console's code page has no room for (a Windows
    cp1252 or cp437 console, say) comes out as "?" instead of a UnicodeEncodeError."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:
            with contextlib.suppress(ValueError, OSError):  # a stream already in use
                reconfigure(errors="replace")


def open_context(args: argparse.Namespace) -> AppContext:
    path = resolve_db_path(args.db)
    return AppContext(Store.open(path))


def demo(args: argparse.Namespace) -> int:
    from .services.sample import write_sample_book

    console_safe()
    try:
        ctx = open_context(args)
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


def queue(args: argparse.Namespace) -> int:
    from .services import ValidationError
    from .services.queue import queue_for_day

    console_safe()
    day = None
    if args.date:
        try:
            day = date.fromisoformat(args.date)
        except ValueError:
            print(f"tickler: '{args.date}' is not a date; use YYYY-MM-DD.", file=sys.stderr)
            return 2
    try:
        ctx = open_context(args)
    except StoreError as exc:
        print(f"tickler: {exc}", file=sys.stderr)
        return 2
    try:
        rows = queue_for_day(ctx, day)
    except ValidationError as exc:
        print(f"tickler: {exc}", file=sys.stderr)
        return 2
    if args.json:
        json.dump([
            {
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
            for r in rows
        ], sys.stdout, indent=2, ensure_ascii=False)
        print()
        return 0
    rep_tz = ctx.rep_timezone
    if not rows:
        print("Nothing due.")
        return 0
    for r in rows:
        mine = utc_to_local(r.due_utc, rep_tz).strftime("%a %d %b %H:%M")
        theirs = utc_to_local(r.due_utc, r.timezone).strftime("%H:%M")
        who = f"{r.prospect} ({r.company})" if r.company else r.prospect
        print(f"{mine}  [{theirs} theirs]  {r.channel.label:<6} {who} — {r.title}: {r.reason}")
    return 0
