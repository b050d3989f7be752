"""Tickler's own export layout, and reading it back exactly.

An export is ``prospects.csv`` (one row a prospect: contact details, then the qualification
answers, one column each) and, for the whole book, a ZIP that holds it together with
``compelling_events.csv``, ``stalls.csv`` and ``touches.csv`` (the history), each row tied
to its prospect by the ``Tickler ID`` column. Every file opens in a spreadsheet, every cell
is formula-safe (csv_safety), and Tickler's import recognises the layout by its header and
gives back the same values: prospects, answers, events and history.

The history tables are written with every column the book has (read from the schema, so a
column added by a later migration is carried too) under readable headers; an import writes
the columns its own book knows.
"""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import zipfile
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.events import EVENT_LABELS
from ..domain.i18n import tr
from ..store.book_tables import (
    column_values,
    insert_row,
    live_history_rows,
    live_prospect_rows,
    set_columns,
    table_columns,
)
from ..store.store import PROFILE_FIELDS, PROSPECT_FIELDS
from .csv_safety import restore_cell, safe_row

ID_HEADER = "Tickler ID"
LAYOUT_NAME = "Tickler"  # the wizard says "This looks like a Tickler export"
PROSPECTS_FILE = "prospects.csv"
EVENTS_FILE = "compelling_events.csv"
STALLS_FILE = "stalls.csv"
TOUCHES_FILE = "touches.csv"

# The importer's own names for these fields, so a prospects.csv maps itself; a contact
# field added later is written under its own name made readable.
_CONTACT_LABELS: dict[str, str] = {
    "first_name": "First name", "last_name": "Last name", "title": "Job title",
    "company": "Company", "email": "Email", "phone": "Phone", "mobile": "Mobile",
    "timezone": "Time zone", "address": "Address", "linkedin": "LinkedIn",
    "website": "Website", "blog": "Blog", "twitter": "Twitter / X", "facebook": "Facebook",
    "notes": "Notes", "other_contacts": "Other numbers and addresses",
}
PROSPECT_HEADERS: dict[str, str] = {
    key: _CONTACT_LABELS.get(key, key.replace("_", " ").capitalize())
    for key in PROSPECT_FIELDS}
# What marks a Tickler export, whichever version wrote it.
_SIGNATURE = {"First name", "Last name", "Company", "Email", "Time zone"}
PROFILE_HEADERS: dict[str, str] = {
    "what_will_change": "What will change by the callback",
    "decision_maker_name": "Decision maker",
    "decision_maker_role": "Decision maker's role",
    "others_involved": "Others involved",
    "purchasing_process": "How they buy",
    "budget_status": "Budget",
    "budget_amount": "Budget amount",
    "budget_source": "Where the budget would come from",
    "timeline": "Timeline",
}
# The prospect's settings beside the answers; another such column keeps its own name.
SETTING_HEADERS: dict[str, str] = {"country": "Public holidays of (country)"}
BUDGET_WORDS = {"planned": "Planned", "not_planned": "Not planned", "unknown": ""}
_BUDGET_CODES = {word.lower(): code for code, word in BUDGET_WORDS.items()}

# Readable headers for the history tables' columns; any other column keeps its own name.
HISTORY_HEADERS: dict[str, dict[str, str]] = {
    "compelling_events": {
        "id": "Event ID", "kind": "Kind", "event_date": "Date", "note": "Note",
        "created_utc": "Added (UTC)",
    },
    "stalls": {
        "id": "Stall ID", "kind": "Stall", "words": "Their words", "logged_utc": "Logged (UTC)",
        "slot_utc": "Callback slot (UTC)", "slot_tz": "Slot time zone",
        "slot_quality": "Slot", "playbook_key": "Playbook", "status": "Status",
        "closed_utc": "Closed (UTC)", "closed_reason": "Closed because",
        "origin_touch_id": "From touch ID",
    },
    "touches": {
        "id": "Touch ID", "stall_id": "Stall ID", "event_id": "Event ID", "step_key": "Step",
        "title": "Touch", "channel": "Channel", "reason": "Reason", "template": "Template",
        "optional": "Optional", "attempt": "Attempt", "due_utc": "Due (UTC)",
        "original_due_utc": "First due (UTC)", "snooze_count": "Snoozed",
        "status": "Status", "outcome": "Outcome", "outcome_reason": "Outcome reason",
        "notes": "Notes", "done_utc": "Done (UTC)", "minutes_late": "Minutes late",
        "created_utc": "Added (UTC)", "dialled_utc": "Dialled (UTC)",
    },
}
HISTORY_FILES = {"compelling_events": EVENTS_FILE, "stalls": STALLS_FILE,
                 "touches": TOUCHES_FILE}
_EVENT_LABEL_BY_KIND = {kind.value: label for kind, label in EVENT_LABELS.items()}
_EVENT_KIND_BY_LABEL = {label: kind for kind, label in _EVENT_LABEL_BY_KIND.items()}


@dataclass(slots=True)
class ProspectExtras:
    """What an export carries for one prospect beyond its contact details."""

    profile: dict[str, Any] = field(default_factory=dict)
    settings: dict[str, str] = field(default_factory=dict)
    history: dict[str, list[dict[str, str]]] = field(default_factory=dict)


@dataclass(slots=True)
class BookExtras:
    """The extras of a Tickler export, by the line of the prospect's row."""

    by_line: dict[int, ProspectExtras] = field(default_factory=dict)
    lines: dict[str, int] = field(default_factory=dict)  # the export's Tickler ID -> line
    has_history: bool = False


# -- writing --------------------------------------------------------------------------------


def _history_columns(conn: sqlite3.Connection, table: str) -> list[str]:
    return [name for name, _nn, _t in table_columns(conn, table) if name != "prospect_id"]


def _setting_columns(conn: sqlite3.Connection) -> list[str]:
    """The prospect's own columns that are neither contact details nor bookkeeping (the
    country whose holidays their plan skips…), as this book has them."""
    skip = {*PROSPECT_FIELDS, "id", "created_utc", "updated_utc", "deleted_utc"}
    return [name for name, _nn, _t in table_columns(conn, "prospects") if name not in skip]


def prospect_header(conn: sqlite3.Connection) -> list[str]:
    return [ID_HEADER, *PROSPECT_HEADERS.values(), *PROFILE_HEADERS.values(),
            *(SETTING_HEADERS.get(c, c) for c in _setting_columns(conn))]


def prospect_rows(conn: sqlite3.Connection) -> Iterator[list[str]]:
    """Every live prospect as export cells (already formula-safe)."""
    start = 1 + len(PROSPECT_FIELDS)
    for row in live_prospect_rows(conn, _setting_columns(conn)):
        values = list(row)
        answers = dict(zip(PROFILE_FIELDS, values[start:start + len(PROFILE_FIELDS)],
                           strict=True))
        others = json.loads(answers["others_involved"] or "[]")
        answers["others_involved"] = "\n".join(str(o) for o in others)
        answers["budget_status"] = BUDGET_WORDS.get(answers["budget_status"] or "unknown",
                                                    answers["budget_status"])
        yield safe_row([*values[:start], *(answers[k] for k in PROFILE_FIELDS),
                        *values[start + len(PROFILE_FIELDS):]])


def write_prospects(conn: sqlite3.Connection, handle: Any) -> int:
    writer = csv.writer(handle)
    writer.writerow(prospect_header(conn))
    count = 0
    for cells in prospect_rows(conn):
        writer.writerow(cells)
        count += 1
    return count


def write_history(conn: sqlite3.Connection, table: str, handle: Any) -> int:
    """One history table, the live prospects' rows, in time order."""
    columns = _history_columns(conn, table)
    names = HISTORY_HEADERS[table]
    writer = csv.writer(handle)
    writer.writerow([ID_HEADER, *(names.get(c, c) for c in columns)])
    count = 0
    for row in live_history_rows(conn, table, columns):
        values = list(row)
        if table == "compelling_events":
            at = 1 + columns.index("kind")
            values[at] = _EVENT_LABEL_BY_KIND.get(values[at], values[at])
        writer.writerow(safe_row(values))
        count += 1
    return count


def write_book_zip(conn: sqlite3.Connection, path: Path) -> int:
    """The whole book as a ZIP of CSV files; returns the number of prospects."""
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        buffer = io.StringIO(newline="")
        count = write_prospects(conn, buffer)
        archive.writestr(PROSPECTS_FILE, "\ufeff" + buffer.getvalue())
        for table, name in HISTORY_FILES.items():
            buffer = io.StringIO(newline="")
            write_history(conn, table, buffer)
            archive.writestr(name, "\ufeff" + buffer.getvalue())
        archive.writestr("README.txt", _ZIP_README)
    return count


_ZIP_README = """\
This is a Tickler export: your whole book of prospects.

prospects.csv          one row a prospect: contact details and the qualification answers
compelling_events.csv  dated reasons to call, one row an event
stalls.csv             every stall you logged (what they said, the agreed callback slot)
touches.csv            every touch planned or made: calls, emails, notes, with outcomes

Rows belong to their prospect by the "Tickler ID" column. Times are in UTC.
A cell that begins with = + - @ (also after spaces, or in full-width form) is written
with a ' in front so that no spreadsheet runs
it as a formula; Tickler takes it off again when you import this file (File > Import).
"""


# -- reading --------------------------------------------------------------------------------


def is_tickler_export(headers: Sequence[str]) -> bool:
    """A prospects.csv Tickler wrote: its ID column first, and the contact columns."""
    return bool(headers) and headers[0] == ID_HEADER and set(headers) >= _SIGNATURE


def split_prospects(headers: Sequence[str], rows: Sequence[tuple[int, list[str]]],
                    ) -> tuple[list[str], list[tuple[int, list[str]]], BookExtras]:
    """A Tickler prospects.csv as the importer's table: the contact columns (any column
    that is not the ID or an answer, so one a newer Tickler added can still be mapped), the
    quote prefixes taken off, and the ID and answers set aside in the extras."""
    answer_at = {key: headers.index(label) for key, label in PROFILE_HEADERS.items()
                 if label in headers}
    setting_at = {key: headers.index(label) for key, label in SETTING_HEADERS.items()
                  if label in headers}
    aside = {*answer_at.values(), *setting_at.values()}
    keep = [i for i in range(1, len(headers)) if i not in aside]
    contact = [headers[i] for i in keep]
    extras = BookExtras()
    kept: list[tuple[int, list[str]]] = []
    for line, cells in rows:
        cells = [restore_cell(c) for c in cells]
        padded = cells + [""] * (len(headers) - len(cells))
        profile: dict[str, Any] = {}
        for key, index in answer_at.items():
            value = padded[index]
            if key == "others_involved":
                profile[key] = [v.strip() for v in value.splitlines() if v.strip()]
            elif key == "budget_status":
                profile[key] = _BUDGET_CODES.get(value.strip().lower(), value.strip())
            else:
                profile[key] = value
        settings = {key: padded[index] for key, index in setting_at.items()}
        extras.by_line[line] = ProspectExtras(profile, settings)
        if padded[0]:
            extras.lines[padded[0]] = line
        kept.append((line, [padded[i] for i in keep]))
    return contact, kept, extras


def read_history(text: str, table: str) -> Iterator[tuple[str, dict[str, str]]]:
    """(export ID of the prospect, {column: value}) for each row of a history CSV."""
    names = {label: column for column, label in HISTORY_HEADERS[table].items()}
    reader = csv.reader(io.StringIO(text.lstrip("\ufeff"), newline=""))
    header = next(reader, None)
    if not header or header[0] != ID_HEADER:
        return
    columns = [names.get(h, h) for h in header[1:]]
    for record in reader:
        if not any(record):
            continue
        cells = [restore_cell(c) for c in record]
        cells += [""] * (len(header) - len(cells))
        values = dict(zip(columns, cells[1:], strict=False))
        if table == "compelling_events" and "kind" in values:
            values["kind"] = _EVENT_KIND_BY_LABEL.get(values["kind"], values["kind"])
        yield cells[0], values


def read_book_zip(data: bytes) -> tuple[str, dict[str, str]]:
    """The text of prospects.csv and of each history file found in a Tickler ZIP.

    Raises ValueError with the reason, in words, when it is some other ZIP.
    """
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "[Content_Types].xml" in names:  # .xlsx, .docx, .ods… are ZIPs too
                raise ValueError(tr(
                    "it is a spreadsheet or office file, not a CSV. Save it from your "
                    "spreadsheet as “CSV UTF-8” and import that file"))
            if PROSPECTS_FILE not in names:
                raise ValueError(tr("it is a ZIP file but not a Tickler export (it holds "
                                    "no prospects.csv)"))
            prospects = archive.read(PROSPECTS_FILE).decode("utf-8-sig")
            history = {table: archive.read(name).decode("utf-8-sig")
                       for table, name in HISTORY_FILES.items() if name in names}
    except (zipfile.BadZipFile, UnicodeDecodeError, KeyError) as exc:
        raise ValueError(tr("it is a damaged or unreadable ZIP file ({error})").format(
            error=exc)) from exc
    return prospects, history


def attach_history(extras: BookExtras, history: Mapping[str, str]) -> None:
    for table in HISTORY_FILES:
        if table not in history:
            continue
        for export_id, values in read_history(history[table], table):
            line = extras.lines.get(export_id)
            if line is None:
                continue
            extras.by_line[line].history.setdefault(table, []).append(values)
            extras.has_history = True


# -- writing an import's extras into the book ------------------------------------------------


def _typed(value: str, not_null: bool, declared: str) -> Any:
    if value == "" and not not_null:
        return None
    if "INT" in declared and value != "":
        try:
            return int(value)
        except ValueError:
            return value
    return value


def write_extras(db: Any, prospect_id: int, extras: ProspectExtras, *,
                 merged: bool) -> None:
    """Store one imported prospect's answers (and, for a new prospect, its history).

    A merge fills empty answers only and adds no history: the prospect already has its own.
    """
    conn: sqlite3.Connection = db.conn
    if extras.settings:
        columns = {name for name, _nn, _t in table_columns(conn, "prospects")}
        values = {k: v for k, v in extras.settings.items() if k in columns}
        if merged and values:
            current = column_values(conn, "prospects", "id", prospect_id, list(values))
            if current is not None:
                values = {k: v for (k, v), old in zip(values.items(), current, strict=True)
                          if not old}
        if values:
            set_columns(db, "prospects", "id", prospect_id, values)
    if extras.profile:
        values = dict(extras.profile)
        if "others_involved" in values:
            values["others_involved"] = json.dumps(values["others_involved"])
        if values.get("budget_status") not in ("planned", "not_planned", "unknown"):
            values["budget_status"] = "unknown"
        if merged:
            current = column_values(conn, "profiles", "prospect_id", prospect_id,
                                    list(values))
            if current is not None:
                values = {k: v for (k, v), old in zip(values.items(), current, strict=True)
                          if old in (None, "", "[]", "unknown")}
        if values:
            set_columns(db, "profiles", "prospect_id", prospect_id, values)
    if merged or not extras.history:
        return
    new_ids: dict[str, dict[str, int]] = {t: {} for t in HISTORY_FILES}
    links = {"stall_id": "stalls", "event_id": "compelling_events"}
    for table in ("compelling_events", "stalls", "touches"):
        known = {name: (nn, typ) for name, nn, typ in table_columns(conn, table)}
        for values in extras.history.get(table, []):
            row: dict[str, Any] = {"prospect_id": prospect_id}
            for column, text in values.items():
                if column in ("id", "prospect_id", "origin_touch_id") or column not in known:
                    continue
                if column in links:
                    row[column] = new_ids[links[column]].get(text) if text else None
                else:
                    row[column] = _typed(text, *known[column])
            new_id = insert_row(db, table, row)
            if values.get("id"):
                new_ids[table][values["id"]] = new_id
    for values in extras.history.get("stalls", []):
        origin = values.get("origin_touch_id")
        if origin and values.get("id") in new_ids["stalls"] and origin in new_ids["touches"]:
            set_columns(db, "stalls", "id", new_ids["stalls"][values["id"]],
                        {"origin_touch_id": new_ids["touches"][origin]})


def history_counts(extras: BookExtras) -> dict[str, int]:
    counts: dict[str, int] = {t: 0 for t in HISTORY_FILES}
    for item in extras.by_line.values():
        for table, rows in item.history.items():
            counts[table] += len(rows)
    return counts
