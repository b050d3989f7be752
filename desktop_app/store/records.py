"""Typed records of the book's main rows: a prospect, a stall, a touch.

The older ``Store.get_prospect`` / ``get_stall`` / ``get_touch`` return dicts read by
string key (views still use them); new code reads these instead, so mypy sees a renamed
column. Times are parsed to aware UTC datetimes and kinds to the domain's enums.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.model import Channel, SlotQuality, TouchStatus
from .store import Store, display_name, parse_db_time


def _time(text: str | None) -> datetime | None:
    return parse_db_time(text) if text else None


@dataclass(frozen=True, slots=True)
class ProspectRecord:
    id: int
    first_name: str
    last_name: str
    title: str
    company: str
    email: str
    phone: str
    mobile: str
    timezone: str
    country: str
    notes: str
    deleted_utc: datetime | None

    @property
    def name(self) -> str:
        """As the screens name them: first and last name, or "(no name)"."""
        return display_name(self.first_name, self.last_name)

    @property
    def live(self) -> bool:
        return self.deleted_utc is None


@dataclass(frozen=True, slots=True)
class StallRecord:
    id: int
    prospect_id: int
    kind: str  # a StallKind's value; not checked by the schema, so kept as written
    words: str
    logged_utc: datetime
    slot_utc: datetime | None
    slot_tz: str
    slot_quality: SlotQuality
    playbook_key: str
    open: bool
    closed_utc: datetime | None
    closed_reason: str | None
    origin_touch_id: int | None


@dataclass(frozen=True, slots=True)
class TouchRecord:
    id: int
    prospect_id: int
    stall_id: int | None
    event_id: int | None
    step_key: str
    title: str
    channel: Channel
    reason: str
    template: str | None
    optional: bool
    attempt: int | None
    due_utc: datetime
    original_due_utc: datetime
    snooze_count: int
    status: TouchStatus
    outcome: str | None
    outcome_reason: str | None
    notes: str
    done_utc: datetime | None
    dialled_utc: datetime | None


_PROSPECT = ("id, first_name, last_name, title, company, email, phone, mobile, timezone, "
             "country, notes, deleted_utc")
_STALL = ("id, prospect_id, kind, words, logged_utc, slot_utc, slot_tz, slot_quality, "
          "playbook_key, status, closed_utc, closed_reason, origin_touch_id")
_TOUCH = ("id, prospect_id, stall_id, event_id, step_key, title, channel, reason, template, "
          "optional, attempt, due_utc, original_due_utc, snooze_count, status, outcome, "
          "outcome_reason, notes, done_utc, dialled_utc")


def _prospect(r: Sequence[Any]) -> ProspectRecord:
    return ProspectRecord(r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], r[9], r[10],
                          _time(r[11]))


def _stall(r: Sequence[Any]) -> StallRecord:
    return StallRecord(
        id=r[0], prospect_id=r[1], kind=r[2], words=r[3],
        logged_utc=parse_db_time(r[4]), slot_utc=_time(r[5]), slot_tz=r[6],
        slot_quality=SlotQuality(r[7]), playbook_key=r[8], open=r[9] == "open",
        closed_utc=_time(r[10]), closed_reason=r[11], origin_touch_id=r[12])


def _touch(r: Sequence[Any]) -> TouchRecord:
    return TouchRecord(
        id=r[0], prospect_id=r[1], stall_id=r[2], event_id=r[3], step_key=r[4], title=r[5],
        channel=Channel(r[6]), reason=r[7], template=r[8], optional=bool(r[9]),
        attempt=r[10], due_utc=parse_db_time(r[11]), original_due_utc=parse_db_time(r[12]),
        snooze_count=r[13], status=TouchStatus(r[14]), outcome=r[15], outcome_reason=r[16],
        notes=r[17], done_utc=_time(r[18]), dialled_utc=_time(r[19]))


def prospect_record(store: Store, prospect_id: int) -> ProspectRecord | None:
    row = store.conn.execute(f"SELECT {_PROSPECT} FROM prospects WHERE id = ?",
                             [prospect_id]).fetchone()
    return _prospect(row) if row else None


def stall_record(store: Store, stall_id: int) -> StallRecord | None:
    row = store.conn.execute(f"SELECT {_STALL} FROM stalls WHERE id = ?", [stall_id]).fetchone()
    return _stall(row) if row else None


def stall_records_for(store: Store, prospect_id: int) -> list[StallRecord]:
    """The prospect's stalls, newest first."""
    return [_stall(r) for r in store.conn.execute(
        f"SELECT {_STALL} FROM stalls WHERE prospect_id = ? ORDER BY logged_utc DESC, id DESC",
        [prospect_id])]


def touch_record(store: Store, touch_id: int) -> TouchRecord | None:
    row = store.conn.execute(f"SELECT {_TOUCH} FROM touches WHERE id = ?",
                             [touch_id]).fetchone()
    return _touch(row) if row else None
