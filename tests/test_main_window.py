"""GUI tests: the real main window and log-stall dialog, driven with qtbot, clock moved."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime
from PySide6.QtWidgets import QApplication

from desktop_app.composition import build_window
from desktop_app.services.context import AppContext
from desktop_app.services.prospects import create_prospect
from desktop_app.store.store import parse_db_time
from desktop_app.views.plans.log_stall_dialog import LogStallDialog
from desktop_app.views.queue.queue_model import QueueTableModel

pytestmark = pytest.mark.gui


def titles(window):
    return sorted(r.title for r in window.queue_model.rows())


def fill_stall(qtbot, dialog, search, slot_words=None, slot=None):
    qtbot.keyClicks(dialog.search_edit, search)
    qtbot.waitUntil(lambda: bool(dialog.results.selectionModel().selectedRows()))
    qtbot.keyClicks(dialog.words_edit, "Call me next month, after the budget round.")
    if slot_words:
        qtbot.keyClicks(dialog.slot_words, slot_words)
    if slot:
        dialog.slot_edit.setDateTime(QDateTime(QDate(*slot[:3]), QTime(*slot[3:])))
    dialog.recompute()


def test_log_a_stall_through_the_dialog_and_follow_the_queue(qtbot, window, ctx, clock,
                                                             prospect_id):
    assert window.queue_model.rowCount() == 0
    assert window.queue_empty.isVisible()
    dialog = LogStallDialog(ctx, parent=window)
    qtbot.addWidget(dialog)
    fill_stall(qtbot, dialog, "okaf", slot=(2026, 12, 22, 10, 0))
    assert dialog.plan_model.rowCount() == 6
    assert "Callback: Tue 22 Dec 2026, 10:00 in Europe/London" in dialog.slot_info.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted

    assert titles(window) == ["Connect on LinkedIn", "Handwritten note + card",
                              "Thank-you email + invite"]
    assert window.tabs.tabText(0) == "Today (3)"
    assert not window.queue_empty.isVisible()

    clock.set(datetime(2026, 12, 7, 8, 0, tzinfo=UTC))  # day 14
    window.rollover.check()
    assert "Value touch" in titles(window)
    assert "Callback" not in titles(window)
    clock.set(datetime(2026, 12, 22, 8, 0, tzinfo=UTC))  # the slot's day
    window.rollover.check()
    assert "Callback" in titles(window) and "Reminder email" in titles(window)
    assert window.queue_heading.text() == "Today, Tuesday 22 December"


def test_words_set_the_slot_and_a_past_slot_is_refused_beside_the_field(
        qtbot, ctx, prospect_id):
    dialog = LogStallDialog(ctx)
    qtbot.addWidget(dialog)
    fill_stall(qtbot, dialog, "Maria", slot_words="next Tuesday 3pm")
    assert dialog.slot_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-01 15:00"
    assert dialog.save_button.isEnabled()
    dialog.slot_edit.setDateTime(QDateTime(QDate(2026, 11, 1), QTime(10, 0)))
    assert dialog.recompute() is False
    error = dialog.findChild(type(dialog.slot_info), "error_slot")
    assert error.isVisibleTo(dialog) and "already passed" in error.text()
    assert not dialog.save_button.isEnabled()
    dialog.accept()
    assert ctx.store.db.execute("SELECT count(*) FROM stalls").fetchone()[0] == 0


def test_misspelt_slot_words_are_named_and_nothing_is_saved_until_they_read(
        qtbot, ctx, prospect_id):
    dialog = LogStallDialog(ctx)
    qtbot.addWidget(dialog)
    fill_stall(qtbot, dialog, "Maria", slot_words="next tusday 3pm")
    error = dialog.findChild(type(dialog.slot_info), "error_slot")
    assert error.isVisibleTo(dialog) and "“next tusday”" in error.text()
    assert not dialog.save_button.isEnabled()
    dialog.accept()  # Enter, say: still nothing saved
    assert ctx.store.db.execute("SELECT count(*) FROM stalls").fetchone()[0] == 0

    dialog.slot_words.clear()
    qtbot.keyClicks(dialog.slot_words, "next tuesday 3pm")
    dialog.recompute()
    assert not error.isVisibleTo(dialog) and dialog.save_button.isEnabled()
    assert dialog.slot_edit.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-12-01 15:00"


def test_vague_stall_shows_its_default_slot_and_a_nudge(qtbot, ctx, prospect_id):
    dialog = LogStallDialog(ctx, prospect_id=prospect_id)
    qtbot.addWidget(dialog)
    dialog.vague_radio.setChecked(True)
    dialog.recompute()
    assert dialog.nudge.isVisibleTo(dialog)
    assert "Default slot (vague): Wed 23 Dec 2026, 10:00" in dialog.slot_info.text()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    stall = ctx.store.get_stall(dialog.stall_id)
    assert stall.slot_quality == "vague"


def test_new_prospect_and_stall_are_saved_together(qtbot, ctx):
    dialog = LogStallDialog(ctx)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.search_edit, "Kenji Watanabe")
    dialog.new_button.click()
    assert dialog.new_fields["first_name"].text() == "Kenji"
    dialog.new_fields["company"].setText("Aomori Precision Parts")
    dialog.new_fields["email"].setText("not an email")
    dialog.tz_picker.set_zone("Asia/Tokyo")
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData("next_week"))
    dialog.slot_edit.setDateTime(QDateTime(QDate(2026, 11, 30), QTime(9, 0)))
    dialog.recompute()
    dialog.accept()
    error = dialog.findChild(type(dialog.slot_info), "error_email")
    assert error.isVisibleTo(dialog) and "email address" in error.text()
    assert ctx.store.count_prospects() == 0
    dialog.new_fields["email"].setText("k.watanabe@aomori.example")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    [row] = ctx.store.search_prospects("watanabe")
    assert row.timezone == "Asia/Tokyo"
    callback = next(t for t in ctx.store.touches_for(row.id) if t.step_key == "callback")
    assert callback.due_utc == parse_db_time("2026-11-30T00:00:00Z")  # 09:00 in Tokyo


def test_keyboard_done_snooze_and_queue_refresh(qtbot, window, ctx, clock, prospect_id):
    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.stalls import StallRequest, log_stall

    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "next month",
                                datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))
    assert window.queue_model.rowCount() == 3
    window.activateWindow()
    window.queue_view.setFocus()
    window.queue_view.selectRow(0)
    first = window.selected_touch()
    asked = []
    window.confirm_unsent_done = lambda touch: asked.append(touch.title) or "done"
    qtbot.keyClick(window.queue_view, Qt.Key.Key_D)
    assert asked == ["Thank-you email + invite"]  # never sent from Tickler: D asks first
    assert ctx.store.get_touch(first.id).status == "done"
    assert window.queue_model.rowCount() == 2

    window.queue_view.selectRow(0)
    second = window.selected_touch()
    qtbot.keyClick(window.queue_view, Qt.Key.Key_S)
    touch = ctx.store.get_touch(second.id)
    assert touch.due_utc == parse_db_time("2026-11-23T10:00:00Z")
    # day-0 steps a minute apart
    assert touch.original_due_utc == parse_db_time("2026-11-23T09:01:00Z")
    assert window.queue_model.rowCount() == 2  # snoozed within today: still listed


def test_search_tab_finds_prospects_as_you_type(qtbot, window, ctx):
    for first, company in (("Anna", "Acme"), ("Bob", "Globex"), ("Annika", "Initech")):
        create_prospect(ctx, {"first_name": first, "company": company,
                              "timezone": "Europe/Paris"})
    window.focus_search()
    qtbot.keyClicks(window.prospect_search, "ann")
    qtbot.waitUntil(lambda: window.prospect_model.rowCount() == 2)
    assert window.prospect_count.text() == "2 found"


def test_queue_model_passes_the_model_tester(qtmodeltester, ctx, prospect_id):
    from desktop_app.services.queue import queue_for_day
    from desktop_app.services.sample import write_sample_book

    write_sample_book(ctx)
    model = QueueTableModel(lambda: queue_for_day(ctx), ctx.now, lambda: ctx.rep_timezone)
    model.refresh()
    assert model.rowCount() > 5
    qtmodeltester.check(model)


def test_a_second_window_on_another_book_shares_nothing(qtbot, window, ctx, clock,
                                                        prospect_id, tmp_path):
    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.stalls import StallRequest, log_stall
    from desktop_app.store import Store

    other_store = Store.open(tmp_path / "other.sqlite3")
    other = AppContext(other_store, clock)
    win = build_window(other)
    qtbot.addWidget(win)
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "Call me next week",
                                datetime(2026, 11, 30, 10, 0), SlotQuality.BOOKED))
    assert [r.title for r in window.queue_model.rows()] == ["Thank-you email + invite"]
    assert win.queue_model.rowCount() == 0 and win.tabs.tabText(0) == "Today"
    win.rollover.stop()
    other_store.close()


def test_the_reps_zone_is_picked_by_typing_part_of_its_name(qtbot, window, ctx):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog

    from desktop_app.views.common.zone_list import TimeZonePicker

    def pick() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        picker = dialog.findChild(TimeZonePicker)
        qtbot.keyClicks(picker.search, "tokyo")
        qtbot.keyClick(picker.search, Qt.Key.Key_Return)
        dialog.accept()

    QTimer.singleShot(0, pick)
    window._choose_rep_zone()
    assert ctx.rep_timezone == "Asia/Tokyo"
    assert "Times now shown in Asia/Tokyo" in window.statusBar().currentMessage()
