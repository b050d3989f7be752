"""Undo for what the rep does to a prospect's plan: done, snooze, reschedule, send, outcomes.

An action runs through ``perform``: the prospect's stalls, touches and outbox messages are
read before and after it, and the rows it changed are kept as an ``UndoableChange``.
``undo_change`` puts exactly those rows back as they were, in one transaction, and
``redo_change`` applies them again. Either is refused (``UndoConflict``) when the plan has
moved on since in a way the rep did not ask for here (an email left for the server, a touch
changed elsewhere), so undo never loses work or sends a message twice.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from ..domain.i18n import tr
from ..store.store import parse_db_time, touch_from_row
from .context import STALLS, TOUCHES, AppContext, ValidationError

T = TypeVar("T")
Row = dict[str, Any]  # as store/plan_rows.py reads them
Key = tuple[str, int]  # (table, id)

# Parents before children: rows are written in this order and deleted in the reverse.
_TABLES = ("stalls", "touches", "outbox")
_UNSENT = ("queued", "failed")


class UndoConflict(ValidationError):
    """The rows an undo (or redo) would write have changed since; nothing was written."""


@dataclass(frozen=True, slots=True)
class PlanRows:
    """Every stall and touch of one prospect, and their live messages, by (table, id)."""

    prospect_id: int
    rows: Mapping[Key, Row]


@dataclass(frozen=True, slots=True)
class UndoableChange:
    """What one action changed: the rows before and after it (absent = no such row)."""

    label: str
    prospect_id: int
    before: Mapping[Key, Row]
    after: Mapping[Key, Row]
    after_plan: PlanRows

    @property
    def keys(self) -> frozenset[Key]:
        return frozenset(self.before) | frozenset(self.after)

    @property
    def empty(self) -> bool:
        return not self.keys


def plan_rows(ctx: AppContext, prospect_id: int) -> PlanRows:
    """Read the prospect's stalls, touches and messages as they are now."""
    from ..store import plan_rows as stored  # lazily: not needed for the first paint

    return PlanRows(prospect_id, stored.plan_rows(ctx.store, prospect_id))


def perform(ctx: AppContext, label: str, prospect_id: int, action: Callable[[], T],
            before: PlanRows | None = None) -> tuple[UndoableChange, T]:
    """Run ``action`` (a service call) and return what it changed with its result.

    ``before`` is the plan as read earlier, when the action began before this call (a new
    stall logged from the call panel, then the call's outcome): undo goes back to it.
    """
    if before is None or before.prospect_id != prospect_id:
        before = plan_rows(ctx, prospect_id)
    result = action()
    after = plan_rows(ctx, prospect_id)
    changed = {k for k in before.rows.keys() | after.rows.keys()
               if before.rows.get(k) != after.rows.get(k)}
    change = UndoableChange(
        label, prospect_id,
        {k: before.rows[k] for k in changed if k in before.rows},
        {k: after.rows[k] for k in changed if k in after.rows},
        after)
    return change, result


def undo_change(ctx: AppContext, change: UndoableChange) -> None:
    """Put back the rows ``change`` altered, exactly as they were before it."""
    _apply(ctx, change, expected=change.after, target=change.before, whole=change.after_plan)


def redo_change(ctx: AppContext, change: UndoableChange) -> None:
    """Apply ``change`` again after it was undone."""
    _apply(ctx, change, expected=change.before, target=change.after, whole=None)


def _unsent(row: Row | None) -> bool:
    return row is not None and row["state"] in _UNSENT and row["handoff_utc"] is None


def _same(key: Key, expected: Row | None, actual: Row | None) -> bool:
    if expected == actual:
        return True
    # A message still waiting (or failed without reaching the server) may have been
    # retried meanwhile; it has not gone, so it can still be taken back or restored.
    return key[0] == "outbox" and _unsent(expected) and _unsent(actual)


def _conflict(change: UndoableChange, key: Key, actual: Row | None) -> UndoConflict:
    table = key[0]
    if table == "outbox" and actual is not None and actual["state"] in (
            "sending", "sent", "uncertain"):
        return UndoConflict(tr("Can't undo {change}: the email has already gone to the mail "
                               "server, and a sent email can't be called back.").format(
                                   change=change.label))
    return UndoConflict(tr("Can't undo {change}: this prospect's plan has changed since (in "
                           "another window or by the outbox), and undoing would lose that.").format(
                               change=change.label))


def _breaks_cap(ctx: AppContext, change: UndoableChange) -> str | None:
    """Words refusing a redo that would put a chasing call where the persistence cap does
    not allow it (see ``stalls.cap_refusal``), else None."""
    from .stalls import cap_refusal

    for key, row in change.after.items():
        if key[0] == "touches" and row["attempt"] is not None and row["status"] == "pending":
            refusal = cap_refusal(ctx, touch_from_row(row), parse_db_time(row["due_utc"]))
            if refusal:
                return tr("Can't redo {change}: {refusal}").format(
                    change=change.label, refusal=f"{refusal[0].lower()}{refusal[1:]}")
    return None


def _apply(ctx: AppContext, change: UndoableChange, *, expected: Mapping[Key, Row],
           target: Mapping[Key, Row], whole: PlanRows | None) -> None:
    from ..store import plan_rows as stored
    from .outbox import OUTBOX

    with ctx.store.transaction():
        now = plan_rows(ctx, change.prospect_id).rows
        for key in change.keys:
            if not _same(key, expected.get(key), now.get(key)):
                raise _conflict(change, key, now.get(key))
        if whole is not None:  # undo: nothing else in the plan may have moved either
            for key in whole.rows.keys() | now.keys():
                if key[0] != "outbox" and key not in change.keys \
                        and whole.rows.get(key) != now.get(key):
                    raise _conflict(change, key, now.get(key))
        for table in reversed(_TABLES):
            for key in sorted(k for k in change.keys if k[0] == table and k not in target):
                # the sender may claim a message a moment after the check above
                if not stored.delete_row(ctx.store, key):
                    raise _conflict(change, key, now.get(key))
        for table in _TABLES:
            for key in sorted(k for k in change.keys if k[0] == table and k in target):
                row = target[key]
                if key in now:
                    if not stored.update_row(ctx.store, key, row):
                        raise _conflict(change, key, now.get(key))
                else:
                    stored.insert_row(ctx.store, key, row)
        if whole is None:  # a redo lands in a plan that may have moved on since
            refusal = _breaks_cap(ctx, change)
            if refusal:
                raise UndoConflict(refusal)
    topics = {TOUCHES, STALLS}
    if any(k[0] == "outbox" for k in change.keys):
        topics.add(OUTBOX)
    ctx.changes.emit(*topics)
