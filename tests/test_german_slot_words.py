"""Slot and date words typed in German read as well as English ones, whatever the desktop
language: the same slots, the same vague stalls, the same refusals of what can't be read."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.localtime import SlotError, repeated_choices, utc_to_local, validate_slot
from desktop_app.domain.model import StallKind
from desktop_app.domain.slot_words import parse_slot_words, read_slot_words


def local(utc: datetime, zone: str) -> datetime:
    return utc_to_local(utc, zone).replace(tzinfo=None)


BERLIN_TUESDAY = local(datetime(2026, 11, 24, 13, 30, tzinfo=UTC), "Europe/Berlin")  # 14:30
NEW_YORK_FRIDAY = local(datetime(2026, 11, 27, 21, 0, tzinfo=UTC), "America/New_York")  # 16:00
VIENNA_MONTH_END = local(datetime(2026, 11, 30, 15, 0, tzinfo=UTC), "Europe/Vienna")  # Mon 16:00
SYDNEY_YEAR_END = local(datetime(2026, 12, 30, 23, 0, tzinfo=UTC), "Australia/Sydney")  # Thu 10:00
ZURICH_SUNDAY = local(datetime(2027, 2, 28, 8, 0, tzinfo=UTC), "Europe/Zurich")  # 09:00
BERLIN_BEFORE_SPRING = local(datetime(2027, 3, 27, 11, 0, tzinfo=UTC), "Europe/Berlin")  # Sa 12:00
BERLIN_BEFORE_AUTUMN = local(datetime(2027, 10, 30, 10, 0, tzinfo=UTC), "Europe/Berlin")  # Sa 12:00

TABLE = [
    # Berlin, Tuesday 24 November 2026, 14:30
    (BERLIN_TUESDAY, "nächsten Dienstag 15 Uhr", datetime(2026, 12, 1, 15, 0)),
    (BERLIN_TUESDAY, "naechsten Dienstag 15 Uhr", datetime(2026, 12, 1, 15, 0)),
    (BERLIN_TUESDAY, "Nächsten Di. um 15:30 Uhr", datetime(2026, 12, 1, 15, 30)),
    (BERLIN_TUESDAY, "morgen um 9", datetime(2026, 11, 25, 9, 0)),
    (BERLIN_TUESDAY, "Morgen um 9 Uhr", datetime(2026, 11, 25, 9, 0)),
    (BERLIN_TUESDAY, "übermorgen 14:30", datetime(2026, 11, 26, 14, 30)),
    (BERLIN_TUESDAY, "uebermorgen 14.30 Uhr", datetime(2026, 11, 26, 14, 30)),
    (BERLIN_TUESDAY, "in zwei Wochen", datetime(2026, 12, 8, 10, 0)),
    (BERLIN_TUESDAY, "in drei Tagen um 11", datetime(2026, 11, 27, 11, 0)),
    (BERLIN_TUESDAY, "in 2 Monaten", datetime(2027, 1, 24, 10, 0)),
    (BERLIN_TUESDAY, "in 45 Tagen", datetime(2027, 1, 8, 10, 0)),
    (BERLIN_TUESDAY, "in einer Stunde", datetime(2026, 11, 24, 15, 30)),
    (BERLIN_TUESDAY, "in einer halben Stunde", datetime(2026, 11, 24, 15, 0)),
    (BERLIN_TUESDAY, "in 10 Minuten", datetime(2026, 11, 24, 14, 40)),
    (BERLIN_TUESDAY, "Montag in einer Woche", datetime(2026, 12, 7, 10, 0)),
    (BERLIN_TUESDAY, "Freitag nächster Woche um 10", datetime(2026, 12, 4, 10, 0)),
    (BERLIN_TUESDAY, "Donnerstag 16:45", datetime(2026, 11, 26, 16, 45)),
    (BERLIN_TUESDAY, "kommenden Freitag um 16 Uhr", datetime(2026, 11, 27, 16, 0)),
    (BERLIN_TUESDAY, "diesen Freitag 16 Uhr", datetime(2026, 11, 27, 16, 0)),
    (BERLIN_TUESDAY, "Fr. 11 Uhr", datetime(2026, 11, 27, 11, 0)),
    (BERLIN_TUESDAY, "Mi 9:15", datetime(2026, 11, 25, 9, 15)),
    (BERLIN_TUESDAY, "morgen Nachmittag", datetime(2026, 11, 25, 14, 0)),
    (BERLIN_TUESDAY, "Mittwochnachmittag", datetime(2026, 11, 25, 14, 0)),
    (BERLIN_TUESDAY, "morgen früh", datetime(2026, 11, 25, 10, 0)),
    (BERLIN_TUESDAY, "heute Abend", datetime(2026, 11, 24, 17, 0)),
    (BERLIN_TUESDAY, "halb vier", datetime(2026, 11, 24, 15, 30)),
    (BERLIN_TUESDAY, "morgen halb drei", datetime(2026, 11, 25, 14, 30)),
    (BERLIN_TUESDAY, "morgen um halb acht", datetime(2026, 11, 25, 7, 30)),
    (BERLIN_TUESDAY, "Donnerstag viertel nach 3", datetime(2026, 11, 26, 15, 15)),
    (BERLIN_TUESDAY, "Donnerstag viertel vor zehn", datetime(2026, 11, 26, 9, 45)),
    (BERLIN_TUESDAY, "Donnerstag zehn nach halb drei", datetime(2026, 11, 26, 14, 40)),
    (BERLIN_TUESDAY, "morgen um 8 abends", datetime(2026, 11, 25, 20, 0)),
    (BERLIN_TUESDAY, "morgen 9 Uhr vormittags", datetime(2026, 11, 25, 9, 0)),
    (BERLIN_TUESDAY, "31. März", datetime(2027, 3, 31, 10, 0)),
    (BERLIN_TUESDAY, "31. Maerz um 11", datetime(2027, 3, 31, 11, 0)),
    (BERLIN_TUESDAY, "31.03.", datetime(2027, 3, 31, 10, 0)),
    (BERLIN_TUESDAY, "31.3.2027 15 Uhr", datetime(2027, 3, 31, 15, 0)),
    (BERLIN_TUESDAY, "am 15. um 14 Uhr", datetime(2026, 12, 15, 14, 0)),
    (BERLIN_TUESDAY, "3. Dez. um 10", datetime(2026, 12, 3, 10, 0)),
    (BERLIN_TUESDAY, "nächsten Juni", datetime(2027, 6, 1, 10, 0)),
    (BERLIN_TUESDAY, "Ende des Monats", datetime(2026, 11, 30, 10, 0)),
    (BERLIN_TUESDAY, "Ende Juni", datetime(2027, 6, 30, 10, 0)),
    (BERLIN_TUESDAY, "Anfang Juli 9 Uhr", datetime(2027, 7, 1, 9, 0)),
    (BERLIN_TUESDAY, "Mitte August", datetime(2027, 8, 15, 10, 0)),
    (BERLIN_TUESDAY, "Donnerstag um 15.30.", datetime(2026, 11, 26, 15, 30)),
    (BERLIN_TUESDAY, "Mittwochnachmittag um 3", datetime(2026, 11, 25, 15, 0)),
    (BERLIN_TUESDAY, "Mittwochabend um 7", datetime(2026, 11, 25, 19, 0)),
    (BERLIN_TUESDAY, "Mittwoch ungefaehr um 11", datetime(2026, 11, 25, 11, 0)),
    (BERLIN_TUESDAY, "Donnerstag zurück, so gegen 10", datetime(2026, 11, 26, 10, 0)),
    (BERLIN_TUESDAY, "Rufen Sie mich am Montag um 10 an", datetime(2026, 11, 30, 10, 0)),
    # New York, Friday 27 November 2026, 16:00
    (NEW_YORK_FRIDAY, "Montag in einer Woche", datetime(2026, 12, 7, 10, 0)),
    (NEW_YORK_FRIDAY, "Montag 10 Uhr", datetime(2026, 11, 30, 10, 0)),
    (NEW_YORK_FRIDAY, "um 15 Uhr", datetime(2026, 11, 28, 15, 0)),  # passed: tomorrow
    (NEW_YORK_FRIDAY, "heute um 17 Uhr", datetime(2026, 11, 27, 17, 0)),
    # Vienna, Monday 30 November 2026 (the month's last day), 16:00
    (VIENNA_MONTH_END, "Ende des Monats", datetime(2026, 12, 31, 10, 0)),
    (VIENNA_MONTH_END, "morgen um 9", datetime(2026, 12, 1, 9, 0)),
    (VIENNA_MONTH_END, "am 1. um 11", datetime(2026, 12, 1, 11, 0)),
    (VIENNA_MONTH_END, "31.12. 10 Uhr", datetime(2026, 12, 31, 10, 0)),
    (VIENNA_MONTH_END, "Mitte des Monats", datetime(2026, 12, 15, 10, 0)),
    # Sydney, Thursday 31 December 2026 (the year's last day), 10:00
    (SYDNEY_YEAR_END, "morgen 10 Uhr", datetime(2027, 1, 1, 10, 0)),
    (SYDNEY_YEAR_END, "übermorgen", datetime(2027, 1, 2, 10, 0)),
    (SYDNEY_YEAR_END, "am 2. um 15 Uhr", datetime(2027, 1, 2, 15, 0)),
    (SYDNEY_YEAR_END, "nächsten Montag 9 Uhr", datetime(2027, 1, 4, 9, 0)),
    (SYDNEY_YEAR_END, "Anfang Januar", datetime(2027, 1, 1, 10, 0)),
    (SYDNEY_YEAR_END, "31.01.", datetime(2027, 1, 31, 10, 0)),
    (SYDNEY_YEAR_END, "in einem Tag", datetime(2027, 1, 1, 10, 0)),
    # Zurich, Sunday 28 February 2027, 09:00
    (ZURICH_SUNDAY, "Ende des Monats 16 Uhr", datetime(2027, 2, 28, 16, 0)),
    (ZURICH_SUNDAY, "Sonntag in einer Woche", datetime(2027, 3, 7, 10, 0)),
    (ZURICH_SUNDAY, "morgen um halb zehn", datetime(2027, 3, 1, 9, 30)),
    (ZURICH_SUNDAY, "29.02.", None),  # 2027 is no leap year: but 2028 is
    # Berlin, Saturday 27 March 2027 (the clocks go forward on the 28th), 12:00
    (BERLIN_BEFORE_SPRING, "morgen 15 Uhr", datetime(2027, 3, 28, 15, 0)),
    (BERLIN_BEFORE_SPRING, "Montag um 9", datetime(2027, 3, 29, 9, 0)),
]


@pytest.mark.parametrize(("now", "words", "expected"), TABLE)
def test_german_words_book_the_slot_they_say(now, words, expected):
    reading = read_slot_words(words, now)
    assert reading is not None and reading.unread == () and reading.vague is None
    if expected is None:  # "29.02." said in 2027: the next 29 February, in 2028
        assert reading.when == datetime(2028, 2, 29, 10, 0)
    else:
        assert reading.when == expected


@pytest.mark.parametrize(("german", "english"), [
    ("nächsten Dienstag 15 Uhr", "next Tuesday 3pm"), ("morgen um 9", "tomorrow at 9"),
    ("Donnerstag 16:45", "Thursday 16:45"), ("Freitag um 4", "friday at 4"),
    ("in zwei Wochen", "in two weeks"), ("am 15. um 14 Uhr", "the 15th at 2pm"),
    ("15. März um 11", "the 15th of March at 11"), ("3. Dez. um 10", "dec 3 at 10"),
    ("morgen Nachmittag", "tomorrow afternoon"), ("in 2 Stunden", "in 2 hours"),
    ("nächsten Monat um 15 Uhr", "next month at 3pm"), ("Sonntag", "sunday"),
    ("Samstag 10 Uhr", "saturday 10am"), ("nächsten Freitag", "next friday"),
    ("Ende Juni", "end of June"), ("Mitte August", "mid August"),
    ("Anfang Juli", "beginning of July"), ("nächsten Juni", "next June"),
    ("Anfang Juli", "early July"), ("Ende Januar 15 Uhr", "late January 3pm"),
    ("nächstes Jahr", "next year"), ("in einem Jahr", "in a year"),
    ("heute Nachmittag", "this afternoon"), ("heute Abend um 7", "this evening at 7"),
    ("um 9 abends", "at 9 in the evening"), ("halb drei nachts", "at 2:30am"),
])
@pytest.mark.parametrize("now", [BERLIN_TUESDAY, NEW_YORK_FRIDAY, VIENNA_MONTH_END,
                                 SYDNEY_YEAR_END, ZURICH_SUNDAY, BERLIN_BEFORE_AUTUMN])
def test_german_words_read_as_their_english_twins(now, german, english):
    said_in_german, said_in_english = read_slot_words(german, now), read_slot_words(english, now)
    assert said_in_german is not None and said_in_english is not None
    assert said_in_german.unread == () and said_in_english.unread == ()
    assert said_in_german.when == said_in_english.when and said_in_german.when is not None


@pytest.mark.parametrize(("words", "kind"), [
    ("nächste Woche", StallKind.NEXT_WEEK), ("Rufen Sie mich nächsten Monat an.",
                                             StallKind.NEXT_MONTH),
    ("irgendwann nächste Woche", StallKind.NEXT_WEEK), ("naechste Woche", StallKind.NEXT_WEEK),
    ("Anfang nächster Woche", StallKind.NEXT_WEEK), ("in einer Woche", StallKind.NEXT_WEEK),
    ("kommende Woche", StallKind.NEXT_WEEK), ("später", StallKind.LATER),
    ("Anfang nächsten Monats", StallKind.NEXT_MONTH), ("Mitte nächster Woche", StallKind.NEXT_WEEK),
    ("Ende nächster Woche", StallKind.NEXT_WEEK),
])
def test_a_german_period_with_no_day_or_time_is_a_vague_stall(words, kind):
    reading = read_slot_words(words, BERLIN_TUESDAY)
    assert reading is not None and reading.when is None and reading.vague is kind
    assert f"“{words}”" in reading.assumed[0] and "vague" in reading.assumed[0]


@pytest.mark.parametrize(("words", "unread"), [
    ("nächsten Dienstg 15 Uhr", "Dienstg"), ("Donerstag um 10", "Donerstag"),
    ("31.02.", "31.02."), ("31. Februar", "31. Februar"), ("25 Uhr", "25 Uhr"),
    ("Blubb", "Blubb"), ("halb dreizehn", "halb"), ("in 2027", "2027"),
    ("morgen um 10 Uhr bei Kaffee", "bei"),
])
def test_german_words_that_cannot_be_read_are_named_as_typed(words, unread):
    reading = read_slot_words(words, BERLIN_TUESDAY)
    assert reading is not None and reading.when is None and reading.vague is None
    assert unread in " ".join(reading.unread)


@pytest.mark.parametrize(("words", "said"), [
    ("Freitag", "10:00: no time was given"),
    ("15 Uhr", "today"),
    ("9 Uhr", "tomorrow: 09:00 has passed today"),
    ("am 15. um 14 Uhr", "the 15th is in December"),
    ("nächste Woche um 15 Uhr", "Tue 01 Dec, the same weekday next week"),
    ("morgen Nachmittag", "afternoon taken as 14:00"),
    ("Ende des Monats", "“Ende des Monats” read as Mon 30 Nov 2026"),
])
def test_what_german_words_leave_open_is_named(words, said):
    reading = read_slot_words(words, BERLIN_TUESDAY)
    assert reading is not None and said in reading.assumed


def test_the_hour_the_clocks_skip_is_refused_in_german_too():
    reading = read_slot_words("morgen halb drei nachts", BERLIN_BEFORE_SPRING)
    assert reading is not None and reading.when == datetime(2027, 3, 28, 2, 30)
    with pytest.raises(SlotError, match="does not exist"):
        validate_slot(reading.when, "Europe/Berlin", datetime(2027, 3, 27, 11, 0, tzinfo=UTC))


def test_the_hour_the_clocks_repeat_offers_both_in_german_too():
    reading = read_slot_words("morgen um halb drei nachts", BERLIN_BEFORE_AUTUMN)
    assert reading is not None and reading.when == datetime(2027, 10, 31, 2, 30)
    assert repeated_choices(reading.when, "Europe/Berlin") is not None


@pytest.mark.parametrize("words", ["nächsten " * 2000 + "Woche", "15 Uhr " * 100,
                                   "ä" * 5000, "in " * 300 + "zwei Wochen"])
def test_hostile_german_slot_words_are_named_not_a_crash(words):
    reading = read_slot_words(words, BERLIN_TUESDAY)
    assert reading is not None and reading.when is None and reading.unread
    parse_slot_words(words, BERLIN_TUESDAY)  # the event dialog's reading: no crash either


@pytest.mark.parametrize(("words", "day"), [
    ("31. März", date(2027, 3, 31)), ("31.03.", date(2027, 3, 31)),
    ("31.3.2027", date(2027, 3, 31)), ("31. März 2028", date(2028, 3, 31)),
    ("in 45 Tagen", date(2027, 1, 7)), ("nächsten Juni", date(2027, 6, 1)),
    ("Ende Juni", date(2027, 6, 30)), ("Mitte August", date(2027, 8, 15)),
    ("in drei Monaten", date(2027, 2, 23)), ("next June", date(2027, 6, 1)),
    ("31 March 2027", date(2027, 3, 31)), ("end of the month", date(2026, 11, 30)),
])
def test_event_dates_in_german_words(words, day):
    parsed = parse_slot_words(words, datetime(2026, 11, 23, 9, 0))
    assert parsed is not None and parsed.has_date and parsed.unread == ()
    assert parsed.when.date() == day


@pytest.mark.parametrize(("words", "unread"), [("31. Februar", "31. Februar"),
                                               ("nächsten Jnui", "Jnui")])
def test_event_dates_that_cannot_be_read_name_the_words_as_typed(words, unread):
    parsed = parse_slot_words(words, datetime(2026, 11, 23, 9, 0))
    assert parsed is None or not parsed.has_date or unread in " ".join(parsed.unread)


def test_english_words_still_read_with_a_german_look_alike_nearby():
    """German "am" and "do" are English words too: "9 am" stays the morning, and "do"
    without a German date or clock after it is no Thursday."""
    reading = read_slot_words("let's do tomorrow 3pm", BERLIN_TUESDAY)
    assert reading is not None and reading.when is None and reading.unread == ("do",)
    reading = read_slot_words("tomorrow 9 am", BERLIN_TUESDAY)
    assert reading is not None and reading.when == datetime(2026, 11, 25, 9, 0)


@pytest.mark.parametrize(("words", "year"), [
    ("31.12.9999 23:30", 9999), ("1.1.0001", 1), ("5. März 2027 15 Uhr", 2027),
    ("31.3.27", 2027), ("Ende Juni 2028", 2028),
])
def test_a_year_typed_in_german_is_the_year_read(words, year):
    """Kept as typed, so a year Tickler can't plan in is refused in words, not clamped."""
    reading = read_slot_words(words, BERLIN_TUESDAY)
    assert reading is not None and reading.when is not None and reading.when.year == year


@pytest.mark.parametrize("words", ["29.02.2027", "31.04.", "32.13.", "32. Mai"])
def test_a_day_that_does_not_exist_is_named_not_moved(words):
    reading = read_slot_words(words, BERLIN_TUESDAY)
    assert reading is not None and reading.when is None and reading.unread


@pytest.mark.parametrize("words", ["Montag in einer Woche", "Ende des Monats", "nächsten Juni",
                                   "übermorgen", "in 2 Monaten", "31.12.", "Mitte Januar",
                                   "9h30", "9:30", "am 15.", "the 15th", "31.03. 15:30"])
def test_german_words_said_at_the_end_of_year_9999_are_no_crash(words):
    now = datetime(9999, 12, 31, 18, 0)
    reading = read_slot_words(words, now)
    assert reading is not None
    assert reading.unread or reading.when is None or reading.when.year == 9999
    parse_slot_words(words, now)
