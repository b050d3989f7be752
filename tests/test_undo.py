"""Undo, driven through the real window: every queue and call-panel action is undone to
exactly the rows the book had before it (table dumps compared), by Ctrl+Z, by Edit ▸ Undo
and by the undo offer; an email the server already has is never "undone" into a resend."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from keyring.backends import fail
from PySide6.QtCore import QDate, QDateTime, Qt, QTime

from desktop_app.composition import build_window
from desktop_app.domain.model import CallOutcome, SlotQuality, StallKind
from desktop_app.platform.secrets import SecretStore
from desktop_app.services import email as email_service
from desktop_app.services.calls import DeclineReason
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.services.touches import complete_touch
from desktop_app.services.undo import UndoConflict, perform, redo_change, undo_change
from desktop_app.store.store import parse_db_time
from desktop_app.views.plans.reschedule_dialog import RescheduleDialog
from tests.mailserver import PASSWORD, configure_rep

pytestmark = pytest.mark.gui

TABLES = ("prospects", "profiles", "compelling_events", "stalls", "touches", "outbox",
          "popups_fired")
REASON = "Your service contract ends on 31 December; we can take over with no gap in cover."


def dump(ctx) -> dict[str, list[tuple]]:
    return {t: ctx.store.db.execute(f"SELECT * FROM {t} ORDER BY 1").fetchall() for t in TABLES}


@pytest.fixture
def secrets():
    return SecretStore(fail.Keyring())


@pytest.fixture
def win(qtbot, ctx, secrets):
    window = build_window(ctx)
    window.features.email.secrets = window.features.email.sender.secrets = secrets
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    yield window
    window.rollover.stop()
    window.features.email.sender.stop()


@pytest.fixture
def stall(ctx, prospect_id):
    return log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH,
                                       "Call me next month, once the budget round is signed off.",
                                       datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))


def touch_of(ctx, stall_id, step):
    return ctx.store.db.execute("SELECT id FROM touches WHERE stall_id = ? AND step_key = ?",
                                [stall_id, step]).fetchone()[0]


def press(qtbot, win, key, modifier=Qt.KeyboardModifier.NoModifier):
    win.queue_view.setFocus()
    qtbot.keyClick(win.queue_view, key, modifier)


def undo_by_keyboard(qtbot, win):
    press(qtbot, win, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)


def test_done_is_undone_by_ctrl_z_to_the_rows_as_they_were(qtbot, win, ctx, stall):
    before = dump(ctx)
    note = touch_of(ctx, stall, "note")
    assert win.select_touch(note)
    press(qtbot, win, Qt.Key.Key_D)
    assert ctx.store.get_touch(note).status == "done"
    assert win.undo.undo_action.text() == "&Undo Done: Handwritten note + card to Maria Okafor"
    assert win.undo_offer.isVisible()
    assert win.undo_offer.label.text() == "Done: Handwritten note + card to Maria Okafor"
    undo_by_keyboard(qtbot, win)
    assert dump(ctx) == before
    assert win.queue_model.row_of_touch(note) is not None
    assert not win.undo_offer.isVisible()
    # and redo brings it back
    win.undo.redo_action.trigger()
    assert ctx.store.get_touch(note).status == "done"


def test_the_undo_offer_button_undoes(qtbot, win, ctx, stall):
    before = dump(ctx)
    assert win.select_touch(touch_of(ctx, stall, "linkedin"))
    press(qtbot, win, Qt.Key.Key_D)
    qtbot.mouseClick(win.undo_offer.button, Qt.MouseButton.LeftButton)
    assert dump(ctx) == before


def test_d_on_an_unsent_email_asks_and_undo_restores_it(qtbot, win, ctx, stall):
    thank_you = touch_of(ctx, stall, "thank_you")
    asked = []
    win.confirm_unsent_done = lambda touch: asked.append(touch.title) or "cancel"
    assert win.select_touch(thank_you)
    before = dump(ctx)
    press(qtbot, win, Qt.Key.Key_D)
    assert asked == ["Thank-you email + invite"]
    assert dump(ctx) == before  # cancelled: nothing marked
    win.confirm_unsent_done = lambda touch: "done"
    press(qtbot, win, Qt.Key.Key_D)
    touch = ctx.store.get_touch(thank_you)
    assert touch.status == "done" and "not sent from Tickler" in touch.notes
    win.menus["edit"].actions()[0].trigger()  # Edit ▸ Undo
    assert dump(ctx) == before


def test_snooze_and_reschedule_are_undone(qtbot, win, ctx, stall):
    note = touch_of(ctx, stall, "note")
    before = dump(ctx)
    assert win.select_touch(note)
    press(qtbot, win, Qt.Key.Key_S)
    assert ctx.store.get_touch(note).snooze_count == 1
    assert win.undo.undo_text() == "Snooze: Handwritten note + card to Maria Okafor"
    undo_by_keyboard(qtbot, win)
    assert dump(ctx) == before

    dialog = RescheduleDialog(ctx, win.selected_touch(), win, undo=win.undo)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(QDate(2026, 11, 30), QTime(11, 0)))
    dialog.accept()
    assert ctx.store.get_touch(note).due_utc == parse_db_time("2026-11-30T11:00:00Z")
    assert win.undo.undo_text() == "Reschedule: Handwritten note + card to Maria Okafor"
    undo_by_keyboard(qtbot, win)
    assert dump(ctx) == before


@pytest.mark.parametrize("outcome", [CallOutcome.CONVERSATION, CallOutcome.VOICEMAIL,
                                     CallOutcome.NO_ANSWER, CallOutcome.APPOINTMENT,
                                     CallOutcome.NOT_INTERESTED])
def test_every_call_outcome_is_undone_with_its_plan(qtbot, win, ctx, clock, stall, outcome):
    clock.set(datetime(2026, 12, 22, 10, 3, tzinfo=UTC))
    win.rollover.check()
    # the callback pops up (a row of its own, kept on undo)
    win.features.reminders.scheduler.check()
    callback = touch_of(ctx, stall, "callback")
    before = dump(ctx)
    panel = win.features.reminders.open_call_panel(callback)
    panel.reason_edit.setPlainText(REASON)
    if outcome is CallOutcome.APPOINTMENT:
        qtbot.mouseClick(panel.outcome_buttons[outcome], Qt.MouseButton.LeftButton)
        panel.appointment_edit.setDateTime(QDateTime(QDate(2027, 1, 12), QTime(11, 30)))
        qtbot.mouseClick(panel.book_button, Qt.MouseButton.LeftButton)
    elif outcome is CallOutcome.NOT_INTERESTED:
        panel.decline_actions[DeclineReason.TOO_BUSY].trigger()
    else:
        qtbot.mouseClick(panel.outcome_buttons[outcome], Qt.MouseButton.LeftButton)
    assert ctx.store.get_touch(callback).outcome == outcome.value
    after = dump(ctx)
    assert after != before
    assert win.undo_offer.isVisible()
    assert win.undo.undo_text().endswith(": Callback to Maria Okafor")
    undo_by_keyboard(qtbot, win)
    assert dump(ctx) == before
    win.undo.redo()
    assert dump(ctx) == after


def test_snooze_from_the_call_panel_is_undone(qtbot, win, ctx, clock, stall):
    clock.set(datetime(2026, 12, 22, 10, 3, tzinfo=UTC))
    win.features.reminders.scheduler.check()
    callback = touch_of(ctx, stall, "callback")
    before = dump(ctx)
    panel = win.features.reminders.open_call_panel(callback)
    qtbot.mouseClick(panel.snooze_buttons[10], Qt.MouseButton.LeftButton)
    assert ctx.store.get_touch(callback).due_utc == parse_db_time("2026-12-22T10:13:00Z")
    assert win.undo.undo_text() == "Snooze 10 min: Callback to Maria Okafor"
    undo_by_keyboard(qtbot, win)
    assert dump(ctx) == before


def test_send_is_undone_while_the_email_waits(qtbot, win, ctx, mail, secrets, stall,
                                              monkeypatch):
    """The sender is held back (its kick does nothing) so the message is still waiting."""
    config = configure_rep(ctx, mail)
    secrets.set_password(email_service.keyring_account(config), PASSWORD)
    monkeypatch.setattr(win.features.email.sender, "kick", lambda: False)
    thank_you = touch_of(ctx, stall, "thank_you")
    before = dump(ctx)
    assert win.select_touch(thank_you)
    press(qtbot, win, Qt.Key.Key_E)
    assert ctx.store.db.execute("SELECT state FROM outbox").fetchall() == [("queued",)]
    assert win.undo.undo_text() == "Send: Thank-you email + invite to Maria Okafor"
    undo_by_keyboard(qtbot, win)
    assert dump(ctx) == before
    assert win.queue_model.row_status(thank_you) is None
    assert mail.received == []


def test_an_email_the_server_took_is_not_undone(qtbot, win, ctx, mail, secrets, stall):
    config = configure_rep(ctx, mail)
    secrets.set_password(email_service.keyring_account(config), PASSWORD)
    thank_you = touch_of(ctx, stall, "thank_you")
    assert win.select_touch(thank_you)
    with qtbot.waitSignal(win.features.email.sender.pass_finished, timeout=20_000):
        press(qtbot, win, Qt.Key.Key_E)
    sent = dump(ctx)
    assert ctx.store.get_touch(thank_you).status == "done"
    refused = []
    win.undo.refused.connect(refused.append)
    undo_by_keyboard(qtbot, win)
    assert refused and "already gone to the mail server" in refused[0]
    assert dump(ctx) == sent
    assert len(mail.received) == 1
    assert not win.undo.undo_action.isEnabled()


def test_undo_refuses_when_the_plan_moved_on_elsewhere(ctx, stall, prospect_id):
    note = touch_of(ctx, stall, "note")
    change, _ = perform(ctx, "Done: note", prospect_id, lambda: complete_touch(ctx, note))
    complete_touch(ctx, touch_of(ctx, stall, "linkedin"))  # not through the history
    moved = dump(ctx)
    with pytest.raises(UndoConflict, match="plan has changed since"):
        undo_change(ctx, change)
    assert dump(ctx) == moved
    with pytest.raises(UndoConflict):
        redo_change(ctx, change)


def test_a_new_stall_from_the_call_panel_is_undone_with_its_plan(qtbot, win, ctx, clock,
                                                                 stall, prospect_id):
    clock.set(datetime(2026, 12, 22, 10, 3, tzinfo=UTC))
    win.rollover.check()
    win.features.reminders.scheduler.check()
    callback = touch_of(ctx, stall, "callback")
    before = dump(ctx)
    panel = win.features.reminders.open_call_panel(callback)
    panel.reason_edit.setPlainText(REASON)
    qtbot.mouseClick(panel.outcome_buttons[CallOutcome.NEW_STALL], Qt.MouseButton.LeftButton)
    dialog = panel.stall_dialog
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.words_edit, "Call me next week, the board meets Monday.")
    dialog.slot_edit.setDateTime(QDateTime(QDate(2026, 12, 29), QTime(10, 0)))
    dialog.recompute()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert len(ctx.store.stalls_for(prospect_id)) == 2
    assert win.undo.undo_text() == "New stall: Callback to Maria Okafor"
    undo_by_keyboard(qtbot, win)
    assert dump(ctx) == before  # the new stall and its touches are gone, the old plan back


def test_a_snooze_from_the_pop_up_banner_is_undone(qtbot, win, ctx, clock, stall):
    clock.set(datetime(2026, 12, 22, 10, 1, tzinfo=UTC))
    win.features.reminders.scheduler.check()
    callback = touch_of(ctx, stall, "callback")
    before = dump(ctx)
    win.features.reminders.snooze(callback, 10)
    assert ctx.store.get_touch(callback).due_utc == parse_db_time("2026-12-22T10:11:00Z")
    assert win.undo.undo_text() == "Snooze 10 min: Callback to Maria Okafor"
    win.undo.undo_action.trigger()
    assert dump(ctx) == before


def test_moving_the_callback_moves_the_slot_and_undo_moves_it_all_back(qtbot, win, ctx,
                                                                       stall):
    callback = touch_of(ctx, stall, "callback")
    before = dump(ctx)
    touch = next(r for r in ctx.store.queue(datetime(2027, 1, 1, tzinfo=UTC))
                 if r.id == callback)
    dialog = RescheduleDialog(ctx, touch, win, undo=win.undo)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(QDateTime(QDate(2026, 12, 29), QTime(11, 0)))
    dialog.accept()
    assert ctx.store.get_stall(stall).slot_utc == parse_db_time("2026-12-29T11:00:00Z")
    assert dump(ctx) != before
    undo_by_keyboard(qtbot, win)
    assert dump(ctx) == before


def test_a_stall_logged_by_ctrl_n_is_undone_with_the_plan_it_replaced(qtbot, win, ctx, stall,
                                                                      prospect_id):
    """Ctrl+N on the wrong row ends that prospect's plan (and queues a cancellation of the
    invite they have): Ctrl+Z puts every row back as it was."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.services import outbox
    from desktop_app.views.plans.log_stall_dialog import LogStallDialog

    email_service.save_identity(ctx, email_service.RepIdentity(
        name="Sam Rivers", company="Northwind", email="sam@northwind.example",
        value_statement="We cut reactive call-outs by a third."))
    sent = outbox.queue_touch_email(ctx, touch_of(ctx, stall, "thank_you"))
    ctx.store.db.execute("UPDATE outbox SET state = 'sent' WHERE id = ?", [sent])
    win.refresh_queue()
    assert win.select_touch(touch_of(ctx, stall, "note"))
    before = dump(ctx)

    def save_gone_dark():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogStallDialog)
        dialog.kind_combo.setCurrentIndex(dialog.kind_combo.findData(StallKind.GONE_DARK.value))
        dialog.recompute()
        dialog.accept()

    QTimer.singleShot(0, save_gone_dark)
    press(qtbot, win, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert len(ctx.store.stalls_for(prospect_id)) == 2
    assert ctx.store.db.execute("SELECT count(*) FROM touches WHERE step_key = "
                                "'invite_cancel' AND status = 'pending'").fetchone()[0] == 1
    assert win.undo.undo_text() == "Log stall: Gone dark / no answer for Maria Okafor"
    win.undo.undo_action.trigger()  # Edit > Undo
    assert dump(ctx) == before  # the old plan is live again, no cancellation to send
