"""The words of the method as types: stall kinds, channels, statuses and outcomes."""

from __future__ import annotations

from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # at run time they load on first use: see __getattr__ below
    from .plan_types import PlannedTouch as PlannedTouch
    from .plan_types import Playbook as Playbook
    from .plan_types import PlaybookStep as PlaybookStep
    from .plan_types import StallPlan as StallPlan

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


_PLAN_TYPES = frozenset({"PlaybookStep", "Playbook", "PlannedTouch", "StallPlan"})


def __getattr__(name: str) -> object:
    """The playbook and plan records, from ``plan_types`` when first asked for: four frozen
    dataclasses cost ~3.5 ms to create, and the queue's first paint needs none of them."""
    if name in _PLAN_TYPES:
        from . import plan_types

        return getattr(plan_types, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
