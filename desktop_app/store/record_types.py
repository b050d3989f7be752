"""The store's records of prospects, touches and stalls, and how a row becomes one.

Kept apart from ``store.py`` and loaded with the first record (``store.py``'s module
``__getattr__`` and the methods that build them import it): four frozen dataclasses cost
a few ms to create, and the queue's first paint needs none of them (its rows are
``QueueRow``s).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.model import Channel, SlotQuality, TouchStatus
from .store import (
    _CHANNELS,
    _STATUSES,
    PROSPECT_FIELDS,
    TOUCH_COLUMNS,
    _stamp,
    _time,
    display_name,
    parse_db_time,
)


@dataclass(frozen=True, slots=True)
class ProspectRow:
    id: int
    name: str
    company: str
    email: str
    phone: str
    timezone: str


@dataclass(frozen=True, slots=True)
class ProspectRecord:
    """A prospect as stored: contact details, zone and country, and when it was trashed."""

    id: int
    first_name: str
    last_name: str
    title: str
    company: str
    email: str
    phone: str
    mobile: str
    timezone: str
    address: str
    linkedin: str
    website: str
    blog: str
    twitter: str
    facebook: str
    notes: str
    other_contacts: str
    country: str
    created_utc: datetime | None
    updated_utc: datetime | None
    deleted_utc: datetime | None

    @property
    def name(self) -> str:
        """As the screens name them: first and last name, or "(no name)"."""
        return display_name(self.first_name, self.last_name)

    @property
    def live(self) -> bool:
        return self.deleted_utc is None

    def contact(self) -> dict[str, str]:
        """The fields the rep edits (PROSPECT_FIELDS), by name."""
        return {key: getattr(self, key) for key in PROSPECT_FIELDS}


@dataclass(frozen=True, slots=True)
class TouchRecord:
    """One planned touch as stored (times aware UTC; kinds the domain's enums)."""

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
    minutes_late: int | None
    created_utc: datetime | None
    dialled_utc: datetime | None


@dataclass(frozen=True, slots=True)
class StallRecord:
    """A stall as logged: what they said, the slot agreed (if any) and the plan's state."""

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


def stall_record(r: Sequence[Any]) -> StallRecord:
    return StallRecord(
        id=r[0], prospect_id=r[1], kind=r[2], words=r[3],
        logged_utc=parse_db_time(r[4]), slot_utc=_time(r[5]), slot_tz=r[6],
        slot_quality=SlotQuality(r[7]), playbook_key=r[8], open=r[9] == "open",
        closed_utc=_time(r[10]), closed_reason=r[11], origin_touch_id=r[12])


def touch_from_row(row: Mapping[str, Any]) -> TouchRecord:
    """The record of a whole touches row read by name (an undo snapshot's)."""
    return touch_record([row[name] for name in TOUCH_COLUMNS.split(", ")])


def prospect_record(r: Sequence[Any]) -> ProspectRecord:
    return ProspectRecord(
        id=r[0], first_name=r[1], last_name=r[2], title=r[3], company=r[4], email=r[5],
        phone=r[6], mobile=r[7], timezone=r[8], address=r[9], linkedin=r[10], website=r[11],
        blog=r[12], twitter=r[13], facebook=r[14], notes=r[15], other_contacts=r[16],
        country=r[17], created_utc=_stamp(r[18]), updated_utc=_stamp(r[19]),
        deleted_utc=_time(r[20]))


def touch_record(r: Sequence[Any]) -> TouchRecord:
    return TouchRecord(
        id=r[0], prospect_id=r[1], stall_id=r[2], event_id=r[3], step_key=r[4], title=r[5],
        channel=_CHANNELS[r[6]], reason=r[7], template=r[8], optional=bool(r[9]),
        attempt=r[10], due_utc=parse_db_time(r[11]), original_due_utc=parse_db_time(r[12]),
        snooze_count=r[13], status=_STATUSES[r[14]], outcome=r[15], outcome_reason=r[16],
        notes=r[17], done_utc=_time(r[18]), minutes_late=r[19],
        created_utc=_stamp(r[20]), dialled_utc=_time(r[21]))
