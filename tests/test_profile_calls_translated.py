"""Every word on the profile page and the call panel goes through translation.

Under ``pseudo_translation()`` (installed before any window is built) each translated
string comes out as ⟦…⟧; ``untranslated`` lists whatever a rep would see or hear that came
out bare and is not the book's own data. Then the same screens with the real German
translation show German, and the voicemail script (spoken to the prospect) stays in the
language it was written in.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMessageBox,
    QWidget,
)

from desktop_app.domain.events import EventDraft, EventKind
from desktop_app.domain.model import CallOutcome
from desktop_app.services.profile import prospects_with_gaps, trash_prospect
from desktop_app.services.sample import write_sample_book
from desktop_app.views.calls.call_panel import CallPanel
from desktop_app.views.profile.event_dialog import EventDialog
from desktop_app.views.profile.gaps_view import GapsPanel, GapsTableModel
from desktop_app.views.profile.profile_editor import ProfileEditorDialog
from desktop_app.views.profile.trash_dialog import TrashDialog
from tests.i18n_probe import data_words, pseudo_translation, untranslated

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)")]


@pytest.fixture
def book(ctx):
    """The sample book: 16 prospects with stalls, plans, events and history."""
    write_sample_book(ctx)
    return ctx


def prospect_ids(ctx) -> list[int]:
    return [int(r[0]) for r in ctx.store.db.execute("SELECT id FROM prospects ORDER BY id")]


def pending_calls(ctx) -> list[int]:
    return [int(r[0]) for r in ctx.store.db.execute(
        "SELECT id FROM touches WHERE channel = 'call' AND status = 'pending' ORDER BY id")]


def words_in(ctx) -> set[str]:
    """The book's words, the time zones' names (the zone list shows them as they are) and
    each zone's country code (the holidays field's hint)."""
    from zoneinfo import available_timezones

    from desktop_app.domain.workdays import country_for_zone

    zones = sorted(available_timezones())
    return data_words(ctx.store.path, extra=[*(z.replace("_", " ") for z in zones),
                                             *(country_for_zone(z) or "" for z in zones)])


def on_next_modal(check: Callable[[QWidget], None]) -> None:
    """Run ``check`` on the next modal window once it shows (a message box's exec)."""

    def look() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, look)
            return
        check(widget)

    QTimer.singleShot(0, look)


def test_every_word_of_each_sample_profile_page_is_translated(qtbot, book):
    """Every prospect's page, with its contact, zone, links, deal gaps, events, notes and
    history, its open-gap questions and its errors."""
    from email_validator import EmailNotValidError, validate_email

    try:
        validate_email("not an address", check_deliverability=False)
    except EmailNotValidError as exc:  # the email library's own words, in English only
        library_words = {w.lower() for w in str(exc).replace("@", " ").split()} | {"zz"}
    found: list[str] = []
    with pseudo_translation():
        allowed = words_in(book)
        for prospect_id in prospect_ids(book):
            editor = ProfileEditorDialog(book, prospect_id)
            qtbot.addWidget(editor)
            editor.show()
            qtbot.waitExposed(editor)
            found += [f"page {prospect_id}: {w}" for w in
                      untranslated(editor, allowed)]
            # a refused field and a bad phone say so beside the field, in words of the app
            editor.contact["email"].setText("not an address")
            editor.contact_section.check_email()
            editor.contact["phone"].setText("12")
            editor.contact_section.format_phone("phone")
            editor.country.setText("ZZ")
            editor.save()
            found += [f"errors {prospect_id}: {w}" for w in
                      untranslated(editor, allowed | library_words)]
            editor._baseline = editor.values()
            editor.close()
        # a new prospect: no zone, no name, no history
        editor = ProfileEditorDialog(book, None)
        qtbot.addWidget(editor)
        editor.show()
        editor.zone_picker.set_zone("")
        editor._refresh_derived()
        found += [f"new: {w}" for w in untranslated(editor, allowed)]
        editor._baseline = editor.values()
        editor.close()
    assert found == []


def test_the_profile_pages_dialogs_and_questions_are_translated(qtbot, book, monkeypatch):
    found: list[str] = []
    with pseudo_translation():
        allowed = words_in(book)
        editor = ProfileEditorDialog(book, prospect_ids(book)[0])
        qtbot.addWidget(editor)
        editor.show()

        dialog = EventDialog(EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 3, 31), "Chiller"),
                             date(2026, 11, 23), editor)
        qtbot.addWidget(dialog)
        dialog.show()
        for words in ("in 45 days", "whenever they like"):
            dialog.words.setText(words)
            dialog.words.textEdited.emit(words)
            found += untranslated(dialog, allowed | {"whenever", "they", "like"})
        dialog.close()

        def look_and_cancel(box: QWidget) -> None:
            found.extend(untranslated(box, allowed))
            assert isinstance(box, QMessageBox)
            box.button(box.standardButtons() & (
                QMessageBox.StandardButton.Cancel | QMessageBox.StandardButton.No)).click()

        editor.contact["first_name"].setText("Mariana")
        allowed = allowed | {"mariana"}
        on_next_modal(look_and_cancel)
        assert editor.ask_unsaved() == QMessageBox.StandardButton.Cancel
        editor.zone_picker.set_zone("America/New_York")
        on_next_modal(look_and_cancel)
        assert editor.save() is False
        on_next_modal(look_and_cancel)
        assert editor.confirm_trash() is False
        editor.call_number("mobile")
        found += untranslated(editor, allowed)
        editor._baseline = editor.values()
        editor.close()
    assert found == []


def test_the_gaps_tab_and_the_trash_are_translated(qtbot, book):
    trash_prospect(book, prospect_ids(book)[-1])
    with pseudo_translation():
        allowed = words_in(book)
        model = GapsTableModel(lambda: prospects_with_gaps(book), book.now,
                               lambda: book.rep_timezone)
        model.refresh()
        panel = GapsPanel(model)
        qtbot.addWidget(panel)
        panel.show()
        assert model.rowCount() > 0
        found = untranslated(panel, allowed)
        trash = TrashDialog(book)
        qtbot.addWidget(trash)
        trash.show()
        found += untranslated(trash, allowed)
        trash.restore_selected()
        found += untranslated(trash, allowed)
    assert found == []


def test_every_word_of_the_call_panel_is_translated(qtbot, book):
    """Each pending call of the sample book: who, why now, the questions to ask, what they
    said before, the voicemail meter in each state, the appointment row and the outcomes."""
    found: list[str] = []
    with pseudo_translation():
        allowed = words_in(book)
        for touch_id in pending_calls(book):
            panel = CallPanel(book, touch_id)
            qtbot.addWidget(panel)
            panel.show()
            qtbot.waitExposed(panel)
            found += untranslated(panel, allowed)
            # the reason is the rep's own words; its placeholder and warnings are the app's
            panel.reason_edit.setPlainText("")
            found += untranslated(panel, allowed)
            panel.reason_edit.setPlainText("Just checking in")
            panel.script_edit.setPlainText("Hi")
            found += untranslated(panel, allowed | {"just", "checking", "in"})
            panel.script_edit.setPlainText(" ".join(["word"] * 150))
            panel._show_appointment_row()
            found += untranslated(panel, allowed)
            for action in panel.decline_actions.values():
                if not action.text().startswith("⟦"):
                    found.append(f"decline menu: {action.text()!r}")
            panel.close()
    assert found == []


def test_a_logged_call_says_what_happened_in_the_reps_language(qtbot, book):
    messages: list[str] = []
    with pseudo_translation():
        touch_id = pending_calls(book)[0]
        panel = CallPanel(book, touch_id)
        qtbot.addWidget(panel)
        panel.call_logged.connect(lambda _id, text: messages.append(text))
        panel.reason_edit.setPlainText("Your warranty runs out in March")
        assert panel.log_outcome(CallOutcome.NO_ANSWER)
        closed = CallPanel(book, touch_id)
        qtbot.addWidget(closed)
        closed.show()
        found = untranslated(closed, data_words(book.store.path))
        closed.close()
    assert messages and messages[0].startswith("⟦")
    assert found == []




def shown_texts(widget: QWidget) -> set[str]:
    texts = {label.text() for label in widget.findChildren(QLabel) if label.isVisibleTo(widget)}
    texts |= {b.text() for b in widget.findChildren(QAbstractButton)}
    texts |= {g.title() for g in widget.findChildren(QGroupBox)}
    return texts


def test_with_the_german_translation_the_profile_reads_german(qtbot, book, german):
    editor = ProfileEditorDialog(book, prospect_ids(book)[0])
    qtbot.addWidget(editor)
    editor.show()
    texts = shown_texts(editor)
    assert {"Kontakt", "Zeitzone", "Notizen", "Verlauf", "Speichern", "Abbrechen",
            "In den Papierkorb…"} <= texts
    assert editor.deal_box.title().startswith("Was wir über das Geschäft wissen")
    assert not {"Contact", "Time zone", "Notes", "History", "Save", "Cancel"} & texts
    assert editor.events_model.headerData(0, Qt.Orientation.Horizontal) == "Anlass"
    # the longer German words still fit a 1280-pixel screen without scrolling sideways
    body = editor.findChild(QWidget, "profileBody")
    assert body.minimumSizeHint().width() <= 1280 - 80
    editor._baseline = editor.values()
    editor.close()


def test_with_the_german_translation_the_call_panel_reads_german_but_the_voicemail_does_not(
        qtbot, book, german):
    panel = CallPanel(book, pending_calls(book)[0])
    qtbot.addWidget(panel)
    panel.show()
    texts = shown_texts(panel)
    assert {"G&espräch", "&Termin vereinbart…", "&Nachricht hinterlassen", "&Keine Antwort",
            "Neue &Vertröstung…", "Kein &Interesse…", "Ver&schieben…", "Schließen"} <= texts
    assert panel.voicemail_box.title() == "&Mailbox-Text"
    assert panel.wpm_spin.suffix() == " Wörter pro Minute"
    assert "Wörtern pro Minute" in panel.meter_label.text()
    assert panel.windowTitle().endswith(" anrufen")
    # what the prospect hears follows the script's language, not the rep's desktop
    script = panel.script_edit.toPlainText()
    assert script.startswith("Hi ") and "Call me on" in script
    panel.close()
