"""A prospect's calendar answering Tickler's invite, laid out as each program writes it.

The shapes follow captured iMIP answers (RFC 6047):
- **Outlook / Exchange**: multipart/alternative of an (often empty) text/plain, text/html and
  ``text/calendar; method=REPLY`` in base64; PRODID "Microsoft Exchange Server 2010", the
  zone by its Windows name with its VTIMEZONE, the reply's words in ``COMMENT;LANGUAGE=…``,
  no In-Reply-To; subjects "Accepted:", "Tentative:", "Declined:" ("Angenommen:", "Mit
  Vorbehalt angenommen:", "Abgelehnt:" in German); a new time proposed is METHOD:COUNTER.
- **Google Calendar**: multipart/mixed of multipart/alternative (text/plain "… has accepted
  this invitation." with Google's summary, text/html, ``text/calendar; method=REPLY``) and
  the same file again as an ``application/ics`` attachment ``invite.ics``; times in UTC; a
  note in the ATTENDEE's ``X-RESPONSE-COMMENT``; Sender calendar-notification@google.com.
- **Apple Calendar** (macOS, through Mail): multipart/mixed of an empty text/plain and the
  file as an attachment ``iCal-….ics`` (``text/calendar; method=REPLY``, quoted-printable),
  the zone by its IANA name, ``REQUEST-STATUS:2.0;Success``; the subject is the event's.
- **Thunderbird**: multipart/mixed of multipart/alternative (text/plain "… has accepted your
  event invitation.", ``text/calendar; method=REPLY``) and ``invite.ics``; PRODID Mozilla.
"""

from __future__ import annotations

import base64
import quopri
from datetime import datetime, timedelta
from email.utils import format_datetime

from desktop_app.domain.localtime import utc_to_local

PROSPECT = "dana@hudson-dental.example"
NAME = "Dana Whitfield"
REP = "rep@example.com"
REP_NAME = "Sam Rivers"
SUMMARY = "Call: Dana Whitfield and Sam Rivers"

_WINDOWS = {"America/New_York": "Eastern Standard Time",
            "Europe/Berlin": "W. Europe Standard Time"}
_WINDOWS_TZ = {
    "America/New_York": (
        "BEGIN:VTIMEZONE\r\nTZID:Eastern Standard Time\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16010101T020000\r\nTZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=1SU;BYMONTH=11\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:-0500\r\n"
        "TZOFFSETTO:-0400\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=2SU;BYMONTH=3\r\n"
        "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n"),
    "Europe/Berlin": (
        "BEGIN:VTIMEZONE\r\nTZID:W. Europe Standard Time\r\nBEGIN:STANDARD\r\n"
        "DTSTART:16010101T030000\r\nTZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\n"
        "RRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=10\r\nEND:STANDARD\r\n"
        "BEGIN:DAYLIGHT\r\nDTSTART:16010101T020000\r\nTZOFFSETFROM:+0100\r\n"
        "TZOFFSETTO:+0200\r\nRRULE:FREQ=YEARLY;INTERVAL=1;BYDAY=-1SU;BYMONTH=3\r\n"
        "END:DAYLIGHT\r\nEND:VTIMEZONE\r\n"),
}
_IANA_TZ = {
    "America/New_York": (
        "BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\nBEGIN:DAYLIGHT\r\n"
        "TZOFFSETFROM:-0500\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n"
        "DTSTART:20070311T020000\r\nTZNAME:EDT\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT\r\n"
        "BEGIN:STANDARD\r\nTZOFFSETFROM:-0400\r\nRRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\n"
        "DTSTART:20071104T020000\r\nTZNAME:EST\r\nTZOFFSETTO:-0500\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\n"),
    "Europe/Berlin": (
        "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\n"
        "TZOFFSETFROM:+0100\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\n"
        "DTSTART:19810329T020000\r\nTZNAME:CEST\r\nTZOFFSETTO:+0200\r\nEND:DAYLIGHT\r\n"
        "BEGIN:STANDARD\r\nTZOFFSETFROM:+0200\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
        "DTSTART:19961027T030000\r\nTZNAME:CET\r\nTZOFFSETTO:+0100\r\nEND:STANDARD\r\n"
        "END:VTIMEZONE\r\n"),
}
_OUTLOOK_SUBJECT = {
    ("en", "ACCEPTED"): "Accepted", ("en", "TENTATIVE"): "Tentative",
    ("en", "DECLINED"): "Declined", ("de", "ACCEPTED"): "Angenommen",
    ("de", "TENTATIVE"): "Mit Vorbehalt angenommen", ("de", "DECLINED"): "Abgelehnt",
}
_GOOGLE_SENTENCE = {
    ("en", "ACCEPTED"): "{name} has accepted this invitation.",
    ("en", "TENTATIVE"): '{name} has replied "Maybe" to this invitation.',
    ("en", "DECLINED"): "{name} has declined this invitation.",
    ("de", "ACCEPTED"): "{name} hat diese Einladung angenommen.",
    ("de", "TENTATIVE"): "{name} hat mit „Vielleicht“ auf diese Einladung geantwortet.",
    ("de", "DECLINED"): "{name} hat diese Einladung abgelehnt.",
}
_GOOGLE_SUBJECT = {
    ("en", "ACCEPTED"): "Accepted", ("en", "TENTATIVE"): "Tentatively Accepted",
    ("en", "DECLINED"): "Declined", ("de", "ACCEPTED"): "Angenommen",
    ("de", "TENTATIVE"): "Vorläufig angenommen", ("de", "DECLINED"): "Abgelehnt",
}


def _utc_stamp(when: datetime) -> str:
    return when.strftime("%Y%m%dT%H%M%SZ")


def _local(slot_utc: datetime, tz: str) -> str:
    return utc_to_local(slot_utc, tz).strftime("%Y%m%dT%H%M%S")


def _fold(text: str) -> str:
    """Lines of at most 75 octets, as RFC 5545 writes them."""
    out = []
    for line in text.split("\r\n"):
        while len(line) > 75:
            out.append(line[:75])
            line = " " + line[75:]
        out.append(line)
    return "\r\n".join(out)


def _b64(text: str) -> str:
    encoded = base64.b64encode(text.encode("utf-8")).decode("ascii")
    return "\r\n".join(encoded[i:i + 76] for i in range(0, len(encoded), 76))


def outlook(*, uid: str, slot_utc: datetime, partstat: str = "ACCEPTED", sequence: int = 0,
            when: datetime, tz: str = "America/New_York", language: str = "en",
            comment: str = "", method: str = "REPLY",
            proposed_utc: datetime | None = None) -> bytes:
    """Outlook (Exchange Online) answering an invite; ``method="COUNTER"`` proposes
    ``proposed_utc`` instead ("New Time Proposed: …")."""
    windows = _WINDOWS[tz]
    start = proposed_utc if method == "COUNTER" and proposed_utc else slot_utc
    lang = "en-US" if language == "en" else "de-DE"
    word = _OUTLOOK_SUBJECT[(language, partstat)]
    if method == "COUNTER":
        word = "New Time Proposed" if language == "en" else "Neuer Zeitvorschlag"
    ics = (
        f"BEGIN:VCALENDAR\r\nMETHOD:{method}\r\nPRODID:Microsoft Exchange Server 2010\r\n"
        f"VERSION:2.0\r\n{_WINDOWS_TZ[tz]}BEGIN:VEVENT\r\n"
        f"ATTENDEE;PARTSTAT={partstat};CN={NAME}:mailto:{PROSPECT}\r\n"
        + (f"COMMENT;LANGUAGE={lang}:{comment}\\n\r\n" if comment else "")
        + f"UID:{uid}\r\nSUMMARY;LANGUAGE={lang}:{word}: {SUMMARY}\r\n"
        f"DTSTART;TZID={windows}:{_local(start, tz)}\r\n"
        f"DTEND;TZID={windows}:{_local(start + timedelta(minutes=30), tz)}\r\n"
        f"CLASS:PUBLIC\r\nPRIORITY:5\r\nDTSTAMP:{_utc_stamp(when)}\r\nTRANSP:OPAQUE\r\n"
        f"STATUS:CONFIRMED\r\nSEQUENCE:{sequence}\r\nLOCATION;LANGUAGE={lang}:\r\n"
        f"X-MICROSOFT-CDO-APPT-SEQUENCE:{sequence}\r\n"
        "X-MICROSOFT-CDO-OWNERAPPTID:-1307652219\r\nX-MICROSOFT-CDO-BUSYSTATUS:BUSY\r\n"
        "X-MICROSOFT-CDO-INTENDEDSTATUS:BUSY\r\nX-MICROSOFT-CDO-ALLDAYEVENT:FALSE\r\n"
        "X-MICROSOFT-CDO-IMPORTANCE:1\r\nX-MICROSOFT-CDO-INSTTYPE:0\r\n"
        "X-MICROSOFT-DONOTFORWARDMEETING:FALSE\r\nX-MICROSOFT-DISALLOW-COUNTER:FALSE\r\n"
        "X-MICROSOFT-REQUESTEDATTENDANCEMODE:DEFAULT\r\n"
        "X-MICROSOFT-ISRESPONSEREQUESTED:TRUE\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    boundary = "_000_BN8PR12MB34123C9E2D5AB1F0C7D6E1A4BN8PR12MB3412namp_"
    plain = quopri.encodestring(comment.encode("utf-8")).decode("ascii")
    html = ('<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
            '</head><body><div>' + comment + "</div></body></html>")
    headers = (
        f"Received: from BN8PR12MB3412.namprd12.prod.outlook.com ([fe80::5c1e]) by\r\n"
        f" BN8PR12MB3412.namprd12.prod.outlook.com with mapi id 15.20.8207.010;"
        f" {format_datetime(when)}\r\n"
        f"From: {NAME} <{PROSPECT}>\r\nTo: {REP_NAME} <{REP}>\r\n"
        f"Subject: {word}: {SUMMARY}\r\nThread-Topic: {SUMMARY}\r\n"
        "Thread-Index: AQHbXk2mYFJq1ZBhR0C9x3TqkCq6Eg==\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"Message-ID: <BN8PR12MB3412{_utc_stamp(when)}@BN8PR12MB3412.namprd12.prod."
        "outlook.com>\r\n"
        f"Content-Language: {lang}\r\nX-MS-Has-Attach:\r\nX-MS-TNEF-Correlator:\r\n"
        "MIME-Version: 1.0\r\n"
        f'Content-Type: multipart/alternative;\r\n\tboundary="{boundary}"\r\n\r\n')
    return (
        headers
        + f"--{boundary}\r\nContent-Type: text/plain; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n" + plain + "\r\n\r\n"
        + f"--{boundary}\r\nContent-Type: text/html; charset=\"utf-8\"\r\n"
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(html.encode("utf-8")).decode("ascii") + "\r\n\r\n"
        + f"--{boundary}\r\nContent-Type: text/calendar; charset=\"utf-8\"; "
        f"method={method}\r\nContent-Transfer-Encoding: base64\r\n\r\n"
        + _b64(_fold(ics)) + f"\r\n\r\n--{boundary}--\r\n").encode("ascii")


def google(*, uid: str, slot_utc: datetime, partstat: str = "ACCEPTED", sequence: int = 0,
           when: datetime, language: str = "en", note: str = "") -> bytes:
    """Google Calendar answering for a Gmail user (a note, when given, in
    X-RESPONSE-COMMENT and after the sentence)."""
    comment = f';X-RESPONSE-COMMENT="{note}"' if note else ""
    ics = _fold(
        "BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n"
        "VERSION:2.0\r\nCALSCALE:GREGORIAN\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
        f"DTSTART:{_utc_stamp(slot_utc)}\r\n"
        f"DTEND:{_utc_stamp(slot_utc + timedelta(minutes=30))}\r\n"
        f"DTSTAMP:{_utc_stamp(when)}\r\nORGANIZER;CN={REP_NAME}:mailto:{REP}\r\n"
        f"UID:{uid}\r\n"
        f"ATTENDEE;CUTYPE=INDIVIDUAL;ROLE=REQ-PARTICIPANT;PARTSTAT={partstat};CN={NAME}"
        f";X-NUM-GUESTS=0{comment}:mailto:{PROSPECT}\r\n"
        f"CREATED:{_utc_stamp(when - timedelta(days=1))}\r\n"
        f"DESCRIPTION:{REP_NAME} will call you.\r\n"
        f"LAST-MODIFIED:{_utc_stamp(when)}\r\nLOCATION:\r\nSEQUENCE:{sequence}\r\n"
        f"STATUS:CONFIRMED\r\nSUMMARY:{SUMMARY}\r\nTRANSP:OPAQUE\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
    sentence = _GOOGLE_SENTENCE[(language, partstat)].format(name=NAME)
    if note:
        sentence = sentence.rstrip(".") + (" with note:" if language == "en"
                                           else " mit folgender Notiz:") + f"\r\n{note}"
    local = utc_to_local(slot_utc, "America/New_York")
    plain = (
        f"{sentence}\r\n\r\n{SUMMARY}\r\n"
        f"{local:%A %b %d, %Y} ⋅ {local:%I:%M%p} – "
        f"{local + timedelta(minutes=30):%I:%M%p}\r\nEastern Time - New York\r\n\r\n"
        f"Organizer\r\n{REP_NAME}\r\n{REP}\r\n\r\nGuests\r\n{REP_NAME} - organizer\r\n"
        f"{NAME}\r\nView all guest info  https://calendar.google.com/calendar/event?"
        "action=VIEW&eid=NWtxOWgxcDJyNw\r\n\r\n"
        "Invitation from Google Calendar: https://calendar.google.com/calendar/\r\n\r\n"
        "You are receiving this email because you are subscribed to calendar notifications. "
        "To stop receiving these emails, go to Calendar settings, select this calendar, and "
        'change "Other notifications".\r\n')
    word = _GOOGLE_SUBJECT[(language, partstat)]
    subject = (f"{word}: {SUMMARY} @ {local:%a %b %d, %Y} {local:%I:%M%p} - "
               f"{local + timedelta(minutes=30):%I:%M%p} (EST) ({REP})")
    from email.header import Header

    outer, inner = "000000000000b8a1c2062f7a4d11", "000000000000b8a1bf062f7a4d0f"
    return (
        f"MIME-Version: 1.0\r\nDate: {format_datetime(when)}\r\n"
        f"Reply-To: {NAME} <{PROSPECT}>\r\n"
        "Sender: Google Calendar <calendar-notification@google.com>\r\n"
        f"Message-ID: <calendar-5b1e4c6a-{_utc_stamp(when)}@google.com>\r\n"
        f"Subject: {Header(subject, 'utf-8').encode()}\r\n"
        f"From: {NAME} <{PROSPECT}>\r\nTo: {REP}\r\n"
        f'Content-Type: multipart/mixed; boundary="{outer}"\r\n\r\n'
        f'--{outer}\r\nContent-Type: multipart/alternative; boundary="{inner}"\r\n\r\n'
        f'--{inner}\r\nContent-Type: text/plain; charset="UTF-8"; format=flowed; delsp=yes'
        "\r\nContent-Transfer-Encoding: base64\r\n\r\n" + _b64(plain) + "\r\n"
        f'--{inner}\r\nContent-Type: text/html; charset="UTF-8"\r\n'
        "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(f"<p>{sentence}</p>".encode()).decode("ascii") + "\r\n"
        f'--{inner}\r\nContent-Type: text/calendar; charset="UTF-8"; method=REPLY\r\n'
        "Content-Transfer-Encoding: 7bit\r\n\r\n" + ics + f"\r\n--{inner}--\r\n"
        f'--{outer}\r\nContent-Type: application/ics; name="invite.ics"\r\n'
        'Content-Disposition: attachment; filename="invite.ics"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + _b64(ics) + f"\r\n--{outer}--\r\n"
    ).encode("utf-8")


def apple(*, uid: str, slot_utc: datetime, partstat: str = "ACCEPTED", sequence: int = 0,
          when: datetime, tz: str = "America/New_York") -> bytes:
    """macOS Calendar answering through Mail: the file attached, an empty text part."""
    ics = _fold(
        "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:REPLY\r\n"
        "PRODID:-//Apple Inc.//macOS 14.6.1//EN\r\nCALSCALE:GREGORIAN\r\n"
        f"{_IANA_TZ[tz]}BEGIN:VEVENT\r\n"
        f'ATTENDEE;CN="{NAME}";CUTYPE=INDIVIDUAL;EMAIL="{PROSPECT}";PARTSTAT={partstat}'
        f":mailto:{PROSPECT}\r\n"
        f"DTEND;TZID={tz}:{_local(slot_utc + timedelta(minutes=30), tz)}\r\n"
        f"DTSTAMP:{_utc_stamp(when)}\r\nDTSTART;TZID={tz}:{_local(slot_utc, tz)}\r\n"
        f'ORGANIZER;CN="{REP_NAME}":mailto:{REP}\r\nREQUEST-STATUS:2.0;Success\r\n'
        f"SEQUENCE:{sequence}\r\nSUMMARY:{SUMMARY}\r\nUID:{uid}\r\n"
        "END:VEVENT\r\nEND:VCALENDAR\r\n")
    boundary = "Apple-Mail=_7D3E9B4A-2C61-4F0B-9E55-1A8C2F3D4E5B"
    name = f"iCal-{when:%Y%m%d-%H%M%S}.ics"
    return (
        f'Content-Type: multipart/mixed;\r\n\tboundary="{boundary}"\r\n'
        "Mime-Version: 1.0 (Mac OS X Mail 16.0 \\(3774.600.62\\))\r\n"
        f"Subject: {SUMMARY}\r\nFrom: {NAME} <{PROSPECT}>\r\n"
        f"Date: {format_datetime(when)}\r\n"
        f"Message-Id: <5A1C7E2B-93D4-4C1F-A2B8-{_utc_stamp(when)}@hudson-dental.example>\r\n"
        f"To: {REP_NAME} <{REP}>\r\nX-Mailer: Apple Mail (2.3774.600.62)\r\n\r\n\r\n"
        f"--{boundary}\r\nContent-Transfer-Encoding: 7bit\r\n"
        "Content-Type: text/plain;\r\n\tcharset=us-ascii\r\n\r\n\r\n"
        f"--{boundary}\r\nContent-Disposition: attachment;\r\n\tfilename={name}\r\n"
        f"Content-Type: text/calendar;\r\n\tx-unix-mode=0644;\r\n\tname=\"{name}\";\r\n"
        "\tmethod=REPLY\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quopri.encodestring(ics.encode("utf-8")).decode("ascii")
        + f"\r\n--{boundary}--\r\n").encode("ascii")


def thunderbird(*, uid: str, slot_utc: datetime, partstat: str = "ACCEPTED",
                sequence: int = 0, when: datetime, tz: str = "America/New_York") -> bytes:
    """Thunderbird's calendar answering by email."""
    ics = _fold(
        "BEGIN:VCALENDAR\r\nPRODID:-//Mozilla.org/NONSGML Mozilla Calendar V1.1//EN\r\n"
        f"VERSION:2.0\r\nMETHOD:REPLY\r\n{_IANA_TZ[tz]}BEGIN:VEVENT\r\n"
        f"CREATED:{_utc_stamp(when - timedelta(days=1))}\r\n"
        f"LAST-MODIFIED:{_utc_stamp(when)}\r\nDTSTAMP:{_utc_stamp(when)}\r\nUID:{uid}\r\n"
        f"SUMMARY:{SUMMARY}\r\nORGANIZER;CN={REP_NAME}:mailto:{REP}\r\n"
        f"ATTENDEE;RSVP=TRUE;CN={NAME};PARTSTAT={partstat};ROLE=REQ-PARTICIPANT:mailto:"
        f"{PROSPECT}\r\nDTSTART;TZID={tz}:{_local(slot_utc, tz)}\r\n"
        f"DTEND;TZID={tz}:{_local(slot_utc + timedelta(minutes=30), tz)}\r\n"
        f"SEQUENCE:{sequence}\r\nTRANSP:OPAQUE\r\nX-MOZ-RECEIVED-SEQUENCE:{sequence}\r\n"
        f"X-MOZ-RECEIVED-DTSTAMP:{_utc_stamp(when)}\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    word = {"ACCEPTED": "Accepted", "TENTATIVE": "Tentative",
            "DECLINED": "Invitation Declined"}[partstat]
    verb = {"ACCEPTED": "accepted", "TENTATIVE": "accepted",
            "DECLINED": "declined"}[partstat]
    outer, inner = "------------Vb3hP0xk7QhZ2mF1aS9dLc4T", "------------K2c1nR8wYq5Jt0EoUv3B"
    return (
        f"Message-ID: <8f2d6c1e-4b7a-4e0d-9a3c-{_utc_stamp(when)}@hudson-dental.example>\r\n"
        f"Date: {format_datetime(when)}\r\nMIME-Version: 1.0\r\n"
        "User-Agent: Mozilla Thunderbird\r\nContent-Language: en-US\r\n"
        f"From: {NAME} <{PROSPECT}>\r\nTo: {REP}\r\nSubject: {word}: {SUMMARY}\r\n"
        f'Content-Type: multipart/mixed; boundary="{outer}"\r\n\r\n'
        "This is a multi-part message in MIME format.\r\n"
        f'--{outer}\r\nContent-Type: multipart/alternative;\r\n boundary="{inner}"\r\n\r\n'
        f"--{inner}\r\nContent-Type: text/plain; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n"
        f"{NAME} <{PROSPECT}> has {verb} your event invitation.\r\n\r\n"
        f"--{inner}\r\nContent-Type: text/calendar; method=REPLY; charset=UTF-8\r\n"
        "Content-Transfer-Encoding: 8bit\r\n\r\n" + ics + f"\r\n--{inner}--\r\n\r\n"
        f'--{outer}\r\nContent-Type: application/ics; name="invite.ics"\r\n'
        'Content-Disposition: attachment; filename="invite.ics"\r\n'
        "Content-Transfer-Encoding: base64\r\n\r\n" + _b64(ics) + f"\r\n\r\n--{outer}--\r\n"
    ).encode("utf-8")


def subject_only(*, subject: str, when: datetime, text: str = "",
                 in_reply_to: str | None = None) -> bytes:
    """A forwarded or stripped answer: the subject says it, no calendar part came along."""
    threading = (f"In-Reply-To: {in_reply_to}\r\nReferences: {in_reply_to}\r\n"
                 if in_reply_to else "")
    return (f"From: {NAME} <{PROSPECT}>\r\nTo: {REP}\r\nSubject: {subject}\r\n"
            f"Date: {format_datetime(when)}\r\nMessage-ID: <plain-{_utc_stamp(when)}@"
            f"hudson-dental.example>\r\n{threading}MIME-Version: 1.0\r\n"
            "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n"
            f"\r\n{text}\r\n").encode()
