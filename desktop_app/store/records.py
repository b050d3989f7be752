"""Typed records of the book's main rows: a prospect, a stall, a touch.

The Store's own getters return these (``Store.get_prospect``, ``get_touch``…); the
functions here are the same reads by record type. Times are parsed to aware UTC datetimes
and kinds to the domain's enums, so mypy sees a renamed column.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.model import SlotQuality
from .store import ProspectRecord, Store, TouchRecord, parse_db_time

__all__ = ["ProspectRecord", "StallRecord", "TouchRecord", "prospect_record", "stall_record",
           "stall_records_for", "touch_record"]


def _time(text: str | None) -> datetime | None:
    return parse_db_time(text) if text else None


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


_STALL = ("id, prospect_id, kind, words, logged_utc, slot_utc, slot_tz, slot_quality, "
          "playbook_key, status, closed_utc, closed_reason, origin_touch_id")


def _stall(r: Sequence[Any]) -> StallRecord:
    return StallRecord(
        id=r[0], prospect_id=r[1], kind=r[2], words=r[3],
        logged_utc=parse_db_time(r[4]), slot_utc=_time(r[5]), slot_tz=r[6],
        slot_quality=SlotQuality(r[7]), playbook_key=r[8], open=r[9] == "open",
        closed_utc=_time(r[10]), closed_reason=r[11], origin_touch_id=r[12])


def prospect_record(store: Store, prospect_id: int) -> ProspectRecord | None:
    return store.get_prospect(prospect_id)


def stall_record(store: Store, stall_id: int) -> StallRecord | None:
    row = store.conn.execute(f"SELECT {_STALL} FROM stalls WHERE id = ?", [stall_id]).fetchone()
    return _stall(row) if row else None


def stall_records_for(store: Store, prospect_id: int) -> list[StallRecord]:
    """The prospect's stalls, newest first."""
    return [_stall(r) for r in store.conn.execute(
        f"SELECT {_STALL} FROM stalls WHERE prospect_id = ? ORDER BY logged_utc DESC, id DESC",
        [prospect_id])]


def touch_record(store: Store, touch_id: int) -> TouchRecord | None:
    return store.get_touch(touch_id)
