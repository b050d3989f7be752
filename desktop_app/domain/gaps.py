"""The qualification profile and its gaps: what the rep still does not know about the deal."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, replace
from datetime import datetime
from typing import Any

from .i18n import QT_TR_NOOP, tr


@dataclass(frozen=True, slots=True)
class Profile:
    """A prospect's qualification answers, as stored (empty when not yet known)."""

    prospect_id: int | None = None
    what_will_change: str = ""
    decision_maker_name: str = ""
    decision_maker_role: str = ""
    others_involved: tuple[str, ...] = ()
    purchasing_process: str = ""
    budget_status: str = "unknown"  # planned | not_planned | unknown
    budget_amount: str = ""
    budget_source: str = ""
    timeline: str = ""
    updated_utc: datetime | None = None

    def answers(self) -> dict[str, Any]:
        """The answers by field name (the profiles table's columns)."""
        return asdict(self)


@dataclass(frozen=True, slots=True)
class GapField:
    key: str
    label: str
    question: str

    def shown(self) -> GapField:
        """This gap with its label and question in the rep's language (for the window)."""
        return replace(self, label=tr(self.label), question=tr(self.question))


GAP_FIELDS: tuple[GapField, ...] = (
    GapField("what_will_change", QT_TR_NOOP("What will change"),
             QT_TR_NOOP("What will be different for you by the time we speak again?")),
    GapField("decision_maker", QT_TR_NOOP("Decision maker"),
             QT_TR_NOOP("Who makes the final decision on this?")),
    GapField("others_involved", QT_TR_NOOP("Others involved"),
             QT_TR_NOOP("Who else will have a say, or will use it day to day?")),
    GapField("purchasing_process", QT_TR_NOOP("How they buy"),
             QT_TR_NOOP("What are the steps and the paperwork to buy something like this?")),
    GapField("budget", QT_TR_NOOP("Budget"),
             QT_TR_NOOP("Is there budget planned for this, and if not, how would it be found?")),
    GapField("timeline", QT_TR_NOOP("Timeline"),
             QT_TR_NOOP("When would you want this in place?")),
    GapField("compelling_events", QT_TR_NOOP("Compelling events"),
             QT_TR_NOOP("Is anything coming up with a date: a contract ending, a warranty, "
                        "a new rule?")),
)


def _filled(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str):
        return bool(value.strip())
    if isinstance(value, list | tuple | set):
        return any(_filled(v) for v in value)
    return True


def open_gaps(profile: Profile | Mapping[str, Any], dated_events: int) -> list[GapField]:
    """The gap fields still empty in ``profile`` (a stored profile, or answers by field
    name as a form holds them)."""
    if isinstance(profile, Profile):
        profile = profile.answers()
    gaps = []
    for gap in GAP_FIELDS:
        if gap.key == "compelling_events":
            known = dated_events > 0
        elif gap.key == "decision_maker":
            known = _filled(profile.get("decision_maker_name"))
        elif gap.key == "budget":
            status = profile.get("budget_status")
            known = status in ("planned", "not_planned")
        else:
            known = _filled(profile.get(gap.key))
        if not known:
            gaps.append(gap)
    return gaps


def completeness(profile: Profile | Mapping[str, Any], dated_events: int) -> str:
    """E.g. "4 of 7 known"."""
    known = len(GAP_FIELDS) - len(open_gaps(profile, dated_events))
    return tr("{known} of {total} known").format(known=known, total=len(GAP_FIELDS))
