"""Reading what a message is, from its bytes alone: reply, automatic reply, bounce, delay."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from desktop_app.domain.inbound import MailKind, first_lines, read_message, return_date
from tests import mailbox_messages as msgs

WHEN = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
SENT = date(2026, 11, 24)


@pytest.mark.parametrize(("text", "back"), [
    ("I am out of the office until Monday 7 December with limited access.", date(2026, 12, 7)),
    ("I will be back on December 7th.", date(2026, 12, 7)),
    ("Returning 2026-12-07; for urgent matters call the office.", date(2026, 12, 7)),
    ("Ich bin ab dem 07.12.2026 wieder im Büro.", date(2026, 12, 7)),
    ("Ich bin bis einschließlich 4. Dezember nicht im Büro.", date(2026, 12, 5)),
    ("Je serai de retour le 7 décembre.", date(2026, 12, 7)),
    ("Je suis absent jusqu'au 7 décembre inclus.", date(2026, 12, 8)),
    ("Estaré fuera de la oficina hasta el 7 de diciembre.", date(2026, 12, 7)),
    ("Regresaré el 7 de diciembre de 2026.", date(2026, 12, 7)),
    ("Back on 5 January.", date(2027, 1, 5)),  # the next 5 January after the message
    ("I'm travelling with limited access to email.", None),
    ("Back on 3 November.", date(2027, 11, 3)),
])
def test_the_return_date_is_read_in_four_languages(text, back):
    assert return_date(text, SENT) == back


def test_a_person_replying_is_a_reply_and_its_first_lines_leave_out_the_quote():
    mail = read_message(msgs.reply(in_reply_to="<a@b>", when=WHEN, text="Yes.\n\nCall me."))
    assert mail.kind is MailKind.REPLY and mail.references == ("<a@b>",)
    assert mail.sender == msgs.PROSPECT and mail.first_lines == "Yes. Call me."
    assert first_lines("> quoted\nreal words\nAm Mo., 23. Nov. schrieb Sam:\n> old") == \
        "real words"


@pytest.mark.parametrize("header", [
    "Auto-Submitted: auto-replied", "X-Autoreply: yes", "X-Autorespond: on",
    "Precedence: auto_reply"])
def test_rfc_3834_and_common_headers_make_an_automatic_reply(header):
    raw = msgs.reply(in_reply_to="<a@b>", when=WHEN, text="Away.", subject="Re: hello")
    raw = raw.replace(b"MIME-Version", header.encode() + b"\r\nMIME-Version", 1)
    assert read_message(raw).kind is MailKind.AUTO_REPLY


def test_auto_submitted_no_is_a_person():
    raw = msgs.reply(in_reply_to="<a@b>", when=WHEN, text="Me.", subject="Re: hello")
    raw = raw.replace(b"MIME-Version", b"Auto-Submitted: no\r\nMIME-Version", 1)
    assert read_message(raw).kind is MailKind.REPLY


@pytest.mark.parametrize("subject", [
    "Out of Office: Thank you", "Automatic reply: Thank you", "Abwesenheitsnotiz: Danke",
    "Réponse automatique : Merci", "Absence du bureau", "Fuera de la oficina: Gracias",
    "Respuesta automática: Gracias"])
def test_out_of_office_subjects_without_headers(subject):
    raw = msgs.reply(in_reply_to="<a@b>", when=WHEN, text="Away.", subject=subject)
    assert read_message(raw).kind is MailKind.AUTO_REPLY


def test_german_out_of_office_with_its_return_date():
    mail = read_message(msgs.german_out_of_office(in_reply_to="<a@b>", when=WHEN))
    assert mail.kind is MailKind.AUTO_REPLY and mail.return_date == date(2026, 12, 7)


@pytest.mark.parametrize("build", [msgs.postfix_bounce, msgs.exchange_bounce])
def test_postfix_and_exchange_bounces_are_hard_with_the_original_id(build):
    mail = read_message(build(original_id="<orig@example.com>", when=WHEN))
    assert mail.kind is MailKind.BOUNCE
    assert mail.failed_recipients == (msgs.PROSPECT,)
    assert mail.status.startswith("5.1.") and mail.original_ids == ("<orig@example.com>",)
    assert mail.diagnostic


def test_a_failed_4xx_and_a_delayed_action_are_delays():
    for action, status in (("failed", "4.2.2"), ("delayed", "4.4.1")):
        mail = read_message(msgs.postfix_bounce(original_id="<o@x>", when=WHEN,
                                                action=action, status=status))
        assert mail.kind is MailKind.DELAY


def test_a_report_of_success_is_not_kept():
    raw = msgs.postfix_bounce(original_id="<o@x>", when=WHEN, action="delivered",
                              status="2.0.0")
    assert read_message(raw).kind is MailKind.OTHER


def test_broken_mime_and_unknown_charsets_never_raise():
    mail = read_message(msgs.broken_mime(when=WHEN))
    assert mail.kind is MailKind.REPLY and mail.sender == msgs.PROSPECT
    assert read_message(b"\xff\xfe garbage without headers").kind is MailKind.REPLY


def test_a_truncated_message_is_read_as_far_as_it_goes():
    raw = msgs.huge_reply(in_reply_to="<a@b>", when=WHEN, megabytes=1)[:300_000]
    mail = read_message(raw, truncated=True)
    assert mail.truncated and len(mail.text) <= 20_000


def test_a_bounce_without_a_delivery_report_is_read_by_flufl_bounce():
    """qmail writes its bounce as plain text; the maintained parser knows its shape."""
    raw = (b"From: MAILER-DAEMON@mx.example.net\r\nTo: rep@example.com\r\n"
           b"Subject: failure notice\r\nDate: Tue, 24 Nov 2026 10:00:00 +0000\r\n\r\n"
           b"Hi. This is the qmail-send program at mx.example.net.\r\n"
           b"I'm afraid I wasn't able to deliver your message to the following addresses.\r\n"
           b"This is a permanent error; I've given up. Sorry it didn't work out.\r\n\r\n"
           b"<dana@hudson-dental.example>:\r\n"
           b"Sorry, no mailbox here by that name. (#5.1.1)\r\n\r\n"
           b"--- Below this line is a copy of the message.\r\n\r\nFrom: rep@example.com\r\n")
    mail = read_message(raw)
    assert mail.kind is MailKind.BOUNCE and mail.failed_recipients == (msgs.PROSPECT,)


def test_the_working_slot_after_a_return_skips_weekends_and_their_holidays():
    from desktop_app.domain.localtime import local_to_utc, utc_to_local
    from desktop_app.services.mailbox import next_working_slot

    keep = local_to_utc(datetime(2026, 12, 1, 10, 30), "Europe/Berlin")
    # back on Christmas Day (a Friday): Boxing Day is Saturday, so Monday 28 Dec, 10:30
    slot = next_working_slot(date(2026, 12, 25), "Europe/Berlin", keep, WHEN, "DE")
    assert utc_to_local(slot, "Europe/Berlin") == datetime(
        2026, 12, 28, 10, 30, tzinfo=utc_to_local(slot, "Europe/Berlin").tzinfo)
    # a touch planned at 07:00 their time goes to the start of the working day
    early = local_to_utc(datetime(2026, 12, 1, 7, 0), "Asia/Tokyo")
    slot = next_working_slot(date(2026, 12, 5), "Asia/Tokyo", early, WHEN)  # a Saturday
    assert (utc_to_local(slot, "Asia/Tokyo").date(), utc_to_local(slot, "Asia/Tokyo").hour) \
        == (date(2026, 12, 7), 9)


@pytest.mark.parametrize(("text", "back"), [
    ("I will be back on 12/07/2026.", date(2026, 12, 7)),  # US order, sent in November
    ("Out of the office starting 11/30/2026 and returning 12/07/2026.", date(2026, 12, 7)),
    ("Back 7/12.", date(2026, 12, 7)),  # day first where that reads
    ("Je serai de retour le 07/12/2026.", date(2026, 12, 7)),
])
def test_a_slashed_return_date_is_read_in_the_order_that_makes_sense(text, back):
    assert return_date(text, SENT) == back


@pytest.mark.parametrize(("from_header", "sender", "name"), [
    ("=?utf-8?q?M=C3=BCller=2C_J=C3=BCrgen?= <J.Mueller@Example.COM>",
     "j.mueller@example.com", "Müller, Jürgen"),
    # an encoded display name that itself looks like an address is not the sender
    ("=?utf-8?q?boss=40elsewhere.example?= <Dana@Hudson-Dental.example>",
     msgs.PROSPECT, "boss@elsewhere.example"),
    ("=?utf-8?b?RGFuYSA8Ym9zc0BlbHNld2hlcmUuZXhhbXBsZT4=?= <dana@hudson-dental.example>",
     msgs.PROSPECT, "Dana <boss@elsewhere.example>"),
    ("DANA@HUDSON-DENTAL.EXAMPLE", msgs.PROSPECT, ""),
])
def test_the_sender_is_the_address_outside_the_display_name(from_header, sender, name):
    mail = read_message(f"From: {from_header}\r\nSubject: Re: hi\r\n\r\nYes.\r\n".encode())
    assert (mail.sender, mail.sender_name) == (sender, name)


@pytest.mark.parametrize(("headers", "ids"), [
    ("In-Reply-To: abc.123@rep.example", ("<abc.123@rep.example>",)),
    ("In-Reply-To: abc.123@rep.example (Sam Rivers's message of Mon)",
     ("<abc.123@rep.example>",)),
    ("In-Reply-To: <b@x>\r\nReferences: <a@x>\r\n\t<b@x>\r\n <c@x>", ("<b@x>", "<a@x>", "<c@x>")),
])
def test_threading_ids_without_brackets_or_folded_are_read(headers, ids):
    mail = read_message(f"From: {msgs.PROSPECT}\r\n{headers}\r\n\r\nYes.\r\n".encode())
    assert mail.references == ids


@pytest.mark.parametrize("subject", [
    "AW: Termin nach dem Urlaub", "Re: Before your vacation", "RE: Ausente la semana próxima",
    "Re: Réponse automatique ?"])
def test_a_person_answering_a_subject_with_holiday_words_is_a_reply(subject):
    """Their reply must pause the plan: only words before 'Re:' say it is automatic."""
    raw = msgs.reply(in_reply_to="<a@b>", when=WHEN, text="Yes, call me.", subject=subject)
    assert read_message(raw).kind is MailKind.REPLY


@pytest.mark.parametrize("subject", [
    "Automatic reply: Re: Thank you", "Abwesenheitsnotiz: AW: Danke",
    "Réponse automatique : RE: Merci"])
def test_an_out_of_office_answering_a_reply_is_still_automatic(subject):
    raw = msgs.reply(in_reply_to="<a@b>", when=WHEN, text="Away.", subject=subject)
    assert read_message(raw).kind is MailKind.AUTO_REPLY


def _report(part_headers: str, body: bytes) -> bytes:
    """A Gmail-shaped bounce whose delivery-status part is written as given."""
    return (b"From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>\r\n"
            b"Subject: Delivery Status Notification (Failure)\r\nMIME-Version: 1.0\r\n"
            b'Content-Type: multipart/report; boundary="B"; report-type=delivery-status\r\n'
            b"\r\n--B\r\nContent-Type: text/plain\r\n\r\nAddress not found\r\n--B\r\n"
            + part_headers.encode() + b"\r\n" + body + b"\r\n--B\r\n"
            b"Content-Type: text/rfc822-headers\r\n\r\nMessage-ID: <abc@rep.example>\r\n"
            b"From: rep@example.com\r\n\r\n--B--\r\n")


@pytest.mark.parametrize(("content_type", "encoding"), [
    ("message/delivery-status", "base64"),
    ("message/delivery-status", "quoted-printable"),
    ("message/global-delivery-status", ""),  # RFC 6533, from SMTPUTF8 servers
    ("message/global-delivery-status", "base64"),
])
@pytest.mark.parametrize(("status", "kind"), [("5.1.1", MailKind.BOUNCE),
                                              ("4.4.7", MailKind.DELAY)])
def test_a_delivery_report_encoded_or_global_is_still_read(content_type, encoding, status,
                                                           kind):
    import base64
    import quopri

    report = ("Reporting-MTA: dns;mx.google.com\r\n\r\n"
              "Final-Recipient: rfc822; Dana@Hudson-Dental.example\r\n"
              f"Action: {'failed' if status[0] == '5' else 'delayed'}\r\nStatus: {status}\r\n"
              f"Diagnostic-Code: smtp; 550-{status} The email account that you tried to reach "
              "does not exist\r\n").encode()
    body = base64.encodebytes(report) if encoding == "base64" else \
        quopri.encodestring(report) if encoding else report
    headers = f"Content-Type: {content_type}\r\n" + \
        (f"Content-Transfer-Encoding: {encoding}\r\n" if encoding else "")
    mail = read_message(_report(headers, body))
    assert (mail.kind, mail.failed_recipients, mail.status) == (kind, (msgs.PROSPECT,), status)
    assert mail.original_ids == ("<abc@rep.example>",)


@pytest.mark.parametrize(("text", "back"), [
    ("I will be back on 07-12-2026.", date(2026, 12, 7)),
    ("I will be back on 12-07-2026.", date(2026, 12, 7)),  # month first, as US writers do
    ("Je serai de retour le 7 déc.", date(2026, 12, 7)),
    ("Je reviens le 5 janv.", date(2027, 1, 5)),
    ("Regreso el 7 dic.", date(2026, 12, 7)),
    ("Estoy fuera hasta el 4 de dic. incluido.", date(2026, 12, 5)),
])
def test_dashed_dates_and_short_month_names_are_read(text, back):
    assert return_date(text, SENT) == back


@pytest.mark.parametrize(("text", "back"), [
    ("I will be back on Monday.", date(2026, 11, 30)),  # SENT is Tuesday 24 November
    ("Ich bin ab Montag wieder im Büro.", date(2026, 11, 30)),
    ("Je serai de retour lundi.", date(2026, 11, 30)),
    ("Vuelvo el lunes.", date(2026, 11, 30)),
    ("I am travelling until Thursday.", date(2026, 11, 26)),
    ("Back Tuesday.", date(2026, 12, 1)),  # the next Tuesday, not the day it was sent
    ("I am out Monday and Tuesday.", None),  # no word of returning: not guessed
])
def test_a_return_on_a_named_weekday_is_the_next_such_day(text, back):
    assert return_date(text, SENT) == back
