"""On a German desktop, slot and date words typed in German book what they say in the real
log-stall and event dialogs, and what can't be read is named in German."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QLineEdit

from desktop_app.domain.date_words import language_or_default
from desktop_app.domain.events import EventKind
from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import local_to_utc
from desktop_app.views.common.qt_dates import from_qdate, from_qdatetime
from desktop_app.views.plans.log_stall_dialog import LogStallDialog
from desktop_app.views.profile.event_dialog import EventDialog

pytestmark = pytest.mark.gui


def type_text(field: QLineEdit, text: str) -> None:
    """Type ``text`` key by key as a German keyboard does (QTest.keyClicks aborts on an
    umlaut: it has no key code for one)."""
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() else Qt.Key.Key_unknown
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(field, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier,
                                                    char))


def stall_dialog(qtbot, ctx, words):
    dialog = LogStallDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "Maria")
    qtbot.waitUntil(lambda: bool(dialog.results.selectionModel().selectedRows()))
    type_text(dialog.words_edit, "Rufen Sie mich nächste Woche wieder an.")
    type_text(dialog.slot_words, words)
    dialog.recompute()
    return dialog


def test_german_words_book_the_slot_in_the_log_stall_dialog(qtbot, ctx, prospect_id, german):
    assert language_or_default(tr("en", "the language code of this translation")) == "de"
    dialog = stall_dialog(qtbot, ctx, "nächsten Dienstag 15 Uhr")
    assert dialog.booked_radio.isChecked()
    assert from_qdatetime(dialog.slot_edit.dateTime()) == datetime(2026, 12, 1, 15, 0)
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    stall = ctx.store.get_stall(dialog.stall_id)
    assert stall is not None and stall.slot_quality == "booked"
    assert stall.slot_utc == local_to_utc(datetime(2026, 12, 1, 15, 0), "Europe/London")


def test_german_assumptions_are_said_in_german(qtbot, ctx, prospect_id, german):
    dialog = stall_dialog(qtbot, ctx, "Ende des Monats nachmittags")
    assert from_qdatetime(dialog.slot_edit.dateTime()) == datetime(2026, 11, 30, 14, 0)
    assert dialog.slot_assumed.isVisibleTo(dialog)
    assert dialog.slot_assumed.text() == (
        "Angenommen: „Nachmittag“ als 14:00 gelesen; "
        "„Ende des Monats“ gelesen als Mo., 30. Nov. 2026.")


def test_a_german_vague_stall_and_a_german_typo_in_the_log_stall_dialog(
        qtbot, ctx, prospect_id, german):
    dialog = stall_dialog(qtbot, ctx, "nächste Woche")
    assert dialog.vague_radio.isChecked()
    dialog.slot_words.clear()
    type_text(dialog.slot_words, "nächsten Dienstg 15 Uhr")
    dialog.recompute()
    error = dialog.findChild(type(dialog.slot_info), "error_slot")
    assert error.isVisibleTo(dialog)
    assert error.text().startswith(  # as "next tusday" is named in English
        "Tickler kann „nächsten Dienstg“ nicht als Datum oder Uhrzeit lesen")
    assert not dialog.save_button.isEnabled()


def test_the_event_dialog_takes_a_german_date(qtbot, german):
    dialog = EventDialog(None, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.words, "31. März")
    assert from_qdate(dialog.date.date()) == date(2027, 3, 31)
    assert dialog.words_note.isVisibleTo(dialog) and "2027" in dialog.words_note.text()
    dialog.kind.setCurrentIndex(dialog.kind.findData(EventKind.WARRANTY_EXPIRY.value))
    assert dialog.draft().event_date == date(2027, 3, 31)

    dialog.words.clear()
    qtbot.keyClicks(dialog.words, "31. Februar")
    assert "„31. Februar“" in dialog.words_note.text()
    assert dialog.words_note.text().startswith("Tickler kann das nicht als Datum lesen")
