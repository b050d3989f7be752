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
