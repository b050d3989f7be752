"""Typed records of the book's main rows: a prospect, a stall, a touch.

The Store's own getters return these (``Store.get_prospect``, ``get_stall``,
``get_touch``…); the functions here are the same reads by record type. Times are parsed
to aware UTC datetimes and kinds to the domain's enums, so mypy sees a renamed column.
"""

from __future__ import annotations

from .store import ProspectRecord, StallRecord, Store, TouchRecord

__all__ = ["ProspectRecord", "StallRecord", "TouchRecord", "prospect_record", "stall_record",
           "stall_records_for", "touch_record"]


def prospect_record(store: Store, prospect_id: int) -> ProspectRecord | None:
    return store.get_prospect(prospect_id)


def stall_record(store: Store, stall_id: int) -> StallRecord | None:
    return store.get_stall(stall_id)


def stall_records_for(store: Store, prospect_id: int) -> list[StallRecord]:
    """The prospect's stalls, newest first."""
    return store.stalls_for(prospect_id)


def touch_record(store: Store, touch_id: int) -> TouchRecord | None:
    return store.get_touch(touch_id)
