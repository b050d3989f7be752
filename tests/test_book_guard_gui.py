"""The window and a damaged book (a real page of junk), the daily backup after the first
paint, and File ▸ Restore's list of backups."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from desktop_app.scheduling.clock import MovableClock
from desktop_app.services import AppContext
from desktop_app.services.backup import back_up_today, daily_backups
from desktop_app.store import DamagedDatabaseError, Store
from tests.damage import corrupt_header, corrupt_page

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def _sample_book(path: Path) -> Path:
    from desktop_app.services.sample import write_sample_book

    store = Store.open(path)
    write_sample_book(AppContext(store, MovableClock(NOW)))
    store.close()
    return path


def _open(path: Path) -> AppContext:
    ctx = AppContext(Store.open(path), MovableClock(NOW))
    ctx.set_rep_timezone("Europe/London")
    return ctx


def _window(qtbot, ctx):
    """Built inside the test, after pytest-qt has put its exception hook in place, so the
    window's guard sits in front of it the way it sits in front of the app's own hook."""
    from desktop_app.composition import build_window

    win = build_window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _kept(folder: Path) -> list[Path]:
    return [p for p in folder.glob("tickler.sqlite3.damaged-*") if not p.name.endswith("-wal")]


def _sha(path: Path) -> str:
    """The book as it is on disk: the file and its -wal journal."""
    wal = path.with_name(path.name + "-wal")
    return hashlib.sha256(path.read_bytes() + (wal.read_bytes() if wal.exists() else b"")
                          ).hexdigest()


def test_the_start_up_check_finds_a_damaged_page_and_restores_the_newest_backup(
        qtbot, tmp_path):
    book = _sample_book(tmp_path / "tickler.sqlite3")
    assert back_up_today(book, date(2026, 11, 21)) is not None
    older = back_up_today(book, date(2026, 11, 20))
    assert older is not None
    os.utime(older.path, (1_700_000_000, 1_700_000_000))  # made earlier than the 21st's
    corrupt_page(book)
    ctx = _open(book)
    window = _window(qtbot, ctx)
    try:
        assert window.queue_model.rowCount() > 0  # the damage is not where the queue reads
        assert window.features.book_guard.check_now()
        qtbot.waitUntil(lambda: window.features.book_guard.dialog is not None)
        damaged = _sha(book)  # from here on nothing writes to it
        dialog = window.features.book_guard.dialog
        assert dialog.windowTitle() == "Your book is damaged" and dialog.isVisible()
        qtbot.waitUntil(lambda: dialog.restore_button.isEnabled())
        assert "Sat 21 Nov 2026" in dialog.backup_label.text()
        assert "16 prospects" in dialog.backup_label.text()
        dialog.grab().save(str(tmp_path / "damaged.png"))
        if os.environ.get("TICKLER_SHOTS"):
            dialog.grab().save(os.environ["TICKLER_SHOTS"] + "-damaged.png")
        assert window.features.book_guard.check_now() is False  # nothing runs on a damaged book
        dialog.restore_button.click()
        qtbot.waitUntil(lambda: window.features.book_guard.dialog is None)
        kept = _kept(tmp_path)
        assert len(kept) == 1 and _sha(kept[0]) == damaged  # never written over
        assert ctx.store.integrity_problems() == []
        assert ctx.store.count_prospects() == 16
        assert "Restored the backup of Sat 21 Nov 2026" in window.statusBar().currentMessage()
        assert window.queue_model.rowCount() > 0
    finally:
        window.features.book_guard.job.wait()
        window.rollover.stop()
        ctx.store.close()


@pytest.mark.logs_warnings  # the damage is logged, on purpose
def test_a_damage_error_anywhere_meets_the_same_screen_not_a_crash_box(qtbot, tmp_path):
    """A query that reads the damaged page, raised in a slot on the UI thread, in a worker's
    job or in a view's refresh, goes to the damaged-book screen, never 'Tickler hit a
    problem'."""
    book = _sample_book(tmp_path / "tickler.sqlite3")
    corrupt_page(book)
    ctx = _open(book)
    window = _window(qtbot, ctx)
    try:
        def read_stalls() -> None:
            ctx.store.conn.execute("SELECT count(*), max(words) FROM stalls").fetchall()

        QTimer.singleShot(0, read_stalls)
        qtbot.waitUntil(lambda: window.features.book_guard.dialog is not None)
        dialog = window.features.book_guard.dialog
        assert "malformed" in dialog.findChild(type(dialog.backup_label), "DamageDetail").text()
        qtbot.waitUntil(lambda: not dialog.search.running)
        assert "no good backup" in dialog.backup_label.text()
        assert not dialog.restore_button.isEnabled()
        first = dialog
        # a second error while the screen is up does not open a second one
        from desktop_app.views.common.background import BackgroundJob

        job = BackgroundJob("Reader", window)
        failures: list[str] = []
        job.failed.connect(failures.append)
        job.start(lambda _p, _c: Store.open(book).conn.execute(
            "SELECT count(*), max(words) FROM stalls").fetchall())
        qtbot.waitUntil(lambda: bool(failures))
        assert "Your book is damaged" in failures[0]
        assert window.features.book_guard.dialog is first
        first.done(1)  # as if restored, without quitting the test's application
        assert window.features.book_guard.dialog is None
        # a view refreshing on a change notice, reading the damaged page
        ctx.changes.subscribe(lambda _topics: read_stalls())
        QTimer.singleShot(0, lambda: ctx.changes.emit("stalls"))
        qtbot.waitUntil(lambda: window.features.book_guard.dialog is not None)
        window.features.book_guard.dialog.done(1)
    finally:
        window.rollover.stop()
        ctx.store.close()


def test_a_book_sqlite_cannot_open_meets_the_screen_before_the_window(qtbot, tmp_path):
    from desktop_app.composition import open_or_recover

    book = _sample_book(tmp_path / "tickler.sqlite3")
    back_up_today(book, date(2026, 11, 21))
    corrupt_header(book)
    damaged = _sha(book)
    _click_when_shown("restore_button", restore_enabled=True)
    store = open_or_recover(book)
    try:
        assert store.count_prospects() == 16
    finally:
        store.close()
    kept = _kept(tmp_path)
    assert len(kept) == 1 and _sha(kept[0]) == damaged

    other = _sample_book(tmp_path / "other.sqlite3")
    corrupt_header(other)
    _click_when_shown("quit_button")
    with pytest.raises(DamagedDatabaseError):
        open_or_recover(other)
    assert not list(tmp_path.glob("other.sqlite3.damaged-*"))


def test_restore_lists_the_backups_with_dates_and_counts(qtbot, tmp_path):
    from desktop_app.services.prospects import create_prospect

    book = _sample_book(tmp_path / "tickler.sqlite3")
    back_up_today(book, date(2026, 11, 20))
    ctx = _open(book)
    window = _window(qtbot, ctx)
    try:
        create_prospect(ctx, {"first_name": "Newer", "company": "Later Ltd",
                              "timezone": "Europe/London"})
        back_up_today(book, date(2026, 11, 21))
        days = daily_backups(book)
        os.utime(days[date(2026, 11, 20)], (1_763_600_000, 1_763_600_000))
        chosen: list[list[str]] = []

        def pick_the_older() -> None:
            dialog = window.features.data.restore_dialog
            if dialog is None or not dialog.isVisible():
                QTimer.singleShot(20, pick_the_older)
                return
            model = dialog.model
            chosen.append([" | ".join(str(model.index(r, c).data())
                                      for c in range(model.columnCount()))
                           for r in range(model.rowCount())])
            if os.environ.get("TICKLER_SHOTS"):
                dialog.grab().save(os.environ["TICKLER_SHOTS"] + "-restore.png")
            dialog.table.selectRow(1)
            dialog.restore_button.click()

        QTimer.singleShot(0, pick_the_older)
        assert window.features.data.restore(confirm=False)
        rows = chosen[0]
        assert rows[0].startswith("Mon 23 Nov") or "17 |" in rows[0]
        assert "Daily backup | 17 | tickler-2026-11-21.sqlite3" in rows[0]
        assert "Daily backup | 16 | tickler-2026-11-20.sqlite3" in rows[1]
        assert ctx.store.count_prospects() == 16
    finally:
        window.rollover.stop()
        ctx.store.close()


def test_the_app_makes_todays_backup_after_the_first_paint(tmp_path):
    book = _sample_book(tmp_path / "tickler.sqlite3")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = subprocess.run([sys.executable, "-m", "desktop_app", "--db", str(book),
                           "--quit-after-paint"], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    made = list((tmp_path / "backups").glob("tickler-*.sqlite3"))
    assert len(made) == 1
    assert oct(made[0].stat().st_mode & 0o777) == "0o600"


def test_a_day_turning_while_tickler_runs_makes_that_days_backup(qtbot, tmp_path):
    book = _sample_book(tmp_path / "tickler.sqlite3")
    ctx = _open(book)
    window = _window(qtbot, ctx)
    try:
        guard = window.features.book_guard
        with qtbot.waitSignal(guard.job.finished):
            assert guard.check_now()
        assert sorted(daily_backups(book)) == [date(2026, 11, 23)]
        ctx.clock.advance(days=1)
        with qtbot.waitSignal(guard.job.finished):
            assert window.rollover.check()  # what the midnight timer and the minute tick do
        assert sorted(daily_backups(book)) == [date(2026, 11, 23), date(2026, 11, 24)]
        assert guard.last_backup.prospects == 16
    finally:
        window.rollover.stop()
        ctx.store.close()


def _click_when_shown(button: str, restore_enabled: bool = False) -> None:
    """Press a button of the damaged-book screen once it is up (it runs modal)."""
    from PySide6.QtWidgets import QApplication

    from desktop_app.views.data.backup_dialogs import DamagedBookDialog

    def attempt() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, DamagedBookDialog) and w.isVisible()]
        if not dialogs or (restore_enabled and not dialogs[0].restore_button.isEnabled()):
            QTimer.singleShot(20, attempt)
            return
        getattr(dialogs[0], button).click()

    QTimer.singleShot(0, attempt)


@pytest.mark.logs_warnings  # the damage is logged, on purpose
def test_a_queue_that_cannot_be_read_meets_the_screen_not_the_crash_box(qtbot, tmp_path):
    """The issue's case: damage in the prospects the queue reads. The window is not built
    on it: the damaged-book screen comes first, and a restore builds it on the backup."""
    from desktop_app.composition import first_window

    book = _sample_book(tmp_path / "tickler.sqlite3")
    back_up_today(book, date(2026, 11, 21))
    corrupt_page(book, "prospects")
    ctx = _open(book)
    _click_when_shown("restore_button", restore_enabled=True)
    window = first_window(ctx)
    assert window is not None
    qtbot.addWidget(window)
    try:
        assert window.queue_model.rowCount() > 0
        assert ctx.store.integrity_problems() == []
        assert len(_kept(tmp_path)) == 1
    finally:
        window.rollover.stop()
        ctx.store.close()

    other = _sample_book(tmp_path / "other.sqlite3")
    corrupt_page(other, "prospects")
    ctx = _open(other)
    try:
        _click_when_shown("quit_button")
        assert first_window(ctx) is None
    finally:
        ctx.store.close()


@pytest.mark.logs_warnings  # the damage is logged, on purpose
def test_file_restore_on_a_damaged_book_goes_to_the_screen_and_writes_nothing(
        qtbot, tmp_path):
    book = _sample_book(tmp_path / "tickler.sqlite3")
    backup = back_up_today(book, date(2026, 11, 21))
    corrupt_page(book)
    ctx = _open(book)
    window = _window(qtbot, ctx)
    try:
        ctx.store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        damaged = _sha(book)
        QTimer.singleShot(0, lambda: window.features.data.restore(backup.path, confirm=False))
        qtbot.waitUntil(lambda: window.features.book_guard.dialog is not None)
        assert _sha(book) == damaged
        assert not list(tmp_path.glob("*.before-restore.bak"))
        window.features.book_guard.dialog.done(1)
    finally:
        window.rollover.stop()
        ctx.store.close()
