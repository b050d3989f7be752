"""Slot words as a pure rule: what typed words book, what they leave open, what is vague."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.localtime import (
    OutOfRangeError,
    SlotError,
    local_to_utc,
    repeated_choices,
    validate_slot,
)
from desktop_app.domain.model import StallKind
from desktop_app.domain.slot_words import read_slot_words

TUESDAY_1430 = datetime(2026, 11, 24, 14, 30)


@pytest.mark.parametrize(("words", "expected"), [
    ("in 3 minutes", datetime(2026, 11, 24, 14, 33)),
    ("in 2 hours", datetime(2026, 11, 24, 16, 30)),
    ("3pm", datetime(2026, 11, 24, 15, 0)),
    ("10am", datetime(2026, 11, 25, 10, 0)),  # passed today: the next such time
    ("tomorrow at 9", datetime(2026, 11, 25, 9, 0)),
    ("tomorrow 9am", datetime(2026, 11, 25, 9, 0)),
    ("the 15th at 2pm", datetime(2026, 12, 15, 14, 0)),
    ("the 15th of March at 11", datetime(2027, 3, 15, 11, 0)),
    ("next Tuesday 3pm", datetime(2026, 12, 1, 15, 0)),
    ("dec 3 at 10", datetime(2026, 12, 3, 10, 0)),
    ("Thursday 16:45", datetime(2026, 11, 26, 16, 45)),
    ("tomorrow afternoon", datetime(2026, 11, 25, 14, 0)),
    ("in two weeks", datetime(2026, 12, 8, 10, 0)),
    ("the 25th at 1:30am", datetime(2026, 11, 25, 1, 30)),
    ("friday at 4 pm", datetime(2026, 11, 27, 16, 0)),
    ("at 3", datetime(2026, 11, 24, 15, 0)),
])
def test_words_book_the_slot_they_say_and_nothing_comes_from_the_picker(words, expected):
    reading = read_slot_words(words, TUESDAY_1430)
    assert reading is not None and reading.unread == ()
    assert reading.when == expected and reading.vague is None


@pytest.mark.parametrize(("words", "kind"), [
    ("next week", StallKind.NEXT_WEEK), ("Call me next month.", StallKind.NEXT_MONTH),
    ("sometime next week", StallKind.NEXT_WEEK), ("later", StallKind.LATER),
])
def test_a_period_with_no_day_or_time_is_a_vague_stall(words, kind):
    reading = read_slot_words(words, TUESDAY_1430)
    assert reading is not None and reading.when is None and reading.vague is kind
    assert "vague" in reading.assumed[0]


@pytest.mark.parametrize(("words", "said"), [
    ("friday", "10:00: no time was given"),
    ("3pm", "today"),
    ("10am", "tomorrow: 10:00 has passed today"),
    ("the 15th at 2pm", "the 15th is in December"),
    ("next week at 3pm", "Tue 01 Dec, the same weekday next week"),
    ("12/03 at 2pm", "12/03 read as 3 December"),
])
def test_what_the_words_leave_open_is_named(words, said):
    reading = read_slot_words(words, TUESDAY_1430)
    assert reading is not None and said in reading.assumed


@pytest.mark.parametrize("words", ["next tusday 3pm", "25:00", "13pm", "blah"])
def test_words_that_cannot_be_read_are_named_not_guessed(words):
    reading = read_slot_words(words, TUESDAY_1430)
    assert reading is not None and reading.when is None and reading.vague is None
    assert reading.unread


def test_the_repeated_hour_offers_both_with_offsets_and_the_choice_holds():
    london = "Europe/London"
    choices = repeated_choices(datetime(2026, 10, 25, 1, 30), london)
    assert choices == ("01:30 BST (UTC+01:00, first time)", "01:30 GMT (UTC+00:00, second time)")
    assert repeated_choices(datetime(2026, 10, 25, 3, 30), london) is None
    first = local_to_utc(datetime(2026, 10, 25, 1, 30), london)
    second = local_to_utc(datetime(2026, 10, 25, 1, 30, fold=1), london)
    assert second - first == (datetime(2026, 1, 1, 1) - datetime(2026, 1, 1))
    assert validate_slot(datetime(2026, 10, 25, 1, 30, fold=1), london,
                         datetime(2026, 10, 1, tzinfo=UTC)) == second


@pytest.mark.parametrize("year", [1, 9999, 2200])
def test_a_slot_in_a_year_tickler_cannot_plan_in_is_refused_in_words(year):
    with pytest.raises(SlotError) as err:
        validate_slot(datetime(year, 12, 31, 23, 30), "Pacific/Kiritimati",
                      datetime(2026, 11, 23, tzinfo=UTC))
    assert isinstance(err.value, OutOfRangeError) or "passed" in str(err.value)
    assert str(year) in str(err.value) or "passed" in str(err.value)


def test_the_15th_after_the_15th_is_next_month_even_at_year_end():
    reading = read_slot_words("the 2nd", datetime(2026, 12, 20, 9, 0))
    assert reading is not None and reading.when is not None
    assert reading.when.date() == date(2027, 1, 2)


@pytest.mark.parametrize(("now", "expected"), [
    (datetime(2026, 12, 15, 13, 59), datetime(2026, 12, 15, 14, 0)),  # still ahead today
    (datetime(2026, 12, 15, 15, 0), datetime(2027, 1, 15, 14, 0)),  # passed: the next 15th
    (datetime(2026, 12, 16, 9, 0), datetime(2027, 1, 15, 14, 0)),
])
def test_rule_the_15th_at_2pm_is_the_next_15th_whose_2pm_is_ahead(now, expected):
    reading = read_slot_words("the 15th at 2pm", now)
    assert reading is not None and reading.when == expected and not reading.unread


@pytest.mark.parametrize(("words", "year"), [
    ("0001-01-01 10:00", 1), ("1 Jan 0001", 1), ("1/1/0001", 1), ("0099-05-05", 99),
    ("12/31/9999", 9999), ("dec 5, 2027", 2027), ("5 March 2027 3pm", 2027),
])
def test_rule_a_year_typed_in_full_is_the_year_read(words, year):
    reading = read_slot_words(words, TUESDAY_1430)
    assert reading is not None and reading.when is not None and reading.when.year == year


@pytest.mark.parametrize("words", ["in 2027", "10000", "jan 1 10000", "sometime in 2027"])
def test_rule_a_number_the_reading_does_not_use_is_not_read(words):
    """"in 2027" was today at 20:27, "10000" tomorrow at 01:00: never a silent guess."""
    reading = read_slot_words(words, TUESDAY_1430)
    assert reading is not None and reading.when is None and reading.unread


def test_a_clock_written_as_four_digits_is_still_read():
    reading = read_slot_words("tomorrow 1430", TUESDAY_1430)
    assert reading is not None and reading.when == datetime(2026, 11, 25, 14, 30)


@pytest.mark.parametrize(("local", "tz"), [
    (datetime(2027, 3, 28, 1, 30), "Europe/London"),
    (datetime(2026, 3, 8, 2, 30), "America/New_York"),
    (datetime(2026, 10, 4, 2, 15), "Australia/Sydney"),
    (datetime(2026, 10, 4, 2, 10), "Australia/Lord_Howe"),  # a half-hour jump
])
def test_rule_the_skipped_hour_is_not_offered_as_happening_twice(local, tz):
    """A time the clocks skip has two offsets as well; it must be refused as skipped, not
    offered as "the clocks go back, pick which one"."""
    assert repeated_choices(local, tz) is None
    with pytest.raises(SlotError, match="does not exist"):
        validate_slot(local, tz, datetime(2026, 1, 1, tzinfo=UTC))


@pytest.mark.parametrize("words", ["next " * 2000 + "week", "3pm " * 100, "x" * 5000])
def test_hostile_slot_words_are_named_not_a_crash(words):
    """"next next … week" drove the parser into a RecursionError."""
    reading = read_slot_words(words, TUESDAY_1430)
    assert reading is not None and reading.when is None and reading.unread
