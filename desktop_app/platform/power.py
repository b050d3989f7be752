"""What the operating system says about sleep, wake and its time zone.

On Linux, logind announces ``PrepareForSleep(true)`` before the machine sleeps and
``PrepareForSleep(false)`` as it wakes, and timedated announces a new ``Timezone``; both
come over the system bus (QtDBus). Where there is no system bus (a container, a minimal
session, macOS, Windows) nothing is connected and nothing is said: the scheduler's periodic
resync and wall-clock check still catch a wake-up, and a minute's look at the machine's
zone name (the caller's resync) catches a zone change.
"""

from __future__ import annotations

import logging
import sys

from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)

LOGIN1 = ("org.freedesktop.login1", "/org/freedesktop/login1",
          "org.freedesktop.login1.Manager", "PrepareForSleep")
TIMEDATE1 = ("org.freedesktop.timedate1", "/org/freedesktop/timedate1",
             "org.freedesktop.DBus.Properties", "PropertiesChanged")


class SystemEvents(QObject):
    """``woke`` after the machine resumes; ``sleeping`` before it suspends;
    ``timezone_changed`` when the system's time zone is set to another."""

    woke = Signal()
    sleeping = Signal()
    timezone_changed = Signal()

    def __init__(self, parent: QObject | None = None, *, bus_address: str | None = None) -> None:
        """``bus_address``: another bus to listen on instead of the system bus (tests)."""
        super().__init__(parent)
        self.setObjectName("systemEvents")
        self.listening: list[str] = []  # what the system bus gave us, for the log and tests
        self._bus_address = bus_address

    def start(self) -> None:
        """Connect to what the platform offers; silently nothing where it offers nothing."""
        if sys.platform.startswith("linux"):
            self._connect_system_bus()

    def _connect_system_bus(self) -> None:
        try:
            from PySide6.QtDBus import QDBusConnection
        except ImportError:  # a Qt build without D-Bus
            return
        if self._bus_address is None:
            bus = QDBusConnection.systemBus()
        else:
            bus = QDBusConnection.connectToBus(self._bus_address, f"tickler-{id(self)}")
        self._bus = bus
        if not bus.isConnected():
            log.info("no system bus; wake-ups are noticed by the periodic resync")
            return
        from PySide6.QtCore import SLOT

        for (service, path, interface, member), slot, name in (
                (LOGIN1, "_on_prepare_for_sleep(QDBusMessage)", "logind"),
                (TIMEDATE1, "_on_timedate(QDBusMessage)", "timedated")):
            # PySide6's stub wants the slot as bytes; SLOT() gives the str Qt takes at run time
            if bus.connect(service, path, interface, member, self,  # type: ignore[call-overload]
                           SLOT(slot)):
                self.listening.append(name)
        log.info("listening on the system bus for: %s", ", ".join(self.listening) or "nothing")

    @Slot("QDBusMessage")
    def _on_prepare_for_sleep(self, message: object) -> None:
        args = message.arguments()  # type: ignore[attr-defined]
        self.sleep_changed(bool(args[0]) if args else False)

    @Slot("QDBusMessage")
    def _on_timedate(self, message: object) -> None:
        # timedated's properties are the zone, NTP and the RTC: any change may be the zone,
        # and the listener only acts when the zone it reads afresh is another.
        del message
        self.timezone_changed.emit()

    def sleep_changed(self, going_to_sleep: bool) -> None:
        """What logind said (also how a test or another platform hook reports it)."""
        if going_to_sleep:
            log.info("the machine is going to sleep")
            self.sleeping.emit()
        else:
            log.info("the machine woke up")
            self.woke.emit()
