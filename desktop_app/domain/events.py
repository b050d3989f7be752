"""Compelling events: dated reasons to call, and the value touch each one earns."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum

from .date_words import format_date
from .i18n import QT_TR_NOOP
from .localtime import local_to_utc, utc_to_local
from .playbooks import WORKDAY_START

DEFAULT_DAYS_BEFORE = 30
EVENT_STEP_KEY = "event_value"


class EventKind(StrEnum):
    WARRANTY_EXPIRY = "warranty_expiry"
    MAINTENANCE_CONTRACT_END = "maintenance_contract_end"
    NEW_REGULATION = "new_regulation"
    NEW_PRODUCT = "new_product"
    PRICE_DROP = "price_drop"
    SPECIAL_OFFER = "special_offer"
    BETTER_SYSTEM = "better_system"
    OTHER = "other"

    @property
    def label(self) -> str:
        return EVENT_LABELS[self]

    @classmethod
    def parse(cls, value: str) -> EventKind:
        try:
            return cls(value)
        except ValueError:
            return cls.OTHER


# English, as stored and in what a prospect reads; the window shows ``tr(kind.label)``.
EVENT_LABELS: dict[EventKind, str] = {
    EventKind.WARRANTY_EXPIRY: QT_TR_NOOP("Warranty expiry"),
    EventKind.MAINTENANCE_CONTRACT_END: QT_TR_NOOP("Maintenance contract ends"),
    EventKind.NEW_REGULATION: QT_TR_NOOP("New regulation"),
    EventKind.NEW_PRODUCT: QT_TR_NOOP("New product"),
    EventKind.PRICE_DROP: QT_TR_NOOP("Price drop"),
    EventKind.SPECIAL_OFFER: QT_TR_NOOP("Special offer"),
    EventKind.BETTER_SYSTEM: QT_TR_NOOP("Better system"),
    EventKind.OTHER: QT_TR_NOOP("Other"),
}


@dataclass(frozen=True, slots=True)
class EventDraft:
    """A compelling event as the editor holds it; ``id`` is None until stored."""

    kind: EventKind
    event_date: date | None
    note: str = ""
    id: int | None = None


def event_reason(kind: EventKind, event_date: date, note: str) -> str:
    """The touch's reason: names the event, so the call or email has something to say."""
    text = f"{kind.label} on {format_date(event_date, '%d %b %Y')}"
    note = " ".join(note.split())
    return f"{text}: {note}" if note else text


def value_touch_due(
    event_date: date | None, days_before: int, tz_name: str, now_utc: datetime
) -> datetime | None:
    """When the value touch for an event falls due, in UTC, or None for no touch.

    ``days_before`` the event at the start of the prospect's working day. An event with no
    date, or one already past in the prospect's zone, earns no touch; one too close for the
    full lead time gets its touch now rather than in the past.
    """
    if event_date is None:
        return None
    today_local = utc_to_local(now_utc, tz_name).date()
    if event_date < today_local:
        return None
    due_local = datetime.combine(event_date - timedelta(days=max(days_before, 0)), WORKDAY_START)
    due = local_to_utc(due_local, tz_name)
    return max(due, now_utc.replace(second=0, microsecond=0))
