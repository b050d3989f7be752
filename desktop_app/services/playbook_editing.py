"""The rep's own playbooks: check, save, preview and reset to the built-in ones.

Playbooks are data in the book (tables ``playbooks`` and ``playbook_steps``). A saved edit
applies to stalls logged from then on; touches already planned stay as they were.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from ..domain.i18n import tr
from ..domain.localtime import local_to_utc, utc_to_local
from ..domain.model import Channel, Playbook, PlaybookStep, SlotQuality, StallKind, StallPlan
from ..domain.playbooks import BUILTIN_PLAYBOOKS, default_slot_local, plan_touches
from .context import AppContext, ValidationError

PLAYBOOKS = "playbooks"  # change topic
MAX_DAYS = 366
MAX_MINUTES = 24 * 60
CONDITIONS = ("always", "booked", "vague")
_FIELD_RE = re.compile(r"\{([^{}]*)\}")


@dataclass(frozen=True, slots=True)
class PlaybookProblem:
    """Something that keeps a playbook from being saved; ``step`` is its position or None."""

    step: int | None
    message: str

    def __str__(self) -> str:
        if self.step is None:
            return self.message
        return tr("Step {number}: {problem}").format(number=self.step + 1, problem=self.message)


def step_when(step: PlaybookStep) -> str:
    """When a step falls, in words: "day 14", "slot − 1 day", "slot − 15 min", "the slot"."""
    parts = []
    if step.offset_days:
        n = abs(step.offset_days)
        parts.append(f"{'−' if step.offset_days < 0 else '+'} " + tr("%n day(s)", None, n))
    if step.offset_minutes:
        n = abs(step.offset_minutes)
        amount = (tr("{hours} h").format(hours=n // 60) if n % 60 == 0
                  else tr("{minutes} min").format(minutes=n))
        parts.append(f"{'−' if step.offset_minutes < 0 else '+'} {amount}")
    if step.anchor == "slot":
        return (tr("the slot {offset}").format(offset=" ".join(parts)) if parts
                else tr("the slot"))
    if not step.offset_minutes:
        return tr("day {number}").format(number=step.offset_days)
    return tr("the stall {offset}").format(offset=" ".join(parts))


def check_playbook(playbook: Playbook, templates: set[str]) -> list[PlaybookProblem]:
    """Everything wrong with ``playbook``, in the rep's words ([] when it can be saved)."""
    problems: list[PlaybookProblem] = []
    if not playbook.name.strip():
        problems.append(PlaybookProblem(None, tr("Give the playbook a name.")))
    if not playbook.steps:
        problems.append(PlaybookProblem(None, tr("A playbook needs at least one step.")))
    keys: set[str] = set()
    for i, step in enumerate(playbook.steps):
        def say(message: str, i: int = i) -> None:
            problems.append(PlaybookProblem(i, message))

        if not step.title.strip():
            say(tr("give it a title."))
        if step.key in keys:
            say(tr("two steps share one key; remove one of them."))
        keys.add(step.key)
        if step.anchor not in ("stall", "slot"):
            say(tr("count it from the stall or from the agreed slot."))
        if step.anchor == "stall" and (step.offset_days < 0 or step.offset_minutes < 0):
            say(tr("a step counted from the stall cannot come before the stall."))
        if not -MAX_DAYS <= step.offset_days <= MAX_DAYS:
            say(tr("keep it within {days} days.").format(days=MAX_DAYS))
        if not -MAX_MINUTES <= step.offset_minutes <= MAX_MINUTES:
            say(tr("use days for more than 24 hours."))
        if step.condition not in CONDITIONS:
            say(tr("choose when it applies: always, booked slot or vague slot."))
        if step.channel is Channel.EMAIL:
            if not step.template:
                say(tr("an email step needs an email template."))
            elif step.template not in templates:
                say(tr("there is no email template called “{name}”.").format(name=step.template))
        elif step.template:
            say(tr("only an email step sends a template."))
        if not step.reason.strip():
            say(tr("write the reason for the touch: why it is worth their time."))
        for field in _FIELD_RE.findall(step.reason):
            if field != "slot":
                say(tr("“{field}” is not understood in the reason; {slot} is the agreed "
                       "time.").replace("{field}", "{" + field + "}"))
        if not _FIELD_RE.findall(step.reason) or all(
                f == "slot" for f in _FIELD_RE.findall(step.reason)):
            try:
                step.reason.format(slot="")
            except (ValueError, IndexError, KeyError):
                say(tr("the reason has a stray brace; write {slot} for the agreed time."))
    return problems


def _templates(ctx: AppContext) -> set[str]:
    from ..store.templates import saved_template_keys
    from .email import TEMPLATE_KEYS

    return set(TEMPLATE_KEYS) | saved_template_keys(ctx.store)


def builtin_playbook(key: str) -> Playbook:
    for playbook in BUILTIN_PLAYBOOKS:
        if playbook.key == key:
            return playbook
    raise ValidationError(tr("There is no built-in playbook called {key!r}.").format(key=key))


def is_customised(ctx: AppContext, key: str) -> bool:
    """Whether the stored playbook differs from Tickler's built-in one."""
    stored = next((p for p in ctx.store.load_playbooks() if p.key == key), None)
    try:
        return stored != builtin_playbook(key)
    except ValidationError:
        return True


def new_step_key(playbook: Playbook, title: str) -> str:
    base = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:24] or "step"
    taken = {s.key for s in playbook.steps}
    key, n = base, 2
    while key in taken:
        key, n = f"{base}_{n}", n + 1
    return key


def save_playbook(ctx: AppContext, playbook: Playbook) -> None:
    """Store the rep's version of a playbook (its name, description and steps at once)."""
    problems = check_playbook(playbook, _templates(ctx))
    if problems:
        raise ValidationError(" ".join(str(p) for p in problems))
    tidy = replace(playbook, name=playbook.name.strip(),
                   description=playbook.description.strip(),
                   steps=tuple(replace(step, title=step.title.strip(), reason=step.reason.strip(),
                                       template=step.template if step.channel is Channel.EMAIL
                                       else None)
                               for step in playbook.steps))
    if not ctx.store.replace_playbook(tidy):
        raise ValidationError(tr("That playbook is not in the book any more."))
    ctx.changes.emit(PLAYBOOKS)


def reset_playbook(ctx: AppContext, key: str) -> Playbook:
    """Put Tickler's built-in version back; returns it."""
    builtin = builtin_playbook(key)
    save_playbook(ctx, builtin)
    return builtin


@dataclass(frozen=True, slots=True)
class ExampleStall:
    """The stall a preview lays the playbook out for: logged now, in the rep's zone."""

    kind: StallKind
    logged_utc: datetime
    timezone: str
    slot_utc: datetime | None
    quality: SlotQuality


def example_stall(ctx: AppContext, playbook: Playbook,
                  quality: SlotQuality = SlotQuality.BOOKED) -> ExampleStall:
    kind = playbook.stall_kinds[0] if playbook.stall_kinds else StallKind.NEXT_MONTH
    tz = ctx.rep_timezone
    now = ctx.now()
    if kind is StallKind.GONE_DARK:
        return ExampleStall(kind, now, tz, None, SlotQuality.NONE)
    local = default_slot_local(kind, now, tz)
    if local is None:
        local = (utc_to_local(now, tz) + timedelta(days=7)).replace(tzinfo=None)
    return ExampleStall(kind, now, tz, local_to_utc(local, tz), quality)


def preview_playbook(ctx: AppContext, playbook: Playbook,
                     quality: SlotQuality = SlotQuality.BOOKED) -> tuple[ExampleStall, StallPlan]:
    """The touches ``playbook`` would lay out for an example stall logged now (stores
    nothing). Steps with a broken reason are shown with it as typed."""
    example = example_stall(ctx, playbook, quality)
    safe = replace(playbook, steps=tuple(
        s if _formattable(s.reason)
        else replace(s, reason=s.reason.replace("{", "(").replace("}", ")"))
        for s in playbook.steps))
    plan = plan_touches(safe, logged_utc=example.logged_utc, tz_name=example.timezone,
                        slot_utc=example.slot_utc, quality=example.quality)
    return example, plan


def _formattable(reason: str) -> bool:
    rest = reason.replace("{slot}", "")
    return "{" not in rest and "}" not in rest
