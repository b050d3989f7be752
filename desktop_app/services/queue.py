"""The today queue: overdue and today's touches on the rep's clock."""

from __future__ import annotations

from datetime import date, timedelta
from typing import TYPE_CHECKING, NamedTuple

from ..domain.i18n import tr
from ..domain.localtime import OutOfRangeError, check_in_range
from ..scheduling.days import end_of_day_utc, rep_today, start_of_day_utc
from ..store.store import QueueRow
from .context import AppContext, ValidationError

if TYPE_CHECKING:
    from .day_load import DayLoad

MAX_DAYS_AHEAD = 366


def __getattr__(name: str) -> object:
    """``DayLoad`` from ``day_load`` when first asked for: the Upcoming tab and the command
    line need it, the queue's first paint does not (a frozen dataclass costs ~0.6 ms)."""
    if name == "DayLoad":
        from .day_load import DayLoad

        return DayLoad
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def plural(count: int, one: str, many: str | None = None) -> str:
    """"1 touch", "2 touches": the count with its noun."""
    return f"{count} {one if count == 1 else (many or one + 's')}"


def load_text(calls: int, emails: int, posts: int) -> str:
    if not calls + emails + posts:
        return "nothing planned"
    return " · ".join((plural(calls, "call"), plural(emails, "email"),
                       plural(posts, "post/social", "post/social")))


def queue_for_day(ctx: AppContext, day: date | None = None) -> list[QueueRow]:
    """Pending touches due before the end of ``day`` (default: the rep's today).

    A day outside the years Tickler plans in is refused in words (ValidationError).
    """
    tz = ctx.rep_timezone
    day = day or rep_today(ctx.now(), tz)
    try:
        check_in_range(day)
    except OutOfRangeError as exc:
        raise ValidationError(str(exc), "date") from exc
    return ctx.store.queue(end_of_day_utc(day, tz))


def upcoming_days(ctx: AppContext, days: int = 7, after: date | None = None) -> list[DayLoad]:
    """The ``days`` days after ``after`` (default: the rep's today), each with its touches.

    Every day is listed, empty ones too, so a quiet day shows as quiet rather than missing.
    """
    if not 1 <= days <= MAX_DAYS_AHEAD:
        raise ValidationError(tr("Look between 1 and {days} days ahead.").format(
            days=MAX_DAYS_AHEAD), "days")
    tz = ctx.rep_timezone
    after = after or rep_today(ctx.now(), tz)
    try:
        check_in_range(after)
        last = after + timedelta(days=days)
        check_in_range(last)
    except (OutOfRangeError, OverflowError) as exc:
        raise ValidationError(str(exc) or tr("That is beyond the dates Tickler plans in."),
                              "date") from exc
    first = after + timedelta(days=1)
    rows = ctx.store.queue(end_of_day_utc(last, tz), since_utc=start_of_day_utc(first, tz))
    by_day: dict[date, list[QueueRow]] = {first + timedelta(days=i): [] for i in range(days)}
    for row in rows:
        day = rep_today(row.due_utc, tz)
        if day in by_day:  # always, unless a zone skips midnight itself
            by_day[day].append(row)
    from .day_load import DayLoad

    return [DayLoad(day, tuple(found)) for day, found in by_day.items()]


def due_now_count(ctx: AppContext) -> int:
    return ctx.store.due_count(ctx.now())


def email_went(ctx: AppContext, touch_id: int) -> bool:
    """Whether Tickler sent (or handed to the server) the email of this touch."""
    from .outbox import SENT, UNCERTAIN, message_for_touch

    message = message_for_touch(ctx.store, touch_id)
    return message is not None and message.state in (SENT, UNCERTAIN)


class QueueCounts(NamedTuple):
    """Today's queue in numbers: the window's header, the tray's badge and its tooltip all say
    these, read from the one queue query (so they never disagree). A NamedTuple: a frozen
    dataclass costs a millisecond to define, before the queue's first paint."""

    total: int = 0
    overdue: int = 0
    calls: int = 0

    def words(self) -> str:
        if not self.total:
            return "nothing due"
        parts = [f"{self.total} touch{'es' if self.total != 1 else ''} due"]
        if self.overdue:
            parts.append(f"{self.overdue} overdue")
        if self.calls:
            parts.append(f"{self.calls} call{'s' if self.calls != 1 else ''}")
        return " · ".join(parts)
