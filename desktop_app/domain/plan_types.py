"""Playbooks and the plans they lay out, as records (``domain.model`` hands them out)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from .model import Channel, SlotQuality, StallKind


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
