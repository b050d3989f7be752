"""Plans that listen: the rep's own mailbox stops, pauses and flags follow-ups.

Tickler reads the folders the rep names (INBOX by default), read-only, and keeps only the
messages about a prospect: a message whose In-Reply-To or References name a Message-ID in
the outbox (superseded ones too), else one whose From is a prospect's address, and bounces
of mail to a prospect. What they do:

- a person's reply pauses that prospect's emails (held, not cancelled: they leave the queue
  and the outbox does not send them) and waits at the top of Today for the rep to resume
  the plan, log a conversation, or end it;
- an out-of-office with a return date moves the prospect's touches before that day to the
  next working slot after it;
- a hard bounce stops the plan's email steps, marks the address bad (calls stay) and asks
  the rep for a new address; a delay is only noted;
- their calendar answering the invite (iMIP) is matched to the stall by the event's UID
  (else by the message it answers) and to the slot it named: an acceptance is noted in
  their history and confirms the call only while the slot it accepted is still the agreed
  one; a refusal, a new time proposed or an answer with their words waits for the rep as
  a reply does.

The check runs on a worker thread with its own Store (``check_mailbox``); the rep's
decisions run on the UI thread with the AppContext.
"""

from __future__ import annotations

import hashlib
import logging
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import TYPE_CHECKING, Any

from ..domain.date_words import format_date
from ..domain.i18n import tr
from ..domain.inbound import (
    InboundMail,
    InviteAnswer,
    MailKind,
    may_be_bounce,
    read_message,
)
from ..domain.localtime import is_valid_zone, local_to_utc, utc_to_local
from ..domain.model import Channel, TouchStatus
from ..domain.problem import BOUNCED, Problem
from ..platform.imap import DEFAULT_IMAP_PORTS, ImapConfig, ImapError, ImapSecurity
from ..store import Store
from ..store import mail as mail_store
from ..store.mail import KIND_LABELS as KIND_LABELS  # the screens' words, kept here too
from ..store.mail import InviteAnswerRow, MailRow
from ..store.store import db_time
from .context import PROSPECTS, SETTINGS, STALLS, TOUCHES, AppContext, ValidationError

if TYPE_CHECKING:
    from ..platform.imap import ImapSession

log = logging.getLogger(__name__)

MAIL = "mail"  # change topic: something arrived or the rep decided about it
IMAP_HOLD = "imap_login_refused"  # settings key: the refusal, in the rep's words
CHECK_MINUTES = 5  # how often the mailbox is looked at while Tickler runs
WORK_START, WORK_END = time(9, 0), time(17, 0)  # a prospect's working slot, their clock

Clock = Callable[[], datetime]



# -- settings ---------------------------------------------------------------------------------


def load_imap(store: Store) -> ImapConfig | None:
    host = store.get_setting("imap_host") or ""
    if not host:
        return None
    try:
        security = ImapSecurity(store.get_setting("imap_security") or ImapSecurity.TLS.value)
    except ValueError:
        security = ImapSecurity.TLS
    try:
        port = int(store.get_setting("imap_port") or DEFAULT_IMAP_PORTS[security])
    except ValueError:
        port = DEFAULT_IMAP_PORTS[security]
    folders = tuple(f for f in (store.get_setting("imap_folders") or "INBOX").split("\n")
                    if f.strip()) or ("INBOX",)
    return ImapConfig(host=host, port=port, security=security,
                      username=store.get_setting("imap_username") or "",
                      folders=folders,
                      same_password=store.get_setting("imap_same_password") == "1",
                      ca_file=store.get_setting("imap_ca_file") or "")


def parse_folders(text: str) -> tuple[str, ...]:
    """Folder names, one a line or separated by commas; INBOX when none is given."""
    names = [n.strip() for part in text.splitlines() for n in part.split(",")]
    seen = dict.fromkeys(n for n in names if n)
    return tuple(seen) or ("INBOX",)


def imap_account(config: ImapConfig) -> str:
    return f"imap:{config.username}@{config.host}:{config.port}"


def save_imap(ctx: AppContext, config: ImapConfig) -> ImapConfig:
    """Check and keep the incoming server (never its password)."""
    host = config.host.strip()
    if not host or any(ch.isspace() for ch in host):
        raise ValidationError("Give the incoming (IMAP) server's host name, e.g. "
                              "imap.example.com.", "imap_host")
    if not 0 < config.port < 65536:
        raise ValidationError("The port is a number from 1 to 65535.", "imap_port")
    username = " ".join(config.username.split())
    if not username:
        raise ValidationError("Give the user name for the incoming server (often your email "
                              "address).", "imap_username")
    folders = tuple(" ".join(f.split()) for f in config.folders if f.strip()) or ("INBOX",)
    if config.ca_file:
        from pathlib import Path

        if not Path(config.ca_file).is_file():
            raise ValidationError("The certificate file does not exist.", "imap_ca_file")
    saved = replace(config, host=host, username=username, folders=folders)
    before = load_imap(ctx.store)
    values = {"imap_host": host, "imap_port": str(config.port),
              "imap_security": config.security.value, "imap_username": username,
              "imap_folders": "\n".join(folders),
              "imap_same_password": "1" if config.same_password else "0",
              "imap_ca_file": config.ca_file}
    with ctx.store.transaction():
        for key, value in values.items():
            ctx.store.set_setting(key, value)
        if before is None or before != saved:
            ctx.store.set_setting(IMAP_HOLD, None)  # the refusal was for other settings
            if before is not None and (before.host, before.username) != (host, username):
                mail_store.forget_folders(ctx.store)  # another mailbox
    ctx.changes.emit(SETTINGS)
    return saved


def stop_watching(ctx: AppContext) -> None:
    """No incoming server: Tickler stops reading mail (what it kept stays)."""
    with ctx.store.transaction():
        for key in ("imap_host", IMAP_HOLD):
            ctx.store.set_setting(key, None)
    ctx.changes.emit(SETTINGS)


def imap_hold(store: Store) -> str | None:
    """Why checking is held (the server refused the sign-in once), or None."""
    return store.get_setting(IMAP_HOLD) or None


def imap_password_changed(ctx: AppContext) -> None:
    """The rep gave a password: checking may sign in again."""
    if imap_hold(ctx.store) is not None:
        ctx.store.set_setting(IMAP_HOLD, None)
        ctx.changes.emit(SETTINGS)


# -- what is held and what is bad ------------------------------------------------------------

# A prospect whose reply waits for the rep: their emails are held, except a calendar invite
# that is updated or cancelled (it puts their calendar right; see store.HELD_SQL).
CALENDAR_FIXES = ("invite_update", "invite_cancel")


def is_paused(store: Store, prospect_id: int) -> bool:
    return mail_store.has_open_reply(store, prospect_id)


def bad_address(store: Store, address: str) -> str | None:
    """Why ``address`` is known bad (it bounced), or None."""
    if not address:
        return None
    return mail_store.bad_address_reason(store, address.strip())


# -- checking ---------------------------------------------------------------------------------


@dataclass
class CheckReport:
    seen: int = 0  # new messages looked at (headers only for most)
    kept: list[int] = field(default_factory=list)  # mail_in ids stored by this check
    replies: int = 0
    auto_replies: int = 0
    bounces: int = 0
    calendar_answers: int = 0  # their calendar's answers only noted (nothing held)
    skipped: int = 0  # messages about a prospect whose effect failed (logged)
    problem: str = ""
    login_refused: bool = False
    folders: int = 0


def look_back_day(store: Store) -> date | None:
    """The day of the oldest message Tickler sent that still matters: to a prospect with an
    open plan or a touch still to make. None: nothing sent matters, so nothing old is read."""
    return mail_store.oldest_sent_that_matters(store)


def _outbox_for(store: Store, ids: Sequence[str]) -> tuple[int, int | None] | None:
    """(outbox id, prospect id) of the first of ``ids`` Tickler sent, or None."""
    return mail_store.outbox_for(store, ids)


def _prospect_by_address(store: Store, address: str) -> int | None:
    if not address:
        return None
    for form in _address_forms(address):  # as written, then its domain's other form
        found = mail_store.live_prospect_by_address(store, form)
        if found is not None:
            return found
    return None


def _address_forms(address: str) -> list[str]:
    """The address as written, and with its domain in the other form: a server writes
    'anna@xn--mller-kva.example' for the 'anna@müller.example' in the book, and back."""
    local, _, domain = address.rpartition("@")
    forms = [address]
    for convert in (lambda d: d.encode("idna").decode("ascii"),
                    lambda d: d.encode("ascii").decode("idna")):
        try:
            other = f"{local}@{convert(domain)}".lower()
        except (UnicodeError, ValueError):
            continue
        if other not in forms:
            forms.append(other)
    return forms


def _live(store: Store, prospect_id: int | None) -> int | None:
    if prospect_id is None:
        return None
    return prospect_id if mail_store.is_live_prospect(store, prospect_id) else None


def match(store: Store, mail: InboundMail) -> tuple[int | None, int | None]:
    """(prospect id, outbox id) this message is about, or (None, None)."""
    bounce = mail.kind in (MailKind.BOUNCE, MailKind.DELAY)
    if not bounce and mail.sender and mail.sender in _own_addresses(store):
        return None, None  # the rep's own answer in the thread (a watched Sent folder, a Bcc)
    ids = [*mail.original_ids, *reversed(mail.references)] if bounce else \
        [*reversed(mail.references)]
    found = _outbox_for(store, ids)
    invite = _stall_of_uid(store, mail)
    if invite is not None and _live(store, invite[1]) is not None:
        return invite[1], found[0] if found is not None and found[1] == invite[1] else None
    if found is not None and _live(store, found[1]) is not None:
        return found[1], found[0]
    if bounce:
        for address in mail.failed_recipients:
            prospect = _prospect_by_address(store, address)
            if prospect is not None:
                return prospect, None
        return None, None
    if mail.sender:
        prospect = _prospect_by_address(store, mail.sender)
        if prospect is not None:
            return prospect, None
    if mail.calendar is not None and mail.calendar.attendee:  # answered for them by another
        return _prospect_by_address(store, mail.calendar.attendee), None
    return None, None


INVITE_UID_PREFIX = "tickler-stall-"  # the UIDs of Tickler's invites (services/email.py)


def _stall_of_uid(store: Store, mail: InboundMail) -> tuple[int, int] | None:
    """(stall id, prospect id) of the invite a calendar answer names by its UID."""
    if mail.calendar is None or not mail.calendar.uid:
        return None
    return mail_store.stall_of_invite_uid(store, mail.calendar.uid, INVITE_UID_PREFIX)


def _invite_answered(store: Store, mail: InboundMail, prospect_id: int,
                     outbox_id: int | None) -> tuple[int | None, datetime | None]:
    """(stall id, slot) of the invite a calendar answer is about: the stall by the event's
    UID, else by the message it answers, else the prospect's newest invited stall; the slot
    as the answer names it, else as the version it answers (SEQUENCE) had it."""
    from ..domain.invite import read_invite

    answer = mail.calendar
    assert answer is not None
    stall_id: int | None = None
    answered_text: str | None = None
    by_uid = _stall_of_uid(store, mail)
    if by_uid is not None and by_uid[1] == prospect_id:
        stall_id = by_uid[0]
    elif outbox_id is not None:
        stall_id, answered_text = mail_store.invite_of_message(store, outbox_id)
    if stall_id is None:
        for stall in store.stalls_for(prospect_id):  # newest first
            if mail_store.sent_invites(store, stall.id):
                stall_id = stall.id
                break
    if stall_id is None:
        return None, None
    if answer.slot_utc is not None:
        return stall_id, answer.slot_utc
    if answered_text is not None and answer.from_subject:
        facts = read_invite(answered_text)
        return stall_id, facts.start_utc if facts is not None else None
    if answer.sequence is None:
        return stall_id, None
    for text in reversed(mail_store.sent_invites(store, stall_id)):
        facts = read_invite(text)
        if facts is not None and facts.method == "REQUEST" and \
                facts.sequence == answer.sequence and \
                (not answer.uid or facts.uid.lower() == answer.uid.lower()):
            return stall_id, facts.start_utc
    return stall_id, None


@dataclass(frozen=True, slots=True)
class InviteStatus:
    """What the prospect's calendar last said about a stall's invite."""

    answer: str  # an InviteAnswer value
    when_utc: datetime  # when they answered
    slot_utc: datetime | None  # the slot they answered, when known
    current: bool  # it answered the slot agreed now (not one the call has moved from)

    @property
    def confirmed(self) -> bool:
        """The agreed slot is in their calendar: accepted, for sure or tentatively."""
        return self.current and self.answer in (InviteAnswer.ACCEPTED.value,
                                                InviteAnswer.TENTATIVE.value)


def invite_status(store: Store, stall_id: int) -> InviteStatus | None:
    """The newest answer their calendar gave to the stall's invite, or None."""
    row: InviteAnswerRow | None = mail_store.latest_invite_answer(store, stall_id)
    stall = store.get_stall(stall_id)
    if row is None or stall is None:
        return None
    current = row.slot_utc is not None and stall.slot_utc is not None \
        and row.slot_utc == stall.slot_utc
    return InviteStatus(row.answer, row.when_utc, row.slot_utc, current)


def _own_addresses(store: Store) -> set[str]:
    """The rep's own addresses: the one mail goes out from and the accounts' user names."""
    values = (store.get_setting(key) or "" for key in
              ("rep_email", "smtp_username", "imap_username"))
    return {v.strip().lower() for v in values if "@" in v}


def _maybe_ours(store: Store, head: InboundMail, own_ids: set[str]) -> bool:
    """From the headers alone: could this message be about a prospect?"""
    if any(i.lower() in own_ids for i in head.references):
        return True
    if head.kind in (MailKind.BOUNCE, MailKind.DELAY, MailKind.OTHER) or may_be_bounce(head):
        return True  # which message bounced is in the body
    return _prospect_by_address(store, head.sender) is not None or bool(
        head.references and _outbox_for(store, list(head.references)))


def _dedupe_key(mail: InboundMail, raw_head: bytes) -> str:
    if mail.message_id:
        return mail.message_id
    return "sha1:" + hashlib.sha1(raw_head[:8192]).hexdigest()


def check_mailbox(store: Store, clock: Clock, config: ImapConfig, password: str | None,
                  *, session: ImapSession | None = None,
                  stop: Callable[[], bool] = lambda: False) -> CheckReport:
    """One look at every watched folder. Never raises for the server's sake: the report
    says what went wrong. A refused sign-in holds checking until the rep changes it.

    A ``session`` passed in is signed in here if it is not yet, and left open for the
    caller (the watcher then waits in IDLE on it)."""
    from ..platform.imap import ImapSession

    report = CheckReport()
    if imap_hold(store) is not None:
        report.problem = imap_hold(store) or ""
        report.login_refused = True
        return report
    own = session or ImapSession(config, password)
    try:
        if not own.is_open:
            own.open()
        for folder in config.folders:
            if stop():
                break
            _check_folder(store, clock, own, folder, report)
            report.folders += 1
    except ImapError as exc:
        report.problem = str(exc)
        if exc.login_refused:
            report.login_refused = True
            store.set_setting(IMAP_HOLD, str(exc))
    except (OSError, EOFError) as exc:
        report.problem = (f"The connection to {config.host} broke off ({exc}). Tickler "
                          "tries again at the next check.")
    except Exception as exc:  # imapclient's protocol errors and the like
        log.exception("Mailbox check failed")
        report.problem = f"Reading the mailbox failed ({type(exc).__name__}: {exc})."
    finally:
        if session is None:
            own.close()
    return report


def _check_folder(store: Store, clock: Clock, session: ImapSession, folder: str,
                  report: CheckReport) -> None:
    state = session.examine(folder)
    saved = mail_store.folder_mark(store, folder)
    if saved is not None and saved.uidvalidity == state.uidvalidity:
        fresh = not state.uidnext or state.uidnext - 1 > saved.last_uid
        uids = session.uids_after(saved.last_uid) if fresh else []
    else:  # first look, or the server renumbered the folder: read back to what matters
        since = look_back_day(store)
        uids = session.uids_since(since) if since is not None and state.exists else []
    last = max([state.uidnext - 1, *uids]) if uids or state.uidnext else 0
    if uids:
        report.seen += len(uids)
        own_ids = mail_store.own_message_ids(store)
        candidates = []
        for uid, (head, _size) in session.headers(uids).items():
            try:
                parsed = read_message(head)
            except Exception:
                log.warning("Headers of message %s in %s could not be read", uid, folder)
                continue
            if _maybe_ours(store, parsed, own_ids):
                candidates.append(uid)
        for fetched in session.messages(candidates):
            try:
                mail = read_message(fetched.raw, truncated=fetched.truncated)
            except Exception:
                log.warning("Message %s in %s could not be read", fetched.uid, folder)
                continue
            try:
                mail_id = record(store, clock, mail, folder=folder, uid=fetched.uid,
                                 raw_head=fetched.raw)
            except sqlite3.Error:
                raise  # the book was busy or broken: read this folder again next time
            except Exception:
                # One message whose effect fails (its transaction rolled back) must not
                # hold back every later message in the folder for good.
                log.warning("Message %s in %s could not be applied", fetched.uid, folder,
                            exc_info=True)
                report.skipped += 1
                continue
            if mail_id is not None:
                report.kept.append(mail_id)
                kept = mail_store.get_mail(store, mail_id) if mail.calendar else None
                if mail.kind is MailKind.REPLY and (kept is None or kept.state == "open"):
                    report.replies += 1  # a calendar's refusal waiting for the rep too
                elif mail.kind is MailKind.AUTO_REPLY:
                    report.auto_replies += 1
                elif mail.kind is MailKind.BOUNCE:
                    report.bounces += 1
                elif mail.calendar is not None:
                    report.calendar_answers += 1
    mail_store.save_folder_mark(
        store, folder, mail_store.FolderMark(state.uidvalidity, max(last, 0)), clock())


# -- what a message does ------------------------------------------------------------------------


def record(store: Store, clock: Clock, mail: InboundMail, *, folder: str = "",
           uid: int | None = None, raw_head: bytes = b"") -> int | None:
    """Keep a message about a prospect and apply what it means; None when it is not about
    one, says nothing (a delivery report of success), or was already kept."""
    if mail.kind is MailKind.OTHER:
        return None
    prospect_id, outbox_id = match(store, mail)
    if prospect_id is None:
        return None
    now = clock()
    key = _dedupe_key(mail, raw_head)
    failed = ""
    if mail.kind in (MailKind.BOUNCE, MailKind.DELAY):
        prospect = store.get_prospect(prospect_id)
        email = (prospect.email if prospect else "").lower()
        failed = email if not mail.failed_recipients or any(
            form in mail.failed_recipients for form in _address_forms(email)) \
            else mail.failed_recipients[0]
    state = "open" if mail.kind in (MailKind.REPLY, MailKind.BOUNCE) else "noted"
    stall_id: int | None = None
    answered: datetime | None = None
    if mail.calendar is not None:
        stall_id, answered = _invite_answered(store, mail, prospect_id, outbox_id)
        if _declines_an_old_time(store, mail, stall_id, answered):
            state = "noted"
    # the kinds kept are a CHECK of the table: a calendar's answer is kept as a reply, and
    # an acceptance as one already noted (it holds nothing)
    kind = MailKind.REPLY if mail.kind is MailKind.CALENDAR else mail.kind
    with store.transaction():
        mail_id = mail_store.insert_mail(store, {
            "dedupe_key": key, "message_id": mail.message_id, "prospect_id": prospect_id,
            "outbox_id": outbox_id, "kind": kind.value, "state": state,
            "sender": mail.sender, "sender_name": mail.sender_name, "subject": mail.subject,
            "body": mail.text, "truncated": int(mail.truncated),
            "sent_utc": db_time(mail.sent_utc) if mail.sent_utc else None,
            "received_utc": db_time(now),
            "return_date": mail.return_date.isoformat() if mail.return_date else None,
            "failed_address": failed, "status": mail.status, "diagnostic": mail.diagnostic,
            "folder": folder, "uid": uid, "stall_id": stall_id,
            "invite_answer": mail.calendar.answer.value if mail.calendar else "",
            "invite_uid": mail.calendar.uid if mail.calendar else "",
            "invite_slot_utc": db_time(answered) if answered else None,
            "invite_proposed_utc": db_time(mail.calendar.proposed_utc)
            if mail.calendar and mail.calendar.proposed_utc else None})
        if mail_id is None:
            return None  # seen before (another folder, or the server renumbered)
        effect = ""
        if mail.kind is MailKind.CALENDAR or (state == "noted" and mail.calendar is not None):
            effect = _answer_effect(store, mail, stall_id, answered)
        elif mail.kind is MailKind.REPLY:
            held = _pending_emails(store, prospect_id)
            effect = (f"{held} email{'s' if held != 1 else ''} paused" if held
                      else "Nothing was due to go")
        elif mail.kind is MailKind.AUTO_REPLY and mail.return_date is not None:
            effect = _move_before_return(store, prospect_id, mail.return_date, now)
        elif mail.kind is MailKind.BOUNCE:
            effect = _stop_emails(store, prospect_id, failed, mail, mail_id, now)
        elif mail.kind is MailKind.DELAY:
            effect = "The server is still trying; nothing changed in the plan"
        mail_store.set_effect(store, mail_id, effect)
    return mail_id


def _declines_an_old_time(store: Store, mail: InboundMail, stall_id: int | None,
                          answered: datetime | None) -> bool:
    """A bare refusal of a time the call has since moved from: the rep moved it, so their
    calendar taking the old time out is no news (it is noted, and holds nothing)."""
    if mail.calendar is None or mail.calendar.answer is not InviteAnswer.DECLINED \
            or mail.calendar.comment or stall_id is None or answered is None:
        return False
    stall = store.get_stall(stall_id)
    return stall is not None and stall.slot_utc is not None and stall.slot_utc != answered


def _answer_effect(store: Store, mail: InboundMail, stall_id: int | None,
                   answered: datetime | None) -> str:
    """What an acceptance did, kept in English with the message (the screens build their
    own words from the stored answer: ``answer_words``)."""
    assert mail.calendar is not None
    stall = store.get_stall(stall_id) if stall_id is not None else None
    if stall is None or answered is None or stall.slot_utc != answered:
        return "Noted; nothing paused (their calendar answered an earlier time)" \
            if stall is not None and answered is not None else "Noted; nothing paused"
    return "Noted: the agreed time is in their calendar; nothing paused"


def answer_words(mail: MailRow) -> str:
    """A calendar's answer in the rep's words: "Accepted the invite for Thu 17 Dec, 10:30
    (their calendar)" (their time), and whether that is still the agreed time; '' when the
    message is no calendar answer."""
    from ..domain.localtime import format_local

    tz = mail.stall_slot_tz if is_valid_zone(mail.stall_slot_tz) else "UTC"
    slot = mail.invite_slot_utc
    when = format_local(slot, tz, "%a %d %b, %H:%M") if slot is not None else ""
    answer = mail.invite_answer
    if answer == InviteAnswer.COUNTER.value:
        if mail.invite_proposed_utc is None:
            return tr("Proposed another time for the call (their calendar)")
        return tr("Proposed {when} instead (their calendar)").format(
            when=format_local(mail.invite_proposed_utc, tz, "%a %d %b, %H:%M"))
    words = {
        InviteAnswer.ACCEPTED.value: (tr("Accepted the invite (their calendar)"),
                                      tr("Accepted the invite for {when} (their calendar)")),
        InviteAnswer.TENTATIVE.value: (
            tr("Tentatively accepted the invite (their calendar)"),
            tr("Tentatively accepted the invite for {when} (their calendar)")),
        InviteAnswer.DECLINED.value: (tr("Declined the invite (their calendar)"),
                                      tr("Declined the invite for {when} (their calendar)")),
    }.get(answer)
    if words is None:
        return ""
    text = words[1].format(when=when) if when else words[0]
    if slot is not None and mail.stall_slot_utc is not None and mail.stall_slot_utc != slot:
        text += " · " + tr("an earlier time: the call is now {when}").format(
            when=format_local(mail.stall_slot_utc, tz, "%a %d %b, %H:%M"))
    return text


def calendar_words(store: Store, stall_id: int | None) -> str:
    """What their calendar last said of the stall's agreed slot, in the rep's words
    ("accepted in their calendar"); '' when it said nothing of the slot agreed now."""
    status = invite_status(store, stall_id) if stall_id is not None else None
    if status is None or not status.current:
        return ""
    if status.answer == InviteAnswer.ACCEPTED.value:
        return tr("accepted in their calendar")
    if status.answer == InviteAnswer.TENTATIVE.value:
        return tr("tentatively accepted in their calendar")
    if status.answer == InviteAnswer.DECLINED.value:
        return tr("declined in their calendar")
    return ""


def pause_reason(store: Store, prospect_id: int) -> str | None:
    """Why the prospect's emails are paused: "declined" (their calendar declined the
    invite), "replied", or None when nothing pauses them."""
    answer = mail_store.open_reply_answer(store, prospect_id)
    if answer is None:
        return None
    return "declined" if answer == InviteAnswer.DECLINED.value else "replied"


def _pending_emails(store: Store, prospect_id: int) -> int:
    return mail_store.pending_email_count(store, prospect_id)


def next_working_slot(day: date, tz: str, keep: datetime | None, now: datetime,
                      country: str = "") -> datetime:
    """The first working day on or after ``day`` in zone ``tz`` (weekends and ``country``'s
    public holidays skipped), at ``keep``'s local time when that is inside the working day
    (else at its start), and never before ``now``."""
    from ..domain.workdays import next_working_day

    local_time = WORK_START
    if keep is not None:
        kept = utc_to_local(keep, tz).time().replace(tzinfo=None)
        if WORK_START <= kept < WORK_END:
            local_time = kept
    day = next_working_day(day, country)
    moment = local_to_utc(datetime.combine(day, local_time), tz)
    while moment < now:
        day = next_working_day(day + timedelta(days=1), country)
        moment = local_to_utc(datetime.combine(day, local_time), tz)
    return moment


def _move_before_return(store: Store, prospect_id: int, back: date, now: datetime) -> str:
    """Push the prospect's plan past an absence, by the plan rules.

    The agreed call before ``back`` moves with its stall's slot (its reminders follow it,
    and an invite that went out gets its update). Every other touch due before ``back``
    goes to the first working day from then on, at its own time of their day, and the rest
    of the run moves along behind it: touches keep their order, steps that were on
    different days stay on different working days (a gone-dark run is pushed on, not
    stacked on one Monday), and no two touches of the prospect share a minute.
    """
    from ..domain.workdays import country_for_zone, next_working_day
    from .slots import INVITE_STEPS, follows_slot, move_slot

    prospect = store.get_prospect(prospect_id)
    ctx = AppContext(store, lambda: now)
    tz = prospect.timezone if prospect else ""
    if not is_valid_zone(tz):  # a book from elsewhere: their zone is unknown here
        tz = ctx.rep_timezone
    country = (prospect.country if prospect else "") or country_for_zone(tz)
    start = local_to_utc(datetime.combine(back, time(0, 0)), tz)
    moved = 0
    first: datetime | None = None
    for stall in store.stalls_for(prospect_id):  # the agreed call, with its slot
        slot = stall.slot_utc if stall.slot_utc else None
        if slot is None or slot >= start or not any(
                follows_slot(ctx, t) for t in store.pending_touches_for_stall(stall.id)):
            continue
        target = next_working_slot(back, tz, slot, now, country)
        moved += len(move_slot(ctx, stall.id, target, now))
        first = target if first is None or target < first else first
    from ..store.plans import pending_touch_rows

    rows = pending_touch_rows(store, prospect_id, INVITE_STEPS)
    taken = {db_time(r.due_utc) for r in rows}
    prev_day: date | None = None  # where the touch before landed, and where it was
    prev_was: date | None = None
    for row in rows:
        due = row.due_utc
        was = utc_to_local(due, tz).date()
        if follows_slot(ctx, row):
            continue
        day = max(was, back) if due < start else was
        # calls and emails reach them, so they keep their days apart; a note by post or a
        # LinkedIn step goes to the return day without pushing the run
        reaches = row.channel in (Channel.CALL.value, Channel.EMAIL.value)
        if reaches and prev_day is not None and prev_was is not None:
            day = max(day, prev_day + timedelta(days=1) if was > prev_was else prev_day)
        if day == was and due >= start:
            if reaches:
                prev_day, prev_was = day, was
            continue
        target = next_working_slot(next_working_day(day, country), tz, due, now, country)
        taken.discard(db_time(row.due_utc))
        while db_time(target) in taken:  # two touches of one prospect never share a minute
            target += timedelta(minutes=1)
        taken.add(db_time(target))
        if reaches:
            prev_day, prev_was = utc_to_local(target, tz).date(), was
        store.update_touch(row.id, {"due_utc": db_time(target)})
        moved += 1
        first = target if first is None or target < first else first
    from .stalls import keep_cap

    keep_cap(ctx, prospect_id)  # the run pushed on stays inside the persistence cap
    until = f"{format_date(back, '%a')} {back.day} {format_date(back, '%b')}"
    if not moved:
        return f"Away until {until}; nothing was due before then"
    assert first is not None
    return (f"Away until {until}: {moved} touch{'es' if moved != 1 else ''} moved to "
            f"{format_date(utc_to_local(first, tz), '%a')} {utc_to_local(first, tz).day} "
            f"{format_date(utc_to_local(first, tz), '%b')} or later")


def _stop_emails(store: Store, prospect_id: int, address: str, mail: InboundMail,
                 mail_id: int, now: datetime) -> str:
    reason = f"{address} bounced" + (f" ({mail.status})" if mail.status else "") + \
        (f": {mail.diagnostic}" if mail.diagnostic else "")
    mail_store.mark_bad_address(store, address, reason[:500], mail_id, now)
    cancelled = mail_store.cancel_pending_emails(store, prospect_id,
                                                 f"Not sent: {reason[:300]}")
    mail_store.fail_queued_to(store, address,
                              f"Not sent: {reason[:300]}. Ask for a new address.", now,
                              Problem.of(BOUNCED, address=address, status=mail.status or "",
                                         words=(mail.diagnostic or "")[:300]))
    return (f"{cancelled} planned email{'s' if cancelled != 1 else ''} stopped; calls stay"
            if cancelled else "No emails were planned; calls stay")


# -- the rep's side ----------------------------------------------------------------------------


def open_notices(ctx: AppContext) -> list[MailRow]:
    """Replies and bounces waiting for the rep, newest first (trashed prospects left out)."""
    return mail_store.open_notices(ctx.store)


def get_mail(store: Store, mail_id: int) -> MailRow | None:
    return mail_store.get_mail(store, mail_id)


def mail_for_prospect(store: Store, prospect_id: int) -> list[MailRow]:
    return mail_store.mail_for_prospect(store, prospect_id)


def sent_for_prospect(store: Store, prospect_id: int) -> list[mail_store.SentMail]:
    """What Tickler sent this prospect (for the history, beside what came back)."""
    return mail_store.sent_for_prospect(store, prospect_id)


def _open_reply(ctx: AppContext, mail_id: int, kinds: Iterable[str] = ("reply",)) -> MailRow:
    mail = get_mail(ctx.store, mail_id)
    if mail is None:
        raise ValidationError("That message is no longer in Tickler.")
    if mail.kind not in kinds or mail.state != "open":
        raise ValidationError("That message has already been dealt with.")
    return mail


def _settle(ctx: AppContext, mail_id: int, state: str) -> None:
    mail_store.settle(ctx.store, mail_id, state, ctx.now())


def _settle_prospect_replies(ctx: AppContext, prospect_id: int, state: str) -> None:
    """Every reply of theirs still waiting is settled with the one the rep answered."""
    mail_store.settle_open_replies(ctx.store, prospect_id, state, ctx.now())


def resume_plan(ctx: AppContext, mail_id: int) -> int:
    """The reply changes nothing: the paused emails come back. Returns how many."""
    mail = _open_reply(ctx, mail_id)
    with ctx.store.transaction():
        _settle_prospect_replies(ctx, mail.prospect_id, "resumed")
    ctx.changes.emit(MAIL, TOUCHES)
    return _pending_emails(ctx.store, mail.prospect_id)


def _close_plan(ctx: AppContext, prospect_id: int, reason: str, outcome: str) -> int:
    """End the live plan by the plan rules (an invite that went out gets its cancellation),
    and record the reply as the touch that reached them."""
    from .stalls import end_live_plan

    now = db_time(ctx.now())
    closed = end_live_plan(ctx, prospect_id, reason, ctx.now())
    stall_id = next((s.id for s in ctx.store.stalls_for(prospect_id)), None)
    ctx.store.insert_touches([{
        "prospect_id": prospect_id, "stall_id": stall_id, "step_key": "email_reply",
        "title": "They replied by email", "channel": Channel.EMAIL.value,
        "reason": "Their reply", "due_utc": now, "original_due_utc": now,
        "status": TouchStatus.DONE.value, "outcome": outcome, "done_utc": now,
        "created_utc": now}])
    return closed


def log_reply_conversation(ctx: AppContext, mail_id: int) -> int:
    """The reply is a conversation: the plan ends as after a call that connected (counted
    in the report). Returns how many planned touches were stopped."""
    mail = _open_reply(ctx, mail_id)
    with ctx.store.transaction():
        _settle_prospect_replies(ctx, mail.prospect_id, "conversation")
        stopped = _close_plan(ctx, mail.prospect_id, "conversation by email", "conversation")
    ctx.changes.emit(MAIL, TOUCHES, STALLS)
    return stopped


def end_plan_after_reply(ctx: AppContext, mail_id: int) -> int:
    """They said no (or enough): the plan ends and nothing more goes. Returns how many
    planned touches were stopped."""
    mail = _open_reply(ctx, mail_id)
    with ctx.store.transaction():
        _settle_prospect_replies(ctx, mail.prospect_id, "ended")
        stopped = _close_plan(ctx, mail.prospect_id, "ended after their reply",
                              "not_interested")
    ctx.changes.emit(MAIL, TOUCHES, STALLS)
    return stopped


def dismiss_bounce(ctx: AppContext, mail_id: int) -> None:
    """The rep has seen the bounce (and perhaps given a new address)."""
    _open_reply(ctx, mail_id, kinds=("bounce",))
    with ctx.store.transaction():
        _settle(ctx, mail_id, "noted")
    ctx.changes.emit(MAIL)


def address_changed(ctx: AppContext, prospect_id: int) -> None:
    """A new address for a prospect whose old one bounced: the bounce notice is settled."""
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None:
        return
    with ctx.store.transaction():
        changed = mail_store.settle_bounces_not_to(ctx.store, prospect_id,
                                                   prospect.email or "", ctx.now())
    if changed:
        ctx.changes.emit(MAIL, PROSPECTS)


def bad_addresses_of(store: Store, prospect_ids: Iterable[int]) -> dict[int, str]:
    """Prospect id → why their current address is bad, for those whose address bounced."""
    ids = list(prospect_ids)
    if not ids:
        return {}
    return mail_store.bad_addresses_of(store, ids)


def search_mail_prospects(store: Store, text: str, limit: int = 200) -> list[int]:
    """Prospects whose sent or received mail has every word typed (as prefixes)."""
    return mail_store.search_mail_prospects(store, text, limit)


def now_utc() -> datetime:
    return datetime.now(UTC)


# -- the settings' Test button and the password ---------------------------------------------


def imap_password(ctx: AppContext, secrets: Any, config: ImapConfig) -> str | None:
    """The incoming server's password from the keyring (the outgoing one when the rep chose
    "same as outgoing"), or None when none is known."""
    if config.same_password:
        from .email import keyring_account, load_smtp

        smtp = load_smtp(ctx)
        return secrets.get_password(keyring_account(smtp)) if smtp else None
    value = secrets.get_password(imap_account(config))
    return None if value is None else str(value)


def test_incoming(config: ImapConfig, password: str | None) -> tuple[bool, str]:
    """Sign in and open every folder to watch, changing nothing; (worked, words)."""
    from ..platform.imap import ImapSession

    with ImapSession(config, password) as session:
        try:
            session.open()
            counts = [tr("{folder}: %n message(s)", None, session.examine(folder).exists).format(
                folder=folder) for folder in config.folders]
        except ImapError as exc:
            return False, str(exc)
        except Exception as exc:  # imapclient's protocol errors
            return False, tr("{host} answered in a way Tickler did not expect ({why}).").format(
                host=config.host, why=exc)
        if "IDLE" in session.capabilities:
            words = tr("Signed in to {host}. {folders}. While Tickler runs, new mail is "
                       "noticed as it arrives (IDLE); it only reads, and marks, moves or "
                       "deletes nothing.")
        else:
            words = tr("Signed in to {host}. {folders}. While Tickler runs, it looks every "
                       "%n minute(s); it only reads, and marks, moves or deletes nothing.",
                       None, CHECK_MINUTES)
    return True, words.format(host=config.host, folders="; ".join(counts))
