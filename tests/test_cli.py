"""The command line: demo, queue (text and JSON), --version, bad input."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def tickler(*args, env_extra=None):
    env = {**os.environ, **(env_extra or {})}
    return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=60)


def test_demo_then_queue_json(tmp_path):
    db = tmp_path / "book.sqlite3"
    made = tickler("demo", "--db", str(db))
    assert made.returncode == 0, made.stderr
    assert "sample book" in made.stdout
    out = tickler("queue", "--db", str(db), "--json")
    assert out.returncode == 0, out.stderr
    rows = json.loads(out.stdout)
    assert len(rows) >= 10
    for row in rows:
        assert {"id", "due_utc", "prospect", "company", "channel", "status", "reason"} <= set(row)
        assert row["status"] == "pending"
    assert [r["due_utc"] for r in rows] == sorted(r["due_utc"] for r in rows)


def test_demo_refuses_a_book_that_has_prospects(tmp_path):
    db = tmp_path / "book.sqlite3"
    assert tickler("demo", "--db", str(db)).returncode == 0
    again = tickler("demo", "--db", str(db))
    assert again.returncode == 1 and "already holds" in again.stderr


def test_queue_for_a_later_date_and_the_env_variable(tmp_path):
    db = tmp_path / "env.sqlite3"
    assert tickler("demo", env_extra={"TICKLER_DB": str(db)}).returncode == 0
    today = json.loads(tickler("queue", "--json", env_extra={"TICKLER_DB": str(db)}).stdout)
    later = json.loads(tickler("queue", "--db", str(db), "--date", "2027-06-30",
                               "--json").stdout)
    assert len(later) > len(today)


def test_bad_date_and_newer_file_get_clear_messages(tmp_path):
    import sqlite3

    bad = tickler("queue", "--db", str(tmp_path / "x.sqlite3"), "--date", "next week")
    assert bad.returncode == 2 and "YYYY-MM-DD" in bad.stderr
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.close()
    refused = tickler("queue", "--db", str(newer))
    assert refused.returncode == 2 and "newer version of Tickler" in refused.stderr


def test_version():
    out = tickler("--version")
    assert out.returncode == 0 and out.stdout.startswith("Tickler ")


def test_dates_tickler_cannot_plan_in_are_refused_in_words(tmp_path):
    db = tmp_path / "book.sqlite3"
    assert tickler("demo", "--db", str(db)).returncode == 0
    for day in ("9999-12-31", "0001-01-01"):
        out = tickler("queue", "--db", str(db), "--date", day)
        assert out.returncode == 2
        assert "outside the years Tickler can plan in" in out.stderr
        assert "Traceback" not in out.stderr


def test_the_queue_prints_on_a_console_that_is_not_utf8(tmp_path):
    """A Windows code page cannot print every character: those become '?', no traceback."""
    db = tmp_path / "book.sqlite3"
    assert tickler("demo", "--db", str(db)).returncode == 0
    for encoding in ("ascii", "cp437"):
        out = subprocess.run([sys.executable, "-m", "desktop_app", "queue", "--db", str(db)],
                             cwd=ROOT, env={**os.environ, "PYTHONIOENCODING": encoding},
                             capture_output=True, timeout=60)
        assert out.returncode == 0, out.stderr.decode(encoding, "replace")
        assert b"Traceback" not in out.stderr
        text = out.stdout.decode(encoding)
        assert "[" in text and "theirs]" in text
    assert "?" in subprocess.run(
        [sys.executable, "-m", "desktop_app", "queue", "--db", str(db)], cwd=ROOT,
        env={**os.environ, "PYTHONIOENCODING": "ascii"}, capture_output=True,
        timeout=60).stdout.decode("ascii")
