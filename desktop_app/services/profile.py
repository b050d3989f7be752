"""The prospect profile: contact, qualification, compelling events, trash and history.

Saving the editor's page is one transaction: contact, profile and event changes commit
together or not at all. A dated compelling event keeps one value touch scheduled some days
before it (the ``event_touch_days_before`` setting); moving or deleting the event moves or
cancels that touch.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from ..domain.builtin_words import builtin_words
from ..domain.contact import format_phone
from ..domain.events import (
    DEFAULT_DAYS_BEFORE,
    EVENT_STEP_KEY,
    EventDraft,
    EventKind,
    event_reason,
    value_touch_due,
)
from ..domain.gaps import GapField, Profile, completeness, open_gaps
from ..domain.i18n import QT_TR_NOOP, tr
from ..domain.localtime import OutOfRangeError, check_in_range
from ..domain.model import CallOutcome, Channel, StallKind, TouchStatus
from ..store import profile_queries as q
from ..store.plans import cancel_pending_step, pending_dues
from ..store.store import PROFILE_FIELDS, ProspectRecord, TouchRecord, db_time
from .context import PROFILE, PROSPECTS, SETTINGS, TOUCHES, AppContext, ValidationError
from .prospects import check_email, clean_prospect_fields

DAYS_BEFORE_SETTING = "event_touch_days_before"
BUDGET_STATUSES = ("unknown", "planned", "not_planned")
PHONE_FIELDS = ("phone", "mobile")
LINK_FIELDS = ("linkedin", "website", "blog", "twitter", "facebook")


# -- settings ------------------------------------------------------------------------------

def event_touch_days_before(ctx: AppContext) -> int:
    raw = ctx.store.get_setting(DAYS_BEFORE_SETTING)
    try:
        return max(0, int(raw)) if raw is not None else DEFAULT_DAYS_BEFORE
    except ValueError:
        return DEFAULT_DAYS_BEFORE


def set_event_touch_days_before(ctx: AppContext, days: int) -> int:
    """Change the lead time and move every pending event touch to match; returns how many."""
    if not 0 <= days <= 365:
        raise ValidationError(tr("Pick between 0 and 365 days before the event."), "days_before")
    moved = 0
    with ctx.store.transaction():
        ctx.store.set_setting(DAYS_BEFORE_SETTING, str(days))
        for touch in q.pending_event_touches(ctx.store):
            moved += _sync_event_touch(ctx, touch.event_id or 0, days)
    ctx.changes.emit(SETTINGS, TOUCHES)
    return moved


# -- contact and profile -------------------------------------------------------------------

def clean_phone(text: str, tz_name: str, country: str = "") -> tuple[str, str | None]:
    """The number formatted, or as typed with a note for the rep when it cannot be read.
    A national number is read in ``country`` when the rep set one, else in the zone's."""
    formatted, ok = format_phone(text, tz_name, country)
    if ok:
        return formatted, None
    return formatted, tr("“{number}” is not a number Tickler can read; it was kept as "
                          "typed.").format(number=formatted)


def clean_country(text: str) -> str:
    """An ISO country code Tickler knows the holidays of ("de" → "DE"), or "" for "the
    country of their time zone"."""
    code = (text or "").strip().upper()
    if not code:
        return ""
    from ..domain.workdays import is_known_country

    if len(code) != 2 or not is_known_country(code):
        raise ValidationError(tr("“{country}” is not a country Tickler knows the holidays "
                                 "of: use its two-letter code (DE, GB, US…), or leave it "
                                 "empty to go by the time zone.").format(
                                     country=text.strip()), "country")
    return code


def zone_change_preview(ctx: AppContext, prospect_id: int, new_tz: str) -> list[Any]:
    """What correcting the prospect's time zone to ``new_tz`` would move (nothing saved):
    each planned touch keeps its wall time, so the list says what lands at a new instant."""
    from .slots import zone_moves

    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None or not new_tz or new_tz == prospect.timezone:
        return []
    from ..domain.localtime import is_valid_zone

    if not is_valid_zone(new_tz):
        return []
    return zone_moves(ctx, prospect_id, prospect.timezone, new_tz)


def clean_link(text: str) -> str:
    link = (text or "").strip()
    if link and "://" not in link and "." in link.split("/")[0] and " " not in link:
        link = "https://" + link
    return link


def _clean_others(value: Any) -> list[str]:
    if isinstance(value, str):
        value = value.splitlines()
    return [" ".join(str(v).split()) for v in value or [] if str(v).strip()]


def check_profile_edit(
    contact: Mapping[str, Any], profile: Mapping[str, Any],
    events: Sequence[EventDraft] | None = None,
) -> list[ValidationError]:
    """Every problem with an edit, each naming its field, so the editor can mark them all."""
    problems: list[ValidationError] = []
    try:
        clean_prospect_fields(contact)
    except ValidationError as exc:
        problems.append(exc)
    if "email" in contact:
        try:
            check_email(str(contact["email"] or ""))
        except ValidationError as exc:
            if not any(p.field == "email" for p in problems):
                problems.append(exc)
    if "country" in contact:
        try:
            clean_country(str(contact["country"] or ""))
        except ValidationError as exc:
            problems.append(exc)
    status = profile.get("budget_status", "unknown") or "unknown"
    if status not in BUDGET_STATUSES:
        problems.append(ValidationError(tr("Pick planned, not planned or unknown."),
                                        "budget_status"))
    for draft in events or ():
        if draft.event_date is not None and not isinstance(draft.event_date, date):
            problems.append(ValidationError(tr("An event date must be a date."), "events"))
        elif draft.event_date is not None:
            try:
                check_in_range(draft.event_date, tr("The event's date"))
            except OutOfRangeError as exc:
                problems.append(ValidationError(str(exc), "events"))
    return problems


def _clean_contact(contact: Mapping[str, Any],
                   country: str = "") -> tuple[dict[str, str], list[str]]:
    values = clean_prospect_fields(contact)
    notes: list[str] = []
    tz = values["timezone"]
    for key in PHONE_FIELDS:
        if values.get(key):
            values[key], note = clean_phone(values[key], tz, country)
            if note:
                notes.append(note)
    for key in LINK_FIELDS:
        if key in values:
            values[key] = clean_link(values[key])
    return values, notes


def _clean_profile(profile: Mapping[str, Any]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for key in PROFILE_FIELDS:
        if key not in profile:
            continue
        value = profile[key]
        if key == "others_involved":
            values[key] = _clean_others(value)
        elif key == "budget_status":
            values[key] = value or "unknown"
        else:
            values[key] = str(value or "").strip()
    return values


@dataclass(frozen=True, slots=True)
class SaveResult:
    prospect_id: int
    notes: tuple[str, ...] = ()


def save_profile(
    ctx: AppContext,
    prospect_id: int | None,
    contact: Mapping[str, Any],
    profile: Mapping[str, Any],
    events: Sequence[EventDraft] | None = None,
) -> SaveResult:
    """Save the editor's whole page in one transaction (``prospect_id`` None creates one).

    ``events`` is the full list the rep sees: drafts without an id are added, changed ones
    updated, stored events missing from the list deleted. None leaves events alone.
    """
    problems = check_profile_edit(contact, profile, events)
    if problems:
        raise problems[0]
    country = clean_country(contact["country"]) if "country" in contact else None
    if country is None and prospect_id is not None:
        current_prospect = ctx.store.get_prospect(prospect_id)
        known = current_prospect.country if current_prospect else ""
    else:
        known = country or ""
    # a national number is read in the prospect's own country, when the rep set one (a
    # prospect in Etc/GMT+5, or one near a border): stored in full, it dials from anywhere
    values, notes = _clean_contact(contact, known)
    profile_values = _clean_profile(profile)
    now = ctx.now()
    days = event_touch_days_before(ctx)
    with ctx.store.transaction():
        if prospect_id is None:
            prospect_id = ctx.store.insert_prospect(values, now)
        else:
            current = ctx.store.get_prospect(prospect_id)
            if current is None or not current.live:
                raise ValidationError(tr("This prospect is in the trash; restore it to edit it."))
            ctx.store.update_prospect(prospect_id, values, now)
            old_tz, new_tz = current.timezone, values.get("timezone")
            if new_tz and new_tz != old_tz:  # a corrected zone keeps the agreed wall times
                from .slots import apply_zone_change

                apply_zone_change(ctx, prospect_id, old_tz, new_tz, now)
        if country is not None:
            q.set_country(ctx.store, prospect_id, country)
        ctx.store.update_profile(prospect_id, profile_values, now)
        if events is not None:
            _apply_events(ctx, prospect_id, events, now, days)
        else:
            for event in q.events_for(ctx.store, prospect_id):
                _sync_event_touch(ctx, event.id, days)
        if "email" in values:
            from .mailbox import address_changed

            address_changed(ctx, prospect_id)  # a new address settles a bounce
    ctx.changes.emit(PROSPECTS, PROFILE, TOUCHES)
    return SaveResult(prospect_id, tuple(notes))


def _apply_events(ctx: AppContext, prospect_id: int, drafts: Sequence[EventDraft],
                  now: datetime, days: int) -> None:
    stored = {e.id: e for e in q.events_for(ctx.store, prospect_id)}
    kept: set[int] = set()
    for draft in drafts:
        if draft.id is not None and draft.id in stored:
            kept.add(draft.id)
            _update_event(ctx, draft.id, draft, days)
        else:
            _insert_event(ctx, prospect_id, draft, now, days)
    for event_id in stored.keys() - kept:
        _delete_event(ctx, event_id)


# -- compelling events ---------------------------------------------------------------------

def _date_text(draft: EventDraft) -> str | None:
    return draft.event_date.isoformat() if draft.event_date else None


def _insert_event(ctx: AppContext, prospect_id: int, draft: EventDraft, now: datetime,
                  days: int) -> int:
    event_id = q.insert_event(ctx.store, prospect_id, EventKind(draft.kind).value,
                              _date_text(draft), draft.note.strip(), now)
    _sync_event_touch(ctx, event_id, days)
    return event_id


def _update_event(ctx: AppContext, event_id: int, draft: EventDraft, days: int) -> None:
    q.update_event(ctx.store, event_id, EventKind(draft.kind).value, _date_text(draft),
                   draft.note.strip())
    _sync_event_touch(ctx, event_id, days)


def _delete_event(ctx: AppContext, event_id: int) -> None:
    for touch in q.event_touches(ctx.store, event_id):
        if touch.status == TouchStatus.PENDING.value:
            ctx.store.update_touch(touch.id, {
                "status": TouchStatus.CANCELLED.value, "outcome_reason": "event deleted"})
    q.delete_event(ctx.store, event_id)


def _sync_event_touch(ctx: AppContext, event_id: int, days: int) -> int:
    """Make the event's value touch agree with its date; returns 1 if a touch changed."""
    event = q.get_event(ctx.store, event_id)
    if event is None:
        return 0
    prospect = ctx.store.get_prospect(event.prospect_id)
    assert prospect is not None
    now = ctx.now()
    event_day = date.fromisoformat(event.event_date) if event.event_date else None
    kind = EventKind.parse(event.kind)
    due = value_touch_due(event_day, days, prospect.timezone, now)
    touches = q.event_touches(ctx.store, event_id)
    pending = [t for t in touches if t.status == TouchStatus.PENDING.value]
    if due is None or event_day is None:
        for touch in pending:
            ctx.store.update_touch(touch.id, {
                "status": TouchStatus.CANCELLED.value,
                "outcome_reason": "event has no future date"})
        return 1 if pending else 0
    reason = event_reason(kind, event_day, event.note)
    # two touches of one prospect never share a minute: a callback agreed for 10:00 on the
    # day of the value touch keeps its minute, and the value touch takes the next free one
    own = {t.id for t in touches}
    taken = {due for touch_id, due in pending_dues(ctx.store, event.prospect_id)
             if touch_id not in own}
    while db_time(due) in taken:
        due += timedelta(minutes=1)
    if pending:
        touch = pending[0]
        # Compared with the planned time, not the due time: a snooze or reschedule by the
        # rep stands until the event (or the lead time) really changes. A touch already
        # brought forward to "now" (event too close for the full lead) stays put as well.
        planned = touch.original_due_utc or touch.due_utc
        same_time = planned == due or (due <= now and planned <= now)
        if same_time and touch.reason == reason:
            return 0
        changes: dict[str, Any] = {"reason": reason}
        if not same_time:
            changes.update(due_utc=db_time(due), original_due_utc=db_time(due))
        ctx.store.update_touch(touch.id, changes)
        return 1
    if any(t.status == TouchStatus.DONE.value and t.reason == reason for t in touches):
        return 0  # already made for this very date
    ctx.store.insert_touches([{
        "prospect_id": event.prospect_id, "stall_id": None, "event_id": event_id,
        "step_key": EVENT_STEP_KEY, "title": f"Value touch: {kind.label.lower()}",
        "channel": Channel.EMAIL.value, "reason": reason, "template": "value_touch",
        "optional": 0, "attempt": None, "due_utc": db_time(due),
        "original_due_utc": db_time(due), "status": TouchStatus.PENDING.value,
        "created_utc": db_time(now),
    }])
    return 1


def _live_prospect(ctx: AppContext, prospect_id: int) -> ProspectRecord:
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None or not prospect.live:
        raise ValidationError(tr("That prospect is not in the book (is it in the trash?)."))
    return prospect


def _check_event_date(draft: EventDraft) -> None:
    if draft.event_date is not None:
        try:
            check_in_range(draft.event_date, tr("The event's date"))
        except OutOfRangeError as exc:
            raise ValidationError(str(exc), "events") from exc


def add_event(ctx: AppContext, prospect_id: int, draft: EventDraft) -> int:
    _live_prospect(ctx, prospect_id)
    _check_event_date(draft)
    with ctx.store.transaction():
        event_id = _insert_event(ctx, prospect_id, draft, ctx.now(),
                                 event_touch_days_before(ctx))
    ctx.changes.emit(PROFILE, TOUCHES)
    return event_id


def update_event(ctx: AppContext, event_id: int, draft: EventDraft) -> None:
    """Change an event; its value touch moves with the date (or is cancelled without one)."""
    if q.get_event(ctx.store, event_id) is None:
        raise ValidationError(tr("That event no longer exists."))
    _check_event_date(draft)
    with ctx.store.transaction():
        _update_event(ctx, event_id, draft, event_touch_days_before(ctx))
    ctx.changes.emit(PROFILE, TOUCHES)


def delete_event(ctx: AppContext, event_id: int) -> None:
    """Delete an event and cancel its pending value touch."""
    if q.get_event(ctx.store, event_id) is None:
        return
    with ctx.store.transaction():
        _delete_event(ctx, event_id)
    ctx.changes.emit(PROFILE, TOUCHES)


def list_events(ctx: AppContext, prospect_id: int) -> list[EventDraft]:
    return [
        EventDraft(EventKind.parse(e.kind),
                   date.fromisoformat(e.event_date) if e.event_date else None,
                   e.note, e.id)
        for e in q.events_for(ctx.store, prospect_id)
    ]


def value_touch_for(ctx: AppContext, event_id: int) -> TouchRecord | None:
    """The event's pending value touch, if it has one."""
    for touch in q.event_touches(ctx.store, event_id):
        if touch.status == TouchStatus.PENDING.value:
            return touch
    return None


# -- trash ---------------------------------------------------------------------------------

def trash_prospect(ctx: AppContext, prospect_id: int) -> int:
    """Move a prospect to the trash and cancel its pending touches; returns how many."""
    _live_prospect(ctx, prospect_id)
    from .slots import INVITE_CANCEL, queue_invite_touch

    now = ctx.now()
    with ctx.store.transaction():
        stalls = [s.id for s in ctx.store.stalls_for(prospect_id)
                  if s.open]
        cancelled = q.move_to_trash(ctx.store, prospect_id, now)
        for stall_id in stalls:  # an invite they were sent is taken out of their calendar
            queue_invite_touch(ctx, stall_id, INVITE_CANCEL, now)
    ctx.changes.emit(PROSPECTS, TOUCHES, PROFILE)
    return cancelled


def restore_prospect(ctx: AppContext, prospect_id: int) -> int:
    """Bring a prospect back with exactly the touches the trash cancelled; returns how many."""
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None:
        raise ValidationError(tr("That prospect no longer exists."))
    if prospect.live:
        return 0
    with ctx.store.transaction():
        restored = q.restore_from_trash(ctx.store, prospect_id, ctx.now())
        # back in the book: an unsent cancellation is not needed
        cancel_pending_step(ctx.store, prospect_id, "invite_cancel", "prospect restored")
    ctx.changes.emit(PROSPECTS, TOUCHES, PROFILE)
    return restored


def list_trash(ctx: AppContext) -> list[q.TrashedProspect]:
    return q.trashed_prospects(ctx.store)


# -- reading the page ----------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class HistoryEntry:
    """One line of the prospect's timeline."""

    when_utc: datetime
    kind: str  # "stall" | "touch"
    title: str
    status: str
    detail: str = ""
    words: str = ""
    channel: str = ""


# History lines are words for the window: built in the rep's language (``tr``).
_STATUS_LABELS = {
    TouchStatus.PENDING.value: QT_TR_NOOP("Planned"),
    TouchStatus.DONE.value: QT_TR_NOOP("Done"),
    TouchStatus.CANCELLED.value: QT_TR_NOOP("Cancelled"),
    TouchStatus.SKIPPED.value: QT_TR_NOOP("Skipped"),
}

_OUTCOME_LABELS = {
    CallOutcome.CONVERSATION.value: QT_TR_NOOP("Conversation"),
    CallOutcome.APPOINTMENT.value: QT_TR_NOOP("Appointment"),
    CallOutcome.VOICEMAIL.value: QT_TR_NOOP("Voicemail"),
    CallOutcome.NO_ANSWER.value: QT_TR_NOOP("No answer"),
    CallOutcome.NOT_INTERESTED.value: QT_TR_NOOP("Not interested"),
    CallOutcome.NEW_STALL.value: QT_TR_NOOP("New stall"),
}

_SLOT_QUALITIES = {"booked": QT_TR_NOOP("booked"), "vague": QT_TR_NOOP("vague")}


def _outcome_label(outcome: str | None) -> str | None:
    if not outcome or outcome == "done":
        return None
    if outcome in _OUTCOME_LABELS:
        return tr(_OUTCOME_LABELS[outcome])
    return outcome.replace("_", " ").capitalize()


def history(ctx: AppContext, prospect_id: int) -> list[HistoryEntry]:
    """Stalls, touches and outcomes on one timeline, newest first.

    A touch stands at the moment it was made (or skipped), else at when it is due.
    """
    from .mailbox import calendar_words, pause_reason

    entries: list[HistoryEntry] = []
    paused = pause_reason(ctx.store, prospect_id)
    for stall in ctx.store.stalls_for(prospect_id):
        try:
            title = tr(StallKind(stall.kind).label)
        except ValueError:
            title = stall.kind
        detail = tr("Plan: {plan}").format(plan=stall.playbook_key.replace('_', ' '))
        if stall.slot_utc:
            from ..domain.localtime import format_local

            slot = format_local(stall.slot_utc, stall.slot_tz)
            quality = stall.slot_quality
            detail = tr("Callback {slot} ({quality})").format(
                slot=slot, quality=tr(_SLOT_QUALITIES[quality])
                if quality in _SLOT_QUALITIES else quality)
        calendar = calendar_words(ctx.store, stall.id) if stall.slot_utc else ""
        if calendar:
            detail += "; " + calendar
        if not stall.open and stall.closed_reason:
            detail += "; " + tr("closed: {reason}").format(
                reason=stall.closed_reason.replace('_', ' '))
        entries.append(HistoryEntry(stall.logged_utc, "stall",
                                    tr("Stall: {kind}").format(kind=title), tr("Logged"),
                                    detail, stall.words))
    for touch in ctx.store.touches_for(prospect_id):
        moment = touch.done_utc or touch.due_utc
        label = _STATUS_LABELS.get(touch.status)
        status = _outcome_label(touch.outcome) or (tr(label) if label else touch.status.value)
        if touch.status == TouchStatus.PENDING.value and touch.snooze_count:
            status = tr("Planned (snoozed %n×)", None, touch.snooze_count)
        if touch.status == TouchStatus.PENDING.value and paused \
                and touch.channel == Channel.EMAIL.value:
            status = tr("Paused: they declined the invite") if paused == "declined" \
                else tr("Paused: they replied")
        detail_parts = [builtin_words(touch.reason)]
        if touch.notes:
            detail_parts.append(touch.notes)
        if touch.outcome_reason:
            detail_parts.append(touch.outcome_reason)
        if touch.minutes_late is not None and touch.channel == Channel.CALL.value:
            late = touch.minutes_late
            detail_parts.append(tr("on the minute") if abs(late) <= 2
                                else tr("%n min late", None, late) if late > 0
                                else tr("%n min early", None, -late))
        entries.append(HistoryEntry(moment, "touch", builtin_words(touch.title), status,
                                    " · ".join(p for p in detail_parts if p),
                                    channel=touch.channel))
    entries.extend(mail_history(ctx, prospect_id))
    entries.sort(key=lambda e: e.when_utc, reverse=True)
    return entries


def mail_history(ctx: AppContext, prospect_id: int) -> list[HistoryEntry]:
    """What Tickler emailed them and what came back from their mailbox, as history lines."""
    from .mailbox import answer_words, mail_for_prospect, sent_for_prospect

    entries = [HistoryEntry(m.sent_utc, "sent", tr("Sent: {subject}").format(subject=m.subject),
                            tr("Email sent"),
                            _first_line(m.body), channel=Channel.EMAIL.value)
               for m in sent_for_prospect(ctx.store, prospect_id)]
    for mail in mail_for_prospect(ctx.store, prospect_id):
        detail = mail.first_lines if mail.kind == "reply" else mail.effect
        if mail.kind == "bounce" and mail.failed_address:
            detail = f"{mail.failed_address}: {mail.effect}"
        if mail.invite_answer:
            from ..domain.inbound import written_by_them

            detail = answer_words(mail) + (f" · “{mail.first_lines}”"
                                           if written_by_them(mail.body) else "")
        entries.append(HistoryEntry(mail.sent_utc or mail.received_utc, "mail",
                                    f"{tr(mail.label)}: {mail.subject or tr('(no subject)')}",
                                    _mail_state(mail.state), detail,
                                    channel=Channel.EMAIL.value))
    return entries


_MAIL_STATES = {"open": QT_TR_NOOP("Waiting for you"), "resumed": QT_TR_NOOP("Plan resumed"),
                "conversation": QT_TR_NOOP("Conversation"), "ended": QT_TR_NOOP("Plan ended"),
                "noted": QT_TR_NOOP("Received")}


def _mail_state(state: str) -> str:
    label = _MAIL_STATES.get(state)
    return tr(label) if label else state


def _first_line(body: str) -> str:
    from ..domain.inbound import first_lines

    return first_lines(body, lines=2)


@dataclass(frozen=True, slots=True)
class ProfilePage:
    prospect: ProspectRecord
    profile: Profile
    events: list[EventDraft]
    history: list[HistoryEntry]
    gaps: list[GapField] = field(default_factory=list)
    completeness: str = ""


def load_profile(ctx: AppContext, prospect_id: int) -> ProfilePage:
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None:
        raise ValidationError(tr("That prospect no longer exists."))
    profile = ctx.store.get_profile(prospect_id)
    events = list_events(ctx, prospect_id)
    dated = sum(1 for e in events if e.event_date)
    return ProfilePage(prospect, profile, events, history(ctx, prospect_id),
                       [g.shown() for g in open_gaps(profile, dated)],
                       completeness(profile, dated))


@dataclass(frozen=True, slots=True)
class GapRow:
    prospect_id: int
    name: str
    company: str
    timezone: str
    callback_utc: datetime
    gaps: tuple[GapField, ...]


def prospects_with_gaps(ctx: AppContext, limit: int = 1000) -> list[GapRow]:
    """Prospects with a pending callback and open gaps, soonest callback first."""
    return [
        GapRow(r.prospect_id, r.name, r.company, r.timezone, r.callback_utc,
               tuple(g.shown() for g in open_gaps(r.profile, r.dated_events)))
        for r in q.gap_rows(ctx.store, limit)
    ]

