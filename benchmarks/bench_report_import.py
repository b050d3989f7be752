"""The call-block report at 1,000,000 touches, and a 100,000-row CSV import.

    python benchmarks/bench_report_import.py               # book in /tmp, reused when present
    python benchmarks/bench_report_import.py --book B.sqlite3 --fresh --json

Report: the time the Report tab needs from being opened to having its figures — a new
connection (as the worker thread opens one) plus ``build_report`` — for every period preset,
first run (cold) and the median of five warm runs; plus the real ReportPanel end to end
(offscreen Qt) for the default period. Target: under 1 s for the default period.

Import: a 100,000-row CSV (a realistic mix: some rows without a time zone, a few bad emails
and duplicates) through ``read_source``, ``prepare_import`` and ``run_import`` (one
transaction) into a fresh book. Target: under 15 s in all.

The 1,000,000-touch book comes from ``benchmarks/generate_book.py``, the shared generator.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.services.importer import (  # noqa: E402
    guess_mapping,
    prepare_import,
    read_source,
    run_import,
)
from desktop_app.services.report import PERIOD_PRESETS, build_report, period_preset  # noqa: E402
from desktop_app.store import Store  # noqa: E402
from desktop_app.store.store import db_time  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)
REP_TZ = "Europe/London"
REPORT_TARGET_S = 1.0
IMPORT_TARGET_S = 15.0


# -- the book -----------------------------------------------------------------------------


def make_book(path: Path, touches: int, prospects: int) -> str:
    generator = Path(__file__).with_name("generate_book.py")
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    subprocess.run([sys.executable, str(generator), str(path), "--prospects",
                    str(prospects), "--touches", str(touches), "--now", db_time(NOW),
                    "--rep-tz", REP_TZ, "--quiet"], check=True, stdout=subprocess.DEVNULL)
    return "generate_book.py"


# -- the report ---------------------------------------------------------------------------


def time_report(path: Path, key: str) -> float:
    started = time.perf_counter()
    store = Store.open(path)
    try:
        build_report(store, period_preset(key, NOW, REP_TZ))
    finally:
        store.close()
    return time.perf_counter() - started


def report_figures(path: Path) -> dict[str, object]:
    store = Store.open(path)
    try:
        touches = store.db.execute("SELECT count(*) FROM touches").fetchone()[0]
        stalls = store.db.execute("SELECT count(*) FROM stalls").fetchone()[0]
    finally:
        store.close()
    results: dict[str, object] = {"touches": touches, "stalls": stalls, "periods": {}}
    for key, label in PERIOD_PRESETS:
        cold = time_report(path, key)
        warm = statistics.median(time_report(path, key) for _ in range(5))
        store = Store.open(path)
        try:
            cohort = build_report(store, period_preset(key, NOW, REP_TZ)).total.stalls
        finally:
            store.close()
        results["periods"][key] = {"label": label, "stalls": cohort,  # type: ignore[index]
                                   "cold_s": round(cold, 3), "warm_s": round(warm, 3)}
    results["tab_open_s"] = round(report_tab_open(path), 3)
    return results


def report_tab_open(path: Path) -> float:
    """The real ReportPanel: from being shown to having its figures (offscreen Qt)."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from desktop_app.scheduling.clock import MovableClock
    from desktop_app.services import AppContext
    from desktop_app.views.common.changes import QtChanges
    from desktop_app.views.report.report_view import ReportPanel

    app = QApplication.instance() or QApplication([])
    store = Store.open(path)
    ctx = AppContext(store, MovableClock(NOW))
    changes = QtChanges(ctx.changes)
    panel = ReportPanel(ctx, changes)
    panel.resize(1240, 700)
    started = time.perf_counter()
    panel.show()
    while panel.report is None:
        app.processEvents()
        time.sleep(0.001)
    app.processEvents()
    elapsed = time.perf_counter() - started
    panel.close()
    panel.deleteLater()
    store.close()
    return elapsed


# -- the import ---------------------------------------------------------------------------


def write_csv(path: Path, rows: int) -> None:
    rng = random.Random(100)
    zones = ["Europe/London", "America/New_York", "Asia/Tokyo", "Europe/Berlin", "", "EST"]
    lines = ["First Name,Last Name,Company,Email,Phone,Mobile,Job Title,Time Zone,Notes"]
    for i in range(rows):
        email = f"person{i}@company{i % 3000}.example"
        if i % 1000 == 7:
            email = "not an email"
        if i % 1000 == 9:
            email = f"person{i - 2}@company{(i - 2) % 3000}.example"  # a duplicate
        note = '"Met at the expo, stand 14"' if i % 10 == 0 else ""
        lines.append(f"First{i},Last{i},Company {i % 3000} Ltd,{email},+44 20 7946 {i % 10000:04d},"
                     f",Buyer,{rng.choice(zones)},{note}")
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def import_figures(rows: int, folder: Path) -> dict[str, object]:
    csv_path = folder / f"tickler-bench-import-{rows}.csv"
    book = folder / "tickler-bench-import.sqlite3"
    write_csv(csv_path, rows)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{book}{suffix}").unlink(missing_ok=True)
    store = Store.open(book)
    try:
        t0 = time.perf_counter()
        table = read_source(csv_path)
        t1 = time.perf_counter()
        plan = prepare_import(store, table, guess_mapping(table.headers), REP_TZ)
        t2 = time.perf_counter()
        result = run_import(store, plan, NOW)
        t3 = time.perf_counter()
        imported = store.count_prospects()
    finally:
        store.close()
    return {"rows": rows, "imported": imported, "merged": result.merged,
            "skipped": result.skipped, "read_s": round(t1 - t0, 2),
            "check_s": round(t2 - t1, 2), "write_s": round(t3 - t2, 2),
            "total_s": round(t3 - t0, 2), "target_s": IMPORT_TARGET_S}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--book", type=Path,
                        default=Path("/tmp/tickler-bench-report-1m.sqlite3"))
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--prospects", type=int, default=100_000)
    parser.add_argument("--rows", type=int, default=100_000, help="CSV rows to import")
    parser.add_argument("--fresh", action="store_true", help="rebuild the book")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)

    source = "existing file"
    if args.fresh or not args.book.exists():
        started = time.perf_counter()
        source = make_book(args.book, args.touches, args.prospects)
        print(f"wrote {args.book} with {source} in {time.perf_counter() - started:.0f} s",
              file=sys.stderr)
    report = report_figures(args.book)
    report["book"] = str(args.book)
    report["source"] = source
    imported = import_figures(args.rows, args.book.parent)
    if args.json:
        print(json.dumps({"report": report, "import": imported}, indent=2))
        return 0
    print(f"Report at {report['touches']:,} touches ({report['stalls']:,} stalls), "
          f"target {REPORT_TARGET_S:.0f} s for the default period:")
    for key, figures in report["periods"].items():  # type: ignore[union-attr]
        print(f"  {figures['label']:<16} {figures['stalls']:>8,} stalls   "
              f"cold {figures['cold_s']:.3f} s   warm {figures['warm_s']:.3f} s"
              + ("   (default)" if key == "last_90" else ""))
    print(f"  Report tab opened with its figures in {report['tab_open_s']:.3f} s")
    print(f"Import of {imported['rows']:,} CSV rows: read {imported['read_s']} s, check "
          f"{imported['check_s']} s, write {imported['write_s']} s, total "
          f"{imported['total_s']} s (target {IMPORT_TARGET_S:.0f} s); "
          f"{imported['imported']:,} imported, {imported['skipped']:,} skipped")
    return 0


if __name__ == "__main__":
    sys.exit(main())
