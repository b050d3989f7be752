"""The outbox: every message is stored before it is sent, and sent at most once on its own.

States: queued → sending → sent | failed | uncertain; the rep may also discard.

- A message gets its Message-ID and its exact bytes when it is queued; every attempt sends
  those same bytes.
- A sender claims a message by moving it from queued to sending in one UPDATE, so two
  senders can never both send it.
- Just before the final dot of DATA, ``handoff_utc`` is written. After a crash, a message
  still "sending" without it certainly never reached the server and is queued again; one
  with it may have been delivered and becomes "uncertain": only the rep resends it.
- Temporary failures (network, 4xx) retry with growing delays; permanent ones (5xx,
  refused login, bad certificate) stop with the server's own words.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import Any

from ..domain.i18n import QT_TR_NOOP, in_english, tr
from ..domain.inbound import InviteAnswer
from ..domain.localtime import utc_to_local
from ..domain.mail_headers import header_text
from ..domain.model import Channel, TouchStatus
from ..domain.problem import BOUNCED, INTERRUPTED, MARKED_SENT, RESTORED, SLOT_MOVED, Problem
from ..platform.smtp import (
    Abort,
    Outcome,
    SendResult,
    SmtpConfig,
    SmtpSession,
    problem_words,
)
from ..store import Store
from ..store import outbox as stored
from ..store.outbox import (
    DISCARDED,
    FAILED,
    HELD_DECLINED,
    HELD_PLAN_ENDED,
    HELD_REPLIED,
    HELD_SIGN_IN,
    HELD_SLOT_MOVED,
    QUEUED,
    SENDING,
    SENT,
    STATE_LABELS,
    UNCERTAIN,
    Hold,
    OutboxRow,
)
from ..store.store import db_time
from .context import TOUCHES, AppContext, ValidationError
from .email import (
    NeedsEdit,
    compose,
    draft,
    get_template,
    half_made_where,
    hold_logins,
    invite_for_touch,
    load_identity,
    login_hold,
    merge_values,
    new_message_id,
    problems,
)
from .mailbox import CALENDAR_FIXES, bad_address, is_paused

OUTBOX = "outbox"  # change topic

RETRY_MINUTES = (1, 5, 15, 60, 180)
MAX_ATTEMPTS = len(RETRY_MINUTES) + 1

Clock = Callable[[], datetime]

__all__ = ["DISCARDED", "FAILED", "HELD_DECLINED", "HELD_PLAN_ENDED", "HELD_REPLIED",
           "HELD_SIGN_IN", "HELD_SLOT_MOVED", "QUEUED", "SENDING", "SENT", "STATE_LABELS",
           "UNCERTAIN", "Hold",
           "OutboxRow"]


def hold_of(row: OutboxRow, sign_in_refused: str | None) -> Hold | None:
    """Why ``row`` waits for the rep instead of going, or None.

    A waiting message of a plan that ended never goes on its own, so that comes first; then
    a reply of theirs that pauses their emails (a calendar fix still goes); then a refused
    sign-in (``sign_in_refused``, its words), which holds every waiting message. A message
    the rep had edited when its call moved is held as failed, for the rep to check the time.
    """
    if row.state == QUEUED:
        if row.plan_ended:
            return Hold(HELD_PLAN_ENDED)
        if row.replied_utc is not None and (row.template or "") not in CALENDAR_FIXES:
            declined = row.replied_answer == InviteAnswer.DECLINED.value
            return Hold(HELD_DECLINED if declined else HELD_REPLIED, row.replied_utc)
        if sign_in_refused:
            prefix = _held_words("")
            return Hold(HELD_SIGN_IN, detail=sign_in_refused.removeprefix(prefix))
    if row.state == FAILED and row.held_for == HELD_SLOT_MOVED:
        return Hold(HELD_SLOT_MOVED, row.slot_utc, row.slot_tz)
    return None


# -- what went wrong, in the rep's words of the moment it is shown --------------------------

_OWN_WORDS = {
    MARKED_SENT: QT_TR_NOOP("Marked as sent by you."),
    INTERRUPTED: QT_TR_NOOP(
        "Tickler stopped while the server had this message and before it answered. It may "
        "or may not have been delivered: check your Sent folder or ask the recipient, then "
        "mark it sent or send it again."),
    RESTORED: QT_TR_NOOP(
        "Restored from a backup: this message may have gone out after the backup was made. "
        "Check your Sent folder, then mark it sent or send it again."),
    SLOT_MOVED: QT_TR_NOOP("The call moved after you edited this message: check the time "
                           "in it, then send it again."),
}

# What a Tickler before problems were data glued onto the server's words (in English,
# whatever the desktop's language): dropped when such a message is shown.
_OLD_RETRY = re.compile(r"\s*Trying again in \d+ min \(attempt \d+ of \d+\)\.\s*$")
_OLD_GAVE_UP = re.compile(r"^Gave up after \d+ attempts\. Last: ")


def problem_words_of(problem: Problem) -> str:
    """One problem in the rep's language of now; the server's own reply stays as it came."""
    if problem.kind == BOUNCED:
        reason = tr("{address} bounced").format(address=problem.get("address"))
        if problem.get("status"):
            reason += f" ({problem.get('status')})"
        if problem.get("words"):
            reason += f": {problem.get('words')}"
        return tr("Not sent: {reason}. Ask for a new address.").format(reason=reason)
    own = _OWN_WORDS.get(problem.kind)
    return tr(own) if own is not None else problem_words(problem)


def _english(problem: Problem) -> str:
    """The problem in plain English, kept in ``last_error`` for a reader without the app."""
    with in_english():
        return problem_words_of(problem)


def _old_words(row: OutboxRow) -> tuple[str, bool]:
    """A message stored before problems were data: its words without the English retry
    sentence, and whether Tickler had given up retrying it. Tickler's own reasons were
    stored in English: those read in the rep's language again."""
    text = row.last_error or ""
    own = next((kind for kind, english in _OWN_WORDS.items() if english == text), None)
    if row.held_for == HELD_SLOT_MOVED:
        own = SLOT_MOVED
    if own is not None:
        return tr(_OWN_WORDS[own]), False
    gave_up = _OLD_GAVE_UP.match(text)
    text = text[gave_up.end():] if gave_up else text
    return _OLD_RETRY.sub("", text).strip(), gave_up is not None


def problem_text(row: OutboxRow, rep_tz: str) -> str:
    """What went wrong with ``row`` and what Tickler does about it, in the rep's language
    of now: "451 4.3.0 Try again later — Trying again at 18:42 (attempt 2 of 6)." or
    "… Gave up after 6 attempts."; '' when nothing went wrong. The server's own reply is
    shown as it came; the retry's time is in ``rep_tz``. The one place these words are
    made: the Outbox, the queue's note and Email settings all show this."""
    if row.problem is not None:
        what, gave_up = problem_words_of(row.problem), row.problem.temporary
    else:
        what, gave_up = _old_words(row)
    what = " ".join(what.split())
    if not what:
        return ""
    if row.state == QUEUED and row.attempts and row.next_attempt_utc is not None \
            and row.hold is None:
        when = utc_to_local(row.next_attempt_utc, rep_tz)
        then = tr("Trying again at {time} (attempt {attempt} of {total}).").format(
            time=f"{when:%H:%M}", attempt=row.attempts + 1, total=MAX_ATTEMPTS)
    elif row.state == FAILED and gave_up:
        then = tr("Gave up after %n attempt(s).", None, row.attempts)
    else:
        return what
    # the server's reply often ends without a full stop; none is added to its words
    return f"{what} {then}" if what.endswith((".", "!", "?")) else f"{what} — {then}"


def _held_words(detail: str) -> str:
    """What a refused sign-in leaves on every waiting message, in the rep's language."""
    return tr("Held: {detail}").format(detail=detail)


def _with_holds(store: Store, rows: list[OutboxRow]) -> list[OutboxRow]:
    refused = login_hold(store)
    return [replace(r, hold=hold_of(r, refused)) for r in rows]


def get_message(store: Store, outbox_id: int) -> OutboxRow | None:
    row = stored.get(store, outbox_id)
    return _with_holds(store, [row])[0] if row else None


def list_outbox(ctx: AppContext, include_discarded: bool = False) -> list[OutboxRow]:
    """Problems first (uncertain, failed), then what is waiting, then the sent, newest first.
    Each held message says why (``OutboxRow.hold``)."""
    return _with_holds(ctx.store, stored.listing(ctx.store, include_discarded))


def message_for_touch(store: Store, touch_id: int) -> OutboxRow | None:
    row = stored.for_touch(store, touch_id)
    return _with_holds(store, [row])[0] if row else None


def problem_count(ctx: AppContext) -> int:
    """Messages that need the rep: failed, uncertain, and those a refused login holds."""
    states = (FAILED, UNCERTAIN, QUEUED) if login_hold(ctx.store) else (FAILED, UNCERTAIN)
    return stored.count_in(ctx.store, states)


# -- queuing ------------------------------------------------------------------------------


def queue_email(
    ctx: AppContext, *, recipient: str, recipient_name: str, subject: str, body: str,
    invite: str | None = None, touch_id: int | None = None, prospect_id: int | None = None,
    template: str | None = None, filled: Mapping[str, str] | None = None,
) -> int:
    """Store a message, Message-ID and all, ready for the sender. Returns its outbox id.

    ``filled`` are the merge values the text was filled with, when it came from a template:
    brackets in them are the prospect's own words, not a part left for the rep."""
    from .prospects import check_email

    identity = load_identity(ctx)
    if not identity.email:
        raise ValidationError("Enter your own name and email address in Email settings "
                              "(Ctrl+,) first: every message is sent from them.", "sender")
    if not (recipient or "").strip():
        raise ValidationError("This prospect has no email address. Add one in the profile.",
                              "recipient")
    recipient = check_email(recipient)
    bounced = bad_address(ctx.store, recipient)
    if bounced:
        raise ValidationError(f"{bounced}. Ask for a new address and put it in the profile "
                              "before emailing again.", "recipient")
    if prospect_id is not None and template not in CALENDAR_FIXES \
            and is_paused(ctx.store, prospect_id):
        raise ValidationError("They replied, so their emails are paused. Read the reply at "
                              "the top of Today and resume the plan first.")
    subject = header_text(subject)
    recipient_name = header_text(recipient_name)
    if not subject:
        raise ValidationError("The message needs a subject.", "subject")
    check_rep_text(subject, body, filled)
    now = ctx.now()
    message_id = new_message_id(identity.email)
    raw = compose(message_id=message_id, date=now, sender=identity.email,
                  sender_name=identity.name, recipient=recipient,
                  recipient_name=recipient_name, subject=subject, body=body,
                  invite=invite)
    try:
        outbox_id = stored.insert(
            ctx.store, message_id=message_id, touch_id=touch_id, prospect_id=prospect_id,
            template=template, sender=identity.email, sender_name=identity.name,
            recipient=recipient, recipient_name=recipient_name, subject=subject, body=body,
            invite=invite, raw=raw, now=now)
    except sqlite3.IntegrityError:
        raise ValidationError("This touch's email is already in the Outbox.") from None
    ctx.changes.emit(OUTBOX)
    return outbox_id


def check_rep_text(subject: str, body: str,
                   filled: Mapping[str, str] | None = None) -> None:
    """No message goes half-made: not from a template, not after the rep's own edits."""
    found = half_made_where(subject, body, filled)
    if found:
        raise ValidationError(*found)


def queue_touch_email(ctx: AppContext, touch_id: int, *, subject: str | None = None,
                      body: str | None = None) -> int:
    """Render the touch's template for its prospect and queue it (with the invite if any).

    A message already in the outbox for this touch is returned instead of a second copy
    (queued again if it had failed). ``subject``/``body`` replace the rendered text when the
    rep has edited it. Raises NeedsEdit when the text still needs the rep.
    """
    touch = ctx.store.get_touch(touch_id)
    if touch is None:
        raise ValidationError("That touch no longer exists.")
    if touch.channel != Channel.EMAIL.value:
        raise ValidationError("Only an email touch can be sent.")
    if touch.template not in CALENDAR_FIXES \
            and is_paused(ctx.store, touch.prospect_id):
        raise ValidationError("They replied, so their emails are paused. Read the reply at "
                              "the top of Today and resume the plan first.")
    existing = message_for_touch(ctx.store, touch_id)
    if existing is not None:
        if existing.state == SENT:
            raise ValidationError("This email was already sent.")
        if existing.state == UNCERTAIN:
            raise ValidationError("This email may already have been delivered. Check it in "
                                  "the Outbox (Ctrl+4) before sending it again.")
        if subject is not None and body is not None:  # the rep's edits are not dropped
            edit_message(ctx, existing.id, subject, body)
        if existing.state == FAILED:
            retry_message(ctx, existing.id)
        return existing.id
    if touch.status != TouchStatus.PENDING.value:
        raise ValidationError(f"That touch is already {touch.status}.")
    prospect = ctx.store.get_prospect(touch.prospect_id)
    if prospect is None:
        raise ValidationError("That prospect no longer exists.")
    if not (prospect.email or "").strip():
        raise ValidationError("This prospect has no email address. Add one in the profile.",
                              "recipient")
    template = get_template(ctx, touch.template or "gone_dark")
    identity = load_identity(ctx)
    values = merge_values(ctx, touch.prospect_id, touch_id, identity,
                          language=template.language)
    from .email import WITHOUT_INVITE

    name = values["full_name"]
    invite = (invite_for_touch(ctx, touch_id, identity, prospect.email, name)
              if template.invite else None)
    if template.invite and invite is None and template.key in WITHOUT_INVITE:
        template = get_template(ctx, WITHOUT_INVITE[template.key])
    if subject is None or body is None:
        rendered = draft(template.subject, template.body, values)
        issues = problems(rendered, values)
        if template.invite and invite is None:
            issues.append("no time was agreed, so there is no calendar invite to attach "
                          "(check the wording, which mentions one)")
        if issues:
            raise NeedsEdit("Before this email goes: " + "; ".join(issues) + ".", rendered)
        subject, body = rendered.subject, rendered.body
    else:
        check_rep_text(subject, body, values)
    return queue_email(ctx, recipient=prospect.email, recipient_name=name,
                       subject=subject, body=body, invite=invite, touch_id=touch_id,
                       prospect_id=touch.prospect_id, template=template.key,
                       filled=values)


def queue_test_email(ctx: AppContext) -> int:
    identity = load_identity(ctx)
    return queue_email(
        ctx, recipient=identity.email, recipient_name=identity.name,
        subject="Tickler test message",
        body="This is a test message from Tickler. Your email settings work.\n")


# -- the rep's decisions ------------------------------------------------------------------


def _change_state(ctx: AppContext, outbox_id: int, allowed: tuple[str, ...],
                  fields: dict[str, Any], refusal: str) -> None:
    if not stored.change_state(ctx.store, outbox_id, allowed, fields, ctx.now()):
        raise ValidationError(refusal)
    ctx.changes.emit(OUTBOX)


def retry_message(ctx: AppContext, outbox_id: int, *, confirm_uncertain: bool = False) -> None:
    """Queue a failed message again now; an uncertain one only with the rep's say-so."""
    allowed = (FAILED, UNCERTAIN) if confirm_uncertain else (FAILED,)
    message = get_message(ctx.store, outbox_id)
    if message is not None and message.state == UNCERTAIN and not confirm_uncertain:
        raise ValidationError("This message may already have been delivered. Confirm that "
                              "you want it sent again.")
    _change_state(ctx, outbox_id, allowed,
                  {"state": QUEUED, "attempts": 0, "next_attempt_utc": db_time(ctx.now()),
                   "handoff_utc": None, "held_for": ""},
                  "Only a failed or uncertain message can be sent again.")


def mark_sent(ctx: AppContext, outbox_id: int) -> None:
    """The rep checked: the uncertain message did arrive."""
    message = get_message(ctx.store, outbox_id)
    now = ctx.now()
    with ctx.store.transaction():
        said = Problem(MARKED_SENT)
        _change_state(ctx, outbox_id, (UNCERTAIN,),
                      {"state": SENT, "sent_utc": db_time(now),
                       "last_error": _english(said), "problem": said.to_json()},
                      "Only an uncertain message can be marked as sent.")
        if message is not None and message.touch_id is not None:
            _complete_touch(ctx.store, message.touch_id, message.message_id, now)
    ctx.changes.emit(TOUCHES)


def discard_message(ctx: AppContext, outbox_id: int) -> None:
    _change_state(ctx, outbox_id, (QUEUED, FAILED, UNCERTAIN), {"state": DISCARDED},
                  "A message being sent, or already sent, cannot be discarded.")


def edit_message(ctx: AppContext, outbox_id: int, subject: str, body: str) -> None:
    """New text for a message that has not gone; it keeps its invite.

    A message never tried keeps its Message-ID. One that was tried (failed, uncertain, or
    waiting for a retry) gets a new one, the old kept as superseded: a receiving system
    that drops a second message with the same ID would otherwise hide the correction.
    """
    r = stored.source(ctx.store, outbox_id)
    if r is None:
        raise ValidationError("That message no longer exists.")
    subject = header_text(subject)
    if not subject:
        raise ValidationError("The message needs a subject.", "subject")
    check_rep_text(subject, body, _filled_for(ctx, r))
    fields: dict[str, Any] = {"subject": subject, "body": body}
    message_id = r.message_id
    if r.state in (FAILED, UNCERTAIN) or r.attempts:
        message_id = new_message_id(r.sender)
        fields["message_id"] = message_id
        fields["superseded_ids"] = " ".join([*r.superseded_ids, r.message_id])
    fields["raw"] = compose(message_id=message_id, date=ctx.now(), sender=r.sender,
                            sender_name=r.sender_name, recipient=r.recipient,
                            recipient_name=r.recipient_name, subject=subject, body=body,
                            invite=r.invite)
    _change_state(ctx, outbox_id, (QUEUED, FAILED, UNCERTAIN), fields,
                  "A message being sent, or already sent, cannot be edited.")


def _filled_for(ctx: AppContext, row: stored.OutboxSource) -> dict[str, str] | None:
    """The merge values of a touch's message, as they are now (None for other mail)."""
    if row.prospect_id is None:
        return None
    try:
        return merge_values(ctx, row.prospect_id, row.touch_id)
    except ValidationError:  # the prospect is gone: nothing of theirs to allow
        return None


# -- a slot that moves while its messages wait ----------------------------------------------

@dataclass(frozen=True, slots=True)
class Waiting:
    """A message of a stall not yet sent when its slot moves, and whether its text is the
    template's own (else the rep edited it by hand)."""

    outbox_id: int
    as_rendered: bool


def _render(ctx: AppContext, r: stored.UnsentMessage) -> tuple[str, str]:
    template = get_template(ctx, str(r.template))
    values = merge_values(ctx, r.prospect_id or 0, r.touch_id, load_identity(ctx),
                          template.language)
    touch = ctx.store.get_touch(r.touch_id) if r.touch_id is not None else None
    stall = ctx.store.get_stall(int(touch.stall_id)) if touch and touch.stall_id else None
    if stall is not None and stall.slot_utc:
        # the slot in the zone it was agreed in (a zone correction saves the prospect's
        # new zone before the slot moves)
        from .email import _slot_parts

        values.update(_slot_parts(stall.slot_utc, stall.slot_tz,
                                  template.language))
    rendered = draft(template.subject, template.body, values)
    return header_text(rendered.subject), rendered.body


def waiting_for_slot(ctx: AppContext, stall_id: int) -> list[Waiting]:
    """The stall's messages still waiting to go (queued, held offline, waiting for a retry),
    read BEFORE its slot moves: each is compared with what its template gives now."""
    return [Waiting(r.id, _render(ctx, r) == (r.subject, r.body))
            for r in stored.waiting_for_stall(ctx.store, stall_id, CALENDAR_FIXES)]


def follow_slot(ctx: AppContext, waiting: list[Waiting], when: str) -> int:
    """After the slot moved: each waiting message carries the new time. Its invite is
    rebuilt; its text is rendered again, unless the rep edited it by hand: then it is held
    (not sent) with words in the Outbox saying the call moved, for the rep to check.
    Runs inside the caller's transaction; returns how many messages changed."""
    changed = 0
    for item in waiting:
        r = stored.unsent_row(ctx.store, item.outbox_id)
        if r is None:
            continue
        identity = load_identity(ctx)
        invite = invite_for_touch(ctx, r.touch_id, identity, r.recipient,
                                  r.recipient_name) if r.invite and r.touch_id else None
        template = get_template(ctx, str(r.template))
        fields: dict[str, Any] = {}
        if item.as_rendered:
            fields["subject"], fields["body"] = _render(ctx, r)
        elif r.invite or "{slot" in template.subject + template.body:
            fields.update(state=FAILED, held_for=HELD_SLOT_MOVED, last_error=(
                f"The call moved to {when} after you edited this message: check the time "
                "in it, then send it again."), problem=Problem(SLOT_MOVED).to_json())
        if invite != r.invite:
            fields["invite"] = invite
        subject = fields.get("subject", r.subject)
        body = fields.get("body", r.body)
        if subject == r.subject and body == r.body and invite == r.invite \
                and "state" not in fields:
            continue
        message_id = r.message_id
        if r.state == FAILED or r.attempts:  # as an edit does: see edit_message
            message_id = new_message_id(r.sender)
            fields["message_id"] = message_id
            fields["superseded_ids"] = " ".join([*r.superseded_ids, r.message_id])
        fields["raw"] = compose(message_id=message_id, date=ctx.now(), sender=r.sender,
                                sender_name=r.sender_name, recipient=r.recipient,
                                recipient_name=r.recipient_name, subject=subject,
                                body=body, invite=invite)
        stored.rewrite(ctx.store, item.outbox_id, fields, ctx.now())
        changed += 1
    if changed:
        ctx.store.after_commit(lambda: ctx.changes.emit(OUTBOX))
    return changed


def recover_after_crash(ctx: AppContext) -> tuple[int, int]:
    """At start, before any sender runs: settle messages a crash left "sending".

    Returns (queued again, now uncertain).
    """
    said = Problem(INTERRUPTED)
    requeued, uncertain = stored.settle_interrupted(ctx.store, ctx.now(), _english(said),
                                                    said)
    if requeued or uncertain:
        ctx.changes.emit(OUTBOX)
    return requeued, uncertain


def hold_after_restore(ctx: AppContext) -> int:
    """After a backup is restored: messages it had waiting may have gone out since the backup
    was made, so none is sent again without the rep's say. Returns how many were held."""
    said = Problem(RESTORED)
    held = stored.make_waiting_uncertain(ctx.store, ctx.now(), _english(said), said)
    ctx.changes.emit(OUTBOX)
    return held


# -- the sender's side (runs on a worker thread with its own Store) ----------------------


def due_ids(store: Store, now: datetime) -> list[int]:
    return stored.due_ids(store, now, sorted(CALENDAR_FIXES))


def next_due_utc(store: Store) -> datetime | None:
    return stored.next_due_utc(store)


def claim(store: Store, outbox_id: int, now: datetime) -> bool:
    """Move one queued message to sending; False when someone else has it or it moved."""
    return stored.claim(store, outbox_id, now)


def _mark_handoff(store: Store, outbox_id: int, now: datetime) -> None:
    stored.mark_handoff(store, outbox_id, now)


def _complete_touch(store: Store, touch_id: int, message_id: str, now: datetime) -> None:
    stored.complete_touch(store, touch_id, f"Sent by email {message_id}", now)


def _record_result(store: Store, outbox_id: int, result: SendResult, now: datetime) -> None:
    """Keep what one attempt did. What went wrong is kept as data (``result.problem``,
    worded when shown: ``problem_text``); the retry's time and count are the message's own
    ``next_attempt_utc`` and ``attempts``, never words glued on here."""
    message = stored.get(store, outbox_id)
    assert message is not None  # claimed by this sender: it is not deleted under it
    attempts = message.attempts
    said, english = result.problem, _english(result.problem)
    with store.transaction():
        if result.outcome is Outcome.SENT:
            stored.set_result(store, outbox_id, SENT, now, "")
            if message.touch_id is not None:
                _complete_touch(store, message.touch_id, message.message_id, now)
        elif result.outcome is Outcome.UNCERTAIN:
            stored.set_result(store, outbox_id, UNCERTAIN, now, english, problem=said)
        elif result.outcome is Outcome.TEMPORARY and attempts < MAX_ATTEMPTS:
            delay = RETRY_MINUTES[min(attempts, len(RETRY_MINUTES)) - 1]
            stored.set_result(store, outbox_id, QUEUED, now, english, problem=said,
                              next_attempt=now + timedelta(minutes=delay))
        else:
            stored.set_result(store, outbox_id, FAILED, now, english, problem=said)


def _send_claimed(session: SmtpSession, store: Store, clock: Clock,
                  outbox_id: int) -> SendResult:
    envelope = stored.envelope(store, outbox_id)
    result = session.send(envelope.sender, [envelope.recipient], envelope.raw,
                          on_handoff=lambda: _mark_handoff(store, outbox_id, clock()))
    _record_result(store, outbox_id, result, clock())
    return result


def _hold(store: Store, result: SendResult, now: datetime) -> None:
    """The login was refused: nothing more is tried until the rep gives a password."""
    hold_logins(store, result.problem)
    with in_english():
        words = _held_words(result.detail)
    stored.hold_all(store, now, words, result.problem)


def deliver(store: Store, clock: Clock, config: SmtpConfig, password: str | None,
            outbox_id: int) -> SendResult | None:
    """One attempt at one message on a connection of its own; None when it was not ours
    to send (or sending is held after a refused login)."""
    if login_hold(store) is not None or not claim(store, outbox_id, clock()):
        return None
    with SmtpSession(config, password) as session:
        failed = session.open()
        if failed is not None:
            if failed.login_refused:
                _hold(store, failed, clock())
            else:
                _record_result(store, outbox_id, failed, clock())
            return failed
        return _send_claimed(session, store, clock, outbox_id)


def deliver_due(store: Store, clock: Clock, config: SmtpConfig, password: str | None,
                on_progress: Callable[[int, str], None] = lambda i, s: None,
                abort: Abort | None = None) -> list[tuple[int, SendResult]]:
    """One send pass: every due message, over one connection with at most one login.

    A refused login ends the pass and holds every waiting message until the rep gives a
    password (``password_changed``); a connection that cannot be opened counts as one
    attempt for each due message; a connection left in doubt ends the pass, and the rest
    wait for the next one. Reports each message as it starts and ends.
    """
    due = due_ids(store, clock())
    if not due or login_hold(store) is not None:
        return []
    results: list[tuple[int, SendResult]] = []
    with SmtpSession(config, password, abort) as session:
        failed = session.open()
        if abort is not None and abort.requested:
            return results  # Tickler is closing: this pass never started
        if failed is not None and failed.login_refused:
            _hold(store, failed, clock())
            for outbox_id in due:
                on_progress(outbox_id, QUEUED)
            return [(outbox_id, failed) for outbox_id in due]
        for outbox_id in due:
            if failed is None and not session.alive:
                break
            if not claim(store, outbox_id, clock()):
                continue
            on_progress(outbox_id, SENDING)
            if failed is not None:
                result = failed
                _record_result(store, outbox_id, result, clock())
            else:
                result = _send_claimed(session, store, clock, outbox_id)
            on_progress(outbox_id, str(stored.state_of(store, outbox_id)))
            results.append((outbox_id, result))
    return results
