"""Native desktop notifications on Linux: org.freedesktop.Notifications over the session bus.

A call pop-up goes to the desktop's own notification service (GNOME Shell, KDE Plasma,
dunst, mako, xfce4-notifyd…) with two buttons, "Call panel" and "Snooze 10 min", and the
hints that keep it on screen until the rep deals with it (resident, critical urgency, no
expiry). It works where there is no tray at all (GNOME without an extension).

The D-Bus messages are built with jeepney (already what keyring talks to the Secret Service
with) because the Notify method wants exact types — a uint id, a byte urgency — that
QtDBus cannot be given from Python. Replies and the ``ActionInvoked`` signal are read when
the bus socket has data (a ``QSocketNotifier``), so nothing here blocks the window except
a short wait for Notify's own reply. Nothing is imported or connected until the first
notice: importing this module talks to no bus.
"""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from collections import deque
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QSocketNotifier, Signal

from ..domain.i18n import QT_TR_NOOP, tr
from .tray import Notice

if TYPE_CHECKING:
    from jeepney import Message
    from jeepney.io.blocking import DBusConnection, FilterHandle

log = logging.getLogger(__name__)

SERVICE = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
INTERFACE = "org.freedesktop.Notifications"

ACTION_DEFAULT = "default"  # a click on the notification's body
ACTION_CALL = "call-panel"
ACTION_SNOOZE = "snooze-10"
SNOOZE_MINUTES = 10
# The default action is a click on the body: GNOME and KDE show no button for it, dunst
# lists it in its menu, so its label must not repeat the "Call panel" button's. The labels
# are translated when a notice is sent (``_actions``).
CALL_ACTIONS = (ACTION_DEFAULT, QT_TR_NOOP("Open Tickler"),
                ACTION_CALL, QT_TR_NOOP("Call panel"),
                ACTION_SNOOZE, QT_TR_NOOP("Snooze {minutes} min"))
OPEN_ACTIONS = (ACTION_DEFAULT, QT_TR_NOOP("Open Tickler"))
URGENCY_CRITICAL = 2
REPLY_TIMEOUT = 1.0  # seconds to wait for the service's answer to Notify
RETRY_AFTER = 300.0  # seconds before asking again for a service that was not there


class DesktopNotifier(QObject):
    """Sends notices to the desktop's notification service and reports the rep's clicks.

    ``action_invoked(touch_id_or_None, action)`` says which button was pressed on which
    notice; ``notify`` returns False when there is no service to show it, so the caller can
    fall back to the tray or the banner.
    """

    action_invoked = Signal(object, str)
    closed = Signal(object)  # the touch id (or None) of a notice the rep dismissed

    def __init__(self, parent: QObject | None = None, *, app_name: str = "Tickler",
                 desktop_entry: str = "", bus: str = "SESSION") -> None:
        super().__init__(parent)
        self.setObjectName("desktopNotifier")
        self.app_name = app_name
        self.desktop_entry = desktop_entry
        self._bus = bus
        self._conn: DBusConnection | None = None
        self._signals: FilterHandle | None = None
        self._queue: deque[Message] = deque(maxlen=256)
        self._notifier: QSocketNotifier | None = None
        self._failed_at: float | None = None
        self.capabilities: frozenset[str] = frozenset()
        self.server = ""
        self.shown: dict[int, int | None] = {}  # notification id -> touch id (None: window)

    # -- connecting ------------------------------------------------------------------------

    def available(self) -> bool:
        """Whether a notification service answers here (looked up once, retried later)."""
        if self._conn is not None:
            return True
        if not sys.platform.startswith("linux"):
            return False
        if self._failed_at is not None and time.monotonic() - self._failed_at < RETRY_AFTER:
            return False
        try:
            self._connect()
        except Exception as exc:  # no session bus, no service, a broken daemon: fall back
            log.info("no desktop notification service: %s", exc)
            self._drop()
            self._failed_at = time.monotonic()
            return False
        return True

    def _connect(self) -> None:
        from jeepney import DBusAddress, MatchRule, message_bus, new_method_call
        from jeepney.io.blocking import open_dbus_connection

        self._conn = conn = open_dbus_connection(bus=self._bus)
        rule = MatchRule(type="signal", interface=INTERFACE, path=PATH)
        self._signals = conn.filter(rule, queue=self._queue)
        conn.send(message_bus.AddMatch(rule))
        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        caps = self._call(new_method_call(address, "GetCapabilities"))
        self.capabilities = frozenset(caps[0])
        info = self._call(new_method_call(address, "GetServerInformation"))
        self.server = f"{info[0]} {info[2]}"
        self._notifier = QSocketNotifier(conn.sock.fileno(), QSocketNotifier.Type.Read, self)
        self._notifier.setObjectName("desktopNotifySocket")
        self._notifier.activated.connect(self._read)
        log.info("desktop notifications through %s (%s)", self.server,
                 ", ".join(sorted(self.capabilities)))

    def _call(self, message: Message) -> tuple[Any, ...]:
        from jeepney import HeaderFields, MessageType

        assert self._conn is not None
        reply = self._conn.send_and_get_reply(message, timeout=REPLY_TIMEOUT)
        if reply.header.message_type is MessageType.error:
            name = reply.header.fields.get(HeaderFields.error_name, "error")
            raise RuntimeError(f"{name}: {reply.body}")
        self._dispatch_queued()
        return tuple(reply.body)

    def _drop(self) -> None:
        if self._notifier is not None:
            self._notifier.setEnabled(False)
            self._notifier.deleteLater()
            self._notifier = None
        if self._signals is not None:
            self._signals.close()
            self._signals = None
        if self._conn is not None:
            with contextlib.suppress(OSError):
                self._conn.close()
            self._conn = None

    def close_connection(self) -> None:
        self._drop()

    # -- sending ---------------------------------------------------------------------------

    def notify(self, notice: Notice, *, replaces: int = 0) -> int | None:
        """Show ``notice``; the notification's id, or None when it could not be shown."""
        if not self.available():
            return None
        from jeepney import DBusAddress, new_method_call

        actions = _actions(CALL_ACTIONS if notice.touch_id is not None else OPEN_ACTIONS)
        body = notice.text
        if "actions" not in self.capabilities:
            actions = []
            body = f"{body}\n{notice.click_hint}" if notice.click_hint else body
        hints: dict[str, tuple[str, Any]] = {
            "urgency": ("y", URGENCY_CRITICAL),
            "resident": ("b", True),
            "category": ("s", "x-tickler.call"),
        }
        if self.desktop_entry:
            hints["desktop-entry"] = ("s", self.desktop_entry)
        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        if "body-markup" in self.capabilities:
            body = body.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        message = new_method_call(
            address, "Notify", "susssasa{sv}i",
            (self.app_name, replaces, _icon(), notice.title, body,
             actions, hints, 0))  # 0: never expires; it waits for the rep
        try:
            (notification_id,) = self._call(message)
        except Exception as exc:  # the service went away or refused: fall back this time
            log.warning("desktop notification failed: %s", exc)
            self._drop()
            self._failed_at = time.monotonic()
            return None
        self.shown[int(notification_id)] = notice.touch_id
        return int(notification_id)

    def withdraw(self, touch_id: int) -> None:
        """Take down what is still on screen for this call (it was logged or snoozed)."""
        for notification_id in [n for n, t in self.shown.items() if t == touch_id]:
            self.close_notification(notification_id)

    def close_notification(self, notification_id: int) -> None:
        self.shown.pop(notification_id, None)
        if self._conn is None:
            return
        from jeepney import DBusAddress, new_method_call

        address = DBusAddress(PATH, bus_name=SERVICE, interface=INTERFACE)
        try:
            self._conn.send(new_method_call(address, "CloseNotification", "u",
                                            (notification_id,)))
        except OSError as exc:
            log.info("could not close notification %s: %s", notification_id, exc)
            self._drop()

    # -- receiving -------------------------------------------------------------------------

    def _read(self, *_args: object) -> None:
        conn = self._conn
        if conn is None:
            return
        try:
            while True:
                conn.recv_messages(timeout=0)
        except TimeoutError:
            pass
        except (OSError, ValueError) as exc:  # the bus closed under us
            log.info("notification bus closed: %s", exc)
            self._drop()
            self._failed_at = time.monotonic()
        self._dispatch_queued()

    def _dispatch_queued(self) -> None:
        from jeepney import HeaderFields

        while self._queue:
            message = self._queue.popleft()
            member = message.header.fields.get(HeaderFields.member)
            if member == "ActionInvoked":
                notification_id, action = message.body
                if notification_id in self.shown:
                    self.action_invoked.emit(self.shown[notification_id], str(action))
            elif member == "NotificationClosed":
                notification_id, reason = message.body
                touch_id = self.shown.pop(notification_id, None)
                if reason == 2:  # dismissed by the rep (1: expired, 3: closed by us)
                    self.closed.emit(touch_id)


def _actions(pairs: tuple[str, ...]) -> list[str]:
    """The D-Bus action list (key, label, key, label…) with the labels in the rep's words."""
    return [tr(item).format(minutes=SNOOZE_MINUTES) if i % 2 else item
            for i, item in enumerate(pairs)]


def _icon() -> str:
    """Tickler's mark as a file the service can read, else a themed icon by name."""
    from ..resources import resource

    path = resource("icons", "tickler.svg")
    return str(path) if path.is_file() else "appointment-soon"


class DesktopNotificationAdapter:
    """The first adapter on Linux: the desktop's own notification, with its buttons."""

    name = "desktop"

    def __init__(self, notifier: DesktopNotifier) -> None:
        self.notifier = notifier

    def notify(self, notice: Notice) -> bool:
        return self.notifier.notify(notice) is not None


def desktop_notifier(parent: QObject | None, desktop_entry: str) -> DesktopNotifier | None:
    """A notifier on Linux; None elsewhere (macOS and Windows keep the tray message)."""
    if not sys.platform.startswith("linux"):
        return None
    return DesktopNotifier(parent, desktop_entry=desktop_entry)


