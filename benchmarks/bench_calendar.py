"""Calendar file timings: one invite (its VTIMEZONE worked out from zoneinfo the first time
a zone is used, then cached), and the callbacks export of a generated book.

    python benchmarks/bench_calendar.py [BOOK.sqlite3] [--json]

An invite is built on the UI thread when the rep presses E, so a zone's first invite
should stay well under 30 ms; the export runs on a worker with a busy window.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.domain.invite import InviteRequest, build_invite  # noqa: E402
from desktop_app.services.exporter import export_callbacks_ics  # noqa: E402
from desktop_app.store import Store  # noqa: E402

ZONES = ["America/New_York", "America/Los_Angeles", "America/Sao_Paulo", "America/St_Johns",
         "Europe/London", "Europe/Berlin", "Europe/Moscow", "Africa/Casablanca", "Asia/Kolkata",
         "Asia/Tokyo", "Australia/Sydney", "Australia/Lord_Howe", "Pacific/Chatham",
         "America/Santiago", "Asia/Tehran", "Pacific/Auckland"]


def invite(zone: str) -> str:
    slot = datetime(2027, 7, 1, 14, tzinfo=UTC)
    return build_invite(InviteRequest(
        uid="bench@tickler", slot_utc=slot, timezone=zone, summary="Call", description="",
        organizer_name="Sam", organizer_email="sam@northwind.example", attendee_name="Dana",
        attendee_email="dana@hudson.example", stamp_utc=slot))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", nargs="?", help="a book from generate_book.py")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    invite("UTC")  # imports icalendar
    first, again = [], []
    for zone in ZONES:
        start = time.perf_counter()
        invite(zone)
        first.append(time.perf_counter() - start)
        start = time.perf_counter()
        invite(zone)
        again.append(time.perf_counter() - start)
    result: dict[str, object] = {
        "invite_first_of_zone_ms": {"median": round(statistics.median(first) * 1000, 2),
                                    "worst": round(max(first) * 1000, 2)},
        "invite_again_ms": round(statistics.median(again) * 1000, 2)}
    if args.book:
        store = Store.open(args.book)
        target = Path(tempfile.mkdtemp(prefix="tickler-bench-ics-")) / "callbacks.ics"
        start = time.perf_counter()
        calls = export_callbacks_ics(store, target, datetime.now(UTC))
        result["export"] = {"calls": calls, "seconds": round(time.perf_counter() - start, 2),
                            "bytes": target.stat().st_size}
        store.close()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>24}: {value}")


if __name__ == "__main__":
    main()
