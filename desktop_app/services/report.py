"""The call-block report: what became of the stalls logged in a period (SPEC, method 12).

Definitions (also shown to the rep under the report):

- A *cohort* is every stall logged in the period, grouped by its kind. What happened to it
  is counted up to now, whenever it happened.
- *Reached*: at least one call attempt for the stall connected with the prospect (outcome
  conversation, appointment, not interested or a new stall) — someone picked up.
- *Conversation*: a call for the stall was logged as a conversation or an appointment.
- *Appointment*: a call for the stall was logged as an appointment booked.
- *Punctuality*: call attempts planned for the stall's agreed slot, how many minutes after
  the slot they were logged (early counts as on time).
- *Touches before the first conversation*: the touches made for the stall (every channel),
  up to and including the call that became the first conversation.
- *Why prospects went quiet*: the reason given with each "not interested" outcome.

The counts come from store/report_queries.py; no Qt.
"""

from __future__ import annotations

import csv
import io
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path

from ..domain.i18n import QT_TR_NOOP, tr
from ..domain.localtime import local_to_utc, utc_to_local
from ..domain.model import STALL_LABELS, CallOutcome, DeclineReason, StallKind
from ..platform.private_files import write_private_text
from ..store.report_queries import report_counts
from ..store.store import Store
from .csv_safety import safe_row

CONNECTED = tuple(o.value for o in CallOutcome if o.connected)
QUIET_REASONS: dict[str, str] = {r.value: r.label for r in DeclineReason}
NO_REASON = QT_TR_NOOP("No reason given")
QUALITY_LABELS = {"booked": QT_TR_NOOP("Booked slot"), "vague": QT_TR_NOOP("Vague slot"),
                  "none": QT_TR_NOOP("No slot (gone dark)")}
ALL_STALLS = QT_TR_NOOP("All stalls")
KIND_ORDER = [k.value for k in StallKind]
TOUCH_BUCKETS = ("1", "2", "3", "4", "5", "6+")


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """Stalls logged in [start_utc, end_utc); None means open-ended."""

    label: str
    start_utc: datetime | None = None
    end_utc: datetime | None = None


PERIOD_PRESETS = (
    ("last_7", QT_TR_NOOP("Last 7 days")),
    ("last_30", QT_TR_NOOP("Last 30 days")),
    ("last_90", QT_TR_NOOP("Last 90 days")),
    ("this_year", QT_TR_NOOP("This year")),
    ("last_365", QT_TR_NOOP("Last 12 months")),
    ("all", QT_TR_NOOP("All time")),
)


def period_preset(key: str, now: datetime, tz: str) -> ReportPeriod:
    """A preset period in whole days of the rep's zone, ending with today."""
    labels = dict(PERIOD_PRESETS)
    if key not in labels:
        raise KeyError(key)
    if key == "all":
        return ReportPeriod(labels[key])
    today = utc_to_local(now, tz).date()
    end = local_to_utc(datetime.combine(today + timedelta(days=1), time()), tz)
    first: date
    if key == "this_year":
        first = date(today.year, 1, 1)
    else:
        days = {"last_7": 7, "last_30": 30, "last_90": 90, "last_365": 365}[key]
        first = today - timedelta(days=days - 1)
    return ReportPeriod(labels[key], local_to_utc(datetime.combine(first, time()), tz), end)


def custom_period(first: date, last: date, tz: str) -> ReportPeriod:
    """The local days ``first`` to ``last`` inclusive."""
    if last < first:
        first, last = last, first
    return ReportPeriod(
        tr("{first} to {last}").format(first=first.isoformat(), last=last.isoformat()),
        local_to_utc(datetime.combine(first, time()), tz),
        local_to_utc(datetime.combine(last + timedelta(days=1), time()), tz),
    )


@dataclass(frozen=True, slots=True)
class Funnel:
    """One cohort: stalls → reached → conversation → appointment."""

    key: str
    label: str
    stalls: int = 0
    reached: int = 0
    conversations: int = 0
    appointments: int = 0

    def rate(self, count: int) -> float | None:
        return count / self.stalls if self.stalls else None

    def __add__(self, other: Funnel) -> Funnel:
        return Funnel(self.key, self.label, self.stalls + other.stalls,
                      self.reached + other.reached, self.conversations + other.conversations,
                      self.appointments + other.appointments)


@dataclass(frozen=True, slots=True)
class Punctuality:
    on_time: int = 0
    within_5: int = 0
    later: int = 0
    median_minutes: float | None = None

    @property
    def calls(self) -> int:
        return self.on_time + self.within_5 + self.later


@dataclass(frozen=True, slots=True)
class TouchesToConversation:
    buckets: tuple[tuple[str, int], ...] = tuple((b, 0) for b in TOUCH_BUCKETS)
    median: float | None = None
    mean: float | None = None

    @property
    def conversations(self) -> int:
        return sum(n for _, n in self.buckets)


@dataclass(frozen=True, slots=True)
class CallBlockReport:
    period: ReportPeriod
    by_kind: tuple[Funnel, ...]
    by_quality: tuple[Funnel, ...]
    total: Funnel
    punctuality: Punctuality
    touches_to_conversation: TouchesToConversation
    quiet_reasons: tuple[tuple[str, int], ...] = field(default_factory=tuple)

    @property
    def quiet_total(self) -> int:
        return sum(n for _, n in self.quiet_reasons)


def _median(values: list[int]) -> float | None:
    if not values:
        return None
    middle = len(values) // 2
    if len(values) % 2:
        return float(values[middle])
    return (values[middle - 1] + values[middle]) / 2


def build_report(store: Store, period: ReportPeriod) -> CallBlockReport:
    """Compute the report with a handful of indexed queries (store/report_queries.py)."""
    figures = report_counts(store, period.start_utc, period.end_utc, CONNECTED)
    counts = figures.funnels
    kinds: dict[str, Funnel] = {}
    qualities: dict[str, Funnel] = {}
    for (kind, quality), (stalls, reached, conversations, appointments) in counts.items():
        part = Funnel("", "", stalls, reached, conversations, appointments)
        kinds[kind] = kinds.get(kind, Funnel(kind, _kind_label(kind))) + part
        qualities[quality] = qualities.get(quality, Funnel(quality, QUALITY_LABELS.get(
            quality, quality))) + part
    by_kind = tuple(_ordered(kinds, KIND_ORDER))
    by_quality = tuple(qualities.get(q, Funnel(q, QUALITY_LABELS[q])) for q in ("booked", "vague"))
    by_quality += tuple(qualities[q] for q in qualities if q not in ("booked", "vague"))
    total = Funnel("all", ALL_STALLS)
    for funnel in by_kind:
        total = total + funnel
    total = Funnel("all", ALL_STALLS, total.stalls, total.reached, total.conversations,
                   total.appointments)

    minutes = figures.minutes_late
    on_time = bisect_right(minutes, 0)
    within_5 = bisect_right(minutes, 5) - on_time
    punctuality = Punctuality(on_time, within_5, len(minutes) - on_time - within_5,
                              _median(minutes))

    needed = figures.touches_needed
    buckets = dict.fromkeys(TOUCH_BUCKETS, 0)
    for n in needed:
        buckets[str(n) if n < 6 else "6+"] += 1
    touches = TouchesToConversation(
        tuple(buckets.items()), _median(needed),
        sum(needed) / len(needed) if needed else None)

    reasons = dict.fromkeys(QUIET_REASONS.values(), 0)
    for reason, count in figures.quiet_reasons:
        label = QUIET_REASONS.get(reason.strip(), reason.strip() or NO_REASON)
        reasons[label] = reasons.get(label, 0) + count
    return CallBlockReport(period, by_kind, by_quality, total, punctuality, touches,
                           tuple(reasons.items()))


def _kind_label(kind: str) -> str:
    try:
        return STALL_LABELS[StallKind(kind)]
    except ValueError:
        return kind


def _ordered(found: dict[str, Funnel], order: list[str]) -> Iterable[Funnel]:
    """The three call-me kinds always (zeros included), other kinds when they occur."""
    for key in order:
        if key in found:
            yield found[key]
        elif key in ("next_week", "next_month", "later"):
            yield Funnel(key, _kind_label(key))
    for key in found:
        if key not in order:
            yield found[key]


def percent(count: int, whole: int) -> str:
    return f"{100 * count / whole:.0f}%" if whole else "–"


def report_rows(report: CallBlockReport) -> list[list[str]]:
    """The report as plain rows (section, item, measure, count, rate) for CSV and printing."""
    rows: list[list[str]] = [["section", "item", "measure", "count", "rate"]]
    for section, funnels in (("Stalls by kind", (*report.by_kind, report.total)),
                             ("Booked vs vague", report.by_quality)):
        for f in funnels:
            rows.append([section, f.label, "stalls", str(f.stalls), ""])
            for measure, count in (("reached", f.reached), ("conversation", f.conversations),
                                   ("appointment", f.appointments)):
                rows.append([section, f.label, measure, str(count), percent(count, f.stalls)])
    p = report.punctuality
    for label, count in (("on time", p.on_time), ("1-5 min late", p.within_5),
                         ("more than 5 min late", p.later)):
        rows.append(["Punctuality", "calls at the agreed slot", label, str(count),
                     percent(count, p.calls)])
    rows.append(["Punctuality", "calls at the agreed slot", "median minutes late",
                 _number(p.median_minutes), ""])
    t = report.touches_to_conversation
    for bucket, count in t.buckets:
        rows.append(["Touches before the first conversation",
                     f"{bucket} touch{'' if bucket == '1' else 'es'}",
                     "conversations", str(count), percent(count, t.conversations)])
    rows.append(["Touches before the first conversation", "all", "median", _number(t.median),
                 ""])
    rows.append(["Touches before the first conversation", "all", "mean", _number(t.mean), ""])
    for label, count in report.quiet_reasons:
        rows.append(["Why prospects went quiet", label, "stalls", str(count),
                     percent(count, report.quiet_total)])
    return rows


def _number(value: float | None) -> str:
    if value is None:
        return ""
    return f"{value:.0f}" if float(value).is_integer() else f"{value:.1f}"


def export_report_csv(report: CallBlockReport, path: Path | str) -> Path:
    path = Path(path)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(safe_row([f"Tickler call-block report: {report.period.label}"]))
    writer.writerows(safe_row(row) for row in report_rows(report))
    # with a byte-order mark, as the prospect export: Excel reads a CSV without one in the
    # PC's old code page, and the report's dashes and names would come out garbled
    write_private_text(path, buffer.getvalue(), encoding="utf-8-sig")
    return path
