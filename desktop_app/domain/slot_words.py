"""Reading a callback slot typed as words: "next Tuesday 3pm", "in two weeks", "tomorrow 9am"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any


@dataclass(frozen=True, slots=True)
class ParsedSlot:
    when: datetime  # naive wall time in the prospect's zone
    has_date: bool
    has_time: bool


@cache
def _calendar() -> Any:
    import parsedatetime  # imported lazily: only the log-stall dialog needs it

    return parsedatetime.Calendar(version=parsedatetime.VERSION_CONTEXT_STYLE)


def parse_slot_words(text: str, local_now: datetime) -> ParsedSlot | None:
    """The wall time the words mean, seen from ``local_now`` (naive, prospect's zone)."""
    text = (text or "").strip()
    if not text:
        return None
    source = local_now.replace(tzinfo=None, second=0, microsecond=0)
    when, context = _calendar().parseDT(text, sourceTime=source)
    if not context.hasDateOrTime:
        return None
    return ParsedSlot(when.replace(second=0, microsecond=0), bool(context.hasDate),
                      bool(context.hasTime))
