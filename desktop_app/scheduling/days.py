"""Day boundaries on the rep's own clock."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from ..domain.localtime import local_to_utc, utc_to_local


def rep_today(now_utc: datetime, rep_tz: str) -> date:
    return utc_to_local(now_utc, rep_tz).date()


def end_of_day_utc(day: date, rep_tz: str) -> datetime:
    """The first instant of the next local day, in UTC (the queue shows everything before)."""
    return local_to_utc(datetime.combine(day + timedelta(days=1), time.min), rep_tz)


def start_of_day_utc(day: date, rep_tz: str) -> datetime:
    return local_to_utc(datetime.combine(day, time.min), rep_tz)


def seconds_to_next_day(now_utc: datetime, rep_tz: str) -> float:
    boundary = end_of_day_utc(rep_today(now_utc, rep_tz), rep_tz)
    return max((boundary - now_utc.astimezone(UTC)).total_seconds(), 0.0)
