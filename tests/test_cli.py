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


def test_a_hostile_name_cannot_drive_the_terminal(tmp_path):
    """An imported name carrying an escape sequence, a bidi override or a line break prints
    as one plain line: the rep's terminal is never recoloured or rewritten."""
    from desktop_app.domain.model import StallKind
    from desktop_app.services import AppContext
    from desktop_app.services.prospects import create_prospect
    from desktop_app.services.stalls import StallRequest, log_stall
    from desktop_app.store import Store

    db = tmp_path / "book.sqlite3"
    store = Store.open(db)
    ctx = AppContext(store)
    pid = create_prospect(ctx, {"first_name": "Eve\x1b[2J\x1b[31m", "last_name": "\u202eliam",
                                "company": "Evil", "timezone": "Europe/London"})
    log_stall(ctx, StallRequest(pid, StallKind.GONE_DARK))
    # as a book written by another program may hold it
    store.db.execute("UPDATE prospects SET company = ? WHERE id = ?", ["Evil\nCorp\x07", pid])
    store.close()
    out = tickler("queue", "--db", str(db), "--days", "14")
    assert out.returncode == 0, out.stderr
    assert "\x1b" not in out.stdout and "\u202e" not in out.stdout and "\x07" not in out.stdout
    lines = [line for line in out.stdout.splitlines() if "Eve" in line]
    assert lines and all("Corp" in line for line in lines)  # one line each
    listed = json.loads(tickler("queue", "--db", str(db), "--days", "14", "--json").stdout)
    assert any(t["company"] == "Evil\nCorp\x07" for day in listed for t in day["touches"])


def test_a_damaged_book_exits_3_with_words_and_the_newest_backup(tmp_path):
    """A real book with a page of junk: it still opens and its queue still reads, but the
    CLI checks the whole file first and refuses, naming the backup to restore."""
    import hashlib
    from datetime import date

    from desktop_app.services.backup import back_up_today
    from tests.damage import corrupt_header, corrupt_page

    db = tmp_path / "book.sqlite3"
    assert tickler("demo", "--db", str(db)).returncode == 0
    assert tickler("queue", "--db", str(db)).returncode == 0
    backup = back_up_today(db, date(2026, 11, 28))
    assert backup is not None
    corrupt_page(db)
    damaged = hashlib.sha256(db.read_bytes()).hexdigest()
    for args in (("queue",), ("queue", "--json"), ("demo",)):
        out = tickler(*args, "--db", str(db))
        assert out.returncode == 3, out.stderr
        assert out.stdout == ""
        assert "Your book is damaged" in out.stderr and str(db) in out.stderr
        assert str(backup.path) in out.stderr and "Traceback" not in out.stderr
    assert hashlib.sha256(db.read_bytes()).hexdigest() == damaged  # never written over

    other = tmp_path / "header.sqlite3"
    assert tickler("demo", "--db", str(other)).returncode == 0
    corrupt_header(other)
    out = tickler("queue", "--db", str(other))
    assert out.returncode == 3 and "Your book is damaged" in out.stderr
    assert "no backup of this book" in out.stderr and "Traceback" not in out.stderr
