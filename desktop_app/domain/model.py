"""The words of the method as types: stall kinds, channels, statuses and outcomes."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from .i18n import QT_TR_NOOP


class StallKind(StrEnum):
    NEXT_MONTH = "next_month"
    NEXT_WEEK = "next_week"
    LATER = "later"
    NOT_READY = "not_ready"
    TOO_BUSY = "too_busy"
    GONE_DARK = "gone_dark"

    @property
    def label(self) -> str:
        return STALL_LABELS[self]


# English, as stored and exported; the window shows ``tr(kind.label)``.
STALL_LABELS: dict[StallKind, str] = {
    StallKind.NEXT_MONTH: QT_TR_NOOP("Call me next month"),
    StallKind.NEXT_WEEK: QT_TR_NOOP("Call me next week"),
    StallKind.LATER: QT_TR_NOOP("Call me back later"),
    StallKind.NOT_READY: QT_TR_NOOP("Not ready yet"),
    StallKind.TOO_BUSY: QT_TR_NOOP("Too busy right now"),
    StallKind.GONE_DARK: QT_TR_NOOP("Gone dark / no answer"),
}


class Channel(StrEnum):
    CALL = "call"
    EMAIL = "email"
    POST = "post"
    SOCIAL = "social"

    @property
    def label(self) -> str:
        return CHANNEL_LABELS[self.value]


CHANNEL_LABELS = {"call": QT_TR_NOOP("Call"), "email": QT_TR_NOOP("Email"),
                  "post": QT_TR_NOOP("Post"), "social": QT_TR_NOOP("Social")}


# How a touch's status reads in a sentence ("That touch is already done."): the window
# shows ``tr(STATUS_WORDS[status])``; the stored value stays the keyword.
STATUS_WORDS = {"pending": QT_TR_NOOP("pending"), "done": QT_TR_NOOP("done"),
                "cancelled": QT_TR_NOOP("cancelled"), "skipped": QT_TR_NOOP("skipped")}


class SlotQuality(StrEnum):
    """Whether the prospect agreed a firm date and time ("booked") or not ("vague")."""

    BOOKED = "booked"
    VAGUE = "vague"
    NONE = "none"


class TouchStatus(StrEnum):
    PENDING = "pending"
    DONE = "done"
    CANCELLED = "cancelled"
    SKIPPED = "skipped"


class CallOutcome(StrEnum):
    CONVERSATION = "conversation"
    APPOINTMENT = "appointment"
    VOICEMAIL = "voicemail"
    NO_ANSWER = "no_answer"
    NOT_INTERESTED = "not_interested"
    NEW_STALL = "new_stall"

    @property
    def connected(self) -> bool:
        return self in {
            CallOutcome.CONVERSATION,
            CallOutcome.APPOINTMENT,
            CallOutcome.NOT_INTERESTED,
            CallOutcome.NEW_STALL,
        }

    @property
    def stops_plan(self) -> bool:
        """Reaching the prospect (conversation, appointment, a new stall or "not
        interested") ends the stall's plan; voicemail and no answer do not."""
        return self.connected


class DeclineReason(StrEnum):
    """Why a prospect said no or went quiet: kept on the touch's ``outcome_reason``."""

    NOT_COMPELLING = "not compelling"
    TOO_BUSY = "too busy"
    NOT_INTERESTED = "not interested"

    @property
    def label(self) -> str:
        return DECLINE_LABELS[self.value]


DECLINE_LABELS = {"not compelling": QT_TR_NOOP("Not compelling"),
                  "too busy": QT_TR_NOOP("Too busy"),
                  "not interested": QT_TR_NOOP("Not interested")}


@dataclass(frozen=True, slots=True)
class PlaybookStep:
    """One step of a playbook.

    ``anchor`` is "stall" (offsets from the moment the stall was logged) or "slot" (offsets
    from the agreed callback slot). Day offsets move the prospect's local wall clock, so a
    10:00 call stays at 10:00 across a DST change; minute offsets are exact durations.
    """

    key: str
    title: str
    channel: Channel
    anchor: str = "stall"
    offset_days: int = 0
    offset_minutes: int = 0
    condition: str = "always"  # always | booked | vague
    optional: bool = False
    template: str | None = None
    reason: str = ""
    attempt: int | None = None


@dataclass(frozen=True, slots=True)
class Playbook:
    key: str
    name: str
    stall_kinds: tuple[StallKind, ...]
    steps: tuple[PlaybookStep, ...]
    description: str = ""


@dataclass(frozen=True, slots=True)
class PlannedTouch:
    """A touch the engine proposes: not stored yet."""

    step_key: str
    title: str
    channel: Channel
    due_utc: datetime
    reason: str
    optional: bool = False
    template: str | None = None
    attempt: int | None = None


@dataclass(frozen=True, slots=True)
class StallPlan:
    touches: tuple[PlannedTouch, ...]
    slot_utc: datetime | None
    slot_quality: SlotQuality
    dropped: tuple[str, ...] = field(default_factory=tuple)
