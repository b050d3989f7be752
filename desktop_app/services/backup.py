"""A full backup of the book, and restoring one, while the app keeps running.

Both go through SQLite's online backup API. A restore checks the file first (it opens, it
is a Tickler database, its schema is one this app understands), keeps a copy of the live
book beside it, then copies the backup into the live connection page by page: every
connection, the window's and any worker's, sees the restored book at once; nothing has to be
closed and reopened, and a failure half-way leaves the live file as it was.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from ..store.database import SCHEMA_VERSION, backup_copy, migrate
from .context import PROFILE, PROSPECTS, SETTINGS, STALLS, TOUCHES, AppContext

REQUIRED_TABLES = {"prospects", "stalls", "touches", "playbooks", "settings"}


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
        raise BackupError("Choose another file: that is the live book itself.")
    if ctx.store.db.conn.in_transaction:  # SQLite would wait for itself forever
        raise BackupError("A change is still being saved; try the backup again.")
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        backup_copy(ctx.store.db.conn, partial)
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"The backup could not be written: {exc}") from exc
    return check_backup(target)


def check_backup(path: Path | str) -> BackupInfo:
    """Open the file read-only and make sure it is a sound Tickler book this app can read."""
    path = Path(path)
    if not path.is_file():
        raise BackupError(f"{path.name} does not exist.")
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise BackupError(f"{path.name} could not be opened: {exc}") from exc
    try:
        try:
            check = conn.execute("PRAGMA quick_check").fetchone()[0]
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            tables = {r[0] for r in conn.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table'")}
        except sqlite3.DatabaseError as exc:
            raise BackupError(f"{path.name} is not a Tickler backup (or it is damaged).") from exc
        if check != "ok":
            raise BackupError(f"{path.name} is damaged ({check}).")
        if version < 1 or not tables >= REQUIRED_TABLES:
            raise BackupError(f"{path.name} is an SQLite file but not a Tickler book.")
        if version > SCHEMA_VERSION:
            raise BackupError(
                f"{path.name} was made by a newer Tickler (schema {version}; this version "
                f"understands up to {SCHEMA_VERSION}). Update Tickler to restore it.")
        prospects = int(conn.execute(
            "SELECT count(*) FROM prospects WHERE deleted_utc IS NULL").fetchone()[0])
        touches = int(conn.execute("SELECT count(*) FROM touches").fetchone()[0])
    finally:
        conn.close()
    return BackupInfo(path, version, prospects, touches)


def restore_backup(ctx: AppContext, source: Path | str) -> BackupInfo:
    """Replace the live book with ``source``; the book as it was is kept beside it.

    Returns what was restored. If the copy itself fails the live book is unchanged; the
    book as it was is kept as ``*.before-restore.bak`` in any case. Messages the backup had
    waiting to go are held as "uncertain" (they may have been sent since the backup).
    """
    info = check_backup(source)
    store = ctx.store
    if store.db.conn.in_transaction:
        raise BackupError("A change is still being saved; try the restore again.")
    if store.path is not None:
        if Path(source).resolve() == store.path.resolve():
            raise BackupError("That is the live book itself; choose a backup file.")
        safety = store.path.with_name(store.path.name + ".before-restore.bak")
        backup_copy(store.db.conn, safety)
    src = sqlite3.connect(f"file:{info.path}?mode=ro", uri=True)
    try:
        src.backup(store.db.conn)
    except sqlite3.Error as exc:
        raise BackupError(f"The backup could not be restored: {exc}") from exc
    finally:
        src.close()
    store.db.execute("PRAGMA foreign_keys = ON")
    try:
        migrate(store.db, store.path)
    except Exception as exc:
        kept = f" The book as it was is kept as {safety.name}." if store.path else ""
        raise BackupError(f"The backup was copied in but could not be brought up to this "
                          f"version ({exc}).{kept}") from exc
    from .outbox import hold_after_restore
    from .stalls import settle_live_plans

    hold_after_restore(ctx)
    settle_live_plans(ctx)  # a backup from before the rule may hold two plans for one
    ctx.forget_cached_settings()
    ctx.changes.emit(PROSPECTS, TOUCHES, STALLS, PROFILE, SETTINGS)
    return info
