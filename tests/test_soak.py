"""A compressed working day in the real window, in its own process (desktop_app/soak.py).

Thousands of queue keys (move, open and close profiles, snooze, reschedule through the
dialog, done, the call panel's outcomes, undo when the window has it) and a day and a half
of minute ticks with pop-ups, a night's sleep and a day rollover, on the sample book. The
soak runs in a child process, so an abort (PySide6 6.12.0's ``none_dealloc``) is a failed
test with the child's last words, not a dead pytest. About 30-60 s.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent
KEYS, MINUTES = 1500, 1500


def test_a_compressed_day_of_queue_keys_and_minute_ticks_leaves_the_app_alive_and_true(
        tmp_path: Path, summary_lines: list[str]):
    report = tmp_path / "soak.json"
    env = {k: v for k, v in os.environ.items() if k not in ("TICKLER_DB",)}
    env["QT_QPA_PLATFORM"] = "offscreen"
    done = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--soak", str(report), "--db",
         str(tmp_path / "soak.sqlite3"), "--soak-keys", str(KEYS),
         "--soak-minutes", str(MINUTES)],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=900)
    assert done.returncode in (0, 1), (
        f"the soak died (exit {done.returncode}): {done.stderr[-3000:]}")
    result = json.loads(report.read_text())
    assert result["ok"], "\n".join(result["problems"])
    assert result["keys"] == KEYS and result["minute_ticks"] > MINUTES
    assert result["days_seen"] >= 2, "the clock should cross midnight"
    # the keys reached the window: every kind of touch action ran
    for action in ("Done", "Snooze 1 h", "Reschedule…", "Open prospect", "Call panel…"):
        assert result["actions"].get(action, 0) > 20, (action, result["actions"])
    assert result["events"].get("rescheduled", 0) > 20
    if result["undo_available"]:
        assert result["actions"].get("Undo", 0) > 20, result["actions"]
    summary_lines.append(
        f"soak: {result['keys']} keys, {result['minute_ticks']} minute ticks in "
        f"{result['seconds']} s (PySide6 {result['pyside6']}, Python {result['python']}); "
        f"objects +{result['objects']['growth']}, RSS +{result['rss_mb']['growth'] or 0:.1f} MB "
        "after the warm-up")
