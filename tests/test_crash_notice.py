"""After a crash, the next start says so, shows the log's last lines, and loses nothing.

A real Tickler process is started on a new book (it writes the sample book: saved work),
then killed the way a crash ends it (SIGABRT, what ``Fatal Python error: none_dealloc``
raises) or the way the system ends it (SIGKILL). The next start runs the real ``run_gui``
in this process.
"""

from __future__ import annotations

import logging
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktop_app.platform.crash import SessionGuard, marker_path, read_marker

ROOT = Path(__file__).resolve().parent.parent


def _counts(db: Path) -> tuple[int, int]:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        return (conn.execute("SELECT count(*) FROM prospects").fetchone()[0],
                conn.execute("SELECT count(*) FROM touches").fetchone()[0])


def _no_core_dump() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))


def _start_and_kill(db: Path, sig: signal.Signals, *, clean: bool = False,
                    ) -> tuple[int, int]:
    """A real Tickler on ``db`` until it has saved the sample book; then ``sig``
    (``clean``: a signal Tickler must take as a request to quit, exiting 0)."""
    env = {k: v for k, v in os.environ.items() if k != "TICKLER_DB"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--db", str(db), "--sample"], cwd=ROOT,
        env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
        preexec_fn=_no_core_dump)
    try:
        deadline = time.monotonic() + 60
        saved = (0, 0)
        while time.monotonic() < deadline and process.poll() is None:
            if marker_path(db).exists() and db.exists():
                try:
                    saved = _counts(db)
                except sqlite3.Error:  # still being created
                    saved = (0, 0)
                if saved[0] and saved[1]:
                    break
            time.sleep(0.2)
        assert process.poll() is None, process.stderr.read().decode() if process.stderr \
            else "exited"
        assert saved[0] > 0, "the app never saved its sample book"
        time.sleep(1.0)  # into its event loop, idle, as a rep would leave it
        saved = _counts(db)
        process.send_signal(sig)
        process.wait(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
        if process.stderr:
            process.stderr.close()
    assert process.returncode == (0 if clean else -sig)
    return saved


def _quiet(widgets, delete: bool = False) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent, QTimer

    for widget in widgets:
        for timer in widget.findChildren(QTimer):
            timer.stop()
        widget.hide()
        if delete:
            widget.deleteLater()
    if delete:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _start_again(qtbot, db: Path) -> tuple[int, dict[str, str]]:
    """The real run_gui on the same book; returns its exit code and what the notice said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.__main__ import build_parser
    from desktop_app.composition import run_gui

    app = QApplication.instance()
    # Windows an earlier test left open would run their timers in this event loop, on
    # their closed books: quiet them first (they are not this test's).
    _quiet(QApplication.topLevelWidgets())
    before = set(QApplication.topLevelWidgets())
    seen: dict[str, str] = {}
    waited = time.monotonic()

    def look() -> None:
        ready = False  # the start-up after the first paint has run (the notice comes there)
        for widget in QApplication.topLevelWidgets():
            if widget.objectName() == "MainWindow" and getattr(widget, "features", None):
                ready = True
            if widget.objectName() == "crashNotice" and widget.isVisible():
                seen["title"] = widget.windowTitle()
                seen["message"] = widget.message.text()
                seen["details"] = widget.details.toPlainText()
                widget.close()
        if ready or time.monotonic() - waited > 30:
            QApplication.quit()
        else:
            QTimer.singleShot(50, look)

    QTimer.singleShot(50, look)
    root = logging.getLogger()
    handlers, level, hook = list(root.handlers), root.level, sys.excepthook
    try:
        code = run_gui(build_parser().parse_args(["--db", str(db)]))
    finally:
        # run_gui's window outlives its closed book in this process (a real app exits)
        _quiet([w for w in QApplication.topLevelWidgets() if w not in before], delete=True)
        for handler in root.handlers[:]:
            if handler not in handlers:
                root.removeHandler(handler)
                handler.close()
        root.setLevel(level)
        sys.excepthook = hook
        app.setQuitOnLastWindowClosed(True)
    return code, seen


@pytest.mark.gui
@pytest.mark.logs_warnings  # the crash notice logs the last session's end as a warning
@pytest.mark.parametrize("sig", [signal.SIGABRT, signal.SIGKILL], ids=["abort", "kill"])
def test_the_next_start_after_a_crash_says_so_shows_the_log_and_keeps_the_book(
        qtbot, tmp_path: Path, sig: signal.Signals):
    db = tmp_path / "book.sqlite3"
    saved = _start_and_kill(db, sig)
    left = read_marker(marker_path(db), None)
    assert left is not None, "the crashed session left no trace"
    if sig == signal.SIGABRT:
        assert left.fatal_error == "Fatal Python error: Aborted", left.fault

    code, seen = _start_again(qtbot, db)

    assert code == 0
    assert seen, "no notice about the crash at the next start"
    assert seen["title"] == "Tickler closed unexpectedly"
    assert "did not close normally last time" in seen["message"]
    assert f"its {saved[0]} prospects" in seen["message"]
    if sig == signal.SIGABRT:
        assert "Fatal Python error: Aborted" in seen["message"]
        assert "Fatal Python error: Aborted" in seen["details"]
        assert "File " in seen["details"]  # the stack Python was in when it stopped
    else:
        assert "may have crashed" in seen["message"]
    assert "starting on" in seen["details"], "the log's last lines are shown"
    assert _counts(db) == saved, "what was saved before the crash must all be there"
    assert not marker_path(db).exists(), "a clean exit leaves no marker"


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGHUP], ids=["term", "hangup"])
def test_a_session_logging_out_is_a_clean_quit_not_a_crash(tmp_path: Path, sig):
    """Logging out or shutting down sends SIGTERM (and closing the terminal that started
    Tickler, SIGHUP): the app quits as from the tray, and leaves no crash to report."""
    db = tmp_path / "book.sqlite3"
    saved = _start_and_kill(db, sig, clean=True)
    assert not marker_path(db).exists()
    assert read_marker(marker_path(db), None) is None
    assert _counts(db) == saved


@pytest.mark.gui
def test_a_clean_exit_leaves_nothing_to_report(qtbot, tmp_path: Path):
    from desktop_app.store import Store

    db = tmp_path / "book.sqlite3"
    Store.open(db).close()
    code, seen = _start_again(qtbot, db)
    assert code == 0 and not seen
    assert not marker_path(db).exists()
    code, seen = _start_again(qtbot, db)
    assert code == 0 and not seen


def test_a_marker_cut_short_still_counts_as_an_unclean_end(tmp_path: Path):
    db = tmp_path / "book.sqlite3"
    marker_path(db).write_text('{"pid": 12, "start')
    last = read_marker(marker_path(db), None)
    assert last is not None and last.pid is None and last.started_utc is None


def test_the_log_tail_is_the_end_of_a_long_log(tmp_path: Path):
    log = tmp_path / "tickler.log"
    log.write_text("".join(f"line {i}\n" for i in range(100_000)))
    db = tmp_path / "book.sqlite3"
    guard = SessionGuard(db, log, "0.1.0")
    assert guard.begin() is None
    try:
        os.kill(os.getpid(), 0)  # still here: the marker is this session's
        last = read_marker(marker_path(db), None)
        assert last is not None and last.pid == os.getpid()
        assert last.log_tail[-1] == "line 99999" and len(last.log_tail) == 25
    finally:
        guard.end()
    assert not marker_path(db).exists()


def test_a_logout_on_the_damaged_book_screen_at_start_quits_and_changes_nothing(
        tmp_path: Path):
    """SIGTERM while the damaged-book screen is up (before the main window runs) ends
    Tickler as a quit there would: exit 2, no crash marker, the damaged file as it was."""
    import hashlib

    from desktop_app.store import Store
    from tests.damage import corrupt_header

    db = tmp_path / "book.sqlite3"
    Store.open(db).close()
    corrupt_header(db)
    before = hashlib.sha256(db.read_bytes()).hexdigest()
    env = {k: v for k, v in os.environ.items() if k != "TICKLER_DB"}
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["XDG_STATE_HOME"] = str(tmp_path / "state")
    process = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "--db", str(db)], cwd=ROOT, env=env,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=_no_core_dump)
    log_file = tmp_path / "state" / "Tickler" / "log" / "tickler.log"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and process.poll() is None:
            if log_file.exists() and "starting on" in log_file.read_text(errors="replace"):
                break
            time.sleep(0.2)
        time.sleep(2.0)  # the screen is up, waiting for the rep
        assert process.poll() is None
        process.send_signal(signal.SIGTERM)
        process.wait(timeout=20)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    assert process.returncode == 2  # as quitting on that screen: the book did not open
    assert not marker_path(db).exists()
    assert hashlib.sha256(db.read_bytes()).hexdigest() == before


@pytest.mark.logs_warnings  # the next start logs the last session's end as a warning
@pytest.mark.parametrize("how", ["abort", "exit"])
def test_a_session_that_dies_before_its_window_paints_still_counts(tmp_path: Path, how):
    """The start opens its marker before the queue paints and writes the marker's details
    only after: a process that dies in between (a fatal error, or gone without a word)
    still leaves a marker the next start reads as a session that did not close."""
    db = tmp_path / "book.sqlite3"
    end = "os.abort()" if how == "abort" else "os._exit(1)"
    script = ("import os, sys\nfrom pathlib import Path\n"
              "from desktop_app.platform.crash import SessionGuard\n"
              f"guard = SessionGuard(Path({str(db)!r}), None, '0.1.0')\n"
              f"guard.open()\n{end}\n")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                          capture_output=True, timeout=60, preexec_fn=_no_core_dump)
    assert done.returncode != 0
    last = read_marker(marker_path(db), None)
    assert last is not None and last.started_utc is None
    if how == "abort":
        assert last.fatal_error == "Fatal Python error: Aborted"
    guard = SessionGuard(db, None, "0.1.0")
    try:
        again = guard.begin()  # the next start: told, and its own marker in place
        assert again is not None and again.fatal_error == last.fatal_error
        mine = read_marker(marker_path(db), None)
        assert mine is not None and mine.pid == os.getpid()
    finally:
        guard.end()
