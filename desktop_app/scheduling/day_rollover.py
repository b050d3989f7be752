"""A thin Qt shell that says when the rep's day changes (midnight, sleep, clock jumps)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QObject, QTimer, Signal

from .clock import Clock
from .days import rep_today, seconds_to_next_day

MAX_TIMER_MS = 2**31 - 1
TICK_MS = 60_000


class DayRollover(QObject):
    """Emits ``day_changed`` when the local date moves, and ``tick`` once a minute.

    One single-shot timer is armed for midnight (capped at 2^31-1 ms and re-armed); a
    minute tick re-checks the date, which also catches sleep/resume and clock changes.
    """

    day_changed = Signal(object)
    tick = Signal()

    def __init__(self, clock: Clock, rep_tz: Callable[[], str], parent: QObject | None = None):
        super().__init__(parent)
        self.setObjectName("DayRollover")
        self._clock = clock
        self._rep_tz = rep_tz
        self._day: date = rep_today(clock(), rep_tz())
        self._midnight = QTimer(self)
        self._midnight.setObjectName("MidnightTimer")
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.check)
        self._ticker = QTimer(self)
        self._ticker.setObjectName("MinuteTick")
        self._ticker.setInterval(TICK_MS)
        self._ticker.timeout.connect(self._on_tick)

    def start(self) -> None:
        self._arm()
        self._ticker.start()

    def stop(self) -> None:
        self._midnight.stop()
        self._ticker.stop()

    def _arm(self) -> None:
        delay_ms = int(seconds_to_next_day(self._clock(), self._rep_tz()) * 1000) + 500
        self._midnight.start(min(max(delay_ms, 1000), MAX_TIMER_MS))

    def _on_tick(self) -> None:
        self.check()
        self.tick.emit()

    def check(self) -> bool:
        """Emit day_changed if the date moved since the last check; re-arm either way."""
        today = rep_today(self._clock(), self._rep_tz())
        changed = today != self._day
        self._day = today
        if changed:
            self.day_changed.emit(today)
        self._arm()
        return changed
