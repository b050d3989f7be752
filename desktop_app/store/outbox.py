"""The outbox table: every read and write of stored messages (rules: services/outbox.py).

Each function is one statement (or one small transaction) over the given store; states and
the words shown to the rep are decided by the service and passed in.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from ..domain.i18n import QT_TR_NOOP
from ..domain.problem import Problem
from .store import Store, db_time, parse_db_time

QUEUED, SENDING, SENT, FAILED, UNCERTAIN, DISCARDED = (
    "queued", "sending", "sent", "failed", "uncertain", "discarded")

STATE_LABELS = {
    QUEUED: QT_TR_NOOP("Queued"), SENDING: QT_TR_NOOP("Sending…"), SENT: QT_TR_NOOP("Sent"),
    FAILED: QT_TR_NOOP("Failed"), UNCERTAIN: QT_TR_NOOP("Uncertain"),
    DISCARDED: QT_TR_NOOP("Discarded"),
}

# Why a message that has not gone is held back (services/outbox.py decides which applies).
HELD_SIGN_IN = "sign_in"  # the server refused the sign-in: all mail waits for a password
HELD_REPLIED = "replied"  # the prospect replied: their emails pause until the rep decides
HELD_DECLINED = "declined"  # their calendar declined the invite: paused as for a reply
HELD_PLAN_ENDED = "plan_ended"  # the touch's plan ended (a new stall, not interested, trash)
HELD_SLOT_MOVED = "slot_moved"  # the call moved after the rep edited the text by hand

# A prospect whose reply waits for the rep: their emails are paused (services/mailbox.py).
# ``{pid}`` is the SQL expression for the prospect's id.
PAUSED_SQL = ("EXISTS (SELECT 1 FROM mail_in m WHERE m.prospect_id = {pid} "
              "AND m.kind = 'reply' AND m.state = 'open')")


@dataclass(frozen=True, slots=True)
class OutboxRow:
    id: int
    message_id: str
    touch_id: int | None
    prospect_id: int | None
    template: str | None
    recipient: str
    recipient_name: str
    subject: str
    body: str
    has_invite: bool
    state: str
    attempts: int
    next_attempt_utc: datetime | None
    last_error: str
    created_utc: datetime
    updated_utc: datetime
    sent_utc: datetime | None
    superseded_ids: tuple[str, ...] = ()  # Message-IDs this message had before an edit
    # what a hold is made of (read with the message; services/outbox.py turns it into one)
    held_for: str = ""  # HELD_SLOT_MOVED, or ''
    plan_ended: bool = False  # its touch was cancelled or skipped since it was queued
    replied_utc: datetime | None = None  # when the prospect's reply, still open, was sent
    replied_answer: str = ""  # that reply's answer to the invite ("declined"…), if one
    slot_utc: datetime | None = None  # its stall's agreed slot, and the zone of it
    slot_tz: str = ""
    hold: Hold | None = None  # why it waits for the rep, when it does
    # what went wrong, as data (worded when shown: services/outbox.py ``problem_text``);
    # None for a message stored before there was such a column (``last_error`` says it)
    problem: Problem | None = None

    @property
    def state_label(self) -> str:
        """The state's name in English; the screens translate it (``tr``)."""
        return STATE_LABELS.get(self.state, self.state)


@dataclass(frozen=True, slots=True)
class Hold:
    """Why a message is held back: one of the HELD_* reasons, with what the words need."""

    reason: str
    since_utc: datetime | None = None  # when they replied; the call's new slot
    zone: str = ""  # the zone of that slot
    detail: str = ""  # the server's words, for a refused sign-in


@dataclass(frozen=True, slots=True)
class OutboxSource:
    """What a stored message is made from: enough to compose its bytes again."""

    id: int
    message_id: str
    touch_id: int | None
    prospect_id: int | None
    sender: str
    sender_name: str
    recipient: str
    recipient_name: str
    invite: str | None
    state: str
    attempts: int
    superseded_ids: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnsentMessage:
    """A message not yet handed to the server, with what it is made from and its text."""

    id: int
    message_id: str
    touch_id: int | None
    prospect_id: int | None
    template: str | None
    sender: str
    sender_name: str
    recipient: str
    recipient_name: str
    subject: str
    body: str
    invite: str | None
    state: str
    attempts: int
    superseded_ids: tuple[str, ...]


_UNSENT_COLUMNS = ("o.id, o.message_id, o.touch_id, o.prospect_id, o.template, o.sender, "
                   "o.sender_name, o.recipient, o.recipient_name, o.subject, o.body, o.invite, "
                   "o.state, o.attempts, o.superseded_ids")


def _unsent(r: Sequence[Any]) -> UnsentMessage:
    return UnsentMessage(
        id=r[0], message_id=r[1], touch_id=r[2], prospect_id=r[3], template=r[4], sender=r[5],
        sender_name=r[6], recipient=r[7], recipient_name=r[8], subject=r[9], body=r[10],
        invite=r[11], state=r[12], attempts=r[13], superseded_ids=tuple((r[14] or "").split()))


@dataclass(frozen=True, slots=True)
class Envelope:
    """What the sender hands the SMTP server."""

    sender: str
    recipient: str
    raw: bytes


_COLUMNS = ("id, message_id, touch_id, prospect_id, template, recipient, recipient_name, "
            "subject, body, invite, state, attempts, next_attempt_utc, last_error, "
            "created_utc, updated_utc, sent_utc, superseded_ids, held_for, "
            "EXISTS (SELECT 1 FROM touches t WHERE t.id = outbox.touch_id "
            "AND t.status IN ('cancelled', 'skipped')), "
            "(SELECT max(coalesce(m.sent_utc, m.received_utc)) FROM mail_in m "
            "WHERE m.prospect_id = outbox.prospect_id AND m.kind = 'reply' "
            "AND m.state = 'open'), "
            "(SELECT m.invite_answer FROM mail_in m WHERE m.prospect_id = outbox.prospect_id "
            "AND m.kind = 'reply' AND m.state = 'open' "
            "ORDER BY coalesce(m.sent_utc, m.received_utc) DESC, m.id DESC LIMIT 1), "
            "(SELECT s.slot_utc FROM touches t JOIN stalls s ON s.id = t.stall_id "
            "WHERE t.id = outbox.touch_id), "
            "(SELECT s.slot_tz FROM touches t JOIN stalls s ON s.id = t.stall_id "
            "WHERE t.id = outbox.touch_id), problem")


def _row(r: Sequence[Any]) -> OutboxRow:
    return OutboxRow(
        id=r[0], message_id=r[1], touch_id=r[2], prospect_id=r[3], template=r[4],
        recipient=r[5], recipient_name=r[6], subject=r[7], body=r[8], has_invite=bool(r[9]),
        state=r[10], attempts=r[11],
        next_attempt_utc=parse_db_time(r[12]) if r[12] else None,
        last_error=r[13], created_utc=parse_db_time(r[14]), updated_utc=parse_db_time(r[15]),
        sent_utc=parse_db_time(r[16]) if r[16] else None,
        superseded_ids=tuple((r[17] or "").split()), held_for=r[18] or "",
        plan_ended=bool(r[19]), replied_utc=parse_db_time(r[20]) if r[20] else None,
        replied_answer=r[21] or "",
        slot_utc=parse_db_time(r[22]) if r[22] else None, slot_tz=r[23] or "",
        problem=Problem.from_json(r[24]))


def get(store: Store, outbox_id: int) -> OutboxRow | None:
    row = store.conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE id = ?",
                             [outbox_id]).fetchone()
    return _row(row) if row else None


def listing(store: Store, include_discarded: bool = False) -> list[OutboxRow]:
    """Problems first (uncertain, failed), then what is waiting, then the sent, newest first."""
    where = "" if include_discarded else "WHERE state != 'discarded'"
    sql = (f"SELECT {_COLUMNS} FROM outbox {where} ORDER BY CASE state "
           "WHEN 'uncertain' THEN 0 WHEN 'failed' THEN 1 WHEN 'sending' THEN 2 "
           "WHEN 'queued' THEN 3 ELSE 4 END, updated_utc DESC, id DESC")
    return [_row(r) for r in store.conn.execute(sql)]


def for_touch(store: Store, touch_id: int) -> OutboxRow | None:
    """The touch's message, unless discarded (the newest, should there be several)."""
    row = store.conn.execute(
        f"SELECT {_COLUMNS} FROM outbox WHERE touch_id = ? AND state != 'discarded' "
        "ORDER BY id DESC LIMIT 1", [touch_id]).fetchone()
    return _row(row) if row else None


def count_in(store: Store, states: Sequence[str]) -> int:
    return int(store.conn.execute(
        f"SELECT count(*) FROM outbox WHERE state IN ({', '.join('?' for _ in states)})",
        list(states)).fetchone()[0])


def state_of(store: Store, outbox_id: int) -> str | None:
    row = store.conn.execute("SELECT state FROM outbox WHERE id = ?", [outbox_id]).fetchone()
    return str(row[0]) if row else None


def source(store: Store, outbox_id: int) -> OutboxSource | None:
    row = store.conn.execute(
        "SELECT id, message_id, touch_id, prospect_id, sender, sender_name, recipient, "
        "recipient_name, invite, state, attempts, superseded_ids FROM outbox WHERE id = ?",
        [outbox_id]).fetchone()
    if row is None:
        return None
    return OutboxSource(
        id=row[0], message_id=row[1], touch_id=row[2], prospect_id=row[3], sender=row[4],
        sender_name=row[5], recipient=row[6], recipient_name=row[7], invite=row[8],
        state=row[9], attempts=row[10], superseded_ids=tuple((row[11] or "").split()))


def stall_invites(store: Store, stall_id: int) -> list[str]:
    """The calendar invites (iCalendar text) of the stall's messages, oldest first."""
    return [str(r[0]) for r in store.conn.execute(
        "SELECT o.invite FROM outbox o JOIN touches t ON t.id = o.touch_id "
        "WHERE t.stall_id = ? AND o.invite IS NOT NULL AND o.state != 'discarded' "
        "ORDER BY o.id", [stall_id])]


def envelope(store: Store, outbox_id: int) -> Envelope:
    row = store.conn.execute("SELECT sender, recipient, raw FROM outbox WHERE id = ?",
                             [outbox_id]).fetchone()
    return Envelope(row[0], row[1], bytes(row[2]))


def insert(store: Store, *, message_id: str, touch_id: int | None, prospect_id: int | None,
           template: str | None, sender: str, sender_name: str, recipient: str,
           recipient_name: str, subject: str, body: str, invite: str | None, raw: bytes,
           now: datetime) -> int:
    """A new queued message, due at once. Raises sqlite3.IntegrityError when the touch
    already has one."""
    stamp = db_time(now)
    with store.transaction():
        cursor = store.conn.execute(
            "INSERT INTO outbox (message_id, touch_id, prospect_id, template, sender, "
            "sender_name, recipient, recipient_name, subject, body, invite, raw, state, "
            "next_attempt_utc, created_utc, updated_utc) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'queued', ?, ?, ?)",
            [message_id, touch_id, prospect_id, template, sender, sender_name, recipient,
             recipient_name, subject, body, invite, raw, stamp, stamp, stamp])
    return int(cursor.lastrowid or 0)


def change_state(store: Store, outbox_id: int, allowed: Sequence[str],
                 fields: Mapping[str, Any], now: datetime) -> bool:
    """Set ``fields`` on the message if it is in one of the ``allowed`` states."""
    assignments = ", ".join(f"{k} = ?" for k in fields)
    with store.transaction():
        cursor = store.conn.execute(
            f"UPDATE outbox SET {assignments}, updated_utc = ? WHERE id = ? AND state IN "
            f"({', '.join('?' for _ in allowed)})",
            [*fields.values(), db_time(now), outbox_id, *allowed])
    return cursor.rowcount == 1


def settle_interrupted(store: Store, now: datetime, words: str,
                       problem: Problem | None = None) -> tuple[int, int]:
    """Messages left "sending": queued again when never handed to the server, else
    uncertain with ``words`` (``problem``, as data). Returns (queued again, uncertain)."""
    stamp = db_time(now)
    with store.transaction():
        requeued = store.conn.execute(
            "UPDATE outbox SET state = 'queued', next_attempt_utc = ?, updated_utc = ? "
            "WHERE state = 'sending' AND handoff_utc IS NULL", [stamp, stamp]).rowcount
        uncertain = store.conn.execute(
            "UPDATE outbox SET state = 'uncertain', updated_utc = ?, last_error = ?, "
            "problem = ? WHERE state = 'sending' AND handoff_utc IS NOT NULL",
            [stamp, words, _json(problem)]).rowcount
    return int(requeued), int(uncertain)


def make_waiting_uncertain(store: Store, now: datetime, words: str,
                           problem: Problem | None = None) -> int:
    """Every queued or sending message becomes uncertain, with ``words`` (``problem``)."""
    with store.transaction():
        held = store.conn.execute(
            "UPDATE outbox SET state = 'uncertain', updated_utc = ?, last_error = ?, "
            "problem = ? WHERE state IN ('queued', 'sending')",
            [db_time(now), words, _json(problem)]).rowcount
    return int(held)


def due_ids(store: Store, now: datetime, calendar_fixes: Sequence[str]) -> list[int]:
    """Queued messages due by ``now``, oldest first, but none to a prospect whose emails
    are paused (a calendar fix, in ``calendar_fixes``, still goes), and none for a touch
    that was cancelled or skipped since it was queued: a plan that ended (a new stall, not
    interested, the trash) takes its waiting emails with it, and undo brings them back."""
    marks = ", ".join("?" for _ in calendar_fixes)
    return [int(r[0]) for r in store.conn.execute(
        "SELECT id FROM outbox o WHERE state = 'queued' AND next_attempt_utc <= ? "
        "AND NOT EXISTS (SELECT 1 FROM touches t WHERE t.id = o.touch_id "
        "AND t.status IN ('cancelled', 'skipped')) "
        f"AND NOT (coalesce(o.template, '') NOT IN ({marks}) "
        f"AND {PAUSED_SQL.format(pid='o.prospect_id')}) ORDER BY id",
        [db_time(now), *calendar_fixes])]


def next_due_utc(store: Store) -> datetime | None:
    row = store.conn.execute(
        "SELECT min(next_attempt_utc) FROM outbox WHERE state = 'queued'").fetchone()
    return parse_db_time(row[0]) if row and row[0] else None


def claim(store: Store, outbox_id: int, now: datetime) -> bool:
    """Move one queued message to sending, one attempt more; False when it was not queued."""
    with store.transaction():
        cursor = store.conn.execute(
            "UPDATE outbox SET state = 'sending', attempts = attempts + 1, handoff_utc = NULL,"
            " updated_utc = ? WHERE id = ? AND state = 'queued'", [db_time(now), outbox_id])
    return cursor.rowcount == 1


def mark_handoff(store: Store, outbox_id: int, now: datetime) -> None:
    with store.transaction():
        store.conn.execute("UPDATE outbox SET handoff_utc = ? WHERE id = ?",
                           [db_time(now), outbox_id])


def complete_touch(store: Store, touch_id: int, notes: str, now: datetime) -> None:
    """The touch a sent message was for is done (if it was still pending)."""
    store.conn.execute(
        "UPDATE touches SET status = 'done', done_utc = ?, outcome = 'done', notes = ? "
        "WHERE id = ? AND status = 'pending'", [db_time(now), notes, touch_id])


def _json(problem: Problem | None) -> str:
    return problem.to_json() if problem is not None else ""


def set_result(store: Store, outbox_id: int, state: str, now: datetime, last_error: str, *,
               next_attempt: datetime | None = None, problem: Problem | None = None) -> None:
    """The outcome of one attempt: sent (stamped), queued again at ``next_attempt``,
    uncertain or failed; ``problem`` what went wrong, as data, and ``last_error`` the same
    in plain English, for a reader without the app ('' when sent)."""
    stamp = db_time(now)
    said = _json(problem)
    if state == SENT:
        store.conn.execute(
            "UPDATE outbox SET state = 'sent', sent_utc = ?, updated_utc = ?, "
            "last_error = ?, problem = ? WHERE id = ?",
            [stamp, stamp, last_error, said, outbox_id])
    elif next_attempt is not None:
        store.conn.execute(
            "UPDATE outbox SET state = ?, next_attempt_utc = ?, updated_utc = ?, "
            "last_error = ?, problem = ? WHERE id = ?",
            [state, db_time(next_attempt), stamp, last_error, said, outbox_id])
    else:
        store.conn.execute(
            "UPDATE outbox SET state = ?, updated_utc = ?, last_error = ?, problem = ? "
            "WHERE id = ?", [state, stamp, last_error, said, outbox_id])


def hold_all(store: Store, now: datetime, words: str, problem: Problem | None = None) -> None:
    """A refused login: the message being sent goes back uncounted, and every waiting one
    says why it waits (``problem``, as data)."""
    stamp = db_time(now)
    with store.transaction():
        store.conn.execute(
            "UPDATE outbox SET state = 'queued', attempts = max(attempts - 1, 0), "
            "updated_utc = ? WHERE state = 'sending' AND handoff_utc IS NULL", [stamp])
        store.conn.execute("UPDATE outbox SET last_error = ?, problem = ?, updated_utc = ? "
                           "WHERE state = 'queued'", [words, _json(problem), stamp])


def release_held(store: Store, now: datetime) -> None:
    """Waiting messages go at once (if not due sooner), their held words cleared."""
    stamp = db_time(now)
    store.conn.execute(
        "UPDATE outbox SET next_attempt_utc = min(coalesce(next_attempt_utc, ?), ?), "
        "last_error = '', problem = '', updated_utc = ? WHERE state = 'queued'",
        [stamp, stamp, stamp])


def waiting_for_stall(store: Store, stall_id: int, skip_templates: Sequence[str]
                      ) -> list[UnsentMessage]:
    """The stall's messages not yet handed to the server (queued, held, waiting for a retry),
    but those of ``skip_templates`` and those without a template."""
    marks = ", ".join("?" for _ in skip_templates)
    return [_unsent(r) for r in store.conn.execute(
        f"SELECT {_UNSENT_COLUMNS} FROM outbox o JOIN touches t ON t.id = o.touch_id "
        "WHERE t.stall_id = ? AND o.state IN ('queued', 'failed') AND o.handoff_utc IS NULL "
        f"AND o.prospect_id IS NOT NULL AND coalesce(o.template, '') NOT IN ('', {marks})",
        [stall_id, *skip_templates])]


def unsent_row(store: Store, outbox_id: int) -> UnsentMessage | None:
    """A message not yet handed to the server, else None."""
    row = store.conn.execute(
        f"SELECT {_UNSENT_COLUMNS} FROM outbox o WHERE o.id = ? AND o.state IN "
        "('queued', 'failed') AND o.handoff_utc IS NULL", [outbox_id]).fetchone()
    return _unsent(row) if row else None


def rewrite(store: Store, outbox_id: int, fields: Mapping[str, Any], now: datetime) -> None:
    """Write new fields (text, invite, raw, state...) into one message."""
    store.db.execute(
        f"UPDATE outbox SET {', '.join(f'{k} = ?' for k in fields)}, updated_utc = ? "
        "WHERE id = ?", [*fields.values(), db_time(now), outbox_id])
