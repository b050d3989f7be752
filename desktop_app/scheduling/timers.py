"""The thin Qt shell around ``popups``: arms a timer for the next pop-up and checks again.

Qt timers run on a monotonic clock that stops while the machine sleeps, and the wall clock
can be moved, so a periodic resync compares the wall clock with the monotonic one and
looks again at once when they disagree (sleep and resume, a clock change).
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Callable, Sequence
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from ..store.database import is_damage
from .clock import Clock
from .popups import Popup, PopupInputs, PopupPlan, plan_popups

log = logging.getLogger(__name__)

MAX_TIMER_MS = 2**31 - 1  # QTimer takes a signed 32-bit interval
RESYNC_MS = 60_000
JUMP_TOLERANCE = timedelta(seconds=30)


def timer_delay_ms(now: datetime, wake: datetime) -> int:
    """Milliseconds from ``now`` to ``wake``, rounded up, capped at what a QTimer takes."""
    seconds = (wake - now).total_seconds()
    return max(0, min(math.ceil(seconds * 1000), MAX_TIMER_MS))


class PopupScheduler(QObject):
    """Emits ``popups_due`` with the plan whenever call pop-ups are due or were missed.

    ``source`` reads the pending calls and settings; ``record`` remembers what was shown,
    before the signal goes out, so a crash in a view cannot make a pop-up fire twice.
    """

    popups_due = Signal(object)  # PopupPlan with something to show
    plan_changed = Signal(object)  # PopupPlan after every look
    clock_jumped = Signal(float)  # seconds the wall clock moved beyond the monotonic one

    def __init__(
        self,
        clock: Clock,
        source: Callable[[], PopupInputs],
        record: Callable[[Sequence[Popup]], None],
        parent: QObject | None = None,
        *,
        monotonic: Callable[[], float] = time.monotonic,
        resync_ms: int = RESYNC_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("popupScheduler")
        self._clock = clock
        self._source = source
        self._record = record
        self._monotonic = monotonic
        self._last: tuple[datetime, float] | None = None
        self.wake_utc: datetime | None = None
        self.last_plan = PopupPlan()

        self.wake_timer = QTimer(self)
        self.wake_timer.setObjectName("popupWakeTimer")
        self.wake_timer.setSingleShot(True)
        self.wake_timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.wake_timer.timeout.connect(self.check)

        self.resync_timer = QTimer(self)
        self.resync_timer.setObjectName("popupResyncTimer")
        self.resync_timer.setInterval(resync_ms)
        self.resync_timer.timeout.connect(self.resync)

    def start(self) -> None:
        self.resync_timer.start()
        self.check()

    def stop(self) -> None:
        self.resync_timer.stop()
        self.wake_timer.stop()

    def check(self) -> PopupPlan:
        """Look now: emit what is due, then arm the timer for the next moment that matters."""
        now = self._clock()
        self._last = (now, self._monotonic())
        try:
            plan = plan_popups(self._source(), now)
            if plan.to_show:
                self._record(plan.to_show)
        except Exception as exc:  # a locked or broken database: try again at the next resync
            if is_damage(exc):  # a damaged file will not mend itself: the window's guard
                raise
            log.exception("could not work out the call pop-ups")
            return self.last_plan
        self.last_plan = plan
        self._arm(plan.wake_utc, now)
        if plan.to_show:
            self.popups_due.emit(plan)
        self.plan_changed.emit(plan)
        return plan

    def resync(self) -> None:
        """The periodic look: notices a wall-clock jump (sleep, resume, clock change)."""
        if self._last is not None:
            then, mono_then = self._last
            expected = then + timedelta(seconds=self._monotonic() - mono_then)
            jump = self._clock() - expected
            if abs(jump) > JUMP_TOLERANCE:
                log.info("wall clock jumped by %s; looking for missed pop-ups", jump)
                self.clock_jumped.emit(jump.total_seconds())
        self.check()

    def _arm(self, wake: datetime | None, now: datetime) -> None:
        self.wake_utc = wake
        if wake is None:
            self.wake_timer.stop()
            return
        # A capped delay wakes early, finds nothing due yet and arms again for the rest.
        self.wake_timer.start(timer_delay_ms(now, wake))
