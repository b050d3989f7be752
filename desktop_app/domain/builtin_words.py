"""The built-in playbooks' words, shown in the rep's language.

The built-in playbooks (``domain/playbooks.py``) are written into the book in English when
the book is made, and each touch keeps its step's title and reason. They are the rep's own
editable text (Tools → Playbooks), so the stored value stays as it is; only where it is
shown does ``builtin_words`` give the translation, and only of a text that is still exactly
one of the English words below. What the rep typed is shown as typed. Exports, the CLI and
anything a prospect reads keep the stored text.

This module is imported by the queue before the first paint: it holds nothing but the
table, and a lookup is one set test (a reason naming the slot: a few prefix tests more).
"""

from __future__ import annotations

from datetime import datetime

from .date_words import parse_day_month_year
from .i18n import QT_TR_NOOP, tr

# Every built-in English name, step title and reason (tests pin that none is missing).
WORDS = frozenset((
    # playbook names
    QT_TR_NOOP("Call me next month"),
    QT_TR_NOOP("Call me next week"),
    QT_TR_NOOP("Call me back later"),
    QT_TR_NOOP("Gone dark / no answer"),
    # step titles
    QT_TR_NOOP("Thank-you email + invite"),
    QT_TR_NOOP("Handwritten note + card"),
    QT_TR_NOOP("Connect on LinkedIn"),
    QT_TR_NOOP("Value touch"),
    QT_TR_NOOP("Reminder email"),
    QT_TR_NOOP("Callback"),
    QT_TR_NOOP("Ask for a firm time"),
    QT_TR_NOOP("Call attempt 1 of 4"),
    QT_TR_NOOP("Call attempt 2 of 4"),
    QT_TR_NOOP("Call attempt 3 of 4"),
    QT_TR_NOOP("Call attempt 4 of 4"),
    QT_TR_NOOP("Follow-up email"),
    QT_TR_NOOP("Nurture call"),
    # touches the app adds to a plan by itself
    QT_TR_NOOP("Updated invite"),
    QT_TR_NOOP("Cancel the invite"),
    QT_TR_NOOP("They replied by email"),
    QT_TR_NOOP("Their reply"),
    # reasons
    QT_TR_NOOP("A tangible touch the same day: note and business card by post"),
    QT_TR_NOOP("Stay close in between: connect and follow their company"),
    QT_TR_NOOP("Send proof of value: a sample, a case study or a testimonial"),
    QT_TR_NOOP("The agreed call: open with the value statement"),
    QT_TR_NOOP("No time was agreed: ask them to pick one"),
    QT_TR_NOOP("Leave a 20–40 s voicemail with a compelling reason"),
    QT_TR_NOOP("Give them a new reason to reply"),
    QT_TR_NOOP("Try another time of day; voicemail with a new reason"),
    QT_TR_NOOP("Share something useful they can act on"),
    QT_TR_NOOP("Voicemail: the problem they named and your answer to it"),
    QT_TR_NOOP("Offer a better time and a clear next step"),
    QT_TR_NOOP("Last try: say you will check back next quarter"),
    QT_TR_NOOP("Call back next quarter with something new"),
))

# Reasons stored with the agreed slot filled in (``{slot}``, written by ``slot_text``:
# "Wed 16 Dec 2026, 10:00", or NO_SLOT). The sentence is translated and the slot's
# date reworded in the rep's language; anything else in its place is kept as stored.
INVITE_MOVED = QT_TR_NOOP("The call moved: send the new time ({slot}) to their calendar")
INVITE_CANCELLED = QT_TR_NOOP("The plan ended: take {slot} out of their calendar")
WITH_SLOT = (
    QT_TR_NOOP("Thank them and confirm the callback on {slot}"),
    QT_TR_NOOP("Remind them of the call they agreed: {slot}"),
    QT_TR_NOOP("Thank them and put {slot} in their calendar"),
    QT_TR_NOOP("One hour to go: remind them of {slot}"),
    QT_TR_NOOP("Fifteen minutes to go: remind them of {slot}"),
    INVITE_MOVED,
    INVITE_CANCELLED,
)
NO_SLOT = QT_TR_NOOP("the agreed time")

_SPLIT = tuple((t, *t.split("{slot}")) for t in WITH_SLOT)


def builtin_words(text: str) -> str:
    """``text`` in the rep's language when it is one of the built-in English words (a
    reason naming the slot included); any other text (the rep's own) exactly as it is."""
    if text in WORDS:
        return tr(text)
    for template, head, tail in _SPLIT:
        if text.startswith(head) and text.endswith(tail) and len(text) > len(head) + len(tail):
            translated = tr(template)
            if translated == template:
                return text
            slot = text[len(head):len(text) - len(tail)]
            return translated.replace("{slot}", _slot_words(slot))
    if text.startswith(_EVENT_HEADS):
        return _event_words(text) or text
    return text


def _slot_words(slot: str) -> str:
    """The slot as written into a reason ("Wed 16 Dec 2026, 10:00"), in the rep's words."""
    if slot == NO_SLOT:
        return tr(NO_SLOT)
    parts = slot.replace(",", "").replace(":", " ").split()
    if len(parts) != 6:
        return slot
    try:
        day = parse_day_month_year(" ".join(parts[1:4]))
        moment = datetime(day.year, day.month, day.day, int(parts[4]), int(parts[5]))
    except ValueError:
        return slot
    return _rep_date(moment, tr("%a %d %b %Y, %H:%M", "a slot named in a plan's reason"))


def _rep_date(moment: datetime, pattern: str) -> str:
    """``moment`` written with ``pattern`` in the rep's language (``%-d``: day, no zero)."""
    from .date_words import format_date, language_or_default

    language = language_or_default(tr("en", "the language code of this translation"))
    return format_date(moment, pattern.replace("%-d", str(moment.day)), language)


# A compelling event's value touch is stored as "Value touch: warranty expiry", its reason
# as "Warranty expiry on 08 Jan 2027: <the rep's note>" (``domain/events.py``; the labels are
# repeated here so the queue never loads the event rules to show a row; a test pins them).
EVENT_TITLE = QT_TR_NOOP("Value touch: {event}")
EVENT_REASON = QT_TR_NOOP("{event} on {date}")
_EVENT_TITLE_HEAD = "Value touch: "
_EVENT_LABELS = ("Warranty expiry", "Maintenance contract ends", "New regulation",
                 "New product", "Price drop", "Special offer", "Better system", "Other")
_EVENT_BY_LOWER = {label.lower(): label for label in _EVENT_LABELS}
_EVENT_HEADS = (_EVENT_TITLE_HEAD, *(f"{label} on " for label in _EVENT_LABELS))


def _event_words(text: str) -> str | None:
    """An event's value-touch title or reason in the rep's words, else None."""
    if text.startswith(_EVENT_TITLE_HEAD):
        label = _EVENT_BY_LOWER.get(text[len(_EVENT_TITLE_HEAD):])
        return None if label is None else tr(EVENT_TITLE).format(event=tr(label))
    for label in _EVENT_LABELS:
        if text.startswith(label + " on "):
            day, colon, note = text[len(label) + 4:].partition(": ")
            moment = _english_date(day)
            if moment is None:
                return None
            when = _rep_date(moment, tr("%d %b %Y", "an event's date in a touch's reason"))
            return tr(EVENT_REASON).format(event=tr(label), date=when) + colon + note
    return None


def _english_date(text: str) -> datetime | None:
    """"08 Jan 2027" as written by ``events.event_reason``, else None."""
    try:
        day = parse_day_month_year(text)
    except ValueError:
        return None
    return datetime(day.year, day.month, day.day)
