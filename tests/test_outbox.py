"""Email end to end against a real SMTP server (aiosmtpd, STARTTLS + AUTH, verified TLS).

Every failure case ends with the message either delivered exactly once or visible in the
outbox with its reason; nothing is lost and nothing is sent twice.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import textwrap
from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from desktop_app.platform.smtp import Security, SmtpConfig
from desktop_app.services import ValidationError, outbox
from desktop_app.services import email as email_service
from tests.mailserver import PASSWORD, USER, MailServer, configure_rep, free_port

pytestmark = pytest.mark.smtp


@pytest.fixture
def config(ctx, mail: MailServer) -> SmtpConfig:
    return configure_rep(ctx, mail)


def send_due(ctx, config, password=PASSWORD):
    return outbox.deliver_due(ctx.store, ctx.clock, config, password)


def state(ctx, outbox_id):
    message = outbox.get_message(ctx.store, outbox_id)
    assert message is not None
    return message


def test_thank_you_arrives_with_contact_block_and_a_valid_invite(ctx, config, mail, thank_you):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    stored = state(ctx, outbox_id)
    assert stored.state == "queued" and stored.message_id.startswith("<")

    send_due(ctx, config)

    assert mail.logins == [USER]
    assert len(mail.received) == 1
    received = mail.received[0]
    assert received.rcpt_tos == ["dana@hudson-dental.example"]
    msg = received.message
    assert msg["Message-ID"] == stored.message_id
    assert msg["From"] == f"Sam Rivers <{USER}>"
    assert msg["To"] == "Dana Whitfield <dana@hudson-dental.example>"
    assert msg["Subject"] == "Thank you, Dana — our call on Thursday 17 December"
    body = msg.get_body(("plain",)).get_content()
    assert "I will call you on Thursday 17 December at 10:30 (New York time)" in body
    for part in ("Sam Rivers", "Account Executive, Northwind Maintenance Software",
                 "Phone: +44 20 7946 0000", f"Email: {USER}", "https://northwind.example"):
        assert part in body
    calendars = [p for p in msg.walk() if p.get_content_type() == "text/calendar"]
    assert calendars and calendars[0].get_param("method") == "REQUEST"
    cal = Calendar.from_ical(calendars[0].get_content())
    assert str(cal["METHOD"]) == "REQUEST"
    event = cal.walk("VEVENT")[0]
    start = event["DTSTART"]
    assert start.params["TZID"] == "America/New_York"
    assert start.dt.replace(tzinfo=None) == datetime(2026, 12, 17, 10, 30)
    assert str(start.dt.tzinfo) == "America/New_York"
    assert str(event["ATTENDEE"]) == "mailto:dana@hudson-dental.example"
    assert event["ATTENDEE"].params["CN"] == "Dana Whitfield"
    assert str(event["ORGANIZER"]) == f"mailto:{USER}"
    assert cal.walk("VTIMEZONE")[0]["TZID"] == "America/New_York"
    assert any(p.get_filename() == "invite.ics" for p in msg.walk())

    assert state(ctx, outbox_id).state == "sent"
    assert ctx.store.get_touch(thank_you).status == "done"


def test_the_message_is_stored_before_the_first_attempt_and_a_second_click_adds_nothing(
        ctx, config, mail, thank_you):
    first = outbox.queue_touch_email(ctx, thank_you)
    assert outbox.queue_touch_email(ctx, thank_you) == first
    assert mail.received == []
    rows = ctx.store.db.execute("SELECT message_id, state, raw FROM outbox").fetchall()
    assert len(rows) == 1 and rows[0][1] == "queued"
    assert rows[0][0].encode() in rows[0][2]
    send_due(ctx, config)
    send_due(ctx, config)
    assert len(mail.received) == 1
    with pytest.raises(ValidationError, match="already sent"):
        outbox.queue_touch_email(ctx, thank_you)


def test_an_email_waiting_for_a_plan_that_ended_does_not_go(ctx, config, mail, thank_you):
    """The thank-you waits in the Outbox (server down); the prospect then says "not
    interested" by a new stall that ends the plan. The waiting email must not reach them;
    undoing the end of the plan would make it due again."""
    from desktop_app.domain.model import StallKind
    from desktop_app.services.stalls import StallRequest, log_stall

    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    pid = ctx.store.db.execute("SELECT prospect_id FROM touches WHERE id = ?",
                               [thank_you]).fetchone()[0]
    log_stall(ctx, StallRequest(pid, StallKind.GONE_DARK))
    assert ctx.store.db.execute("SELECT status FROM touches WHERE id = ?",
                                [thank_you]).fetchone()[0] == "cancelled"
    send_due(ctx, config)
    assert mail.received == []
    assert state(ctx, outbox_id).state == "queued"  # kept, not dropped


def test_server_down_is_retried_with_back_off_and_sent_once(ctx, config, mail, thank_you, clock):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    down = SmtpConfig("127.0.0.1", free_port(), Security.STARTTLS, USER, config.ca_file)
    send_due(ctx, down)
    message = state(ctx, outbox_id)
    assert message.state == "queued" and message.attempts == 1
    assert "refused the connection" in message.last_error
    assert message.next_attempt_utc == clock() + timedelta(minutes=1)
    assert send_due(ctx, config) == []  # not due yet
    clock.advance(minutes=1)
    send_due(ctx, down)
    assert state(ctx, outbox_id).next_attempt_utc == clock() + timedelta(minutes=5)
    clock.advance(minutes=5)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    assert len(mail.received) == 1


def test_gives_up_after_the_last_retry_and_says_why(ctx, config, thank_you, clock):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    down = SmtpConfig("127.0.0.1", free_port(), Security.STARTTLS, USER, config.ca_file)
    for _ in range(outbox.MAX_ATTEMPTS):
        send_due(ctx, down)
        clock.advance(hours=4)
    message = state(ctx, outbox_id)
    assert message.state == "failed"
    assert outbox.problem_text(message, ctx.rep_timezone) == (
        "127.0.0.1 refused the connection (server down, or the wrong port). "
        f"Gave up after {outbox.MAX_ATTEMPTS} attempts.")
    assert "Gave up" not in message.last_error  # worded when shown, never stored
    assert ctx.store.get_touch(thank_you).status == "pending"


def test_421_is_temporary(ctx, config, mail, thank_you, clock):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    mail.data_reply = "421 4.3.2 System not accepting network messages"
    send_due(ctx, config)
    message = state(ctx, outbox_id)
    assert message.state == "queued"
    assert "421 4.3.2 System not accepting network messages" in message.last_error
    mail.data_reply = None
    clock.advance(minutes=1)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent" and len(mail.received) == 1


def queue_plain(ctx, recipient, subject="A note", body="Hello.\n"):
    return outbox.queue_email(ctx, recipient=recipient, recipient_name="", subject=subject,
                              body=body)


def test_a_pass_uses_one_connection_and_one_login_for_all_its_messages(ctx, config, mail,
                                                                      thank_you):
    ids = [outbox.queue_touch_email(ctx, thank_you)] + [
        queue_plain(ctx, f"p{n}@example.com") for n in range(3)]
    send_due(ctx, config)
    assert [state(ctx, i).state for i in ids] == ["sent"] * 4
    assert mail.connections == 1 and mail.logins == [USER]
    assert len(mail.received) == 4


def test_a_wrong_password_costs_one_failed_login_and_holds_until_the_rep_changes_it(
        ctx, config, mail, thank_you, clock):
    ids = [outbox.queue_touch_email(ctx, thank_you)] + [
        queue_plain(ctx, f"p{n}@example.com") for n in range(3)]
    send_due(ctx, config, password="not-the-password")
    assert mail.connections == 1 and mail.failed_logins == 1  # not PLAIN and then LOGIN
    for outbox_id in ids:
        message = state(ctx, outbox_id)
        assert message.state == "queued" and message.attempts == 0
        assert message.last_error.startswith("Held: The server refused the login: 535")
        assert "Authentication credentials invalid" in message.last_error
    assert outbox.problem_count(ctx) == 4
    # No pass signs in again on its own, however often it runs, until the rep says so.
    for _ in range(3):
        clock.advance(minutes=30)
        assert send_due(ctx, config, password="not-the-password") == []
        assert outbox.deliver(ctx.store, ctx.clock, config, PASSWORD, ids[0]) is None
    assert mail.connections == 1 and mail.failed_logins == 1 and mail.received == []

    email_service.password_changed(ctx)
    send_due(ctx, config)
    assert [state(ctx, i).state for i in ids] == ["sent"] * 4
    assert mail.connections == 2 and mail.failed_logins == 1 and len(mail.received) == 4
    assert email_service.login_hold(ctx.store) is None


def test_a_new_account_lifts_the_hold_of_the_old_one(ctx, config, mail, thank_you):
    outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, config, password="not-the-password")
    assert email_service.login_hold(ctx.store)
    email_service.save_smtp(ctx, SmtpConfig("127.0.0.1", mail.port, Security.STARTTLS,
                                            "someone-else@example.com", config.ca_file))
    assert email_service.login_hold(ctx.store) is None


def test_550_5_7_30_is_the_provider_refusing_passwords_in_its_own_words(ctx, config, mail,
                                                                      thank_you):
    mail.auth_reply = ("550 5.7.30 Basic authentication is not supported for Client "
                       "Submission.")
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, config)
    message = state(ctx, outbox_id)
    assert message.state == "queued" and mail.failed_logins == 1
    assert "Microsoft no longer accepts a password" in message.last_error
    assert "Changing the password will not help" in message.last_error
    assert "app password" in message.last_error
    assert "550 5.7.30 Basic authentication is not supported" in message.last_error
    send_due(ctx, config)
    assert mail.failed_logins == 1


@pytest.mark.parametrize(("host", "provider", "words"), [
    ("smtp.office365.com", "Microsoft", "550 5.7.30"),
    ("smtp-mail.outlook.com", "Microsoft", "SMTP AUTH"),
    ("SMTP.Gmail.com", "Google", "myaccount.google.com/apppasswords"),
    ("smtp.googlemail.com", "Google", "app password"),
    ("smtp.mail.yahoo.com", "Yahoo", "app password"),
    ("smtp.mail.me.com", "iCloud", "App-Specific Passwords"),
])
def test_providers_that_refuse_passwords_are_known_by_host(host, provider, words):
    from desktop_app.platform.smtp import provider_note

    note = provider_note(host)
    assert note is not None and provider in note.provider and words in note.before
    assert "Email settings" in note.refused


@pytest.mark.parametrize("host", ["smtp.example.com", "notgmail.com.example", "127.0.0.1"])
def test_other_hosts_get_no_provider_note(host):
    from desktop_app.platform.smtp import provider_note

    assert provider_note(host) is None


def test_a_password_smtp_cannot_carry_stops_with_words_not_a_python_error(
        ctx, config, mail, thank_you):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, config, password="Pässwörter-2026")
    message = state(ctx, outbox_id)
    assert message.state == "queued"  # held: retrying the same password would not help
    assert email_service.login_hold(ctx.store)
    assert "can't carry" in message.last_error and "Error" not in message.last_error
    assert "Pässwörter" not in message.last_error
    assert mail.received == []


def test_550_rejected_recipient_is_permanent(ctx, config, mail, thank_you, clock):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    mail.rcpt_reply = "550 5.1.1 <dana@hudson-dental.example>: Recipient address rejected"
    send_due(ctx, config)
    message = state(ctx, outbox_id)
    assert message.state == "failed"
    assert "550 5.1.1" in message.last_error and "Recipient address rejected" in (
        message.last_error)
    clock.advance(days=1)
    send_due(ctx, config)
    assert mail.received == [] and state(ctx, outbox_id).attempts == 1


def test_connection_dropped_mid_message_is_retried_and_delivered_once(ctx, config, mail,
                                                                      thank_you, clock):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    # A body larger than the socket buffers, so the drop is seen while writing it.
    outbox.edit_message(ctx, outbox_id, "Thank you", "A long letter.\n" * 400_000)
    mail.drop_mid_message = True
    send_due(ctx, config)
    message = state(ctx, outbox_id)
    assert message.state == "queued", message.last_error
    assert mail.received == []
    mail.drop_mid_message = False
    clock.advance(minutes=1)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent" and len(mail.received) == 1


def test_no_answer_after_the_whole_message_is_uncertain_and_not_resent(ctx, config, mail,
                                                                       thank_you, clock):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    mail.drop_after_data = True
    send_due(ctx, config)
    message = state(ctx, outbox_id)
    assert message.state == "uncertain"
    assert "may or may not have been delivered" in message.last_error
    mail.drop_after_data = False
    clock.advance(days=1)
    send_due(ctx, config)
    assert len(mail.received) == 1
    with pytest.raises(ValidationError, match="may already have been delivered"):
        outbox.retry_message(ctx, outbox_id)
    with pytest.raises(ValidationError, match="may already have been delivered"):
        outbox.queue_touch_email(ctx, thank_you)
    outbox.mark_sent(ctx, outbox_id)
    assert state(ctx, outbox_id).state == "sent"
    assert ctx.store.get_touch(thank_you).status == "done"
    assert len(mail.received) == 1


def test_the_rep_can_resend_an_uncertain_message(ctx, config, mail, thank_you):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    mail.drop_after_data = True
    send_due(ctx, config)
    mail.drop_after_data = False
    outbox.retry_message(ctx, outbox_id, confirm_uncertain=True)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    assert [r.message["Message-ID"] for r in mail.received] == [state(ctx, outbox_id)
                                                                 .message_id] * 2


_CRASHING_SENDER = textwrap.dedent("""
    import os, sys
    from datetime import UTC, datetime
    from desktop_app.platform.smtp import Security, SmtpConfig
    from desktop_app.services import outbox
    from desktop_app.store import Store

    def die(*args, **kwargs):
        os._exit(9)

    setattr(outbox, sys.argv[2], die)
    store = Store.open(sys.argv[1])
    config = SmtpConfig("127.0.0.1", int(sys.argv[3]), Security.STARTTLS,
                        username=sys.argv[4], ca_file=sys.argv[5])
    outbox.deliver(store, lambda: datetime(2026, 11, 23, 9, 5, tzinfo=UTC), config,
                   os.environ["SMTP_TEST_PASSWORD"], int(sys.argv[6]))
""")


def _crash_while_sending(ctx, config, outbox_id, where):
    """A separate process sends and dies at ``where``, as a killed app would."""
    env = dict(os.environ, SMTP_TEST_PASSWORD=PASSWORD, PYTHONPATH=os.getcwd())
    done = subprocess.run(
        [sys.executable, "-c", _CRASHING_SENDER, str(ctx.store.path), where,
         str(config.port), USER, config.ca_file, str(outbox_id)],
        env=env, capture_output=True, timeout=60)
    assert done.returncode == 9, done.stderr.decode()


def test_a_crash_between_hand_off_and_record_is_uncertain_never_a_duplicate(
        ctx, config, mail, thank_you, clock):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    _crash_while_sending(ctx, config, outbox_id, "_record_result")
    assert len(mail.received) == 1
    assert state(ctx, outbox_id).state == "sending"

    assert outbox.recover_after_crash(ctx) == (0, 1)  # the next start
    message = state(ctx, outbox_id)
    assert message.state == "uncertain" and "may or may not" in message.last_error
    clock.advance(hours=1)
    send_due(ctx, config)
    assert len(mail.received) == 1


def test_a_crash_before_hand_off_sends_the_message_once_at_the_next_start(
        ctx, config, mail, thank_you):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    _crash_while_sending(ctx, config, outbox_id, "_mark_handoff")
    assert mail.received == []
    assert outbox.recover_after_crash(ctx) == (1, 0)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    assert len(mail.received) == 1


def test_line_breaks_in_names_and_subject_cannot_add_headers(ctx, config, mail, prospect_id):
    email_service.save_identity(ctx, email_service.RepIdentity(
        name="Sam\r\nBcc: spy@evil.example", email=USER))
    outbox_id = outbox.queue_email(
        ctx, recipient="maria@harbourview.example",
        recipient_name="Maria\nBcc: spy@evil.example",
        subject="Hello\r\nBcc: spy@evil.example\r\n\r\nInjected body", body="Real body.\n")
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    received = mail.received[0]
    assert received.rcpt_tos == ["maria@harbourview.example"]
    msg = received.message
    assert msg["Bcc"] is None
    assert msg["Subject"] == "Hello Bcc: spy@evil.example Injected body"
    assert msg.get_body(("plain",)).get_content().strip() == "Real body."
    assert b"\nBcc:" not in received.data


@pytest.mark.parametrize("address", ["not-an-address", "dana@", "a b@example.com",
                                     "dana@example.com\r\nBcc: x@evil.example"])
def test_bad_addresses_are_refused_before_queuing(ctx, config, address):
    with pytest.raises(ValidationError):
        outbox.queue_email(ctx, recipient=address, recipient_name="Dana", subject="Hi",
                           body="Hello\n")
    assert ctx.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0


def test_an_untrusted_certificate_is_refused(ctx, config, mail, thank_you):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    untrusted = SmtpConfig("127.0.0.1", mail.port, Security.STARTTLS, USER)
    send_due(ctx, untrusted)
    message = state(ctx, outbox_id)
    assert message.state == "failed"
    assert "certificate could not be verified" in message.last_error
    assert mail.received == [] and mail.logins == []


def test_a_password_is_never_sent_unencrypted(ctx, mail):
    from desktop_app.platform.smtp import send_message

    plain = SmtpConfig("127.0.0.1", mail.port, Security.PLAIN, USER)
    result = send_message(plain, PASSWORD, USER, ["x@example.com"], b"Subject: x\r\n\r\nx")
    assert result.outcome == "permanent" and "unencrypted" in result.detail
    with pytest.raises(ValidationError, match="Confirm the warning"):
        email_service.save_smtp(ctx, plain)
    with pytest.raises(ValidationError, match="never sent over an unencrypted"):
        email_service.save_smtp(ctx, plain, plain_confirmed=True, has_password=True)


def test_the_password_is_in_no_file_setting_or_log(ctx, config, mail, thank_you, caplog,
                                                   _isolated_home):
    from keyring.backends import fail

    from desktop_app.platform.secrets import SecretStore

    caplog.set_level(logging.DEBUG)
    secrets = SecretStore(fail.Keyring())
    account = email_service.keyring_account(config)
    assert secrets.set_password(account, PASSWORD) is False
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, config, password=PASSWORD[::-1])  # a refused login first
    email_service.password_changed(ctx)
    send_due(ctx, config, password=secrets.get_password(account))
    assert state(ctx, outbox_id).state == "sent"
    ctx.store.db.execute("PRAGMA wal_checkpoint(FULL)")

    secret = PASSWORD.encode()
    for path in [ctx.store.path, *ctx.store.path.parent.glob("*"), *_isolated_home.rglob("*")]:
        if path.is_file():
            assert secret not in path.read_bytes(), path
            assert secret[::-1] not in path.read_bytes(), path
    values = " ".join(str(v) for (v,) in ctx.store.db.execute("SELECT value FROM settings"))
    assert PASSWORD not in values
    assert PASSWORD not in caplog.text and PASSWORD[::-1] not in caplog.text
    errors = " ".join(r[0] for r in ctx.store.db.execute("SELECT last_error FROM outbox"))
    assert PASSWORD not in errors and PASSWORD[::-1] not in errors


def test_a_test_email_goes_to_the_rep(ctx, config, mail):
    outbox.queue_test_email(ctx)
    send_due(ctx, config)
    assert mail.received[0].rcpt_tos == [USER]


def test_discard_and_edit_in_the_outbox(ctx, config, mail, thank_you):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    with pytest.raises(ValidationError, match=r"Replace \[write why here\]"):
        outbox.edit_message(ctx, outbox_id, "Thanks, Dana", "Because [write why here].\n")
    assert "[write why here]" not in outbox.get_message(ctx.store, outbox_id).body
    outbox.edit_message(ctx, outbox_id, "Thanks, Dana", "Edited text.\n")
    outbox.discard_message(ctx, outbox_id)
    send_due(ctx, config)
    assert mail.received == []
    assert outbox.list_outbox(ctx) == []
    # discarding frees the touch for a fresh message
    again = outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, config)
    assert again != outbox_id and len(mail.received) == 1
    with pytest.raises(ValidationError):
        outbox.edit_message(ctx, again, "Too late", "x\n")


def test_restoring_a_backup_never_sends_its_waiting_messages_a_second_time(
        ctx, config, mail, thank_you, tmp_path):
    from desktop_app.services.backup import backup_database, restore_backup

    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    backup = tmp_path / "before-sending.sqlite3"
    backup_database(ctx, backup)  # the backup holds the message as queued
    send_due(ctx, config)
    assert len(mail.received) == 1

    restore_backup(ctx, backup)
    message = state(ctx, outbox_id)
    assert message.state == "uncertain"
    assert "Restored from a backup" in message.last_error
    send_due(ctx, config)
    assert len(mail.received) == 1  # not sent again without the rep's say


# -- hostile data in headers ---------------------------------------------------------------

INJECTIONS = {
    "Q": "=?utf-8?q?Priya=0D=0ABcc=3A_spy=40evil=2Eexample=0D=0AReply-To=3A_spy=40evil"
         "=2Eexample=0D=0ATo=3A_spy=40evil=2Eexample?=",
    "B": "=?UTF-8?B?UHJpeWENCkJjYzogc3B5QGV2aWwuZXhhbXBsZQ0KUmVwbHktVG86IHNweUBldmlsLmV4YW1w"
         "bGUNClRvOiBzcHlAZXZpbC5leGFtcGxl?=",
    "nested": "=?utf-8?q?=3D=3Futf-8=3Fq=3FPriya=3D0D=3D0ABcc=3D3A=3D20spy=3D40evil=3D2E"
              "example=3F=3D?=",
}


def stalled_prospect(ctx, fields) -> int:
    """A prospect who said "call me next month" and booked a slot; their thank-you touch."""
    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.prospects import create_prospect
    from desktop_app.services.stalls import StallRequest, log_stall

    pid = create_prospect(ctx, fields)
    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "Call me next month",
                                datetime(2026, 12, 17, 10, 30), SlotQuality.BOOKED))
    return int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = 'thank_you'",
        [pid]).fetchone()[0])


def parsed(received):
    """The message as a reader that knows SMTPUTF8 sees it (headers may be UTF-8)."""
    from email import message_from_string, policy

    return message_from_string(received.data.decode("utf-8"), policy=policy.default)


def plain_body(received) -> str:
    return received.message.get_body(("plain",)).get_content().replace("\r\n", "\n")


def header_names(data: bytes) -> list[str]:
    head = data.split(b"\r\n\r\n", 1)[0].decode("utf-8", "replace")
    return [line.split(":", 1)[0].lower() for line in head.split("\r\n")
            if line and not line[0].isspace()]


def assert_no_added_headers(received, recipient):
    assert received.rcpt_tos == [recipient]
    msg = received.message
    names = header_names(received.data)
    assert "bcc" not in names and "reply-to" not in names
    assert names.count("to") == 1 and names.count("from") == 1
    assert len(msg.get_all("To")) == 1 and len(msg["To"].addresses) == 1
    assert msg["To"].addresses[0].addr_spec == recipient
    assert msg["From"].addresses[0].addr_spec == USER
    for name in ("From", "To", "Subject"):
        assert "\n" not in str(msg[name]) and "\r" not in str(msg[name])
    assert b"\r\nBcc:" not in received.data and b"\nbcc:" not in received.data.lower()


@pytest.mark.parametrize("form", INJECTIONS)
@pytest.mark.parametrize("where", ["first_name", "last_name", "company"])
def test_encoded_words_from_the_book_cannot_add_headers(ctx, config, mail, form, where):

    fields = {"first_name": "Dana", "last_name": "Whitfield", "company": "Hudson Dental",
              "email": "dana@hudson-dental.example", "timezone": "America/New_York"}
    fields[where] = INJECTIONS[form]
    touch = stalled_prospect(ctx, fields)
    email_service.save_template(ctx, email_service.TemplateText(
        "thank_you", "Hostile", "For {{first_name}} {{last_name}} at {{company}}",
        "Dear {{first_name}},\n\n{{company}} — {{reason}}.\n\n{{contact_block}}\n", True))
    outbox_id = outbox.queue_touch_email(ctx, touch)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    assert_no_added_headers(mail.received[0], "dana@hudson-dental.example")
    subject = str(mail.received[0].message["Subject"])
    assert "Priya" in subject and "=?" not in subject.replace("= ?", "")


@pytest.mark.parametrize("form", INJECTIONS)
def test_encoded_words_from_the_rep_cannot_add_headers(ctx, config, mail, thank_you, form):
    email_service.save_identity(ctx, email_service.RepIdentity(
        name=INJECTIONS[form], company=INJECTIONS[form], email=USER,
        value_statement="Clinics like yours cut call-outs by a third."))
    first = outbox.queue_email(ctx, recipient="maria@harbourview.example",
                               recipient_name=INJECTIONS[form], subject=INJECTIONS[form],
                               body="Real body.\n")
    second = outbox.queue_touch_email(ctx, thank_you)
    outbox.edit_message(ctx, second, f"Re: {INJECTIONS[form]}", "Edited body.\n")
    send_due(ctx, config)
    assert state(ctx, first).state == state(ctx, second).state == "sent"
    assert_no_added_headers(mail.received[0], "maria@harbourview.example")
    assert_no_added_headers(mail.received[1], "dana@hudson-dental.example")
    assert plain_body(mail.received[0]) == "Real body.\n"


def test_header_text_decodes_until_nothing_is_left_to_decode():
    from desktop_app.domain.mail_headers import header_text, is_header_safe

    for hostile in INJECTIONS.values():
        safe = header_text(hostile)
        assert is_header_safe(safe) and "\n" not in safe and "\r" not in safe
    assert header_text("Zoë =?iso-8859-1?q?M=FCller?=") == "Zoë Müller"
    assert header_text("Line\u2028break\x85and\ttab") == "Line break and tab"
    assert header_text("Plain name, Ltd. (UK)") == "Plain name, Ltd. (UK)"


def test_encoded_words_side_by_side_read_as_one_as_a_mail_program_reads_them(ctx, config,
                                                                            mail):
    """RFC 2047: white space between adjacent encoded words is dropped, and a character may
    be split between them. A name imported as such words arrives as the name, not
    "M\ufffd \ufffdller" — and one hiding a line break still adds no header."""
    from desktop_app.domain.mail_headers import header_text

    assert header_text("=?utf-8?q?M=C3?= =?utf-8?q?=BCller?=") == "Müller"
    assert header_text("=?utf-8?b?SsO8cmdlbiBN?= =?UTF-8?B?w7xsbGVy?=") == "Jürgen Müller"
    assert header_text("=?iso-8859-1?q?J=FCrgen?= =?utf-8?q?_M=C3=BCller?=") == (
        "Jürgen Müller")
    assert header_text("Dr =?utf-8?q?Priya=0D?= =?utf-8?q?=0ABcc=3A_spy=40evil=2Eexample?="
                       ) == "Dr Priya Bcc: spy@evil.example"
    outbox_id = outbox.queue_email(
        ctx, recipient="jm@mueller.example",
        recipient_name="=?utf-8?b?SsO8cmdlbiBN?= =?utf-8?b?w7xsbGVy?=",
        subject="F=?utf-8?q?=C3?= =?utf-8?q?=BCr?= =?utf-8?q?_Sie=0D?= =?utf-8?q?=0ABcc:_x@y?=",
        body="Hello.\n")
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    received = mail.received[0]
    assert_no_added_headers(received, "jm@mueller.example")
    assert received.message["To"].addresses[0].display_name == "Jürgen Müller"
    assert "Für Sie" in str(received.message["Subject"])


# -- 7-bit parts, 8BITMIME, international addresses ------------------------------------------

@pytest.mark.parametrize("offered", [False, True])
def test_every_part_is_7_bit_whatever_the_server_offers(ctx, config, mail, offered):
    from desktop_app.services.prospects import create_prospect

    mail.offer_8bitmime = offered
    create_prospect(ctx, {"first_name": "Zoë", "last_name": "Brontë", "company": "Café Ñu",
                          "email": "zoe@cafe.example", "timezone": "Europe/Paris"})
    body = "Grüße aus Köln — the price is 40 € (≈ £35).\n" + "é" * 200 + "\n"
    outbox_id = outbox.queue_email(ctx, recipient="zoe@cafe.example",
                                   recipient_name="Zoë Brontë", subject="Café Ñu — prix",
                                   body=body)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    received = mail.received[0]
    assert received.data.isascii()
    assert not any(o.upper().startswith("BODY=8BITMIME") for o in received.mail_options)
    msg = received.message
    assert plain_body(received) == body
    assert str(msg["Subject"]) == "Café Ñu — prix"
    assert msg["To"].addresses[0].display_name == "Zoë Brontë"
    for part in msg.walk():
        assert part.get("Content-Transfer-Encoding", "7bit").lower() in (
            "7bit", "quoted-printable", "base64")


def test_control_characters_in_a_body_go_quoted_printable_and_arrive_as_written(
        ctx, config, mail):
    """A NUL or an escape pasted into a message is not 7bit data (RFC 2045): the part is
    quoted-printable, so no server strips or refuses it and the reader gets the text."""
    body = "Hello\x00 there.\nPrice:\x1b 40\x0c\n"
    outbox_id = queue_plain(ctx, "maria@harbourview.example", body=body)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    received = mail.received[0]
    _head, _sep, wire = received.data.partition(b"\r\n\r\n")
    assert b"\x00" not in wire and b"\x1b" not in wire and b"\x0c" not in wire
    assert b"quoted-printable" in received.data
    assert plain_body(received) == body


def test_the_invite_is_7_bit_too(ctx, config, mail, thank_you):
    mail.offer_8bitmime = False
    ctx.store.db.execute("UPDATE prospects SET first_name = 'Zoë'")
    outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, config)
    received = mail.received[0]
    assert received.data.isascii()
    ics = next(p for p in received.message.walk() if p.get_content_type() == "text/calendar")
    assert "Zoë Whitfield" in ics.get_content().replace("\r\n ", "")


def test_an_international_domain_goes_out_in_idna(ctx, config, mail):
    outbox_id = queue_plain(ctx, "anna@müller-dental.example")
    assert state(ctx, outbox_id).recipient == "anna@müller-dental.example"
    send_due(ctx, config)
    message = state(ctx, outbox_id)
    assert message.state == "sent", message.last_error
    received = mail.received[0]
    assert received.rcpt_tos == ["anna@xn--mller-dental-dlb.example"]
    assert received.message["To"].addresses[0].addr_spec == "anna@xn--mller-dental-dlb.example"
    assert received.data.isascii() and mail.failed_logins == 0


def test_a_non_ascii_local_part_waits_naming_the_address_when_smtputf8_is_not_offered(
        ctx, config, mail):
    other = queue_plain(ctx, "maria@harbourview.example")
    outbox_id = queue_plain(ctx, "josé@example.com")  # queuing never raises
    send_due(ctx, config)
    message = state(ctx, outbox_id)
    assert message.state == "failed"
    assert "josé@example.com" in message.last_error and "SMTPUTF8" in message.last_error
    assert "password" not in message.last_error.lower()
    assert mail.failed_logins == 0 and email_service.login_hold(ctx.store) is None
    assert state(ctx, other).state == "sent" and len(mail.received) == 1

    mail.offer_smtputf8 = True  # the rep moves to a server that offers it
    outbox.retry_message(ctx, outbox_id)
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    received = mail.received[1]
    assert received.rcpt_tos == ["josé@example.com"]
    assert "SMTPUTF8" in [o.upper() for o in received.mail_options]
    assert parsed(received)["To"].addresses[0].addr_spec == "josé@example.com"


def test_a_rep_whose_own_address_is_international_is_named_too(ctx, config, mail):
    email_service.save_identity(ctx, email_service.RepIdentity(name="Sam", email="sám@example.com"))
    outbox_id = queue_plain(ctx, "maria@harbourview.example")
    send_due(ctx, config)
    message = state(ctx, outbox_id)
    assert message.state == "failed" and "sám@example.com" in message.last_error


def test_a_rep_whose_own_domain_is_international_sends_in_idna(ctx, config, mail,
                                                              thank_you):
    """sam@müller-dental.example: the Message-ID (made at the rep's domain), the envelope
    and the From header all carry the domain in IDNA; nothing needs SMTPUTF8."""
    email_service.save_identity(ctx, email_service.RepIdentity(
        name="Sam", email="sam@müller-dental.example",
        value_statement="Clinics like yours cut call-outs by a third."))
    first = queue_plain(ctx, "maria@harbourview.example")
    second = outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, config)
    assert state(ctx, first).state == state(ctx, second).state == "sent"
    for received in mail.received:
        assert received.data.isascii()
        assert received.mail_from == "sam@xn--mller-dental-dlb.example"
        assert received.message["Message-ID"].endswith("@xn--mller-dental-dlb.example>")
        assert received.message["From"].addresses[0].domain == "xn--mller-dental-dlb.example"
        assert "SMTPUTF8" not in [o.upper() for o in received.mail_options]


# -- slow servers and dropped connections ----------------------------------------------------

def test_a_slow_answer_to_the_final_dot_is_waited_for(ctx, config, mail, thank_you):
    """The server answers the final dot after 2 s; the command timeout is 1 s and the
    end-of-data wait 10 s (RFC 5321 asks for 10 minutes; the test scales it down)."""
    from dataclasses import replace

    slow_ok = replace(config, timeout=1.0, data_timeout=10.0)
    mail.reply_delay = 2.0
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, slow_ok)
    assert state(ctx, outbox_id).state == "sent" and len(mail.received) == 1


def test_the_default_wait_for_the_final_dot_is_ten_minutes_and_connecting_stays_quick():
    from desktop_app.platform.smtp import DATA_END_TIMEOUT, DEFAULT_TIMEOUT

    config = SmtpConfig("smtp.example.com", 587, Security.STARTTLS)
    assert config.data_timeout == DATA_END_TIMEOUT == 600
    assert config.timeout == DEFAULT_TIMEOUT <= 30


def test_no_answer_within_the_end_of_data_wait_is_uncertain(ctx, config, mail, thank_you):
    from dataclasses import replace

    mail.reply_delay = 3.0
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    send_due(ctx, replace(config, timeout=5.0, data_timeout=0.5))
    assert state(ctx, outbox_id).state == "uncertain"


def test_a_server_that_never_greets_fails_quickly_as_temporary(ctx, config, thank_you):
    import socket
    from dataclasses import replace

    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        mute = replace(config, port=silent.getsockname()[1], timeout=0.5)
        outbox_id = outbox.queue_touch_email(ctx, thank_you)
        send_due(ctx, mute)
    message = state(ctx, outbox_id)
    assert message.state == "queued" and message.attempts == 1
    assert "did not answer in time" in message.last_error or "closed" in message.last_error


def test_a_drop_before_the_final_dot_is_a_safe_retry_not_uncertain(ctx, config, mail,
                                                                   thank_you, clock):
    from dataclasses import replace

    patient = replace(config, hangup_wait=2.0)  # generous on a loaded test machine
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    mail.drop_before_dot = True
    send_due(ctx, patient)
    message = state(ctx, outbox_id)
    assert message.state == "queued", message.last_error
    assert "before the message was complete" in message.last_error
    assert mail.received == []
    mail.drop_before_dot = False
    clock.advance(minutes=1)
    send_due(ctx, patient)
    assert state(ctx, outbox_id).state == "sent" and len(mail.received) == 1


def test_a_pass_that_loses_its_connection_leaves_the_rest_for_the_next_pass(
        ctx, config, mail, clock):
    first = queue_plain(ctx, "a@example.com")
    second = queue_plain(ctx, "b@example.com")
    mail.drop_after_data = True
    send_due(ctx, config)
    assert state(ctx, first).state == "uncertain"
    assert state(ctx, second).state == "queued" and state(ctx, second).attempts == 0
    mail.drop_after_data = False
    send_due(ctx, config)
    assert state(ctx, second).state == "sent" and mail.connections == 2


def test_closing_tickler_cuts_a_long_wait_short_and_leaves_the_message_uncertain(
        ctx, config, mail, thank_you):
    import threading

    from desktop_app.platform.smtp import Abort
    from desktop_app.store import Store

    mail.reply_delay = 60.0
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    abort = Abort()
    results = []

    def worker():
        store = Store.open(ctx.store.path)
        try:
            results.extend(outbox.deliver_due(store, ctx.clock, config, PASSWORD,
                                              abort=abort))
        finally:
            store.close()

    thread = threading.Thread(target=worker)
    thread.start()
    for _ in range(200):
        row = ctx.store.db.execute("SELECT handoff_utc FROM outbox WHERE id = ?",
                                   [outbox_id]).fetchone()
        if row[0]:
            break
        thread.join(0.05)
    abort.request()
    thread.join(20)
    assert not thread.is_alive()
    message = state(ctx, outbox_id)
    assert message.state == "uncertain" and "Tickler was closing" in message.last_error


# -- half-made drafts -----------------------------------------------------------------------

@pytest.fixture
def nameless(ctx):
    """A prospect known only by company: {{first_name}} has nothing to fill in."""
    from desktop_app.services.prospects import create_prospect

    pid = create_prospect(ctx, {"company": "Hudson Dental Group",
                                "email": "office@hudson-dental.example",
                                "timezone": "America/New_York"})
    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.stalls import StallRequest, log_stall

    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "Call me next month",
                                datetime(2026, 12, 17, 10, 30), SlotQuality.BOOKED))
    return int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = 'thank_you'",
        [pid]).fetchone()[0])


def test_an_empty_merge_value_is_refused_with_its_place_named(ctx, config, mail, nameless):
    with pytest.raises(email_service.NeedsEdit) as needs:
        outbox.queue_touch_email(ctx, nameless)
    note = str(needs.value)
    assert ("{{first_name}} has nothing to fill in for this prospect (in the subject and on "
            "line 1)") in note
    draft = needs.value.rendered
    assert "Dear ," not in draft.body and "Thank you, —" not in draft.subject
    marker = email_service.empty_marker("first_name")
    assert draft.body.startswith(f"Dear {marker},")
    with pytest.raises(ValidationError, match=r"Replace \[first name: empty for this "
                                              r"prospect\] in the subject and on line 1"):
        outbox.queue_touch_email(ctx, nameless, subject=draft.subject, body=draft.body)
    subject = draft.subject.replace(marker, "Dr Hale")
    with pytest.raises(ValidationError, match=r"on line 1 with your own words"):
        outbox.queue_touch_email(ctx, nameless, subject=subject, body=draft.body)
    with pytest.raises(ValidationError, match=r"“Dear ,” on line 1 greets no one"):
        outbox.queue_touch_email(ctx, nameless, subject=subject,
                                 body=draft.body.replace(marker, ""))
    assert ctx.store.db.execute("SELECT count(*) FROM outbox").fetchone()[0] == 0
    outbox.queue_touch_email(ctx, nameless, subject=subject,
                             body=draft.body.replace(marker, "Dr Hale"))
    send_due(ctx, config)
    body = mail.received[0].message.get_body(("plain",)).get_content()
    assert body.startswith("Dear Dr Hale,") and "[" not in body


def test_a_misspelt_field_is_refused_in_the_draft_and_in_the_reps_edits(ctx, config, mail,
                                                                        thank_you):
    template = email_service.get_template(ctx, "thank_you")
    email_service.save_template(ctx, email_service.TemplateText(
        template.key, template.name, template.subject,
        template.body.replace("Dear {{first_name}}", "Dear {{firstname}}"), template.invite))
    with pytest.raises(email_service.NeedsEdit,
                       match=r"\{\{firstname\}\} on line 1 is not a merge field Tickler knows"):
        outbox.queue_touch_email(ctx, thank_you)
    with pytest.raises(ValidationError, match=r"\{\{firstname\}\} on line 3 would go out as "
                                              r"typed: it is not a merge field"):
        outbox.queue_touch_email(ctx, thank_you, subject="Thanks",
                                 body="Hello.\n\nDear {{firstname}},\n")
    with pytest.raises(ValidationError, match=r"\{\{company\}\} in the subject would go out"):
        outbox.queue_touch_email(ctx, thank_you, subject="For {{company}}", body="Hi Dana.\n")
    assert mail.received == [] and outbox.list_outbox(ctx) == []


def test_the_reps_edits_in_the_outbox_are_checked_too(ctx, config, mail, thank_you):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    for subject, body, words in (
            ("Thanks", "Dear ,\n\nSee you then.\n", "greets no one"),
            ("Thanks", "Dear Dana,\n\n{{slot}} works.\n", "would go out as typed"),
            ("Thanks {{first_name}}", "Dear Dana,\n", "in the subject")):
        with pytest.raises(ValidationError, match=words):
            outbox.edit_message(ctx, outbox_id, subject, body)
    assert state(ctx, outbox_id).body.startswith("Dear Dana,")


def test_brackets_in_the_prospects_own_details_are_no_part_left_for_the_rep(ctx, config,
                                                                          mail):
    """A company "Müller GmbH [Zweigstelle Nord]" or a note of what they said with "[laughs]"
    is the book's text: the thank-you goes in one click, after the rep's edits and from the
    outbox, while a [write this] part the rep left is still refused."""
    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.prospects import create_prospect
    from desktop_app.services.stalls import StallRequest, log_stall

    pid = create_prospect(ctx, {"first_name": "Jürgen", "last_name": "Müller",
                                "company": "Müller GmbH [Zweigstelle Nord]",
                                "email": "jm@mueller.example", "timezone": "Europe/Berlin"})
    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "[laughs] call me in {May}",
                                datetime(2026, 12, 17, 10, 30), SlotQuality.BOOKED))
    touch = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = 'thank_you'",
        [pid]).fetchone()[0])
    email_service.save_template(ctx, email_service.TemplateText(
        "thank_you", "Thanks", "For {{company}}",
        "Dear {{first_name}},\n\nYou said: {{their_words}}.\n\n{{contact_block}}\n", True))
    outbox_id = outbox.queue_touch_email(ctx, touch)
    message = state(ctx, outbox_id)
    assert message.subject == "For Müller GmbH [Zweigstelle Nord]"
    assert "You said: [laughs] call me in {May}." in message.body
    with pytest.raises(ValidationError, match=r"Replace \[add the price\] on line 4"):
        outbox.edit_message(ctx, outbox_id, message.subject,
                            message.body.replace("\n\n", "\n\nHi.\n[add the price]\n", 1))
    outbox.edit_message(ctx, outbox_id, message.subject,
                        message.body.replace("You said", "As you said"))
    send_due(ctx, config)
    assert state(ctx, outbox_id).state == "sent"
    assert "As you said: [laughs] call me in {May}." in plain_body(mail.received[0])


def test_the_reps_edited_text_for_a_touch_already_in_the_outbox_is_what_goes(
        ctx, config, mail, thank_you):
    """Sending a touch again with the rep's own text, while its first message waits or has
    failed, sends that text (checked, with a new Message-ID once tried), never the old."""
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    mail.rcpt_reply = "550 5.1.1 No such user here"
    send_due(ctx, config)
    mail.rcpt_reply = None
    failed = state(ctx, outbox_id)
    assert failed.state == "failed"
    with pytest.raises(ValidationError, match="greets no one"):
        outbox.queue_touch_email(ctx, thank_you, subject="Thanks", body="Dear ,\n")
    again = outbox.queue_touch_email(ctx, thank_you, subject="Thanks, Dana",
                                     body="Dear Dana,\n\nCorrected.\n")
    assert again == outbox_id
    send_due(ctx, config)
    sent = state(ctx, outbox_id)
    assert sent.state == "sent" and sent.message_id != failed.message_id
    assert plain_body(mail.received[-1]) == "Dear Dana,\n\nCorrected.\n"


# -- an edited message is a new message ------------------------------------------------------

def test_editing_an_uncertain_message_gives_it_a_new_message_id(ctx, config, mail, thank_you):
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    mail.drop_after_data = True
    send_due(ctx, config)
    mail.drop_after_data = False
    old = state(ctx, outbox_id)
    assert old.state == "uncertain"
    outbox.edit_message(ctx, outbox_id, "Thank you, Dana — corrected", "Corrected text.\n")
    edited = state(ctx, outbox_id)
    assert edited.message_id != old.message_id and edited.superseded_ids == (old.message_id,)
    outbox.retry_message(ctx, outbox_id, confirm_uncertain=True)
    send_due(ctx, config)
    ids = [r.message["Message-ID"] for r in mail.received]
    assert ids == [old.message_id, edited.message_id]
    assert plain_body(mail.received[1]) == "Corrected text.\n"


def test_editing_a_failed_message_gives_a_new_id_and_an_untried_one_keeps_its_own(
        ctx, config, mail, thank_you):
    untried = queue_plain(ctx, "a@example.com")
    before = state(ctx, untried).message_id
    outbox.edit_message(ctx, untried, "A better note", "Better.\n")
    assert state(ctx, untried).message_id == before
    assert state(ctx, untried).superseded_ids == ()

    outbox.discard_message(ctx, untried)
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    mail.rcpt_reply = "550 5.1.1 No such user"
    send_due(ctx, config)
    first = state(ctx, outbox_id).message_id
    outbox.edit_message(ctx, outbox_id, "Thanks", "Second try.\n")
    outbox.edit_message(ctx, outbox_id, "Thanks", "Third try.\n")
    edited = state(ctx, outbox_id)
    assert edited.message_id != first and len(edited.superseded_ids) == 2
    assert edited.superseded_ids[0] == first
    assert edited.message_id.encode() in ctx.store.db.execute(
        "SELECT raw FROM outbox WHERE id = ?", [outbox_id]).fetchone()[0]


def test_migration_9_keeps_existing_messages_and_adds_superseded_ids(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.store.database import migrate, user_version
    from desktop_app.store.migrations import MIGRATIONS, m009_outbox_superseded_ids

    path = tmp_path / "old.sqlite3"
    number = MIGRATIONS.index(m009_outbox_superseded_ids) + 1
    db = Database(sqlite3.connect(path), execute_plugins=False)
    migrate(db, path, upto=number - 1)
    db.execute("INSERT INTO outbox (message_id, sender, recipient, subject, body, raw, "
               "created_utc, updated_utc) VALUES ('<a@b>', 's@x', 'r@x', 'S', 'B', x'00', "
               "'2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
    migrate(db, path, upto=number)
    assert user_version(db) == number
    assert db.execute("SELECT message_id, superseded_ids FROM outbox").fetchall() == [
        ("<a@b>", "")]
    db.close()


def test_no_name_or_subject_made_of_hostile_pieces_adds_a_header_or_raises():
    """Hundreds of names and subjects built from the pieces of header attacks (encoded
    words, line breaks, quotes, brackets, long runs, non-ASCII): each message is composed
    without an error and reads back with exactly one sender and one recipient."""
    import random
    from email import message_from_string, policy

    pieces = ["=?utf-8?q?", "?=", "=0D=0A", "Bcc:", " ", "\r\n", "\n", '"', "\\", "<", ">",
              "@", ",", ";", ":", "(", ")", "é", "😀", "=?UTF-8?B?", "DQpCY2M6IHhAeQ==",
              "a" * 80, "\t", "\x00", "\u2028", "=", "?", "_", "José", "[", "]"]
    rnd = random.Random(13)
    for _ in range(400):
        name = "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 12)))
        subject = "x" + "".join(rnd.choice(pieces) for _ in range(rnd.randint(0, 40)))
        recipient = rnd.choice(["a@b.example", "josé@example.com", "anna@müller.example"])
        raw = email_service.compose(
            message_id="<x@tickler.example>", date=datetime(2026, 11, 23, 9, 0),
            sender=USER, sender_name=name, recipient=recipient, recipient_name=name,
            subject=subject, body="Hello.\n", invite=None)
        msg = message_from_string(raw.decode("utf-8"), policy=policy.default)
        names = header_names(raw)
        assert len(names) == len(set(names)) and "bcc" not in names
        assert [a.addr_spec for a in msg["To"].addresses] == [
            recipient.replace("müller", "xn--mller-kva")]
        assert [a.addr_spec for a in msg["From"].addresses] == [USER]


@pytest.mark.parametrize(("host", "code", "reply", "words"), [
    ("smtp.office365.com", 535, b"5.7.139 Authentication unsuccessful, SmtpClientAuthentication "
     b"is disabled for the Tenant", "Changing the password will not help"),
    ("smtp.office365.com", 535, b"5.7.3 Authentication unsuccessful",
     "If it is right, Microsoft may have switched off password sign-in"),
    ("smtp.gmail.com", 535, b"5.7.8 Username and Password not accepted",
     "myaccount.google.com/apppasswords"),
    ("smtp.gmail.com", 534, b"5.7.9 Application-specific password required",
     "never your Google password"),
    ("mail.example.com", 535, b"5.7.8 Authentication failed", "Check the user name"),
])
def test_a_providers_refusal_is_put_in_its_words(host, code, reply, words):
    """Microsoft's and Google's servers cannot be reached from the tests, so their refusals
    are classified directly; the same path runs after a real 550 5.7.30 above."""
    import smtplib

    from desktop_app.platform.smtp import _classify_exception

    result = _classify_exception(smtplib.SMTPAuthenticationError(code, reply), host)
    assert result.login_refused and words in result.detail
    assert reply.decode() in result.detail
