"""Email settings, templates and composing a touch's message. No sending here (see outbox).

The rep's identity and SMTP details live in the settings table; the SMTP password never
does: it goes to the OS keyring through platform.secrets.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

from ..domain.date_words import (
    DEFAULT_LANGUAGE,
    clock_text,
    day_month_year,
    long_date,
    slot_words,
)
from ..domain.i18n import tr
from ..domain.invite import InviteRequest, build_invite
from ..domain.localtime import is_valid_zone, utc_to_local
from ..domain.mail_headers import header_text
from ..domain.problem import Problem
from ..domain.templates import (
    FIELD_RE,
    MERGE_FIELDS,
    Rendered,
    TemplateText,
    contact_block,
    one_line,
    parse_template_file,
    render,
)
from ..platform.smtp import DEFAULT_PORTS, Security, SmtpConfig, problem_words
from ..resources import resource
from ..store import Store
from ..store import templates as stored_templates
from ..store.profile_queries import next_dated_event
from ..store.store import ProspectRecord, StallRecord, db_time
from .context import SETTINGS, AppContext, ValidationError

TEMPLATES = "templates"  # change topic: the rep edited a template
TEMPLATE_KEYS = ("thank_you", "thank_you_vague", "reminder", "value_touch", "ask_for_slot",
                 "gone_dark", "nurture", "invite_update", "invite_cancel")
# A template that promises the agreed time as an invite, and the one to send instead when no
# time was agreed (a vague stall): its words must not promise an invite it cannot carry.
WITHOUT_INVITE = {"thank_you": "thank_you_vague"}
PLACEHOLDER_RE = re.compile(r"\[[^\[\]\n]{3,}\]")

EVENT_PHRASES = {
    "warranty_expiry": "your warranty running out",
    "maintenance_contract_end": "your maintenance contract ending",
    "new_regulation": "the new regulation coming in",
    "new_product": "a new product that fits what you described",
    "price_drop": "a price drop",
    "special_offer": "a special offer",
    "better_system": "a better system for what you do today",
}


class NeedsEdit(ValidationError):
    """The rendered message still has something only the rep can write."""

    def __init__(self, message: str, rendered: Rendered) -> None:
        super().__init__(message)
        self.rendered = rendered


# -- the rep's identity -----------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class RepIdentity:
    name: str = ""
    title: str = ""
    company: str = ""
    phone: str = ""
    email: str = ""
    website: str = ""
    signature: str = ""
    value_statement: str = ""
    address: str = ""  # postal: the return address on envelopes

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


def load_identity(ctx: AppContext) -> RepIdentity:
    return RepIdentity(**{
        f.name: ctx.store.get_setting(f"rep_{f.name}") or "" for f in fields(RepIdentity)})


def save_identity(ctx: AppContext, identity: RepIdentity) -> RepIdentity:
    from .prospects import check_email

    if not identity.name.strip():
        raise ValidationError("Give your name: it signs every email.", "name")
    if not identity.email.strip():
        raise ValidationError("Give your email address: replies come back to it.", "email")
    cleaned = RepIdentity(**{
        k: (v.strip() if k in ("signature", "value_statement", "address") else one_line(v))
        for k, v in identity.as_dict().items()})
    cleaned = replace(cleaned, email=check_email(cleaned.email))
    with ctx.store.transaction():
        for key, value in cleaned.as_dict().items():
            ctx.store.set_setting(f"rep_{key}", value)
    ctx.changes.emit(SETTINGS)
    return cleaned


# -- SMTP settings (never the password) ---------------------------------------------------


def load_smtp(ctx: AppContext) -> SmtpConfig | None:
    host = ctx.store.get_setting("smtp_host") or ""
    if not host:
        return None
    security = Security(ctx.store.get_setting("smtp_security") or Security.STARTTLS.value)
    port = int(ctx.store.get_setting("smtp_port") or DEFAULT_PORTS[security])
    return SmtpConfig(host=host, port=port, security=security,
                      username=ctx.store.get_setting("smtp_username") or "",
                      ca_file=ctx.store.get_setting("smtp_ca_file") or "")


def save_smtp(ctx: AppContext, config: SmtpConfig, *, plain_confirmed: bool = False,
              has_password: bool = False) -> SmtpConfig:
    host = config.host.strip()
    if not host or any(ch.isspace() for ch in host):
        raise ValidationError("Give the SMTP server's host name, e.g. smtp.example.com.", "host")
    if not 0 < config.port < 65536:
        raise ValidationError("The port is a number from 1 to 65535.", "port")
    if config.security is Security.PLAIN:
        if not plain_confirmed:
            raise ValidationError("An unencrypted connection sends your mail in the clear. "
                                  "Confirm the warning to use it.", "security")
        if has_password:
            raise ValidationError("A password is never sent over an unencrypted connection. "
                                  "Use TLS or STARTTLS, or clear the password.", "security")
    if config.ca_file:
        from pathlib import Path

        if not Path(config.ca_file).is_file():
            raise ValidationError("The certificate file does not exist.", "ca_file")
    before = load_smtp(ctx)
    values = {"smtp_host": host, "smtp_port": str(config.port),
              "smtp_security": config.security.value,
              "smtp_username": one_line(config.username), "smtp_ca_file": config.ca_file}
    saved = replace(config, host=host, username=values["smtp_username"])
    with ctx.store.transaction():
        for key, value in values.items():
            ctx.store.set_setting(key, value)
        if before is None or keyring_account(before) != keyring_account(saved):
            ctx.store.set_setting(LOGIN_HOLD, None)  # the refusal was for another account
    ctx.changes.emit(SETTINGS)
    return saved


def save_email_settings(ctx: AppContext, identity: RepIdentity, config: SmtpConfig, *,
                        plain_confirmed: bool = False,
                        has_password: bool = False) -> SmtpConfig:
    """The rep's identity and the server together: both are saved, or neither is."""
    with ctx.store.transaction():
        save_identity(ctx, identity)
        return save_smtp(ctx, config, plain_confirmed=plain_confirmed,
                         has_password=has_password)


def keyring_account(config: SmtpConfig) -> str:
    return f"{config.username}@{config.host}:{config.port}"


# -- a refused login holds the outbox until the rep gives a password -----------------------

LOGIN_HOLD = "smtp_login_refused"  # settings key: the refusal (a Problem, as JSON)


def login_hold(store: Store) -> str | None:
    """Why sending is held (the server refused the login), or None.

    While held, no send pass connects: a wrong password is tried once, never again on its
    own, so the rep's account is not locked by a retrying app.
    """
    value = store.get_setting(LOGIN_HOLD) or None
    problem = Problem.from_json(value)
    if problem is None:  # words kept by a Tickler from before problems were data
        return value
    return tr("Held: {detail}").format(detail=problem_words(problem))


def hold_logins(store: Store, words: str | Problem) -> None:
    """Hold sending: ``words`` is the refusal (worded in the rep's language when read)."""
    store.set_setting(LOGIN_HOLD, words.to_json() if isinstance(words, Problem) else words)


def password_changed(ctx: AppContext) -> None:
    """The rep gave a password: lift the hold, and let what it held go at once."""
    if login_hold(ctx.store) is None:
        return
    from ..store.outbox import release_held

    with ctx.store.transaction():
        ctx.store.set_setting(LOGIN_HOLD, None)
        release_held(ctx.store, ctx.now())
    ctx.changes.emit(SETTINGS, "outbox")


# -- templates ----------------------------------------------------------------------------


def default_template(key: str) -> TemplateText:
    path = resource("templates", f"{key}.txt")
    return parse_template_file(key, path.read_text(encoding="utf-8"))


def get_template(ctx: AppContext, key: str) -> TemplateText:
    saved = stored_templates.saved_template(ctx.store, key)
    if saved is not None:
        try:  # an edited template keeps the language of the one it was made from
            language = default_template(key).language
        except FileNotFoundError:
            language = DEFAULT_LANGUAGE
        return replace(saved, language=language)
    try:
        return default_template(key)
    except FileNotFoundError:
        raise ValidationError(f"There is no email template called {key!r}.") from None


def list_templates(ctx: AppContext) -> list[TemplateText]:
    return [get_template(ctx, key) for key in TEMPLATE_KEYS]


def is_customised(ctx: AppContext, key: str) -> bool:
    return stored_templates.has_saved_template(ctx.store, key)


def save_template(ctx: AppContext, template: TemplateText) -> None:
    subject = one_line(template.subject)
    if not subject:
        raise ValidationError("A template needs a subject.", "subject")
    if not template.body.strip():
        raise ValidationError("A template needs a body.", "body")
    stored_templates.save_template(
        ctx.store, replace(template, name=one_line(template.name) or template.key,
                           subject=subject), ctx.now())
    ctx.changes.emit(TEMPLATES)


def reset_template(ctx: AppContext, key: str) -> None:
    stored_templates.delete_template(ctx.store, key)
    ctx.changes.emit(TEMPLATES)


# -- merge values -------------------------------------------------------------------------


def _slot_parts(slot_utc: datetime | None, tz: str, language: str) -> dict[str, str]:
    if slot_utc is None:
        return {"slot": "", "slot_date": "", "slot_time": "", "slot_zone": _place(tz)}
    local = utc_to_local(slot_utc, tz)
    return {"slot": slot_words(local, _place(tz), language),
            "slot_date": long_date(local, language), "slot_time": clock_text(local),
            "slot_zone": _place(tz)}


def _place(tz: str) -> str:
    return tz.rsplit("/", 1)[-1].replace("_", " ")


def _zone_of(ctx: AppContext, prospect: ProspectRecord | None) -> str:
    """The prospect's zone, or the rep's when theirs is missing or unknown here (a book
    restored from elsewhere): the times in a message are then given in the rep's zone,
    named, rather than the message failing."""
    tz = prospect.timezone or "" if prospect else ""
    return tz if is_valid_zone(tz) else ctx.rep_timezone


def compelling_reason(ctx: AppContext, prospect_id: int, identity: RepIdentity,
                      language: str = DEFAULT_LANGUAGE) -> str:
    """The next dated compelling event, else what will change, else the value statement."""
    prospect = ctx.store.get_prospect(prospect_id)
    tz = _zone_of(ctx, prospect)
    event = next_dated_event(ctx.store, prospect_id, utc_to_local(ctx.now(), tz).date())
    if event:
        kind, event_date, note = event.kind, event.event_date or "", event.note
        phrase = EVENT_PHRASES.get(kind) or one_line(note) or kind.replace("_", " ")
        try:
            day = datetime.fromisoformat(event_date[:10])
            return f"{phrase} on {day_month_year(day, language)}"
        except ValueError:
            return phrase
    profile = ctx.store.get_profile(prospect_id)
    what = one_line(profile.what_will_change)
    if what:
        return what[0].lower() + what[1:] if what[:2].istitle() else what
    return one_line(identity.value_statement)


def merge_values(ctx: AppContext, prospect_id: int, touch_id: int | None = None,
                 identity: RepIdentity | None = None,
                 language: str = DEFAULT_LANGUAGE) -> dict[str, str]:
    """The merge fields for one prospect; dates are written in ``language`` (the
    template's), never in the rep's desktop language."""
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None:
        raise ValidationError("That prospect no longer exists.")
    identity = identity or load_identity(ctx)
    tz = _zone_of(ctx, prospect)
    slot_utc, words = None, ""
    stall = _stall_for(ctx, prospect_id, touch_id)
    if stall is not None:
        words = stall.words or ""
        if stall.slot_utc:
            slot_utc = stall.slot_utc
    values = {
        "first_name": one_line(prospect.first_name) or one_line(prospect.last_name),
        "last_name": one_line(prospect.last_name),
        "full_name": one_line(f"{prospect.first_name} {prospect.last_name}"),
        "title": one_line(prospect.title),
        "company": one_line(prospect.company),
        "their_words": one_line(words),
        "reason": compelling_reason(ctx, prospect_id, identity, language).rstrip(" .;:!"),
        "value_statement": identity.value_statement.strip(),
        "rep_name": identity.name,
        "rep_first_name": identity.name.split(" ")[0] if identity.name else "",
        "rep_title": identity.title,
        "rep_company": identity.company,
        "rep_phone": identity.phone,
        "rep_email": identity.email,
        "rep_website": identity.website,
        "contact_block": contact_block(identity.as_dict()),
    }
    values.update(_slot_parts(slot_utc, tz, language))
    return values


def _stall_for(ctx: AppContext, prospect_id: int, touch_id: int | None) -> StallRecord | None:
    if touch_id is not None:
        touch = ctx.store.get_touch(touch_id)
        if touch is not None and touch.stall_id is not None:
            return ctx.store.get_stall(int(touch.stall_id))
    stalls = [s for s in ctx.store.stalls_for(prospect_id) if s.open]
    return stalls[0] if stalls else None


def preview(ctx: AppContext, template: TemplateText, prospect_id: int,
            touch_id: int | None = None) -> Rendered:
    """The template as this prospect would receive it, with its problems listed."""
    return draft(template.subject, template.body,
                 merge_values(ctx, prospect_id, touch_id, language=template.language))


def empty_marker(name: str) -> str:
    return f"[{name.replace('_', ' ')}: empty for this prospect]"


def draft(subject: str, body: str, values: dict[str, str]) -> Rendered:
    """``render`` for a draft the rep will see: an empty merge value shows as a marked gap
    where it stands (never "Dear ,"), and the rep must fill it before the message goes."""
    rendered = render(subject, body, values)
    if not rendered.empty:
        return rendered
    marked = {k: (v if v.strip() or k not in rendered.empty else empty_marker(k))
              for k, v in values.items()}
    marked.update({k: empty_marker(k) for k in rendered.empty if k not in marked})
    again = render(subject, body, marked)
    return replace(again, empty=rendered.empty)


def place(needle: str, subject: str, body: str) -> str:
    """Where ``needle`` stands, in words: "in the subject", "on line 3", "in the subject
    and on lines 1 and 5"."""
    lines = [str(n) for n, line in enumerate(body.splitlines(), 1) if needle in line]
    where = [tr("in the subject")] if needle in subject else []
    if len(lines) == 1:
        where.append(tr("on line {number}").format(number=lines[0]))
    elif lines:
        where.append(tr("on lines {numbers} and {last}").format(
            numbers=", ".join(lines[:-1]), last=lines[-1]))
    return tr(" and ").join(where) or tr("in the text")


def sample_prospect_id(ctx: AppContext) -> int | None:
    """A prospect worth previewing with: the latest open stall with an agreed slot."""
    from ..store.plans import latest_booked_prospect_id

    return latest_booked_prospect_id(ctx.store)


# "Dear ," or "Dear," (Dear always takes a name), or "Hi ," where a name was left out.
_NOBODY_GREETED_RE = re.compile(
    r"^[ \t]*(?:dear[ \t]*[,:;]|(?:hi|hello|hey|good (?:morning|afternoon|evening))[ \t]+[,:;])",
    re.IGNORECASE | re.MULTILINE)


def _masked(text: str, values: Mapping[str, str] | None) -> str:
    """``text`` with every merge value that holds a bracket or a brace blotted out, letter
    for letter (so positions and lines stay put): "Müller GmbH [Nord]" or a prospect's
    "[laughs] call me in May" is what the book says, not a part left for the rep."""
    for value in sorted({v for v in (values or {}).values()
                         if v and any(ch in v for ch in "[]{}")}, key=len, reverse=True):
        text = text.replace(value, re.sub(r"[^\n]", "x", value))
    return text


def problems(rendered: Rendered, values: Mapping[str, str] | None = None) -> list[str]:
    """What stops a one-click send, in words for the rep, each with its place.

    ``values`` are the merge values the text was filled with: brackets in them are the
    prospect's own words, never a part for the rep to write."""
    subject, body = rendered.subject, rendered.body
    found = []
    for name in rendered.unknown:
        written = next((m.group(0) for m in FIELD_RE.finditer(subject + "\n" + body)
                        if m.group(1).strip() == name), "{{" + name + "}}")
        found.append(tr("{field} {where} is not a merge field Tickler knows (a typo?)").format(
            field=written, where=place(written, subject, body)))
    for name in rendered.empty:
        marker = empty_marker(name)
        where = place(marker, subject, body) if marker in subject + body else ""
        field = "{{" + name + "}}"
        found.append(tr("{field} has nothing to fill in for this prospect ({where})").format(
            field=field, where=where) if where else tr(
            "{field} has nothing to fill in for this prospect").format(field=field))
    markers = {empty_marker(n) for n in rendered.empty}
    text = subject + "\n" + body
    for match in PLACEHOLDER_RE.finditer(_masked(text, values)):
        placeholder = text[match.start():match.end()]
        if placeholder not in markers:
            found.append(tr("a part only you can write {where}: {placeholder}").format(
                where=place(placeholder, subject, body), placeholder=placeholder))
            break
    return found


def half_made(subject: str, body: str,
              values: Mapping[str, str] | None = None) -> str | None:
    """Why text the rep wrote or edited cannot go yet (the place named), or None.

    A merge field left as typed, a gap the draft marked, a [write this] part, or a greeting
    with no one after it ("Dear ,") would all reach the prospect as they stand. Brackets
    and braces inside the merge ``values`` the text was filled with are the book's own.
    """
    found = half_made_where(subject, body, values)
    return found[0] if found else None


def half_made_where(subject: str, body: str, values: Mapping[str, str] | None = None
                    ) -> tuple[str, str] | None:
    """``half_made``'s problem and the field it stands in first ("subject" or "body")."""
    text = subject + "\n" + body
    masked = _masked(text, values)

    def found(needle: str, problem: str) -> tuple[str, str]:
        return problem, "subject" if needle in subject else "body"

    for match in FIELD_RE.finditer(masked):
        field = text[match.start():match.end()]
        known = match.group(1).strip() in MERGE_FIELDS
        if known:
            return found(field, tr("{field} {where} would go out as typed: write out what it "
                                   "stands for.").format(field=field,
                                                         where=place(field, subject, body)))
        return found(field, tr("{field} {where} would go out as typed: it is not a merge field "
                               "Tickler knows (a typo?). Write the words instead.").format(
            field=field, where=place(field, subject, body)))
    for match in PLACEHOLDER_RE.finditer(masked):
        placeholder = text[match.start():match.end()]
        return found(placeholder, tr("Replace {placeholder} {where} with your own words "
                                     "before this goes.").format(
            placeholder=placeholder, where=place(placeholder, subject, body)))
    greeting = _NOBODY_GREETED_RE.search(masked)
    if greeting:
        line = greeting.group(0).strip()
        return found(line, tr("“{line}” {where} greets no one: a name is missing. Add it "
                              "before this goes.").format(line=line,
                                                          where=place(line, subject, body)))
    return None


# -- composing ----------------------------------------------------------------------------


def invite_for_touch(ctx: AppContext, touch_id: int, identity: RepIdentity,
                     recipient: str, recipient_name: str) -> str | None:
    """The .ics for the agreed slot of this touch's stall, or None when there is no slot."""
    touch = ctx.store.get_touch(touch_id)
    if touch is None or touch.stall_id is None:
        return None
    stall = ctx.store.get_stall(int(touch.stall_id))
    if stall is None or not stall.slot_utc or stall.slot_quality != "booked":
        return None
    from .slots import INVITE_CANCEL, INVITE_UPDATE, invite_sequence

    domain = identity.email.rpartition("@")[2] or "tickler.invalid"
    uid = (_first_invite_uid(ctx, stall.id)
           or f"tickler-stall-{stall.id}-{db_time(stall.logged_utc)}"
              f"@{domain}")
    cancel = touch.step_key == INVITE_CANCEL
    # An update keeps the number it was queued with; any other invite (a reminder sent after
    # a move) is the newest version of the event.
    sequence = invite_sequence(ctx.store, stall.id,
                               touch_id if touch.step_key == INVITE_UPDATE else None)
    return build_invite(InviteRequest(
        uid=uid,
        slot_utc=stall.slot_utc,
        timezone=stall.slot_tz,
        summary=one_line(f"Call: {recipient_name} and {identity.name}"
                         + (f" ({identity.company})" if identity.company else "")),
        description=f"{identity.name} will call you.\n\n"
                    + contact_block(identity.as_dict()),
        organizer_name=identity.name, organizer_email=identity.email,
        attendee_name=recipient_name, attendee_email=recipient,
        stamp_utc=ctx.now(),
        sequence=sequence + 1 if cancel else sequence,
        method="CANCEL" if cancel else "REQUEST",
    ))


def _first_invite_uid(ctx: AppContext, stall_id: int) -> str | None:
    """The UID the stall's invite already went out with, if one did.

    An update or a cancellation must name the same event; the UID ends in the rep's mail
    domain, and the rep may have changed their address since the first invite.
    """
    prefix = f"tickler-stall-{stall_id}-"
    from ..store.outbox import stall_invites

    for text in stall_invites(ctx.store, stall_id):
        unfolded = text.replace("\r\n ", "").replace("\n ", "")
        for line in unfolded.splitlines():
            if line.startswith("UID:" + prefix):
                return line[4:].strip()
    return None


def new_message_id(sender: str) -> str:
    """A fresh Message-ID at the sender's domain, in IDNA (a header is ASCII unless the
    whole message is SMTPUTF8: müller.example goes out as xn--mller-kva.example)."""
    from ..platform.smtp import envelope_address

    try:
        domain = envelope_address(sender)[0].rpartition("@")[2]
    except ValueError:
        domain = ""
    return make_msgid("tickler", domain=domain or "tickler.invalid")


_CONTROL_RE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _cte(text: str) -> str:
    """7-bit on the wire whatever the server offers: plain ASCII as is, else quoted-printable.

    RFC 2045's 7bit has no NUL and no other control characters (a pasted escape, a form
    feed): text holding one is quoted-printable too, so it arrives as written."""
    if (text.isascii() and not _CONTROL_RE.search(text)
            and all(len(line) <= 78 for line in text.splitlines())):
        return "7bit"
    return "quoted-printable"


_MIME_HEADERS = {"mime-version", "content-type", "content-transfer-encoding"}
_MAX_NAME = 120


def _check_generated(raw: bytes, written: dict[str, str]) -> None:
    """Python 3.11 has no check of generated headers: read the bytes back as a receiving
    program would and insist they say exactly what was written, and nothing more."""
    from email import policy
    from email.parser import Parser

    parsed = Parser(policy=policy.default).parsestr(raw.decode("utf-8", "surrogateescape"),
                                                    headersonly=True)
    names = [name.lower() for name in parsed]
    expected = {name.lower() for name in written} | _MIME_HEADERS
    if len(names) != len(set(names)) or not set(names) <= expected:
        raise ValueError("the message's headers did not come out as written")
    for name, value in written.items():
        got = parsed[name]
        if name in ("From", "To"):
            addresses = list(getattr(got, "addresses", ()))
            if len(addresses) != 1 or addresses[0].addr_spec.lower() != value.lower():
                raise ValueError(f"the {name} header did not come out as written")
        elif got is None or " ".join(str(got).split()) != " ".join(value.split()):
            raise ValueError(f"the {name} header did not come out as written")


def compose(*, message_id: str, date: datetime, sender: str, sender_name: str,
            recipient: str, recipient_name: str, subject: str, body: str,
            invite: str | None) -> bytes:
    """The exact bytes to hand to the server.

    Every header value passes through ``header_text`` (encoded words decoded, line breaks
    folded), so no name, company or subject can add a header; the result is read back and
    checked. Every part is 7-bit (quoted-printable or base64), so no server needs 8BITMIME.
    Domains go out in IDNA; an address with letters outside ASCII before the @ makes an
    SMTPUTF8 message (UTF-8 headers), which only such a server is given.
    """
    from email import policy

    from ..platform.smtp import envelope_address

    wire_sender, utf8_sender = envelope_address(sender)
    wire_recipient, utf8_recipient = envelope_address(recipient)
    # Headers are written unfolded up to RFC 5322's 998: Python 3.11 drops the quotes of a
    # display name it folds ("To: Priya Bcc: spy@…" would read as a group of addresses).
    mail_policy = policy.SMTP.clone(utf8=utf8_sender or utf8_recipient, max_line_length=998)
    msg = EmailMessage(policy=policy.default)  # parts encoded with 76-character lines

    def address(name: str, wire: str) -> Address:
        local, _at, domain = wire.rpartition("@")
        display = header_text(name)
        if len(display) > _MAX_NAME:  # short enough never to be folded
            display = display[:_MAX_NAME - 1].rstrip() + "…"
        return Address(display_name=display, username=local, domain=domain)

    written = {
        "From": wire_sender, "To": wire_recipient, "Subject": header_text(subject),
        "Date": format_datetime(date), "Message-ID": header_text(message_id),
        "X-Mailer": "Tickler",
    }
    msg["From"] = address(sender_name, wire_sender)
    msg["To"] = address(recipient_name, wire_recipient)
    for name in ("Subject", "Date", "Message-ID", "X-Mailer"):
        msg[name] = written[name]
    msg.set_content(body, cte=_cte(body))
    if invite:
        method = "CANCEL" if "\nMETHOD:CANCEL" in invite.replace("\r", "") else "REQUEST"
        msg.add_alternative(invite, subtype="calendar", params={"method": method},
                            cte=_cte(invite))
        msg.add_attachment(invite.encode("utf-8"), maintype="application", subtype="ics",
                           filename="invite.ics")
    raw = msg.as_bytes(policy=mail_policy)
    _check_generated(raw, written)
    return raw
