"""Messages as other programs write them, for the mailbox tests: a person's reply from a
mail client, out-of-office notices, and bounce reports shaped as Postfix and Microsoft
Exchange send them (multipart/report with a message/delivery-status part, RFC 3464)."""

from __future__ import annotations

from datetime import datetime
from email.utils import format_datetime

PROSPECT = "dana@hudson-dental.example"
REP = "rep@example.com"


def _date(when: datetime) -> str:
    return format_datetime(when)


def reply(*, in_reply_to: str | None, when: datetime, text: str,
          sender: str = f"Dana Whitfield <{PROSPECT}>", subject: str = "Re: Thank you, Dana",
          message_id: str = "<reply-1@hudson-dental.example>") -> bytes:
    threading = (f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n"
                 if in_reply_to else "")
    return (
        f"From: {sender}\r\nTo: Sam Rivers <{REP}>\r\nSubject: {subject}\r\n"
        f"Date: {_date(when)}\r\nMessage-ID: {message_id}\r\n{threading}"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{text}\r\n\r\nOn Mon, 23 Nov 2026 at 09:05, Sam Rivers <{REP}> wrote:\r\n"
        "> Thank you for your time today.\r\n").encode()


def german_out_of_office(*, in_reply_to: str, when: datetime) -> bytes:
    body = ("Sehr geehrte Damen und Herren,\r\n\r\nvielen Dank für Ihre Nachricht. Ich bin "
            "bis einschließlich 4. Dezember 2026 nicht im Büro und ab dem 07.12.2026 wieder "
            "für Sie erreichbar.\r\n\r\nMit freundlichen Grüßen\r\nDana Whitfield\r\n")
    from email.header import Header

    subject = Header("Abwesenheitsnotiz: Thank you, Dana", "utf-8").encode()
    return (
        f"From: Dana Whitfield <{PROSPECT}>\r\nTo: {REP}\r\nSubject: {subject}\r\n"
        f"Date: {_date(when)}\r\nMessage-ID: <ooo-1@hudson-dental.example>\r\n"
        f"In-Reply-To: {in_reply_to}\r\nAuto-Submitted: auto-replied\r\n"
        "X-Auto-Response-Suppress: All\r\nMIME-Version: 1.0\r\n"
        "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + body).encode()


def _original(message_id: str, recipient: str) -> str:
    return (f"From: Sam Rivers <{REP}>\r\nTo: Dana Whitfield <{recipient}>\r\n"
            "Subject: Thank you, Dana\r\nDate: Mon, 23 Nov 2026 09:05:00 +0000\r\n"
            f"Message-ID: {message_id}\r\nMIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=us-ascii\r\n")


def postfix_bounce(*, original_id: str, recipient: str = PROSPECT, when: datetime,
                   action: str = "failed", status: str = "5.1.1") -> bytes:
    """What Postfix's bounce daemon writes (a delay notice when ``action`` is "delayed")."""
    subject = ("Undelivered Mail Returned to Sender" if action == "failed"
               else "Delayed Mail (still being retried)")
    return (
        "Return-Path: <>\r\n"
        "From: MAILER-DAEMON@mail.example.com (Mail Delivery System)\r\n"
        f"Subject: {subject}\r\nTo: {REP}\r\nAuto-Submitted: auto-replied\r\n"
        f"Date: {_date(when)}\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status;\r\n'
        '\tboundary="5F3A21C0B1.1764000000/mail.example.com"\r\n'
        "Content-Transfer-Encoding: 8bit\r\n"
        "Message-Id: <20261124100000.5F3A21C0B1@mail.example.com>\r\n\r\n"
        "This is a MIME-encapsulated message.\r\n\r\n"
        "--5F3A21C0B1.1764000000/mail.example.com\r\n"
        "Content-Description: Notification\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n"
        "This is the mail system at host mail.example.com.\r\n\r\n"
        "I'm sorry to have to inform you that your message could not\r\n"
        "be delivered to one or more recipients. It's attached below.\r\n\r\n"
        "                   The mail system\r\n\r\n"
        f"<{recipient}>: host mx.hudson-dental.example[203.0.113.5] said: 550\r\n"
        f"    {status} <{recipient}>: Recipient address rejected: User unknown in virtual\r\n"
        "    mailbox table (in reply to RCPT TO command)\r\n\r\n"
        "--5F3A21C0B1.1764000000/mail.example.com\r\n"
        "Content-Description: Delivery report\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns; mail.example.com\r\nX-Postfix-Queue-ID: 5F3A21C0B1\r\n"
        f"X-Postfix-Sender: rfc822; {REP}\r\n"
        "Arrival-Date: Mon, 23 Nov 2026 09:05:01 +0000 (UTC)\r\n\r\n"
        f"Final-Recipient: rfc822; {recipient}\r\nOriginal-Recipient: rfc822;{recipient}\r\n"
        f"Action: {action}\r\nStatus: {status}\r\nRemote-MTA: dns; mx.hudson-dental.example\r\n"
        f"Diagnostic-Code: smtp; 550 {status} <{recipient}>: Recipient address rejected:\r\n"
        "    User unknown in virtual mailbox table\r\n\r\n"
        "--5F3A21C0B1.1764000000/mail.example.com\r\n"
        "Content-Description: Undelivered Message\r\nContent-Type: message/rfc822\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        + _original(original_id, recipient) + "\r\nThank you for your time today.\r\n\r\n"
        "--5F3A21C0B1.1764000000/mail.example.com--\r\n").encode()


def exchange_bounce(*, original_id: str, recipient: str = PROSPECT, when: datetime) -> bytes:
    """What Exchange Online sends: an HTML-and-text explanation, the delivery status, and
    the original's headers as text/rfc822-headers."""
    boundary = "_000_AM0PR01MB12345A6B7C8D9E0F1A2B3C4AM0PR01MB1234eurp_"
    return (
        "From: Microsoft Outlook\r\n"
        " <MicrosoftExchange329e71ec88ae4615bbc36ab6ce41109e@example.com>\r\n"
        f"To: {REP}\r\nDate: {_date(when)}\r\n"
        "Subject: Undeliverable: Thank you, Dana\r\n"
        "Content-Type: multipart/report; report-type=delivery-status;\r\n"
        f'\tboundary="{boundary}"\r\n'
        "Content-Language: en-GB\r\nX-MS-Exchange-Message-Is-Ndr:\r\n"
        "X-MS-PublicTrafficType: Email\r\nAuto-Submitted: auto-replied\r\n"
        "Message-ID: <e1f2a3b4-c5d6-7e8f-9a0b-1c2d3e4f5a6b@AM0PR01MB1234.eurprd01.prod."
        "exchangelabs.com>\r\nMIME-Version: 1.0\r\n\r\n"
        f"--{boundary}\r\nContent-Type: multipart/alternative;\r\n"
        '\tboundary="_002_alt_"\r\n\r\n'
        "--_002_alt_\r\nContent-Type: text/plain; charset=\"us-ascii\"\r\n\r\n"
        f"Your message to {recipient} couldn't be delivered.\r\n"
        "dana wasn't found at hudson-dental.example.\r\n\r\n"
        "--_002_alt_\r\nContent-Type: text/html; charset=\"us-ascii\"\r\n\r\n"
        "<html><body><p>Your message to <b>dana</b> couldn't be delivered.</p></body></html>"
        "\r\n\r\n--_002_alt_--\r\n\r\n"
        f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
        "Reporting-MTA: dns;AM0PR01MB1234.eurprd01.prod.exchangelabs.com\r\n"
        "Received-From-MTA: dns;AM0PR01MB1234.eurprd01.prod.exchangelabs.com\r\n"
        "Arrival-Date: Mon, 23 Nov 2026 09:05:01 +0000\r\n\r\n"
        f"Final-Recipient: rfc822;{recipient}\r\nAction: failed\r\nStatus: 5.1.10\r\n"
        "Diagnostic-Code: smtp;550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not "
        "found by SMTP address lookup\r\nX-Display-Name: Dana Whitfield\r\n\r\n"
        f"--{boundary}\r\nContent-Type: text/rfc822-headers\r\n\r\n"
        + _original(original_id, recipient) + f"\r\n--{boundary}--\r\n").encode()


def broken_mime(*, when: datetime) -> bytes:
    """A multipart message whose closing boundary never comes, with a charset no one knows
    and base64 that does not decode."""
    return (
        f"From: Dana Whitfield <{PROSPECT}>\r\nTo: {REP}\r\nSubject: =?x-unknown?q?Re=3A_?=\r\n"
        f"Date: {_date(when)}\r\nMessage-ID: <broken-1@hudson-dental.example>\r\n"
        'MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="zzz"\r\n\r\n'
        "--zzz\r\nContent-Type: text/plain; charset=x-no-such-charset\r\n"
        "Content-Transfer-Encoding: base64\r\n\r\n"
        "SGVsbG8gU2FtLCBwbGVhc2UgY2FsbCBtZQ==!!!not base64 at all###\r\n"
        "--zzz\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4 trailing garbage").encode()


def huge_reply(*, in_reply_to: str, when: datetime, megabytes: int = 30) -> bytes:
    head = reply(in_reply_to=in_reply_to, when=when, message_id="<huge-1@hudson-dental.example>",
                 text="Here are the scans you asked for.")
    filler = (b"All forty clinics, every chair, listed below.\r\n" * 23) + b"\r\n"
    body = filler * (megabytes * 1024 * 1024 // len(filler))
    return head + body
