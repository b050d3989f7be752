"""Reading a callback slot typed as words: "next Tuesday 3pm", "in two weeks", "tomorrow 9am"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from typing import Any


@dataclass(frozen=True, slots=True)
class ParsedSlot:
    when: datetime  # naive wall time in the prospect's zone
    has_date: bool
    has_time: bool
    unread: tuple[str, ...] = ()  # words the parser passed over ("tusday" in "next tusday")


# Small words around a date that carry no meaning of their own.
_FILLER = frozenset({"at", "on", "around", "about", "by", "the", "of", "in", "and", "say"})


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
    calendar = _calendar()
    when, context = calendar.parseDT(text, sourceTime=source)
    if not context.hasDateOrTime:
        return None
    # What the parser did not use: a misspelt "tusday" would otherwise be dropped silently
    # and "next tusday 3pm" read as today at 3pm.
    rest = text
    for _when, _flags, start, end, _matched in calendar.nlp(text, sourceTime=source) or ():
        rest = rest[:start] + " " * (end - start) + rest[end:]
    unread = tuple(word for word in re.findall(r"[^\W\d_]+", rest)
                   if word.lower() not in _FILLER)
    return ParsedSlot(when.replace(second=0, microsecond=0), bool(context.hasDate),
                      bool(context.hasTime), unread)
