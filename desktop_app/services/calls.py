"""What the call panel shows and does: the brief for a call, answers to gaps, outcomes."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from ..domain.cliches import DEFAULT_WORDS_PER_MINUTE
from ..domain.events import EventDraft, EventKind, event_reason
from ..domain.gaps import GapField, open_gaps
from ..domain.i18n import tr
from ..domain.localtime import is_valid_zone, utc_to_local
from ..domain.model import CallOutcome, Channel, DeclineReason, StallKind, TouchStatus
from ..store.profile_queries import next_dated_event
from ..store.store import TouchRecord
from .context import PROFILE, SETTINGS, AppContext, ValidationError
from .profile import add_event
from .touches import record_call, their_time_to_utc

WPM_KEY = "voicemail.words_per_minute"


@dataclass(frozen=True, slots=True)
class PastStall:
    logged_utc: datetime
    kind_label: str
    words: str


@dataclass(frozen=True, slots=True)
class CallBrief:
    """Everything the call panel shows for one call touch."""

    touch_id: int
    prospect_id: int
    stall_id: int | None
    name: str
    first_name: str
    company: str
    phone: str
    mobile: str
    timezone: str
    title: str
    status: str
    due_utc: datetime
    original_due_utc: datetime
    attempt: int | None
    reason: str  # prefilled value statement ("" when the rep has to write one)
    reason_hint: str  # the playbook's instruction, shown as the placeholder
    gaps: tuple[GapField, ...]
    stalls: tuple[PastStall, ...]
    voicemail: str
    dialled_utc: datetime | None = None  # the first dial from Tickler, if any
    rep_name: str = ""
    rep_phone: str = ""
    rep_company: str = ""
    calendar: str = ""  # what their calendar said of the agreed slot ("accepted in…"), or ''


def _playbook_reasons(ctx: AppContext) -> set[str]:
    return {step.reason for pb in ctx.store.load_playbooks() for step in pb.steps}


def suggested_reason(ctx: AppContext, touch: TouchRecord, tz: str) -> tuple[str, str]:
    """(prefill, hint): the touch's own reason, else the next compelling event, else ""."""
    return _suggested_reason(ctx, touch.reason or "", touch.prospect_id, tz)


def _suggested_reason(ctx: AppContext, reason: str, prospect_id: int,
                      tz: str) -> tuple[str, str]:
    own = reason.strip()
    if own and own not in _playbook_reasons(ctx):
        return own, ""
    today = utc_to_local(ctx.now(), tz).date()
    event = next_dated_event(ctx.store, prospect_id, today)
    hint = own or tr("Why is this call worth their time today?")
    if event is None:
        return "", hint
    return event_reason(EventKind.parse(event.kind), date.fromisoformat(event.event_date or ""),
                        event.note), hint


def voicemail_draft(first_name: str, reason: str, rep_name: str, rep_phone: str,
                    rep_company: str = "") -> str:
    """A first draft in the rep's voice (name and phone from the email settings), spoken to
    the prospect; the call panel redrafts it as the reason is typed."""
    from ..domain.voicemail import voicemail_script

    return voicemail_script(first_name, reason, rep_name, rep_phone, rep_company)


def call_brief(ctx: AppContext, touch_id: int) -> CallBrief:
    from ..store.records import prospect_record, stall_records_for, touch_record
    from .mailbox import calendar_words

    touch = touch_record(ctx.store, touch_id)
    if touch is None:
        raise ValidationError(tr("That touch no longer exists."))
    if touch.channel is not Channel.CALL:
        raise ValidationError(tr("The call panel is for call touches."))
    prospect = prospect_record(ctx.store, touch.prospect_id)
    assert prospect is not None
    tz = prospect.timezone or ""
    if not is_valid_zone(tz):  # a book from elsewhere: their zone is unknown on this machine
        tz = ctx.rep_timezone
    reason, hint = _suggested_reason(ctx, touch.reason or "", touch.prospect_id, tz)
    profile = ctx.store.get_profile(touch.prospect_id)
    gaps = [g.shown() for g in
            open_gaps(profile, ctx.store.dated_event_count(touch.prospect_id))]
    stalls = tuple(
        PastStall(s.logged_utc, _stall_label(s.kind), s.words)
        for s in stall_records_for(ctx.store, touch.prospect_id) if s.words.strip())
    name = f"{prospect.first_name} {prospect.last_name}".strip() or prospect.company
    rep_name = ctx.store.get_setting("rep_name") or ""
    rep_phone = ctx.store.get_setting("rep_phone") or ""
    rep_company = ctx.store.get_setting("rep_company") or ""
    return CallBrief(
        touch_id=touch_id, prospect_id=touch.prospect_id, stall_id=touch.stall_id,
        name=name, first_name=prospect.first_name, company=prospect.company,
        phone=prospect.phone, mobile=prospect.mobile, timezone=tz,
        title=touch.title, status=touch.status.value,
        due_utc=touch.due_utc, original_due_utc=touch.original_due_utc,
        attempt=touch.attempt, reason=reason, reason_hint=hint, gaps=tuple(gaps),
        stalls=stalls,
        voicemail=voicemail_draft(prospect.first_name, reason, rep_name, rep_phone,
                                  rep_company),
        dialled_utc=touch.dialled_utc,
        rep_name=rep_name, rep_phone=rep_phone, rep_company=rep_company,
        calendar=calendar_words(ctx.store, touch.stall_id),
    )



def _stall_label(kind: str) -> str:
    try:
        return tr(StallKind(kind).label)
    except ValueError:
        return kind


def words_per_minute(ctx: AppContext) -> int:
    try:
        return int(ctx.store.get_setting(WPM_KEY) or DEFAULT_WORDS_PER_MINUTE)
    except ValueError:
        return DEFAULT_WORDS_PER_MINUTE


def set_words_per_minute(ctx: AppContext, wpm: int) -> None:
    if not 80 <= wpm <= 250:
        raise ValidationError(tr("Speak between 80 and 250 words a minute."), "words_per_minute")
    ctx.store.set_setting(WPM_KEY, str(wpm))
    ctx.changes.emit(SETTINGS)


# -- gaps answered during the call ---------------------------------------------------------

@dataclass(frozen=True, slots=True)
class EventAnswer:
    kind: str
    event_date: date
    note: str = ""


def answer_gaps(ctx: AppContext, prospect_id: int, answers: Mapping[str, Any]) -> list[str]:
    """Write the answers to gap questions into the profile; returns the gap keys filled.

    Keys are GAP_FIELDS keys. ``decision_maker`` is a name, ``others_involved`` a comma
    list, ``budget`` a (status, how it would be found) pair, ``compelling_events`` an
    EventAnswer. Empty answers are ignored, so a half-filled form never erases anything.
    """
    fields: dict[str, Any] = {}
    filled: list[str] = []
    event: EventAnswer | None = None
    for key, value in answers.items():
        if key == "compelling_events":
            if isinstance(value, EventAnswer):
                event = value
                filled.append(key)
            continue
        if key == "budget":
            status, source = value
            if status in ("planned", "not_planned"):
                fields["budget_status"] = status
                if str(source or "").strip():
                    fields["budget_source"] = str(source).strip()
                filled.append(key)
            continue
        text = " ".join(str(value or "").split()) if key != "what_will_change" else str(
            value or "").strip()
        if not text:
            continue
        if key == "decision_maker":
            fields["decision_maker_name"] = text
        elif key == "others_involved":
            fields["others_involved"] = [p.strip() for p in text.split(",") if p.strip()]
        elif key in ("what_will_change", "purchasing_process", "timeline"):
            fields[key] = text
        else:
            raise ValidationError(tr("'{key}' is not a gap Tickler asks about.").format(key=key))
        filled.append(key)
    if not filled:
        return []
    prospect = ctx.store.get_prospect(prospect_id)
    if prospect is None or not prospect.live:
        raise ValidationError(tr("That prospect is not in the book any more."))
    now = ctx.now()
    with ctx.store.transaction():
        if fields:
            ctx.store.update_profile(prospect_id, fields, now)
        if event is not None:  # also plans the event's value touch
            add_event(ctx, prospect_id, EventDraft(EventKind.parse(event.kind),
                                                   event.event_date, event.note.strip()))
    ctx.changes.emit(PROFILE)
    return filled


# -- outcomes --------------------------------------------------------------------------------

def log_call_outcome(
    ctx: AppContext, touch_id: int, outcome: CallOutcome, *, reason: str, notes: str = "",
    decline_reason: str | None = None, appointment_local: datetime | None = None,
) -> list[int]:
    """Log an attempt from the call panel: the reason for the call is required.

    ``appointment_local`` is the appointment's wall time in the prospect's zone. Returns
    the ids of touches added (gone-dark steps, the appointment).
    """
    reason = reason.strip()
    if not reason:
        raise ValidationError(tr("Write the reason for the call before logging it."), "reason")
    if outcome is CallOutcome.NOT_INTERESTED and decline_reason not in set(DeclineReason):
        raise ValidationError(tr("Pick why: not compelling, too busy or not interested."),
                              "decline_reason")
    touch = ctx.store.get_touch(touch_id)
    if touch is None or touch.status != TouchStatus.PENDING.value:
        raise ValidationError(tr("This call has already been logged."))
    appointment_utc = None
    if outcome is CallOutcome.APPOINTMENT:
        if appointment_local is None:
            raise ValidationError(tr("Give the appointment a date and a time."), "appointment")
        appointment_utc = their_time_to_utc(ctx, touch.prospect_id, appointment_local,
                                            "appointment",
                                            tr("The appointment has to be in the future."))
    return record_call(ctx, touch_id, outcome, notes=notes,
                       outcome_reason=decline_reason, reason=reason,
                       appointment_utc=appointment_utc)
