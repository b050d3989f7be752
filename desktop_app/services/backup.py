"""Backups of the book: the rep's own, the automatic daily ones, and restoring either.

Both go through SQLite's online backup API. A restore checks the file first (it opens, it
is a Tickler database, its schema is one this app understands), keeps a copy of the live
book beside it, then copies the backup into the live connection page by page: every
connection, the window's and any worker's, sees the restored book at once; nothing has to be
closed and reopened, and a failure half-way leaves the live file as it was.

Automatic backups: once per day of use (at start and when the day turns) a copy goes into
the ``backups`` folder beside the book, written through the backup API to a ``.partial``
file, checked (it opens, SQLite's quick check passes, its schema version is the book's) and
only then given its name. The last 7 days of use are kept, and one a week for the 4 weeks
before them. A damaged book is never backed up over a good copy and never written over: the
rep restores the newest good backup and the damaged file is kept beside it, as it was.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from ..domain.date_words import format_date
from ..domain.i18n import tr
from ..store.book_files import (
    book_facts,
    copy_book_into,
    live_prospect_count,
    open_read_only,
    schema_version,
    touch_count,
)
from ..store.database import (
    SCHEMA_VERSION,
    DamagedDatabaseError,
    backup_copy,
    integrity_problems,
    is_damage,
    migrate,
)
from .context import PROFILE, PROSPECTS, SETTINGS, STALLS, TOUCHES, AppContext

log = logging.getLogger(__name__)

REQUIRED_TABLES = {"prospects", "stalls", "touches", "playbooks", "settings"}
BACKUP_FOLDER = "backups"
KEEP_DAILY = 7
KEEP_WEEKLY = 4


class BackupError(RuntimeError):
    """A backup that cannot be used, explained for the rep."""


@dataclass(frozen=True, slots=True)
class BackupInfo:
    path: Path
    schema: int
    prospects: int
    touches: int


def default_backup_name(now: datetime) -> str:
    return f"tickler-backup-{now:%Y-%m-%d-%H%M}.sqlite3"


def backup_database(ctx: AppContext, target: Path | str) -> BackupInfo:
    """A consistent copy of the live book, safe while the app is writing to it."""
    target = Path(target)
    if ctx.store.path is not None and target.resolve() == ctx.store.path.resolve():
        raise BackupError(tr("Choose another file: that is the live book itself."))
    if ctx.store.db.conn.in_transaction:  # SQLite would wait for itself forever
        raise BackupError(tr("A change is still being saved; try the backup again."))
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        backup_copy(ctx.store.db.conn, partial)
        problems = integrity_problems_of(partial)
        if problems:  # a copy of damage: the book itself is damaged
            raise DamagedDatabaseError(ctx.store.path, "; ".join(problems[:3]))
        check_backup(partial)
        partial.replace(target)
    except DamagedDatabaseError:
        partial.unlink(missing_ok=True)
        raise
    except (OSError, sqlite3.Error, BackupError) as exc:
        partial.unlink(missing_ok=True)
        if is_damage(exc):
            raise DamagedDatabaseError(ctx.store.path, str(exc)) from exc
        raise BackupError(tr("The backup could not be written: {error}").format(
            error=exc)) from exc
    return check_backup(target)


def integrity_problems_of(path: Path) -> list[str]:
    """SQLite's quick check of the file at ``path``, opened read-only."""
    conn = open_read_only(path)
    try:
        return integrity_problems(conn)
    finally:
        conn.close()


def check_backup(path: Path | str, *, schema: int | None = None) -> BackupInfo:
    """Open the file read-only and make sure it is a sound Tickler book this app can read
    (and, given ``schema``, one of exactly that schema version)."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(tr("{file} does not exist.").format(file=path.name))
    try:
        conn = open_read_only(path)
    except sqlite3.Error as exc:
        raise BackupError(tr("{file} could not be opened: {error}").format(
            file=path.name, error=exc)) from exc
    try:
        try:
            facts = book_facts(conn)
        except sqlite3.DatabaseError as exc:
            raise BackupError(tr("{file} is not a Tickler backup (or it is damaged).").format(
                file=path.name)) from exc
        check, version, tables = facts.check, facts.version, facts.tables
        if check != "ok":
            raise BackupError(tr("{file} is damaged ({problem}).").format(
                file=path.name, problem=check))
        if version < 1 or not tables >= REQUIRED_TABLES:
            raise BackupError(tr("{file} is an SQLite file but not a Tickler book.").format(
                file=path.name))
        if schema is not None and version != schema:
            raise BackupError(tr("{file} has schema {version}, not {schema}.").format(
                file=path.name, version=version, schema=schema))
        if version > SCHEMA_VERSION:
            raise BackupError(tr(
                "{file} was made by a newer Tickler (schema {version}; this version "
                "understands up to {newest}). Update Tickler to restore it.").format(
                    file=path.name, version=version, newest=SCHEMA_VERSION))
        prospects = live_prospect_count(conn)
        touches = touch_count(conn)
    finally:
        conn.close()
    return BackupInfo(path, version, prospects, touches)


def restore_backup(ctx: AppContext, source: Path | str) -> BackupInfo:
    """Replace the live book with ``source``; the book as it was is kept beside it.

    Returns what was restored. If the copy itself fails the live book is unchanged; the
    book as it was is kept as ``*.before-restore.bak`` in any case. A damaged live book is
    refused with DamagedDatabaseError (see replace_damaged_book). Messages the backup had
    waiting to go are held as "uncertain" (they may have been sent since the backup).
    """
    info = check_backup(source)
    store = ctx.store
    if store.db.conn.in_transaction:
        raise BackupError(tr("A change is still being saved; try the restore again."))
    problems = integrity_problems(store.conn)
    if problems:  # restoring in place would write over it: replace_damaged_book keeps it
        raise DamagedDatabaseError(store.path, "; ".join(problems[:3]))
    if store.path is not None:
        if Path(source).resolve() == store.path.resolve():
            raise BackupError(tr("That is the live book itself; choose a backup file."))
        safety = store.path.with_name(store.path.name + ".before-restore.bak")
        _keep_earlier(safety)
        backup_copy(store.db.conn, safety)
    try:
        copy_book_into(info.path, store.db.conn)
    except sqlite3.Error as exc:
        raise BackupError(tr("The backup could not be restored: {error}").format(
            error=exc)) from exc
    try:
        migrate(store.db, store.path)
    except Exception as exc:
        kept = (" " + tr("The book as it was is kept as {file}.").format(file=safety.name)
                if store.path else "")
        raise BackupError(tr("The backup was copied in but could not be brought up to this "
                             "version ({error}).").format(error=exc) + kept) from exc
    from .outbox import hold_after_restore
    from .stalls import settle_live_plans

    hold_after_restore(ctx)
    settle_live_plans(ctx)  # a backup from before the rule may hold two plans for one
    ctx.forget_cached_settings()
    ctx.changes.emit(PROSPECTS, TOUCHES, STALLS, PROFILE, SETTINGS)
    return info


def _keep_earlier(safety: Path) -> None:
    """Move the book kept at an earlier restore out of the way, dated, not over: restoring
    a second backup (the first was not the right day) must not lose the book as it was
    before the first."""
    try:
        made = datetime.fromtimestamp(safety.stat().st_mtime)
    except FileNotFoundError:
        return
    stem = safety.name[:-len(".before-restore.bak")]
    dated = safety.with_name(f"{stem}.{made:%Y%m%d-%H%M%S}.before-restore.bak")
    n = 1
    while dated.exists():
        n += 1
        dated = safety.with_name(f"{stem}.{made:%Y%m%d-%H%M%S}-{n}.before-restore.bak")
    safety.rename(dated)


# -- automatic backups ----------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class BackupFile:
    """A backup Tickler keeps for the book, as File ▸ Restore lists it."""

    path: Path
    kind: str  # "daily" | "before-restore" | "before-update"
    made: datetime  # local time the file was written
    day: date | None = None  # the day of use, for a daily backup

    @property
    def dated(self) -> datetime:
        """When the backup is of: its day of use (with the time it was written that day)."""
        if self.day is None or self.made.date() == self.day:
            return self.made
        return datetime.combine(self.day, datetime.min.time())

    @property
    def label(self) -> str:
        """'Sat 21 Nov 2026, 09:14', or without the time when only the day is known."""
        if self.day is not None and self.made.date() != self.day:
            return format_date(self.day, "%a %d %b %Y")
        return format_date(self.made, "%a %d %b %Y, %H:%M")


def backups_folder(book: Path) -> Path:
    return book.parent / BACKUP_FOLDER


def _daily_name(book: Path, day: date) -> str:
    return f"{book.stem}-{day:%Y-%m-%d}.sqlite3"


def _daily_pattern(book: Path) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(book.stem)}-(\d{{4}}-\d{{2}}-\d{{2}})\.sqlite3")


def daily_backups(book: Path) -> dict[date, Path]:
    """The automatic backups of ``book`` by their day, whatever their age."""
    folder = backups_folder(book)
    pattern = _daily_pattern(book)
    found: dict[date, Path] = {}
    try:
        entries = list(folder.iterdir())
    except OSError:
        return found
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if match and entry.is_file():
            try:
                found[date.fromisoformat(match.group(1))] = entry
            except ValueError:
                continue
    return found


def list_backups(book: Path) -> list[BackupFile]:
    """Every backup Tickler keeps for ``book``, newest first."""
    files: list[BackupFile] = []

    def made(path: Path) -> datetime:
        return datetime.fromtimestamp(path.stat().st_mtime)

    for day, path in daily_backups(book).items():
        try:
            files.append(BackupFile(path, "daily", made(path), day))
        except OSError:
            continue
    for path in book.parent.glob(f"{_glob_escape(book.name)}.*.bak"):
        kind = "before-restore" if path.name.endswith(".before-restore.bak") else (
            "before-update" if re.search(r"\.schema\d+\.bak$", path.name) else "")
        if kind:
            try:
                files.append(BackupFile(path, kind, made(path)))
            except OSError:
                continue
    files.sort(key=lambda f: (f.dated, f.path.name), reverse=True)
    return files


def _glob_escape(text: str) -> str:
    return re.sub(r"([*?\[])", r"[\1]", text)


def days_to_keep(days: Iterable[date], daily: int = KEEP_DAILY,
                 weekly: int = KEEP_WEEKLY, *, today: date | None = None) -> set[date]:
    """The newest ``daily`` days, and the newest of each of the ``weekly`` weeks before.

    Given ``today``, backups dated after it (made while the computer's clock was ahead, or
    before it was reset to an earlier date) are rotated apart from the rest: they are not
    newer than today's, so they must not push today's and the days before it out, and
    they may be the only copies of the rep's history, so they are not thrown away either.
    """
    if today is not None:
        chosen = set(days)
        ahead = {d for d in chosen if d > today}
        return (days_to_keep(chosen - ahead, daily, weekly)
                | days_to_keep(ahead, daily, weekly))
    ordered = sorted(set(days), reverse=True)
    keep = set(ordered[:daily])
    weeks: list[tuple[int, int]] = []
    for day in ordered[daily:]:
        week = day.isocalendar()[:2]
        if week in weeks:
            continue
        if len(weeks) == weekly:
            break
        weeks.append(week)
        keep.add(day)
    return keep


def prune_backups(book: Path, today: date | None = None) -> list[Path]:
    """Delete the automatic backups the rotation no longer keeps; returns what went."""
    found = daily_backups(book)
    keep = days_to_keep(found, today=today)
    removed = []
    pattern = _daily_pattern(book)
    for stale in backups_folder(book).glob(f"{_glob_escape(book.stem)}-*.sqlite3.partial"):
        # left by a backup cut off half-way (the app killed, the machine off): never a
        # backup, only space taken; today's own is made and renamed before this runs
        if pattern.fullmatch(stale.name[:-len(".partial")]):
            try:
                stale.unlink()
                removed.append(stale)
            except OSError:
                log.warning("Could not remove the unfinished backup %s", stale)
    for day, path in sorted(found.items()):
        if day not in keep:
            try:
                path.unlink()
                removed.append(path)
            except OSError:
                log.warning("Could not remove the old backup %s", path)
    return removed


def backup_due(book: Path, today: date) -> bool:
    return today not in daily_backups(book)


def make_daily_backup(conn: sqlite3.Connection, book: Path, today: date) -> BackupInfo | None:
    """Today's automatic backup of the book ``conn`` has open, if there is none yet.

    The book is checked first: a damaged one raises DamagedDatabaseError and is not copied
    (an earlier good backup is worth more than a copy of the damage). Returns what was
    written, or None when today's backup was already there. Call it off the UI thread.
    """
    problems = integrity_problems(conn)
    if problems:
        raise DamagedDatabaseError(book, "; ".join(problems[:3]))
    folder = backups_folder(book)
    target = folder / _daily_name(book, today)
    if target.exists():
        return None
    folder.mkdir(parents=True, exist_ok=True)
    try:
        os.chmod(folder, 0o700)
    except OSError:
        log.warning("Could not restrict the permissions of %s", folder)
    version = schema_version(conn)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        backup_copy(conn, partial)
        info = check_backup(partial, schema=version)
        partial.replace(target)
    except (OSError, sqlite3.Error, BackupError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(tr("Today's automatic backup could not be made: {error}").format(
            error=exc)) from exc
    prune_backups(book, today)
    log.info("Automatic backup %s (%d prospects)", target, info.prospects)
    return BackupInfo(target, info.schema, info.prospects, info.touches)


def newest_good_backup(book: Path) -> tuple[BackupFile, BackupInfo] | None:
    """The newest backup of ``book`` that passes the check, or None.

    One dated in the future (written while the clock was ahead) is older than it says:
    it is offered only when no backup dated up to now is good."""
    # (two days' grace: a day of use is the rep's day, which may be ahead of this zone's)
    ahead = datetime.now() + timedelta(days=2)
    listed = list_backups(book)
    listed.sort(key=lambda f: f.dated > ahead)  # stable: newest first within each part
    for candidate in listed:
        try:
            return candidate, check_backup(candidate.path)
        except BackupError as exc:
            log.warning("Backup %s is not usable: %s", candidate.path, exc)
    return None


def damaged_name(book: Path, now: datetime) -> Path:
    return book.with_name(f"{book.name}.damaged-{now:%Y%m%d-%H%M%S}")


def keep_damaged_copy(book: Path, now: datetime) -> Path:
    """A byte-for-byte copy of the damaged book (and its -wal journal) beside it, as it is
    on disk now: ``NAME.damaged-YYYYMMDD-HHMMSS`` (0600). Returns the copy's path."""
    kept = damaged_name(book, now)
    for suffix in ("", "-wal"):
        source = book.with_name(book.name + suffix)
        if source.exists():
            target = kept.with_name(kept.name + suffix)
            fd = os.open(target, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, 0o600)
            with os.fdopen(fd, "wb") as out, source.open("rb") as handle:
                shutil.copyfileobj(handle, out, 1024 * 1024)
    return kept


def replace_damaged_book(book: Path, backup: Path, now: datetime,
                         let_go: Callable[[], None] | None = None) -> tuple[BackupInfo, Path]:
    """Put ``backup`` in place of the damaged ``book``, never writing over the damaged file.

    The backup is checked first (a bad one changes nothing). The damaged book is then kept,
    byte for byte with its -wal, as ``NAME.damaged-YYYYMMDD-HHMMSS``; ``let_go`` is called
    to close every connection the caller has to it (closing may fold the journal into the
    old file: the kept copy was taken before); the backup is copied beside the book through
    the backup API, checked, and renamed over it. Returns what was restored and the copy.
    """
    info = check_backup(backup)
    if backup.resolve() == book.resolve():
        raise BackupError(tr("That is the damaged book itself; choose a backup."))
    try:
        kept = keep_damaged_copy(book, now)
    except OSError as exc:
        raise BackupError(tr("The damaged book could not be kept aside: {error}").format(
            error=exc)) from exc
    if let_go is not None:
        let_go()
    partial = book.with_name(book.name + ".restoring")
    try:
        src = open_read_only(backup)
        try:
            backup_copy(src, partial)
        finally:
            src.close()
        check_backup(partial)
        for suffix in ("-wal", "-shm"):  # the damaged book's journal must not meet the new
            book.with_name(book.name + suffix).unlink(missing_ok=True)
        os.replace(partial, book)
    except (OSError, sqlite3.Error, BackupError) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(tr("The backup could not be put in place: {error}. The damaged book "
                             "is still there, and kept as {file}.").format(
            error=exc, file=kept.name)) from exc
    return info, kept


def back_up_today(book: Path, today: date) -> BackupInfo | None:
    """``make_daily_backup`` on a connection of its own, for a worker thread."""
    with contextlib.suppress(OSError):
        if book.stat().st_size == 0:  # SQLite would call it a sound, empty database
            raise DamagedDatabaseError(book, "the file is empty (0 bytes)")
    try:
        conn = sqlite3.connect(f"file:{book}?mode=rw", uri=True, timeout=5)
    except sqlite3.Error as exc:
        raise BackupError(tr("The book could not be opened for its backup: {error}").format(
            error=exc)) from exc
    try:
        return make_daily_backup(conn, book, today)
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            raise DamagedDatabaseError(book, str(exc)) from exc
        raise BackupError(tr("Today's automatic backup could not be made: {error}").format(
            error=exc)) from exc
    finally:
        conn.close()


def prospect_count(path: Path) -> int | None:
    """Live prospects in a backup file (read-only), or None when it cannot be read."""
    try:
        conn = open_read_only(path)
    except sqlite3.Error:
        return None
    try:
        return live_prospect_count(conn)
    except sqlite3.Error:
        return None
    finally:
        conn.close()
