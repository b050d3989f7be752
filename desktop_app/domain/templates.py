"""Email templates with merge fields: parsing, checking and rendering. Pure text rules.

A merge field is written ``{{first_name}}``. A field Tickler does not know is left in the
text as written and reported, so the rep sees it in the preview instead of sending it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from .cliches import ClicheHit, find_cliches
from .date_words import DEFAULT_LANGUAGE, language_or_default
from .i18n import QT_TR_NOOP

FIELD_RE = re.compile(r"\{\{(.*?)\}\}", re.DOTALL)
_NAME_RE = re.compile(r"^[a-z_][a-z0-9_]*$")

# Every field a template may use, with what it becomes (shown in the editor's field list).
MERGE_FIELDS: dict[str, str] = {
    "first_name": QT_TR_NOOP("Prospect's first name"),
    "last_name": QT_TR_NOOP("Prospect's last name"),
    "full_name": QT_TR_NOOP("Prospect's full name"),
    "title": QT_TR_NOOP("Prospect's job title"),
    "company": QT_TR_NOOP("Prospect's company"),
    "slot": QT_TR_NOOP("The agreed callback, in the prospect's local time"),
    "slot_date": QT_TR_NOOP("Date of the agreed callback (prospect's time)"),
    "slot_time": QT_TR_NOOP("Time of the agreed callback (prospect's time)"),
    "slot_zone": QT_TR_NOOP("Prospect's time zone, as a place"),
    "their_words": QT_TR_NOOP("What the prospect said when they stalled"),
    "reason": QT_TR_NOOP("The compelling reason: next dated event, what will change, or "
                         "your value statement"),
    "value_statement": QT_TR_NOOP("Your value statement (Settings)"),
    "rep_name": QT_TR_NOOP("Your name"),
    "rep_first_name": QT_TR_NOOP("Your first name"),
    "rep_title": QT_TR_NOOP("Your job title"),
    "rep_company": QT_TR_NOOP("Your company"),
    "rep_phone": QT_TR_NOOP("Your phone"),
    "rep_email": QT_TR_NOOP("Your email address"),
    "rep_website": QT_TR_NOOP("Your website"),
    "contact_block": QT_TR_NOOP("Your full contact block (name, title, company, phone, "
                                "email, web)"),
}

# Fields the method asks every message to carry; an empty one is worth a warning.
@dataclass(frozen=True, slots=True)
class TemplateText:
    key: str
    name: str
    subject: str
    body: str
    invite: bool = False  # attach the agreed slot as an .ics invite
    language: str = DEFAULT_LANGUAGE  # what the prospect reads: dates are written in it


@dataclass(frozen=True, slots=True)
class TemplateCheck:
    unknown: tuple[str, ...]
    cliches: tuple[ClicheHit, ...]

    @property
    def ok(self) -> bool:
        return not self.unknown and not self.cliches


@dataclass(frozen=True, slots=True)
class Rendered:
    subject: str
    body: str
    unknown: tuple[str, ...] = ()
    empty: tuple[str, ...] = field(default_factory=tuple)  # used fields with no value
    cliches: tuple[ClicheHit, ...] = ()


class TemplateFormatError(ValueError):
    pass


def parse_template_file(key: str, text: str) -> TemplateText:
    """``Name:``/``Invite:``/``Language:``/``Subject:`` header lines, a blank line, then
    the body. ``Language`` (``en`` when absent) is the language dates are written in."""
    head, sep, body = text.replace("\r\n", "\n").partition("\n\n")
    if not sep:
        raise TemplateFormatError(f"template {key!r} has no blank line after its headers")
    headers: dict[str, str] = {}
    for line in head.splitlines():
        name, colon, value = line.partition(":")
        if not colon:
            raise TemplateFormatError(f"template {key!r}: bad header line {line!r}")
        headers[name.strip().lower()] = value.strip()
    if "subject" not in headers:
        raise TemplateFormatError(f"template {key!r} has no Subject line")
    return TemplateText(
        key=key,
        name=headers.get("name", key.replace("_", " ").capitalize()),
        subject=headers["subject"],
        body=body.strip("\n") + "\n",
        invite=headers.get("invite", "no").lower() in ("yes", "true", "1"),
        language=language_or_default(headers.get("language")),
    )


def used_fields(text: str) -> list[str]:
    """Field names in order of first use, as written (stripped)."""
    seen: list[str] = []
    for match in FIELD_RE.finditer(text or ""):
        name = match.group(1).strip()
        if name not in seen:
            seen.append(name)
    return seen


def unknown_fields(text: str) -> list[str]:
    return [n for n in used_fields(text) if not (_NAME_RE.match(n) and n in MERGE_FIELDS)]


def check_template(subject: str, body: str) -> TemplateCheck:
    """Unknown merge fields, and cliché openers in the text the rep wrote."""
    unknown = unknown_fields(subject + "\n" + body)
    hits = find_cliches(FIELD_RE.sub(" ", subject + "\n" + body))
    return TemplateCheck(tuple(unknown), tuple(hits))


def render_text(text: str, values: Mapping[str, str]) -> str:
    def replace(match: re.Match[str]) -> str:
        name = match.group(1).strip()
        if name in MERGE_FIELDS and name in values:
            return values[name]
        return match.group(0)

    return FIELD_RE.sub(replace, text or "")


def one_line(text: str) -> str:
    """Line breaks and other control characters folded to single spaces (for headers)."""
    return " ".join("".join(ch if ch.isprintable() else " " for ch in text or "").split())


def render(subject: str, body: str, values: Mapping[str, str]) -> Rendered:
    used = used_fields(subject + "\n" + body)
    empty = tuple(n for n in used if n in MERGE_FIELDS and not values.get(n, "").strip())
    rendered_body = render_text(body, values)
    return Rendered(
        subject=one_line(render_text(subject, values)),
        body=rendered_body,
        unknown=tuple(unknown_fields(subject + "\n" + body)),
        empty=empty,
        cliches=tuple(find_cliches(rendered_body)),
    )


def contact_block(identity: Mapping[str, str]) -> str:
    """The rep's full contact details, one per line, as the method asks every email to carry."""
    lines = [identity.get("name", "")]
    title_company = ", ".join(v for v in (identity.get("title", ""),
                                          identity.get("company", "")) if v)
    lines.append(title_company)
    if identity.get("phone"):
        lines.append(f"Phone: {identity['phone']}")
    if identity.get("email"):
        lines.append(f"Email: {identity['email']}")
    if identity.get("website"):
        lines.append(identity["website"])
    if identity.get("signature"):
        lines.append(identity["signature"].strip())
    return "\n".join(line for line in (one_line(x) if "\n" not in x else x for x in lines)
                     if line.strip())
