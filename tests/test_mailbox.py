"""The rep's mailbox against a real Dovecot: replies pause, out-of-office moves, bounces stop.

Each test starts its own Dovecot (TLS, passwd-file user, Maildir) and sends Tickler's own
email through a real SMTP server (aiosmtpd), so the Message-IDs matched are the ones that
really went out. Messages arrive in the mailbox by IMAP APPEND.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

import pytest

from desktop_app.domain.localtime import utc_to_local
from desktop_app.platform.imap import ImapConfig, ImapSecurity
from desktop_app.services import ValidationError, outbox
from desktop_app.services import mailbox as mb
from desktop_app.services.profile import history
from desktop_app.services.prospects import search_prospects
from desktop_app.services.queue import queue_for_day
from tests import mailbox_messages as msgs
from tests.imapserver import PASSWORD, USER, dovecot_available
from tests.mailserver import PASSWORD as SMTP_PASSWORD
from tests.mailserver import configure_rep

pytestmark = [pytest.mark.imap,
              pytest.mark.skipif(not dovecot_available(), reason="needs dovecot-imapd")]



@pytest.fixture
def sent_thank_you(ctx, mail, thank_you) -> str:
    """Dana's thank-you email, really sent; returns its Message-ID."""
    config = configure_rep(ctx, mail)
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    outbox.deliver_due(ctx.store, ctx.clock, config, SMTP_PASSWORD)
    message = outbox.get_message(ctx.store, outbox_id)
    assert message is not None and message.state == "sent"
    return message.message_id


def check(ctx, config, password=PASSWORD) -> mb.CheckReport:
    return mb.check_mailbox(ctx.store, ctx.clock, config, password)


def value_touch(ctx) -> dict:
    row = ctx.store.db.execute(
        "SELECT id, status, due_utc FROM touches WHERE step_key = 'value'").fetchone()
    return {"id": row[0], "status": row[1], "due_utc": row[2]}


def dana_id(ctx) -> int:
    return int(ctx.store.db.execute(
        "SELECT id FROM prospects WHERE email = ?", [msgs.PROSPECT]).fetchone()[0])


def test_a_reply_pauses_the_value_touch_and_waits_for_the_rep(
        ctx, clock, dovecot, imap, sent_thank_you):
    assert check(ctx, imap).problem == ""  # the first look reads back to the thank-you
    clock.advance(hours=2)
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(),
                               text="Thanks Sam. Honestly we're not looking before spring."))

    report = check(ctx, imap)

    assert report.problem == "" and report.replies == 1
    notices = mb.open_notices(ctx)
    assert [n.label for n in notices] == ["They replied"]
    assert notices[0].first_lines == "Thanks Sam. Honestly we're not looking before spring."
    # the value touch is held: still pending, out of the queue on its day, not cancelled
    clock.advance(days=15)
    touch = value_touch(ctx)
    assert touch["status"] == "pending"
    assert touch["id"] not in [r.id for r in queue_for_day(ctx)]
    statuses = {e.title: e.status for e in history(ctx, dana_id(ctx))}
    assert "Paused: they replied" in statuses.values()
    assert any(t.startswith("They replied: Re: Thank you") for t in statuses)
    # read-only: the message is still unread on the server
    assert all(b"\\Seen" not in flags for flags in dovecot.flags().values())

    assert mb.resume_plan(ctx, notices[0].id) >= 1
    assert touch["id"] in [r.id for r in queue_for_day(ctx)]
    assert mb.open_notices(ctx) == []


def test_a_paused_prospect_gets_no_email_even_from_the_outbox(
        ctx, clock, dovecot, imap, sent_thank_you, mail):
    check(ctx, imap)
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(), text="Call me."))
    check(ctx, imap)
    clock.advance(days=15)
    with pytest.raises(ValidationError, match="They replied"):
        outbox.queue_touch_email(ctx, value_touch(ctx)["id"])


def test_a_reply_without_in_reply_to_is_matched_by_its_sender(
        ctx, clock, dovecot, imap, sent_thank_you):
    check(ctx, imap)
    dovecot.deliver(msgs.reply(in_reply_to=None, when=clock(), subject="budget question",
                               text="Quick one: does the price include training?"))
    dovecot.deliver(msgs.reply(in_reply_to=None, when=clock(), subject="newsletter",
                               sender="News <news@elsewhere.example>",
                               message_id="<news-1@elsewhere.example>", text="Big sale!"))

    report = check(ctx, imap)

    assert report.seen == 2 and report.replies == 1
    kept = ctx.store.db.execute("SELECT count(*), max(sender) FROM mail_in").fetchone()
    assert tuple(kept) == (1, msgs.PROSPECT)  # nothing else is stored


@pytest.mark.logs_warnings
def test_one_message_whose_effect_fails_holds_back_no_later_mail(
        ctx, clock, dovecot, imap, sent_thank_you, monkeypatch):
    """A message whose effect raises (a fault injected into ``record`` for that one
    message, standing in for any unforeseen bug) is skipped with a log line; the reply
    after it is still kept and the folder moves on, instead of being read again forever."""
    check(ctx, imap)
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(), subject="first",
                               message_id="<poison-1@prospect.example>", text="First."))
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(), subject="second",
                               message_id="<fine-2@prospect.example>", text="Second."))
    real_record = mb.record

    def failing_once(store, clock_, mail, **kw):
        if "poison" in mail.message_id:
            raise RuntimeError("an effect that fails")
        return real_record(store, clock_, mail, **kw)

    monkeypatch.setattr(mb, "record", failing_once)
    report = check(ctx, imap)
    assert report.skipped == 1 and report.replies == 1
    monkeypatch.setattr(mb, "record", real_record)
    assert check(ctx, imap).seen == 0  # the folder moved past both


def test_log_conversation_and_end_plan_stop_what_is_left(
        ctx, clock, dovecot, imap, sent_thank_you):
    check(ctx, imap)
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(), text="Let's talk."))
    check(ctx, imap)
    notice = mb.open_notices(ctx)[0]
    assert mb.log_reply_conversation(ctx, notice.id) >= 3
    assert value_touch(ctx)["status"] == "cancelled"
    outcome = ctx.store.db.execute(
        "SELECT outcome FROM touches WHERE step_key = 'email_reply'").fetchone()[0]
    assert outcome == "conversation"
    with pytest.raises(ValidationError, match="already been dealt with"):
        mb.end_plan_after_reply(ctx, notice.id)


def test_german_out_of_office_moves_touches_to_the_working_slot_after_the_return(
        ctx, clock, dovecot, imap, sent_thank_you):
    check(ctx, imap)
    # Dana's plan: value touch on day 14 (7 Dec); move the reminder inside her absence
    ctx.store.db.execute("UPDATE touches SET due_utc = '2026-11-30T15:00:00Z' "
                         "WHERE step_key = 'value'")
    dovecot.deliver(msgs.german_out_of_office(in_reply_to=sent_thank_you, when=clock()))

    report = check(ctx, imap)

    assert report.auto_replies == 1 and mb.open_notices(ctx) == []  # nothing to decide
    mail = ctx.store.db.execute("SELECT return_date, effect FROM mail_in").fetchone()
    assert mail[0] == "2026-12-07"
    moved = utc_to_local(datetime.fromisoformat(value_touch(ctx)["due_utc"]),
                         "America/New_York")
    assert moved.date() == date(2026, 12, 7) and moved.hour == 10  # Monday, her time kept
    assert "moved" in mail[1]


@pytest.mark.parametrize("shape", ["postfix", "exchange"])
def test_a_hard_bounce_stops_email_steps_marks_the_address_and_keeps_calls(
        ctx, clock, dovecot, imap, sent_thank_you, shape):
    check(ctx, imap)
    waiting = outbox.queue_email(ctx, recipient=msgs.PROSPECT, recipient_name="Dana",
                                 subject="Hello", body="Hi Dana,\n\nA note.\n")
    build = msgs.postfix_bounce if shape == "postfix" else msgs.exchange_bounce
    dovecot.deliver(build(original_id=sent_thank_you, when=clock()))

    report = check(ctx, imap)

    assert report.bounces == 1
    message = outbox.get_message(ctx.store, waiting)  # what waited to go there does not
    words = outbox.problem_text(message, ctx.rep_timezone)
    assert message.state == "failed" and message.problem.kind == "bounced"
    assert words.startswith(f"Not sent: {msgs.PROSPECT} bounced (5.1.1")
    assert words.endswith(". Ask for a new address.")
    notice = mb.open_notices(ctx)[0]
    assert notice.label == "Address bounced" and notice.failed_address == msgs.PROSPECT
    assert "5.1.1" in (mb.bad_address(ctx.store, msgs.PROSPECT) or "")
    channels = dict(ctx.store.db.execute(
        "SELECT channel, group_concat(DISTINCT status) FROM touches WHERE step_key != "
        "'thank_you' GROUP BY channel").fetchall())
    assert channels["email"] == "cancelled" and channels["call"] == "pending"
    with pytest.raises(ValidationError, match="bounced"):
        outbox.queue_email(ctx, recipient=msgs.PROSPECT, recipient_name="Dana",
                           subject="Hello", body="Hi Dana,\n\nA new offer.\n")
    # a new address settles it
    dana = dana_id(ctx)
    ctx.store.update_prospect(dana, {"email": "dana.w@hudson-dental.example"}, clock())
    mb.address_changed(ctx, dana)
    assert mb.open_notices(ctx) == []


def test_a_delay_is_noted_and_changes_nothing(ctx, clock, dovecot, imap, sent_thank_you):
    check(ctx, imap)
    dovecot.deliver(msgs.postfix_bounce(original_id=sent_thank_you, when=clock(),
                                        action="delayed", status="4.4.1"))
    check(ctx, imap)
    assert ctx.store.db.execute("SELECT kind, state FROM mail_in").fetchone() == \
        ("delay", "noted")
    assert mb.bad_address(ctx.store, msgs.PROSPECT) is None
    assert value_touch(ctx)["status"] == "pending"


def test_the_same_message_seen_twice_counts_once(ctx, clock, dovecot, imap, sent_thank_you):
    check(ctx, imap)
    raw = msgs.reply(in_reply_to=sent_thank_you, when=clock(), text="Yes, call me.")
    dovecot.deliver(raw, raw)
    dovecot.deliver(raw, folder="Archive")
    watch_both = mb.save_imap(ctx, ImapConfig(
        "localhost", dovecot.tls_port, ImapSecurity.TLS, USER, ("INBOX", "Archive"),
        ca_file=str(dovecot.cert)))

    report = check(ctx, watch_both)

    assert report.replies == 1
    assert ctx.store.db.execute("SELECT count(*) FROM mail_in").fetchone()[0] == 1
    assert check(ctx, watch_both).seen == 0  # UIDs kept: nothing is read twice


def test_a_30_mb_message_is_read_by_its_headers_and_a_text_prefix(
        ctx, clock, dovecot, imap, sent_thank_you):
    check(ctx, imap)
    dovecot.deliver(msgs.huge_reply(in_reply_to=sent_thank_you, when=clock()))

    report = check(ctx, imap)

    assert report.replies == 1
    body, truncated = ctx.store.db.execute("SELECT body, truncated FROM mail_in").fetchone()
    assert truncated == 1 and len(body) <= 20_000
    assert body.startswith("Here are the scans you asked for.")


def test_broken_mime_is_still_a_reply(ctx, clock, dovecot, imap, sent_thank_you):
    check(ctx, imap)
    dovecot.deliver(msgs.broken_mime(when=clock()))
    report = check(ctx, imap)
    assert report.problem == "" and report.replies == 1


def test_wrong_password_fails_once_then_holds_until_the_rep_fixes_it(
        ctx, clock, dovecot, imap, sent_thank_you):
    first = check(ctx, imap, password="wrong")
    assert first.login_refused and "refused the sign-in" in first.problem
    second = check(ctx, imap, password="wrong")
    assert second.login_refused
    failed = len(re.findall(r"auth failed", dovecot.log()))
    assert failed == 1  # one failed login, not one per check
    mb.imap_password_changed(ctx)
    assert check(ctx, imap).problem == ""


def test_server_down_says_so_and_holds_nothing(ctx, clock, dovecot, imap):
    dovecot.stop()
    report = check(ctx, imap)
    assert "could not reach" in report.problem and not report.login_refused
    assert mb.imap_hold(ctx.store) is None


def test_starttls_works_and_the_first_look_skips_old_mail(ctx, clock, dovecot, sent_thank_you):
    config = mb.save_imap(ctx, ImapConfig("localhost", dovecot.starttls_port,
                                          ImapSecurity.STARTTLS, USER, ("INBOX",),
                                          ca_file=str(dovecot.cert)))
    client = dovecot.client()
    try:  # a message from Dana from long before anything Tickler sent
        client.append("INBOX", msgs.reply(in_reply_to=None, when=clock() - timedelta(days=90),
                                          message_id="<old@hudson-dental.example>",
                                          text="Old news."),
                      msg_time=clock() - timedelta(days=90))
    finally:
        client.logout()
    report = check(ctx, config)
    assert report.problem == "" and report.seen == 0


def test_search_finds_words_in_sent_and_received_mail(
        ctx, clock, dovecot, imap, sent_thank_you):
    check(ctx, imap)
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(),
                               text="We use Dentrix for scheduling."))
    check(ctx, imap)
    assert [r.name for r in search_prospects(ctx, "dentrix")] == ["Dana Whitfield"]
    assert [r.name for r in search_prospects(ctx, "calendar invite")] == ["Dana Whitfield"]
    assert search_prospects(ctx, "zyxwv") == []


def test_settings_are_checked_and_the_password_never_stored(ctx):
    with pytest.raises(ValidationError, match="host name"):
        mb.save_imap(ctx, ImapConfig("", 993))
    with pytest.raises(ValidationError, match="user name"):
        mb.save_imap(ctx, ImapConfig("imap.example.com", 993))
    saved = mb.save_imap(ctx, ImapConfig("imap.example.com", 993, username="rep@example.com",
                                         folders=("INBOX", "Clients")))
    assert mb.load_imap(ctx.store) == saved
    values = " ".join(str(r[0]) for r in ctx.store.db.execute("SELECT value FROM settings"))
    assert PASSWORD not in values
    assert mb.parse_folders("INBOX, Clients\nArchive") == ("INBOX", "Clients", "Archive")


def test_a_renumbered_folder_is_read_again_without_doubling_anything(
        ctx, clock, dovecot, imap, sent_thank_you):
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(), text="Hello Sam."))
    assert check(ctx, imap).replies == 1
    # the server says the folder's UIDs mean something else now (UIDVALIDITY changed)
    ctx.store.db.execute("UPDATE mailbox_folders SET uidvalidity = uidvalidity + 1")
    again = check(ctx, imap)
    assert again.seen == 1 and again.replies == 0  # read back, recognised, not kept twice
    assert ctx.store.db.execute("SELECT count(*) FROM mail_in").fetchone()[0] == 1
    saved = ctx.store.db.execute("SELECT uidvalidity FROM mailbox_folders").fetchone()[0]
    client = dovecot.client()
    try:
        assert saved == client.select_folder("INBOX", readonly=True)[b"UIDVALIDITY"]
    finally:
        client.logout()


def test_a_reply_to_an_edited_message_matches_its_earlier_message_id(
        ctx, clock, dovecot, imap, sent_thank_you):
    ctx.store.db.execute("UPDATE outbox SET superseded_ids = message_id, "
                         "message_id = '<edited@example.com>'")
    check(ctx, imap)
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(), text="Got it.",
                               sender="Someone Else <assistant@hudson-dental.example>"))
    report = check(ctx, imap)
    assert report.replies == 1 and mb.open_notices(ctx)[0].prospect == "Dana Whitfield"


def test_migration_13_adds_the_mailbox_and_indexes_what_was_sent(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.store.database import migrate, user_version
    from desktop_app.store.migrations import MIGRATIONS, m013_mailbox

    path = tmp_path / "old.sqlite3"
    number = MIGRATIONS.index(m013_mailbox) + 1
    db = Database(sqlite3.connect(path), execute_plugins=False)
    migrate(db, path, upto=number - 1)
    db.execute("INSERT INTO outbox (message_id, sender, recipient, subject, body, raw, "
               "created_utc, updated_utc) VALUES ('<a@b>', 's@x', 'r@x', 'Warranty news', "
               "'Your warranty ends in March', x'00', '2026-01-01T00:00:00Z', "
               "'2026-01-01T00:00:00Z')")
    migrate(db, path, upto=number)
    assert user_version(db) == number
    assert db.execute("SELECT rowid FROM outbox_fts WHERE outbox_fts MATCH 'warranty'"
                      ).fetchall() == [(1,)]
    tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    assert {"mail_in", "mailbox_folders", "bad_addresses", "mail_in_fts"} <= tables
    db.close()


def test_the_first_look_finds_a_reply_that_came_before_tickler_watched(
        ctx, clock, dovecot, imap, sent_thank_you):
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(), text="Already here."))
    report = check(ctx, imap)  # the first look reads back to the thank-you it answers
    assert report.replies == 1 and mb.open_notices(ctx)[0].first_lines == "Already here."


def test_rule_an_absence_pushes_a_gone_dark_run_on_without_stacking_it(
        ctx, clock, dovecot, imap, sent_thank_you):
    """Away until Monday 7 Dec: the run's calls and emails used to land together on that
    Monday (four calls, two on one minute). They go on from it one working day each, in
    order, calls and emails alternating, inside the cap."""
    from desktop_app.domain.model import StallKind
    from desktop_app.domain.playbooks import over_cap
    from desktop_app.domain.workdays import is_working_day
    from desktop_app.services.stalls import StallRequest, chasing_call_times, log_stall

    check(ctx, imap)
    log_stall(ctx, StallRequest(dana_id(ctx), StallKind.GONE_DARK))
    dovecot.deliver(msgs.german_out_of_office(in_reply_to=sent_thank_you, when=clock()))
    assert check(ctx, imap).auto_replies == 1  # read (a busy server shows up here)

    run = ctx.store.db.execute(
        "SELECT channel, due_utc FROM touches WHERE status = 'pending' AND step_key LIKE "
        "'dark_%' ORDER BY due_utc").fetchall()
    days = [utc_to_local(datetime.fromisoformat(due), "America/New_York").date()
            for _, due in run]
    assert len(run) == 7 and days[0] == date(2026, 12, 7)
    assert days == sorted(set(days))  # one working day each, in order
    assert all(is_working_day(d, "US") for d in days)
    assert [c for c, _ in run] == ["call", "email"] * 3 + ["call"]
    assert not over_cap(chasing_call_times(ctx, dana_id(ctx)))


def test_rule_an_absence_moves_the_agreed_call_with_its_slot_and_invite(
        ctx, clock, dovecot, imap, sent_thank_you, thank_you):
    """The callback agreed inside the absence moves as a reschedule does: the stall's slot,
    the reminder, and an updated invite for the calendar they already have."""
    from desktop_app.services.touches import reschedule_touch

    check(ctx, imap)
    callback = ctx.store.db.execute(
        "SELECT id, stall_id FROM touches WHERE step_key = 'callback'").fetchone()
    reschedule_touch(ctx, callback[0], datetime(2026, 12, 3, 10, 30))  # their time
    ctx.store.db.execute("UPDATE touches SET status = 'cancelled' WHERE step_key = "
                         "'invite_update'")  # as if already sent: only the new one counts
    dovecot.deliver(msgs.german_out_of_office(in_reply_to=sent_thank_you, when=clock()))
    assert check(ctx, imap).auto_replies == 1  # read (a busy server shows up here)

    slot = ctx.store.get_stall(callback[1]).slot_utc
    assert ctx.store.get_touch(callback[0]).due_utc == slot
    assert utc_to_local(slot, "America/New_York").replace(
        tzinfo=None) == datetime(2026, 12, 7, 10, 30)
    reminder = ctx.store.db.execute(
        "SELECT due_utc FROM touches WHERE step_key = 'reminder' AND status = 'pending'"
    ).fetchone()[0]
    assert datetime.fromisoformat(reminder) < slot
    assert ctx.store.db.execute("SELECT count(*) FROM touches WHERE step_key = "
                                "'invite_update' AND status = 'pending'").fetchone()[0] == 1


def test_a_reply_naming_the_id_in_another_case_or_bare_is_matched(
        ctx, clock, dovecot, imap, sent_thank_you):
    """Gateways lowercase the ID or drop its brackets; the reply is still about the email
    Tickler sent (here from an address that is not the prospect's)."""
    check(ctx, imap)
    bare = sent_thank_you.strip("<>")
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you.upper(), when=clock(),
                               sender="Front Desk <desk@hudson-dental.example>",
                               text="Dana asked me to answer: yes, call her."))
    dovecot.deliver(msgs.reply(in_reply_to=bare, when=clock(), message_id="<r2@h.example>",
                               sender="Dr. Hudson <boss@hudson-dental.example>",
                               text="Please send the price list."))

    report = check(ctx, imap)

    assert report.replies == 2
    assert {n.prospect_id for n in mb.open_notices(ctx)} == {dana_id(ctx)}


def test_an_absence_of_a_prospect_whose_zone_is_unknown_here_blocks_nothing(
        ctx, clock, dovecot, imap, sent_thank_you):
    """A book from another machine can hold a zone this one does not know: her out-of-office
    still moves her plan (on the rep's clock), and the mail after it is still read."""
    check(ctx, imap)
    ctx.store.db.execute("UPDATE prospects SET timezone = 'Mars/Olympus' WHERE id = ?",
                         [dana_id(ctx)])
    ctx.store.db.execute("UPDATE touches SET due_utc = '2026-11-30T15:00:00Z' "
                         "WHERE step_key = 'value'")
    dovecot.deliver(msgs.german_out_of_office(in_reply_to=sent_thank_you, when=clock()))

    report = check(ctx, imap)

    assert report.problem == "" and report.auto_replies == 1
    assert value_touch(ctx)["due_utc"] >= "2026-12-07"
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(), text="Back now."))
    assert check(ctx, imap).replies == 1


def test_the_reps_own_answer_in_the_thread_is_not_their_reply(
        ctx, clock, dovecot, imap, sent_thank_you):
    """A rep who watches their Sent folder (or Bccs themselves) answers in the thread from
    their own mail program: that names Tickler's Message-ID but is not the prospect writing."""
    check(ctx, imap)
    rep = ctx.store.get_setting("rep_email")
    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(),
                               sender=f"Sam Rivers <{rep.upper()}>", message_id="<own@x>",
                               text="Dana, one more thing I forgot to attach."))

    report = check(ctx, imap)

    assert report.replies == 0 and mb.open_notices(ctx) == []
    assert not mb.is_paused(ctx.store, dana_id(ctx))


def test_an_address_at_an_international_domain_matches_in_either_form(
        ctx, clock, dovecot, imap, sent_thank_you):
    """The book has 'dana@hüdson-dental.example'; servers write the domain in IDNA."""
    check(ctx, imap)
    dana = dana_id(ctx)
    ctx.store.db.execute("UPDATE prospects SET email = 'dana@hüdson-dental.example' "
                         "WHERE id = ?", [dana])
    puny = "dana@" + "hüdson-dental.example".encode("idna").decode()
    dovecot.deliver(msgs.reply(in_reply_to=None, when=clock(), sender=f"Dana <{puny}>",
                               text="Can we talk on Thursday?"))
    dovecot.deliver(msgs.postfix_bounce(original_id=sent_thank_you, recipient=puny,
                                        when=clock()))

    report = check(ctx, imap)

    assert report.replies == 1 and report.bounces == 1
    assert {n.prospect_id for n in mb.open_notices(ctx)} == {dana}
    assert "5.1.1" in mb.bad_addresses_of(ctx.store, [dana]).get(dana, "")


def test_a_plain_text_bounce_is_read_past_its_headers(ctx, clock, dovecot, imap, sent_thank_you):
    """qmail and Exim write a bounce as plain text from MAILER-DAEMON: the failed address is
    only in the body, so the headers alone must not rule it out."""
    check(ctx, imap)
    dovecot.deliver(
        b"From: MAILER-DAEMON@mx.example.net\r\nTo: rep@example.com\r\n"
        b"Subject: failure notice\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n"
        b"Message-ID: <qmail-1@mx.example.net>\r\n\r\n"
        b"Hi. This is the qmail-send program at mx.example.net.\r\n"
        b"I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
        b"This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n"
        b"<dana@hudson-dental.example>:\r\nSorry, no mailbox here by that name. (#5.1.1)\r\n"
        b"\r\n--- Below this line is a copy of the message.\r\n\r\nFrom: rep@example.com\r\n")

    report = check(ctx, imap)

    assert report.bounces == 1
    assert mb.bad_address(ctx.store, msgs.PROSPECT) is not None
