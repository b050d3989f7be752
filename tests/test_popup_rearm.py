"""The pop-ups are planned again the moment anything moves a call, wherever the change
came from: a snooze, a reschedule, an undo (any change notice), a new stall, a trashed or
restored prospect, the rep's zone, a restored backup, another window on the same book.
And after the machine wakes, or its time zone changes.

"Armed" is checked on the scheduler itself: the moment it will wake for, with its timer
running. The lateness of real pop-ups is measured in benchmarks/bench_popups.py.
"""

from __future__ import annotations

import shutil
import subprocess
from datetime import UTC, datetime

import pytest

from desktop_app.composition import build_window
from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.platform.power import SystemEvents
from desktop_app.services import AppContext
from desktop_app.services.backup import backup_database, restore_backup
from desktop_app.services.profile import restore_prospect, trash_prospect
from desktop_app.services.reminders import PopupSettings, save_popup_settings
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.services.touches import reschedule_touch, snooze_touch
from desktop_app.store import Store
from desktop_app.store.store import db_time
from tests.test_reminders import later_call

pytestmark = pytest.mark.gui


def at(hour, minute=0, second=0, day=23):
    return datetime(2026, 11, day, hour, minute, second, tzinfo=UTC)


@pytest.fixture
def app_window(qtbot, ctx):
    win = build_window(ctx)
    qtbot.addWidget(win)
    win.show()
    yield win
    win.features.reminders.stop()
    win.rollover.stop()


def armed_for(window):
    scheduler = window.features.reminders.scheduler
    return scheduler.wake_utc if scheduler.wake_timer.isActive() else None


def test_a_snooze_rearms_for_the_whole_minute(ctx, clock, prospect_id, app_window):
    touch_id = later_call(ctx, prospect_id, 14)
    clock.set(at(14, 0, 48))  # the rep took 48 s to press snooze
    snooze_touch(ctx, touch_id, 5)
    assert armed_for(app_window) == at(14, 5)


def test_a_reschedule_and_a_new_stall_rearm_at_once(ctx, clock, prospect_id, app_window):
    touch_id = later_call(ctx, prospect_id, 16)
    assert armed_for(app_window) == at(16)
    reschedule_touch(ctx, touch_id, datetime(2026, 11, 23, 15, 30))
    assert armed_for(app_window) == at(15, 30)
    log_stall(ctx, StallRequest(prospect_id, StallKind.LATER, "Ring me at ten past two.",
                                datetime(2026, 11, 23, 14, 10), SlotQuality.BOOKED))
    assert armed_for(app_window) == at(14, 10)


def test_any_change_notice_rearms_so_an_undo_is_covered(ctx, clock, prospect_id, app_window):
    """An undo (or any command another part of the app adds) writes through the store and
    announces its change; the scheduler does not need to know the topic."""
    touch_id = later_call(ctx, prospect_id, 16)
    with ctx.store.transaction():
        ctx.store.update_touch(touch_id, {"due_utc": db_time(at(9, 30))})
        ctx.changes.emit("undo")
    assert armed_for(app_window) == at(9, 30)


def test_undoing_a_snooze_brings_the_pop_up_back_to_its_minute(
        ctx, clock, prospect_id, app_window):
    """The real undo stack (Edit ▸ Undo): its change notice re-arms like any other."""
    touch_id = later_call(ctx, prospect_id, 14)
    assert app_window.select_touch(touch_id)
    app_window.snooze(60)
    assert armed_for(app_window) == at(10)  # an hour from 09:00
    assert app_window.undo.undo()
    assert armed_for(app_window) == at(14)
    assert app_window.undo.redo()
    assert armed_for(app_window) == at(10)


def test_trashing_and_restoring_a_prospect_rearms(ctx, clock, prospect_id, app_window):
    later_call(ctx, prospect_id, 14)
    trash_prospect(ctx, prospect_id)
    assert armed_for(app_window) is None
    restore_prospect(ctx, prospect_id)
    assert armed_for(app_window) == at(14)


def test_the_reps_zone_and_hours_rearm_a_held_pop_up(ctx, clock, prospect_id, app_window):
    clock.set(at(6))
    later_call(ctx, prospect_id, 7)  # 07:00 in London, before the working day
    save_popup_settings(ctx, PopupSettings(hold_outside_hours=True))
    clock.set(at(7, 0, 30))
    app_window.features.reminders.scheduler.check()
    assert app_window.features.reminders.banner.isHidden()
    assert armed_for(app_window) == at(8)  # held until 08:00 London
    ctx.set_rep_timezone("Europe/Berlin")  # 08:00 in Berlin is 07:00 UTC: already open
    assert app_window.features.reminders.banner.touch_ids() != []


def test_restoring_a_backup_rearms_for_the_calls_it_holds(
        ctx, clock, prospect_id, app_window, tmp_path):
    touch_id = later_call(ctx, prospect_id, 14)
    backup = tmp_path / "before.sqlite3"
    backup_database(ctx, backup)
    snooze_touch(ctx, touch_id, 24 * 60)
    assert armed_for(app_window) == at(9, day=24)
    restore_backup(ctx, backup)
    assert armed_for(app_window) == at(14)


def test_another_window_on_the_same_book_rearms_within_a_poll(
        qtbot, ctx, clock, prospect_id, app_window, db_path):
    touch_id = later_call(ctx, prospect_id, 16)
    other = AppContext(Store.open(db_path), clock)
    try:
        reschedule_touch(other, touch_id, datetime(2026, 11, 23, 10, 15))
        qtbot.waitUntil(lambda: armed_for(app_window) == at(10, 15), timeout=3000)
        # the queue heard of it too
        row = app_window.queue_model.row_of_touch(touch_id)
        assert app_window.queue_model.row_at(row).due_utc == at(10, 15)
    finally:
        other.store.close()


def test_waking_from_sleep_catches_up_at_once(qtbot, ctx, clock, prospect_id, app_window):
    """The wake timer runs on a clock that stops in sleep; the wake-up looks at once."""
    touch_id = later_call(ctx, prospect_id, 14)
    clock.set(at(14, 30))  # the lid was closed from 13:50 to 14:30
    assert app_window.features.reminders.banner.isHidden()
    app_window.features.reminders.system.sleep_changed(False)
    assert app_window.features.reminders.banner.touch_ids() == [touch_id]
    assert "Missed at 14:00" in app_window.features.reminders.banner.row(touch_id).label.text()


def test_a_changed_system_time_zone_rereads_the_reps_zone(
        qtbot, store, clock, monkeypatch):
    """A rep who never picked a zone follows the machine's, when the machine moves."""
    monkeypatch.setenv("TZ", "Europe/London")
    ctx = AppContext(store, clock)
    window = build_window(ctx)
    qtbot.addWidget(window)
    try:
        window.features.reminders.check_zone()
        assert ctx.rep_timezone == "Europe/London"
        monkeypatch.setenv("TZ", "Asia/Tokyo")
        window.features.reminders.system.timezone_changed.emit()
        assert ctx.rep_timezone == "Asia/Tokyo"
        assert window.queue_summary.text().endswith("your times in Asia/Tokyo")
        ctx.set_rep_timezone("America/Chicago")  # a zone the rep chose stays theirs
        monkeypatch.setenv("TZ", "Europe/Paris")
        window.features.reminders.check_zone()
        assert ctx.rep_timezone == "America/Chicago"
    finally:
        window.features.reminders.stop()
        window.rollover.stop()


# -- the system bus ----------------------------------------------------------------------------

@pytest.fixture
def private_bus():
    if shutil.which("dbus-daemon") is None:
        pytest.skip("needs dbus-daemon")
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    assert bus.stdout is not None
    address = bus.stdout.readline().decode().strip()
    bus.stdout.close()
    yield address
    bus.terminate()
    bus.wait(5)


def test_logind_and_timedated_are_heard_over_the_bus(qtbot, private_bus):
    """A private bus stands in for the system bus: a peer owns logind's and timedated's
    names and sends their real signals, as they do on a Linux desktop."""
    from jeepney import DBusAddress, message_bus, new_signal
    from jeepney.io.blocking import open_dbus_connection

    peer = open_dbus_connection(private_bus)
    try:
        for name in ("org.freedesktop.login1", "org.freedesktop.timedate1"):
            peer.send_and_get_reply(message_bus.RequestName(name), timeout=5)
        events = SystemEvents(bus_address=private_bus)
        events.start()
        assert events.listening == ["logind", "timedated"]
        login1 = DBusAddress("/org/freedesktop/login1",
                             interface="org.freedesktop.login1.Manager")
        with qtbot.waitSignal(events.sleeping, timeout=3000):
            peer.send(new_signal(login1, "PrepareForSleep", "b", (True,)))
        with qtbot.waitSignal(events.woke, timeout=3000):
            peer.send(new_signal(login1, "PrepareForSleep", "b", (False,)))
        timedate = DBusAddress("/org/freedesktop/timedate1",
                               interface="org.freedesktop.DBus.Properties")
        with qtbot.waitSignal(events.timezone_changed, timeout=3000):
            peer.send(new_signal(timedate, "PropertiesChanged", "sa{sv}as",
                                 ("org.freedesktop.timedate1",
                                  {"Timezone": ("s", "Asia/Tokyo")}, [])))
    finally:
        peer.close()


def test_without_a_system_bus_nothing_is_said_and_the_resync_stays(qtbot, tmp_path):
    events = SystemEvents(bus_address=f"unix:path={tmp_path / 'no-bus'}")
    events.start()  # no warning, no exception
    assert events.listening == []
