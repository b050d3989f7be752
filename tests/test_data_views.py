"""GUI tests: the Report tab, the import wizard, export, back-up and restore from the window."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWizard

from desktop_app.domain.model import CallOutcome, SlotQuality, StallKind
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.services.touches import record_call
from desktop_app.store.store import parse_db_time

pytestmark = pytest.mark.gui
DATA = Path(__file__).parent / "data"


@pytest.fixture
def window(window):
    """The shared window; the report's worker is finished before the database closes."""
    yield window
    for job in (window.features.data.report.job, window.features.data.files):
        job.wait()


def _call_back(ctx, clock, prospect_id, outcome):
    slot = datetime.combine(clock().date() + timedelta(days=7), datetime.min.time())
    stall = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "",
                                        slot.replace(hour=10), SlotQuality.BOOKED))
    touch = next(iter(ctx.store.db.query(
        "SELECT * FROM touches WHERE stall_id = ? AND channel = 'call'", [stall])))
    clock.set(parse_db_time(touch["due_utc"]) + timedelta(minutes=2))
    record_call(ctx, touch["id"], outcome)


def _show_report(qtbot, window):
    report = window.features.data.report
    window.tabs.setCurrentIndex(window.features.data.report_tab_index)
    qtbot.waitUntil(lambda: report.report is not None and not report.job.running)
    return report


def test_report_tab_shows_the_figures_and_follows_changes(qtbot, qtmodeltester, window, ctx,
                                                          clock, prospect_id):
    _call_back(ctx, clock, prospect_id, CallOutcome.APPOINTMENT)
    report = _show_report(qtbot, window)
    assert window.tabs.tabText(window.features.data.report_tab_index) == "Report"
    kinds = report.kinds_section.model
    qtmodeltester.check(kinds)
    week = next(r for r in kinds.rows() if r[0] == "Call me next week")
    assert week == ["Call me next week", "1", "1  (100%)", "1  (100%)", "1  (100%)"]
    assert report.punctuality_section.model.rows()[1] == ["1–5 min late", "1  (100%)"]
    assert report.kinds_section.chart_view.chart().series()  # a chart beside the numbers
    assert "1 stall logged · Last 90 days" in report.status.text()

    other = create_prospect(ctx, {"first_name": "Ola", "timezone": "Europe/Oslo"})
    with qtbot.waitSignal(report.job.finished, timeout=5000):
        _call_back(ctx, clock, other, CallOutcome.NO_ANSWER)
    qtbot.waitUntil(lambda: not report.job.running)
    week = next(r for r in report.kinds_section.model.rows() if r[0] == "Call me next week")
    assert week[:3] == ["Call me next week", "2", "1  (50%)"]


def test_report_period_filter_and_exports(qtbot, window, ctx, clock, prospect_id, tmp_path):
    _call_back(ctx, clock, prospect_id, CallOutcome.CONVERSATION)
    report = _show_report(qtbot, window)
    combo = report.period_combo
    with qtbot.waitSignal(report.job.finished):
        combo.setCurrentIndex(combo.findData("custom"))
    assert report.from_date.isVisible() and report.to_date.isVisible()
    with qtbot.waitSignal(report.job.finished):
        report.from_date.setDate(report.to_date.date().addYears(-10))
    with qtbot.waitSignal(report.job.finished):
        report.to_date.setDate(report.from_date.date().addDays(1))
    qtbot.waitUntil(lambda: not report.job.running)
    assert report.report.total.stalls == 0
    with qtbot.waitSignal(report.job.finished):
        combo.setCurrentIndex(combo.findData("all"))
    qtbot.waitUntil(lambda: not report.job.running)
    assert report.report.total.stalls == 1

    csv_path = report.export_csv(tmp_path / "report.csv")
    assert "Stalls by kind,All stalls,conversation,1,100%" in csv_path.read_text("utf-8")
    pdf_path = report.export_pdf(tmp_path / "report.pdf")
    assert pdf_path.read_bytes()[:5] == b"%PDF-"
    assert pdf_path.stat().st_size > 20_000  # the charts are in it, not only text


def test_file_menu_offers_import_export_backup_restore(window):
    texts = {a.text().replace("&", ""): a.shortcut().toString()
             for a in window.menus["file"].actions()}
    assert texts["Import…"] == "Ctrl+I"
    assert texts["Export…"] == "Ctrl+Shift+E"
    assert "Back up…" in texts and "Restore…" in texts
    assert list(texts)[-1] == "Quit"


def test_import_wizard_mapping_check_and_progress(qtbot, qtmodeltester, window, ctx):
    wizard = window.features.data.import_file(DATA / "outlook_bom.csv")
    qtbot.addWidget(wizard)
    wizard.next()  # reads the file on a worker thread, then shows how it was read
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.read_page)
    wizard.next()
    page = wizard.mapping_page
    assert wizard.currentPage() is page
    assert [c.currentData() for c in page.combos] == [
        "first_name", "last_name", "email", "company", "title", "phone", "mobile",
        "timezone", "notes"]
    page.combos[4].setCurrentIndex(page.combos[4].findData(None))  # leave titles out
    for combo in page.combos[:4]:
        combo.setCurrentIndex(0)
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()  # no name
    page.combos[0].setCurrentIndex(page.combos[0].findData("first_name"))
    page.combos[1].setCurrentIndex(page.combos[1].findData("last_name"))
    page.combos[2].setCurrentIndex(page.combos[2].findData("email"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    page.combos[6].setCurrentIndex(page.combos[6].findData("first_name"))  # two first names
    assert not wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.clash.isVisibleTo(page) and "First name" in page.clash.text()
    page.combos[6].setCurrentIndex(page.combos[6].findData("phone"))  # a second number
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert page.several.isVisibleTo(page) and "Phone" in page.several.text()
    page.combos[6].setCurrentIndex(page.combos[6].findData("mobile"))
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()
    assert not page.clash.isVisibleTo(page)

    wizard.next()
    check = wizard.check_page
    qtbot.waitUntil(lambda: wizard.plan is not None)
    qtmodeltester.check(check.model)
    assert "4</b> rows with problems" in check.summary.text()
    assert "they get yours (Europe/London)" in check.summary.text()
    first = check.model.index(0, 0)
    assert check.model.data(first) == 7  # problems first, by line number
    assert "does not look right" in check.model.data(check.model.index(0, 2))
    next_button = wizard.button(QWizard.WizardButton.NextButton)
    assert not next_button.isEnabled()  # skip bad rows, or cancel
    qtbot.mouseClick(check.skip_bad, Qt.MouseButton.LeftButton,
                     pos=QPoint(8, check.skip_bad.height() // 2))
    assert next_button.isEnabled()

    wizard.next()
    run = wizard.run_page
    qtbot.waitUntil(lambda: run.result is not None)
    assert run.progress.value() == run.progress.maximum() == 4
    assert "4 prospects added" in run.label.text()
    assert ctx.store.count_prospects() == 4
    assert ctx.store.find_prospect_by_email("k.watanabe@aomori.example").title == ""
    qtbot.waitUntil(lambda: window.prospect_model.rowCount() == 4)
    wizard.accept()


def test_cancelling_an_import_leaves_the_book_as_it_was(qtbot, window, ctx, prospect_id,
                                                        tmp_path):
    path = tmp_path / "many.csv"
    path.write_text("Name,Company,Email\n" + "\n".join(
        f"Person {i},Company {i},person{i}@example.com" for i in range(30_000)), "utf-8")
    wizard = window.features.data.import_file(path)
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage() is wizard.read_page)
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    wizard.next()
    qtbot.waitUntil(lambda: wizard.plan is not None, timeout=20_000)
    wizard.next()
    run = wizard.run_page
    with qtbot.waitSignal(run.job.cancelled, timeout=20_000):
        qtbot.mouseClick(run.cancel_button, Qt.MouseButton.LeftButton)
    assert "Nothing was imported" in run.label.text()
    assert ctx.store.count_prospects() == 1
    assert ctx.store.search_prospects("Person") == []
    wizard.reject()


def test_a_file_that_cannot_be_read_says_why_on_the_first_page(qtbot, window, tmp_path):
    wizard = window.features.data.import_file(tmp_path / "missing.csv")
    qtbot.addWidget(wizard)
    wizard.next()
    qtbot.waitUntil(lambda: "Could not read" in wizard.file_page.info.text())
    assert wizard.currentPage() is wizard.file_page
    wizard.reject()


def test_export_backup_and_restore_from_the_window(qtbot, window, ctx, prospect_id,
                                                   tmp_path):
    # the files are written off the UI thread; the window says when each is done
    with qtbot.waitSignal(window.features.data.files.finished):
        csv_path = window.features.data.export("prospects", tmp_path / "book.csv")
    assert "maria@harbourview.example" in csv_path.read_text("utf-8-sig")
    assert "Exported 1 prospect to" in window.statusBar().currentMessage()
    with qtbot.waitSignal(window.features.data.files.finished):
        ics = window.features.data.export("callbacks", tmp_path / "calls.ics")
    assert ics.read_bytes().startswith(b"BEGIN:VCALENDAR")

    with qtbot.waitSignal(window.features.data.files.finished):
        backup = window.features.data.back_up(tmp_path / "backup.sqlite3")
    assert sqlite3.connect(backup).execute("SELECT count(*) FROM prospects").fetchone()[0] == 1
    create_prospect(ctx, {"first_name": "Added", "last_name": "Later",
                          "timezone": "Europe/London"})
    qtbot.waitUntil(lambda: window.prospect_model.rowCount() == 2)
    assert window.features.data.restore(backup, confirm=False)
    qtbot.waitUntil(lambda: window.prospect_model.rowCount() == 1)
    assert "Restored 1 prospect from" in window.statusBar().currentMessage()


def test_an_export_that_cannot_be_written_says_why(qtbot, window, prospect_id, tmp_path,
                                                    monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, title, text: shown.append((title,
                                                                                      text)))
    with qtbot.waitSignal(window.features.data.files.failed):
        window.features.data.export("prospects", tmp_path / "no-such-folder" / "book.csv")
    assert shown and shown[0][0] == "Export failed"
    assert "Could not write the file" in shown[0][1]
