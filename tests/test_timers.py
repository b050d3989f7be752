"""The Qt shell of the scheduler: armed delays, the 2^31-1 ms cap, resync and clock jumps.

The wall clock is a MovableClock and the monotonic clock a counter the test moves, so the
tests look at what the timer was armed for and then play its firing without sleeping.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop_app.scheduling.clock import MovableClock
from desktop_app.scheduling.popups import PendingCall, PopupInputs
from desktop_app.scheduling.timers import MAX_TIMER_MS, PopupScheduler, timer_delay_ms

T0 = datetime(2026, 11, 23, 13, 59, 30, tzinfo=UTC)


class Harness:
    def __init__(self, calls):
        self.clock = MovableClock(T0)
        self.mono = 1000.0
        self.calls = list(calls)
        self.fired: set[str] = set()
        self.shown: list[list[int]] = []
        self.scheduler = PopupScheduler(self.clock, self.inputs, self.record,
                                        monotonic=lambda: self.mono)
        self.scheduler.popups_due.connect(
            lambda plan: self.shown.append([p.call.touch_id for p in plan.to_show]))

    def inputs(self):
        return PopupInputs(tuple(self.calls), fired=frozenset(self.fired))

    def record(self, popups):
        self.fired.update(p.key for p in popups)

    def elapse(self, **delta):
        """Real time passing: both clocks move together."""
        self.clock.advance(**delta)
        self.mono += timedelta(**delta).total_seconds()


@pytest.fixture
def harness(qtbot):
    h = Harness([PendingCall(1, datetime(2026, 11, 23, 14, 0, tzinfo=UTC))])
    yield h
    h.scheduler.stop()


def test_timers_have_names_and_a_parent(harness):
    s = harness.scheduler
    assert s.wake_timer.objectName() == "popupWakeTimer" and s.wake_timer.parent() is s
    assert s.resync_timer.objectName() == "popupResyncTimer" and s.resync_timer.parent() is s


def test_the_timer_is_armed_for_the_exact_minute_and_fires_the_pop_up(harness):
    harness.scheduler.start()
    assert harness.scheduler.wake_timer.isActive()
    assert harness.scheduler.wake_timer.interval() == 30_000
    harness.elapse(seconds=30)
    harness.scheduler.wake_timer.stop()
    harness.scheduler.check()  # what the timer's timeout does
    assert harness.shown == [[1]]
    assert not harness.scheduler.wake_timer.isActive()
    harness.scheduler.check()
    assert harness.shown == [[1]]  # once only


def test_a_timer_that_fires_early_arms_again_for_the_rest(harness):
    harness.scheduler.start()
    harness.elapse(seconds=29.2)
    harness.scheduler.check()
    assert harness.shown == []
    assert harness.scheduler.wake_timer.interval() == 800


def test_very_long_delays_are_capped_and_re_armed():
    far = T0 + timedelta(days=40)  # 2^31-1 ms is under 25 days
    h = Harness([PendingCall(7, far)])
    h.scheduler.start()
    assert h.scheduler.wake_timer.interval() == MAX_TIMER_MS
    h.elapse(milliseconds=MAX_TIMER_MS)
    h.scheduler.check()
    assert h.shown == []
    assert h.scheduler.wake_timer.interval() == timer_delay_ms(h.clock(), far)
    assert h.scheduler.wake_timer.interval() < MAX_TIMER_MS
    h.scheduler.stop()


def test_a_wall_clock_jump_after_sleep_shows_the_missed_pop_ups(harness, qtbot):
    harness.calls.append(PendingCall(2, datetime(2026, 11, 23, 15, 0, tzinfo=UTC)))
    harness.scheduler.start()
    harness.mono += 60  # a minute of monotonic time, while the machine slept two hours
    harness.clock.advance(hours=2)
    with qtbot.waitSignal(harness.scheduler.clock_jumped) as jumped:
        harness.scheduler.resync()
    assert jumped.args[0] == pytest.approx(2 * 3600 - 60)
    assert harness.shown == [[1, 2]]
    assert [p.call.touch_id for p in harness.scheduler.last_plan.missed] == [1, 2]


def test_a_resync_without_a_jump_is_quiet(harness, qtbot):
    harness.scheduler.start()
    harness.elapse(seconds=10)
    with qtbot.assertNotEmitted(harness.scheduler.clock_jumped):
        harness.scheduler.resync()
    assert harness.scheduler.wake_timer.interval() == 20_000


@pytest.mark.logs_warnings
def test_a_broken_source_does_not_kill_the_scheduler(qtbot, caplog):
    def broken():
        raise RuntimeError("database is locked")

    scheduler = PopupScheduler(MovableClock(T0), broken, lambda popups: None)
    scheduler.start()
    assert scheduler.resync_timer.isActive()
    assert "could not work out the call pop-ups" in caplog.text
    scheduler.stop()
