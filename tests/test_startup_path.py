"""What the usual start does before the queue paints, and what it leaves for after.

The plain start (`tickler`, `tickler --db PATH`) is read without building argparse's
parser; anything else still goes through argparse with its messages. The modules that only
later work needs (calendar, D-Bus, SVG, SMTP, the touch services and the plan machinery
behind them) are not loaded to paint the queue.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.__main__ import build_parser, plain_gui_args

ROOT = Path(__file__).resolve().parent.parent


@pytest.mark.parametrize("argv", [
    [], ["--db", "/tmp/book.sqlite3"], ["--db=/tmp/book.sqlite3", "--quit-after-paint"],
    ["--sample"], ["--empty", "--db", "b.sqlite3"], ["--screenshot", "x.png", "--db", "b"],
])
def test_the_plain_start_reads_the_same_as_argparse(argv):
    quick = plain_gui_args(argv)
    assert quick is not None
    full = build_parser().parse_args(argv)
    for name in ("sample", "empty", "screenshot", "quit_after_paint", "command"):
        assert getattr(quick, name) == getattr(full, name), name
    assert quick.db == getattr(full, "db", None)


@pytest.mark.parametrize("argv", [
    ["queue"], ["demo", "--db", "x"], ["--version"], ["--help"], ["--db"], ["--db", "--sample"],
    ["--d", "x"], ["--db="], ["--sampel"], ["book.sqlite3"],
])
def test_anything_else_goes_to_argparse(argv):
    assert plain_gui_args(argv) is None


def test_painting_the_queue_leaves_later_work_for_later(db_path):
    """The first paint loads no calendar, D-Bus, SVG, SMTP or touch-service code."""
    from desktop_app.store import Store

    store = Store.open(db_path)
    store.set_setting("rep_timezone", "Europe/London")  # else tzlocal looks (and loads more)
    store.close()
    script = (
        "import sys\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.services import AppContext\n"
        "from desktop_app.store import Store\n"
        "from desktop_app.composition import build_window\n"
        f"store = Store.open({str(db_path)!r})\n"
        "window = build_window(AppContext(store), features=False)\n"
        "window.show(); app.processEvents()\n"
        "late = ('calendar', 'PySide6.QtDBus', 'jeepney',\n"
        "        'PySide6.QtSvg', 'smtplib', 'desktop_app.services.touches',\n"
        "        'desktop_app.services.stalls', 'desktop_app.domain.playbooks')\n"
        "print(' '.join(sorted(m for m in late if m in sys.modules)) or '-')\n"
        "window.close(); store.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "-"


def test_the_real_start_paints_without_the_collector_and_runs_it_again_after(tmp_path):
    """`tickler --db BOOK`: Python's garbage collector is paused while the window is built
    and running again (with the start's objects frozen) once the queue has painted; the
    crash marker's JSON, its report and the Upcoming tab's day type wait too."""
    from desktop_app.store import Store

    Store.open(tmp_path / "book.sqlite3").close()  # a book from an earlier day
    script = (
        "import builtins, gc, sys\n"
        "from desktop_app import __main__ as entry\n"
        "late = ('json', 'desktop_app.platform.crash_report', 'desktop_app.services.day_load')\n"
        "seen = {}\n"
        "shown = builtins.print\n"
        "def watch(*args, **kwargs):\n"
        "    if args and str(args[0]).startswith('painted_at='):\n"
        "        seen['collecting'] = gc.isenabled()\n"
        "        seen['loaded'] = ' '.join(m for m in late if m in sys.modules) or '-'\n"
        "    shown(*args, **kwargs)\n"
        "builtins.print = watch\n"
        f"code = entry.main(['--db', {str(tmp_path / 'book.sqlite3')!r}, '--quit-after-paint'])\n"
        "builtins.print = shown\n"
        "print('at paint:', seen['collecting'], seen['loaded'])\n"
        "print('after:', gc.isenabled(), gc.get_freeze_count() > 0, code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "HOME": str(tmp_path)}
    env.pop("TICKLER_DB", None)
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    lines = done.stdout.strip().splitlines()
    assert "at paint: False -" in lines, done.stdout + done.stderr
    assert lines[-1] == "after: True True 0"


def test_the_collector_pause_is_undone_once_and_leaves_others_pauses_alone():
    import gc

    from desktop_app.platform import collector

    assert gc.isenabled()
    try:
        collector.pause()
        assert not gc.isenabled() and collector.paused()
        collector.resume()
        assert gc.isenabled() and not collector.paused() and gc.get_freeze_count() > 0
        collector.resume()  # the timer's resume after the paint's: nothing more
        assert gc.isenabled()
        gc.disable()  # somebody else's pause (a profiler, an embedding app)
        collector.pause()
        collector.resume()
        assert not gc.isenabled()
    finally:
        gc.unfreeze()
        gc.enable()


def test_the_start_writes_its_log_after_the_paint_with_nothing_lost(tmp_path):
    """The log file opens right after the queue's first paint (finding and opening it is
    ~3 ms the paint need not wait for); what the start logged before it is written first,
    in order, with the times it happened."""
    from desktop_app.store import Store

    book = tmp_path / "book.sqlite3"
    Store.open(book).close()
    log_file = tmp_path / "state" / "Tickler" / "log" / "tickler.log"
    script = (
        "import builtins, pathlib\n"
        "from desktop_app import __main__ as entry\n"
        f"log_file = pathlib.Path({str(log_file)!r})\n"
        "seen = []\n"
        "shown = builtins.print\n"
        "def watch(*args, **kwargs):\n"
        "    if args and str(args[0]).startswith('painted_at='):\n"
        "        seen.append(log_file.exists())\n"
        "    shown(*args, **kwargs)\n"
        "builtins.print = watch\n"
        f"code = entry.main(['--db', {str(book)!r}, '--quit-after-paint'])\n"
        "builtins.print = shown\n"
        "print('log at paint:', seen, code)\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT),
           "XDG_STATE_HOME": str(tmp_path / "state")}
    env.pop("TICKLER_DB", None)
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    assert done.stdout.strip().splitlines()[-1] == "log at paint: [False] 0", done.stderr
    lines = log_file.read_text().splitlines()
    starting = next(i for i, line in enumerate(lines) if "Tickler starting on" in line)
    up = next(i for i, line in enumerate(lines) if line.endswith(" is up"))
    closed = next(i for i, line in enumerate(lines) if "closed normally" in line)
    assert starting < up < closed
    assert lines[starting][:23] <= lines[up][:23]  # its own time, not the file's opening
    assert str(book) in lines[starting]
