"""Log stall, the playbook editor, reschedule, the notes to write, the Report tab, the import
wizard, restore and the damaged-book screen: every word a rep reads there goes through
translation, refusals from the domain and the services included, and what a prospect reads
stays in its template's language.

Each screen is built on the sample book under a pseudo-translation (installed before the
screen is built, as the app installs its translator first) and walked by
``tests/i18n_probe.py``: a word left outside ⟦…⟧ that is not the book's own data skipped
``tr()``.
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import OutOfRangeError, check_in_range
from desktop_app.domain.model import StallKind
from desktop_app.services import ValidationError
from desktop_app.services.sample import write_sample_book
from tests.i18n_probe import data_words, pseudo_translation, untranslated

pytestmark = pytest.mark.gui
DATA = Path(__file__).parent / "data"


@pytest.fixture
def book(ctx):
    write_sample_book(ctx)
    return ctx


def _zone_words(ctx) -> list[str]:
    """The prospects' zone names and abbreviations ("Europe/Berlin", "CET"): data."""
    from desktop_app.domain.localtime import zone

    names = {r[0] for r in ctx.store.db.execute("SELECT DISTINCT timezone FROM prospects")}
    words = [*names, ctx.rep_timezone]
    for name in [*names, ctx.rep_timezone]:
        for days in range(-2, 120, 3):
            words.append((ctx.now() + timedelta(days=days)).astimezone(zone(name)).tzname())
    return [w for w in words if w]


@pytest.fixture
def allowed(book) -> set[str]:
    return data_words(book.store.path, extra=["Tickler", *_zone_words(book)])


def _show(qtbot, widget):
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _prospect_with_a_plan(ctx) -> int:
    return int(ctx.store.db.execute(
        "SELECT prospect_id FROM stalls s WHERE EXISTS (SELECT 1 FROM touches t "
        "WHERE t.stall_id = s.id AND t.status = 'pending') ORDER BY id LIMIT 1").fetchone()[0])


def test_log_stall_with_its_plan_and_a_refusal_is_all_translated(qtbot, book, allowed):
    from desktop_app.views.plans.log_stall_dialog import LogStallDialog

    with pseudo_translation():
        dialog = _show(qtbot, LogStallDialog(book, _prospect_with_a_plan(book)))
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(StallKind.NEXT_MONTH))
        dialog.slot_words.setText("next tusday 3pm")
        dialog.slot_words.textEdited.emit("next tusday 3pm")
        dialog.recompute()
        assert dialog.plan_model.rowCount() > 0  # the plan it would make is on show
        assert dialog.replaces_label.isVisible()  # and the plan it replaces
        refusal = dialog._errors["slot"]
        assert refusal.isVisible() and "⟦" in refusal.text()
        # the words the rep typed come back in the refusal: they are theirs
        assert untranslated(dialog, allowed | {"tusday"}) == []

        dialog.slot_words.setText("")
        dialog.slot_words.textEdited.emit("")
        dialog.booked_radio.setChecked(False)
        dialog.vague_radio.setChecked(True)  # the nudge to pin a time down
        dialog._unfix_prospect()
        dialog.new_button.setChecked(True)  # the new-prospect form and its zone refusal
        dialog.recompute()
        assert dialog.nudge.isVisible()
        assert dialog._errors["timezone"].isVisible() or dialog.tz_picker.zone()
        # the zone picker is views/common's (its words are checked with Today's)
        assert [f for f in untranslated(dialog, allowed)
                if not f.startswith(("zoneList ", "zoneSearch ", "TimeZonePicker "))] == []


def test_a_year_one_refusal_in_log_stall_is_translated(qtbot, book, allowed):
    from desktop_app.views.plans.log_stall_dialog import LogStallDialog

    with pseudo_translation():
        dialog = _show(qtbot, LogStallDialog(book, _prospect_with_a_plan(book)))
        dialog.slot_words.setText("1/1/0001 10am")
        dialog.slot_words.textEdited.emit("1/1/0001 10am")
        dialog.recompute()
        assert dialog._errors["slot"].isVisible()
        assert untranslated(dialog, allowed) == []


def test_the_playbook_editor_and_its_problems_are_translated(qtbot, book, allowed):
    from desktop_app.services.email import list_templates
    from desktop_app.views.plans.playbook_editor import PlaybookEditorDialog

    # an email template's name is the template's, in its own language, like its text
    allowed = allowed | data_words(extra=[t.name for t in list_templates(book)])
    with pseudo_translation():
        dialog = _show(qtbot, PlaybookEditorDialog(book))
        dialog.confirm_discard = lambda: True  # no modal question when it closes
        assert dialog.steps_model.rowCount() > 0 and dialog.preview_model.rowCount() > 0
        dialog.reason_edit.setText("See you {when}")
        dialog.reason_edit.textEdited.emit("See you {when}")
        dialog.name_edit.setText("")
        dialog.name_edit.textEdited.emit("")
        assert dialog.problems_label.isVisible()
        typed = allowed | {"see", "you", "when"}  # the reason the rep typed
        assert untranslated(dialog, typed) == []
        for row in range(dialog.list_model.rowCount()):  # every playbook's steps and preview
            dialog._choose(row)
            assert untranslated(dialog, typed) == []


def test_reschedule_and_its_refusal_are_translated(qtbot, book, allowed):
    from desktop_app.services.queue import queue_for_day
    from desktop_app.views.plans.reschedule_dialog import RescheduleDialog

    row = next(r for r in queue_for_day(book) if r.due_utc > book.now())
    with pseudo_translation():
        dialog = _show(qtbot, RescheduleDialog(book, row))
        past = book.now() - timedelta(days=2)
        from desktop_app.views.common.qt_dates import to_qdatetime

        dialog.when.setDateTime(to_qdatetime(past.replace(tzinfo=None)))
        dialog.accept()  # a time already past is refused beside the field
        assert dialog.error.isVisible() and "⟦" in dialog.error.text()
        assert untranslated(dialog, allowed) == []


def test_the_notes_to_write_are_translated(qtbot, book, allowed):
    from desktop_app.views.notes.notes_dialog import NotesDialog, NoteTemplateDialog

    with pseudo_translation():
        dialog = _show(qtbot, NotesDialog(book))
        assert dialog.model.rowCount() > 0
        for row in range(dialog.model.rowCount()):  # with and without an address
            dialog.view.selectRow(row)
            assert untranslated(dialog, allowed) == []
        for touch_id in list(dialog.model.ticked):
            dialog.model.ticked.discard(touch_id)
        assert dialog.save_pdf(str(Path(book.store.path).parent / "notes.pdf")) == 0
        assert dialog.problem.isVisible()  # "Tick the notes to print."
        assert untranslated(dialog, allowed) == []
        template = _show(qtbot, NoteTemplateDialog(book))
        template.body_edit.setPlainText("Dear {{frist_name}}")
        assert not template.save()
        assert untranslated(template, allowed | {"dear", "frist", "name"}) == []


def test_the_report_tab_and_its_charts_are_translated(qtbot, book, allowed):
    from desktop_app.views.common.changes import QtChanges
    from desktop_app.views.report.report_view import ReportPanel

    with pseudo_translation():
        changes = QtChanges(book.changes)
        panel = ReportPanel(book, changes)
        _show(qtbot, panel)
        qtbot.waitUntil(lambda: panel.report is not None and not panel.job.running)
        assert panel.kinds_section.model.rowCount() > 0
        assert untranslated(panel, allowed) == []
        charts = [s.chart_view.chart() for s in (
            panel.kinds_section, panel.quality_section, panel.punctuality_section,
            panel.touches_section, panel.quiet_section)]
        for chart in charts:  # legends and category axes are words too
            for series in chart.series():
                for bar_set in series.barSets():
                    assert bar_set.label().startswith("⟦"), bar_set.label()
            for axis in chart.axes():
                for category in getattr(axis, "categories", lambda: [])():
                    assert category.startswith("⟦") or not category.strip("0123456789+"), (
                        category)
        panel.period_combo.setCurrentIndex(panel.period_combo.findData("custom"))
        qtbot.waitUntil(lambda: not panel.job.running)
        assert untranslated(panel, allowed) == []
        panel.job.wait()


def test_the_import_wizard_pages_and_row_errors_are_translated(qtbot, book, allowed, tmp_path):
    from desktop_app.views.data.import_wizard import ImportWizard

    csv = tmp_path / "leads.csv"
    csv.write_text("First name;Last name;Email;Company;Time zone\n"
                   "Ada;Quist;ada@quist.example;Quist Ltd;Europe/Berlin\n"
                   ";;;;\n"
                   "Ben;Ode;not-an-email;;Mars/Olympus\n"
                   "Cy;Lane;ada@quist.example;Lane & Co;\n", encoding="utf-8")
    words = allowed | data_words(extra=[csv.read_text(), csv.name, str(tmp_path)])
    with pseudo_translation():
        wizard = _show(qtbot, ImportWizard(book, None, csv))
        assert untranslated(wizard, words) == []
        wizard.next()
        qtbot.waitUntil(lambda: wizard.currentPage() is wizard.read_page)
        assert untranslated(wizard, words) == []
        wizard.next()
        assert wizard.currentPage() is wizard.mapping_page
        assert untranslated(wizard, words) == []
        wizard.next()
        qtbot.waitUntil(lambda: wizard.plan is not None)
        assert wizard.plan.bad_rows  # the bad rows are listed with their problems
        assert untranslated(wizard, words) == []
        wizard.check_page.skip_bad.setChecked(True)
        wizard.next()
        qtbot.waitUntil(lambda: wizard.run_page.result is not None)
        assert untranslated(wizard, words) == []


def test_restore_and_the_damaged_book_screen_are_translated(qtbot, book, allowed):
    from desktop_app.services.backup import back_up_today
    from desktop_app.views.data.backup_dialogs import DamagedBookDialog, RestoreDialog

    path = Path(book.store.path)
    backup = back_up_today(path, date.today() - timedelta(days=1))
    assert backup is not None
    # the file names and the folder are the rep's; SQLite's own words are its own
    words = allowed | data_words(extra=[str(path), str(backup), "backups",
                                        "database disk image is malformed"])
    with pseudo_translation():
        restore = _show(qtbot, RestoreDialog(path))
        assert restore.model.rowCount() == 1
        assert untranslated(restore, words) == []

        def refuse(_path, _label):
            from desktop_app.services.backup import check_backup

            check_backup(path.parent / "missing.sqlite3")  # "… does not exist."
            return ""

        damaged = _show(qtbot, DamagedBookDialog(path, "database disk image is malformed",
                                                 refuse))
        qtbot.waitUntil(lambda: damaged.restore_button.isEnabled())
        assert not damaged.restore_newest()
        assert damaged.error.isVisible()
        assert untranslated(damaged, words | {"missing", "sqlite"}) == []
        damaged.done(0)




def test_refusals_from_the_domain_and_the_services_read_german(german, ctx, prospect_id):
    from desktop_app.services.importer import prepare_import, read_csv_text
    from desktop_app.services.touches import snooze_touch

    with pytest.raises(OutOfRangeError) as year_one:
        check_in_range(date(1, 1, 1))
    assert str(year_one.value).startswith("Dieses Datum (1 Jan 0001) liegt außerhalb der "
                                          "Jahre")
    with pytest.raises(ValidationError) as snooze:
        snooze_touch(ctx, 1, 0)
    assert str(snooze.value) == "Stellen Sie mindestens eine Minute zurück."
    table = read_csv_text("Name;Email\nAda;ada@@x\n", None, "utf-8")
    plan = prepare_import(ctx.store, table, ["full_name", "email"], "Europe/London")
    assert plan.rows[0].problems == ["die E-Mail-Adresse „ada@@x“ sieht nicht richtig aus"]
    assert "Die Spalten sind durch Semikolons getrennt." in table.notes
    assert tr(StallKind.GONE_DARK.label) == "Abgetaucht / keine Antwort"
    assert tr("%n touch(es)", None, 1) == "1 Kontakt"
    assert tr("%n touch(es)", None, 3) == "3 Kontakte"


def test_an_email_built_under_the_german_translator_stays_in_its_templates_english(
        german, ctx, prospect_id):
    """What the prospect reads follows the template (English here), not the rep's German:
    the thank-you and the value touch the plan makes read English words and dates."""
    from datetime import datetime

    from desktop_app.domain.model import SlotQuality
    from desktop_app.services.email import get_template, preview
    from desktop_app.services.notes import notes_to_write
    from desktop_app.services.stalls import StallRequest, log_stall

    stall = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "after budgets",
                                        datetime(2026, 12, 16, 10, 0), SlotQuality.BOOKED))
    touch = ctx.store.db.execute(
        "SELECT id FROM touches WHERE stall_id = ? AND step_key = 'thank_you'",
        [stall]).fetchone()[0]
    rendered = preview(ctx, get_template(ctx, "thank_you"), prospect_id, int(touch))
    note = next(n.note for n in notes_to_write(ctx) if n.prospect_id == prospect_id)
    text = "\n".join((rendered.subject, rendered.body, note))
    assert "December" in text, text
    for german_word in ("Mittwoch", "Dezember", "Rückruf", "Vertröstung", "Kontakt", "Ihre"):
        assert german_word not in text, text
    assert QCoreApplication.translate("", "Callback") == "Rückruf"  # German was installed
