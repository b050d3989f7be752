"""Reading a callback slot typed as words: "next Tuesday 3pm", "in two weeks", "tomorrow 9am".

``read_slot_words`` is the rule the log-stall dialog follows: the words alone decide the
slot (the date picker never fills in what they left open), what they leave open is assumed
in the open and named, and "next week" / "next month" with no day or time are a vague stall,
not a booked one at an arbitrary time.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from .date_words import format_date
from .i18n import tr
from .localtime import add_months
from .model import StallKind


@dataclass(frozen=True, slots=True)
class ParsedSlot:
    when: datetime  # naive wall time in the prospect's zone
    has_date: bool
    has_time: bool
    unread: tuple[str, ...] = ()  # words the parser passed over ("tusday" in "next tusday")


# Small words around a date that carry no meaning of their own.
_FILLER = frozenset({"at", "on", "around", "about", "by", "the", "of", "in", "and", "say",
                     "call", "me", "back", "us", "please", "ok", "okay", "then", "lets",
                     "let's", "shall", "we", "maybe", "sometime", "some", "time"})


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
    try:  # the parser recurses on a long run of words ("next next … week") and overflows
        when, context = calendar.parseDT(text, sourceTime=source)
        if not context.hasDateOrTime:
            return None
        found = calendar.nlp(text, sourceTime=source) or ()
    except (RecursionError, OverflowError, ValueError):
        return ParsedSlot(source, False, False, (text,))
    # What the parser did not use: a misspelt "tusday" would otherwise be dropped silently
    # and "next tusday 3pm" read as today at 3pm.
    rest = text
    for _when, _flags, start, end, _matched in found:
        rest = rest[:start] + " " * (end - start) + rest[end:]
    unread = tuple(word for word in re.findall(r"[^\W\d_]+", rest)
                   if word.lower() not in _FILLER)
    return ParsedSlot(when.replace(second=0, microsecond=0), bool(context.hasDate),
                      bool(context.hasTime), unread)


# -- the rule the dialog follows --------------------------------------------------------------

MAX_WORDS_LENGTH = 120
DEFAULT_TIME = time(10, 0)  # a day named without a time: the start of their working morning
PART_OF_DAY = {"morning": time(10, 0), "midday": time(12, 0), "noon": time(12, 0),
               "lunchtime": time(12, 30), "afternoon": time(14, 0), "evening": time(17, 0),
               "end of the day": time(16, 30), "end of day": time(16, 30)}
MONTHS = {name: i for i, names in enumerate((
    ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"), ("may",),
    ("jun", "june"), ("jul", "july"), ("aug", "august"), ("sep", "sept", "september"),
    ("oct", "october"), ("nov", "november"), ("dec", "december")), start=1) for name in names}

_VAGUE = (
    (re.compile(r"(?:sometime |some time |early |later )?(?:next|in a) week"), StallKind.NEXT_WEEK),
    (re.compile(r"(?:sometime |some time |early |later )?(?:next|in a) month"),
     StallKind.NEXT_MONTH),
    (re.compile(r"later(?: on)?(?: today)?|in a (?:bit|while)"), StallKind.LATER),
)
_CLOCK = re.compile(r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?m\.?\b|\b(\d{1,2})[:.](\d{2})\b"
                    r"|\bat\s+(\d{1,2})\b(?![:.]\d|\s*[ap]\.?m|\s*(?:st|nd|rd|th|/|-|days?"
                    r"|weeks?|months?))")
_ORDINAL = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?:\s+(?:of\s+)?([a-z]+))?")
_RELATIVE_CLOCK = re.compile(r"\bin\s+(?:\d+|an?|one|two|three|four|five|ten|twenty|thirty|"
                             r"half an?)\s*(?:min(?:ute)?s?|hours?|hrs?)\b")


@dataclass(frozen=True, slots=True)
class SlotReading:
    """What typed words say about the slot.

    ``when`` is the booked wall time (naive, prospect's zone), or None. ``vague`` is the
    stall kind when the words name only a period ("next week") and no day or time.
    ``assumed`` names, in words, each thing the words left open and what was taken for it.
    ``unread`` lists words that could not be read: nothing should be saved on a guess.
    """

    when: datetime | None
    vague: StallKind | None = None
    assumed: tuple[str, ...] = ()
    unread: tuple[str, ...] = ()


def _clock(match: re.Match[str]) -> time | None:
    if match.group(1):
        hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    elif match.group(4):
        hour, minute = int(match.group(4)), int(match.group(5))
    else:
        hour, minute = int(match.group(6)), 0
        if 1 <= hour <= 6:  # "at 3": the afternoon, not three in the morning
            hour += 12
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _ordinal_day(day: int, month_word: str | None, now: datetime, at: time) -> date | None:
    """The next such day on which ``at`` is still ahead: "the 15th at 2pm" said on the 15th
    at 3pm is next month's 15th (as "3pm" once past is tomorrow)."""
    month = MONTHS.get(month_word or "")
    today = now.date()
    for ahead in range(0, 14):
        base = add_months(today.replace(day=1), ahead)
        if month is not None and base.month != month:
            continue
        try:
            candidate = base.replace(day=day)
        except ValueError:
            continue
        if candidate > today or (candidate == today and datetime.combine(candidate, at) > now):
            return candidate
    return None


_NUMBER = re.compile(r"\d{4,}")


def _honour_numbers(raw: str, reading: SlotReading) -> SlotReading:
    """Every long number typed is the year or the time of the reading, or nothing is read.

    The parser completes a year it cannot hold ("0001-01-01" became 1 January 2001) and
    reads a stray number as a clock time ("in 2027" became today at 20:27). A year written
    in full is kept as typed, so a year Tickler cannot plan in is refused in words later,
    and any other number is named as not read.
    """
    when = reading.when
    if when is None:
        return reading
    lowered = raw.lower()
    for token in _NUMBER.findall(raw):
        number = int(token)
        clock = len(token) == 4 and not re.search(rf"\bin\s+{token}\b", lowered) and (
            int(token[:2]), int(token[2:])) == (when.hour, when.minute)  # "tomorrow 1430"
        if number == when.year or clock:
            continue
        months = "|".join(MONTHS)
        dated = re.search(rf"(?:\d[-/.]|\b(?:{months})[a-z]*\.?,?\s+(?:\d{{1,2}}"
                          rf"(?:st|nd|rd|th)?,?\s+)?){token}\b|\b{token}-\d", lowered)
        if dated and 1 <= number <= 9999:
            try:
                when = when.replace(year=number)
                continue
            except ValueError:  # 29 February in a year without one
                pass
        return SlotReading(None, unread=(token,))
    return SlotReading(when, reading.vague, reading.assumed, reading.unread)


def read_slot_words(text: str, local_now: datetime) -> SlotReading | None:
    """Read the slot the words give (see ``_read``); a long number the reading did not
    use as its year or its time is not read (see ``_honour_numbers``)."""
    reading = _read(text, local_now)
    if reading is None:
        return None
    return _honour_numbers(" ".join((text or "").split()), reading)


def _read(text: str, local_now: datetime) -> SlotReading | None:
    """Read the slot the words give, seen from ``local_now`` (naive, the prospect's zone).

    - A time with no day is today, or tomorrow once that time has passed ("3pm");
      "in 3 minutes" is three minutes from now.
    - A day with no time is at 10:00, and says so.
    - "the 15th" is the next 15th; "the 15th of March" that one.
    - "next week", "next month" or "later" alone are a vague stall of that kind.
    Returns None for empty text.
    """
    raw = " ".join((text or "").split())
    if not raw:
        return None
    if len(raw) > MAX_WORDS_LENGTH:  # a slot said on a call fits in a line
        return SlotReading(None, unread=(raw[:40] + "…",))
    now = local_now.replace(tzinfo=None, second=0, microsecond=0)
    today = now.date()
    lowered = raw.lower().rstrip(".!")
    words = re.sub(r"^(?:call (?:me|us)(?: back)?|ring (?:me|us)|try)\s+", "", lowered)
    words = re.sub(r"\bnext week (?:on )?(mon|tues|wednes|thurs|fri)(day)?\b", r"next \1day",
                   words)
    for pattern, kind in _VAGUE:
        if pattern.fullmatch(words):
            return SlotReading(None, kind, (tr("“{words}” names no day or time: saved as a "
                                               "vague “{kind}” stall").format(
                words=raw, kind=tr(kind.label)),))
    assumed: list[str] = []
    rest = words
    at: time | None = None
    if _RELATIVE_CLOCK.search(rest):
        parsed = parse_slot_words(rest, now)
        if parsed is not None and not parsed.unread:
            return SlotReading(parsed.when)
    clock = _CLOCK.search(rest)
    if clock is not None:
        at = _clock(clock)
        if at is None:
            return SlotReading(None, unread=(clock.group(0).strip(),))
        rest = rest[:clock.start()] + " " + rest[clock.end():]
    for phrase, moment in PART_OF_DAY.items():
        if re.search(rf"\b{phrase}\b", rest):
            rest = re.sub(rf"\b(?:in the |at )?{phrase}\b", " ", rest)
            if at is None:
                at = moment
                assumed.append(tr("{phrase} taken as {time}").format(
                    phrase=phrase, time=f"{moment:%H:%M}"))
    day: date | None = None
    ordinal = _ORDINAL.search(rest)
    if ordinal is not None:
        month_word = ordinal.group(2) if ordinal.group(2) in MONTHS else None
        try:
            day = _ordinal_day(int(ordinal.group(1)), month_word, now, at or DEFAULT_TIME)
        except OverflowError:  # past the last year a date can hold
            day = None
        if day is None:
            return SlotReading(None, unread=(ordinal.group(0).strip(),))
        token = rest[ordinal.start(1):ordinal.end(1) + 2]
        end = ordinal.end() if month_word else ordinal.end(1) + 2
        rest = rest[:ordinal.start()] + " " + rest[end:]
        if month_word is None and day.month != today.month:
            assumed.append(tr("the {day} is in {month}").format(
                day=token, month=format_date(day, "%B")))
    # the filler words go; what is left keeps its punctuation ("2026-12-01", "3/12")
    rest_words = [w for w in re.sub(r"[,;!?]", " ", rest).split()
                  if w not in _FILLER and re.search(r"[^\W_]", w)]
    period = None
    if rest_words:
        parsed = parse_slot_words(" ".join(rest_words), now)
        if parsed is None or parsed.unread:
            unread = parsed.unread if parsed else tuple(rest_words)
            return SlotReading(None, unread=unread)
        if day is None and parsed.has_date:
            day = parsed.when.date()
            if re.search(r"\bnext (?:week|month)\b", rest) and not re.search(
                    r"day\b|\d", rest.replace("next week", "").replace("next month", "")):
                period = (tr("the same weekday next week") if "week" in rest
                          else tr("today's date next month"))
        if at is None and parsed.has_time:
            at = parsed.when.time()
    if day is None and at is None:
        return SlotReading(None, unread=tuple(rest_words) or (raw,))
    numeric = re.search(r"\b\d{1,2}/\d{1,2}\b", rest)
    if numeric is not None and day is not None:  # 12/03: a US or a European date?
        assumed.append(tr("{written} read as {day} {month}").format(
            written=numeric.group(0), day=day.day, month=format_date(day, "%B")))
    if period is not None and day is not None:
        assumed.append(f"{format_date(day, '%a %d %b')}, {period}")
    if day is None:
        assert at is not None
        day = today if datetime.combine(today, at) > now else today + timedelta(days=1)
        assumed.append(tr("today") if day == today else tr(
            "tomorrow: {time} has passed today").format(time=f"{at:%H:%M}"))
    if at is None:
        at = DEFAULT_TIME
        assumed.append(tr("{time}: no time was given").format(time=f"{at:%H:%M}"))
    return SlotReading(datetime.combine(day, at), assumed=tuple(assumed))
