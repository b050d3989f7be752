"""Pop-ups in the real window: at the minute, snooze, missed after a restart or a clock jump,
working hours, the C shortcut, the tray, closing to the tray, and a second launch.

Offscreen Qt has no system tray, so the pop-ups take the banner path here; the tray icon
itself is still built and its menu and badge checked.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QApplication

from desktop_app.composition import build_window
from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.platform import autostart
from desktop_app.platform.single_instance import SingleInstance, lock_path, server_name
from desktop_app.platform.tray import (
    Notice,
    NotificationChain,
    TrayMessageAdapter,
    count_label,
    count_pixmap,
)
from desktop_app.services import AppContext
from desktop_app.services.prospects import create_prospect
from desktop_app.services.reminders import PopupSettings, save_popup_settings
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.store import Store
from desktop_app.store.store import parse_db_time
from desktop_app.views.tray.reminders import BannerAdapter, Reminders

pytestmark = pytest.mark.gui

ROOT = Path(__file__).resolve().parent.parent


def later_call(ctx, prospect_id, hour, minute=0):
    """A "call me back later" stall with a booked slot today; returns the call touch id.

    Each call is a prospect of its own: a second stall for one prospect would replace the
    first's plan (one live plan per prospect).
    """
    if ctx.store.stalls_for(prospect_id):
        prospect_id = create_prospect(ctx, {"first_name": "Maria", "last_name": "Okafor",
                                            "timezone": "Europe/London"})
    stall_id = log_stall(ctx, StallRequest(prospect_id, StallKind.LATER, "Call me back later.",
                                           datetime(2026, 11, 23, hour, minute),
                                           SlotQuality.BOOKED))
    return ctx.store.db.execute(
        "SELECT id FROM touches WHERE stall_id = ? AND channel = 'call'", [stall_id]
    ).fetchone()[0]


def make_window(qtbot, ctx):
    win = build_window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def window(qtbot, ctx):
    win = make_window(qtbot, ctx)
    yield win
    win.features.reminders.stop()
    win.rollover.stop()


def fire_at(clock, window, moment):
    """Time reaches ``moment``; the wake timer's timeout runs (no sleeping)."""
    clock.set(moment)
    window.features.reminders.scheduler.wake_timer.stop()
    window.features.reminders.scheduler.check()


def test_the_pop_up_fires_at_the_minute_and_opens_the_panel_for_that_call(
        qtbot, ctx, clock, prospect_id, window):
    touch_id = later_call(ctx, prospect_id, 14)
    other = later_call(ctx, prospect_id, 16)
    scheduler = window.features.reminders.scheduler
    assert scheduler.wake_timer.isActive()
    assert scheduler.wake_timer.interval() == 5 * 3600 * 1000  # 09:00 -> 14:00
    banner = window.features.reminders.banner
    fire_at(clock, window, datetime(2026, 11, 23, 13, 59, 59, tzinfo=UTC))
    assert banner.isHidden()
    fire_at(clock, window, datetime(2026, 11, 23, 14, 0, tzinfo=UTC))
    assert banner.isVisible() and banner.touch_ids() == [touch_id]
    assert "call Maria Okafor" in banner.row(touch_id).label.text()
    notice, adapter = window.features.reminders.notices[-1]
    assert notice.touch_id == touch_id and adapter == "banner"
    assert scheduler.wake_timer.interval() == 2 * 3600 * 1000  # armed for the 16:00 call

    qtbot.mouseClick(banner.row(touch_id).open_button, Qt.MouseButton.LeftButton)
    panel = window.features.reminders.panels[touch_id]
    assert panel.isVisible() and panel.touch_id == touch_id
    assert other not in window.features.reminders.panels


def test_snooze_from_the_pop_up_brings_it_back_later(qtbot, ctx, clock, prospect_id, window):
    touch_id = later_call(ctx, prospect_id, 14)
    fire_at(clock, window, datetime(2026, 11, 23, 14, 0, 20, tzinfo=UTC))
    banner = window.features.reminders.banner
    qtbot.mouseClick(banner.row(touch_id).snooze_buttons[10], Qt.MouseButton.LeftButton)
    assert banner.isHidden()
    # back on the minute the message names, not 20 seconds after it
    assert ctx.store.get_touch(touch_id).due_utc == parse_db_time("2026-11-23T14:10:00Z")
    assert "pops up again at 14:10" in window.statusBar().currentMessage()
    fire_at(clock, window, datetime(2026, 11, 23, 14, 9, 59, tzinfo=UTC))
    assert banner.isHidden()
    fire_at(clock, window, datetime(2026, 11, 23, 14, 10, tzinfo=UTC))
    assert banner.touch_ids() == [touch_id]
    # the pop-up names the agreed slot and the snoozed time as what they are
    assert "Agreed for 14:00 · snoozed to 14:10" in banner.row(touch_id).detail.text()
    notice, _ = window.features.reminders.notices[-1]
    assert notice.text.startswith("Agreed for 14:00 · snoozed to 14:10 their time")


def test_pop_ups_missed_while_closed_show_once_together_at_the_next_start(
        qtbot, ctx, clock, prospect_id, db_path):
    first = later_call(ctx, prospect_id, 14)
    second = later_call(ctx, prospect_id, 15)
    third = later_call(ctx, prospect_id, 15, 30)
    win = make_window(qtbot, ctx)
    fire_at(clock, win, datetime(2026, 11, 23, 14, 0, tzinfo=UTC))
    assert win.features.reminders.banner.touch_ids() == [first]
    win.features.reminders.stop()
    win.rollover.stop()
    win.close()

    clock.set(datetime(2026, 11, 23, 16, 0, tzinfo=UTC))  # Tickler was closed meanwhile
    restarted = AppContext(Store.open(db_path), clock)
    try:
        again = make_window(qtbot, restarted)
        banner = again.features.reminders.banner
        assert banner.touch_ids() == [second, third]  # the 14:00 one was shown already
        assert "Missed at 15:00" in banner.row(second).label.text()
        notice, _ = again.features.reminders.notices[-1]
        assert notice.title == "2 calls came due while Tickler was away"
        assert len(again.features.reminders.notices) == 1
        again.features.reminders.scheduler.check()
        assert len(again.features.reminders.notices) == 1  # once only
        again.features.reminders.stop()
        again.rollover.stop()
    finally:
        restarted.store.close()


def test_a_clock_jump_after_sleep_shows_what_was_missed(qtbot, ctx, clock, prospect_id, window):
    touch_id = later_call(ctx, prospect_id, 14)
    window.features.reminders.scheduler.check()
    clock.set(datetime(2026, 11, 23, 17, 0, tzinfo=UTC))  # the lid was closed all afternoon
    with qtbot.waitSignal(window.features.reminders.scheduler.clock_jumped):
        window.features.reminders.scheduler.resync()
    assert window.features.reminders.banner.touch_ids() == [touch_id]
    assert "Missed at 14:00" in window.features.reminders.banner.row(touch_id).label.text()


def test_pop_ups_are_held_outside_working_hours(qtbot, ctx, clock, prospect_id, window):
    save_popup_settings(ctx, PopupSettings(hold_outside_hours=True))  # 08:00-18:00 Mon-Fri
    evening = later_call(ctx, prospect_id, 19)
    fire_at(clock, window, datetime(2026, 11, 23, 19, 0, tzinfo=UTC))
    assert window.features.reminders.banner.isHidden()
    assert window.features.reminders.scheduler.wake_utc == datetime(2026, 11, 24, 8, 0, tzinfo=UTC)
    fire_at(clock, window, datetime(2026, 11, 24, 8, 0, tzinfo=UTC))
    assert window.features.reminders.banner.touch_ids() == [evening]


def test_working_hours_and_lead_time_are_set_in_their_dialog(
        qtbot, ctx, clock, prospect_id, window):
    from PySide6.QtCore import QTime

    from desktop_app.services.reminders import popup_settings
    from desktop_app.views.tray.popup_settings_dialog import PopupSettingsDialog

    assert window.features.reminders.popup_settings_action in window.menus["tools"].actions()
    dialog = PopupSettingsDialog(ctx, window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.start_edit.isEnabled()  # hours only matter when pop-ups are held
    dialog.hold_check.setChecked(True)
    dialog.start_edit.setTime(QTime(9, 0))
    dialog.end_edit.setTime(QTime(8, 0))
    dialog.save()
    assert dialog.isVisible() and dialog.hours_error.isVisible()
    assert "end after it starts" in dialog.hours_error.text()
    assert popup_settings(ctx).hold_outside_hours is False  # nothing saved

    dialog.end_edit.setTime(QTime(17, 30))
    dialog.lead_spin.setValue(2)
    for day in dialog.day_checks[4:]:  # Friday off
        day.setChecked(False)
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    saved = popup_settings(ctx)
    assert (saved.hold_outside_hours, saved.lead_minutes) == (True, 2)
    assert saved.work_days == frozenset({0, 1, 2, 3})

    # the scheduler follows at once: a 10:00 call pops up two minutes early
    touch_id = later_call(ctx, prospect_id, 10)
    assert window.features.reminders.scheduler.wake_utc == datetime(2026, 11, 23, 9, 58, tzinfo=UTC)
    fire_at(clock, window, datetime(2026, 11, 23, 9, 58, tzinfo=UTC))
    assert window.features.reminders.banner.touch_ids() == [touch_id]


def test_pausing_holds_pop_ups_for_an_hour(qtbot, ctx, clock, prospect_id, window):
    touch_id = later_call(ctx, prospect_id, 9, 30)
    window.features.reminders.pause_action.trigger()
    assert "paused until 10:00" in window.features.reminders.pause_action.text()
    fire_at(clock, window, datetime(2026, 11, 23, 9, 30, tzinfo=UTC))
    assert window.features.reminders.banner.isHidden()
    fire_at(clock, window, datetime(2026, 11, 23, 10, 0, tzinfo=UTC))
    assert window.features.reminders.banner.touch_ids() == [touch_id]


def test_c_opens_the_call_panel_for_the_selected_call(qtbot, ctx, clock, prospect_id, window):
    touch_id = later_call(ctx, prospect_id, 10)
    assert window.select_touch(touch_id)
    window.queue_view.setFocus()
    qtbot.keyClick(window.queue_view, Qt.Key.Key_C)
    assert touch_id in window.features.reminders.panels
    assert window.features.reminders.panels[touch_id].isVisible()
    assert window.features.reminders.call_action in window.menus["touch"].actions()


def test_d_on_a_call_opens_the_call_panel_so_the_reason_is_asked_first(
        qtbot, ctx, clock, prospect_id, window):
    touch_id = later_call(ctx, prospect_id, 10)
    assert window.select_touch(touch_id)
    window.queue_view.setFocus()
    qtbot.keyClick(window.queue_view, Qt.Key.Key_D)
    panel = window.features.reminders.panels[touch_id]
    assert panel.isVisible()
    # nothing was logged just by pressing D: the call is still waiting in the queue
    assert touch_id in [r.id for r in window.queue_model.rows()]


def test_a_logged_call_leaves_the_banner_and_the_queue(qtbot, ctx, clock, prospect_id, window):
    touch_id = later_call(ctx, prospect_id, 14)
    fire_at(clock, window, datetime(2026, 11, 23, 14, 1, tzinfo=UTC))
    panel = window.features.reminders.open_call_panel(touch_id)
    qtbot.keyClicks(panel.reason_edit, "The new inspection rule starts in January.")
    qtbot.mouseClick(panel.outcome_buttons[panel_outcome("conversation")],
                     Qt.MouseButton.LeftButton)
    assert window.features.reminders.banner.isHidden()
    assert "Conversation logged for Maria Okafor" in window.statusBar().currentMessage()
    assert touch_id not in [r.id for r in window.queue_model.rows()]


def panel_outcome(value):
    from desktop_app.domain.model import CallOutcome

    return CallOutcome(value)


def test_the_tray_shows_the_due_count_and_the_next_call(qtbot, ctx, clock, prospect_id):
    """Offscreen has no tray host: the icon is built and checked, messages go to the banner."""
    later_call(ctx, prospect_id, 14)
    win = build_window(ctx)
    qtbot.addWidget(win)
    reminders = Reminders(win, ctx, use_tray=True)
    reminders.start()
    tray = reminders.tray
    assert tray is not None
    # the badge and the tooltip say what the window's header says: today's two touches
    assert win.queue_summary.text().startswith("2 touches due · 1 call")
    assert tray.count == 2 and tray.icon.toolTip() == "Tickler — 2 touches due · 1 call"
    assert tray.next_action.text() == "Next call: Maria Okafor · 14:00"
    clock.set(datetime(2026, 11, 23, 14, 0, tzinfo=UTC))
    reminders.scheduler.check()
    assert tray.count == 2
    with qtbot.waitSignal(tray.next_call_requested) as picked:
        tray.next_action.trigger()
    assert picked.args == [ctx.store.db.execute(
        "SELECT id FROM touches WHERE channel = 'call'").fetchone()[0]]
    tray.pause_action.trigger()
    assert ctx.store.get_setting("popups.paused_until") == "2026-11-23T15:00:00Z"
    assert tray.pause_action.isChecked() and "paused until 15:00" in tray.pause_action.text()
    assert [a.text() for a in tray.menu.actions() if a.text()][-1] == "Quit Tickler"
    reminders.stop()
    win.rollover.stop()
    win.features.reminders.stop()


def test_the_tray_and_the_window_count_together_after_every_change(
        qtbot, ctx, clock, prospect_id):
    """One count: the header, the badge and the tooltip change in the same refresh."""
    from desktop_app.services.touches import snooze_touch

    first = later_call(ctx, prospect_id, 14)
    later_call(ctx, prospect_id, 11)
    win = build_window(ctx)
    qtbot.addWidget(win)
    reminders = Reminders(win, ctx, use_tray=True)
    reminders.start()
    tray = reminders.tray
    seen = []
    win.counts_changed.connect(lambda counts: seen.append(
        (counts.total, tray.count, tray.icon.toolTip(), win.queue_summary.text())))

    def agree():
        total, badge, tooltip, header = seen[-1]
        assert badge == total == win.queue_model.rowCount()
        assert header.startswith(tooltip.removeprefix("Tickler — "))

    assert tray.count == 4  # two calls later today and their reminder emails
    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    snooze_touch(ctx, first, 60 * 24)  # to tomorrow: out of today's queue, with its reminder
    agree()
    assert seen[-1][0] == 2 and "overdue" in seen[-1][2]  # the 11:00 call has passed
    clock.set(datetime(2026, 11, 24, 0, 30, tzinfo=UTC))  # past midnight: a new day
    win.rollover.check()
    agree()
    reminders.stop()
    win.rollover.stop()
    win.features.reminders.stop()


def test_the_badge_draws_the_count_on_the_icon(qtbot):
    plain = count_pixmap(0).toImage()
    three = count_pixmap(3).toImage()
    assert plain != three
    corner = three.pixelColor(three.width() - 12, 16)
    assert corner.red() > 180 and corner.green() < 100  # the red badge, top right
    assert count_label(120) == "99+"


def test_notifications_fall_back_from_the_tray_to_the_banner(qtbot, ctx, window):
    """No tray here: the real chain hands the notice to the real in-window banner."""
    chain = NotificationChain([TrayMessageAdapter(None), BannerAdapter(window.features.reminders)])
    window.hide()
    assert chain.notify(Notice("Call Maria now", "…", 1)) == "banner"
    assert window.isVisible()  # the window comes forward, banner and all


def test_closing_the_window_asks_once_then_keeps_running(qtbot, ctx, window):
    asked = []
    window.features.reminders.ask_close = lambda: asked.append(1) or "background"
    window.features.reminders.keep_running_on_close()
    assert not QApplication.instance().quitOnLastWindowClosed()
    event = QCloseEvent()
    assert window.features.reminders.handle_close(event)
    assert not event.isAccepted() and window.isHidden()
    assert ctx.store.get_setting("window.close_action") == "background"
    window.features.reminders.show_window()
    assert window.isVisible()
    assert window.features.reminders.handle_close(QCloseEvent())
    assert asked == [1] and window.isHidden()
    assert window.features.reminders.background_action.isChecked()
    QApplication.instance().setQuitOnLastWindowClosed(True)


def test_start_at_login_writes_and_removes_the_autostart_entry(qtbot, ctx, window, db_path):
    entry = autostart.autostart_file()
    assert str(entry).startswith(os.environ["XDG_CONFIG_HOME"])
    window.features.reminders.login_action.trigger()
    text = entry.read_text()
    assert "Exec=" in text and f"--db {db_path}" in text and "desktop_app" in text
    assert ctx.store.get_setting("start_at_login") == "1"
    window.features.reminders.login_action.trigger()
    assert not entry.exists()


def launch_second(db_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    return subprocess.Popen([sys.executable, "-m", "desktop_app", "--db", str(db_path)],
                            cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def wait_for_exit(qtbot, process):
    try:
        qtbot.waitUntil(lambda: process.poll() is not None, timeout=30_000)
    finally:
        if process.poll() is None:
            process.kill()
    return process.communicate()[0].decode()


def test_a_second_launch_raises_the_running_window(qtbot, ctx, window, db_path):
    instance = SingleInstance(db_path)
    assert instance.claim()
    assert lock_path(db_path).exists()
    instance.activate_requested.connect(window.features.reminders.show_window)
    assert instance.listen()
    window.hide()
    second = launch_second(db_path)
    output = wait_for_exit(qtbot, second)
    assert second.returncode == 0, output
    assert window.isVisible()
    assert server_name(db_path) != server_name(db_path.with_name("other.sqlite3"))
    assert server_name(db_path, "ann") != server_name(db_path, "bob")
    instance.close()


def test_a_launch_while_the_first_is_still_starting_waits_for_it(qtbot, ctx, window, db_path):
    """The first instance listens only after its first paint; a second launch in between
    finds the lock taken and keeps knocking instead of opening a second window."""
    instance = SingleInstance(db_path)
    assert instance.claim()
    instance.activate_requested.connect(window.features.reminders.show_window)
    window.hide()
    # Before the first instance listens, a bare socket only notes the knocks (no answer).
    from PySide6.QtNetwork import QLocalServer

    doorbell = QLocalServer()
    assert doorbell.listen(instance.name)
    knocks = []
    doorbell.newConnection.connect(lambda: knocks.append(doorbell.nextPendingConnection()))
    second = launch_second(db_path)
    qtbot.waitUntil(lambda: len(knocks) >= 1, timeout=30_000)
    assert second.poll() is None  # knocked, got no answer, keeps knocking: no window of its own
    for socket in knocks:
        socket.abort()
    doorbell.close()
    assert instance.listen()
    output = wait_for_exit(qtbot, second)
    assert second.returncode == 0, output
    assert window.isVisible()
    instance.close()


def test_the_lock_is_free_again_once_the_first_instance_closes(qtbot, db_path):
    first = SingleInstance(db_path)
    assert first.claim()
    first.close()
    again = SingleInstance(db_path)
    assert again.claim()
    again.close()


@pytest.mark.logs_warnings
def test_a_running_tickler_that_does_not_answer_is_noticed(qtbot, db_path, monkeypatch):
    from desktop_app.platform import single_instance

    monkeypatch.setattr(single_instance, "KNOCK_FOR_SECONDS", 0.3)
    first = SingleInstance(db_path)
    assert first.claim()  # holds the lock, never listens: hung, say
    second = SingleInstance(db_path)
    assert second.claim() is False
    assert second.answered is False  # so the app tells the rep instead of vanishing
    first.close()


def test_a_call_to_a_prospect_whose_zone_is_unknown_here_still_pops_up(
        qtbot, ctx, clock, prospect_id, window):
    """A book restored from another machine can hold a zone this one does not know: the
    call still pops up at its minute (times in the rep's zone), and so does the one after."""
    touch_id = later_call(ctx, prospect_id, 14)
    other = later_call(ctx, prospect_id, 14, 0)
    ctx.store.db.execute("UPDATE prospects SET timezone = 'Mars/Olympus' WHERE id = ?",
                         [prospect_id])
    ctx.store.db.execute(
        "UPDATE touches SET due_utc = ?, snooze_count = 1 WHERE id = ?",
        ["2026-11-23T14:05:00Z", touch_id])
    fire_at(clock, window, datetime(2026, 11, 23, 14, 5, tzinfo=UTC))
    banner = window.features.reminders.banner
    assert sorted(banner.touch_ids()) == sorted([touch_id, other])
    assert "snoozed to 14:05" in banner.row(touch_id).detail.text()
    texts = {n.touch_id: n.text for n, _adapter in window.features.reminders.notices}
    assert "Agreed for 14:00 · snoozed to 14:05" in texts[touch_id]
    panel = window.features.reminders.open_call_panel(touch_id)
    assert panel is not None and panel.isVisible()
