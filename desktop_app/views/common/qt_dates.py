"""Naive wall dates and times to and from Qt's types (no time zone conversion by Qt), and
the one formatter for dates the window shows."""

from __future__ import annotations

import re
from datetime import date, datetime, time
from functools import lru_cache

from PySide6.QtCore import QDate, QDateTime, QLocale, QTime


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def to_qtime(moment: time) -> QTime:
    return QTime(moment.hour, moment.minute)


def from_qtime(value: QTime) -> time:
    return time(value.hour(), value.minute())


def to_qdatetime(moment: datetime) -> QDateTime:
    return QDateTime(to_qdate(moment.date()), to_qtime(moment.time()))


def from_qdatetime(value: QDateTime) -> datetime:
    return datetime.combine(from_qdate(value.date()), from_qtime(value.time()))


# -- dates and times as the rep reads them --------------------------------------------------
#
# One formatter for every date the window shows, so a German desktop shows one style
# (QLocale's own names and order) instead of three. In the C locale (tests, a bare
# session) the app's own English style is kept: "Thu 26 Nov 2026, 14:30".

_YEAR_RE = re.compile(r"\s*(?:'[^']*'\s*)?y+[^\sA-Za-z']*")
_WEEKDAY_RE = re.compile(r"d{4}[^\sA-Za-z']*\s*")


def _is_c(locale: QLocale) -> bool:
    return locale.language() == QLocale.Language.C


@lru_cache(maxsize=64)
def _pattern(name: str, weekday: bool, long: bool, year: bool) -> str:
    locale = QLocale(name)
    if _is_c(locale):
        parts = (["dddd" if long else "ddd"] if weekday else []) + [
            "dd", "MMMM" if long else "MMM"] + (["yyyy"] if year else [])
        return " ".join(parts)
    pattern = locale.dateFormat(QLocale.FormatType.LongFormat)
    if not year:
        pattern = _YEAR_RE.sub("", pattern).rstrip(" ,")
    if not weekday:
        pattern = _WEEKDAY_RE.sub("", pattern).strip(" ,")
    if not long:
        pattern = pattern.replace("dddd", "ddd").replace("MMMM", "MMM")
    return pattern


def _time_pattern(name: str) -> str:
    """24-hour everywhere: the agreed minute reads the same in the queue, the pop-ups, the
    editors and the emails, and cannot be misread across a.m. and p.m."""
    return "HH:mm"


def ui_date(day: date, *, weekday: bool = False, long: bool = False, year: bool = False) -> str:
    """A date in the rep's language: ``Thu 26 Nov`` / ``Do., 26. Nov.`` (``long``: names
    written out; ``year``: with the year)."""
    locale = QLocale()
    return locale.toString(QDate(day.year, day.month, day.day),
                           _pattern(locale.name(), weekday, long, year))


def ui_time(moment: datetime | time) -> str:
    """A wall time, ``14:30``."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def ui_weekday(day: date, *, long: bool = False) -> str:
    """The day's name alone: ``Thu`` / ``Do.``."""
    locale = QLocale()
    kind = QLocale.FormatType.LongFormat if long else QLocale.FormatType.ShortFormat
    return locale.dayName(day.isoweekday(), kind)


def edit_format(*, weekday: bool = False, year: bool = True, time: bool = False) -> str:
    """The display format for a QDateEdit/QDateTimeEdit, in the same style as ui_date."""
    name = QLocale().name()
    pattern = _pattern(name, weekday, False, year)
    return f"{pattern}  {_time_pattern(name)}" if time else pattern


def ui_datetime(moment: datetime, *, weekday: bool = True, year: bool = False,
                sep: str = " ") -> str:
    """Date and wall time together: ``Thu 26 Nov 14:30`` (``sep=", "``: ``Thu 26 Nov, 14:30``)."""
    return f"{ui_date(moment, weekday=weekday, year=year)}{sep}{ui_time(moment)}"
