"""The built-in playbooks' words in the rep's language (#23's polish).

The built-in playbooks are written into the book in English; each touch keeps its step's
title and reason. On a German desktop they read German wherever they are shown, while the
stored text stays English (exports, the CLI, what a prospect reads), and a step the rep
renamed shows the rep's own words.
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from desktop_app.domain.builtin_words import (
    _EVENT_LABELS,
    NO_SLOT,
    WITH_SLOT,
    WORDS,
    builtin_words,
)
from desktop_app.domain.events import EVENT_LABELS, EventKind, event_reason
from desktop_app.domain.localtime import format_local
from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.domain.playbooks import BUILTIN_PLAYBOOKS
from desktop_app.services.book_layout import write_book_zip
from desktop_app.services.playbook_editing import save_playbook
from desktop_app.services.reminders import pending_calls
from desktop_app.services.sample import write_sample_book
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.views.queue.queue_model import COL_REASON, COL_TOUCH

ROOT = Path(__file__).resolve().parent.parent
BUILTIN_TITLES = {step.title for pb in BUILTIN_PLAYBOOKS for step in pb.steps}
SLOT = datetime(2026, 12, 16, 10, 30)


def _english(text: str) -> bool:
    """Whether ``text`` is a built-in English title or reason, as stored."""
    return text in WORDS or any(
        text.startswith(t.split("{slot}")[0]) and text.endswith(t.split("{slot}")[1])
        for t in WITH_SLOT)


def test_every_builtin_name_title_and_reason_is_in_the_table():
    for playbook in BUILTIN_PLAYBOOKS:
        assert playbook.name in WORDS
        for step in playbook.steps:
            assert step.title in WORDS, step.title
            assert step.reason in (WITH_SLOT if "{slot}" in step.reason else WORDS), step.reason
    # the event labels repeated in the table are the events' own
    assert set(_EVENT_LABELS) == set(EVENT_LABELS.values())


def test_without_a_translation_every_word_stays_as_stored():
    slot_text = format_local(datetime(2026, 12, 16, 15, 30), "Europe/London")
    for text in [*WORDS, *(t.format(slot=slot_text) for t in WITH_SLOT),
                 event_reason(EventKind.NEW_PRODUCT, date(2027, 1, 8), "Launch")]:
        assert builtin_words(text) == text


def test_every_builtin_word_reads_german(german):
    for text in WORDS:
        assert builtin_words(text) != text, text
    assert builtin_words("Callback") == "Rückruf"
    assert builtin_words("Handwritten note + card") == "Notiz von Hand + Karte"
    assert builtin_words("Call me next month") == "Rufen Sie nächsten Monat an"
    assert builtin_words("A tangible touch the same day: note and business card by post") \
        == "Am selben Tag etwas zum Anfassen: Notiz und Visitenkarte per Post"


def test_a_reason_naming_the_slot_reads_german_with_the_slot_reworded(german):
    stored = "Thank them and confirm the callback on " + format_local(
        datetime(2026, 12, 16, 10, 30), "UTC")
    assert stored == "Thank them and confirm the callback on Wed 16 Dec 2026, 10:30"
    assert builtin_words(stored) == \
        "Bedanken und den Rückruf am Mi., 16. Dezember 2026, 10:30 bestätigen"
    assert builtin_words(f"Thank them and put {NO_SLOT} in their calendar") == \
        "Bedanken und die vereinbarte Zeit in ihren Kalender eintragen"
    # a value in the slot's place that is not a slot Tickler wrote is kept as it is
    assert builtin_words("Remind them of the call they agreed: Friday-ish") == \
        "An den vereinbarten Anruf erinnern: Friday-ish"
    # the playbook editor shows the step's own reason, with its {slot}
    assert builtin_words("One hour to go: remind them of {slot}") == \
        "Noch eine Stunde: an {slot} erinnern"


def test_an_events_value_touch_reads_german_and_keeps_the_reps_note(german):
    reason = event_reason(EventKind.WARRANTY_EXPIRY, date(2027, 1, 8), "Line 3 runs out")
    assert builtin_words(reason) == "Garantieende am 8. Januar 2027: Line 3 runs out"
    assert builtin_words("Value touch: warranty expiry") == "Nutzen: Garantieende"


@pytest.mark.parametrize("typed", [
    "Callback ", "callback", "Rückruf", "Call them about the quote", "",
    "Thank them and confirm the callback on", "Value touch: our new app",
    "Warranty expiry on the truck", "New product on 31 Feb 2027: nope",
])
def test_the_reps_own_words_are_shown_as_typed(german, typed):
    assert builtin_words(typed) == typed


@pytest.fixture
def book(ctx):
    write_sample_book(ctx)
    return ctx


def _window(qtbot, ctx):
    from desktop_app.composition import build_window

    window = build_window(ctx, features=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def _column(model, column: int) -> list[str]:
    return [model.index(r, column).data() for r in range(model.rowCount())]


@pytest.mark.gui
def test_today_upcoming_and_the_call_panel_read_german(german, qtbot, book):
    from desktop_app.views.calls.call_panel import CallPanel

    window = _window(qtbot, book)
    try:
        model = window.queue_model
        titles, reasons = _column(model, COL_TOUCH), _column(model, COL_REASON)
        assert titles and not [t for t in titles if _english(t)]
        assert not [r for r in reasons if _english(r)]
        assert {"Rückruf", "Dankesmail + Einladung"} & set(titles)
        # on a window wide enough for the English titles, each German one fits too (at a
        # laptop's width the Touch column gives way to the reason in any language)
        view, metrics = window.queue_view, window.queue_view.fontMetrics()
        window.resize(1900, 700)
        qtbot.waitUntil(lambda: view.columnWidth(COL_TOUCH) >= max(
            metrics.horizontalAdvance(t) for t in BUILTIN_TITLES) + 8)
        for title in BUILTIN_TITLES | {"Updated invite", "Cancel the invite"}:
            width = metrics.horizontalAdvance(builtin_words(title))
            assert width < view.columnWidth(COL_TOUCH) - 8, builtin_words(title)
        tips = [model.index(r, COL_TOUCH).data(Qt.ItemDataRole.ToolTipRole)
                for r in range(model.rowCount())]
        assert not [t for t in tips if any(w in t for w in BUILTIN_TITLES)]

        window.tabs.setCurrentIndex(window.upcoming_tab_index)
        upcoming = window.upcoming
        days = upcoming.day_list
        seen: list[str] = []
        for row in range(upcoming.day_model.rowCount()):
            days.setCurrentIndex(upcoming.day_model.index(row, 0))
            seen += _column(upcoming.model, COL_TOUCH) + _column(upcoming.model, COL_REASON)
        assert seen and not [t for t in seen if _english(t)]
        assert any(t.startswith("Anrufversuch") for t in seen)
    finally:
        window.rollover.stop()

    calls = pending_calls(book)
    assert calls
    for call in calls:
        panel = CallPanel(book, call.touch_id)
        qtbot.addWidget(panel)
        title = book.store.get_touch(call.touch_id).title
        shown = panel.phone_label.text()
        assert title not in shown and builtin_words(title) in shown
        hint = panel.reason_edit.placeholderText()
        assert not _english(hint), hint
        panel.close()


def _rename_thank_you(ctx) -> None:
    """The rep's own words for the thank-you step of "call me next month"."""
    playbook = next(p for p in ctx.store.load_playbooks() if p.key == "next_month")
    steps = tuple(replace(s, title="Thanks + invite (my way)", reason="Mention the site visit")
                  if s.key == "thank_you" else s for s in playbook.steps)
    save_playbook(ctx, replace(playbook, steps=steps))


@pytest.mark.gui
def test_a_step_the_rep_renamed_shows_their_words(german, qtbot, ctx, prospect_id):
    _rename_thank_you(ctx)
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "Call me next month",
                                SLOT, SlotQuality.BOOKED))
    window = _window(qtbot, ctx)
    try:
        titles = _column(window.queue_model, COL_TOUCH)
        reasons = _column(window.queue_model, COL_REASON)
        assert "Thanks + invite (my way)" in titles
        assert "Mention the site visit" in reasons
        # the steps the rep left alone still read German
        assert "Notiz von Hand + Karte" in titles
    finally:
        window.rollover.stop()


def test_the_export_keeps_the_stored_english(german, book, tmp_path):
    path = tmp_path / "book.zip"
    write_book_zip(book.store.db.conn, path)
    with zipfile.ZipFile(path) as archive:
        name = next(n for n in archive.namelist() if n.startswith("touches"))
        text = archive.read(name).decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(text)))
    titles = {r["Touch"] for r in rows}
    assert {"Callback", "Handwritten note + card", "Thank-you email + invite"} <= titles
    assert "Rückruf" not in text and "Bedanken" not in text
    assert any(r["Reason"].startswith("Thank them and confirm the callback on ") for r in rows)


def test_the_cli_on_a_german_desktop_prints_the_stored_english(tmp_path):
    db = tmp_path / "book.sqlite3"
    env = {**os.environ, "LANG": "de_DE.UTF-8", "LANGUAGE": "de", "TICKLER_LANGUAGE": "de"}

    def tickler(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "desktop_app", *args], cwd=ROOT,
                              env=env, capture_output=True, text=True, timeout=60)

    assert tickler("demo", "--db", str(db)).returncode == 0
    out = tickler("queue", "--db", str(db))
    assert out.returncode == 0, out.stderr
    assert "Callback" in out.stdout or "Call attempt" in out.stdout
    assert "Rückruf" not in out.stdout and "Anrufversuch" not in out.stdout


@pytest.mark.gui
def test_plan_previews_the_playbook_editor_notes_and_history_read_german(german, qtbot, book):
    from desktop_app.services.profile import history
    from desktop_app.views.notes.notes_dialog import NotesDialog
    from desktop_app.views.plans.log_stall_dialog import LogStallDialog
    from desktop_app.views.plans.playbook_editor import PlaybookEditorDialog

    prospect = int(book.store.db.execute(
        "SELECT prospect_id FROM touches WHERE status = 'pending' ORDER BY id").fetchone()[0])
    stall = LogStallDialog(book, prospect)
    qtbot.addWidget(stall)
    stall.kind_combo.setCurrentIndex(stall.kind_combo.findData(StallKind.NEXT_MONTH))
    stall.slot_words.setText("16 Dec 10:30")
    stall.slot_words.textEdited.emit("16 Dec 10:30")
    stall.recompute()
    plan = stall.plan_model
    shown = [plan.index(r, c).data() for r in range(plan.rowCount()) for c in (3, 4)]
    assert "Rückruf" in shown and not [t for t in shown if _english(t)]
    assert "Rufen Sie nächsten Monat an" in stall.plan_title.text()

    editor = PlaybookEditorDialog(book)
    qtbot.addWidget(editor)
    editor.confirm_discard = lambda: True
    names = _column(editor.list_model, 0)
    assert "Abgetaucht / keine Antwort" in names and not [n for n in names if n in WORDS]
    for row in range(editor.list_model.rowCount()):
        editor._choose(row)
        steps = _column(editor.steps_model, 2) + _column(editor.steps_model, 5)
        preview = _column(editor.preview_model, 2) + _column(editor.preview_model, 3)
        assert not [t for t in steps + preview
                    if t in WORDS or t in WITH_SLOT or _english(t)], (steps, preview)
    # what the rep edits is what is stored
    editor._choose(0)
    assert editor.name_edit.text() in WORDS

    notes = NotesDialog(book)
    qtbot.addWidget(notes)
    assert notes.model.rowCount() > 0
    notes.view.selectRow(0)
    assert "Notiz von Hand + Karte" in notes.recipient_label.text()

    lines = history(book, prospect)
    touches = [e for e in lines if e.kind == "touch"]
    assert touches and not [e.title for e in touches if _english(e.title)]
    assert not [e.detail for e in touches if _english(e.detail.split(" · ")[0])]
