"""The log-stall dialog shows the plan rules: what a stall replaces, what typed words
booked and assumed, a starting slot that fits the stall, the repeated hour, bad years."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.store.store import parse_db_time
from desktop_app.views.common.qt_dates import from_qdatetime
from desktop_app.views.plans.log_stall_dialog import LogStallDialog

pytestmark = [pytest.mark.gui]


@pytest.fixture
def dialog(qtbot, ctx, prospect_id):
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "Call me next month",
                                datetime(2026, 12, 7, 10, 0), SlotQuality.BOOKED))
    made = LogStallDialog(ctx, prospect_id=prospect_id)
    qtbot.addWidget(made)
    made.show()
    qtbot.waitExposed(made)
    return made


def type_words(qtbot, dialog, words):
    dialog.slot_words.clear()
    qtbot.keyClicks(dialog.slot_words, words)
    dialog.recompute()


def test_the_preview_names_the_plan_a_new_stall_replaces(dialog):
    dialog.recompute()
    assert dialog.replaces_label.isVisible()
    assert dialog.replaces_label.text().startswith(
        "This replaces the plan from 23 Nov: 5 touches, callback Mon 07 Dec 10:00")


def test_words_book_today_and_say_what_they_assumed(qtbot, dialog):
    type_words(qtbot, dialog, "3pm")
    assert dialog.booked_radio.isChecked()
    assert from_qdatetime(dialog.slot_edit.dateTime()) == datetime(2026, 11, 23, 15, 0)
    assert dialog.slot_assumed.isVisible() and dialog.slot_assumed.text() == "Assumed: today."
    type_words(qtbot, dialog, "tomorrow at 9")
    assert from_qdatetime(dialog.slot_edit.dateTime()) == datetime(2026, 11, 24, 9, 0)
    assert dialog.slot_assumed.isHidden()


def test_next_month_alone_makes_a_vague_stall_not_a_booked_guess(qtbot, dialog):
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(StallKind.LATER.value))
    type_words(qtbot, dialog, "next month")
    assert dialog.kind() is StallKind.NEXT_MONTH
    assert dialog.vague_radio.isChecked()
    assert "vague" in dialog.slot_assumed.text()
    assert dialog.preview is not None and dialog.preview.plan.slot_quality is SlotQuality.VAGUE


def test_the_starting_slot_fits_the_stall(qtbot, dialog):
    starts = {}
    for kind in (StallKind.NEXT_MONTH, StallKind.NEXT_WEEK, StallKind.LATER):
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(kind.value))
        starts[kind] = from_qdatetime(dialog.slot_edit.dateTime())
    assert starts[StallKind.NEXT_MONTH] == datetime(2026, 12, 23, 10, 0)
    assert starts[StallKind.NEXT_WEEK] == datetime(2026, 11, 30, 10, 0)
    assert starts[StallKind.LATER] == datetime(2026, 11, 23, 11, 0)
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(StallKind.NEXT_MONTH.value))
    dialog.recompute()
    assert {t.step_key for t in dialog.preview.plan.touches} >= {"value", "reminder"}
    dialog.slot_edit.setDateTime(QDateTime(QDate(2026, 12, 2), QTime(15, 0)))  # the rep's pick
    dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(StallKind.NEXT_WEEK.value))
    assert from_qdatetime(dialog.slot_edit.dateTime()) == datetime(2026, 12, 2, 15, 0)


def test_the_repeated_hour_is_shown_with_its_offset_and_the_rep_chooses(qtbot, ctx, clock,
                                                                        dialog):
    dialog.slot_edit.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(1, 30)))
    clock.set(datetime(2026, 10, 20, 9, 0, tzinfo=UTC))
    dialog.recompute()
    assert dialog.fold_combo.isVisible()
    assert [dialog.fold_combo.itemText(i) for i in range(2)] == [
        "01:30 BST (UTC+01:00, first time)", "01:30 GMT (UTC+00:00, second time)"]
    assert dialog.fold_combo.currentIndex() == -1  # no silent pick
    assert not dialog.save_button.isEnabled()
    assert "happens twice" in dialog._errors["slot"].text()
    dialog.fold_combo.setCurrentIndex(0)
    dialog.recompute()
    assert dialog.save_button.isEnabled()
    assert dialog.preview.plan.slot_utc == datetime(2026, 10, 25, 0, 30, tzinfo=UTC)
    dialog.fold_combo.setCurrentIndex(1)
    dialog.recompute()
    assert dialog.preview.plan.slot_utc == datetime(2026, 10, 25, 1, 30, tzinfo=UTC)
    assert "01:30 GMT in Europe/London" in dialog.slot_info.text()
    dialog.slot_edit.setDateTime(QDateTime(QDate(2026, 10, 26), QTime(1, 30)))
    dialog.recompute()
    assert dialog.fold_combo.isHidden()


def test_a_year_the_app_cannot_plan_in_is_refused_in_the_dialog(dialog):
    dialog.slot_edit.setDateTime(QDateTime(QDate(9999, 12, 31), QTime(23, 0)))
    assert not dialog.recompute()
    assert "Check the year" in dialog._errors["slot"].text()
    assert not dialog.save_button.isEnabled()


@pytest.mark.parametrize("words", ["0001-01-01 10:00", "1 Jan 0001", "12/31/9999 3pm"])
def test_a_year_typed_in_words_is_kept_and_refused_not_completed(qtbot, dialog, words):
    """The parser read "0001" as 2001: a year typed in full is the year, and one Tickler
    cannot plan in is refused in words before the picker clamps it."""
    type_words(qtbot, dialog, words)
    assert "outside the years Tickler can plan in" in dialog._errors["slot"].text()
    assert not dialog.save_button.isEnabled()


def test_pasted_hostile_words_leave_the_dialog_working(qtbot, dialog):
    pasted = "next " * 2000 + "week"
    dialog.slot_words.setText(pasted)
    dialog.slot_words.textEdited.emit(pasted)  # as a paste by the rep does
    dialog.recompute()
    assert "can't read" in dialog._errors["slot"].text()
    assert not dialog.save_button.isEnabled()
    type_words(qtbot, dialog, "tomorrow at 9")
    assert dialog.save_button.isEnabled()


def _queue_row(ctx, touch_id):
    return next(r for r in ctx.store.queue(datetime(2027, 1, 1, tzinfo=UTC)) if r.id == touch_id)


def test_rescheduling_the_callback_from_the_queue_dialog_moves_its_reminder(qtbot, ctx,
                                                                           prospect_id):
    from desktop_app.views.plans.reschedule_dialog import RescheduleDialog

    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "", datetime(2026, 12, 1, 15),
                                SlotQuality.BOOKED))
    touches = {t.step_key: t.id for t in ctx.store.touches_for(prospect_id)}
    dialog = RescheduleDialog(ctx, _queue_row(ctx, touches["callback"]))
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(QDate(9999, 12, 31), QTime(23, 0)))
    assert "outside the years Tickler can plan in" in dialog.mine.text()
    dialog.accept()
    assert "Check the year" in dialog.error.text()
    dialog.when.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(11, 0)))
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ctx.store.get_touch(touches["reminder"]).due_utc == parse_db_time("2026-12-03T10:00:00Z")


def test_the_reschedule_dialog_offers_both_repeated_hours(qtbot, ctx, clock, prospect_id):
    from desktop_app.views.plans.reschedule_dialog import RescheduleDialog

    clock.set(datetime(2026, 10, 20, 9, 0, tzinfo=UTC))
    log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    call = next(t.id for t in ctx.store.touches_for(prospect_id) if t.attempt == 1)
    dialog = RescheduleDialog(ctx, _queue_row(ctx, call))
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(1, 30)))
    assert not dialog.fold.isHidden() and dialog.fold.count() == 2
    dialog.accept()
    assert "pick which one" in dialog.error.text()
    dialog.fold.setCurrentIndex(1)
    dialog.accept()
    assert ctx.store.get_touch(call).due_utc == parse_db_time("2026-10-25T01:30:00Z")  # 01:30 GMT


def test_the_rep_may_skip_the_invite_cancellation_from_today(qtbot, window, ctx, prospect_id):
    from desktop_app.services import email as email_service
    from desktop_app.services import outbox

    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "", datetime(2026, 12, 1, 15),
                                SlotQuality.BOOKED))
    email_service.save_identity(ctx, email_service.RepIdentity(
        name="Sam Rivers", email="sam@northwind.example",
        value_statement="We cut reactive call-outs by a third."))
    thank_you = next(t.id for t in ctx.store.touches_for(prospect_id)
                     if t.step_key == "thank_you")
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    ctx.store.db.execute("UPDATE outbox SET state = 'sent' WHERE id = ?", [outbox_id])
    log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    window.refresh_queue()
    assert window.queue_model.row_at(0).title == "Cancel the invite"
    window.queue_view.setFocus()
    window.queue_view.selectRow(0)
    assert window.skip_action.isEnabled()
    qtbot.keyClick(window.queue_view, Qt.Key.Key_K)
    cancel = next(t for t in ctx.store.touches_for(prospect_id)
                  if t.step_key == "invite_cancel")
    assert cancel.status == "skipped"
    window.queue_view.selectRow(0)
    assert not window.skip_action.isEnabled()  # a call attempt is not optional


def test_rule_rescheduling_from_the_call_panel_moves_the_slot_and_tells_the_prospect(
        qtbot, window, ctx, clock, prospect_id):
    """The prospect asks, on the agreed call, to move it: the call panel's Reschedule moves
    the stall's slot (not just the row) and queues the updated invite; Undo takes it back."""
    from PySide6.QtCore import QTimer

    from desktop_app.services import email as email_service
    from desktop_app.services import outbox

    stall = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "",
                                        datetime(2026, 12, 1, 15), SlotQuality.BOOKED))
    touches = {t.step_key: t.id for t in ctx.store.touches_for(prospect_id)}
    email_service.save_identity(ctx, email_service.RepIdentity(
        name="Sam Rivers", email="sam@northwind.example",
        value_statement="We cut reactive call-outs by a third."))
    sent = outbox.queue_touch_email(ctx, touches["thank_you"])
    ctx.store.db.execute("UPDATE outbox SET state = 'sent' WHERE id = ?", [sent])
    clock.set(datetime(2026, 12, 1, 15, 1, tzinfo=UTC))
    panel = window.features.reminders.open_call_panel(touches["callback"])

    def move():
        dialog = panel.reschedule_dialog
        dialog.when.setDateTime(QDateTime(QDate(2026, 12, 3), QTime(11, 0)))
        dialog.accept()

    QTimer.singleShot(0, move)
    assert panel.reschedule()
    assert ctx.store.get_stall(stall).slot_utc == parse_db_time("2026-12-03T11:00:00Z")
    assert ctx.store.get_touch(touches["callback"]).due_utc == parse_db_time("2026-12-03T11:00:00Z")
    assert ctx.store.get_touch(touches["reminder"]).due_utc == parse_db_time("2026-12-03T10:00:00Z")
    updates = [t for t in ctx.store.touches_for(prospect_id)
               if t.step_key == "invite_update" and t.status == "pending"]
    assert len(updates) == 1
    assert window.undo.undo_text() == "Reschedule: Callback to Maria Okafor"
    window.undo.undo_action.trigger()
    assert ctx.store.get_stall(stall).slot_utc == parse_db_time("2026-12-01T15:00:00Z")
    assert not [t for t in ctx.store.touches_for(prospect_id) if t.step_key == "invite_update"]


def test_r_then_enter_on_an_overdue_touch_moves_it_ahead(qtbot, ctx, clock, prospect_id):
    """The dialog started at the touch's own (passed) time, so OK at once was refused with
    "Pick a time in the future": it starts at the next quarter hour instead."""
    from datetime import timedelta

    from desktop_app.views.plans.reschedule_dialog import RescheduleDialog

    log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    call = next(t for t in ctx.store.touches_for(prospect_id) if t.attempt == 1)
    clock.set(call.due_utc + timedelta(minutes=5, seconds=17))
    dialog = RescheduleDialog(ctx, _queue_row(ctx, call.id))
    qtbot.addWidget(dialog)
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted, dialog.error.text()
    moved = ctx.store.get_touch(call.id).due_utc
    assert timedelta(0) < moved - ctx.now() <= timedelta(minutes=15)


def test_an_appointment_in_the_repeated_hour_is_chosen_not_guessed(qtbot, window, ctx, clock,
                                                                    prospect_id):
    """The call panel's appointment time is a slot too: 01:30 on the night the clocks go
    back happens twice, and the rep picks which before it is booked."""
    from desktop_app.domain.model import CallOutcome

    clock.set(datetime(2026, 10, 19, 9, 0, tzinfo=UTC))
    stall = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "",
                                        datetime(2026, 10, 20, 10, 0), SlotQuality.BOOKED))
    callback = next(t.id for t in ctx.store.touches_for(prospect_id)
                    if t.step_key == "callback")
    clock.set(datetime(2026, 10, 20, 9, 1, tzinfo=UTC))
    panel = window.features.reminders.open_call_panel(callback)
    panel.reason_edit.setPlainText("Your service contract ends on 31 December.")
    qtbot.mouseClick(panel.outcome_buttons[CallOutcome.APPOINTMENT], Qt.MouseButton.LeftButton)
    panel.appointment_edit.setDateTime(QDateTime(QDate(2026, 10, 25), QTime(1, 30)))
    assert panel.appointment_fold.isVisibleTo(panel) and panel.appointment_fold.count() == 2
    assert "GMT" in panel.appointment_fold.itemText(1)
    qtbot.mouseClick(panel.book_button, Qt.MouseButton.LeftButton)
    assert "pick which one" in panel.outcome_hint.text()
    assert ctx.store.get_touch(callback).status == "pending"
    panel.appointment_fold.setCurrentIndex(1)
    qtbot.mouseClick(panel.book_button, Qt.MouseButton.LeftButton)
    appointment = next(t for t in ctx.store.touches_for(prospect_id)
                       if t.step_key == "appointment")
    assert appointment.due_utc == parse_db_time("2026-10-25T01:30:00Z")
    assert appointment.stall_id == stall


def test_the_reschedule_dialog_refuses_a_fifth_chasing_call_in_words(qtbot, ctx, prospect_id):
    from desktop_app.views.plans.reschedule_dialog import RescheduleDialog

    stall_id = log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK))
    ctx.store.db.execute("DELETE FROM touches WHERE stall_id = ?", [stall_id])
    days = ("2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27", "2026-12-10")
    calls = ctx.store.insert_touches([{
        "prospect_id": prospect_id, "stall_id": stall_id, "step_key": f"dark_call_{n}",
        "title": f"Call attempt {n}", "channel": "call", "reason": "Chasing", "attempt": n,
        "due_utc": f"{day}T10:00:00Z", "original_due_utc": f"{day}T10:00:00Z",
        "status": "pending", "created_utc": "2026-11-23T09:00:00Z"}
        for n, day in enumerate(days, 1)])
    dialog = RescheduleDialog(ctx, _queue_row(ctx, calls[-1]))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.when.setDateTime(QDateTime(QDate(2026, 12, 7), QTime(10, 0)))
    dialog.accept()
    assert dialog.isVisible() and dialog.error.isVisible()
    assert "more than 4 chasing calls to them in 14 days" in dialog.error.text()
    assert ctx.store.get_touch(calls[-1]).due_utc == parse_db_time("2026-12-10T10:00:00Z")
