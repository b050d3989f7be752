"""Opening the one SQLite file: permissions, pragmas, version checks and migrations."""

from __future__ import annotations

import logging
import os
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database

log = logging.getLogger(__name__)

# The number of migrations in migrations.py (test_store checks the two agree). Kept here so
# that opening an up-to-date book does not import the migrations and what they need.
SCHEMA_VERSION = 16


class StoreError(RuntimeError):
    """A problem with the database file, explained for the rep."""


class NewerDatabaseError(StoreError):
    pass


class DamagedDatabaseError(StoreError):
    """SQLite found the book's file damaged (a malformed page, or not a database at all)."""

    def __init__(self, path: Path | None, detail: str) -> None:
        self.path = path
        self.detail = detail
        where = f" ({path})" if path is not None else ""
        super().__init__(f"Your book is damaged{where}: {detail}")


# SQLite's result codes for a damaged file: SQLITE_CORRUPT and SQLITE_NOTADB.
_DAMAGE_CODES = (11, 26)
_DAMAGE_WORDS = ("malformed", "file is not a database", "database corrupt",
                 "database disk image")


def is_damage(exc: BaseException | None) -> bool:
    """Whether ``exc`` (or what caused it) is SQLite saying the file is damaged."""
    seen = 0
    while exc is not None and seen < 10:
        if isinstance(exc, DamagedDatabaseError):
            return True
        if isinstance(exc, sqlite3.DatabaseError):
            code = getattr(exc, "sqlite_errorcode", None)
            if code is not None and code & 0xFF in _DAMAGE_CODES:
                return True
            text = str(exc).lower()
            if any(word in text for word in _DAMAGE_WORDS):
                return True
        exc = exc.__cause__ or exc.__context__
        seen += 1
    return False


def integrity_problems(conn: sqlite3.Connection, *, full: bool = False,
                       limit: int = 10) -> list[str]:
    """What SQLite's own check finds wrong with the file; [] for a sound book.

    ``quick_check`` (the default) reads every page but skips the index-content cross-check
    that makes ``integrity_check`` several times slower; both find a page of junk.
    """
    pragma = "integrity_check" if full else "quick_check"
    try:
        rows = [str(r[0]) for r in conn.execute(f"PRAGMA {pragma}({int(limit)})")]
    except sqlite3.DatabaseError as exc:
        if is_damage(exc):
            return [str(exc)]
        raise
    return [] if rows == ["ok"] else rows


def _touch_private(path: Path) -> None:
    """Create the file readable and writable by its owner only (0600)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    if not path.exists():
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, 0o600)
        os.close(fd)
    try:
        os.chmod(path, 0o600)
    except OSError:  # e.g. a file system without Unix permissions
        log.warning("Could not restrict the permissions of %s", path)


def user_version(db: Database) -> int:
    return int(db.execute("PRAGMA user_version").fetchone()[0])


def backup_copy(source: sqlite3.Connection, target: Path) -> Path:
    """A consistent copy through SQLite's online backup API (safe while in use).

    Whatever is at ``target`` goes first: a copy cut off half-way by a killed run (or its
    journal) would make SQLite refuse to copy into it, and every later try fail alike."""
    for suffix in ("", "-journal", "-wal", "-shm"):
        target.with_name(target.name + suffix).unlink(missing_ok=True)
    _touch_private(target)
    dest = sqlite3.connect(target)
    try:
        source.backup(dest)
        # one self-contained file: no -wal or -shm left beside a copy opened to check it
        dest.execute("PRAGMA journal_mode = DELETE")
    finally:
        dest.close()
    return target


def migrate(db: Database, path: Path | None = None, *, upto: int | None = None) -> int:
    """Bring the schema to ``upto`` (default: the newest). Returns the version reached."""
    from .migrations import MIGRATIONS

    target = SCHEMA_VERSION if upto is None else upto
    current = user_version(db)
    if current > SCHEMA_VERSION:
        raise NewerDatabaseError(
            f"This database was written by a newer version of Tickler (schema {current}; "
            f"this version understands up to {SCHEMA_VERSION}). Update Tickler to open it. "
            "The file has not been changed."
        )
    if 0 < current < target and path is not None:
        copy = path.with_name(f"{path.name}.schema{current}.bak")
        backup_copy(db.conn, copy)
        log.info("Copied %s to %s before migrating", path, copy)
    for number in range(current + 1, target + 1):
        migration = MIGRATIONS[number - 1]
        with db.atomic():
            migration(db)
            db.execute(f"PRAGMA user_version = {number}")
        log.info("Applied migration %d (%s)", number, migration.__name__)
    return max(current, target)


def connect(path: Path | str, *, migrate_schema: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) the Tickler database at ``path`` as a plain connection.

    A file written by a newer Tickler is refused with NewerDatabaseError and not touched.
    sqlite-utils (a tenth of a second to import, more with numpy installed) is only loaded
    when the schema has to be migrated, so an up-to-date book opens without it.
    """
    path = Path(path).expanduser()
    if path.is_file() and path.stat().st_size == 0:
        # SQLite would take an empty file for a new book and write one over it, but an
        # empty file where the book was is a book lost (cut short by a full disk, a crash,
        # a sync tool): the rep is offered a backup instead, and the file is left alone
        raise DamagedDatabaseError(path, "the file is empty (0 bytes); the book that was "
                                         "here is gone")
    if path.exists():
        probe = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            version = int(probe.execute("PRAGMA user_version").fetchone()[0])
        except sqlite3.DatabaseError as exc:
            if is_damage(exc):
                raise DamagedDatabaseError(
                    path, "SQLite cannot read it (it is not a Tickler database, or it is "
                          "damaged).") from exc
            raise StoreError(f"{path} is not a Tickler database (or it is damaged).") from exc
        finally:
            probe.close()
        if version > SCHEMA_VERSION:
            raise NewerDatabaseError(
                f"{path} was written by a newer version of Tickler (schema {version}; this "
                f"version understands up to {SCHEMA_VERSION}). Update Tickler to open it. "
                "The file has not been changed."
            )
    conn: sqlite3.Connection | None = None
    try:
        _touch_private(path)
        conn = sqlite3.connect(path, check_same_thread=False)
        conn.execute("PRAGMA foreign_keys = ON")
        conn.execute("PRAGMA busy_timeout = 5000")
        if conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            conn.execute("PRAGMA journal_mode = wal")
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                os.chmod(side, 0o600)
        version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    except (OSError, sqlite3.Error) as exc:
        if conn is not None:
            conn.close()
        if is_damage(exc):
            raise DamagedDatabaseError(path, str(exc)) from exc
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StoreError(f"Tickler can't open {path}: {reason}.") from exc
    if migrate_schema and 0 < version < SCHEMA_VERSION:
        # an update writes to the book and copies it: never to or of a damaged one
        problems = integrity_problems(conn)
        if problems:
            conn.close()
            raise DamagedDatabaseError(path, "; ".join(problems[:3]))
    if migrate_schema and version < SCHEMA_VERSION:
        try:
            migrate(wrap(conn), path)
        except Exception as exc:  # any failing step: the rep gets words, the log the details
            log.exception("Migrating %s failed", path)
            conn.close()
            if is_damage(exc):
                raise DamagedDatabaseError(path, str(exc)) from exc
            raise StoreError(
                f"Tickler couldn't update {path} to this version ({exc}). The step that "
                "failed was undone; a copy from before the update is beside the file "
                "(*.schemaN.bak) if it held data.") from exc
    return conn


def wrap(conn: sqlite3.Connection) -> Database:
    """The sqlite-utils view of a connection (imported here, on first need)."""
    from sqlite_utils import Database

    return Database(conn, execute_plugins=False)


def open_database(path: Path | str, *, migrate_schema: bool = True) -> Database:
    """Open (creating if needed) the Tickler database at ``path``, through sqlite-utils.

    A file written by a newer Tickler is refused with NewerDatabaseError and not touched.
    """
    return wrap(connect(path, migrate_schema=migrate_schema))
