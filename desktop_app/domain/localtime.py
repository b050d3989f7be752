"""Wall-clock rules in the prospect's IANA time zone.

Everything is stored in UTC; callbacks are agreed in the prospect's local time. These
helpers turn one into the other without losing the local time across DST changes.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from .date_words import format_date
from .i18n import tr


class SlotError(ValueError):
    """A callback slot the app cannot accept; the message is written for the rep."""


class OutOfRangeError(SlotError):
    """A date outside the years Tickler plans in (year 1, year 9999…)."""


# The years Tickler plans in: far enough either way for any real plan, and well inside what
# Python's datetimes (and every zone's offset from UTC) can hold.
FIRST_YEAR, LAST_YEAR = 1970, 2999


def check_in_range(moment: datetime | date, what: str | None = None) -> None:
    """Raise OutOfRangeError, in words, for a date Tickler cannot plan around."""
    if not FIRST_YEAR <= moment.year <= LAST_YEAR:
        raise OutOfRangeError(tr(
            "{what} ({date}) is outside the years Tickler can plan in ({first} to {last}). "
            "Check the year.").format(
                what=what or tr("That date"),
                date=f"{moment.day} {format_date(moment, '%b')} {moment.year:04d}",
                first=FIRST_YEAR, last=LAST_YEAR))


@lru_cache(maxsize=512)
def zone(name: str) -> ZoneInfo:
    """The ZoneInfo for an IANA name, with a rep-readable error for a bad one."""
    if not name or name.strip() != name:
        raise SlotError(tr("'{zone}' is not a time zone name (for example "
                           "Europe/London).").format(zone=name))
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise SlotError(tr("'{zone}' is not a time zone Tickler knows.").format(
            zone=name)) from exc


def is_valid_zone(name: str) -> bool:
    try:
        zone(name)
    except SlotError:
        return False
    return True


def is_nonexistent(local: datetime, tz: ZoneInfo) -> bool:
    """True when the wall time is skipped by a DST jump (e.g. 02:30 on spring-forward day)."""
    naive = local.replace(tzinfo=None)
    roundtrip = naive.replace(tzinfo=tz).astimezone(UTC).astimezone(tz).replace(tzinfo=None)
    return roundtrip != naive


def local_to_utc(local: datetime, tz_name: str) -> datetime:
    """A naive wall time in ``tz_name`` to an aware UTC datetime.

    A time that falls in a DST gap is moved forward by the size of the gap; an ambiguous
    time (clocks go back) is read as its first occurrence, unless ``local.fold`` is 1 (the
    second: see ``repeated_choices``).
    """
    tz = zone(tz_name)
    return local.replace(tzinfo=tz).astimezone(UTC)


def is_repeated(local: datetime, tz_name: str) -> bool:
    """True when the wall time happens twice (the hour repeated when the clocks go back)."""
    naive = local.replace(tzinfo=None)
    tz = zone(tz_name)
    if is_nonexistent(naive, tz):  # the skipped hour has two offsets too, but happens never
        return False
    return naive.replace(tzinfo=tz, fold=0).utcoffset() != naive.replace(
        tzinfo=tz, fold=1).utcoffset()


def repeated_choices(local: datetime, tz_name: str) -> tuple[str, str] | None:
    """For a wall time that happens twice, how to tell the two apart: its zone abbreviation
    and offset at the first and at the second occurrence ("01:30 BST, UTC+01:00"); None
    when the time happens once."""
    if not is_repeated(local, tz_name):
        return None
    tz = zone(tz_name)
    labels = []
    for fold in (0, 1):
        aware = local.replace(tzinfo=tz, fold=fold)
        offset = aware.strftime("%z")
        text = (tr("{time} {zone} (UTC{offset}, first time)") if fold == 0
                else tr("{time} {zone} (UTC{offset}, second time)"))
        labels.append(text.format(time=f"{aware:%H:%M}", zone=aware.tzname(),
                                  offset=f"{offset[:3]}:{offset[3:]}"))
    return labels[0], labels[1]


def utc_to_local(utc: datetime, tz_name: str) -> datetime:
    return utc.astimezone(zone(tz_name))


def shift_local_days(utc: datetime, days: int, tz_name: str) -> datetime:
    """Move ``days`` calendar days on the prospect's wall clock."""
    local = utc_to_local(utc, tz_name).replace(tzinfo=None) + timedelta(days=days)
    return local_to_utc(local, tz_name)


def next_weekday(day: date) -> date:
    """``day`` itself from Monday to Friday; a Saturday or Sunday moves to Monday."""
    return day + timedelta(days=max(0, 7 - day.weekday())) if day.weekday() >= 5 else day


def add_months(day: date, months: int) -> date:
    """Calendar months, clamped to the month's end: 31 January + 1 month is 28/29 February."""
    month_index = day.month - 1 + months
    year = day.year + month_index // 12
    month = month_index % 12 + 1
    import calendar  # (and locale with it) only when a plan counts months, not at start-up

    last = calendar.monthrange(year, month)[1]
    return date(year, month, min(day.day, last))


def validate_slot(local: datetime, tz_name: str, now_utc: datetime) -> datetime:
    """Check an agreed callback slot and return it in UTC, or raise SlotError.

    A slot more than ten years ahead, or in a year Tickler cannot plan in, is refused in
    words (a year 9999 typed by mistake must not end in an overflow).
    """
    tz = zone(tz_name)
    naive = local.replace(tzinfo=None)
    check_in_range(naive, tr("That time"))
    if naive.year > now_utc.year + 10:
        raise OutOfRangeError(tr("{date} is more than ten years away. Check the year.").format(
            date=f"{format_date(naive, '%d %b')} {naive.year}"))
    shown = format_date(naive, "%d %b %Y %H:%M")
    if is_nonexistent(naive, tz):
        raise SlotError(tr(
            "{time} does not exist in {zone}: the clocks go forward that night. Pick a time "
            "outside the jump.").format(time=shown, zone=tz_name))
    slot_utc = local_to_utc(naive, tz_name)
    if slot_utc <= now_utc:
        raise SlotError(tr("{time} in {zone} has already passed. Agree a time in the "
                           "future.").format(time=shown, zone=tz_name))
    return slot_utc


def format_local(utc: datetime, tz_name: str, fmt: str = "%a %d %b %Y, %H:%M") -> str:
    """Wall time in ``tz_name``, with English day and month names whatever the locale."""
    return format_date(utc_to_local(utc, tz_name), fmt)
