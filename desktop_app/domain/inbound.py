"""What a message in the rep's mailbox is: a person's reply, an automatic reply, or a bounce.

Pure functions over the bytes an IMAP server gave (often only the headers and the first
part of the body): no network, no database. Broken MIME never raises; what cannot be read
is left out.

- Automatic replies: RFC 3834 ``Auto-Submitted`` (anything but "no"), ``X-Autoreply``,
  ``X-Autorespond``, ``Precedence: auto_reply``, and the usual out-of-office subjects in
  English, German, French and Spanish. The return date is read from the text when given.
- Bounces: an RFC 3464 delivery-status report. ``Action: failed`` with a 5.x.x status is
  a hard bounce (the address is bad); a 4.x.x status, or ``Action: delayed``, is a delay.
- Calendar answers (iMIP, RFC 6047): their calendar program answering the invite Tickler
  sent, read from its ``text/calendar`` part (METHOD:REPLY, the ATTENDEE's PARTSTAT). An
  acceptance (or a tentative one) with nothing written beside it is not a person's reply;
  a refusal, a counter-proposal (METHOD:COUNTER) or an answer with their own words is.
  The subject ("Accepted: …", "Abgelehnt: …") is read only when no calendar part is.
"""

from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, timedelta
from email import message_from_bytes, policy
from email.header import Header, decode_header, make_header
from email.message import Message
from email.utils import getaddresses, parsedate_to_datetime
from enum import StrEnum
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from icalendar import Component

TEXT_LIMIT = 20_000  # characters of a message's text kept for the rep to read


class MailKind(StrEnum):
    REPLY = "reply"
    AUTO_REPLY = "auto_reply"
    BOUNCE = "bounce"  # hard: the address does not exist or refuses mail for good
    DELAY = "delay"  # the message is late or failed for now (4.x.x)
    OTHER = "other"  # a report that says nothing went wrong: not kept
    CALENDAR = "calendar"  # their calendar accepted the invite (for sure or tentatively)


class InviteAnswer(StrEnum):
    """What their calendar said to an invite (the ATTENDEE's PARTSTAT, or METHOD:COUNTER)."""

    ACCEPTED = "accepted"
    TENTATIVE = "tentative"
    DECLINED = "declined"
    COUNTER = "counter"  # they proposed another time


@dataclass(frozen=True, slots=True)
class CalendarAnswer:
    """An answer to a calendar invite, as their calendar program wrote it."""

    answer: InviteAnswer
    uid: str = ""  # the event's UID ('' when only the subject said so)
    sequence: int | None = None  # the version of the invite answered (SEQUENCE)
    slot_utc: datetime | None = None  # the start of the event answered, when the file says
    proposed_utc: datetime | None = None  # a counter-proposal's start
    attendee: str = ""  # the address that answered, lower case
    comment: str = ""  # what they wrote with the answer (COMMENT, X-RESPONSE-COMMENT)
    from_subject: bool = False  # no calendar part: read from the subject alone


@dataclass(frozen=True, slots=True)
class InboundMail:
    """One message as Tickler understands it."""

    message_id: str
    references: tuple[str, ...]  # In-Reply-To first, then References, newest last
    sender: str  # the From address, lower case
    sender_name: str
    subject: str
    sent_utc: datetime | None
    text: str  # the readable text, up to TEXT_LIMIT characters
    kind: MailKind
    return_date: date | None = None  # automatic replies: when they are back
    failed_recipients: tuple[str, ...] = ()  # bounces and delays
    status: str = ""  # the DSN status, e.g. "5.1.1"
    diagnostic: str = ""  # the receiving server's own words
    original_ids: tuple[str, ...] = ()  # the bounced message's Message-ID, if attached
    truncated: bool = False
    calendar: CalendarAnswer | None = None  # an answer to an invite, from their calendar

    @property
    def first_lines(self) -> str:
        return first_lines(self.text)


# -- headers ------------------------------------------------------------------------------


def header(msg: Message, name: str) -> str:
    """A header's text, encoded words decoded and lines unfolded; '' when absent or broken."""
    value = msg.get(name)
    if value is None:
        return ""
    if isinstance(value, Header):  # 8-bit bytes in a header, as some programs send
        return " ".join(_header_parts(value).split())
    return _decoded(_raw_text(str(value)))


def _raw_text(raw: str) -> str:
    if any("\udc80" <= ch <= "\udcff" for ch in raw):  # 8-bit bytes sent unencoded
        raw = raw.encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    return raw


def _decoded(raw: str) -> str:
    try:
        text = str(make_header(decode_header(raw)))
    except Exception:  # an undecodable encoded word: keep it as it came
        text = raw
    return " ".join(text.split())


def _header_parts(value: Header) -> str:
    out = []
    for chunk, charset in decode_header(value):
        if isinstance(chunk, str):
            out.append(chunk)
            continue
        name = "utf-8" if charset in (None, "unknown-8bit") else charset
        try:
            out.append(chunk.decode(name, "replace"))
        except LookupError:
            out.append(chunk.decode("utf-8", "replace"))
    return "".join(out)


_ID_RE = re.compile(r"<([^<>\s]+)>")
_BARE_ID_RE = re.compile(r"[^<>\s(),;\"]+@[^<>\s(),;\"]+")


def message_ids(text: str) -> list[str]:
    """Message-IDs written in a header, as ``<local@domain>``. Some programs write them
    without the angle brackets ('In-Reply-To: 1234@example.com'); those count too."""
    found = _ID_RE.findall(text or "")
    if not found:
        found = _BARE_ID_RE.findall(re.sub(r"\([^()]*\)", " ", text or ""))
    return [f"<{m}>" for m in found]


def _address(msg: Message, name: str) -> tuple[str, str]:
    """(display name, address) of the first address in the header.

    The address is read before encoded words are decoded: a display name may hide a comma,
    angle brackets or another address ('=?utf-8?b?…?=' for 'Jürgen <j@x>'), and only the
    address outside it is the sender's."""
    value = msg.get(name)
    if value is None:
        return "", ""
    raw = _header_parts(value) if isinstance(value, Header) else _raw_text(str(value))
    pairs = getaddresses([" ".join(raw.split())])
    for display, addr in pairs:
        if "@" in addr:
            return " ".join(_decoded(display).split()), addr.strip().lower()
    decoded = header(msg, name)  # an address written inside an encoded word only
    for display, addr in getaddresses([decoded]):
        if "@" in addr:
            return display.strip(), addr.strip().lower()
    return "", ""


# -- text ---------------------------------------------------------------------------------


def _decode_part(part: Message) -> str:
    try:
        payload = part.get_payload(decode=True)
    except Exception:
        payload = None
    if not isinstance(payload, bytes):
        raw = part.get_payload()
        return raw if isinstance(raw, str) else ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, errors="replace")
    except LookupError:  # a charset Python does not know
        return payload.decode("utf-8", errors="replace")


_TAG_RE = re.compile(r"<(script|style)[^>]*>.*?</\1>|<[^>]+>", re.DOTALL | re.IGNORECASE)


def _html_text(html: str) -> str:
    import html as html_module

    html = re.sub(r"<br\s*/?>|</p>|</div>", "\n", html, flags=re.IGNORECASE)
    return html_module.unescape(_TAG_RE.sub("", html))


def body_text(msg: Message) -> str:
    """The first plain-text part (else the first HTML part as text)."""
    plain = html = None
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        disposition = (part.get("Content-Disposition") or "").lower()
        if "attachment" in disposition:
            continue
        if ctype == "text/plain" and plain is None:
            plain = _decode_part(part)
        elif ctype == "text/html" and html is None:
            html = _decode_part(part)
        if plain is not None:
            break
    text = plain if plain is not None else _html_text(html or "")
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.strip()[:TEXT_LIMIT]


_QUOTE_START = re.compile(
    r"^(on .{4,200} wrote:|am .{4,200} schrieb .{1,200}:|le .{4,200} a écrit\s*:|"
    r"el .{4,200} escribió:|-{2,}\s*original message\s*-{2,}|-{2,}\s*ursprüngliche "
    r"nachricht\s*-{2,}|from: .+|von: .+|de: .+)$", re.IGNORECASE)


def first_lines(text: str, lines: int = 3, width: int = 240) -> str:
    """The start of what they wrote: quoted history and blank lines left out."""
    kept: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if _QUOTE_START.match(stripped):
            break
        if not stripped or stripped.startswith(">"):
            continue
        kept.append(stripped)
        if len(kept) >= lines:
            break
    joined = " ".join(kept)
    return joined if len(joined) <= width else joined[:width - 1].rstrip() + "…"


# -- automatic replies ----------------------------------------------------------------------

_OOO_SUBJECT = re.compile(
    r"out of (the )?office|automatic reply|auto[- ]?reply|autoreply|auto[- ]response|"
    r"away from (the )?office|on vacation|on holiday|on leave|vacation reply|"
    r"abwesenheit|abwesend|automatische antwort|außer haus|ausser haus|nicht im büro|"
    r"urlaub|réponse automatique|reponse automatique|absence du bureau|absent du bureau|"
    r"message d'absence|je suis absent|en congés?|fuera de (la )?oficina|"
    r"respuesta automática|respuesta automatica|ausente|de vacaciones|mensaje de ausencia",
    re.IGNORECASE)


def is_automatic(msg: Message, subject: str) -> bool:
    auto = header(msg, "Auto-Submitted").lower()
    if auto and auto.split(";")[0].strip() != "no":
        return True
    if header(msg, "X-Autoreply") or header(msg, "X-Autorespond") or \
            header(msg, "X-Autorespond-Message"):
        return True
    if header(msg, "Precedence").lower() == "auto_reply":
        return True
    # words after 'Re:' are the subject they answer ('AW: Termin nach dem Urlaub' is a
    # person); an out-of-office puts its own words first ('Automatic reply: Re: …')
    return bool(_OOO_SUBJECT.search(_REPLY_PREFIX.split(subject, maxsplit=1)[0]))


_REPLY_PREFIX = re.compile(r"\b(?:re|aw|antw|antwort|sv|vs|rv|rif|ref|réf|r|res)\s*"
                           r"(?:\[\d+\])?\s*:", re.IGNORECASE)


_MONTHS = {
    # English
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
    # German
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6,
    "juli": 7, "oktober": 10, "dezember": 12, "okt": 10, "dez": 12,
    # French
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6,
    "juillet": 7, "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11,
    "décembre": 12, "decembre": 12, "janv": 1, "févr": 2, "fevr": 2, "avr": 4, "juil": 7,
    "déc": 12,
    # Spanish
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11,
    "diciembre": 12, "ene": 1, "abr": 4, "ago": 8, "dic": 12,
}
_MONTH_WORD = "|".join(sorted(_MONTHS, key=len, reverse=True))
_DATE_PATTERNS = [
    # 2026-12-07
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b"),
    # 07.12.2026, 7.12., 07/12/2026, 7/12
    re.compile(r"\b(?P<d>\d{1,2})[./](?P<m>\d{1,2})(?:[./](?P<y>\d{2,4})\b|\.(?!\d)|(?=\s|$|,))"),
    # 07-12-2026 (or 12-07-2026 written month first)
    re.compile(r"\b(?P<d>\d{1,2})-(?P<m>\d{1,2})-(?P<y>\d{4})\b"),
    # 7 December 2026, 7th of December, 7. Dezember, 7 de diciembre de 2026, le 7 décembre
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th|er|\.)?\s*(?:of\s+|de\s+)?"
               rf"(?P<mn>{_MONTH_WORD})\.?(?:,?\s*(?:de\s+)?(?P<y>\d{{4}}))?\b", re.IGNORECASE),
    # December 7, 2026 / Dec 7th
    re.compile(rf"\b(?P<mn>{_MONTH_WORD})\.?\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\b"
               rf"(?:,?\s*(?P<y>\d{{4}}))?", re.IGNORECASE),
]
_BACK_WORDS = re.compile(
    r"\b(back|return|returning|zurück|zurueck|wieder|erreichbar ab|ab dem|ab|retour|"
    r"de retour|à partir du|a partir du|regreso|regresaré|regresare|vuelvo|volveré|"
    r"volvere|de vuelta|a partir del)\b\W*(?:\w+\W+){0,4}$", re.IGNORECASE)
_UNTIL_WORDS = re.compile(
    r"\b(until|till|through|thru|bis|jusqu'au|jusqu’au|jusqu'à|jusqu’à|hasta)\b\W*"
    r"(?:\w+\W+){0,3}$",
    re.IGNORECASE)
_INCLUSIVE = re.compile(r"\b(einschließlich|einschliesslich|inklusive|inclusive|inclus|"
                        r"incluido|inclusive)", re.IGNORECASE)


def _slash_month_first(text: str) -> bool:
    """Whether the text writes its slashed dates month first: one of them can only be read
    that way ('11/30/2026'), so '12/07/2026' beside it is 7 December too."""
    return any(int(m.group(3)) > 12 >= int(m.group(1))
               for m in re.finditer(r"\b(\d{1,2})([/-])(\d{1,2})(?:\2\d{2,4})?\b", text))


def _on_day(year_text: str | None, month: int, day: int, sent: date) -> date:
    if year_text:
        year = int(year_text)
        return date(year + 2000 if year < 100 else year, month, day)
    when = date(sent.year, month, day)
    return date(sent.year + 1, month, day) if when < sent - timedelta(days=3) else when


def _candidates(text: str, sent: date) -> list[tuple[int, int, date]]:
    found: list[tuple[int, int, date]] = []
    taken: list[tuple[int, int]] = []
    month_first = _slash_month_first(text)
    for pattern in _DATE_PATTERNS:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            groups = m.groupdict()
            try:
                day = int(groups["d"])
                month = _MONTHS[groups["mn"].lower()] if groups.get("mn") else int(groups["m"])
                year_text = groups.get("y")
            except (KeyError, TypeError, ValueError):
                continue
            slashed = groups.get("m") is not None and bool(
                re.match(r"\d{1,2}[/-]", m.group(0)))  # not ISO, not German dots
            if (slashed and month_first) or (not 1 <= month <= 12 and 1 <= day <= 12):
                day, month = month, day  # 12/24: written month first
            try:
                when = _on_day(year_text, month, day, sent)
            except ValueError:
                continue
            if slashed and not sent - timedelta(days=3) <= when <= sent + timedelta(days=366):
                try:  # '12/07/2026' sent in November: 7 December read month first
                    other = _on_day(year_text, day, month, sent)
                except ValueError:
                    other = when
                if sent - timedelta(days=3) <= other <= sent + timedelta(days=366):
                    when = other
            taken.append((m.start(), m.end()))
            found.append((m.start(), m.end(), when))
    found.sort()
    return found


_WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4,
    "montag": 0, "dienstag": 1, "mittwoch": 2, "donnerstag": 3, "freitag": 4,
    "lundi": 0, "mardi": 1, "mercredi": 2, "jeudi": 3, "vendredi": 4,
    "lunes": 0, "martes": 1, "miércoles": 2, "miercoles": 2, "jueves": 3, "viernes": 4,
}
_WEEKDAY_RE = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.IGNORECASE)


def _back_on_weekday(text: str, sent: date) -> date | None:
    """'Back on Monday', 'ab Montag wieder', 'de retour lundi', 'vuelvo el lunes', 'until
    Wednesday': the next such day after the message (a weekday named after a word of
    returning or of 'until' only)."""
    for m in _WEEKDAY_RE.finditer(text):
        before = text[max(0, m.start() - 60):m.start()]
        if _BACK_WORDS.search(before) or _UNTIL_WORDS.search(before):
            ahead = (_WEEKDAYS[m.group(1).lower()] - sent.weekday() - 1) % 7 + 1
            return sent + timedelta(days=ahead)
    return None


def return_date(text: str, sent: date) -> date | None:
    """The day they are back, read from an out-of-office text, or None.

    "Back on 7 December", "zurück am 07.12.2026", "de retour le 7 décembre", "regresaré el
    7 de diciembre" give that day; "until/bis/jusqu'au/hasta" a day gives that day too
    (the day after when it says "einschließlich", "inclusive"…). Otherwise the latest date
    after the message's own date. Dates more than a year on are not believed.
    """
    text = text[:4000]
    latest = sent + timedelta(days=366)
    dated = [(s, e, d) for s, e, d in _candidates(text, sent) if sent <= d <= latest]
    if not dated:
        return _back_on_weekday(text, sent)
    for start, _end, when in dated:
        before = text[max(0, start - 60):start]
        if _BACK_WORDS.search(before):
            return when
    for start, end, when in dated:
        before = text[max(0, start - 40):start]
        if _UNTIL_WORDS.search(before):
            inclusive = _INCLUSIVE.match(text[end:end + 30].lstrip(" ,.(")) or \
                _INCLUSIVE.search(before)
            return when + timedelta(days=1) if inclusive else when
    return max(d for _s, _e, d in dated)


# -- bounces --------------------------------------------------------------------------------

_BOUNCE_SENDER = re.compile(r"^(mailer-daemon|postmaster|microsoftexchange[0-9a-f]*)@",
                            re.IGNORECASE)
_BOUNCE_SUBJECT = re.compile(
    r"undeliver|returned mail|delivery status notification|delivery (has )?failed|"
    r"failure notice|mail delivery failed|unzustellbar|non remis|no se puede entregar|"
    r"delivery delayed|delayed mail", re.IGNORECASE)
_STATUS_RE = re.compile(r"\b([245])\.(\d{1,3})\.(\d{1,3})\b")


@dataclass(frozen=True, slots=True)
class _Recipient:
    address: str
    action: str
    status: str
    diagnostic: str


def _dsn_fields(part: Message) -> list[Message]:
    """The field groups of a message/delivery-status part (per-message, then per-recipient)."""
    payload = part.get_payload()
    encoding = (part.get("Content-Transfer-Encoding") or "").strip().lower()
    if isinstance(payload, list):
        if part.get_content_type() == "message/delivery-status" and \
                encoding not in ("base64", "quoted-printable"):
            return [p for p in payload if isinstance(p, Message)]
        # message/global-delivery-status (RFC 6533) is parsed as one message (its first
        # group the headers, the recipients' groups its body), and an encoded report as
        # nonsense: the text is put together again and read as groups
        encoded = encoding in ("base64", "quoted-printable")
        text = "\n\n".join(_group_text(p, joined=encoded) for p in payload
                             if isinstance(p, Message))
    elif isinstance(payload, str):  # a server that sent it as one block of text
        text = payload
    else:
        return []
    text = _transfer_decoded(text, encoding)
    groups = re.split(r"\r?\n\s*\r?\n", text.strip())
    return [message_from_bytes(g.encode("utf-8", "replace"), policy=policy.compat32)
            for g in groups if g.strip()]


def _transfer_decoded(text: str, encoding: str) -> str:
    """A report sent base64 or quoted-printable (some Exchange and SMTPUTF8 servers do)."""
    import binascii
    import quopri

    try:
        if encoding == "base64":
            return binascii.a2b_base64("".join(text.split())).decode("utf-8", "replace")
        if encoding == "quoted-printable":
            return quopri.decodestring(text.encode("utf-8", "replace")).decode(
                "utf-8", "replace")
    except (binascii.Error, ValueError):
        return text
    return text


def _group_text(group: Message, *, joined: bool) -> str:
    """A parsed group as text again. ``joined``: its body went on from a line the parser
    could not read as a field (encoded text), not after a blank line."""
    lines = [f"{name}: {value}" for name, value in group.items()]
    body = group.get_payload()
    if not isinstance(body, str) or not body.strip():
        return "\n".join(lines)
    return "\n".join(lines) + ("\n" if joined and lines else "\n\n" if lines else "") + body


def _strip_type(value: str) -> str:
    """'rfc822; someone@example.com' → 'someone@example.com'."""
    return value.split(";", 1)[-1].strip().strip("<>").lower()


def _dsn_recipients(msg: Message) -> list[_Recipient] | None:
    for part in msg.walk():
        if part.get_content_type() not in ("message/delivery-status",
                                           "message/global-delivery-status"):
            continue
        recipients = []
        for group in _dsn_fields(part):
            action = header(group, "Action").lower()
            if not action:
                continue
            address = _strip_type(header(group, "Original-Recipient")) \
                if not header(group, "Final-Recipient") else \
                _strip_type(header(group, "Final-Recipient"))
            status_match = _STATUS_RE.search(header(group, "Status"))
            status = status_match.group(0) if status_match else ""
            diagnostic = header(group, "Diagnostic-Code").split(";", 1)[-1].strip()
            recipients.append(_Recipient(address, action, status, diagnostic))
        return recipients
    return None


def _original_ids(msg: Message) -> tuple[str, ...]:
    for part in msg.walk():
        ctype = part.get_content_type()
        if ctype in ("message/rfc822", "message/global"):
            inner = part.get_payload()
            if isinstance(inner, list) and inner and isinstance(inner[0], Message):
                ids = message_ids(header(inner[0], "Message-ID"))
                if ids:
                    return tuple(ids)
        if ctype in ("text/rfc822-headers", "text/global-headers"):
            text = _decode_part(part)
            inner = message_from_bytes(text.encode("utf-8", "replace"), policy=policy.compat32)
            ids = message_ids(header(inner, "Message-ID"))
            if ids:
                return tuple(ids)
    return ()


def _looks_like_bounce(msg: Message, sender: str, subject: str) -> bool:
    if msg.get_content_type() == "multipart/report":
        return True
    return bool(_BOUNCE_SENDER.match(sender)) or (
        not sender and bool(_BOUNCE_SUBJECT.search(subject))) or (
        bool(_BOUNCE_SUBJECT.search(subject)) and "daemon" in sender)


def may_be_bounce(mail: InboundMail) -> bool:
    """From the headers alone: could this be a bounce written as plain text (qmail, Exim),
    whose failed address is only in the body?"""
    return bool(_BOUNCE_SENDER.match(mail.sender)) or bool(_BOUNCE_SUBJECT.search(mail.subject))


def _flufl_failures(msg: Message) -> tuple[frozenset[str], frozenset[str]]:
    """A maintained bounce parser for the shapes without a delivery-status report."""
    try:
        from flufl.bounce import all_failures
    except ImportError:  # pragma: no cover - a dependency, but be safe
        return frozenset(), frozenset()
    try:
        temporary, permanent = all_failures(msg)
    except Exception:
        return frozenset(), frozenset()

    def text(values: frozenset[bytes]) -> frozenset[str]:
        return frozenset(v.decode("utf-8", "replace").lower() if isinstance(v, bytes)
                         else str(v).lower() for v in values)

    return text(temporary), text(permanent)


def _classify_bounce(msg: Message, text: str) -> tuple[MailKind, tuple[str, ...], str, str]:
    recipients = _dsn_recipients(msg)
    if recipients:
        hard = [r for r in recipients if r.action == "failed" and r.status.startswith("5")]
        if hard:
            return (MailKind.BOUNCE, tuple(r.address for r in hard), hard[0].status,
                    hard[0].diagnostic)
        soft = [r for r in recipients if r.action in ("failed", "delayed")
                or r.status.startswith("4")]
        if soft:
            return (MailKind.DELAY, tuple(r.address for r in soft), soft[0].status,
                    soft[0].diagnostic)
        return MailKind.OTHER, (), "", ""
    temporary, permanent = _flufl_failures(msg)
    status_match = _STATUS_RE.search(text)
    status = status_match.group(0) if status_match else ""
    if permanent:
        return MailKind.BOUNCE, tuple(sorted(permanent)), status, ""
    if temporary:
        return MailKind.DELAY, tuple(sorted(temporary)), status, ""
    return MailKind.OTHER, (), "", ""


# -- calendar answers ---------------------------------------------------------------------

_CALENDAR_TYPES = ("text/calendar", "application/ics", "text/x-vcalendar")
_PARTSTATS = {"ACCEPTED": InviteAnswer.ACCEPTED, "TENTATIVE": InviteAnswer.TENTATIVE,
              "DECLINED": InviteAnswer.DECLINED}

# The sentence a calendar program writes above its answer: Google ("Maria Okafor has
# accepted this invitation."), Thunderbird ("… has accepted your event invitation."), and
# the same in German, French and Spanish. What follows it is the program's own summary.
_GENERATED_LINE = re.compile(
    r"\b(?:has|have)\b.{0,80}\b(?:accepted|declined|tentatively accepted|replied|proposed)"
    r"\b|\bhat\b.{0,80}\b(?:angenommen|abgelehnt|zugesagt|abgesagt|mit vorbehalt|"
    r"vielleicht|vorgeschlagen)\b|\ba (?:accepté|refusé|décliné|répondu|proposé)\b|"
    r"\bha (?:aceptado|rechazado|respondido|propuesto)\b|"
    r"^(?:invitation from google calendar|einladung von google kalender)\b",
    re.IGNORECASE)

# Lines a server or a phone adds to every message, which nobody wrote to the rep: a
# company's disclaimer, "Sent from my iPhone".
_NOT_WRITTEN = re.compile(
    r"\b(?:confidential|intended (?:solely |only )?for|intended recipient|privileged|"
    r"disclaimer|vertraulich|haftungsausschluss|bestimmt für den adressaten|"
    r"nicht der richtige adressat)\b|^(?:sent from my|von meinem \w+ gesendet|"
    r"gesendet von meinem|envoyé de mon|enviado desde mi)\b", re.IGNORECASE)

# Subjects calendar programs give their answers (English and German Outlook, Google,
# Apple and Thunderbird; French and Spanish Outlook and Google), read only when the
# message has no calendar part. A 'Re:' in front is a person answering one of these.
_SUBJECT_ANSWERS = [
    (re.compile(r"^(?:tentative|tentatively accepted|vorläufig angenommen|mit vorbehalt "
                r"angenommen|mit vorbehalt|vielleicht|provisoire|accepté provisoirement|"
                r"provisional|aceptado provisionalmente)\s*:", re.IGNORECASE),
     InviteAnswer.TENTATIVE),
    (re.compile(r"^(?:declined|invitation declined|abgelehnt|einladung abgelehnt|abgesagt|"
                r"refusé|refusée|rechazado|rechazada)\s*:", re.IGNORECASE),
     InviteAnswer.DECLINED),
    (re.compile(r"^(?:accepted|invitation accepted|angenommen|einladung angenommen|"
                r"zugesagt|accepté|acceptée|aceptado|aceptada)\s*:", re.IGNORECASE),
     InviteAnswer.ACCEPTED),
    (re.compile(r"^(?:new time proposed|neuer zeitvorschlag|nouvelle heure proposée|"
                r"nueva hora propuesta)\s*:", re.IGNORECASE), InviteAnswer.COUNTER),
]


def _calendar_texts(msg: Message) -> list[str]:
    """The text of every calendar part (inline or attached; Google and Thunderbird send
    the same file twice, Apple once as an attachment)."""
    texts = []
    for part in msg.walk():
        if part.is_multipart():
            continue
        ctype = part.get_content_type()
        name = (part.get_filename() or "").lower()
        if ctype in _CALENDAR_TYPES or (ctype == "application/octet-stream"
                                        and name.endswith((".ics", ".vcs"))):
            text = _decode_part(part)
            if "BEGIN:VCALENDAR" in text.upper():
                texts.append(text)
    return texts


def _utc(value: object) -> datetime | None:
    """A DTSTART's instant, when it names one (a floating time or a day does not)."""
    if isinstance(value, datetime) and value.tzinfo is not None \
            and value.utcoffset() is not None:
        return value.astimezone(UTC)
    return None


def _decoded_start(component: Component) -> datetime | None:
    try:
        return _utc(component.decoded("DTSTART"))
    except Exception:  # a start in a zone nobody knows, a broken date
        return None


def _attendee_of(event: Component, sender: str) -> tuple[str, str, str] | None:
    """(address, PARTSTAT, X-RESPONSE-COMMENT) of the attendee who answered: the sender's
    own line, else the one line that says something."""
    values = event.get("ATTENDEE")
    if values is None:
        return None
    lines = values if isinstance(values, list) else [values]
    found = []
    for line in lines:
        address = str(line).strip()
        address = re.sub(r"^mailto:", "", address, flags=re.IGNORECASE).strip().lower()
        params = getattr(line, "params", {})
        found.append((address, str(params.get("PARTSTAT", "")).upper(),
                      str(params.get("X-RESPONSE-COMMENT", "")).strip()))
    for candidate in found:
        if sender and candidate[0] == sender:
            return candidate
    answered = [c for c in found if c[1] and c[1] != "NEEDS-ACTION"]
    return answered[0] if len(answered) == 1 else (found[0] if len(found) == 1 else None)


def _comment(event: Component, param_comment: str) -> str:
    values = event.get("COMMENT")
    lines = values if isinstance(values, list) else [values] if values is not None else []
    parts = [" ".join(str(v).split()) for v in lines]
    parts.append(" ".join(html_unescape(param_comment).split()))
    return "\n".join(p for p in parts if p)


def html_unescape(text: str) -> str:
    """Google writes a note's apostrophe as '&#39;' in X-RESPONSE-COMMENT."""
    import html

    return html.unescape(text)


def _event_words(event: Component) -> set[str]:
    """The lines of the event's own text (its title, description, place): a calendar
    program repeats them in its answer, and they are not the prospect's words."""
    words: set[str] = set()
    for name in ("SUMMARY", "DESCRIPTION", "LOCATION"):
        value = event.get(name)
        for line in str(value or "").splitlines():
            if line.strip():
                words.add(" ".join(line.split()).lower())
    return words


def written_by_them(text: str, event_words: Collection[str] = ()) -> bool:
    """Whether a calendar answer's text holds words a person wrote: not the sentence the
    program puts first ('… has accepted this invitation.') with its summary after it, not
    the event's own text repeated, not quoted history."""
    kept = []
    for line in text.splitlines():
        stripped = " ".join(line.split())
        if _QUOTE_START.match(stripped) or stripped.startswith(("-----", "_____")) \
                or line.rstrip() == "--":  # quoted history, a signature
            break
        if not stripped or stripped.startswith(">") or _NOT_WRITTEN.search(stripped):
            continue
        kept.append(stripped)
    if not kept or _GENERATED_LINE.search(kept[0]):
        return False
    return any(re.search(r"\w", line) and line.lower() not in event_words for line in kept)


def _structured_answer(cal_text: str, sender: str, text: str) -> CalendarAnswer | None:
    from icalendar import Calendar

    try:
        calendar = Calendar.from_ical(cal_text)
    except Exception:
        return None
    method = str(calendar.get("METHOD", "")).strip().upper()
    if method not in ("REPLY", "COUNTER"):
        return None
    events = [c for c in calendar.walk("VEVENT")]
    if not events:
        return None
    event = next((e for e in events if e.get("RECURRENCE-ID") is None), events[0])
    attendee = _attendee_of(event, sender)
    address, partstat, param_comment = attendee or ("", "", "")
    comment = _comment(event, param_comment)
    try:
        sequence: int | None = int(str(event.get("SEQUENCE", 0)).strip() or 0)
    except ValueError:
        sequence = None
    start = _decoded_start(event)
    uid = " ".join(str(event.get("UID", "")).split())
    if method == "COUNTER":
        return CalendarAnswer(InviteAnswer.COUNTER, uid, sequence, None, start, address,
                              comment or _own_words(text, _event_words(event)))
    answer = _PARTSTATS.get(partstat)
    if answer is None:  # delegated, or no answer at all: a person has to read it
        return None
    if not comment and written_by_them(text, _event_words(event)):
        comment = _own_words(text, _event_words(event))
    return CalendarAnswer(answer, uid, sequence, start, None, address, comment)


def _own_words(text: str, event_words: Collection[str]) -> str:
    """The lines a person wrote above the quoted history, if any."""
    if not written_by_them(text, event_words):
        return ""
    return first_lines(text, lines=20, width=TEXT_LIMIT)


def calendar_answer(msg: Message, sender: str, subject: str, text: str) -> CalendarAnswer | None:
    """Their calendar's answer to an invite, or None when the message is not one.

    Read from the calendar part when there is one (its METHOD, the answering ATTENDEE's
    PARTSTAT, the UID, SEQUENCE and DTSTART of the event, and any comment); from the
    subject only when there is none and nothing a person wrote stands beside it.
    """
    texts = _calendar_texts(msg)
    for cal_text in texts:
        answer = _structured_answer(cal_text, sender, text)
        if answer is not None:
            return answer
    if texts or written_by_them(text):
        return None
    for pattern, kind in _SUBJECT_ANSWERS:
        if pattern.match(subject.strip()):
            return CalendarAnswer(kind, from_subject=True)
    return None


# -- the whole message ----------------------------------------------------------------------


def read_message(raw: bytes, *, truncated: bool = False) -> InboundMail:
    """Understand one message from its bytes (the headers and as much body as was fetched)."""
    msg = message_from_bytes(raw, policy=policy.compat32)
    name, sender = _address(msg, "From")
    subject = header(msg, "Subject")
    references = [*message_ids(header(msg, "In-Reply-To")),
                  *message_ids(header(msg, "References"))]
    ids = message_ids(header(msg, "Message-ID"))
    try:
        sent = parsedate_to_datetime(header(msg, "Date"))
        sent_utc = sent.astimezone(UTC) if sent.tzinfo else sent.replace(tzinfo=UTC)
    except (TypeError, ValueError, IndexError, OverflowError):
        sent_utc = None
    try:
        text = body_text(msg)
    except Exception:  # broken MIME: the headers still tell who and what
        text = ""
    mail = InboundMail(
        message_id=ids[0] if ids else "", references=tuple(dict.fromkeys(references)),
        sender=sender, sender_name=name, subject=subject, sent_utc=sent_utc, text=text,
        kind=MailKind.REPLY, truncated=truncated)
    if _looks_like_bounce(msg, sender, subject):
        kind, failed, status, diagnostic = _classify_bounce(msg, text)
        if kind is not MailKind.OTHER or msg.get_content_type() == "multipart/report":
            return replace(mail, kind=kind, failed_recipients=failed, status=status,
                           diagnostic=diagnostic, original_ids=_original_ids(msg))
    answer = calendar_answer(msg, sender, subject, text)
    if answer is not None:
        if answer.comment:  # their words, not the program's summary of the event
            mail = replace(mail, text=answer.comment[:TEXT_LIMIT])
        quiet = answer.answer in (InviteAnswer.ACCEPTED, InviteAnswer.TENTATIVE) \
            and not answer.comment
        return replace(mail, kind=MailKind.CALENDAR if quiet else MailKind.REPLY,
                       calendar=answer)
    if is_automatic(msg, subject):
        sent_day = (sent_utc or datetime.now(UTC)).date()
        back = return_date(f"{subject}\n{text}", sent_day)
        return replace(mail, kind=MailKind.AUTO_REPLY, return_date=back)
    return mail
