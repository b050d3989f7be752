"""The call panel, driven with qtbot: the reason first, cliché warnings, the voicemail meter,
gaps answered into the profile, and what each outcome does to the rest of the plan."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from desktop_app.domain.model import CallOutcome, SlotQuality, StallKind
from desktop_app.services import ValidationError
from desktop_app.services.calls import DeclineReason, call_brief, log_call_outcome
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.store.store import parse_db_time
from desktop_app.views.calls.call_panel import CallPanel

pytestmark = pytest.mark.gui

CALL_AT = datetime(2026, 11, 23, 14, 0)  # London wall time = UTC in November
REASON = "Your service contract ends on 31 December; we can take over with no gap in cover."


def pending(ctx, stall_id=None):
    sql = "SELECT title FROM touches WHERE status = 'pending'"
    params = []
    if stall_id is not None:
        sql += " AND stall_id = ?"
        params.append(stall_id)
    return sorted(r[0] for r in ctx.store.db.execute(sql + " ORDER BY due_utc", params))


def callback_of(ctx, stall_id):
    return ctx.store.db.execute(
        "SELECT id FROM touches WHERE stall_id = ? AND step_key = 'callback'",
        [stall_id]).fetchone()[0]


@pytest.fixture
def month_stall(ctx, prospect_id):
    return log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH,
                                       "Call me next month, once the budget round is signed off.",
                                       datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))


@pytest.fixture
def at_the_slot(clock):
    clock.set(datetime(2026, 12, 22, 10, 3, tzinfo=UTC))


def open_panel(qtbot, ctx, touch_id):
    panel = CallPanel(ctx, touch_id)
    qtbot.addWidget(panel)
    panel.show()
    qtbot.waitExposed(panel)
    return panel


def write_reason(qtbot, panel, text=REASON):
    panel.reason_edit.clear()
    if text.isascii():
        qtbot.keyClicks(panel.reason_edit, text)
    else:  # QTest cannot type characters outside Latin-1
        panel.reason_edit.setPlainText(text)


def test_the_reason_must_be_written_before_any_outcome(qtbot, ctx, month_stall, at_the_slot):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    assert panel.reason_edit.toPlainText() == ""  # the playbook's instruction is only a hint
    assert "value statement" in panel.reason_edit.placeholderText()
    assert all(not b.isEnabled() for b in panel.outcome_buttons.values())
    assert "Write the reason for the call first" in panel.outcome_hint.text()
    write_reason(qtbot, panel)
    assert all(b.isEnabled() for b in panel.outcome_buttons.values())
    assert panel.outcome_hint.isHidden()

    with pytest.raises(ValidationError, match="reason"):
        log_call_outcome(ctx, panel.touch_id, CallOutcome.NO_ANSWER, reason="  ")


def test_the_reason_is_prefilled_from_a_compelling_event(qtbot, ctx, month_stall):
    ctx.store.db.execute(
        "INSERT INTO compelling_events (prospect_id, kind, event_date, note, created_utc) "
        "VALUES (1, 'warranty_expiry', '2027-01-15', 'Chiller warranty runs out', "
        "'2026-11-23T09:00:00Z')")
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    text = panel.reason_edit.toPlainText()
    assert "15 Jan 2027" in text and "Chiller warranty runs out" in text
    assert "Chiller warranty runs out" in panel.script_edit.toPlainText()
    assert panel.outcome_buttons[CallOutcome.CONVERSATION].isEnabled()


@pytest.mark.parametrize("opener", [
    "Just checking in about the proposal",
    "JUST CALLING TO FOLLOW UP on my email",
    "I'm calling to follow-up on our chat",
    "Wanted to touch base",
    "Since you said next month, here I am",
    "I wanted to see if you’d made up your mind",
])
def test_cliche_openers_in_the_reason_are_flagged(qtbot, ctx, month_stall, opener):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    write_reason(qtbot, panel, opener)
    assert panel.reason_warning.isVisible()
    assert "Cliché opener" in panel.reason_warning.text()
    write_reason(qtbot, panel)
    assert panel.reason_warning.isHidden()


def test_cliches_in_the_voicemail_script_are_flagged(qtbot, ctx, month_stall):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    panel.script_edit.setPlainText("Hi Maria, just touching base about next month.")
    assert panel.script_warning.isVisible() and "touching base" in panel.script_warning.text()
    panel.script_edit.setPlainText("Hi Maria, your contract ends in December.")
    assert panel.script_warning.isHidden()


def test_the_voicemail_meter_measures_the_script_at_the_stated_rate(qtbot, ctx, month_stall):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    panel.wpm_spin.setValue(150)
    panel.script_edit.setPlainText("word " * 30)  # 12 s at 150 words a minute
    assert panel.meter.seconds == pytest.approx(12)
    assert panel.meter_verdict == "short" and "too short" in panel.meter_label.text()
    panel.script_edit.setPlainText("word " * 75)
    assert panel.meter.seconds == pytest.approx(30)
    assert panel.meter_verdict == "ok" and "within 20–40 s" in panel.meter_label.text()
    panel.script_edit.setPlainText("word " * 120)
    assert panel.meter_verdict == "long" and "too long" in panel.meter_label.text()
    panel.wpm_spin.setValue(200)  # a faster speaker: 36 s
    assert panel.meter.seconds == pytest.approx(36) and panel.meter_verdict == "ok"
    assert "200 words a minute" in panel.meter_label.text()
    assert ctx.store.get_setting("voicemail.words_per_minute") == "200"


def test_the_panel_shows_the_prospects_local_time_and_their_past_words(qtbot, ctx, clock):
    pid = create_prospect(ctx, {"first_name": "Olivia", "last_name": "Brooks",
                                "company": "Brightside Property", "timezone": "America/New_York",
                                "phone": "+1 212 555 0199"})
    stall_id = log_stall(ctx, StallRequest(pid, StallKind.NEXT_WEEK, "Next week, Tuesday or so.",
                                           datetime(2026, 12, 1, 15, 0), SlotQuality.BOOKED))
    clock.set(datetime(2026, 12, 1, 20, 2, tzinfo=UTC))  # 15:02 in New York
    panel = open_panel(qtbot, ctx, callback_of(ctx, stall_id))
    assert "Tue 15:02" in panel.local_time_label.text()
    assert "America/New_York" in panel.local_time_label.text()
    assert "15:00 their time (2 min ago)" in panel.slot_label.text()
    assert "“Next week, Tuesday or so.”" in panel.stalls_label.text()
    assert "+1 212 555 0199" in panel.phone_label.text()


def test_gap_answers_go_straight_into_the_profile(qtbot, ctx, month_stall, prospect_id):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    assert len(panel._gap_editors) == 7
    editors = {e.key: e for e in panel._gap_editors}
    qtbot.keyClicks(editors["decision_maker"].widget, "Dr Ruth Adeyemi")
    qtbot.keyClicks(editors["others_involved"].widget, "Facilities manager, CFO")
    editors["budget"].status.setCurrentIndex(editors["budget"].status.findData("planned"))
    editors["compelling_events"].kind.setCurrentIndex(
        editors["compelling_events"].kind.findData("maintenance_contract_end"))
    editors["compelling_events"].day.setDate(QDate(2027, 1, 31))
    assert panel.save_answers_button is not None
    qtbot.mouseClick(panel.save_answers_button, Qt.MouseButton.LeftButton)

    profile = ctx.store.get_profile(prospect_id)
    assert profile.decision_maker_name == "Dr Ruth Adeyemi"
    assert profile.others_involved == ("Facilities manager", "CFO")
    assert profile.budget_status == "planned"
    assert ctx.store.dated_event_count(prospect_id) == 1
    assert ctx.store.db.execute(  # the event earns its value touch, as in the profile editor
        "SELECT count(*) FROM touches WHERE step_key = 'event_value'").fetchone()[0] == 1
    assert [e.key for e in panel._gap_editors] == [
        "what_will_change", "purchasing_process", "timeline"]


def test_a_conversation_logged_late_cancels_the_rest_and_records_punctuality(
        qtbot, ctx, month_stall, at_the_slot):
    assert "Value touch" in pending(ctx, month_stall)
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    write_reason(qtbot, panel)
    with qtbot.waitSignal(panel.call_logged) as logged:
        qtbot.mouseClick(panel.outcome_buttons[CallOutcome.CONVERSATION],
                         Qt.MouseButton.LeftButton)
    assert "rest of that plan is cancelled" in logged.args[1]
    touch = ctx.store.get_touch(panel.touch_id)
    assert touch.outcome == "conversation" and touch.minutes_late == 3
    assert touch.reason == REASON
    assert pending(ctx, month_stall) == []
    assert not ctx.store.get_stall(month_stall).open


def test_no_answer_starts_the_gone_dark_steps(qtbot, ctx, month_stall, at_the_slot):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    write_reason(qtbot, panel)
    with qtbot.waitSignal(panel.call_logged) as logged:
        qtbot.mouseClick(panel.outcome_buttons[CallOutcome.NO_ANSWER], Qt.MouseButton.LeftButton)
    assert "gone-dark steps start" in logged.args[1]
    left = pending(ctx, month_stall)
    assert left.count("Follow-up email") == 3 and "Nurture call" in left
    assert [t for t in left if t.startswith("Call attempt")] == [
        f"Call attempt {n} of 4" for n in range(1, 5)]


def test_voicemail_keeps_the_script_in_the_notes(qtbot, ctx, month_stall, at_the_slot):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    write_reason(qtbot, panel)
    panel.script_edit.setPlainText("Hi Maria, your service contract ends on 31 December.")
    qtbot.mouseClick(panel.outcome_buttons[CallOutcome.VOICEMAIL], Qt.MouseButton.LeftButton)
    touch = ctx.store.get_touch(panel.touch_id)
    assert touch.outcome == "voicemail"
    assert "Voicemail: Hi Maria, your service contract ends" in touch.notes


def test_four_calls_then_nurture_and_no_more(ctx, prospect_id, clock):
    stall_id = log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK, "(no reply)"))
    for attempt in range(1, 5):
        touch_id = ctx.store.db.execute(
            "SELECT id FROM touches WHERE stall_id = ? AND attempt = ?",
            [stall_id, attempt]).fetchone()[0]
        brief = call_brief(ctx, touch_id)
        assert brief.attempt == attempt
        clock.set(brief.due_utc)
        added = log_call_outcome(ctx, touch_id, CallOutcome.VOICEMAIL, reason=REASON)
        assert added == []
    calls = ctx.store.db.execute(
        "SELECT count(*) FROM touches WHERE stall_id = ? AND attempt IS NOT NULL",
        [stall_id]).fetchone()[0]
    assert calls == 4
    assert [t for t in pending(ctx, stall_id) if "call" in t.lower()] == ["Nurture call"]


def test_an_appointment_becomes_a_touch_and_ends_the_plan(qtbot, ctx, month_stall, at_the_slot):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    write_reason(qtbot, panel)
    qtbot.mouseClick(panel.outcome_buttons[CallOutcome.APPOINTMENT], Qt.MouseButton.LeftButton)
    assert panel.appointment_row.isVisible()
    panel.appointment_edit.setDateTime(QDateTime(QDate(2027, 1, 12), QTime(11, 30)))
    with qtbot.waitSignal(panel.call_logged) as logged:
        qtbot.mouseClick(panel.book_button, Qt.MouseButton.LeftButton)
    assert "Tue 12 Jan, 11:30 their time" in logged.args[1]
    assert pending(ctx, month_stall) == ["Appointment"]
    row = ctx.store.db.execute(
        "SELECT due_utc, channel FROM touches WHERE step_key = 'appointment'").fetchone()
    assert row == ("2027-01-12T11:30:00Z", "call")


def test_an_appointment_in_the_past_is_refused(qtbot, ctx, month_stall, at_the_slot):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    write_reason(qtbot, panel)
    qtbot.mouseClick(panel.outcome_buttons[CallOutcome.APPOINTMENT], Qt.MouseButton.LeftButton)
    panel.appointment_edit.setDateTime(QDateTime(QDate(2026, 12, 1), QTime(9, 0)))
    qtbot.mouseClick(panel.book_button, Qt.MouseButton.LeftButton)
    assert "has to be in the future" in panel.outcome_hint.text()
    assert ctx.store.get_touch(panel.touch_id).status == "pending"
    panel.appointment_edit.setDateTime(QDateTime(QDate(2027, 3, 28), QTime(1, 30)))
    qtbot.mouseClick(panel.book_button, Qt.MouseButton.LeftButton)
    assert "clocks go forward" in panel.outcome_hint.text()  # London skips 01:00-02:00
    assert ctx.store.get_touch(panel.touch_id).status == "pending"


def test_not_interested_records_why_and_stops_the_plan(qtbot, ctx, month_stall, at_the_slot):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    write_reason(qtbot, panel)
    panel.decline_actions[DeclineReason.TOO_BUSY].trigger()
    touch = ctx.store.get_touch(panel.touch_id)
    assert (touch.outcome, touch.outcome_reason) == ("not_interested", "too busy")
    assert pending(ctx, month_stall) == []


def test_a_new_stall_opens_the_log_stall_dialog_and_replaces_the_plan(
        qtbot, ctx, month_stall, at_the_slot, prospect_id):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    write_reason(qtbot, panel)
    qtbot.mouseClick(panel.outcome_buttons[CallOutcome.NEW_STALL], Qt.MouseButton.LeftButton)
    dialog = panel.stall_dialog
    qtbot.waitExposed(dialog)
    assert ctx.store.get_touch(panel.touch_id).status == "pending"  # nothing yet
    qtbot.keyClicks(dialog.words_edit, "Call me next week, the board meets Monday.")
    dialog.slot_edit.setDateTime(QDateTime(QDate(2026, 12, 29), QTime(10, 0)))
    dialog.recompute()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert ctx.store.get_touch(panel.touch_id).outcome == "new_stall"
    assert pending(ctx, month_stall) == []
    stalls = ctx.store.stalls_for(prospect_id)
    assert len(stalls) == 2 and stalls[0].open


def test_snooze_from_the_panel(qtbot, ctx, month_stall, at_the_slot):
    panel = open_panel(qtbot, ctx, callback_of(ctx, month_stall))
    with qtbot.waitSignal(panel.snoozed) as snoozed:
        qtbot.mouseClick(panel.snooze_buttons[10], Qt.MouseButton.LeftButton)
    assert "pops up again at 10:13" in snoozed.args[1]
    touch = ctx.store.get_touch(panel.touch_id)
    assert touch.due_utc == parse_db_time("2026-12-22T10:13:00Z") and touch.status == "pending"
    assert touch.original_due_utc == parse_db_time("2026-12-22T10:00:00Z")
