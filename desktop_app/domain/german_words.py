"""German slot and date words said in the English the slot reader knows.

A rep may type "nächsten Dienstag 15 Uhr" or "next Tuesday 3pm" whatever the desktop
language, so ``english_words`` always runs: it rewrites the German words it knows into the
English ones ``slot_words`` reads ("nächsten Dienstag" → "next tuesday", "15 Uhr" → "at 15",
"31. März" → "31st march"), keeps every other word as typed (a German typo is then named as
unread, like an English one) and returns what each rewrite stood for, so a refusal or a note
names the rep's own words. Umlauts typed as ae/oe/ue/ss are read as well ("naechsten").

German clock words are settled here, by the rule the English reader uses for "at 3": an hour
from 1 to 6 with nothing else said is the afternoon ("halb drei" is 14:30), and a part of the
day said with it decides ("halb drei nachts" is 02:30, "um 9 abends" 21:00).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, timedelta

_UMLAUTS = (("ä", "(?:ä|ae)"), ("ö", "(?:ö|oe)"), ("ü", "(?:ü|ue)"), ("ß", "(?:ß|ss)"))


def _de(pattern: str) -> str:
    """``pattern`` with each umlaut also matching its two-letter spelling."""
    for letter, either in _UMLAUTS:
        pattern = pattern.replace(letter, either)
    return pattern


_UNITS = ("null", "ein", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
NUMBERS: dict[str, int] = {
    "eins": 1, "eine": 1, "einer": 1, "einem": 1, "einen": 1, "zwo": 2, "zehn": 10, "elf": 11,
    "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16,
    "siebzehn": 17, "achtzehn": 18, "neunzehn": 19,
}
NUMBERS.update({word: n for n, word in enumerate(_UNITS) if n})
for _tens, _word in ((20, "zwanzig"), (30, "dreißig"), (40, "vierzig"), (50, "fünfzig"),
                     (60, "sechzig"), (70, "siebzig"), (80, "achtzig"), (90, "neunzig")):
    NUMBERS[_word] = _tens
    for _n, _unit in enumerate(_UNITS):
        if _n:
            NUMBERS[f"{_unit}und{_word}"] = _tens + _n

# longest first, so "fünfundvierzig" is not read as "fünf"
_NUMBER = "(?:\\d{1,3}|" + "|".join(
    _de(word) for word in sorted(NUMBERS, key=len, reverse=True)) + ")"

WEEKDAYS = {"montag": "monday", "dienstag": "tuesday", "mittwoch": "wednesday",
            "donnerstag": "thursday", "freitag": "friday", "samstag": "saturday",
            "sonnabend": "saturday", "sonntag": "sunday"}
_SHORT_WEEKDAYS = {"mo": "monday", "di": "tuesday", "mi": "wednesday", "do": "thursday",
                   "fr": "friday", "sa": "saturday", "so": "sunday"}
MONTHS = {"januar": "january", "jänner": "january", "jan": "january", "februar": "february",
          "feber": "february", "feb": "february", "märz": "march", "mär": "march",
          "mrz": "march", "april": "april", "apr": "april", "mai": "may", "juni": "june",
          "jun": "june", "juli": "july", "jul": "july", "august": "august", "aug": "august",
          "september": "september", "sept": "september", "sep": "september",
          "oktober": "october", "okt": "october", "november": "november", "nov": "november",
          "dezember": "december", "dez": "december"}
_ENGLISH_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august",
                   "september", "october", "november", "december")

_WEEKDAY = "(?:" + "|".join(_de(w) for w in WEEKDAYS) + ")"
_MONTH = "(?:" + "|".join(_de(m) for m in sorted(MONTHS, key=len, reverse=True)) + ")"
_ANY_MONTH = "(?:" + "|".join(sorted(
    {*map(_de, MONTHS), *_ENGLISH_MONTHS}, key=len, reverse=True)) + ")"
_NEXT = _de(r"nächste[nrs]?")
_COMING = r"(?:kommende[nrs]?|diese[nrs]?|am|den)"

_AM_WORDS = _de(r"\b(?:nachts|nacht|morgens|früh|vormittags?|am morgen|morning)\b")
_PM_WORDS = _de(r"\b(?:nachmittags?|abends?|afternoon|evening)\b")
_PARTS = ((r"\b(?:in der )?nacht\b|\bnachts\b", " "),
          (_de(r"\bam morgen\b|\bmorgens\b|\bfrüh\b|\b(?:am )?vormittags?\b"), " morning "),
          (_de(r"\b(?:am |zur )?mittagszeit\b|\bin der mittagspause\b"), " lunchtime "),
          (_de(r"\b(?:am )?nachmittags?\b"), " afternoon "),
          (_de(r"\b(?:am )?mittags?\b"), " midday "),
          (_de(r"\b(?:am )?abends?\b"), " evening "),
          (_de(r"\bende des (?:arbeits)?tages\b|\b(?:zum |bei )?feierabend\b"),
           " end of the day "))

def _ascii(word: str) -> str:
    for letter, two in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        word = word.replace(letter, two)
    return word


_FILLER = frozenset(form for word in (
    "am", "um", "im", "den", "dem", "der", "die", "das", "des", "bitte", "dann", "gegen",
    "etwa", "ca", "circa", "ungefähr", "vielleicht", "rufen", "ruf", "sie", "mich", "uns",
    "zurück", "wieder", "also", "gerne", "gern", "lieber", "wir", "sagen", "anrufen", "mal",
    "nochmal", "noch", "ja", "passt", "es", "wäre", "wie", "wärs", "mit", "zum", "ab", "so",
    "bis", "spätestens", "frühestens", "erst") for form in (word, _ascii(word)))


def _hour(hour: int, minute: int, text: str) -> str:
    """The 24-hour clock for a German hour said without am/pm (see the module's rule)."""
    if hour > 12:
        return f"{hour:02d}:{minute:02d}"
    if re.search(_PM_WORDS, text):
        hour = hour % 12 + 12
    elif re.search(_AM_WORDS, text):
        hour = 0 if hour == 12 and re.search(_de(r"\bnachts|nacht\b"), text) else hour
    elif 1 <= hour <= 6:
        hour += 12
    return f"{hour:02d}:{minute:02d}"


def _number(word: str) -> int:
    if word.isdigit():
        return int(word)
    folded = word
    for letter, two in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        folded = folded.replace(two, letter)
    return NUMBERS.get(folded, NUMBERS.get(word, -1))


def _lookup(table: dict[str, str], word: str) -> str:
    folded = word.rstrip(".")
    for letter, two in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("ß", "ss")):
        if folded not in table:
            folded = folded.replace(two, letter)
    return table[folded]


def _ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


class _Rewriter:
    """Applies rewrites to lowered words and remembers what each English piece stood for."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.said: dict[str, str] = {}

    def sub(self, pattern: str, replace: str | Callable[[re.Match[str]], str | None]) -> None:
        def one(match: re.Match[str]) -> str:
            english = replace if isinstance(replace, str) else replace(match)
            if english is None:
                return match.group(0)
            if english.strip():
                self.said.setdefault(english.strip(), match.group(0).strip())
            return english

        self.text = re.sub(pattern, one, self.text)


def english_words(text: str, today: date) -> tuple[str, dict[str, str]]:
    """``text`` (lowered) with the German slot words it holds said in English, and a map
    from each English piece put in back to the words the rep typed."""
    w = _Rewriter(" ".join(text.lower().split()))

    # a weekday run together with its part of the day: "Dienstagnachmittag"
    w.sub(rf"\b({_WEEKDAY})(morgen|vormittag|mittag|nachmittag|abend)s?\b",
          lambda m: f"{_lookup(WEEKDAYS, m.group(1))} {m.group(2)}")
    w.sub(rf"\b({_WEEKDAY})\s+morgen\b", lambda m: f"{m.group(1)} vormittag")
    whole = w.text  # where a clock's part of the day is looked for
    w.sub(_de(r"\bmorgen\s+(früh|vormittags?|mittags?|nachmittags?|abends?)\b"),
          lambda m: f"tomorrow {m.group(1)}")
    w.sub(_de(r"\bübermorgen\b"), "in 2 days")
    w.sub(r"\bheute\b", "today")
    w.sub(r"(?<!\bam )\bmorgen\b", "tomorrow")

    # clocks: "15 Uhr", "15:30 Uhr", "15 Uhr 30", "um 9", "halb drei", "viertel nach 3"
    w.sub(r"\b(\d{1,2})[:.](\d{2})\s*(?:uhr|h)\b", lambda m: f"{int(m.group(1)):02d}:{m.group(2)}")
    w.sub(r"\b(\d{1,2})\s*(?:uhr\b|h(?=\d{2}\b))(?:\s*(\d{2})\b)?",
          lambda m: _hour(int(m.group(1)), int(m.group(2) or 0), whole))
    w.sub(rf"\b(?:um\s+)?(viertel|{_NUMBER})\s+(nach|vor)\s+(halb\s+)?({_NUMBER})\b",
          lambda m: _minutes_from(m, whole))
    w.sub(rf"\b(?:um\s+)?halb\s+({_NUMBER})\b",
          lambda m: _hour((_number(m.group(1)) - 1) % 12 or 12, 30, whole)
          if 1 <= _number(m.group(1)) <= 12 else None)
    w.sub(rf"\b(?:um\s+)?(?:drei\s*viertel|dreiviertel)\s+({_NUMBER})\b",
          lambda m: _hour((_number(m.group(1)) - 1) % 12 or 12, 45, whole)
          if 1 <= _number(m.group(1)) <= 12 else None)
    w.sub(rf"\bum\s+({_NUMBER})\b(?![:.]\d)",
          lambda m: _hour(_number(m.group(1)), 0, whole)
          if 0 <= _number(m.group(1)) <= 23 else None)
    w.sub(r"\bum\s+(\d{1,2})[:.](\d{2})\b", lambda m: f"{int(m.group(1)):02d}:{m.group(2)}")
    for pattern, english in _PARTS:
        w.sub(pattern, english)

    # dates: "31.03.", "31.3.2027", "31. März", "am 15.", "Ende Juni", "nächsten Juni"
    w.sub(r"\b(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})?(?![\d.:])",
          lambda m: _numeric_date(m, today))
    w.sub(rf"\b(\d{{1,2}})\.?\s+({_MONTH})\b\.?",
          lambda m: f"{_ordinal(int(m.group(1)))} {_lookup(MONTHS, m.group(2))}")
    w.sub(r"\b(?:am|den|zum|bis zum|ab dem)\s+(\d{1,2})\.(?!\d)",
          lambda m: f"the {_ordinal(int(m.group(1)))}")
    w.sub(r"\b(ende|anfang|mitte)\s+(?:des\s+|dieses\s+)?monats\b",
          lambda m: f"{_EDGE[m.group(1)]} the month")
    w.sub(rf"\b(ende|anfang|mitte)\s+(?:des\s+)?{_NEXT}\s+monats?\b",
          lambda m: "early next month" if m.group(1) == "anfang"
          else f"{_EDGE[m.group(1)]} next month")
    w.sub(rf"\b(ende|anfang|mitte)\s+({_ANY_MONTH})\b",
          lambda m: f"{_EDGE[m.group(1)]} {_month(m.group(2))}")
    w.sub(rf"\b(?:{_NEXT}|kommende[nrs]?)\s+({_MONTH})\b",
          lambda m: f"next {_lookup(MONTHS, m.group(1))}")
    w.sub(rf"\bim\s+({_MONTH})\b", lambda m: f"in {_lookup(MONTHS, m.group(1))}")
    w.sub(rf"\b({_MONTH})\b(?=\s+\d|\s*$)", lambda m: _lookup(MONTHS, m.group(1)))

    # weeks and months: "Montag in einer Woche", "in drei Tagen", "nächste Woche"
    w.sub(rf"\b(?:am\s+)?({_WEEKDAY})\s+in\s+(?:einer|1)\s+woche\b|"
          rf"\b(?:am\s+)?({_WEEKDAY})\s+in\s+(?:acht|8)\s+tagen\b",
          lambda m: _weekday_in_a_week(m.group(1) or m.group(2), today))
    w.sub(rf"\b(?:am\s+)?({_WEEKDAY})\s+(?:der\s+)?(?:{_NEXT}|kommende[nrs]?)\s+woche\b",
          lambda m: f"next week {_lookup(WEEKDAYS, m.group(1))}")
    w.sub(rf"\b(?:{_NEXT}|kommende)\s+woche\s+(?:am\s+)?({_WEEKDAY})\b",
          lambda m: f"next week {_lookup(WEEKDAYS, m.group(1))}")
    w.sub(_de(r"\bin einer halben stunde\b"), "in 30 minutes")
    w.sub(_de(r"\bin einer viertelstunde\b"), "in 15 minutes")
    w.sub(_de(r"\bin einer woche\b"), "in a week")
    w.sub(_de(r"\bin einem monat\b"), "in a month")
    w.sub(rf"\bin\s+({_NUMBER})\s+(tag|tagen|woche|wochen|monat|monaten|stunde|stunden"
          r"|minute|minuten|jahr|jahren)\b", _amount)
    w.sub(_de(r"\bübernächste woche\b"), "in 2 weeks")
    w.sub(_de(r"\bübernächsten monat\b"), "in 2 months")
    w.sub(rf"\b(?:anfang|zu beginn)\s+(?:der\s+)?{_NEXT}\s+woche\b", "early next week")
    w.sub(_de(rf"\b(?:ende|später in)\s+(?:der\s+)?{_NEXT}\s+woche\b"), "later next week")
    w.sub(rf"\bmitte\s+(?:der\s+)?{_NEXT}\s+woche\b", "sometime next week")
    w.sub(rf"\b(?:{_NEXT}|kommende)\s+woche\b", "next week")
    w.sub(rf"\b(?:{_NEXT}|kommenden)\s+monat\b", "next month")
    w.sub(rf"\b(?:im\s+)?(?:{_NEXT}|kommende[ns]?)\s+jahr\b", "next year")
    w.sub(_de(r"\birgendwann\b"), "sometime")
    w.sub(_de(r"\b(?:heute\s+)?später(?:\s+heute)?\b|\btoday\s+später\b"),
          lambda m: "later today" if "today" in m.group(0) or "heute" in m.group(0)
          else "later")
    w.sub(_de(r"\bin kürze\b|\bgleich\b"), "in a bit")

    # weekdays, with or without "nächsten", "kommenden", "diesen"
    w.sub(rf"\b{_NEXT}\s+({_WEEKDAY})\b", lambda m: f"next {_lookup(WEEKDAYS, m.group(1))}")
    w.sub(rf"\b(?:{_COMING}\s+)({_WEEKDAY})\b", lambda m: _lookup(WEEKDAYS, m.group(1)))
    w.sub(rf"\b({_WEEKDAY})\b", lambda m: _lookup(WEEKDAYS, m.group(1)))
    short = "|".join(_SHORT_WEEKDAYS)
    w.sub(rf"\b{_NEXT}\s+({short})\b\.?", lambda m: f"next {_SHORT_WEEKDAYS[m.group(1)]}")
    w.sub(rf"\b(?:{_COMING}\s+)({short})\b\.?|\b({short})\.(?=\s|,|$)"
          r"|\b(mo|di|mi|fr|sa)\b(?=,?\s+\d)|\b(do|so)\b(?=,?\s+\d{1,2}(?::\d\d\b|\.))",
          lambda m: _SHORT_WEEKDAYS[next(g for g in m.groups() if g)])

    words: list[str] = []
    for word in w.text.split():  # "am" after a number is the English "9 am"
        bare = word.strip(",;!?")
        if bare not in _FILLER or (bare == "am" and words and words[-1][-1:].isdigit()):
            words.append(word)
        elif word.endswith(",") and words:  # "Donnerstag zurück, 10": the comma stays
            words[-1] += ","
    if words and words[-1].rstrip(".!") == "an":  # "rufen Sie mich Dienstag an"
        words.pop()
    return " ".join(words), w.said


_EDGE = {"ende": "end of", "anfang": "beginning of", "mitte": "mid"}


def _month(word: str) -> str:
    return word if word in _ENGLISH_MONTHS else _lookup(MONTHS, word)


def _minutes_from(match: re.Match[str], whole: str) -> str | None:
    said, way, half, hour_word = match.groups()
    minutes = 15 if said == "viertel" else _number(said)
    hour = _number(hour_word)
    if not (1 <= hour <= 12 and 0 < minutes < 30):
        return None
    base = (hour - 1) * 60 + 30 if half else hour * 60
    total = base + minutes if way == "nach" else base - minutes
    clock = _hour((total // 60) % 12 or 12, total % 60, whole)
    return clock


def _numeric_date(match: re.Match[str], today: date) -> str | None:
    day, month = int(match.group(1)), int(match.group(2))
    year_text = match.group(3)
    if not 1 <= month <= 12:  # "15.30." ending a sentence is a clock; "32.13." nothing
        return None if day <= 23 and month <= 59 and year_text is None else "nodate"
    if year_text is None:
        return f"{_ordinal(day)} {_ENGLISH_MONTHS[month - 1]}"
    year = int(year_text) + (2000 if len(year_text) == 2 else 0)
    return f"{_ordinal(day)} {_ENGLISH_MONTHS[month - 1]} {year:04d}"


_UNIT = {"tag": "day", "tagen": "day", "woche": "week", "wochen": "week", "monat": "month",
         "monaten": "month", "stunde": "hour", "stunden": "hour", "minute": "minute",
         "minuten": "minute", "jahr": "year", "jahren": "year"}


def _amount(match: re.Match[str]) -> str | None:
    count = _number(match.group(1))
    if count < 0:
        return None
    return f"in {count} {_UNIT[match.group(2)]}{'' if count == 1 else 's'}"


_ENGLISH_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
                     "sunday")


def _weekday_in_a_week(word: str, today: date) -> str | None:
    """"Montag in einer Woche": a week after the coming Monday (on a Monday, a week on)."""
    weekday = _ENGLISH_WEEKDAYS.index(_lookup(WEEKDAYS, word))
    try:
        return (today + timedelta(days=(weekday - today.weekday()) % 7 + 7)).isoformat()
    except OverflowError:  # said in the last days of year 9999: left unread
        return None
