"""Undo and Upcoming on a large book: what an undoable action and the week ahead cost.

    python benchmarks/generate_book.py /tmp/book.sqlite3
    python benchmarks/bench_undo.py /tmp/book.sqlite3 [--rounds 40]

Works on a copy of the book. For ``--rounds`` prospects with a pending touch it times, on
the real services: the touch marked done through ``undo.perform`` (the plan read before and
after), the undo itself, and the Upcoming view's seven days; medians and worst cases in ms.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.services import AppContext
from desktop_app.services.queue import upcoming_days
from desktop_app.services.touches import complete_touch, snooze_touch
from desktop_app.services.undo import perform, undo_change
from desktop_app.store import Store


def ms(samples: list[float]) -> str:
    return f"median {statistics.median(samples):6.1f} ms, worst {max(samples):6.1f} ms"


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("book", type=Path)
    parser.add_argument("--rounds", type=int, default=40)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp())
    copy = folder / "book.sqlite3"
    shutil.copy(args.book, copy)
    ctx = AppContext(Store.open(copy))
    touches = ctx.store.conn.execute(
        "SELECT t.id, t.prospect_id, t.channel FROM touches t JOIN prospects p ON "
        "p.id = t.prospect_id WHERE t.status = 'pending' AND p.deleted_utc IS NULL "
        "GROUP BY t.prospect_id ORDER BY t.prospect_id LIMIT ?", [args.rounds]).fetchall()
    done, undone, upcoming = [], [], []
    for touch_id, prospect_id, channel in touches:
        started = time.perf_counter()
        if channel == "call":
            change, _ = perform(ctx, "Snooze", prospect_id,
                                lambda t=touch_id: snooze_touch(ctx, t, 60))
        else:
            change, _ = perform(ctx, "Done", prospect_id,
                                lambda t=touch_id: complete_touch(ctx, t))
        done.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        undo_change(ctx, change)
        undone.append((time.perf_counter() - started) * 1000)
        started = time.perf_counter()
        upcoming_days(ctx, 7)
        upcoming.append((time.perf_counter() - started) * 1000)
    counts = ctx.store.conn.execute(
        "SELECT (SELECT count(*) FROM prospects), (SELECT count(*) FROM touches), "
        "(SELECT count(*) FROM outbox)").fetchone()
    print(f"book: {counts[0]:,} prospects, {counts[1]:,} touches, {counts[2]:,} messages; "
          f"{len(touches)} rounds")
    print(f"action through undo.perform   {ms(done)}")
    print(f"undo                          {ms(undone)}")
    print(f"upcoming_days(7)              {ms(upcoming)}")
    ctx.store.close()
    shutil.rmtree(folder)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
