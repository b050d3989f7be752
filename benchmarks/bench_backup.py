"""The daily check and backup on a large book (it runs on a worker, after the first paint).

    python benchmarks/generate_book.py /tmp/book.sqlite3
    python benchmarks/bench_backup.py /tmp/book.sqlite3 [--json]

Times, on a copy of the book's folder left untouched: SQLite's quick check of the whole
book (what the CLI runs before every command and the app after every start), the same with
integrity_check, and today's automatic backup end to end (check, copy through the backup
API, check of the copy, rename, rotation). There is no target: the figures say how long the
worker is busy and how long ``tickler queue`` waits before it prints.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sqlite3
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.services.backup import back_up_today  # noqa: E402


def timed(work) -> tuple[float, object]:
    start = time.perf_counter()
    result = work()
    return time.perf_counter() - start, result


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("book", type=Path)
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        book = Path(folder) / "tickler.sqlite3"
        shutil.copyfile(args.book, book)
        conn = sqlite3.connect(book)
        quick, _ = timed(lambda: conn.execute("PRAGMA quick_check").fetchall())
        full, _ = timed(lambda: conn.execute("PRAGMA integrity_check").fetchall())
        conn.close()
        backup, info = timed(lambda: back_up_today(book, date.today()))
        figures = {
            "book_mb": round(book.stat().st_size / 1e6, 1),
            "quick_check_s": round(quick, 2),
            "integrity_check_s": round(full, 2),
            "daily_backup_s": round(backup, 2),
            "prospects": getattr(info, "prospects", None),
        }
    if args.json:
        print(json.dumps(figures, indent=2))
    else:
        for key, value in figures.items():
            print(f"{key:>18}  {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
