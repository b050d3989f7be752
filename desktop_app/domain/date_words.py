"""Dates written out in a named language, never in the process locale.

Creating the Qt application calls ``setlocale`` from the rep's environment, after which
``strftime("%A")`` answers in the rep's desktop language. What a prospect reads (emails,
invites, reasons stored on touches) must follow the template's language instead, so every
date that leaves the app or is stored as text goes through here.
"""

from __future__ import annotations

from datetime import date, datetime, time

DEFAULT_LANGUAGE = "en"

_WEEKDAYS = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "de": ("Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"),
}
_MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    "de": ("Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"),
}
_SHORT_WEEKDAYS = {
    "en": ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"),
    "de": ("Mo", "Di", "Mi", "Do", "Fr", "Sa", "So"),
}
_SHORT_MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "de": ("Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez"),
}
LANGUAGES = tuple(_WEEKDAYS)


def language_or_default(language: str | None) -> str:
    """``"de"`` for ``"de"``, ``"de_DE"`` or ``"DE-at"``; English for anything unknown."""
    code = (language or "").strip().lower().replace("-", "_").split("_")[0]
    return code if code in _WEEKDAYS else DEFAULT_LANGUAGE


def format_date(moment: date | datetime, pattern: str, language: str = DEFAULT_LANGUAGE) -> str:
    """``strftime`` with ``%A %a %B %b`` taken from ``language``, whatever the locale.

    Only the codes that do not depend on the locale are passed on to ``strftime``
    (``%d %m %Y %H %M``…); ``%c %x %X %p`` would follow the locale and are refused.
    """
    lang = language_or_default(language)
    out: list[str] = []
    i = 0
    while i < len(pattern):
        ch = pattern[i]
        if ch != "%" or i + 1 == len(pattern):
            out.append(ch)
            i += 1
            continue
        code = pattern[i + 1]
        i += 2
        if code == "A":
            out.append(_WEEKDAYS[lang][moment.weekday()])
        elif code == "a":
            out.append(_SHORT_WEEKDAYS[lang][moment.weekday()])
        elif code == "B":
            out.append(_MONTHS[lang][moment.month - 1])
        elif code == "b":
            out.append(_SHORT_MONTHS[lang][moment.month - 1])
        elif code in "cxXpPr":
            raise ValueError(f"%{code} follows the process locale; spell the date out")
        elif code == "%":
            out.append("%")
        else:
            out.append(moment.strftime("%" + code))
    return "".join(out)


def clock_text(moment: datetime | time) -> str:
    """24-hour ``14:05``: the same for every language Tickler writes."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def long_date(day: date | datetime, language: str = DEFAULT_LANGUAGE, *,
              year: bool = False) -> str:
    """"Wednesday 16 December" / "Mittwoch, 16. Dezember" (with the year when asked)."""
    lang = language_or_default(language)
    if lang == "de":
        text = f"{format_date(day, '%A', lang)}, {day.day}. {format_date(day, '%B', lang)}"
    else:
        text = f"{format_date(day, '%A', lang)} {day.day} {format_date(day, '%B', lang)}"
    return f"{text} {day.year}" if year else text


def day_month_year(day: date | datetime, language: str = DEFAULT_LANGUAGE) -> str:
    """"16 December 2026" / "16. Dezember 2026"."""
    lang = language_or_default(language)
    month = format_date(day, "%B", lang)
    return f"{day.day}. {month} {day.year}" if lang == "de" else f"{day.day} {month} {day.year}"


def slot_words(local: datetime, place: str, language: str = DEFAULT_LANGUAGE) -> str:
    """The agreed callback as a prospect reads it, in their own wall time."""
    lang = language_or_default(language)
    if lang == "de":
        return f"{long_date(local, lang)} um {clock_text(local)} Uhr (Zeit {place})"
    return f"{long_date(local, lang)} at {clock_text(local)} ({place} time)"


def parse_day_month_year(text: str, language: str = DEFAULT_LANGUAGE) -> date:
    """"31 Mar 2027" (or "31 March 2027") back to a date, whatever the process locale
    (``strptime("%b")`` would want the desktop's month names). ValueError if it is not one."""
    lang = language_or_default(language)
    parts = text.split()
    if len(parts) != 3:
        raise ValueError(f"not a day, month and year: {text!r}")
    day, month_word, year = parts
    month_word = month_word.rstrip(".").lower()
    for names in (_SHORT_MONTHS[lang], _MONTHS[lang]):
        lowered = [n.lower() for n in names]
        if month_word in lowered:
            return date(int(year), lowered.index(month_word) + 1, int(day.rstrip(".")))
    raise ValueError(f"not a month: {month_word!r}")
