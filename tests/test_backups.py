"""Automatic backups (rotation with a moved clock, checked copies, 0600) and a damaged book
met in the store: noticed, never backed up over a good copy, never written over."""

from __future__ import annotations

import hashlib
import sqlite3
import stat
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.scheduling.clock import MovableClock
from desktop_app.services import AppContext
from desktop_app.services.backup import (
    BackupError,
    back_up_today,
    backups_folder,
    check_backup,
    daily_backups,
    days_to_keep,
    list_backups,
    make_daily_backup,
    newest_good_backup,
    replace_damaged_book,
)
from desktop_app.services.prospects import create_prospect
from desktop_app.store import DamagedDatabaseError, Store, is_damage
from desktop_app.store.database import SCHEMA_VERSION
from tests.damage import corrupt_header, corrupt_page


def _book(path: Path, prospects: int = 3) -> Path:
    store = Store.open(path)
    ctx = AppContext(store, MovableClock(datetime(2026, 9, 1, 9, tzinfo=UTC)))
    from desktop_app.services.sample import write_sample_book

    write_sample_book(ctx)
    for n in range(prospects):
        create_prospect(ctx, {"first_name": f"Extra{n}", "company": "Acme",
                              "timezone": "Europe/London"})
    store.close()
    return path


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_one_backup_a_day_of_use_7_daily_and_4_weekly_kept(tmp_path):
    """Sixty days pass on a moved clock; the rep opens Tickler on weekdays only."""
    book = _book(tmp_path / "tickler.sqlite3")
    clock = MovableClock(datetime(2026, 9, 1, 8, tzinfo=UTC))  # a Tuesday
    store = Store.open(book)
    used = []
    try:
        for _ in range(60):
            today = clock().date()
            if today.weekday() < 5:  # a day of use
                made = make_daily_backup(store.conn, book, today)
                assert made is not None and made.prospects == 19
                assert make_daily_backup(store.conn, book, today) is None  # once a day
                used.append(today)
            clock.advance(days=1)
    finally:
        store.close()
    kept = sorted(daily_backups(book))
    # The last 7 days of use (Oct 22 to 30, weekdays), then the newest of each of the
    # 4 weeks before: Wed 21 Oct (its week's Thursday and Friday are dailies), then the
    # Fridays 16, 9 and 2 Oct. Nothing from September is left.
    assert kept == sorted([*used[-7:], date(2026, 10, 21), date(2026, 10, 16),
                           date(2026, 10, 9), date(2026, 10, 2)])
    assert kept[-7:] == [date(2026, 10, d) for d in (22, 23, 26, 27, 28, 29, 30)]
    folder = backups_folder(book)
    assert folder == tmp_path / "backups" and _mode(folder) == 0o700
    for path in folder.iterdir():
        assert _mode(path) == 0o600 and not path.name.endswith(".partial")
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        conn.close()


def test_the_rotation_rule_itself():
    days = [date(2026, 1, 1) + timedelta(days=n) for n in range(100)]
    keep = days_to_keep(days)
    assert len(keep) == 11
    assert sorted(keep)[-7:] == days[-7:]
    weekly = sorted(keep)[:4]
    assert len({d.isocalendar()[:2] for d in weekly}) == 4
    assert days_to_keep(days[:3]) == set(days[:3])  # a new rep keeps all they have


def test_the_restore_list_names_dates_and_counts(tmp_path):
    book = _book(tmp_path / "tickler.sqlite3")
    assert back_up_today(book, date(2026, 11, 27)) is not None
    assert back_up_today(book, date(2026, 11, 28)) is not None
    listed = list_backups(book)
    assert [f.day for f in listed[:2]] == [date(2026, 11, 28), date(2026, 11, 27)]
    found = newest_good_backup(book)
    assert found is not None and found[1].prospects == 19
    # another book in the same folder has its own backups
    other = _book(tmp_path / "other.sqlite3", prospects=0)
    assert list_backups(other) == []


def test_a_damaged_book_is_found_and_not_backed_up(tmp_path):
    book = _book(tmp_path / "tickler.sqlite3")
    assert back_up_today(book, date(2026, 11, 27)) is not None
    corrupt_page(book)
    store = Store.open(book)  # it still opens, and the queue still reads
    try:
        assert store.queue(datetime(2027, 1, 1, tzinfo=UTC))
        problems = store.integrity_problems()
        assert problems and any("malformed" in p or "Page" in p or "page" in p
                                for p in problems)
        with pytest.raises(sqlite3.DatabaseError) as raised:
            store.conn.execute("SELECT count(*), max(words) FROM stalls").fetchall()
        assert is_damage(raised.value)
    finally:
        store.close()
    with pytest.raises(DamagedDatabaseError, match="Your book is damaged"):
        back_up_today(book, date(2026, 11, 28))
    assert sorted(daily_backups(book)) == [date(2026, 11, 27)]  # the good copy stays
    assert not list(backups_folder(book).glob("*.partial"))


def test_junk_over_the_header_is_damage_with_words(tmp_path):
    book = _book(tmp_path / "tickler.sqlite3")
    corrupt_header(book)
    with pytest.raises(DamagedDatabaseError) as raised:
        Store.open(book)
    assert "Your book is damaged" in str(raised.value) and str(book) in str(raised.value)


def test_the_damaged_file_is_kept_untouched_when_a_backup_replaces_it(tmp_path):
    book = _book(tmp_path / "tickler.sqlite3")
    back_up_today(book, date(2026, 11, 27))
    corrupt_page(book)
    damaged = hashlib.sha256(book.read_bytes()).hexdigest()
    found = newest_good_backup(book)
    assert found is not None
    info, kept = replace_damaged_book(book, found[0].path, datetime(2026, 11, 28, 10, 5))
    assert kept.name == "tickler.sqlite3.damaged-20261128-100500"
    assert hashlib.sha256(kept.read_bytes()).hexdigest() == damaged
    assert _mode(book) == 0o600
    store = Store.open(book)
    try:
        assert store.integrity_problems() == []
        assert store.count_prospects() == info.prospects == 19
    finally:
        store.close()


@pytest.mark.logs_warnings  # the damage is logged, on purpose
def test_a_damaged_backup_is_passed_over_for_an_older_good_one(tmp_path):
    book = _book(tmp_path / "tickler.sqlite3")
    back_up_today(book, date(2026, 11, 26))
    back_up_today(book, date(2026, 11, 27))
    newest = daily_backups(book)[date(2026, 11, 27)]
    corrupt_page(newest)
    found = newest_good_backup(book)
    assert found is not None and found[0].day == date(2026, 11, 26)
    with pytest.raises(BackupError, match="damaged"):
        replace_damaged_book(book, newest, datetime(2026, 11, 28, 10, 5))
    assert not list(tmp_path.glob("*.damaged-*"))  # nothing was moved for a bad backup


def test_a_manual_backup_of_a_damaged_book_is_refused_as_damage(tmp_path):
    from desktop_app.services.backup import backup_database

    book = _book(tmp_path / "tickler.sqlite3")
    corrupt_page(book)
    store = Store.open(book)
    try:
        with pytest.raises(DamagedDatabaseError):
            backup_database(AppContext(store), tmp_path / "copy.sqlite3")
    finally:
        store.close()
    assert not list(tmp_path.glob("copy.sqlite3*"))


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_damaged_book_of_an_older_schema_is_not_updated_nor_copied(tmp_path):
    """The update on opening writes to the book and copies it as *.schemaN.bak: a damaged
    book gets neither (the copy would be a 'backup' of the damage)."""
    book = _book(tmp_path / "tickler.sqlite3")
    conn = sqlite3.connect(book)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")
    conn.commit()
    conn.close()
    corrupt_page(book)
    before = _digest(book)
    with pytest.raises(DamagedDatabaseError, match="Your book is damaged"):
        Store.open(book)
    assert _digest(book) == before
    assert not list(tmp_path.glob("*.bak"))


def test_an_empty_file_where_the_book_was_is_damage_not_a_new_book(tmp_path):
    book = _book(tmp_path / "tickler.sqlite3")
    assert back_up_today(book, date(2026, 11, 27)) is not None
    book.write_bytes(b"")  # cut short by a full disk or a sync tool
    with pytest.raises(DamagedDatabaseError, match="empty"):
        Store.open(book)
    assert book.stat().st_size == 0
    with pytest.raises(DamagedDatabaseError):
        back_up_today(book, date(2026, 11, 28))
    found = newest_good_backup(book)
    assert found is not None and found[1].prospects == 19


def test_backups_from_a_clock_that_was_ahead_push_out_neither_today_nor_history(tmp_path):
    """The clock ran a year ahead for two weeks of use, then was put right: the backups
    made since are kept as days of use (not deleted as soon as written), and the ones
    dated in the future, which may hold weeks of the rep's work, are not thrown away."""
    book = _book(tmp_path / "tickler.sqlite3")
    store = Store.open(book)
    try:
        ahead = [date(2027, 12, 20) + timedelta(days=n) for n in range(14)]  # over New Year
        for day in ahead:
            assert make_daily_backup(store.conn, book, day) is not None
        real = [date(2026, 11, 23) + timedelta(days=n) for n in range(10)]
        for day in real:
            assert make_daily_backup(store.conn, book, day) is not None
            assert day in daily_backups(book)  # today's backup survives its own rotation
    finally:
        store.close()
    kept = set(daily_backups(book))
    assert set(real[-7:]) <= kept
    assert set(ahead[-7:]) <= kept
    assert days_to_keep([*ahead, *real], today=real[-1]) == kept


def test_the_damage_screen_offers_a_backup_dated_in_the_future_last(tmp_path):
    book = _book(tmp_path / "tickler.sqlite3")
    today = datetime.now().date()
    assert back_up_today(book, today + timedelta(days=400)) is not None
    assert back_up_today(book, today - timedelta(days=1)) is not None
    found = newest_good_backup(book)
    assert found is not None and found[0].day == today - timedelta(days=1)


def test_a_backup_cut_off_half_way_is_never_counted_and_is_cleared(tmp_path):
    book = _book(tmp_path / "tickler.sqlite3")
    assert back_up_today(book, date(2026, 11, 26)) is not None
    good = backups_folder(book) / "tickler-2026-11-26.sqlite3"
    half = backups_folder(book) / "tickler-2026-11-27.sqlite3.partial"
    half.write_bytes(good.read_bytes()[: good.stat().st_size // 2])  # the app was killed
    assert sorted(daily_backups(book)) == [date(2026, 11, 26)]
    assert [f.path for f in list_backups(book)] == [good]
    assert back_up_today(book, date(2026, 11, 28)) is not None
    assert not half.exists()
    assert sorted(daily_backups(book)) == [date(2026, 11, 26), date(2026, 11, 28)]


def test_a_second_restore_keeps_the_book_from_before_the_first(tmp_path):
    """The rep restores Monday's backup, sees it is the wrong day and restores Tuesday's:
    the book as it was before either restore is still kept, and listed."""
    from desktop_app.services.backup import restore_backup

    book = _book(tmp_path / "tickler.sqlite3")
    assert back_up_today(book, date(2026, 11, 23)) is not None
    store = Store.open(book)
    ctx = AppContext(store, MovableClock(datetime(2026, 11, 24, 9, tzinfo=UTC)))
    try:
        create_prospect(ctx, {"first_name": "Tuesday", "timezone": "Europe/London"})
        assert back_up_today(book, date(2026, 11, 24)) is not None
        create_prospect(ctx, {"first_name": "Today", "timezone": "Europe/London"})
        original = store.count_prospects()
        restore_backup(ctx, backups_folder(book) / "tickler-2026-11-23.sqlite3")
        restore_backup(ctx, backups_folder(book) / "tickler-2026-11-24.sqlite3")
        assert store.count_prospects() == original - 1
    finally:
        store.close()
    kept = [f for f in list_backups(book) if f.kind == "before-restore"]
    counts = sorted(check_backup(f.path).prospects for f in kept)
    assert counts == [original - 2, original]


def test_todays_backup_in_a_zone_ahead_of_the_computers_is_still_the_newest(tmp_path):
    """The rep's day (Tokyo) is already tomorrow on a computer set to UTC: that backup is
    today's, not one from a clock that ran ahead."""
    book = _book(tmp_path / "tickler.sqlite3")
    today = datetime.now().date()
    assert back_up_today(book, today - timedelta(days=3)) is not None
    assert back_up_today(book, today + timedelta(days=1)) is not None
    found = newest_good_backup(book)
    assert found is not None and found[0].day == today + timedelta(days=1)


def test_a_restore_cut_off_half_way_does_not_block_the_next_one(tmp_path):
    """Tickler was killed while copying the backup in: the half-written copy left beside
    the damaged book must not make every later restore fail."""
    book = _book(tmp_path / "tickler.sqlite3")
    good = back_up_today(book, date(2026, 11, 27))
    assert good is not None
    corrupt_page(book)
    half = book.with_name(book.name + ".restoring")
    half.write_bytes(good.path.read_bytes()[:100] + b"\x07" * 5000)
    info, kept = replace_damaged_book(book, good.path, datetime(2026, 11, 28, 9))
    assert info.prospects == 19 and check_backup(book).prospects == 19
    assert not half.exists() and kept.exists()
