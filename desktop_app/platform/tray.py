"""The tray icon with the due count, its menu, and the notification adapters.

Notifications go through adapters in order (qutebrowser's pattern): a tray message when
the platform has a tray, else an in-window banner, which always works.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Protocol

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPen, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from ..domain.i18n import tr
from ..resources import resource

ICON_SIZE = 64


@cache
def _mark() -> QSvgRenderer:
    return QSvgRenderer(str(resource("icons", "tickler.svg")))


def _paint_base(painter: QPainter, size: int) -> None:
    """Tickler's mark, a calendar page with a check: the SVG the packaged app's icon comes from."""
    _mark().render(painter, QRectF(0, 0, size, size))


def app_pixmap(size: int = ICON_SIZE) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _paint_base(painter, size)
    painter.end()
    return pixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128):
        icon.addPixmap(app_pixmap(size))
    return icon


def count_label(count: int) -> str:
    return "99+" if count > 99 else str(count)


def count_pixmap(count: int, size: int = ICON_SIZE) -> QPixmap:
    """The app icon with the due count drawn on a red badge (no badge at zero)."""
    pixmap = app_pixmap(size)
    if count <= 0:
        return pixmap
    text = count_label(count)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setBold(True)
    font.setPixelSize(int(size * (0.42 if len(text) < 3 else 0.32)))
    painter.setFont(font)
    width = max(painter.fontMetrics().horizontalAdvance(text) + size * 0.16, size * 0.55)
    badge = QRectF(size - width, 0, width, size * 0.55)
    painter.setPen(QPen(QColor("white"), max(1.0, size * 0.03)))
    painter.setBrush(QColor("#dc2626"))
    painter.drawRoundedRect(badge, badge.height() / 2, badge.height() / 2)
    painter.setPen(QColor("white"))
    painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


def count_icon(count: int) -> QIcon:
    icon = QIcon()
    for size in (16, 22, 24, 32, 48, 64):
        icon.addPixmap(count_pixmap(count, size))
    return icon


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


# -- notifications ------------------------------------------------------------------------------

@dataclass(frozen=True, slots=True)
class Notice:
    title: str
    text: str
    touch_id: int | None = None  # the call a click opens; None opens the window
    click_hint: str = ""  # said where a click is the only action (a tray balloon)


class NotificationAdapter(Protocol):
    name: str

    def notify(self, notice: Notice) -> bool:
        """Show ``notice``; False when this adapter cannot show anything here."""


class NotificationChain:
    """Tries each adapter in order; the last one (the banner) always works."""

    def __init__(self, adapters: list[NotificationAdapter]) -> None:
        self.adapters = adapters
        self.last_used: str | None = None

    def notify(self, notice: Notice) -> str | None:
        for adapter in self.adapters:
            if adapter.notify(notice):
                self.last_used = adapter.name
                return adapter.name
        self.last_used = None
        return None


class TrayMessageAdapter:
    """A tray balloon or desktop notification; clicking it emits the tray's signal."""

    name = "tray"

    def __init__(self, tray: Tray | None) -> None:
        self.tray = tray

    def notify(self, notice: Notice) -> bool:
        if self.tray is None or not self.tray.is_shown():
            return False
        self.tray.show_message(notice)
        return True


# -- the tray icon ------------------------------------------------------------------------------

class Tray(QObject):
    """The tray icon, its count badge and its menu. Emits what the rep picked."""

    open_requested = Signal()
    next_call_requested = Signal(int)
    pause_toggled = Signal(bool)
    start_at_login_toggled = Signal(bool)
    quit_requested = Signal()
    message_clicked = Signal(object)  # the Notice clicked

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tray")
        self.count = -1
        self.last_notice: Notice | None = None
        self._next_touch: int | None = None
        self.icon = QSystemTrayIcon(self)
        self.icon.setObjectName("trayIcon")
        self.menu = QMenu()
        self.menu.setObjectName("trayMenu")
        self.open_action = self._add(tr("Open Tickler"), self.open_requested.emit)
        self.next_action = self._add(tr("Next call: none planned"), self._next_clicked)
        self.menu.addSeparator()
        self.pause_action = QAction(tr("Pause pop-ups for an hour"), self.menu)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.pause_toggled.emit)
        self.menu.addAction(self.pause_action)
        self.login_action = QAction(tr("Start Tickler at login"), self.menu)
        self.login_action.setCheckable(True)
        self.login_action.toggled.connect(self.start_at_login_toggled.emit)
        self.menu.addAction(self.login_action)
        self.menu.addSeparator()
        self.quit_action = self._add(tr("Quit Tickler"), self.quit_requested.emit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.icon.messageClicked.connect(lambda: self.message_clicked.emit(self.last_notice))
        self.destroyed.connect(self.menu.deleteLater)
        self.set_count(0)

    def _add(self, text: str, slot: object) -> QAction:
        action = QAction(text, self.menu)
        action.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
        self.menu.addAction(action)
        return action

    def show(self) -> None:
        if tray_available():  # offscreen Qt warns when asked to show a tray icon
            self.icon.show()

    def hide(self) -> None:
        self.icon.hide()

    def is_shown(self) -> bool:
        return tray_available() and self.icon.isVisible()

    def set_count(self, count: int, words: str | None = None) -> None:
        """The badge's number and the tooltip's words (the window's header says the same)."""
        if words is None:
            words = tr("%n touch(es) due", None, count) if count else tr("nothing due")
        self.icon.setToolTip(tr("Tickler — {words}").format(words=words))
        if count == self.count:
            return
        self.count = count
        self.icon.setIcon(count_icon(count))

    def set_next_call(self, touch_id: int | None, text: str) -> None:
        self._next_touch = touch_id
        self.next_action.setText(text)
        self.next_action.setEnabled(touch_id is not None)

    def set_paused(self, paused: bool, text: str) -> None:
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(paused)
        self.pause_action.setText(text)
        self.pause_action.blockSignals(False)

    def set_start_at_login(self, enabled: bool, available: bool = True) -> None:
        self.login_action.blockSignals(True)
        self.login_action.setChecked(enabled)
        self.login_action.setEnabled(available)
        self.login_action.blockSignals(False)

    def show_message(self, notice: Notice, msecs: int = 15_000) -> None:
        self.last_notice = notice
        text = f"{notice.text}\n{notice.click_hint}" if notice.click_hint else notice.text
        self.icon.showMessage(notice.title, text, count_icon(0), msecs)

    def _next_clicked(self) -> None:
        if self._next_touch is not None:
            self.next_call_requested.emit(self._next_touch)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (QSystemTrayIcon.ActivationReason.Trigger,
                      QSystemTrayIcon.ActivationReason.DoubleClick):
            self.open_requested.emit()
