"""The handwritten-note touch in one motion: what to write today, to whom, and posting it.

Gathers the pending note-by-post touches due today or overdue, each with the prospect's
postal address (an empty one is a gap the rep fills on the spot, saved through the profile
service) and a suggested note from the ``note_card`` template. The envelopes and cards are
painted by the views (Qt printing); marking the notes posted completes their touches
together, in one transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from ..domain.builtin_words import builtin_words
from ..domain.envelopes import (
    CARDS,
    DEFAULT_CARD,
    DEFAULT_ENVELOPE,
    ENVELOPES,
    has_postal_address,
    recipient_lines,
)
from ..domain.i18n import tr
from ..domain.model import STATUS_WORDS, Channel, TouchStatus
from ..store.store import db_time
from .context import PROFILE, PROSPECTS, SETTINGS, TOUCHES, AppContext, ValidationError
from .email import (
    TEMPLATES,
    draft,
    get_template,
    load_identity,
    merge_values,
    problems,
    reset_template,
    save_template,
)
from .queue import queue_for_day

NOTE_TEMPLATE_KEY = "note_card"
NOTE_TOPICS = frozenset({TOUCHES, SETTINGS, TEMPLATES, PROSPECTS, PROFILE})  # views refresh
ENVELOPE_SETTING = "print.envelope"
CARD_SETTING = "print.card"  # a CARDS key, or "none" for envelopes only


@dataclass(frozen=True, slots=True)
class NoteToWrite:
    touch_id: int
    prospect_id: int
    name: str
    company: str
    address: str  # as stored; "" is a gap to fill before the envelope can print
    title: str  # the touch's title ("Handwritten note + card")
    due_utc: datetime
    overdue: bool
    note: str  # the suggested text, merge fields filled
    note_problems: tuple[str, ...]  # what the rep should fix in the text first

    @property
    def has_address(self) -> bool:
        return has_postal_address(self.address)

    @property
    def recipient(self) -> list[str]:
        return recipient_lines(self.name, self.company, self.address)


def suggested_note(ctx: AppContext, prospect_id: int,
                   touch_id: int | None = None) -> tuple[str, list[str]]:
    """The note-card template filled in for this prospect, with what still needs the rep
    (an empty merge field shows as a marked gap where it stands, as in email drafts)."""
    template = get_template(ctx, NOTE_TEMPLATE_KEY)
    values = merge_values(ctx, prospect_id, touch_id)
    rendered = draft(template.subject, template.body, values)
    return rendered.body.strip() + "\n", problems(rendered, values)


def note_template(ctx: AppContext) -> str:
    """The note-card template's text, with its merge fields (the rep's own, or the default)."""
    return get_template(ctx, NOTE_TEMPLATE_KEY).body


def save_note_template(ctx: AppContext, body: str) -> None:
    """Keep the rep's own note-card template. A misspelt merge field is refused, so no note
    is ever suggested with ``{{firstname}}`` left in it."""
    from ..domain.templates import TemplateText, check_template

    text = body.replace("\r\n", "\n").strip()
    if not text:
        raise ValidationError(tr("Write the note: it is what every card suggests."), "body")
    check = check_template("", text)
    if check.unknown:
        fields = ", ".join("{{" + name + "}}" for name in check.unknown)
        raise ValidationError(tr("{fields}: not a merge field Tickler knows (a typo?).").format(
            fields=fields), "body")
    template = get_template(ctx, NOTE_TEMPLATE_KEY)
    save_template(ctx, TemplateText(NOTE_TEMPLATE_KEY, template.name, template.subject,
                                    text + "\n"))


def reset_note_template(ctx: AppContext) -> None:
    reset_template(ctx, NOTE_TEMPLATE_KEY)


def notes_to_write(ctx: AppContext) -> list[NoteToWrite]:
    """Today's and overdue note-by-post touches, in due order."""
    now = ctx.now()
    out: list[NoteToWrite] = []
    for row in queue_for_day(ctx):
        if row.channel is not Channel.POST:
            continue
        prospect = ctx.store.get_prospect(row.prospect_id)
        if prospect is None:
            continue
        text, found = suggested_note(ctx, row.prospect_id, row.id)
        out.append(NoteToWrite(
            touch_id=row.id, prospect_id=row.prospect_id, name=row.prospect
            if row.prospect != "(no name)" else "", company=prospect.company,
            address=prospect.address or "", title=row.title, due_utc=row.due_utc,
            overdue=row.due_utc < now, note=text, note_problems=tuple(found)))
    return out


def save_postal_address(ctx: AppContext, prospect_id: int, address: str) -> str:
    """Fill the prospect's postal address (the gap shown on a note), through the profile
    service so it is checked and saved as an edit in the profile would be. Returns it."""
    from .profile import save_profile

    if not has_postal_address(address):
        raise ValidationError(tr("Write the postal address: the street, the town and the "
                                 "postcode, one a line."), "address")
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None or not prospect.live:
        raise ValidationError(tr("That prospect is not in the book any more."))
    contact = prospect.contact()
    contact["address"] = "\n".join(line.rstrip() for line in address.strip().splitlines())
    save_profile(ctx, prospect_id, contact, {})
    return str(contact["address"])


def return_address(ctx: AppContext) -> str:
    """The rep's return address (Email settings ▸ Postal address), "" when not given."""
    return load_identity(ctx).address.strip()


def save_return_address(ctx: AppContext, address: str) -> str:
    """Keep the rep's return address with the rest of their identity."""
    text = "\n".join(" ".join(line.split()) for line in address.strip().splitlines()
                     if line.strip())
    if not has_postal_address(text):
        raise ValidationError(tr("Write your return address: it goes top left on every "
                                 "envelope."), "return_address")
    with ctx.store.transaction():
        ctx.store.set_setting("rep_address", text)
    ctx.changes.emit(SETTINGS)
    return text


# Where the stationery comes in inches: US #10 envelopes and 4 x 6 in cards by default.
_INCH_COUNTRIES = {"US", "CA", "PR", "PH", "MX"}


def print_choices(ctx: AppContext) -> tuple[str, str | None]:
    """(envelope key, card key or None): what the rep chose last time, else what their
    country's stationery shop sells (from their time zone)."""
    from ..domain.contact import zone_country

    inches = zone_country(ctx.rep_timezone) in _INCH_COUNTRIES
    envelope = ctx.store.get_setting(ENVELOPE_SETTING) or ("us10" if inches
                                                            else DEFAULT_ENVELOPE)
    card = ctx.store.get_setting(CARD_SETTING) or ("4x6" if inches else DEFAULT_CARD)
    return (envelope if envelope in ENVELOPES else DEFAULT_ENVELOPE,
            card if card in CARDS else None)


def save_print_choices(ctx: AppContext, envelope: str, card: str | None) -> None:
    if envelope not in ENVELOPES:
        raise ValidationError(tr("Pick DL, C5 or US #10 envelopes."), "envelope")
    if card is not None and card not in CARDS:
        raise ValidationError(tr("Pick an A6 or a 4 × 6 in card, or no cards."), "card")
    with ctx.store.transaction():
        ctx.store.set_setting(ENVELOPE_SETTING, envelope)
        ctx.store.set_setting(CARD_SETTING, card or "none")
    ctx.changes.emit(SETTINGS)


def mark_notes_posted(ctx: AppContext, touch_ids: list[int]) -> int:
    """Complete these note-by-post touches together: all of them, or (on any problem)
    none. Returns how many were marked posted."""
    ids = list(dict.fromkeys(int(t) for t in touch_ids))
    if not ids:
        raise ValidationError(tr("Tick the notes you have posted."))
    now = db_time(ctx.now())
    with ctx.store.transaction():
        for touch_id in ids:
            touch = ctx.store.get_touch(touch_id)
            if touch is None:
                raise ValidationError(tr("One of those notes no longer exists; nothing was "
                                         "marked."))
            if touch.channel != Channel.POST.value:
                raise ValidationError(tr("“{touch}” is not a touch by post; nothing was "
                                         "marked.").format(touch=builtin_words(touch.title)))
            if touch.status != TouchStatus.PENDING.value:
                status = str(touch.status)
                raise ValidationError(tr("“{touch}” is already {status}; nothing was "
                                         "marked.").format(
                    touch=builtin_words(touch.title),
                    status=tr(STATUS_WORDS[status]) if status in STATUS_WORDS else status))
            ctx.store.update_touch(touch_id, {
                "status": TouchStatus.DONE.value, "done_utc": now, "outcome": "done",
                "notes": "Posted"})
    ctx.changes.emit(TOUCHES)
    return len(ids)
