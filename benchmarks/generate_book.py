"""Write a large, realistic Tickler book for the benchmarks.

    python benchmarks/generate_book.py OUT.sqlite3 [--prospects N] [--touches N]

The file is created through the real schema (``open_database`` runs the migrations) and
filled with bulk inserts in one transaction. The output depends only on ``--seed``,
``--now`` and the sizes, so two runs with the same arguments write the same rows.

Shape of the book, relative to ``--now``:

- prospects spread over ~45 time zones, created over the history, a few deleted;
- a qualification profile for each, with a realistic mix of filled and empty gap fields,
  and dated or undated compelling events for about one in eight;
- stalls logged on weekdays during the prospect's business hours, their touches laid out
  by the real playbook engine; callbacks that did not connect go on to the gone-dark steps;
- touches in the past mostly done, skipped or cancelled; a few hundred pending ones due
  today or overdue (today's queue); the rest pending in the future.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from bisect import bisect
from collections.abc import Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from itertools import accumulate
from pathlib import Path

if __package__ in (None, ""):  # run as a script: make the checkout importable
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from desktop_app.domain.localtime import add_months, local_to_utc, utc_to_local
from desktop_app.domain.model import CallOutcome, SlotQuality, StallKind
from desktop_app.domain.playbooks import GONE_DARK, plan_touches, playbook_for
from desktop_app.scheduling.days import start_of_day_utc
from desktop_app.store.database import open_database
from desktop_app.store.store import PROSPECT_FIELDS, db_time

# -- name lists (written for this generator) ----------------------------------------------


def _words(text: str) -> list[str]:
    return text.split()


FIRST_NAMES = _words("""
Aaron Abigail Adam Adebayo Adriana Agnieszka Ahmed Aiko Alan Alejandro Alexandra Ali Alice
Amara Amelia Amir Ana Andrea Andrew Angela Anna Anthony Antoine Aoife Arjun Astrid Ayesha
Barbara Beatriz Ben Bianca Bjorn Brian Bruno Caitlin Camila Carlos Carmen Caroline Catherine
Chen Chiara Chloe Christian Chukwuma Claire Connor Daniel Daniela David Deborah Deepa Diego
Dimitri Dorota Edward Elena Elif Elijah Elizabeth Emeka Emily Emma Erik Esther Ethan Fatima
Felipe Fiona Francesca Francisco Freya Gabriel Gareth George Giulia Grace Hana Hannah Harriet
Hassan Helen Henrik Hiroshi Hugo Ibrahim Ines Ingrid Isaac Isabel Ivan Jack Jacob James
Jamal Jan Jana Javier Jennifer Jessica Joanna Joao John Johanna Jonas Jonathan Jordan Jose
Joseph Joshua Juan Julia Julian Karen Karim Katarzyna Kate Kenji Kevin Kofi Lars Laura Leila
Leo Liam Lily Lina Lucas Lucia Lukas Maeve Magdalena Mai Malik Manuel Marco Margaret Maria
Mark Marta Martin Mary Mateo Matthew Mei Mia Michael Miguel Mohammed Nadia Naomi Natalia
Nathan Neha Niamh Nicholas Nikolai Nina Noah Oliver Olivia Omar Oscar Owen Patricia Patrick
Paul Pedro Peter Pierre Priya Rachel Rafael Rahul Rebecca Ricardo Robert Rosa Ruth Ryan
Sakura Samuel Sandra Sara Sean Sebastian Sergei Shirin Simon Sofia Sophie Stefan Stephen
Susan Svetlana Tariq Thomas Tobias Tom Valentina Victor Wei William Xavier Yasmin Yusuf Zara
Zoe Zhang Johan Johnny Jolene Josefine Jovan
""")

LAST_NAMES = _words("""
Abbott Adeyemi Ahmed Alvarez Andersen Anderson Bailey Baker Banerjee Barnes Becker Bell
Bennett Bergstrom Bianchi Brennan Brooks Brown Campbell Carter Castillo Chen Clarke Cohen
Collins Cooper Costa Cruz Dahl Davies Diaz Dubois Duffy Edwards Evans Fernandez Fischer
Fitzgerald Flores Fontaine Foster Garcia Gonzalez Graham Green Gupta Hall Hansen Harris
Hashemi Hayes Hernandez Hill Hoffmann Hughes Ibrahim Ito Jackson Jansen Jensen Johansson
Johnson Jones Kaur Keller Kelly Khan Kim Klein Kowalski Kumar Larsen Lee Lewis Lindqvist
Lopez Lundgren Mahlangu Martin Martinez Mazur Mbeki McCarthy Mendes Meyer Miller Mitchell
Moreau Morgan Morris Muller Murphy Nakamura Nguyen Novak Nowak Obi Okafor Okonkwo Olsen
Ortiz Osei Park Patel Perez Peters Petrov Phillips Popescu Price Quinn Ramirez Reddy Reyes
Richards Rivera Roberts Robinson Rodriguez Rossi Russo Ryan Sanchez Santos Sato Schmidt
Schneider Scott Shah Silva Singh Smith Sorensen Stewart Suzuki Tanaka Taylor Thomas Thompson
Torres Turner Visser Vasquez Walker Wang Ward Watson Weber Wilson Wood Wright Yamamoto
Young Zhang Zielinski Johansen Jovanovic
""")

COMPANY_WORDS = _words("""
Harbour Summit Northgate Riverside Oakfield Beacon Granite Meridian Silverline Cedar Pioneer
Lakeside Redwood Atlas Crescent Evergreen Falcon Horizon Ironbridge Keystone Lighthouse
Maple Orchard Pinnacle Quarry Sterling Thistle Union Valley Westbrook Willow Bluewater
Copperleaf Driftwood Elmstead Fernhill Goldcrest Highmoor Juniper Kingsway Larkspur
""")

COMPANY_TRADES = _words("""
Clinics Logistics Dairy Foods Engineering Dental Veterinary Printing Builders Hotels Roofing
Plumbing Fitness Labs Pharmacy Motors Packaging Textiles Brewing Bakery Florists Freight
Surveying Architects Accounting Legal Nursery Optics Storage Catering Electrical Marine
""")

COMPANY_SUFFIXES = ["Ltd", "Inc", "GmbH", "LLC", "Group", "& Co", "", "", "", "SA", "BV", "Pty"]

TITLES = """
Facilities Manager|Operations Director|Practice Manager|Owner|Managing Director|
Head of Procurement|Office Manager|Plant Manager|Finance Director|IT Manager|
Purchasing Officer|General Manager|Fleet Manager|Head of Operations|Site Manager|
Chief Executive|Production Manager|Clinic Director|Warehouse Manager|Buyer
""".replace("\n", "").split("|")

# (zone, weight, phone prefix)
ZONES: list[tuple[str, int, str]] = [
    ("America/New_York", 120, "+1 212"), ("America/Chicago", 90, "+1 312"),
    ("America/Denver", 35, "+1 303"), ("America/Los_Angeles", 80, "+1 415"),
    ("America/Phoenix", 15, "+1 602"), ("America/Toronto", 30, "+1 416"),
    ("America/Vancouver", 15, "+1 604"), ("America/Halifax", 5, "+1 902"),
    ("America/Anchorage", 3, "+1 907"), ("Pacific/Honolulu", 3, "+1 808"),
    ("America/Mexico_City", 15, "+52 55"), ("America/Sao_Paulo", 20, "+55 11"),
    ("America/Argentina/Buenos_Aires", 10, "+54 11"), ("America/Bogota", 8, "+57 1"),
    ("America/Santiago", 6, "+56 2"), ("America/Lima", 5, "+51 1"),
    ("Europe/London", 110, "+44 20"), ("Europe/Dublin", 20, "+353 1"),
    ("Europe/Lisbon", 10, "+351 21"), ("Europe/Madrid", 25, "+34 91"),
    ("Europe/Paris", 40, "+33 1"), ("Europe/Brussels", 12, "+32 2"),
    ("Europe/Amsterdam", 20, "+31 20"), ("Europe/Berlin", 45, "+49 30"),
    ("Europe/Zurich", 10, "+41 44"), ("Europe/Rome", 20, "+39 06"),
    ("Europe/Vienna", 8, "+43 1"), ("Europe/Stockholm", 12, "+46 8"),
    ("Europe/Oslo", 6, "+47 22"), ("Europe/Copenhagen", 6, "+45 33"),
    ("Europe/Helsinki", 6, "+358 9"), ("Europe/Warsaw", 12, "+48 22"),
    ("Europe/Prague", 6, "+420 2"), ("Europe/Athens", 5, "+30 21"),
    ("Europe/Istanbul", 8, "+90 212"), ("Africa/Johannesburg", 10, "+27 11"),
    ("Africa/Lagos", 8, "+234 1"), ("Africa/Nairobi", 5, "+254 20"),
    ("Africa/Cairo", 4, "+20 2"), ("Asia/Dubai", 10, "+971 4"),
    ("Asia/Kolkata", 25, "+91 22"), ("Asia/Singapore", 12, "+65 6"),
    ("Asia/Hong_Kong", 8, "+852 2"), ("Asia/Shanghai", 10, "+86 21"),
    ("Asia/Tokyo", 12, "+81 3"), ("Asia/Seoul", 6, "+82 2"),
    ("Australia/Sydney", 20, "+61 2"), ("Australia/Perth", 5, "+61 8"),
    ("Pacific/Auckland", 8, "+64 9"), ("Asia/Kathmandu", 1, "+977 1"),
]

STALL_KINDS: list[tuple[StallKind, int]] = [
    (StallKind.NEXT_MONTH, 34), (StallKind.NEXT_WEEK, 22), (StallKind.LATER, 12),
    (StallKind.NOT_READY, 10), (StallKind.TOO_BUSY, 10), (StallKind.GONE_DARK, 12),
]

STALL_WORDS: dict[StallKind, list[str]] = {
    StallKind.NEXT_MONTH: [
        "Call me next month, once the budget round is signed off.",
        "Try me again next month, we're in the middle of an audit.",
        "Next month is better, the new manager starts on the first.",
        "Ring me in a month when the quarter closes.",
    ],
    StallKind.NEXT_WEEK: [
        "Call me next week, I'm at a trade show until Friday.",
        "Next week please, after the board meeting.",
        "Give me a week to talk to my partner about it.",
    ],
    StallKind.LATER: [
        "Call me back this afternoon.",
        "I'm about to go into a meeting, call me later.",
        "Can you try again after lunch?",
    ],
    StallKind.NOT_READY: [
        "We're not ready yet, the renovation has to finish first.",
        "Not yet, we still have a year on the current contract.",
    ],
    StallKind.TOO_BUSY: [
        "Too busy right now, it's our peak season.",
        "I've no time this week, we're short-staffed.",
    ],
    StallKind.GONE_DARK: ["", "(no reply to two emails)", "(voicemail full)"],
}

CHANGES = [
    "New wing opens in spring; staff goes from 4 to 7",
    "Moving to a second site next year",
    "Current supplier raising prices 12% in January",
    "Headcount doubling after the merger",
    "Switching to a four-day week",
    "New owner wants everything reviewed",
]
PROCESSES = [
    "Three quotes, then a purchase order signed by the director",
    "Board approves anything over 10k at the monthly meeting",
    "Owner decides alone, pays by card",
    "Procurement portal, vendor onboarding takes 3 weeks",
]
TIMELINES = ["Before the end of the quarter", "Live by March", "Next financial year",
             "As soon as the old contract ends", "Within six months"]
BUDGET_SOURCES = ["Capital budget", "Savings on the current contract", "Grant funding",
                  "Owner's discretionary spend"]
EVENT_KINDS = [
    ("maintenance_contract_end", "Current contractor's service agreement ends"),
    ("warranty_expiry", "Warranty on the main line runs out"),
    ("new_regulation", "New inspection rule takes effect"),
    ("price_rise", "Supplier price rise announced"),
    ("budget_year", "New budget year starts"),
    ("relocation", "Moving to the new premises"),
]
NOTES = [
    "Prefers email to calls before 10am.",
    "Met at the regional trade show.",
    "Referred by a current customer.",
    "Asked about monthly payment options.",
    "Has an assistant who screens calls; ask for the direct line.",
    "Very price-sensitive; lead with savings.",
]
CALL_OUTCOMES: list[tuple[CallOutcome, int]] = [
    (CallOutcome.CONVERSATION, 33), (CallOutcome.APPOINTMENT, 10),
    (CallOutcome.VOICEMAIL, 22), (CallOutcome.NO_ANSWER, 20),
    (CallOutcome.NOT_INTERESTED, 9), (CallOutcome.NEW_STALL, 6),
]

PROSPECT_COLUMNS = ("id", *PROSPECT_FIELDS, "created_utc", "updated_utc", "deleted_utc")
PROFILE_COLUMNS = ("prospect_id", "what_will_change", "decision_maker_name",
                   "decision_maker_role", "others_involved", "purchasing_process",
                   "budget_status", "budget_amount", "budget_source", "timeline", "updated_utc")
EVENT_COLUMNS = ("id", "prospect_id", "kind", "event_date", "note", "created_utc")
STALL_COLUMNS = ("id", "prospect_id", "kind", "words", "logged_utc", "slot_utc", "slot_tz",
                 "slot_quality", "playbook_key", "status", "closed_utc", "closed_reason")
TOUCH_COLUMNS = ("id", "prospect_id", "stall_id", "step_key", "title", "channel", "reason",
                 "template", "optional", "attempt", "due_utc", "original_due_utc",
                 "snooze_count", "status", "outcome", "outcome_reason", "notes", "done_utc",
                 "minutes_late", "created_utc")

DAY = 86400.0
TODAY_QUEUE_TARGET = 450  # touches due on an average day; today's queue is a few hundred


class Weighted:
    """Fast weighted choice from a fixed list."""

    def __init__(self, pairs: Sequence[tuple[object, int]]) -> None:
        self.items = [item for item, _ in pairs]
        self.cumulative = list(accumulate(weight for _, weight in pairs))

    def pick(self, rng: random.Random) -> object:
        return self.items[bisect(self.cumulative, rng.random() * self.cumulative[-1])]


def _slug(text: str) -> str:
    return "".join(c for c in text.lower() if c.isalnum())


def _iso(ts: float) -> str:
    return db_time(datetime.fromtimestamp(ts, UTC))


class BookGenerator:
    def __init__(self, prospects: int, touches: int, now: datetime, seed: int,
                 rep_tz: str) -> None:
        self.n_prospects = prospects
        self.n_touches = touches
        self.now = now
        self.now_ts = now.timestamp()
        self.rng = random.Random(seed)
        self.rep_tz = rep_tz
        today = utc_to_local(now, rep_tz).date()
        self.today_start_ts = start_of_day_utc(today, rep_tz).timestamp()
        # Long enough a history that an average day carries a few hundred touches.
        self.history_days = max(60.0, touches / TODAY_QUEUE_TARGET)
        self.zones = Weighted([(z, w) for z, w, _ in ZONES])
        self.phone_prefix = {z: p for z, _, p in ZONES}
        self.kinds = Weighted(STALL_KINDS)
        self.outcomes = Weighted(CALL_OUTCOMES)
        self.prospect_zone: list[str] = [""]
        self.counts: dict[str, int] = {}

    # -- prospects ------------------------------------------------------------------------

    def stall_skeletons(self) -> list[tuple[float, int]]:
        """(logged time, prospect id) for more stalls than needed, newest first.

        Stalls are filled newest first until the touch target is met, so the unused ones
        are the oldest: the recent weeks (today's queue, the future) are always complete.
        """
        rng = self.rng
        expected_per_stall = 7.6
        count = int(self.n_touches / expected_per_stall * 1.15) + 50
        start = self.now_ts - self.history_days * DAY
        skeletons = []
        for _ in range(count):
            # A little more activity in recent times, like a growing book.
            u = rng.random() ** 0.85
            ts = start + u * (self.now_ts - start)
            skeletons.append((ts, rng.randint(1, self.n_prospects)))
        skeletons.sort(reverse=True)
        return skeletons

    def prospect_rows(self, first_activity: dict[int, float]) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        start = self.now_ts - self.history_days * DAY
        for pid in range(1, self.n_prospects + 1):
            first = rng.choice(FIRST_NAMES)
            last = rng.choice(LAST_NAMES)
            trade = rng.choice(COMPANY_TRADES)
            company = " ".join(filter(None, [rng.choice(COMPANY_WORDS), trade,
                                             rng.choice(COMPANY_SUFFIXES)]))
            domain = f"{_slug(company.split()[0])}-{_slug(trade)}.example"
            tz = str(self.zones.pick(rng))
            self.prospect_zone.append(tz)
            prefix = self.phone_prefix[tz]
            phone = f"{prefix} {rng.randint(200, 999)} {rng.randint(1000, 9999)}"
            mobile = (f"{prefix.split()[0]} 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"
                      if rng.random() < 0.45 else "")
            email = (f"{_slug(first)}.{_slug(last)}@{domain}" if rng.random() < 0.92 else "")
            created = start + rng.random() * (self.now_ts - start)
            if pid in first_activity:
                created = min(created, first_activity[pid] - rng.uniform(600, 20 * DAY))
            updated = created + rng.random() * (self.now_ts - created)
            deleted = _iso(updated) if rng.random() < 0.005 else None
            fields = {
                "first_name": first, "last_name": last, "title": rng.choice(TITLES),
                "company": company, "email": email, "phone": phone, "mobile": mobile,
                "timezone": tz,
                "address": (f"{rng.randint(1, 240)} {rng.choice(COMPANY_WORDS)} Road"
                            if rng.random() < 0.5 else ""),
                "linkedin": (f"https://www.linkedin.com/in/{_slug(first)}-{_slug(last)}-{pid}"
                             if rng.random() < 0.6 else ""),
                "website": f"https://{domain}" if rng.random() < 0.8 else "",
                "blog": f"https://{domain}/blog" if rng.random() < 0.1 else "",
                "twitter": f"@{_slug(company)[:15]}" if rng.random() < 0.15 else "",
                "facebook": "",
                "notes": rng.choice(NOTES) if rng.random() < 0.3 else "",
            }
            yield (pid, *(fields.get(k, "") for k in PROSPECT_FIELDS), _iso(created), _iso(updated),
                   deleted)

    def profile_rows(self) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        for pid in range(1, self.n_prospects + 1):
            known = rng.random()  # some prospects are well qualified, most are not
            def have(p: float) -> bool:
                return rng.random() < p * (0.4 + known)  # noqa: B023
            others = (json.dumps([f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}"
                                  for _ in range(rng.randint(1, 3))]) if have(0.3) else "[]")
            budget = rng.choices(["planned", "not_planned", "unknown"],
                                 [20 * (0.4 + known), 10, 70])[0]
            yield (
                pid,
                rng.choice(CHANGES) if have(0.45) else "",
                f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}" if have(0.4) else "",
                rng.choice(TITLES) if have(0.3) else "",
                others,
                rng.choice(PROCESSES) if have(0.25) else "",
                budget,
                f"{rng.randint(2, 90)},000 a year" if budget == "planned" else "",
                rng.choice(BUDGET_SOURCES) if budget == "not_planned" and have(0.5) else "",
                rng.choice(TIMELINES) if have(0.35) else "",
                db_time(self.now) if known > 0.5 else None,
            )

    def event_rows(self) -> Iterator[tuple[object, ...]]:
        rng = self.rng
        event_id = 0
        today = self.now.date()
        for pid in range(1, self.n_prospects + 1):
            if rng.random() >= 0.125:
                continue
            for _ in range(rng.choice([1, 1, 1, 2, 3])):
                event_id += 1
                kind, note = rng.choice(EVENT_KINDS)
                dated = rng.random() < 0.8
                day = today + timedelta(days=rng.randint(-60, 400))
                yield (event_id, pid, kind, day.isoformat() if dated else None, note,
                       db_time(self.now - timedelta(days=rng.randint(1, 300))))

    # -- stalls and touches ---------------------------------------------------------------

    def slot_for(self, kind: StallKind, logged: datetime, tz: str) -> datetime:
        """The agreed callback, as the prospect's local business hours."""
        rng = self.rng
        local = utc_to_local(logged, tz).replace(tzinfo=None)
        day: date
        if kind in (StallKind.NEXT_MONTH, StallKind.NOT_READY):
            day = add_months(local.date(), 1) + timedelta(days=rng.randint(-3, 5))
        elif kind is StallKind.NEXT_WEEK:
            day = local.date() + timedelta(days=rng.randint(5, 9))
        elif kind is StallKind.TOO_BUSY:
            day = local.date() + timedelta(days=rng.randint(1, 10))
        else:  # LATER: the same afternoon when there is time left, else tomorrow
            if local.hour < 15:
                later = local.replace(minute=0, second=0) + timedelta(hours=rng.randint(2, 3))
                return local_to_utc(later, tz)
            day = local.date() + timedelta(days=1)
        while day.weekday() >= 5:
            day += timedelta(days=1)
        hour = rng.choice([9, 10, 10, 11, 11, 14, 14, 15, 16])
        minute = rng.choice([0, 0, 0, 15, 30, 30, 45])
        return local_to_utc(datetime(day.year, day.month, day.day, hour, minute), tz)

    def business_time(self, ts: float, tz: str) -> datetime:
        """Move a moment into the prospect's weekday business hours."""
        rng = self.rng
        local = utc_to_local(datetime.fromtimestamp(ts, UTC), tz).replace(tzinfo=None)
        day = local.date()
        while day.weekday() >= 5:
            day -= timedelta(days=1)
        hour = rng.randint(9, 17)
        moment = local_to_utc(datetime(day.year, day.month, day.day, hour,
                                       rng.randint(0, 59), rng.randint(0, 59)), tz)
        return min(moment, self.now - timedelta(minutes=rng.randint(5, 600)))

    def touch_status(self, due_ts: float) -> str:
        """Whether a touch the plan reached is still pending, from when it falls due."""
        rng = self.rng
        if due_ts >= self.now_ts:
            return "pending"
        if due_ts >= self.today_start_ts:
            return "pending" if rng.random() < 0.45 else "done"
        if due_ts >= self.now_ts - 12 * DAY:
            return "pending" if rng.random() < 0.035 else "done"
        return "done"

    def stall_touches(self, stall_id: int, pid: int, kind: StallKind, logged: datetime
                      ) -> tuple[tuple[object, ...], list[list[object]]]:
        """One stall row and its touch rows (ids filled in later)."""
        rng = self.rng
        tz = self.prospect_zone[pid]
        playbook = playbook_for(kind)
        if kind is StallKind.GONE_DARK:
            slot, quality = None, SlotQuality.NONE
        else:
            slot = self.slot_for(kind, logged, tz)
            quality = SlotQuality.BOOKED if rng.random() < 0.78 else SlotQuality.VAGUE
        plan = plan_touches(playbook, logged_utc=logged, tz_name=tz, slot_utc=slot,
                            quality=quality)
        created = db_time(logged)
        planned = [(t, created) for t in plan.touches]
        rows: list[list[object]] = []
        stopped: str | None = None
        closed_ts: float | None = None
        dark_started = kind is StallKind.GONE_DARK
        i = 0
        while i < len(planned):
            touch, made = planned[i]
            i += 1
            due_ts = touch.due_utc.timestamp()
            due = db_time(touch.due_utc)
            row: list[object] = [
                0, pid, stall_id, touch.step_key, touch.title, touch.channel.value,
                touch.reason, touch.template, int(touch.optional), touch.attempt, due, due,
                0, "pending", None, None, "", None, None, made]
            rows.append(row)
            if stopped is not None:
                row[13], row[15] = "cancelled", f"stopped by {stopped}"
                continue
            status = self.touch_status(due_ts)
            if status == "pending":
                if due_ts < self.now_ts and rng.random() < 0.08:  # snoozed once or twice
                    row[12] = rng.randint(1, 2)
                    row[10] = db_time(touch.due_utc + timedelta(minutes=60 * int(row[12])))
                continue
            late = min(rng.expovariate(1 / 40.0) * 60, max(self.now_ts - due_ts - 60, 0))
            done_dt = touch.due_utc + timedelta(seconds=int(late))
            row[17] = db_time(done_dt)
            if touch.channel.value != "call":
                if touch.optional and rng.random() < 0.3:
                    row[13] = "skipped"
                else:
                    row[13], row[14] = "done", "done"
                continue
            outcome = self.outcomes.pick(rng)
            assert isinstance(outcome, CallOutcome)
            row[13], row[14], row[18] = "done", outcome.value, int(late // 60)
            if outcome.stops_plan:
                stopped, closed_ts = outcome.value, done_dt.timestamp()
            elif touch.step_key == "callback" and not dark_started:
                dark_started = True
                dark = plan_touches(GONE_DARK, logged_utc=done_dt, tz_name=tz, slot_utc=None,
                                    quality=SlotQuality.NONE)
                planned.extend((t, db_time(done_dt)) for t in dark.touches)
        open_ = any(r[13] == "pending" for r in rows)
        if not open_ and closed_ts is None:
            closed_ts = max(datetime.strptime(str(r[17] or r[10]), "%Y-%m-%dT%H:%M:%SZ")
                            .replace(tzinfo=UTC).timestamp() for r in rows)
        stall = (stall_id, pid, kind.value, rng.choice(STALL_WORDS[kind]), created,
                 db_time(slot) if slot else None, tz, plan.slot_quality.value, playbook.key,
                 "open" if open_ else "closed",
                 None if open_ else _iso(min(closed_ts or self.now_ts, self.now_ts)),
                 None if open_ else (stopped or "plan finished"))
        return stall, rows

    # -- writing --------------------------------------------------------------------------

    def write(self, path: Path, log: bool = True) -> dict[str, int]:
        started = time.perf_counter()
        for suffix in ("", "-wal", "-shm"):
            Path(f"{path}{suffix}").unlink(missing_ok=True)
        db = open_database(path)
        conn = db.conn
        conn.execute("PRAGMA synchronous = OFF")
        conn.execute("PRAGMA cache_size = -400000")

        def insert(table: str, columns: Sequence[str], rows: object) -> int:
            marks = ", ".join("?" for _ in columns)
            cursor = conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows)  # type: ignore[arg-type]
            return int(cursor.rowcount)

        def say(what: str) -> None:
            if log:
                print(f"{time.perf_counter() - started:6.1f} s  {what}", file=sys.stderr)

        skeletons = self.stall_skeletons()
        first_activity: dict[int, float] = {}
        for ts, pid in skeletons:
            first_activity[pid] = ts  # newest first, so the last write is the earliest
        with db.atomic():
            conn.execute("INSERT INTO settings (key, value) VALUES ('rep_timezone', ?) "
                         "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                         [self.rep_tz])
            self.counts["prospects"] = insert("prospects", PROSPECT_COLUMNS,
                                              self.prospect_rows(first_activity))
            say(f"{self.counts['prospects']:,} prospects")
            self.counts["profiles"] = insert("profiles", PROFILE_COLUMNS, self.profile_rows())
            self.counts["events"] = insert("compelling_events", EVENT_COLUMNS,
                                           self.event_rows())
            say("profiles and compelling events")
            self.write_stalls(conn, insert, skeletons, say)
        conn.execute("PRAGMA optimize")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        db.close()
        say("done")
        return self.counts

    def write_stalls(self, conn: object, insert: object, skeletons: list[tuple[float, int]],
                     say: object) -> None:
        remaining = self.n_touches
        touch_id = self.n_touches  # newest first: ids count down so they grow with time
        stall_id = len(skeletons)
        stalls: list[tuple[object, ...]] = []
        touches: list[list[object]] = []
        n_stalls = 0
        for ts, pid in skeletons:
            if remaining <= 0:
                break
            kind = self.kinds.pick(self.rng)
            assert isinstance(kind, StallKind)
            logged = self.business_time(ts, self.prospect_zone[pid])
            stall, rows = self.stall_touches(stall_id, pid, kind, logged)
            rows = rows[:remaining]
            for row in rows:
                row[0] = touch_id
                touch_id -= 1
            remaining -= len(rows)
            stalls.append(stall)
            touches.extend(rows)
            stall_id -= 1
            n_stalls += 1
            if len(touches) >= 50_000:
                insert("stalls", STALL_COLUMNS, stalls)  # type: ignore[operator]
                insert("touches", TOUCH_COLUMNS, touches)  # type: ignore[operator]
                say(f"{self.n_touches - remaining:,} touches")  # type: ignore[operator]
                stalls, touches = [], []
        insert("stalls", STALL_COLUMNS, stalls)  # type: ignore[operator]
        insert("touches", TOUCH_COLUMNS, touches)  # type: ignore[operator]
        self.counts["stalls"] = n_stalls
        self.counts["touches"] = self.n_touches - remaining


def summary(path: Path, rep_tz: str, now: datetime) -> dict[str, int]:
    """What the rep will see: today's queue and the rest."""
    import sqlite3

    from desktop_app.scheduling.days import end_of_day_utc

    end = db_time(end_of_day_utc(utc_to_local(now, rep_tz).date(), rep_tz))
    start = db_time(start_of_day_utc(utc_to_local(now, rep_tz).date(), rep_tz))
    conn = sqlite3.connect(path)
    try:
        q = conn.execute
        return {
            "queue_today": q("SELECT count(*) FROM touches t JOIN prospects p ON p.id = "
                             "t.prospect_id WHERE status='pending' AND due_utc < ? AND "
                             "p.deleted_utc IS NULL", [end]).fetchone()[0],
            "overdue_before_today": q("SELECT count(*) FROM touches WHERE status='pending' "
                                      "AND due_utc < ?", [start]).fetchone()[0],
            "pending_future": q("SELECT count(*) FROM touches WHERE status='pending' AND "
                                "due_utc >= ?", [end]).fetchone()[0],
            "done": q("SELECT count(*) FROM touches WHERE status='done'").fetchone()[0],
            "cancelled_or_skipped": q("SELECT count(*) FROM touches WHERE status IN "
                                      "('cancelled','skipped')").fetchone()[0],
        }
    finally:
        conn.close()


def parse_now(text: str | None) -> datetime:
    if not text:
        return datetime.now(UTC).replace(second=0, microsecond=0)
    moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(UTC)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", type=Path, help="the database file to write (replaced)")
    parser.add_argument("--prospects", type=int, default=100_000)
    parser.add_argument("--touches", type=int, default=1_000_000)
    parser.add_argument("--seed", type=int, default=2026)
    parser.add_argument("--now", help="the book's 'now' in ISO 8601 UTC (default: this minute)")
    parser.add_argument("--rep-tz", default="Europe/London", help="the rep's time zone")
    parser.add_argument("--quiet", action="store_true")
    args = parser.parse_args(argv)
    if args.prospects < 1 or args.touches < 0:
        parser.error("need at least one prospect and no negative touch count")
    now = parse_now(args.now)
    generator = BookGenerator(args.prospects, args.touches, now, args.seed, args.rep_tz)
    counts = generator.write(args.out, log=not args.quiet)
    counts.update(summary(args.out, args.rep_tz, now))
    print(json.dumps({"path": str(args.out), "now": db_time(now), **counts}, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())
