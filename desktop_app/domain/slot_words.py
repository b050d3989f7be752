"""Reading a callback slot typed as words: "next Tuesday 3pm", "in two weeks", "tomorrow 9am",
or in German: "nächsten Dienstag 15 Uhr", "in zwei Wochen", "morgen um 9".

``read_slot_words`` is the rule the log-stall dialog follows: the words alone decide the
slot (the date picker never fills in what they left open), what they leave open is assumed
in the open and named, and "next week" / "next month" with no day or time are a vague stall,
not a booked one at an arbitrary time. German words are read as well as English ones,
whatever the desktop language (``german_words``): the same rules hold for both.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from .date_words import format_date, language_or_default
from .german_words import english_words
from .i18n import QT_TR_NOOP, tr
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
    """The wall time the words mean, seen from ``local_now`` (naive, prospect's zone).

    English or German ("31 March", "31. März", "Ende Juni"); unread words are named as typed.
    """
    text = " ".join((text or "").split())
    if not text:
        return None
    source = local_now.replace(tzinfo=None, second=0, microsecond=0)
    words, said = english_words(text, source.date())
    edge = _month_edge(words, source, DEFAULT_TIME)
    if edge is not None:
        day, start, end = edge
        rest = (words[:start] + " " + words[end:]).strip()
        if not rest:
            return ParsedSlot(datetime.combine(day, source.time()), True, False)
        parsed = _parse(rest, source)
        if parsed is None or parsed.unread or parsed.has_date or not parsed.has_time:
            unread = parsed.unread if parsed and parsed.unread else (rest,)
            return ParsedSlot(source, False, False, _as_typed(unread, said, text))
        return ParsedSlot(datetime.combine(day, parsed.when.time()), True, True)
    ordinal = _ORDINAL.search(words)
    if ordinal is not None:  # "the 15th", "31st march 2027" (whose year is no clock time)
        month_word = ordinal.group(2) if ordinal.group(2) in MONTHS else None
        year = int(ordinal.group(3)) if month_word and ordinal.group(3) else None
        try:
            named = _ordinal_day(int(ordinal.group(1)), month_word, source, source.time(), year)
        except (OverflowError, ValueError):  # past the last year a date can hold
            named = None
        if named is None:
            return ParsedSlot(source, False, False, _as_typed((ordinal.group(0),), said, text))
        end = ordinal.end() if month_word else ordinal.end(1) + 2
        rest = (words[:ordinal.start()] + " " + words[end:]).strip()
        words = f"{named.isoformat()} {rest}".strip()
    parsed = _parse(words, source)
    if parsed is not None and parsed.unread:
        return ParsedSlot(parsed.when, parsed.has_date, parsed.has_time,
                          _as_typed(parsed.unread, said, text))
    return parsed


def _as_typed(unread: tuple[str, ...], said: dict[str, str], raw: str) -> tuple[str, ...]:
    """Unread words as the rep typed them: "31st february" was "31.02."."""
    typed: list[str] = []
    for word in unread:
        original = _typed(next((said[english] for english in said
                                if word == english or word in english.split()), word), raw)
        if original not in typed:
            typed.append(original)
    return tuple(typed)


def _said_back(words: str, said: dict[str, str], raw: str) -> str:
    """English ``words`` put back into the words the rep typed ("Ende Juni 2027")."""
    for english in sorted(said, key=len, reverse=True):
        words = words.replace(english, said[english])
    return _typed(words, raw)


def _typed(words: str, raw: str) -> str:
    """``words`` (lowered) with the letters' case the rep typed them in."""
    found = re.search(re.escape(words), raw, re.IGNORECASE)
    return found.group(0) if found else words


def _parse(text: str, source: datetime) -> ParsedSlot | None:
    """What parsedatetime makes of English words (see ``parse_slot_words``)."""
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
# the part of the day as the rep reads it in a note ("Nachmittag taken as 14:00")
PART_OF_DAY_WORDS = {
    "morning": QT_TR_NOOP("morning"), "midday": QT_TR_NOOP("midday"),
    "noon": QT_TR_NOOP("noon"), "lunchtime": QT_TR_NOOP("lunchtime"),
    "afternoon": QT_TR_NOOP("afternoon"), "evening": QT_TR_NOOP("evening"),
    "end of the day": QT_TR_NOOP("end of the day"), "end of day": QT_TR_NOOP("end of the day")}
_AFTER_NOON = ("afternoon", "evening", "end of the day", "end of day")
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
_ORDINAL = re.compile(r"\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b(?:\s+(?:of\s+)?([a-z]+)\.?"
                      r"(?:,?\s+(\d{4})\b)?)?")
_MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
# "end of the month", "mid August", "beginning of next month", "next June"
_EDGE = re.compile(rf"\b(?:(?:(end|beginning|start|early|mid|middle|late)(?:\s+of)?\s+)"
                   rf"(?:(?:the|this)\s+(month)|(next)\s+month|(month)|({_MONTH_NAMES})\b"
                   rf"(?:,?\s+(\d{{4}})\b)?)"
                   rf"|(next)\s+({_MONTH_NAMES})\b)")
_EDGE_DAY = {"end": 31, "late": 31, "beginning": 1, "start": 1, "early": 1, "mid": 15,
             "middle": 15}
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


def _clock(match: re.Match[str], part: str | None = None) -> time | None:
    """The clock time typed; an hour with no am/pm follows a part of the day said with it
    ("at 9 in the evening" is 21:00, "at 3 in the morning" 03:00)."""
    if match.group(1):
        hour, minute, half = int(match.group(1)), int(match.group(2) or 0), match.group(3)
        if not 1 <= hour <= 12:
            return None
        hour = hour % 12 + (12 if half == "p" else 0)
    elif match.group(4):
        hour, minute = int(match.group(4)), int(match.group(5))
        if part in _AFTER_NOON and 1 <= hour < 12:
            hour += 12
    else:
        hour, minute = int(match.group(6)), 0
        afternoon = part in _AFTER_NOON or (part != "morning" and hour <= 6)  # "at 3": 15:00
        if afternoon and 1 <= hour < 12:
            hour += 12
    if hour > 23 or minute > 59:
        return None
    return time(hour, minute)


def _ordinal_day(day: int, month_word: str | None, now: datetime, at: time,
                 year: int | None = None) -> date | None:
    """The next such day on which ``at`` is still ahead: "the 15th at 2pm" said on the 15th
    at 3pm is next month's 15th (as "3pm" once past is tomorrow). With a year, that day."""
    month = MONTHS.get(month_word or "")
    today = now.date()
    if year is not None and month is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
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


def _month_edge(words: str, now: datetime, at: time) -> tuple[date, int, int] | None:
    """The day "end of the month", "mid August", "beginning of next month" or "next June"
    name (the next such day on which ``at`` is still ahead), with where they were said."""
    try:
        return _edge_day(words, now, at)
    except (OverflowError, ValueError):  # "next June" said in December 9999
        return None


def _edge_day(words: str, now: datetime, at: time) -> tuple[date, int, int] | None:
    match = _EDGE.search(words)
    if match is None:
        return None
    edge, this, following, bare, month_word, year, next_word, next_month = match.groups()
    today = now.date()
    first = today.replace(day=1)
    if next_word:  # "next June": the first June after this month
        month = MONTHS[next_month]
        base = next(b for b in (add_months(first, ahead) for ahead in range(1, 13))
                    if b.month == month)
        return base, match.start(), match.end()
    wanted = _EDGE_DAY[edge]
    if following:
        starts = [add_months(first, 1)]
    elif this or bare:
        starts = [first, add_months(first, 1)]
    elif year:
        starts = [date(int(year), MONTHS[month_word], 1)] if int(year) >= 1 else []
    else:
        month = MONTHS[month_word]
        starts = [b for b in (add_months(first, ahead) for ahead in range(13))
                  if b.month == month]
    for base in starts:
        candidate = base.replace(day=min(wanted, monthrange(base.year, base.month)[1]))
        ahead = candidate > today or (candidate == today and datetime.combine(candidate, at) > now)
        if year or ahead:
            return candidate, match.start(), match.end()
    return None


def _short_date(day: date, language: str, *, year: bool = False) -> str:
    """"Tue 01 Dec" / "Di., 1. Dez." (with the year when asked)."""
    if language == "de":
        weekday, month = format_date(day, '%a', language), format_date(day, '%b', language)
        text = f"{weekday}., {day.day}. {month}."
    else:
        text = format_date(day, "%a %d %b", language)
    return f"{text} {day.year}" if year else text


def _rep_language() -> str:
    """The language the rep reads notes in (English without a translation)."""
    return language_or_default(tr("en", "the language code of this translation"))


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
    raw = " ".join((text or "").split())
    if not raw:
        return None
    if len(raw) > MAX_WORDS_LENGTH:  # a slot said on a call fits in a line
        return SlotReading(None, unread=(raw[:40] + "…",))
    english, said = english_words(raw, local_now.date())
    try:
        reading = _honour_numbers(english, _read(raw, english, said, local_now))
    except (OverflowError, ValueError):  # "9:30" said after 9:30 on 31 December 9999
        return SlotReading(None, unread=(raw,))
    if reading.unread:
        return SlotReading(None, reading.vague, reading.assumed,
                           _as_typed(reading.unread, said, raw))
    return reading


def _read(raw: str, english: str, said: dict[str, str], local_now: datetime) -> SlotReading:
    """Read the slot the words give, seen from ``local_now`` (naive, the prospect's zone).

    - A time with no day is today, or tomorrow once that time has passed ("3pm");
      "in 3 minutes" is three minutes from now.
    - A day with no time is at 10:00, and says so.
    - "the 15th" is the next 15th; "the 15th of March" that one.
    - "end of the month", "mid August" are that day; "next June" is its first.
    - "next week", "next month" or "later" alone are a vague stall of that kind.
    ``raw`` is what the rep typed, ``english`` the same words with German said in English
    (``german_words.english_words``) and ``said`` what each English piece stood for.
    """
    now = local_now.replace(tzinfo=None, second=0, microsecond=0)
    today = now.date()
    language = _rep_language()
    lowered = english.rstrip(".!")
    words = re.sub(r"^(?:call (?:me|us)(?: back)?|ring (?:me|us)|try)\s+", "", lowered)
    words = re.sub(r"\bnext week (?:on )?(mon|tues|wednes|thurs|fri)(day)?\b", r"next \1day",
                   words)
    words = re.sub(r"\bthis (morning|afternoon|evening)\b", r"today \1", words)
    words = re.sub(r"\btonight\b", "today evening", words)
    for pattern, kind in _VAGUE:
        if pattern.fullmatch(words):
            return SlotReading(None, kind, (tr("“{words}” names no day or time: saved as a "
                                               "vague “{kind}” stall").format(
                words=raw, kind=tr(kind.label)),))
    assumed: list[str] = []
    rest = words
    at: time | None = None
    if _RELATIVE_CLOCK.search(rest):
        parsed = _parse(rest, now)
        if parsed is not None and not parsed.unread:
            return SlotReading(parsed.when)
    part = next((phrase for phrase in PART_OF_DAY if re.search(rf"\b{phrase}\b", rest)), None)
    clock = _CLOCK.search(rest)
    if clock is not None:
        at = _clock(clock, part)
        if at is None:
            return SlotReading(None, unread=(clock.group(0).strip(),))
        rest = rest[:clock.start()] + " " + rest[clock.end():]
    for phrase, moment in PART_OF_DAY.items():
        if re.search(rf"\b{phrase}\b", rest):
            rest = re.sub(rf"\b(?:in the |at )?{phrase}\b", " ", rest)
            if at is None:
                at = moment
                assumed.append(tr("{phrase} taken as {time}").format(
                    phrase=tr(PART_OF_DAY_WORDS[phrase]), time=f"{moment:%H:%M}"))
    day: date | None = None
    edge = _month_edge(rest, now, at or DEFAULT_TIME)
    if edge is not None:
        day, start, end = edge
        spoken = rest[start:end].strip()
        assumed.append(tr("“{words}” read as {date}").format(
            words=_said_back(spoken, said, raw), date=_short_date(day, language, year=True)))
        rest = rest[:start] + " " + rest[end:]
    ordinal = _ORDINAL.search(rest) if day is None else None
    if ordinal is not None:
        month_word = ordinal.group(2) if ordinal.group(2) in MONTHS else None
        year = int(ordinal.group(3)) if month_word and ordinal.group(3) else None
        try:
            day = _ordinal_day(int(ordinal.group(1)), month_word, now, at or DEFAULT_TIME,
                               year)
        except (OverflowError, ValueError):  # past the last year a date can hold
            day = None
        if day is None:
            return SlotReading(None, unread=(ordinal.group(0).strip(),))
        token = (f"{day.day}." if language == "de"
                 else rest[ordinal.start(1):ordinal.end(1) + 2])
        end = ordinal.end() if month_word else ordinal.end(1) + 2
        rest = rest[:ordinal.start()] + " " + rest[end:]
        if month_word is None and day.month != today.month:
            assumed.append(tr("the {day} is in {month}").format(
                day=token, month=format_date(day, "%B", language)))
    # the filler words go; what is left keeps its punctuation ("2026-12-01", "3/12")
    rest_words = [w for w in re.sub(r"[,;!?]", " ", rest).split()
                  if w not in _FILLER and re.search(r"[^\W_]", w)]
    period = None
    if rest_words:
        parsed = _parse(" ".join(rest_words), now)
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
            written=numeric.group(0), day=day.day, month=format_date(day, "%B", language)))
    if period is not None and day is not None:
        assumed.append(f"{_short_date(day, language)}, {period}")
    if day is None:
        assert at is not None
        day = today if datetime.combine(today, at) > now else today + timedelta(days=1)
        assumed.append(tr("today") if day == today else tr(
            "tomorrow: {time} has passed today").format(time=f"{at:%H:%M}"))
    if at is None:
        at = DEFAULT_TIME
        assumed.append(tr("{time}: no time was given").format(time=f"{at:%H:%M}"))
    return SlotReading(datetime.combine(day, at), assumed=tuple(assumed))
