"""The today queue: overdue and today's touches on the rep's clock."""

from __future__ import annotations

from datetime import date

from ..domain.localtime import OutOfRangeError, check_in_range
from ..scheduling.days import end_of_day_utc, rep_today
from ..store.store import QueueRow
from .context import AppContext, ValidationError


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


def due_now_count(ctx: AppContext) -> int:
    return ctx.store.due_count(ctx.now())


def email_went(ctx: AppContext, touch_id: int) -> bool:
    """Whether Tickler sent (or handed to the server) the email of this touch."""
    from .outbox import SENT, UNCERTAIN, message_for_touch

    message = message_for_touch(ctx.store, touch_id)
    return message is not None and message.state in (SENT, UNCERTAIN)
