"""Import of messy real-world files, export round-trips, backup and restore."""

from __future__ import annotations

import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.services import ValidationError
from desktop_app.services.backup import (
    BackupError,
    backup_database,
    check_backup,
    restore_backup,
)
from desktop_app.services.context import PROSPECTS
from desktop_app.services.exporter import export_callbacks_ics, export_prospects_csv
from desktop_app.services.importer import (
    ImportCancelled,
    guess_mapping,
    prepare_import,
    read_source,
    run_import,
    split_full_name,
)
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall

DATA = Path(__file__).parent / "data"


def _plan(ctx, name):
    table = read_source(DATA / name)
    return table, prepare_import(ctx.store, table, guess_mapping(table.headers),
                                 ctx.rep_timezone)


def _people(store):
    return {r["email"] or r["company"]: r for r in store.db.query(
        "SELECT * FROM prospects WHERE deleted_utc IS NULL")}


def test_outlook_export_with_bom_quotes_blank_lines_and_short_rows(ctx):
    table, plan = _plan(ctx, "outlook_bom.csv")
    assert table.headers[0] == "First Name"  # the BOM is not part of the header
    lines = {r.line: r for r in plan.rows}
    assert sorted(lines) == [2, 4, 5, 7, 8, 10, 11, 12]  # blank lines skipped, numbers kept
    assert lines[4].fields["notes"] == 'Prefers "Watanabe-san"'
    assert lines[5].fields["notes"] == "Two lines:\nsecond line"
    assert lines[5].fields["timezone"] == "America/New_York"  # "EST"
    assert lines[10].action == "new" and lines[10].zone_defaulted
    assert any("fewer cells" in note for note in plan.notes)
    problems = {r.line: r.problems for r in plan.bad_rows}
    assert set(problems) == {7, 8, 11, 12}
    assert "does not look right" in problems[7][0]
    assert problems[8] == ["the same email as line 2; only the first is imported"]
    assert "Mars/Olympus" in problems[12][0]


def test_skipping_bad_rows_imports_the_rest_in_one_go(ctx):
    seen = []
    ctx.changes.subscribe(seen.append)
    _, plan = _plan(ctx, "outlook_bom.csv")
    result = run_import(ctx.store, plan, ctx.now())
    assert (result.created, result.merged, result.skipped) == (4, 0, 4)
    people = _people(ctx.store)
    assert people["JOSE@nunez.example"]["last_name"] == "Núñez"
    assert people["short@row.example"]["timezone"] == "Europe/London"  # the rep's zone
    assert ctx.store.count_prospects() == 4
    # Every imported prospect has a profile row and is found by search.
    assert ctx.store.db.execute("SELECT count(*) FROM profiles").fetchone()[0] == 4
    assert [p.name for p in ctx.store.search_prospects("watanabe")] == ["Kenji Watanabe"]


def test_a_cp1252_file_with_semicolons_and_a_full_name_column(ctx):
    table, plan = _plan(ctx, "german_semicolon_cp1252.csv")
    assert table.encoding == "cp1252" and table.delimiter == ";"
    assert any("Windows-1252" in note for note in plan.notes)
    assert guess_mapping(table.headers) == ["full_name", "company", "email", "phone",
                                            "timezone", "notes"]
    first, second = plan.rows
    assert (first.fields["first_name"], first.fields["last_name"]) == ("Jürgen", "Müller")
    assert first.fields["notes"] == "Kunde seit 2019; zahlt pünktlich"
    assert second.fields["company"] == "Crème & Cie" and second.zone_defaulted
    assert plan.zone_defaulted == 1


def test_an_excel_unicode_text_file_utf16_with_tabs(ctx):
    table, plan = _plan(ctx, "excel_unicode_text.txt")
    assert (table.encoding, table.delimiter) == ("utf-16", "\t")
    assert [r.fields["last_name"] for r in plan.rows] == ["Carvalho", "Lindqvist"]
    assert plan.rows[0].fields["mobile"] == "+351 912 345 678"


def test_vcard_3_and_4(ctx):
    _, plan3 = _plan(ctx, "contacts_v3.vcf")
    maria, daniel = plan3.rows
    assert maria.line == 1 and daniel.line == 15
    assert maria.fields["mobile"] == "+44 7700 900123"
    assert maria.fields["phone"] == "+44 20 7946 0321"
    assert maria.fields["linkedin"] == "https://www.linkedin.com/in/maria-okafor"
    assert maria.fields["notes"] == ("Budget signed off in March, call after the 15th.\n"
                                     "Ask for Daniel.")
    assert maria.fields["address"] == "1 Quay Street, Bristol, BS1 4XX, UK"
    assert daniel.fields["email"] == "daniel.price@harbourview.example"  # folded line
    assert daniel.fields["timezone"] == "Etc/GMT+5"  # TZ:-05:00
    _, plan4 = _plan(ctx, "contacts_v4.vcf")
    kenji, acme = plan4.rows
    assert kenji.fields["timezone"] == "Asia/Tokyo"
    assert kenji.fields["mobile"] == "+81-90-1234-5678"
    assert acme.fields == {"company": "Acme Robotics", "phone": "+1-555-0100",
                           "timezone": "Europe/London"}


def test_an_existing_prospect_is_offered_as_a_merge_not_a_duplicate(ctx):
    existing = create_prospect(ctx, {"first_name": "Maria", "last_name": "Okafor",
                                     "email": "Maria.Okafor@harbourview.example",
                                     "phone": "", "notes": "Old note",
                                     "timezone": "Europe/Lisbon"})
    _, plan = _plan(ctx, "contacts_v3.vcf")
    maria = plan.rows[0]
    assert (maria.action, maria.existing_id, maria.existing_name) == (
        "merge", existing, "Maria Okafor")
    result = run_import(ctx.store, plan, ctx.now(), merge=True)
    assert (result.created, result.merged) == (1, 1)  # Daniel is new
    row = ctx.store.get_prospect(existing)
    assert row.phone == "+44 20 7946 0321"  # an empty field filled in
    assert row.timezone == "Europe/Lisbon"  # nothing overwritten
    assert row.notes.startswith("Old note\nBudget signed off")
    assert ctx.store.count_prospects() == 2


def test_merges_can_be_skipped(ctx):
    create_prospect(ctx, {"first_name": "Maria", "email": "maria.okafor@harbourview.example",
                          "timezone": "Europe/London"})
    _, plan = _plan(ctx, "contacts_v3.vcf")
    result = run_import(ctx.store, plan, ctx.now(), merge=False)
    assert (result.created, result.merged, result.skipped) == (1, 0, 1)
    assert ctx.store.get_prospect(1).phone == ""


def test_cancel_or_crash_leaves_the_book_as_it_was(ctx, tmp_path):
    rows = "\n".join(f"P{i},Co {i},p{i}@example.com" for i in range(5000))
    path = tmp_path / "big.csv"
    path.write_text("Name,Company,Email\n" + rows, encoding="utf-8")
    table = read_source(path)
    plan = prepare_import(ctx.store, table, guess_mapping(table.headers), "Europe/London")
    calls = []

    def cancel_after_first_chunk():
        calls.append(1)
        return len(calls) > 2

    with pytest.raises(ImportCancelled):
        run_import(ctx.store, plan, ctx.now(), cancelled=cancel_after_first_chunk)
    assert ctx.store.count_prospects() == 0

    def crash(done, total):
        if done > 2000:
            raise OSError("disk full")

    with pytest.raises(OSError):
        run_import(ctx.store, plan, ctx.now(), progress=crash)
    assert ctx.store.count_prospects() == 0
    assert ctx.store.db.execute("SELECT count(*) FROM profiles").fetchone()[0] == 0
    assert ctx.store.search_prospects("P42") == []
    create_prospect(ctx, {"first_name": "Zelda", "timezone": "UTC"})
    assert [p.name for p in ctx.store.search_prospects("zeld")] == ["Zelda"]  # trigger back


def test_a_bulk_import_is_searchable_and_keeps_search_in_step(ctx, tmp_path):
    path = tmp_path / "bulk.csv"
    path.write_text("Name,Company,Email\n" + "\n".join(
        f"Person{i} Smith,Company {i},p{i}@example.com" for i in range(5000)), "utf-8")
    table = read_source(path)
    plan = prepare_import(ctx.store, table, guess_mapping(table.headers), "Europe/London")
    assert run_import(ctx.store, plan, ctx.now()).created == 5000
    assert [p.email for p in ctx.store.search_prospects("person4321")] == [
        "p4321@example.com"]
    create_prospect(ctx, {"first_name": "Zelda", "timezone": "UTC"})
    assert [p.name for p in ctx.store.search_prospects("zeld")] == ["Zelda"]


@pytest.mark.parametrize("address", [
    "maria@harbourview.example", "JOSE@NUNEZ.EXAMPLE", "a.b+tag@sub.domain.co.uk",
    "o'connell@pub.ie", "x@localhost.test", "a..b@example.com", "a@b", "a@-b.com",
    "müller@bäckerei.de", "user@123.com", "first.last@exa_mple.com", ".a@example.com",
    "a" * 65 + "@example.com", "name@domain.c0m",
])
def test_the_quick_email_check_agrees_with_email_validator(address):
    from desktop_app.services.importer import normal_email
    from desktop_app.services.prospects import check_email

    try:
        expected = check_email(address)
    except ValidationError:
        with pytest.raises(ValidationError):
            normal_email(address)
    else:
        assert normal_email(address) == expected


def test_files_that_cannot_be_imported_say_why(ctx, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("\n\n", encoding="utf-8")
    with pytest.raises(ValidationError, match="no header row"):
        read_source(empty)
    table = read_source(DATA / "excel_unicode_text.txt")
    with pytest.raises(ValidationError, match="name or a company"):
        prepare_import(ctx.store, table, [None, None, "email", None], "Europe/London")
    with pytest.raises(ValidationError, match="Could not read"):
        read_source(tmp_path / "missing.csv")


@pytest.mark.parametrize(("full", "expected"), [
    ("Maria Okafor", ("Maria", "Okafor")),
    ("Okafor, Maria", ("Maria", "Okafor")),
    ("Anne Marie  de Vries", ("Anne Marie de", "Vries")),
    ("Prince", ("Prince", "")),
])
def test_full_names_are_split(full, expected):
    assert split_full_name(full) == expected


def test_headers_are_guessed_from_common_names():
    headers = ["Given Name", "Surname", "Organisation", "Email Address", "Work Phone",
               "Cell", "Position", "TZ", "Comments", "Web Site", "LinkedIn URL", "Shoe size"]
    assert guess_mapping(headers) == ["first_name", "last_name", "company", "email", "phone",
                                      "mobile", "title", "timezone", "notes", "website",
                                      "linkedin", None]
    assert guess_mapping(["Email", "E-mail 2"]) == ["email", None]  # each field once


# -- export ------------------------------------------------------------------------------


def test_prospects_csv_imports_back_as_the_same_prospects(ctx, tmp_path, store):
    from desktop_app.services.sample import write_sample_book

    write_sample_book(ctx)
    columns = ("first_name", "last_name", "title", "company", "email", "phone", "mobile",
               "timezone", "address", "linkedin", "website", "notes")
    before = sorted(tuple(r[c] for c in columns) for r in _people(store).values())
    path = tmp_path / "prospects.csv"
    assert export_prospects_csv(store, path) == len(before)

    other = type(store).open(tmp_path / "other.sqlite3")
    try:
        table = read_source(path)
        plan = prepare_import(other, table, guess_mapping(table.headers), "UTC")
        assert plan.bad_rows == [] and plan.zone_defaulted == 0
        run_import(other, plan, ctx.now())
        after = sorted(tuple(r[c] for c in columns) for r in _people(other).values())
    finally:
        other.close()
    assert after == before


def test_upcoming_callbacks_to_ics_parse_back(ctx, clock, prospect_id, tmp_path):
    from icalendar import Calendar

    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "Call me next week",
                                clock().replace(tzinfo=None) + timedelta(days=7, hours=1),
                                SlotQuality.BOOKED))
    tokyo = create_prospect(ctx, {"first_name": "Kenji", "company": "Aomori",
                                  "timezone": "Asia/Tokyo"})
    log_stall(ctx, StallRequest(tokyo, StallKind.GONE_DARK))
    path = tmp_path / "callbacks.ics"
    count = export_callbacks_ics(ctx.store, path, ctx.now())
    calendar = Calendar.from_ical(path.read_bytes())
    events = list(calendar.walk("VEVENT"))
    # One callback for Maria; 4 gone-dark calls and a nurture call for Kenji.
    assert count == len(events) == 6
    maria = next(e for e in events if "Maria" in str(e["SUMMARY"]))
    start = maria.decoded("DTSTART")
    assert (start.hour, str(start.tzinfo)) == (10, "Europe/London")
    end = maria.decoded("DTEND")
    assert end - start == timedelta(minutes=30)  # as long as the emailed invite's call
    assert "Harbourview Clinics" in str(maria["SUMMARY"])
    assert "Call me next week" in str(maria["DESCRIPTION"])
    zones = {str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")}
    assert zones == {"Europe/London", "Asia/Tokyo"}
    assert all(str(e["UID"]).endswith("@tickler.local") for e in events)


# -- backup and restore ------------------------------------------------------------------


def test_backup_while_in_use_and_restore_over_later_changes(ctx, prospect_id, tmp_path):
    seen = []
    ctx.changes.subscribe(seen.append)
    target = tmp_path / "backups" / "book.sqlite3"
    target.parent.mkdir()
    writer = type(ctx.store).open(ctx.store.path)  # a worker mid-write on the live book
    try:
        with writer.transaction():
            writer.db.execute("UPDATE prospects SET notes = 'uncommitted' WHERE id = ?",
                              [prospect_id])
            info = backup_database(ctx, target)
    finally:
        writer.close()
    assert (info.prospects, info.schema) == (1, len(__import__(
        "desktop_app.store.migrations", fromlist=["MIGRATIONS"]).MIGRATIONS))
    assert sqlite3.connect(target).execute("SELECT notes FROM prospects").fetchone()[0] == ""
    assert target.stat().st_mode & 0o777 == 0o600  # as private as the book itself
    assert not target.with_name(target.name + ".partial").exists()

    create_prospect(ctx, {"first_name": "Later", "timezone": "UTC"})
    ctx.store.set_setting("rep_timezone", "Asia/Tokyo")
    ctx.forget_cached_settings()
    worker = type(ctx.store).open(ctx.store.path)  # a second connection, like a worker's
    try:
        restored = restore_backup(ctx, target)
        assert restored.prospects == 1
        assert ctx.store.count_prospects() == 1
        assert worker.count_prospects() == 1  # other connections see the restored book
        assert ctx.rep_timezone == "Europe/London"
        assert ctx.store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ctx.store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    finally:
        worker.close()
    reopened = type(ctx.store).open(ctx.store.path)  # the file itself holds the restore
    try:
        assert reopened.count_prospects() == 1
    finally:
        reopened.close()
    assert PROSPECTS in seen[-1]
    safety = ctx.store.path.with_name(ctx.store.path.name + ".before-restore.bak")
    assert sqlite3.connect(safety).execute("SELECT count(*) FROM prospects").fetchone()[0] == 2


def test_restore_refuses_what_is_not_a_usable_tickler_backup(ctx, prospect_id, tmp_path):
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database" * 100)
    other = tmp_path / "other.sqlite3"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE things (x)")
    conn.commit()
    conn.close()
    newer = tmp_path / "newer.sqlite3"
    backup_database(ctx, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 999")
    conn.commit()
    conn.close()
    for path, message in ((junk, "not a Tickler backup"), (other, "not a Tickler book"),
                          (newer, "newer Tickler"), (tmp_path / "nope.sqlite3", "does not")):
        with pytest.raises(BackupError, match=message):
            restore_backup(ctx, path)
    assert ctx.store.count_prospects() == 1
    with pytest.raises(BackupError, match="live book"):
        backup_database(ctx, ctx.store.path)


def test_an_older_backup_is_migrated_on_restore(ctx, prospect_id, tmp_path):
    from sqlite_utils import Database

    from desktop_app.store.database import SCHEMA_VERSION, migrate

    old = tmp_path / "old.sqlite3"
    db = Database(sqlite3.connect(old), execute_plugins=False)
    migrate(db, old, upto=2)
    db.close()
    assert check_backup(old).schema == 2
    restore_backup(ctx, old)
    assert ctx.store.db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert ctx.store.count_prospects() == 0
