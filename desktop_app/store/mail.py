"""What came back from the rep's mailbox: received mail, watched folders, bad addresses.

Queries only; what a message means (a reply pauses emails, a bounce stops them…) is decided
in services/mailbox.py.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from ..domain.i18n import QT_TR_NOOP
from ..domain.inbound import InviteAnswer, MailKind
from ..domain.problem import Problem
from .outbox import PAUSED_SQL
from .store import Store, db_time, display_name, fts_query, parse_db_time

# What the screens call each kind of message kept (in English; the screens ``tr`` it).
KIND_LABELS = {
    MailKind.REPLY.value: QT_TR_NOOP("They replied"),
    MailKind.AUTO_REPLY.value: QT_TR_NOOP("Automatic reply"),
    MailKind.BOUNCE.value: QT_TR_NOOP("Address bounced"),
    MailKind.DELAY.value: QT_TR_NOOP("Delivery delayed"),
}
# A calendar's answer to the rep's invite is kept as a reply with its answer beside it.
ANSWER_LABELS = {
    InviteAnswer.ACCEPTED.value: QT_TR_NOOP("Accepted the invite"),
    InviteAnswer.TENTATIVE.value: QT_TR_NOOP("Tentatively accepted the invite"),
    InviteAnswer.DECLINED.value: QT_TR_NOOP("Declined the invite"),
    InviteAnswer.COUNTER.value: QT_TR_NOOP("Proposed another time"),
}


@dataclass(frozen=True, slots=True)
class MailRow:
    id: int
    prospect_id: int
    prospect: str
    company: str
    email: str
    kind: str
    state: str
    sender: str
    subject: str
    body: str
    truncated: bool
    received_utc: datetime
    sent_utc: datetime | None
    return_date: date | None
    failed_address: str
    effect: str
    sender_name: str = ""
    # a calendar's answer to an invite: which stall's, what it said, the slot it named
    stall_id: int | None = None
    invite_answer: str = ""  # an InviteAnswer value, or ''
    invite_slot_utc: datetime | None = None
    invite_proposed_utc: datetime | None = None
    stall_slot_utc: datetime | None = None  # that stall's agreed slot now, and its zone
    stall_slot_tz: str = ""

    @property
    def first_lines(self) -> str:
        from ..domain.inbound import first_lines

        return first_lines(self.body) or "(no text)"

    @property
    def label(self) -> str:
        """What the screens call it, in English (they ``tr`` it)."""
        if self.invite_answer in ANSWER_LABELS:
            return ANSWER_LABELS[self.invite_answer]
        return KIND_LABELS.get(self.kind, self.kind)


@dataclass(frozen=True, slots=True)
class FolderMark:
    """How far a watched folder was read: its UIDVALIDITY and the last UID seen."""

    uidvalidity: int
    last_uid: int


_MAIL_COLUMNS = ("m.id, m.prospect_id, p.first_name, p.last_name, p.company, p.email, m.kind, "
                 "m.state, m.sender, m.subject, m.body, m.truncated, m.received_utc, "
                 "m.sent_utc, m.return_date, m.failed_address, m.effect, m.sender_name, "
                 "m.stall_id, m.invite_answer, m.invite_slot_utc, m.invite_proposed_utc, "
                 "s.slot_utc, s.slot_tz")
_MAIL_FROM = ("FROM mail_in m JOIN prospects p ON p.id = m.prospect_id "
              "LEFT JOIN stalls s ON s.id = m.stall_id")


def _mail_row(r: Sequence[Any]) -> MailRow:
    return MailRow(
        id=r[0], prospect_id=r[1], prospect=display_name(r[2], r[3]), company=r[4],
        email=r[5], kind=r[6], state=r[7], sender=r[8], subject=r[9], body=r[10],
        truncated=bool(r[11]), received_utc=parse_db_time(r[12]),
        sent_utc=parse_db_time(r[13]) if r[13] else None,
        return_date=date.fromisoformat(r[14]) if r[14] else None,
        failed_address=r[15], effect=r[16], sender_name=r[17], stall_id=r[18],
        invite_answer=r[19] or "", invite_slot_utc=parse_db_time(r[20]) if r[20] else None,
        invite_proposed_utc=parse_db_time(r[21]) if r[21] else None,
        stall_slot_utc=parse_db_time(r[22]) if r[22] else None, stall_slot_tz=r[23] or "")


# -- reading ------------------------------------------------------------------------------


def open_notices(store: Store) -> list[MailRow]:
    """Replies and bounces waiting for the rep, newest first (trashed prospects left out)."""
    return [_mail_row(r) for r in store.conn.execute(
        f"SELECT {_MAIL_COLUMNS} {_MAIL_FROM} WHERE m.state = 'open' AND p.deleted_utc IS NULL "
        "ORDER BY coalesce(m.sent_utc, m.received_utc) DESC, m.id DESC")]


def get_mail(store: Store, mail_id: int) -> MailRow | None:
    row = store.conn.execute(f"SELECT {_MAIL_COLUMNS} {_MAIL_FROM} WHERE m.id = ?",
                             [mail_id]).fetchone()
    return _mail_row(row) if row else None


def mail_for_prospect(store: Store, prospect_id: int) -> list[MailRow]:
    return [_mail_row(r) for r in store.conn.execute(
        f"SELECT {_MAIL_COLUMNS} {_MAIL_FROM} WHERE m.prospect_id = ? "
        "ORDER BY m.received_utc DESC, m.id DESC", [prospect_id])]


@dataclass(frozen=True, slots=True)
class SentMail:
    """A message Tickler sent to a prospect."""

    subject: str
    body: str
    sent_utc: datetime
    recipient: str
    touch_id: int | None


def sent_for_prospect(store: Store, prospect_id: int) -> list[SentMail]:
    """What Tickler sent this prospect, newest first."""
    return [SentMail(r[0], r[1], parse_db_time(r[2]), r[3], r[4])
            for r in store.conn.execute(
                "SELECT subject, body, sent_utc, recipient, touch_id FROM outbox "
                "WHERE prospect_id = ? AND state = 'sent' AND sent_utc IS NOT NULL "
                "ORDER BY sent_utc DESC", [prospect_id])]


def has_open_reply(store: Store, prospect_id: int) -> bool:
    """Whether a reply of theirs waits for the rep (their emails are paused meanwhile)."""
    return bool(store.conn.execute(
        "SELECT " + PAUSED_SQL.format(pid="?"), [prospect_id]).fetchone()[0])


def open_reply_answer(store: Store, prospect_id: int) -> str | None:
    """The invite answer of the prospect's newest reply still waiting for the rep ('' for
    a reply in words), or None when none waits."""
    row = store.conn.execute(
        "SELECT invite_answer FROM mail_in WHERE prospect_id = ? AND kind = 'reply' AND "
        "state = 'open' ORDER BY coalesce(sent_utc, received_utc) DESC, id DESC LIMIT 1",
        [prospect_id]).fetchone()
    return None if row is None else str(row[0] or "")


def bad_address_reason(store: Store, address: str) -> str | None:
    row = store.conn.execute("SELECT reason FROM bad_addresses WHERE address = ?",
                             [address]).fetchone()
    return str(row[0]) if row else None


def bad_addresses_of(store: Store, ids: Sequence[int]) -> dict[int, str]:
    """Prospect id → why their current address is bad, for those whose address bounced."""
    marks = ", ".join("?" for _ in ids)
    return {int(r[0]): str(r[1]) for r in store.conn.execute(
        f"SELECT p.id, b.reason FROM prospects p JOIN bad_addresses b "
        f"ON b.address = p.email COLLATE NOCASE WHERE p.id IN ({marks})", list(ids))}


def search_mail_prospects(store: Store, text: str, limit: int = 200) -> list[int]:
    """Prospects whose sent or received mail has every word typed (as prefixes)."""
    query = fts_query(text)
    if query is None:
        return []
    rows = store.conn.execute(
        "SELECT prospect_id FROM ("
        "SELECT m.prospect_id, m.id AS k FROM mail_in_fts f JOIN mail_in m ON m.id = f.rowid "
        "WHERE mail_in_fts MATCH ? UNION ALL "
        "SELECT o.prospect_id, -o.id FROM outbox_fts f JOIN outbox o ON o.id = f.rowid "
        "WHERE outbox_fts MATCH ?) WHERE prospect_id IS NOT NULL ORDER BY k DESC LIMIT ?",
        [query, query, limit * 4]).fetchall()
    return list(dict.fromkeys(int(r[0]) for r in rows))[:limit]


# -- matching what comes in to what went out ----------------------------------------------


def oldest_sent_that_matters(store: Store) -> date | None:
    """The day before the oldest message sent to a prospect with an open plan or a touch
    still to make; None when there is none."""
    row = store.conn.execute(
        "SELECT min(o.sent_utc) FROM outbox o WHERE o.state = 'sent' AND o.prospect_id IN ("
        "SELECT prospect_id FROM stalls WHERE status = 'open' "
        "UNION SELECT prospect_id FROM touches WHERE status = 'pending')").fetchone()
    return parse_db_time(row[0]).date() - timedelta(days=1) if row and row[0] else None


def outbox_for(store: Store, ids: Sequence[str]) -> tuple[int, int | None] | None:
    """(outbox id, prospect id) of the newest message sent with one of ``ids`` as its
    Message-ID, else with one of them among its earlier (edited) IDs; None if none."""
    if not ids:
        return None
    marks = ", ".join("?" for _ in ids)
    row = store.conn.execute(
        f"SELECT id, prospect_id FROM outbox WHERE message_id IN ({marks}) "
        "ORDER BY id DESC LIMIT 1", list(ids)).fetchone()
    if row is None:  # a program on the way changed the case ('@Rep.Example' → '@rep.example')
        row = store.conn.execute(
            f"SELECT id, prospect_id FROM outbox WHERE lower(message_id) IN ({marks}) "
            "ORDER BY id DESC LIMIT 1", [i.lower() for i in ids]).fetchone()
    if row is None:
        for message_id in ids:  # an edited message's earlier IDs
            row = store.conn.execute(
                "SELECT id, prospect_id FROM outbox WHERE superseded_ids != '' AND "
                "instr(lower(' ' || superseded_ids || ' '), ?) > 0 ORDER BY id DESC LIMIT 1",
                [f" {message_id.lower()} "]).fetchone()
            if row is not None:
                break
    return (int(row[0]), row[1]) if row else None


def live_prospect_by_address(store: Store, address: str) -> int | None:
    row = store.conn.execute(
        "SELECT id FROM prospects WHERE email = ? COLLATE NOCASE AND deleted_utc IS NULL "
        "ORDER BY id LIMIT 1", [address]).fetchone()
    return int(row[0]) if row else None


def is_live_prospect(store: Store, prospect_id: int) -> bool:
    row = store.conn.execute("SELECT deleted_utc FROM prospects WHERE id = ?",
                             [prospect_id]).fetchone()
    return row is not None and row[0] is None


def own_message_ids(store: Store) -> set[str]:
    """Message-IDs of what went (or may have gone) out, in lower case: a reply refers to
    one of these (some gateways change the case of the IDs they quote)."""
    return {str(r[0]).lower() for r in store.conn.execute(
        "SELECT message_id FROM outbox WHERE state IN ('sent', 'uncertain', 'sending')")}


def stall_of_invite_uid(store: Store, uid: str, prefix: str) -> tuple[int, int] | None:
    """(stall id, prospect id) of the stall whose invite went out with event ``uid``:
    Tickler's UIDs start ``prefix`` and the stall's id; the UID must be in an invite of that
    stall's messages (a calendar may change the case of what it quotes)."""
    if not uid.lower().startswith(prefix.lower()):
        return None
    digits = uid[len(prefix):].split("-", 1)[0]
    if not digits.isdigit():
        return None
    row = store.conn.execute("SELECT id, prospect_id FROM stalls WHERE id = ?",
                             [int(digits)]).fetchone()
    if row is None:
        return None
    wanted = "uid:" + uid.lower()
    for (text,) in store.conn.execute(
            "SELECT o.invite FROM outbox o JOIN touches t ON t.id = o.touch_id "
            "WHERE t.stall_id = ? AND o.invite IS NOT NULL", [row[0]]):
        unfolded = str(text).replace("\r\n ", "").replace("\n ", "").lower()
        if any(line.strip() == wanted for line in unfolded.splitlines()):
            return int(row[0]), int(row[1])
    return None


def invite_of_message(store: Store, outbox_id: int) -> tuple[int | None, str | None]:
    """(stall id, invite text) of a message Tickler sent; the text is None without one."""
    row = store.conn.execute(
        "SELECT t.stall_id, o.invite FROM outbox o LEFT JOIN touches t ON t.id = o.touch_id "
        "WHERE o.id = ?", [outbox_id]).fetchone()
    return (row[0], row[1]) if row else (None, None)


def sent_invites(store: Store, stall_id: int) -> list[str]:
    """The invites of the stall that left for the prospect (or may have), oldest first."""
    return [str(r[0]) for r in store.conn.execute(
        "SELECT o.invite FROM outbox o JOIN touches t ON t.id = o.touch_id "
        "WHERE t.stall_id = ? AND o.invite IS NOT NULL AND (o.state IN ('sent', 'sending', "
        "'uncertain') OR o.handoff_utc IS NOT NULL) ORDER BY o.id", [stall_id])]


@dataclass(frozen=True, slots=True)
class InviteAnswerRow:
    """The newest calendar answer to a stall's invite."""

    answer: str
    slot_utc: datetime | None  # the slot it answered, when known
    when_utc: datetime  # when they answered


def latest_invite_answer(store: Store, stall_id: int) -> InviteAnswerRow | None:
    row = store.conn.execute(
        "SELECT invite_answer, invite_slot_utc, coalesce(sent_utc, received_utc) AS at "
        "FROM mail_in WHERE stall_id = ? AND invite_answer != '' "
        "ORDER BY at DESC, id DESC LIMIT 1", [stall_id]).fetchone()
    if row is None:
        return None
    return InviteAnswerRow(str(row[0]), parse_db_time(row[1]) if row[1] else None,
                           parse_db_time(row[2]))


# -- watched folders ----------------------------------------------------------------------


def folder_mark(store: Store, folder: str) -> FolderMark | None:
    row = store.conn.execute(
        "SELECT uidvalidity, last_uid FROM mailbox_folders WHERE folder = ?",
        [folder]).fetchone()
    return FolderMark(int(row[0]), int(row[1])) if row else None


def save_folder_mark(store: Store, folder: str, mark: FolderMark, now: datetime) -> None:
    with store.transaction():
        store.conn.execute(
            "INSERT INTO mailbox_folders (folder, uidvalidity, last_uid, checked_utc) "
            "VALUES (?, ?, ?, ?) ON CONFLICT(folder) DO UPDATE SET "
            "uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, "
            "checked_utc = excluded.checked_utc",
            [folder, mark.uidvalidity, mark.last_uid, db_time(now)])


def forget_folders(store: Store) -> None:
    """Another mailbox: every folder is read again from what matters."""
    store.conn.execute("DELETE FROM mailbox_folders")


# -- keeping and settling -----------------------------------------------------------------


def insert_mail(store: Store, values: dict[str, Any]) -> int | None:
    """Keep one message; None when one with its dedupe key is already kept."""
    columns = ", ".join(values)
    marks = ", ".join("?" for _ in values)
    cursor = store.conn.execute(f"INSERT OR IGNORE INTO mail_in ({columns}) VALUES ({marks})",
                                list(values.values()))
    return int(cursor.lastrowid or 0) if cursor.rowcount == 1 else None


def set_effect(store: Store, mail_id: int, effect: str) -> None:
    store.conn.execute("UPDATE mail_in SET effect = ? WHERE id = ?", [effect, mail_id])


def pending_email_count(store: Store, prospect_id: int) -> int:
    return int(store.conn.execute(
        "SELECT count(*) FROM touches WHERE prospect_id = ? AND status = 'pending' "
        "AND channel = 'email'", [prospect_id]).fetchone()[0])


def mark_bad_address(store: Store, address: str, reason: str, mail_id: int,
                     now: datetime) -> None:
    store.conn.execute(
        "INSERT INTO bad_addresses (address, reason, since_utc, mail_id) VALUES (?, ?, ?, ?) "
        "ON CONFLICT(address) DO UPDATE SET reason = excluded.reason, "
        "since_utc = excluded.since_utc, mail_id = excluded.mail_id",
        [address, reason, db_time(now), mail_id])


def cancel_pending_emails(store: Store, prospect_id: int, reason: str) -> int:
    """Cancel the prospect's planned emails; returns how many."""
    return int(store.conn.execute(
        "UPDATE touches SET status = 'cancelled', outcome_reason = ? WHERE prospect_id = ? "
        "AND status = 'pending' AND channel = 'email'", [reason, prospect_id]).rowcount)


def fail_queued_to(store: Store, address: str, words: str, now: datetime,
                   problem: Problem | None = None) -> None:
    """Messages waiting to go to ``address`` fail with ``words`` (``problem``, as data)."""
    store.conn.execute(
        "UPDATE outbox SET state = 'failed', updated_utc = ?, last_error = ?, problem = ? "
        "WHERE recipient = ? COLLATE NOCASE AND state = 'queued'",
        [db_time(now), words, problem.to_json() if problem else "", address])


def settle(store: Store, mail_id: int, state: str, now: datetime) -> None:
    store.conn.execute("UPDATE mail_in SET state = ?, handled_utc = ? WHERE id = ?",
                       [state, db_time(now), mail_id])


def settle_open_replies(store: Store, prospect_id: int, state: str, now: datetime) -> None:
    store.conn.execute(
        "UPDATE mail_in SET state = ?, handled_utc = ? WHERE prospect_id = ? "
        "AND kind = 'reply' AND state = 'open'", [state, db_time(now), prospect_id])


def settle_bounces_not_to(store: Store, prospect_id: int, address: str, now: datetime) -> int:
    """The prospect's open bounce notices for an address other than ``address`` are noted;
    returns how many."""
    return int(store.conn.execute(
        "UPDATE mail_in SET state = 'noted', handled_utc = ? WHERE prospect_id = ? "
        "AND kind = 'bounce' AND state = 'open' AND failed_address != ? COLLATE NOCASE",
        [db_time(now), prospect_id, address]).rowcount)
