"""The Store: settings, prospects, stalls, touches and the queue, read as typed records,
plus the SQL fragments that express one rule each (open gaps, a held email, a live
prospect's touch). No Qt."""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from ..domain.model import (
    Channel,
    StallKind,
    TouchStatus,
)
from .database import connect, integrity_problems
from .lite import LiteDatabase

if TYPE_CHECKING:
    from sqlite_utils import Database

    from ..domain.gaps import Profile  # (loads with the first profile: not for the queue)
    from ..domain.plan_types import Playbook
    from .record_types import ProspectRecord as ProspectRecord
    from .record_types import ProspectRow as ProspectRow
    from .record_types import StallRecord as StallRecord
    from .record_types import TouchRecord as TouchRecord
    from .record_types import touch_from_row as touch_from_row

TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"
_CHANNELS = {c.value: c for c in Channel}
_STATUSES = {s.value: s for s in TouchStatus}


def db_time(moment: datetime) -> str:
    """UTC, second precision, sortable as text."""
    if moment.tzinfo is None:
        raise ValueError("naive datetimes are not stored")
    return moment.astimezone(UTC).strftime(TIME_FORMAT)


def parse_db_time(text: str) -> datetime:
    if len(text) == 20 and text[10] == "T" and text[19] == "Z":  # fast path: no strptime
        try:
            return datetime.fromisoformat(text)
        except ValueError:
            pass
    return datetime.strptime(text, TIME_FORMAT).replace(tzinfo=UTC)


PROSPECT_FIELDS = (
    "first_name", "last_name", "title", "company", "email", "phone", "mobile", "timezone",
    "address", "linkedin", "website", "blog", "twitter", "facebook", "notes", "other_contacts",
)
PROFILE_FIELDS = (
    "what_will_change", "decision_maker_name", "decision_maker_role", "others_involved",
    "purchasing_process", "budget_status", "budget_amount", "budget_source", "timeline",
)

# Open gaps per prospect, in SQL; must agree with domain.gaps.open_gaps (a test checks).
GAPS_SQL = """(
    (CASE WHEN trim(coalesce(pf.what_will_change, '')) = '' THEN 1 ELSE 0 END) +
    (CASE WHEN trim(coalesce(pf.decision_maker_name, '')) = '' THEN 1 ELSE 0 END) +
    (CASE WHEN coalesce(pf.others_involved, '[]') IN ('', '[]') THEN 1 ELSE 0 END) +
    (CASE WHEN trim(coalesce(pf.purchasing_process, '')) = '' THEN 1 ELSE 0 END) +
    (CASE WHEN coalesce(pf.budget_status, 'unknown') NOT IN ('planned', 'not_planned')
          THEN 1 ELSE 0 END) +
    (CASE WHEN trim(coalesce(pf.timeline, '')) = '' THEN 1 ELSE 0 END) +
    (CASE WHEN NOT EXISTS (SELECT 1 FROM compelling_events ce
                           WHERE ce.prospect_id = p.id AND ce.event_date IS NOT NULL)
          THEN 1 ELSE 0 END)
)"""

# An email touch is held while a reply from its prospect waits for the rep (see
# services/mailbox.py): it stays pending, out of the queue, and its message is not sent.
# An updated or cancelled invite still goes: it puts their calendar right.
HELD_SQL = """(t.channel = 'email' AND coalesce(t.template, '') NOT IN
    ('invite_update', 'invite_cancel') AND EXISTS (SELECT 1 FROM mail_in m
    WHERE m.prospect_id = t.prospect_id AND m.kind = 'reply' AND m.state = 'open'))"""


# The queue shows live prospects' touches, and the one touch a trashed prospect can still
# have: cancelling the calendar invite they were sent.
LIVE_OR_CANCEL_SQL = "(p.deleted_utc IS NULL OR t.template = 'invite_cancel')"
# A touch waiting for the rep: pending, of a live prospect (or that cancellation), and not
# held by a reply. The one rule the queue, its counts and the call pop-ups all read through
# (``t`` is the touch, ``p`` its prospect).
WAITING_SQL = f"(t.status = 'pending' AND {LIVE_OR_CANCEL_SQL} AND NOT {HELD_SQL})"
# An updated or cancelled invite tells the prospect their calendar is wrong: it goes first.
INVITES_FIRST_SQL = ("CASE WHEN t.template IN ('invite_update', 'invite_cancel') THEN 0 "
                     "ELSE 1 END")


@dataclass(frozen=True, slots=True)
class QueueRow:
    """One touch as the today queue shows it."""

    id: int
    prospect_id: int
    stall_id: int | None
    prospect: str
    company: str
    timezone: str
    channel: Channel
    title: str
    reason: str
    due_utc: datetime
    original_due_utc: datetime
    status: str
    gaps: int
    optional: bool
    template: str | None
    email: str
    phone: str = ""  # the number to dial: their phone, else their mobile


def display_name(first: str, last: str) -> str:
    """How a prospect is named on screen: first and last name, or "(no name)"."""
    return f"{first} {last}".strip() or "(no name)"


def _time(text: str | None) -> datetime | None:
    return parse_db_time(text) if text else None


def _stamp(text: str | None) -> datetime | None:
    """A bookkeeping time (when a row was added or changed): None when a book from
    elsewhere (an import of an edited file) left it empty or unreadable; no rule reads it."""
    try:
        return _time(text)
    except ValueError:
        return None


_PROSPECT_COLUMNS = ("id, first_name, last_name, title, company, email, phone, mobile, "
                     "timezone, address, linkedin, website, blog, twitter, facebook, notes, "
                     "other_contacts, country, created_utc, updated_utc, deleted_utc")
TOUCH_COLUMNS = ("id, prospect_id, stall_id, event_id, step_key, title, channel, reason, "
                  "template, optional, attempt, due_utc, original_due_utc, snooze_count, "
                  "status, outcome, outcome_reason, notes, done_utc, minutes_late, "
                  "created_utc, dialled_utc")


_STALL_COLUMNS = ("id, prospect_id, kind, words, logged_utc, slot_utc, slot_tz, slot_quality, "
                  "playbook_key, status, closed_utc, closed_reason, origin_touch_id")


_RECORD_TYPES = frozenset(
    {"ProspectRow", "ProspectRecord", "TouchRecord", "StallRecord", "touch_from_row"})


def __getattr__(name: str) -> object:
    """The prospect, touch and stall records, from ``record_types`` when first asked for:
    four frozen dataclasses cost a few ms to create, and the queue's first paint needs none
    of them (its rows are ``QueueRow``s)."""
    if name in _RECORD_TYPES:
        from . import record_types

        return getattr(record_types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def fts_query(text: str) -> str | None:
    """Prefix search for every word typed: 'ann smi' finds Anna Smith."""
    words = re.findall(r"\w+", text, flags=re.UNICODE)
    if not words:
        return None
    return " ".join(f'"{w}"*' for w in words)


class Store:
    """The one database, with the queries the services need."""

    def __init__(self, db: Database | sqlite3.Connection, path: Path | None = None) -> None:
        if isinstance(db, sqlite3.Connection):
            # sqlite-utils' semantics without its import cost; see store/lite.py.
            self.db: Database = cast("Database", LiteDatabase(db))
        else:
            self.db = db
        self.conn: sqlite3.Connection = self.db.conn
        self.path = path
        self._depth = 0  # how many transaction() blocks are open
        self._after_commit: list[Callable[[], None]] = []

    @classmethod
    def open(cls, path: Path | str) -> Store:
        path = Path(path).expanduser()
        return cls(connect(path), path)

    def close(self) -> None:
        self.conn.close()

    def reopen(self) -> None:
        """Open the file at ``path`` afresh (after a damaged book was replaced on disk)."""
        if self.path is None:
            raise ValueError("an in-memory store cannot be reopened")
        with suppress(sqlite3.Error):  # closing a damaged book may fail; the new one matters
            self.conn.close()
        self.conn = connect(self.path)
        self.db = cast("Database", LiteDatabase(self.conn))

    def integrity_problems(self) -> list[str]:
        """What SQLite's quick check finds wrong with the book ([] when it is sound)."""
        return integrity_problems(self.conn)

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        """Everything inside commits together or not at all.

        Callbacks queued with ``after_commit`` inside run once the outermost block has
        committed; those of a block that rolls back are dropped with it.
        """
        mark = len(self._after_commit)
        self._depth += 1
        try:
            with self.db.atomic() as db:
                yield db
        except BaseException:
            del self._after_commit[mark:]
            raise
        finally:
            self._depth -= 1
        if self._depth == 0 and self._after_commit:
            callbacks, self._after_commit = self._after_commit, []
            for callback in callbacks:
                callback()

    def data_version(self) -> int:
        """A number that moves when another connection (another window, process or worker
        thread) commits to the book; this connection's own commits leave it alone."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def after_commit(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` when the open transaction commits (at once if none is open)."""
        if self._depth:
            self._after_commit.append(callback)
        else:
            callback()

    # -- settings -------------------------------------------------------------------------

    def get_setting(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return default if row is None else row[0]

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction():
            self.db.execute(
                "INSERT INTO settings (key, value) VALUES (?, ?) "
                "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                [key, value],
            )

    # -- prospects ------------------------------------------------------------------------

    def insert_prospect(self, fields: Mapping[str, Any], now: datetime) -> int:
        values = {k: fields.get(k, "") or "" for k in PROSPECT_FIELDS}
        if not values["timezone"]:
            raise ValueError("a prospect needs a time zone")
        values["created_utc"] = values["updated_utc"] = db_time(now)
        columns = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        with self.transaction():
            cursor = self.db.execute(
                f"INSERT INTO prospects ({columns}) VALUES ({marks})", list(values.values())
            )
            prospect_id = int(cursor.lastrowid or 0)
            self.db.execute("INSERT INTO profiles (prospect_id) VALUES (?)", [prospect_id])
        return prospect_id

    def update_prospect(self, prospect_id: int, fields: Mapping[str, Any], now: datetime) -> None:
        values = {k: (fields[k] or "") for k in PROSPECT_FIELDS if k in fields}
        if not values:
            return
        values["updated_utc"] = db_time(now)
        assignments = ", ".join(f"{k} = ?" for k in values)
        with self.transaction():
            self.db.execute(
                f"UPDATE prospects SET {assignments} WHERE id = ?",
                [*values.values(), prospect_id],
            )

    def get_prospect(self, prospect_id: int) -> ProspectRecord | None:
        row = self.conn.execute(f"SELECT {_PROSPECT_COLUMNS} FROM prospects WHERE id = ?",
                                [prospect_id]).fetchone()
        from .record_types import prospect_record
        return prospect_record(row) if row else None

    def find_prospect_by_email(self, email: str) -> ProspectRecord | None:
        row = self.conn.execute(
            f"SELECT {_PROSPECT_COLUMNS} FROM prospects WHERE lower(email) = lower(?) "
            "AND deleted_utc IS NULL LIMIT 1", [email.strip()]).fetchone()
        from .record_types import prospect_record
        return prospect_record(row) if row else None

    def count_prospects(self) -> int:
        """Live prospects: all rows less the deleted ones (two small indexes, no scan)."""
        return int(self.conn.execute(
            "SELECT (SELECT count(*) FROM prospects) - "
            "(SELECT count(*) FROM prospects WHERE deleted_utc IS NOT NULL)").fetchone()[0])

    # Above this many matches, ranking every one costs more than a keystroke may take
    # (bm25 over 100,000 rows is ~100 ms): the first ``limit`` matches are shown instead.
    SEARCH_RANK_CAP = 2000

    def search_prospects(self, text: str = "", limit: int = 200) -> list[ProspectRow]:
        """Live prospects matching ``text`` (every word as a prefix), best match first.

        When the words match more than ``SEARCH_RANK_CAP`` prospects (one letter typed, a
        shared dialling code), the first ``limit`` of them come back unranked; a further
        keystroke narrows the set until it is ranked again.
        """
        query = fts_query(text)
        columns = "p.id, p.first_name, p.last_name, p.company, p.email, p.phone, p.timezone"
        if query is None:
            sql = (f"SELECT {columns} FROM prospects p WHERE p.deleted_utc IS NULL "
                   "ORDER BY p.last_name COLLATE NOCASE, p.first_name COLLATE NOCASE LIMIT ?")
            params: list[Any] = [limit]
        else:
            matches = self.conn.execute(
                "SELECT count(*) FROM (SELECT rowid FROM prospects_fts "
                "WHERE prospects_fts MATCH ? LIMIT ?)",
                [query, self.SEARCH_RANK_CAP]).fetchone()[0]
            order = "ORDER BY f.rank " if matches < self.SEARCH_RANK_CAP else ""
            sql = (f"SELECT {columns} FROM prospects_fts f JOIN prospects p ON p.id = f.rowid "
                   f"WHERE prospects_fts MATCH ? AND p.deleted_utc IS NULL {order}LIMIT ?")
            params = [query, limit]
        from .record_types import ProspectRow
        return [
            ProspectRow(r[0], display_name(r[1], r[2]), r[3], r[4], r[5], r[6])
            for r in self.conn.execute(sql, params)
        ]

    def live_prospect_rows(self, ids: list[int]) -> dict[int, ProspectRow]:
        """The live prospects among ``ids``, by id."""
        marks = ", ".join("?" for _ in ids)
        from .record_types import ProspectRow
        return {int(r[0]): ProspectRow(int(r[0]), display_name(r[1], r[2]), r[3], r[4], r[5],
                                       r[6])
                for r in self.conn.execute(
                    "SELECT id, first_name, last_name, company, email, phone, timezone "
                    f"FROM prospects WHERE id IN ({marks}) AND deleted_utc IS NULL", ids)}

    # -- profile --------------------------------------------------------------------------

    def get_profile(self, prospect_id: int) -> Profile:
        """The prospect's answers (all empty when the prospect has no profile row)."""
        from ..domain.gaps import Profile

        row = self.conn.execute(
            f"SELECT {', '.join(PROFILE_FIELDS)}, updated_utc FROM profiles "
            "WHERE prospect_id = ?", [prospect_id]).fetchone()
        if row is None:
            return Profile(prospect_id)
        import json  # not needed to paint the queue

        answers = dict(zip(PROFILE_FIELDS, row[:len(PROFILE_FIELDS)], strict=True))
        others = json.loads(str(answers.pop("others_involved") or "[]"))
        return Profile(prospect_id=prospect_id, others_involved=tuple(str(o) for o in others),
                       updated_utc=_time(row[-1]),
                       **{k: v if v is not None else "" for k, v in answers.items()})

    def update_profile(self, prospect_id: int, fields: Mapping[str, Any], now: datetime) -> None:
        values: dict[str, Any] = {}
        for key in PROFILE_FIELDS:
            if key in fields:
                value = fields[key]
                if key == "others_involved":
                    import json

                    value = json.dumps([v.strip() for v in value or [] if v and v.strip()])
                values[key] = value if value is not None else ""
        values["updated_utc"] = db_time(now)
        assignments = ", ".join(f"{k} = ?" for k in values)
        with self.transaction():
            self.db.execute(
                "INSERT INTO profiles (prospect_id) VALUES (?) ON CONFLICT DO NOTHING",
                [prospect_id])
            self.db.execute(f"UPDATE profiles SET {assignments} WHERE prospect_id = ?",
                            [*values.values(), prospect_id])

    def dated_event_count(self, prospect_id: int) -> int:
        return int(self.db.execute(
            "SELECT count(*) FROM compelling_events WHERE prospect_id = ? "
            "AND event_date IS NOT NULL", [prospect_id]).fetchone()[0])

    def open_gap_count(self, prospect_id: int) -> int:
        row = self.db.execute(
            f"SELECT {GAPS_SQL} FROM prospects p LEFT JOIN profiles pf ON pf.prospect_id = p.id "
            "WHERE p.id = ?", [prospect_id]).fetchone()
        return int(row[0]) if row else 0

    # -- playbooks ------------------------------------------------------------------------

    def load_playbooks(self) -> list[Playbook]:
        from ..domain.plan_types import Playbook, PlaybookStep  # not needed before the queue

        playbooks = []
        for pb in self.db.query("SELECT * FROM playbooks ORDER BY id"):
            steps = tuple(
                PlaybookStep(
                    key=s["key"], title=s["title"], channel=Channel(s["channel"]),
                    anchor=s["anchor"], offset_days=s["offset_days"],
                    offset_minutes=s["offset_minutes"], condition=s["condition"],
                    optional=bool(s["optional"]), template=s["template"], reason=s["reason"],
                    attempt=s["attempt"],
                )
                for s in self.db.query(
                    "SELECT * FROM playbook_steps WHERE playbook_id = ? ORDER BY position",
                    [pb["id"]])
            )
            import json

            kinds = tuple(StallKind(k) for k in json.loads(pb["stall_kinds"]))
            playbooks.append(Playbook(pb["key"], pb["name"], kinds, steps, pb["description"]))
        return playbooks

    def replace_playbook(self, playbook: Playbook) -> bool:
        """Store ``playbook`` over the one with its key (name, description and steps at
        once); False when the book has no playbook with that key."""
        with self.transaction():
            row = self.conn.execute("SELECT id FROM playbooks WHERE key = ?",
                                    [playbook.key]).fetchone()
            if row is None:
                return False
            playbook_id = int(row[0])
            self.conn.execute("UPDATE playbooks SET name = ?, description = ? WHERE id = ?",
                              [playbook.name, playbook.description, playbook_id])
            self.conn.execute("DELETE FROM playbook_steps WHERE playbook_id = ?", [playbook_id])
            self.conn.executemany(
                "INSERT INTO playbook_steps (playbook_id, position, key, title, channel, anchor,"
                " offset_days, offset_minutes, condition, optional, template, reason, attempt)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[playbook_id, position, step.key, step.title, step.channel.value, step.anchor,
                  step.offset_days, step.offset_minutes, step.condition, int(step.optional),
                  step.template, step.reason, step.attempt]
                 for position, step in enumerate(playbook.steps)])
        return True

    # -- stalls ---------------------------------------------------------------------------

    def insert_stall(self, fields: Mapping[str, Any]) -> int:
        columns = ", ".join(fields)
        marks = ", ".join("?" for _ in fields)
        cursor = self.db.execute(f"INSERT INTO stalls ({columns}) VALUES ({marks})",
                                 list(fields.values()))
        return int(cursor.lastrowid or 0)

    def get_stall(self, stall_id: int) -> StallRecord | None:
        row = self.conn.execute(f"SELECT {_STALL_COLUMNS} FROM stalls WHERE id = ?",
                                [stall_id]).fetchone()
        from .record_types import stall_record
        return stall_record(row) if row else None

    def stalls_for(self, prospect_id: int) -> list[StallRecord]:
        """The prospect's stalls, newest first."""
        from .record_types import stall_record
        return [stall_record(r) for r in self.conn.execute(
            f"SELECT {_STALL_COLUMNS} FROM stalls WHERE prospect_id = ? "
            "ORDER BY logged_utc DESC, id DESC", [prospect_id])]

    def close_stall(self, stall_id: int, reason: str, now: datetime) -> None:
        self.db.execute(
            "UPDATE stalls SET status = 'closed', closed_utc = ?, closed_reason = ? "
            "WHERE id = ? AND status = 'open'", [db_time(now), reason, stall_id])

    # -- touches --------------------------------------------------------------------------

    def insert_touches(self, rows: Iterable[Mapping[str, Any]]) -> list[int]:
        ids = []
        for row in rows:
            columns = ", ".join(row)
            marks = ", ".join("?" for _ in row)
            cursor = self.db.execute(f"INSERT INTO touches ({columns}) VALUES ({marks})",
                                     list(row.values()))
            ids.append(int(cursor.lastrowid or 0))
        return ids

    def get_touch(self, touch_id: int) -> TouchRecord | None:
        row = self.conn.execute(f"SELECT {TOUCH_COLUMNS} FROM touches WHERE id = ?",
                                [touch_id]).fetchone()
        from .record_types import touch_record
        return touch_record(row) if row else None

    def touches_where(self, where: str, params: Sequence[Any]) -> list[TouchRecord]:
        """Whole touches by a condition (and order) on the touches table; for store/."""
        from .record_types import touch_record
        return [touch_record(r) for r in self.conn.execute(
            f"SELECT {TOUCH_COLUMNS} FROM touches WHERE {where}", params)]

    def update_touch(self, touch_id: int, fields: Mapping[str, Any]) -> None:
        assignments = ", ".join(f"{k} = ?" for k in fields)
        self.db.execute(f"UPDATE touches SET {assignments} WHERE id = ?",
                        [*fields.values(), touch_id])

    def touches_for(self, prospect_id: int) -> list[TouchRecord]:
        """The prospect's touches, latest due first."""
        return self.touches_where("prospect_id = ? ORDER BY due_utc DESC, id DESC",
                                  [prospect_id])

    def pending_touches_for_stall(self, stall_id: int) -> list[TouchRecord]:
        return self.touches_where("stall_id = ? AND status = 'pending' ORDER BY due_utc",
                                  [stall_id])

    def event_touches(self, event_id: int) -> list[TouchRecord]:
        """The touches planned for a compelling event, oldest first."""
        return self.touches_where("event_id = ? ORDER BY id", [event_id])

    def cancel_pending_for_stall(self, stall_id: int, reason: str) -> int:
        cursor = self.db.execute(
            "UPDATE touches SET status = 'cancelled', outcome_reason = ? "
            "WHERE stall_id = ? AND status = 'pending'", [reason, stall_id])
        return int(cursor.rowcount)

    def queue(self, before_utc: datetime, limit: int | None = None, *,
              since_utc: datetime | None = None) -> list[QueueRow]:
        """Pending touches due before ``before_utc`` (overdue included, or only those due
        from ``since_utc`` on), in time order; an updated or cancelled invite to send comes
        first."""
        sql = f"""
            SELECT t.id, t.prospect_id, t.stall_id, p.first_name, p.last_name, p.company,
                   p.timezone, t.channel, t.title, t.reason, t.due_utc, t.original_due_utc,
                   t.status, {GAPS_SQL} AS gaps, t.optional, t.template, p.email,
                   coalesce(nullif(p.phone, ''), p.mobile)
            FROM touches t
            JOIN prospects p ON p.id = t.prospect_id
            LEFT JOIN profiles pf ON pf.prospect_id = p.id
            WHERE {WAITING_SQL} AND t.due_utc < ? AND t.due_utc >= ?
            ORDER BY {INVITES_FIRST_SQL}, t.due_utc, t.id
        """
        params: list[Any] = [db_time(before_utc),
                             db_time(since_utc) if since_utc is not None else ""]
        if limit is not None:
            sql += " LIMIT ?"
            params.append(limit)
        return [
            QueueRow(
                id=r[0], prospect_id=r[1], stall_id=r[2], prospect=display_name(r[3], r[4]),
                company=r[5], timezone=r[6], channel=_CHANNELS[r[7]], title=r[8], reason=r[9],
                due_utc=parse_db_time(r[10]), original_due_utc=parse_db_time(r[11]),
                status=r[12], gaps=int(r[13]), optional=bool(r[14]), template=r[15],
                email=r[16], phone=r[17] or "",
            )
            for r in self.conn.execute(sql, params)
        ]

    def due_count(self, before_utc: datetime) -> int:
        return int(self.conn.execute(
            "SELECT count(*) FROM touches t JOIN prospects p ON p.id = t.prospect_id "
            f"WHERE {WAITING_SQL} AND t.due_utc < ?",
            [db_time(before_utc)]).fetchone()[0])
