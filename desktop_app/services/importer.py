"""Bringing prospects in from a CSV or vCard file another tool exported.

Three steps, each usable without a window: ``read_source`` reads a messy file into rows with
their line numbers; ``prepare_import`` maps and checks every row against the book (bad rows,
duplicates in the file, merges with existing prospects by email); ``run_import`` writes the
chosen rows in ONE transaction, so a cancel or a crash leaves the book as it was.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..domain.localtime import is_valid_zone
from ..store.store import PROSPECT_FIELDS, Store, db_time
from .context import Cancelled, ValidationError
from .prospects import check_email

# The fields a column can be imported as; "full_name" is split into first and last.
TARGETS: dict[str, str] = {
    "first_name": "First name",
    "last_name": "Last name",
    "full_name": "Full name",
    "company": "Company",
    "title": "Job title",
    "email": "Email",
    "phone": "Phone",
    "mobile": "Mobile",
    "timezone": "Time zone",
    "address": "Address",
    "website": "Website",
    "linkedin": "LinkedIn",
    "blog": "Blog",
    "twitter": "Twitter / X",
    "facebook": "Facebook",
    "notes": "Notes",
}

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "first_name": ("firstname", "first", "givenname", "given", "forename", "prenom",
                   "vorname", "nombre", "contactfirstname", "fname"),
    "last_name": ("lastname", "last", "surname", "familyname", "family", "nom", "nachname",
                  "apellido", "apellidos", "contactlastname", "lname"),
    "full_name": ("fullname", "name", "contact", "contactname", "displayname", "person",
                  "prospect", "fn"),
    "company": ("company", "companyname", "organization", "organisation", "org", "account",
                "accountname", "business", "employer", "firm", "firma", "empresa"),
    "title": ("title", "jobtitle", "position", "role", "job", "designation"),
    "email": ("email", "emailaddress", "mail", "email1", "primaryemail", "workemail",
              "businessemail", "emailaddress1", "courriel", "correo"),
    "phone": ("phone", "phonenumber", "telephone", "tel", "workphone", "businessphone",
              "officephone", "directphone", "phone1", "direct", "landline", "telefon",
              "telefono"),
    "mobile": ("mobile", "mobilephone", "cell", "cellphone", "cellular", "mobilenumber",
               "handy", "movil", "gsm"),
    "timezone": ("timezone", "tz", "zone", "tzname", "ianatimezone", "zeitzone", "fuseau",
                 "fuseauhoraire", "zonahoraria"),
    "address": ("address", "streetaddress", "mailingaddress", "postaladdress",
                "businessaddress", "street", "adr"),
    "website": ("website", "web", "url", "homepage", "site", "webpage", "companywebsite",
                "www"),
    "linkedin": ("linkedin", "linkedinurl", "linkedinprofile", "personlinkedinurl", "li"),
    "blog": ("blog", "blogurl"),
    "twitter": ("twitter", "twitterhandle", "x", "xhandle", "twitterurl"),
    "facebook": ("facebook", "facebookurl", "fb"),
    "notes": ("notes", "note", "comments", "comment", "description", "remarks", "memo",
              "bemerkung", "notizen", "remarques", "notas"),
}
_HEADER_TO_TARGET = {syn: target for target, syns in _SYNONYMS.items() for syn in syns}
_HEADER_TO_TARGET.update({re.sub(r"[^a-z0-9]", "", label.lower()): key
                          for key, label in TARGETS.items()})

# Zones people type that are not IANA names.
ZONE_ALIASES = {
    "est": "America/New_York", "edt": "America/New_York", "eastern": "America/New_York",
    "et": "America/New_York", "cst": "America/Chicago", "cdt": "America/Chicago",
    "central": "America/Chicago", "ct": "America/Chicago", "mst": "America/Denver",
    "mdt": "America/Denver", "mountain": "America/Denver", "pst": "America/Los_Angeles",
    "pdt": "America/Los_Angeles", "pacific": "America/Los_Angeles",
    "pt": "America/Los_Angeles", "gmt": "UTC", "utc": "UTC", "z": "UTC",
    "bst": "Europe/London", "cet": "Europe/Paris", "cest": "Europe/Paris",
    "ist": "Asia/Kolkata", "jst": "Asia/Tokyo", "aest": "Australia/Sydney",
}

CHUNK = 2000

# A plain ASCII address (dot-atom local part, letters-digits-hyphens domain, alphabetic top
# level): every one of these passes email-validator unchanged but for a lower-cased domain.
# Anything else goes through check_email (email-validator), which is 30x slower.
_PLAIN_EMAIL = re.compile(
    r"([A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*)"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})")
_SPECIAL_USE_TLDS = frozenset({"arpa", "invalid", "local", "localhost", "onion", "test"})


class ImportCancelled(Cancelled):
    """The rep cancelled; nothing was written."""


@dataclass(frozen=True, slots=True)
class SourceTable:
    """A file's rows, as text, each with the line it starts on."""

    path: Path | None
    kind: str  # "csv" | "vcard"
    headers: list[str]
    rows: list[tuple[int, list[str]]]
    encoding: str
    delimiter: str = ","
    notes: tuple[str, ...] = ()


@dataclass(slots=True)
class PreparedRow:
    line: int
    fields: dict[str, str]
    action: str  # "new" | "merge" | "bad"
    problems: list[str] = field(default_factory=list)
    existing_id: int | None = None
    existing_name: str = ""
    zone_defaulted: bool = False


@dataclass(slots=True)
class ImportPlan:
    rows: list[PreparedRow]
    rep_timezone: str
    notes: list[str] = field(default_factory=list)

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    @property
    def zone_defaulted(self) -> int:
        return sum(1 for r in self.rows if r.zone_defaulted and r.action != "bad")

    @property
    def bad_rows(self) -> list[PreparedRow]:
        return [r for r in self.rows if r.action == "bad"]


@dataclass(frozen=True, slots=True)
class ImportResult:
    created: int
    merged: int
    skipped: int


Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]


# -- reading ----------------------------------------------------------------------------


def decode_bytes(data: bytes) -> tuple[str, str, list[str]]:
    """Text, the encoding used, and notes for the rep about what was guessed."""
    notes: list[str] = []
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16"), "utf-16", notes
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace"), "utf-8-sig", notes
    try:
        return data.decode("utf-8"), "utf-8", notes
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1252")
        notes.append("The file is not UTF-8; it was read as Windows-1252 (Western European). "
                     "Check accented letters in the preview.")
        return text, "cp1252", notes
    except UnicodeDecodeError:
        notes.append("The file is not UTF-8; it was read as Latin-1. Check accented letters "
                     "in the preview.")
        return data.decode("latin-1"), "latin-1", notes


def read_source(path: Path | str) -> SourceTable:
    """Read a CSV (any common delimiter) or a vCard file into rows with line numbers."""
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(f"Could not read {path.name}: {exc.strerror or exc}.") from exc
    text, encoding, notes = decode_bytes(data)
    if path.suffix.lower() in (".vcf", ".vcard") or text.lstrip()[:11].upper() == "BEGIN:VCARD":
        return read_vcards(text, path, encoding, notes)
    return read_csv_text(text, path, encoding, notes)


def sniff_delimiter(text: str) -> str:
    sample_lines = [line for line in text.splitlines()[:30] if line.strip()]
    sample = "\n".join(sample_lines)
    try:
        return csv.Sniffer().sniff(sample, delimiters=",;\t|").delimiter
    except csv.Error:
        header = sample_lines[0] if sample_lines else ""
        counts = {d: header.count(d) for d in ",;\t|"}
        best = max(counts, key=lambda d: counts[d])
        return best if counts[best] else ","


def read_csv_text(text: str, path: Path | None = None, encoding: str = "utf-8",
                  notes: Sequence[str] = ()) -> SourceTable:
    notes = list(notes)
    text = text.lstrip("\ufeff")
    delimiter = sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[tuple[int, list[str]]] = []
    line = 1
    try:
        for record in reader:
            start, line = line, reader.line_num + 1
            cells = [c.strip() for c in record]
            if not any(cells):
                continue
            if headers is None:
                headers = cells
                continue
            rows.append((start, cells))
    except csv.Error as exc:
        raise ValidationError(f"Line {reader.line_num}: the file is not a readable CSV "
                              f"({exc}).") from exc
    if headers is None:
        raise ValidationError("The file is empty: there is no header row.")
    headers = [h or f"Column {i + 1}" for i, h in enumerate(headers)]
    names = {",": "commas", ";": "semicolons", "\t": "tabs", "|": "bars"}
    if delimiter != ",":
        notes.append(f"Columns are separated by {names[delimiter]}.")
    return SourceTable(path, "csv", headers, rows, encoding, delimiter, tuple(notes))


# -- vCard 3 and 4 ------------------------------------------------------------------------

_VCARD_COLUMNS = ["first_name", "last_name", "full_name", "company", "title", "email", "phone",
                  "mobile", "timezone", "address", "website", "linkedin", "twitter", "notes"]


def _unescape(value: str) -> str:
    return re.sub(r"\\([\\,;nN])", lambda m: "\n" if m.group(1) in "nN" else m.group(1), value)


def _split_unescaped(value: str, sep: str) -> list[str]:
    return [_unescape(p) for p in re.split(rf"(?<!\\){re.escape(sep)}", value)]


def read_vcards(text: str, path: Path | None = None, encoding: str = "utf-8",
                notes: Sequence[str] = ()) -> SourceTable:
    """A small vCard 3.0/4.0 reader: the properties a prospect needs, line numbers kept."""
    physical = text.splitlines()
    logical: list[tuple[int, str]] = []
    for number, raw in enumerate(physical, start=1):
        if raw[:1] in (" ", "\t") and logical:
            logical[-1] = (logical[-1][0], logical[-1][1] + raw[1:])
        elif raw.strip():
            logical.append((number, raw))
    rows: list[tuple[int, list[str]]] = []
    card: dict[str, str] | None = None
    start = 0
    for number, line in logical:
        name_part, sep, value = line.partition(":")
        if not sep:
            continue
        name, *params = name_part.split(";")
        name = name.split(".")[-1].upper()  # drop "item1." groups
        types = {t.strip('"').lower() for p in params
                 for t in (p.split("=", 1)[1] if "=" in p else p).split(",")}
        if name == "BEGIN" and value.strip().upper() == "VCARD":
            card, start = {}, number
            continue
        if card is None:
            continue
        if name == "END":
            rows.append((start, [card.get(c, "") for c in _VCARD_COLUMNS]))
            card = None
            continue
        if name == "N":
            parts = [*_split_unescaped(value, ";"), "", ""]
            card.setdefault("last_name", parts[0].strip())
            card.setdefault("first_name", parts[1].strip())
        elif name == "FN":
            card.setdefault("full_name", _unescape(value).strip())
        elif name == "ORG":
            card.setdefault("company", _split_unescaped(value, ";")[0].strip())
        elif name in ("TITLE", "NOTE", "TZ"):
            key = {"TITLE": "title", "NOTE": "notes", "TZ": "timezone"}[name]
            card.setdefault(key, _unescape(value).strip())
        elif name == "EMAIL":
            card.setdefault("email", _unescape(value).strip().removeprefix("mailto:"))
        elif name == "TEL":
            number_text = _unescape(value).strip().removeprefix("tel:")
            key = "mobile" if types & {"cell", "mobile", "iphone"} else "phone"
            card.setdefault(key, number_text)
        elif name == "ADR":
            parts = [p.strip() for p in _split_unescaped(value, ";")]
            card.setdefault("address", ", ".join(p for p in parts if p))
        elif name in ("URL", "X-SOCIALPROFILE"):
            url = _unescape(value).strip()
            lowered = url.lower()
            if "linkedin" in lowered or "linkedin" in types:
                card.setdefault("linkedin", url)
            elif "twitter" in lowered or "x.com/" in lowered or "twitter" in types:
                card.setdefault("twitter", url)
            elif name == "URL":
                card.setdefault("website", url)
    if card is not None:
        rows.append((start, [card.get(c, "") for c in _VCARD_COLUMNS]))
    if not rows:
        raise ValidationError("No contact cards (BEGIN:VCARD … END:VCARD) were found.")
    headers = [TARGETS[c] for c in _VCARD_COLUMNS]
    return SourceTable(path, "vcard", headers, rows, encoding, "", tuple(notes))


# -- mapping ------------------------------------------------------------------------------


def _normal_header(header: str) -> str:
    return re.sub(r"[^a-z0-9]", "", header.lower())


def guess_mapping(headers: Sequence[str]) -> list[str | None]:
    """A target field for each column, from common header names; each target used once."""
    mapping: list[str | None] = []
    used: set[str] = set()
    for header in headers:
        key = _normal_header(header)
        target = _HEADER_TO_TARGET.get(key)
        if target is None:
            for pattern, candidate in (("linkedin", "linkedin"), ("email", "email"),
                                       ("mail", "email"), ("mobile", "mobile"),
                                       ("cell", "mobile"), ("phone", "phone"),
                                       ("timezone", "timezone"), ("company", "company"),
                                       ("organi", "company"), ("website", "website"),
                                       ("firstname", "first_name"), ("lastname", "last_name"),
                                       ("surname", "last_name"), ("jobtitle", "title"),
                                       ("note", "notes"), ("address", "address")):
                if pattern in key:
                    target = candidate
                    break
        if target in used:
            target = None
        if target is not None:
            used.add(target)
        mapping.append(target)
    return mapping


def split_full_name(full: str) -> tuple[str, str]:
    """'Okafor, Maria' and 'Maria Okafor' both give ('Maria', 'Okafor')."""
    full = " ".join(full.split())
    if "," in full:
        last, _, first = full.partition(",")
        return first.strip(), last.strip()
    if " " not in full:
        return full, ""
    first, _, last = full.rpartition(" ")
    return first, last


def resolve_zone(text: str) -> str | None:
    """An IANA name for what the file says, or None when it is not one Tickler knows.

    A whole-hour UTC offset (vCard 3 writes "TZ:-05:00") becomes the IANA fixed zone
    Etc/GMT+5 (whose sign is inverted by definition); it does not follow summer time.
    """
    text = text.strip()
    if not text:
        return None
    offset = re.fullmatch(r"(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?00)?", text, flags=re.I)
    if offset:
        hours = int(offset.group(2))
        if hours == 0:
            return "UTC"
        if hours <= 14:
            return f"Etc/GMT{'-' if offset.group(1) == '+' else '+'}{hours}"
    if "/" in text or text == "UTC":
        candidate = text.replace(" ", "_")
        if is_valid_zone(candidate):
            return candidate
        return _zones_by_lower_name().get(candidate.lower())
    return ZONE_ALIASES.get(text.lower())


@lru_cache(maxsize=1)
def _zones_by_lower_name() -> dict[str, str]:
    from zoneinfo import available_timezones

    return {name.lower(): name for name in available_timezones()}


# -- checking -----------------------------------------------------------------------------


def normal_email(text: str) -> str:
    """The same answer as check_email, quickly for the common plain address."""
    match = _PLAIN_EMAIL.fullmatch(text)
    if (match and len(text) <= 254 and len(match.group(1)) <= 64
            and match.group(2).rsplit(".", 1)[1].lower() not in _SPECIAL_USE_TLDS):
        return f"{match.group(1)}@{match.group(2).lower()}"
    return check_email(text)


def _existing_emails(store: Store) -> dict[str, tuple[int, str]]:
    found: dict[str, tuple[int, str]] = {}
    for pid, email, first, last, company in store.db.execute(
            "SELECT id, email, first_name, last_name, company FROM prospects "
            "WHERE deleted_utc IS NULL AND email != '' ORDER BY id"):
        name = f"{first} {last}".strip() or company
        found.setdefault(email.strip().lower(), (int(pid), name))
    return found


def prepare_import(
    store: Store, table: SourceTable, mapping: Sequence[str | None], rep_timezone: str,
    progress: Progress | None = None, cancelled: IsCancelled | None = None,
) -> ImportPlan:
    """Map and check every row. Nothing is written."""
    if not any(mapping):
        raise ValidationError("Choose at least one column to import.")
    if not ({"first_name", "last_name", "full_name", "company"} & set(filter(None, mapping))):
        raise ValidationError("Map a column to a name or a company: a prospect needs one.")
    existing = _existing_emails(store)
    seen: dict[str, int] = {}
    rows: list[PreparedRow] = []
    width = len(mapping)
    short_rows = 0
    total = len(table.rows)
    for index, (line, cells) in enumerate(table.rows):
        if index % CHUNK == 0:
            if cancelled is not None and cancelled():
                raise ImportCancelled
            if progress is not None:
                progress(index, total)
        if len(cells) < width:
            short_rows += 1
        values: dict[str, str] = {}
        for column, target in enumerate(mapping):
            if target and column < len(cells) and cells[column] and target not in values:
                values[target] = cells[column]
        rows.append(_check_row(line, values, rep_timezone, existing, seen))
    if progress is not None:
        progress(total, total)
    notes = list(table.notes)
    if short_rows:
        notes.append(f"{short_rows} row(s) have fewer cells than the header; the missing "
                     "cells are read as empty.")
    return ImportPlan(rows, rep_timezone, notes)


def _check_row(line: int, values: dict[str, str], rep_timezone: str,
               existing: dict[str, tuple[int, str]], seen: dict[str, int]) -> PreparedRow:
    problems: list[str] = []
    full = values.pop("full_name", "")
    if (full and not (values.get("first_name") or values.get("last_name"))
            and full != values.get("company")):
        values["first_name"], values["last_name"] = split_full_name(full)
    fields = {k: " ".join(v.split()) if k not in ("notes", "address")
              else "\n".join(v.strip().splitlines())
              for k, v in values.items() if k in PROSPECT_FIELDS}
    row = PreparedRow(line, fields, "new")
    if not (fields.get("first_name") or fields.get("last_name") or fields.get("company")):
        problems.append("no name and no company")
    if fields.get("email"):
        try:
            fields["email"] = normal_email(fields["email"])
        except ValidationError:
            problems.append(f"the email address '{fields['email']}' does not look right")
    zone_text = fields.get("timezone", "")
    if zone_text:
        resolved = resolve_zone(zone_text)
        if resolved is None:
            problems.append(f"'{zone_text}' is not a time zone Tickler knows "
                            "(use a name like America/New_York)")
        else:
            fields["timezone"] = resolved
    else:
        fields["timezone"] = rep_timezone
        row.zone_defaulted = True
    email_key = fields.get("email", "").lower()
    if email_key and not problems:
        if email_key in seen:
            problems.append(f"the same email as line {seen[email_key]}; only the first is "
                            "imported")
        else:
            seen[email_key] = line
            if email_key in existing:
                row.action = "merge"
                row.existing_id, row.existing_name = existing[email_key]
    if problems:
        row.action = "bad"
        row.problems = problems
    return row


# -- writing ------------------------------------------------------------------------------

_INSERT_COLUMNS = (*PROSPECT_FIELDS, "created_utc", "updated_utc")


def merged_fields(current: dict[str, Any], incoming: dict[str, str]) -> dict[str, str]:
    """What a merge changes: empty fields filled in, new notes appended; nothing overwritten."""
    changes: dict[str, str] = {}
    for key, value in incoming.items():
        if not value or key == "timezone":
            continue
        old = str(current.get(key) or "")
        if key == "notes":
            if value not in old:
                changes[key] = f"{old}\n{value}".strip()
        elif not old:
            changes[key] = value
    return changes


def _suspend_search_trigger(db: Any) -> str | None:
    """Drop the per-row search trigger for a bulk insert; returns its SQL to put it back.

    Indexing the new rows in one statement afterwards is three times faster. Both happen in
    the import's transaction, so no other connection ever sees the trigger missing.
    """
    row = db.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' "
                     "AND name = 'prospects_ai'").fetchone()
    if row is None:
        return None
    db.execute("DROP TRIGGER prospects_ai")
    return str(row[0])


def _index_for_search(db: Any, trigger_sql: str, after_id: int) -> None:
    columns = [r[1] for r in db.execute("PRAGMA table_info(prospects_fts)")]
    names = ", ".join(columns)
    db.execute(f"INSERT INTO prospects_fts(rowid, {names}) SELECT id, {names} FROM prospects "
               "WHERE id > ?", [after_id])
    db.execute(trigger_sql)


def run_import(
    store: Store, plan: ImportPlan, now: datetime, *, merge: bool = True,
    progress: Progress | None = None, cancelled: IsCancelled | None = None,
) -> ImportResult:
    """Write the plan's good rows in one transaction (bad rows are skipped).

    ``merge=False`` skips rows whose email matches an existing prospect instead of merging.
    A cancel (ImportCancelled) or any error rolls everything back.
    """
    new_rows = [r for r in plan.rows if r.action == "new"]
    merge_rows = [r for r in plan.rows if r.action == "merge"] if merge else []
    total = len(new_rows) + len(merge_rows)
    stamp = db_time(now)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if cancelled is not None and cancelled():
            raise ImportCancelled
        if progress is not None:
            progress(done, total)

    db = store.db
    insert_sql = (f"INSERT INTO prospects ({', '.join(_INSERT_COLUMNS)}) "
                  f"VALUES ({', '.join('?' for _ in _INSERT_COLUMNS)})")
    with store.transaction():
        step(0)
        before = int(db.execute("SELECT coalesce(max(id), 0) FROM prospects").fetchone()[0])
        search_trigger = _suspend_search_trigger(db) if len(new_rows) > CHUNK else None
        for start in range(0, len(new_rows), CHUNK):
            chunk = new_rows[start:start + CHUNK]
            db.conn.executemany(insert_sql, [
                [*(r.fields.get(k, "") for k in PROSPECT_FIELDS), stamp, stamp] for r in chunk])
            step(len(chunk))
        db.execute("INSERT INTO profiles (prospect_id) SELECT id FROM prospects WHERE id > ?",
                   [before])
        if search_trigger is not None:
            _index_for_search(db, search_trigger, before)
        merged = 0
        for start in range(0, len(merge_rows), CHUNK):
            chunk = merge_rows[start:start + CHUNK]
            for row in chunk:
                assert row.existing_id is not None
                current = store.get_prospect(row.existing_id) or {}
                changes = merged_fields(current, row.fields)
                if changes:
                    changes["updated_utc"] = stamp
                    assignments = ", ".join(f"{k} = ?" for k in changes)
                    db.execute(f"UPDATE prospects SET {assignments} WHERE id = ?",
                               [*changes.values(), row.existing_id])
                merged += 1
            step(len(chunk))
    return ImportResult(len(new_rows), merged, len(plan.rows) - len(new_rows) - merged)
