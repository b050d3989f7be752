"""Start time of the built (PyInstaller) app, next to the source install's.

    python packaging/build.py                         # once: packaging/dist/tickler/
    python benchmarks/bench_frozen_start.py [--app packaging/dist/tickler/tickler]
        [--db BOOK.sqlite3] [--runs 7] [--drop-caches] [--json]

Reports, each a fresh process from spawn to exit (Qt offscreen unless a display is set):

- ``--version`` of the built app: the bootloader and Python start alone;
- the built app started on a book with ``--quit-after-paint`` (exits once the queue is
  painted): the first run (cold-ish: the first after a build or unpack, or truly cold with
  ``--drop-caches``, which needs root) and the median of the rest;
- the same start from source (``python -m desktop_app``) for comparison;
- peak resident memory of the built app.

Without ``--db`` the built app writes the sample book into a temporary file first.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_APP = ROOT / "packaging" / "dist" / "tickler" / "tickler"
TARGET_FIRST_PAINT_S = 1.5  # the built app, warm, to its painted queue


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    if not env.get("DISPLAY") and not env.get("WAYLAND_DISPLAY"):
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("TICKLER_DB", None)
    return env


def timed(argv: list[str], env: dict[str, str], cwd: Path) -> tuple[float, float]:
    """Seconds from spawn to exit, and peak resident memory in MB."""
    started = time.perf_counter()
    child = subprocess.Popen(argv, cwd=cwd, env=env, stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE)
    _pid, status, usage = os.wait4(child.pid, 0)
    elapsed = time.perf_counter() - started
    stderr = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise SystemExit(f"{' '.join(argv)} exited with {code}:\n{stderr}")
    return elapsed, usage.ru_maxrss / 1024.0


def drop_caches() -> bool:
    try:
        os.sync()
        Path("/proc/sys/vm/drop_caches").write_text("3\n")
        return True
    except OSError:
        return False


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--app", type=Path, default=DEFAULT_APP, help="the built binary")
    parser.add_argument("--db", type=Path, help="a book to open (default: the sample book)")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--drop-caches", action="store_true",
                        help="drop the page cache before the first run (root only)")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()

    app = args.app.resolve()
    if not app.exists():
        print(f"{app} is missing: run `python packaging/build.py` first.", file=sys.stderr)
        return 2
    env = child_env()
    with tempfile.TemporaryDirectory(prefix="tickler-bench-frozen-") as tmp:
        scratch = Path(tmp)
        env["XDG_CONFIG_HOME"] = str(scratch / "config")
        db = args.db.resolve() if args.db else scratch / "book.sqlite3"
        if not args.db:
            timed([str(app), "demo", "--db", str(db)], env, scratch)

        really_cold = drop_caches() if args.drop_caches else False
        gui = [str(app), "--db", str(db), "--quit-after-paint"]
        first, first_rss = timed(gui, env, scratch)
        warm = [timed(gui, env, scratch) for _ in range(args.runs)]
        version = [timed([str(app), "--version"], env, scratch)[0] for _ in range(args.runs)]
        source_env = dict(env, PYTHONPATH=str(ROOT))
        source = [timed([sys.executable, "-m", "desktop_app", "--db", str(db),
                         "--quit-after-paint"], source_env, scratch)[0]
                  for _ in range(args.runs)]

    warm_s = statistics.median(t for t, _ in warm)
    results = {
        "app": str(app),
        "platform": env.get("QT_QPA_PLATFORM") or "display",
        "version_s": round(statistics.median(version), 3),
        "first_paint_first_run_s": round(first, 3),
        "first_run_was_cold": really_cold,
        "first_paint_median_s": round(warm_s, 3),
        "source_first_paint_median_s": round(statistics.median(source), 3),
        "peak_rss_mb": round(max([first_rss] + [r for _, r in warm]), 1),
        "target_first_paint_s": TARGET_FIRST_PAINT_S,
        "passed": warm_s <= TARGET_FIRST_PAINT_S,
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    print(f"built app: {app}  (Qt platform: {results['platform']}, {args.runs} runs)")
    print(f"  --version                          {results['version_s']:.2f} s")
    label = "cold" if really_cold else "first run"
    print(f"  start to painted queue, {label:<9}  {first:.2f} s")
    print(f"  start to painted queue, median     {warm_s:.2f} s   "
          f"(target {TARGET_FIRST_PAINT_S:.1f} s: {'ok' if results['passed'] else 'MISSED'})")
    print(f"  same from source (python -m)       {results['source_first_paint_median_s']:.2f} s")
    print(f"  peak memory                        {results['peak_rss_mb']:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
