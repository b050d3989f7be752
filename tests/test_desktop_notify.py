"""Call pop-ups as native desktop notifications, against a real notification daemon.

dunst runs on its own Xvfb display and its own D-Bus bus (tests/desktop_session.py). The
app's notifier speaks org.freedesktop.Notifications to it; the tests read what dunst
received with ``dunstctl`` and press the notification's buttons through dunst's own
context menu, whose "dmenu" is a script that picks the named line.
"""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime

import pytest

from desktop_app.composition import build_window
from desktop_app.platform.desktop_notify import DesktopNotifier
from desktop_app.platform.tray import Notice
from desktop_app.store.store import parse_db_time
from desktop_app.views.tray.reminders import Reminders
from tests.desktop_session import DesktopSession, missing_tools
from tests.test_reminders import later_call

pytestmark = [
    pytest.mark.gui,
    pytest.mark.skipif(bool(missing_tools()), reason=f"needs {', '.join(missing_tools())}"),
]


@pytest.fixture
def desktop(tmp_path):
    session = DesktopSession(tmp_path).start()
    yield session
    session.stop()


@pytest.fixture
def notifier(qtbot, desktop):
    n = DesktopNotifier(bus=desktop.address, desktop_entry="tickler")
    yield n
    n.close_connection()


def wait_for(qtbot, condition, timeout=5000):
    qtbot.waitUntil(lambda: bool(condition()), timeout=timeout)


def test_a_call_reaches_the_desktop_with_its_buttons_and_stays_until_handled(
        qtbot, desktop, notifier):
    notification_id = notifier.notify(Notice(
        "Call Maria Okafor now", "Agreed for 14:00 · snoozed to 14:10 their time.", 7))
    assert notification_id is not None
    assert notifier.server.startswith("dunst") and "actions" in notifier.capabilities
    assert desktop.displayed() == 1
    pressed = []
    notifier.action_invoked.connect(lambda touch, action: pressed.append((touch, action)))
    desktop.press("Snooze 10 min")
    wait_for(qtbot, lambda: pressed)
    assert pressed == [(7, "snooze-10")]
    menu = desktop.menu()  # what dunst's menu offered: both buttons
    assert any("Call panel" in line for line in menu), menu
    assert any("Snooze 10 min" in line for line in menu), menu
    desktop.close_all()
    (received,) = desktop.history()
    assert received["summary"] == "Call Maria Okafor now"
    assert received["body"] == "Agreed for 14:00 · snoozed to 14:10 their time."
    assert received["appname"] == "Tickler"
    assert received["timeout"] == 0  # critical and resident: it waits for the rep


def test_the_pop_up_goes_to_the_desktop_and_its_snooze_button_snoozes_the_call(
        qtbot, ctx, clock, prospect_id, desktop, notifier):
    touch_id = later_call(ctx, prospect_id, 14)
    window = build_window(ctx)
    qtbot.addWidget(window)
    reminders = Reminders(window, ctx, use_tray=False, notifier=notifier)
    reminders.start()
    clock.set(datetime(2026, 11, 23, 14, 0, 5, tzinfo=UTC))
    reminders.scheduler.check()
    notice, how = reminders.notices[-1]
    assert how == "desktop" and notice.touch_id == touch_id
    assert desktop.displayed() == 1
    assert reminders.banner.touch_ids() == [touch_id]  # the window has it too

    desktop.press("Snooze 10 min")
    wait_for(qtbot, lambda: ctx.store.get_touch(touch_id).due_utc
             == parse_db_time("2026-11-23T14:10:00Z"))
    wait_for(qtbot, lambda: desktop.displayed() == 0)  # handled: it comes down
    assert reminders.banner.touch_ids() == []
    reminders.stop()
    window.features.reminders.stop()
    window.rollover.stop()


def test_the_call_panel_button_opens_the_panel_and_logging_the_call_takes_it_down(
        qtbot, ctx, clock, prospect_id, desktop, notifier):
    touch_id = later_call(ctx, prospect_id, 14)
    window = build_window(ctx)
    qtbot.addWidget(window)
    reminders = Reminders(window, ctx, use_tray=False, notifier=notifier)
    reminders.start()
    clock.set(datetime(2026, 11, 23, 14, 0, tzinfo=UTC))
    reminders.scheduler.check()
    desktop.press("Call panel")
    wait_for(qtbot, lambda: touch_id in reminders.panels)
    assert desktop.displayed() == 1  # resident: still there while the call is made

    from desktop_app.domain.model import CallOutcome
    from desktop_app.services.touches import record_call

    record_call(ctx, touch_id, CallOutcome.CONVERSATION, reason="Their warranty ends in May")
    wait_for(qtbot, lambda: desktop.displayed() == 0)
    for panel in list(reminders.panels.values()):
        panel.close()
    reminders.stop()
    window.features.reminders.stop()
    window.rollover.stop()


def test_without_a_notification_service_the_tray_then_the_banner_take_over(
        qtbot, ctx, clock, prospect_id, tmp_path):
    """A bus with no notification daemon on it (a desktop without one)."""
    bus = subprocess.Popen(["dbus-daemon", "--session", "--nofork", "--print-address=1"],
                           stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
    try:
        assert bus.stdout is not None
        address = bus.stdout.readline().decode().strip()
        bus.stdout.close()
        touch_id = later_call(ctx, prospect_id, 14)
        window = build_window(ctx)
        qtbot.addWidget(window)
        lonely = DesktopNotifier(bus=address)
        reminders = Reminders(window, ctx, use_tray=False, notifier=lonely)
        reminders.start()
        window.hide()
        clock.set(datetime(2026, 11, 23, 14, 0, tzinfo=UTC))
        reminders.scheduler.check()
        notice, how = reminders.notices[-1]
        assert how == "banner" and notice.touch_id == touch_id
        assert window.isVisible()
        assert [a.name for a in reminders.notifier.adapters] == ["desktop", "tray", "banner"]
        reminders.stop()
        window.features.reminders.stop()
        window.rollover.stop()
    finally:
        bus.terminate()
        bus.wait(5)

