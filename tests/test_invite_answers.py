"""A prospect's calendar answering the invite, through a real Dovecot: not a human reply.

Dana's thank-you (with the invite for Thu 17 Dec, 10:30 New York) really goes out through
aiosmtpd; her calendar's answers arrive in the rep's mailbox by IMAP APPEND, laid out as
Outlook, Google Calendar, Apple Calendar and Thunderbird write them (tests/calendar_replies).
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.domain.invite import read_invite
from desktop_app.services import mailbox as mb
from desktop_app.services import outbox
from desktop_app.services.profile import history
from desktop_app.services.queue import queue_for_day
from tests import calendar_replies as cal
from tests.imapserver import PASSWORD, dovecot_available
from tests.mailserver import PASSWORD as SMTP_PASSWORD
from tests.mailserver import configure_rep

pytestmark = [pytest.mark.imap,
              pytest.mark.skipif(not dovecot_available(), reason="needs dovecot-imapd")]

SLOT = datetime(2026, 12, 17, 15, 30, tzinfo=UTC)  # 10:30 in New York, as Dana agreed



@pytest.fixture
def smtp(ctx, mail):
    return configure_rep(ctx, mail)


@pytest.fixture
def invite_uid(ctx, smtp, thank_you, imap) -> str:
    """Dana's thank-you with its invite, really sent; the event's UID. The mailbox is then
    looked at once, so only what arrives afterwards is new."""
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    outbox.deliver_due(ctx.store, ctx.clock, smtp, SMTP_PASSWORD)
    message = outbox.get_message(ctx.store, outbox_id)
    assert message is not None and message.state == "sent"
    text = ctx.store.db.execute("SELECT invite FROM outbox WHERE id = ?",
                                [outbox_id]).fetchone()[0]
    facts = read_invite(text)
    assert facts is not None and facts.start_utc == SLOT
    assert mb.check_mailbox(ctx.store, ctx.clock, imap, PASSWORD).problem == ""
    return facts.uid


def check(ctx, config) -> mb.CheckReport:
    report = mb.check_mailbox(ctx.store, ctx.clock, config, PASSWORD)
    assert report.problem == ""
    return report


def stall_id(ctx) -> int:
    return int(ctx.store.db.execute("SELECT id FROM stalls").fetchone()[0])


def dana(ctx) -> int:
    return int(ctx.store.db.execute("SELECT id FROM prospects WHERE email = ?",
                                    [cal.PROSPECT]).fetchone()[0])


def value_touch_id(ctx) -> int:
    return int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'value'").fetchone()[0])


def value_in_queue_on_its_day(ctx, clock) -> bool:
    due = ctx.store.get_touch(value_touch_id(ctx)).due_utc
    clock.set(due + timedelta(minutes=5))
    return value_touch_id(ctx) in [r.id for r in queue_for_day(ctx)]


def mail_lines(ctx) -> dict[str, str]:
    return {e.title: e.detail for e in history(ctx, dana(ctx)) if e.kind == "mail"}


def stall_line(ctx) -> str:
    return next(e.detail for e in history(ctx, dana(ctx)) if e.kind == "stall")


@pytest.mark.parametrize("program", ["outlook", "google", "apple", "thunderbird"])
def test_an_accepted_invite_holds_nothing_and_confirms_the_call(
        ctx, clock, dovecot, imap, invite_uid, program):
    clock.advance(hours=3)
    write = getattr(cal, program)
    dovecot.deliver(write(uid=invite_uid, slot_utc=SLOT, when=clock()))

    report = check(ctx, imap)

    assert (report.replies, report.calendar_answers) == (0, 1)
    assert mb.open_notices(ctx) == []  # nothing waits at the top of Today
    assert not mb.is_paused(ctx.store, dana(ctx))
    status = mb.invite_status(ctx.store, stall_id(ctx))
    assert status is not None and status.confirmed and status.answer == "accepted"
    lines = mail_lines(ctx)
    assert "Accepted the invite for Thu 17 Dec, 10:30 (their calendar)" in lines.values()
    assert "accepted in their calendar" in stall_line(ctx)
    statuses = {e.status for e in history(ctx, dana(ctx))}
    assert "Paused: they replied" not in statuses
    assert value_in_queue_on_its_day(ctx, clock)  # the plan's next email still goes


def test_a_tentative_acceptance_in_german_outlook_is_no_reply_either(
        ctx, clock, dovecot, imap, invite_uid, smtp):
    reminder = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'reminder'").fetchone()[0])
    waiting = outbox.queue_touch_email(ctx, reminder)  # waiting in the Outbox
    dovecot.deliver(cal.outlook(uid=invite_uid, slot_utc=SLOT, when=clock(),
                                partstat="TENTATIVE", language="de"))

    assert check(ctx, imap).calendar_answers == 1
    assert mb.open_notices(ctx) == []
    assert outbox.get_message(ctx.store, waiting).hold is None
    outbox.deliver_due(ctx.store, ctx.clock, smtp, SMTP_PASSWORD)
    assert outbox.get_message(ctx.store, waiting).state == outbox.SENT  # not held
    assert mb.invite_status(ctx.store, stall_id(ctx)).confirmed
    assert "tentatively accepted in their calendar" in stall_line(ctx)
    assert value_in_queue_on_its_day(ctx, clock)


def test_a_declined_invite_holds_the_plans_emails_as_a_reply_does(
        ctx, clock, dovecot, imap, invite_uid, smtp):
    from desktop_app.views.mail.outbox_view import hold_words

    reminder = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'reminder'").fetchone()[0])
    waiting = outbox.queue_touch_email(ctx, reminder)  # queued before the answer came
    clock.advance(hours=3)
    dovecot.deliver(cal.google(uid=invite_uid, slot_utc=SLOT, when=clock(),
                               partstat="DECLINED"))

    report = check(ctx, imap)

    assert report.replies == 1
    notices = mb.open_notices(ctx)
    assert [n.label for n in notices] == ["Declined the invite"]
    assert mb.is_paused(ctx.store, dana(ctx))
    message = outbox.get_message(ctx.store, waiting)
    assert message.hold is not None and message.hold.reason == outbox.HELD_DECLINED
    assert hold_words(message.hold, "Europe/London") == \
        "Held: they declined the invite on 23 Nov"
    outbox.deliver_due(ctx.store, ctx.clock, smtp, SMTP_PASSWORD)
    assert outbox.get_message(ctx.store, waiting).state == outbox.QUEUED  # it did not go
    assert "Paused: they declined the invite" in {e.status for e in history(ctx, dana(ctx))}
    assert "declined in their calendar" in stall_line(ctx)
    assert not value_in_queue_on_its_day(ctx, clock)

    mb.resume_plan(ctx, notices[0].id)  # the rep read it: the plan goes on
    assert value_in_queue_on_its_day(ctx, clock)


def test_an_answer_to_the_old_invite_does_not_confirm_the_moved_call(
        ctx, clock, dovecot, imap, invite_uid, smtp):
    from desktop_app.services.touches import reschedule_touch

    callback = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'callback'").fetchone()[0])
    reschedule_touch(ctx, callback, datetime(2026, 12, 18, 14, 0))  # their time
    moved = ctx.store.get_stall(stall_id(ctx)).slot_utc
    assert moved == datetime(2026, 12, 18, 19, 0, tzinfo=UTC)
    update = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'invite_update'").fetchone()[0])
    outbox.queue_touch_email(ctx, update)
    outbox.deliver_due(ctx.store, ctx.clock, smtp, SMTP_PASSWORD)  # SEQUENCE 1 goes out
    clock.advance(hours=1)
    # Apple answers the first invite (the old time, SEQUENCE 0) after the update left
    dovecot.deliver(cal.apple(uid=invite_uid, slot_utc=SLOT, when=clock()))

    assert check(ctx, imap).calendar_answers == 1

    status = mb.invite_status(ctx.store, stall_id(ctx))
    assert status is not None and status.answer == "accepted"
    assert not status.current and not status.confirmed
    assert "in their calendar" not in stall_line(ctx)
    assert ("Accepted the invite for Thu 17 Dec, 10:30 (their calendar) · an earlier time: "
            "the call is now Fri 18 Dec, 14:00") in mail_lines(ctx).values()

    # Thunderbird then accepts the update: now the moved call is in their calendar
    clock.advance(hours=1)
    dovecot.deliver(cal.thunderbird(uid=invite_uid, slot_utc=moved, sequence=1, when=clock()))
    check(ctx, imap)
    assert mb.invite_status(ctx.store, stall_id(ctx)).confirmed
    assert "accepted in their calendar" in stall_line(ctx)


def test_an_answer_naming_no_time_is_placed_by_the_version_it_answers(
        ctx, clock, dovecot, imap, invite_uid, smtp):
    """Some servers answer with the UID and SEQUENCE alone: SEQUENCE 0 is the first invite,
    whose time the call has moved from."""
    from desktop_app.services.touches import reschedule_touch

    callback = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'callback'").fetchone()[0])
    reschedule_touch(ctx, callback, datetime(2026, 12, 18, 14, 0))
    raw = cal.outlook(uid=invite_uid, slot_utc=SLOT, when=clock())
    bare = _without_start(raw)
    dovecot.deliver(bare)

    check(ctx, imap)

    status = mb.invite_status(ctx.store, stall_id(ctx))
    assert status.slot_utc == SLOT and not status.confirmed


def _without_start(raw: bytes) -> bytes:
    """The Outlook answer with DTSTART and DTEND taken out of its calendar part."""
    import base64
    from email import message_from_bytes, policy

    msg = message_from_bytes(raw, policy=policy.compat32)
    for part in msg.walk():
        if part.get_content_type() == "text/calendar":
            text = base64.b64decode(part.get_payload()).decode()
            text = "".join(line for line in text.splitlines(keepends=True)
                           if not line.startswith(("DTSTART", "DTEND")))
            part.set_payload(base64.b64encode(text.encode()).decode())
    return msg.as_bytes()


def test_a_counter_proposal_is_a_reply_that_names_the_new_time(
        ctx, clock, dovecot, imap, invite_uid):
    dovecot.deliver(cal.outlook(uid=invite_uid, slot_utc=SLOT, when=clock(),
                                method="COUNTER", partstat="TENTATIVE",
                                proposed_utc=datetime(2026, 12, 18, 16, 0, tzinfo=UTC)))

    assert check(ctx, imap).replies == 1
    notices = mb.open_notices(ctx)
    assert [n.label for n in notices] == ["Proposed another time"]
    assert mb.is_paused(ctx.store, dana(ctx))
    assert "Proposed Fri 18 Dec, 11:00 instead (their calendar)" in mail_lines(ctx).values()
    assert not mb.invite_status(ctx.store, stall_id(ctx)).confirmed


def test_an_acceptance_with_their_words_needs_reading_and_still_confirms(
        ctx, clock, dovecot, imap, invite_uid):
    dovecot.deliver(cal.google(uid=invite_uid, slot_utc=SLOT, when=clock(),
                               note="Happy to talk - can you bring the pricing sheet?"))

    assert check(ctx, imap).replies == 1
    notices = mb.open_notices(ctx)
    assert [n.label for n in notices] == ["Accepted the invite"]
    assert notices[0].first_lines == "Happy to talk - can you bring the pricing sheet?"
    assert mb.is_paused(ctx.store, dana(ctx))
    assert mb.invite_status(ctx.store, stall_id(ctx)).confirmed


def test_a_subject_alone_is_read_when_no_calendar_part_came(
        ctx, clock, dovecot, imap, invite_uid):
    thank_you_id = ctx.store.db.execute(
        "SELECT message_id FROM outbox WHERE invite IS NOT NULL").fetchone()[0]
    dovecot.deliver(cal.subject_only(subject=f"Angenommen: {cal.SUMMARY}", when=clock(),
                                     in_reply_to=thank_you_id))

    assert check(ctx, imap).calendar_answers == 1
    assert mb.open_notices(ctx) == []
    assert mb.invite_status(ctx.store, stall_id(ctx)).confirmed  # the invite it answers


def test_a_person_answering_the_answer_is_a_reply(ctx, clock, dovecot, imap, invite_uid):
    dovecot.deliver(cal.subject_only(subject=f"Re: Accepted: {cal.SUMMARY}", when=clock(),
                                     text="Sam, one more thing: my colleague joins too."))

    assert check(ctx, imap).replies == 1
    assert [n.label for n in mb.open_notices(ctx)] == ["They replied"]


def test_a_refusal_of_a_time_the_call_moved_from_is_only_noted(
        ctx, clock, dovecot, imap, invite_uid):
    """The rep moved the call; their calendar then takes the old time out: no news."""
    from desktop_app.services.touches import reschedule_touch

    callback = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'callback'").fetchone()[0])
    reschedule_touch(ctx, callback, datetime(2026, 12, 18, 14, 0))
    dovecot.deliver(cal.thunderbird(uid=invite_uid, slot_utc=SLOT, when=clock(),
                                    partstat="DECLINED"))

    report = check(ctx, imap)

    assert (report.replies, report.calendar_answers) == (0, 1)
    assert mb.open_notices(ctx) == [] and not mb.is_paused(ctx.store, dana(ctx))
    assert ("Declined the invite for Thu 17 Dec, 10:30 (their calendar) · an earlier time: "
            "the call is now Fri 18 Dec, 14:00") in mail_lines(ctx).values()
    assert "in their calendar" not in stall_line(ctx)
