"""The voicemail script: what the rep says to the prospect's machine, built from the reason.

The reason box holds the rep's value statement, often in note form ("Warranty expiry on
15 Jan 2027: chiller", "Your contract ends in March"). The script turns it into speech to
the prospect: "I'm calling because your warranty runs out on 15 January 2027 …".
"""

from __future__ import annotations

import re

from .date_words import day_month_year, parse_day_month_year
from .events import EVENT_LABELS, EventKind

# How each kind of compelling event is said out loud to the prospect.
SPOKEN_EVENTS: dict[EventKind, str] = {
    EventKind.WARRANTY_EXPIRY: "your warranty runs out on {day}",
    EventKind.MAINTENANCE_CONTRACT_END: "your maintenance contract ends on {day}",
    EventKind.NEW_REGULATION: "a new regulation comes in on {day}",
    EventKind.NEW_PRODUCT: "we have something new coming on {day}",
    EventKind.PRICE_DROP: "our prices come down on {day}",
    EventKind.SPECIAL_OFFER: "there is a special offer for you until {day}",
    EventKind.BETTER_SYSTEM: "a better system is available from {day}",
    EventKind.OTHER: "something changes for you on {day}",
}
_EVENT_RE = re.compile(
    r"^(?P<label>" + "|".join(re.escape(label) for label in EVENT_LABELS.values())
    + r") on (?P<day>\d{1,2} [A-Z][a-z]{2} \d{4})(?::\s*(?P<note>.*))?$", re.DOTALL)
_ALREADY_SPOKEN = ("i'm calling", "i am calling", "i'm ringing", "i am ringing", "i'm phoning")
# First words that start a sentence but are not names, so they can go lower case mid-sentence.
_PLAIN_STARTERS = {
    "your", "you", "you're", "the", "a", "an", "our", "we", "we're", "we've", "there", "this",
    "that", "these", "since", "with", "after", "before", "new", "it", "it's", "its", "their",
    "they", "they're", "now", "from", "in", "on", "by", "next", "last", "when", "once", "as",
}


def spoken_reason(reason: str) -> str:
    """The reason as a sentence to the prospect ("" when there is none)."""
    text = " ".join(reason.split()).strip().rstrip(".;:!")
    if not text:
        return ""
    match = _EVENT_RE.match(text)
    if match:
        kind = next(k for k, label in EVENT_LABELS.items() if label == match["label"])
        day = parse_day_month_year(match["day"])
        phrase = SPOKEN_EVENTS[kind].format(day=day_month_year(day))
        note = (match["note"] or "").strip().rstrip(".;:!")
        if note:
            phrase += f" ({_lower_first(note)})"
        return f"I'm calling because {phrase}."
    if text.lower().startswith(_ALREADY_SPOKEN):
        return f"{text}."
    return f"I'm calling because {_lower_first(text)}."


def _lower_first(text: str) -> str:
    first, _, rest = text.partition(" ")
    if first.lower() in _PLAIN_STARTERS and (first[:1].isupper() and first[1:] == first[1:]
                                             .lower()):
        return first.lower() + (f" {rest}" if rest else "")
    return text


def voicemail_script(first_name: str, reason: str, rep_name: str, rep_phone: str,
                     rep_company: str = "") -> str:
    """A 20–40 second message in the rep's voice, to the prospect, carrying the reason."""
    who = rep_name or "[your name]"
    phone = rep_phone or "[your number]"
    company = f" from {rep_company}" if rep_company else ""
    because = spoken_reason(reason)
    ask = ("I have an idea that could help before then and would like ten minutes to walk "
           "you through it." if because else
           "I have an idea that could help you and would like ten minutes to walk you "
           "through it.")
    parts = [f"Hi {first_name or 'there'}, it's {who}{company}.", because, ask,
             f"Call me on {phone}, or I'll email you a couple of times that suit.",
             f"Again, {who}, {phone}."]
    return " ".join(p for p in parts if p)
