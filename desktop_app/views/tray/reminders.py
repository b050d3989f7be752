"""Wires the tray, the pop-up scheduler, the banner and the call panels to the main window."""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import is_valid_zone, utc_to_local
from desktop_app.domain.model import Channel
from desktop_app.platform import autostart
from desktop_app.platform.desktop_notify import (
    ACTION_CALL,
    ACTION_DEFAULT,
    ACTION_SNOOZE,
    SNOOZE_MINUTES,
    DesktopNotificationAdapter,
    DesktopNotifier,
    desktop_notifier,
)
from desktop_app.platform.paths import APP_ID
from desktop_app.platform.power import SystemEvents
from desktop_app.platform.tray import (
    Notice,
    NotificationAdapter,
    NotificationChain,
    Tray,
    TrayMessageAdapter,
    app_icon,
    tray_available,
)
from desktop_app.scheduling.popups import Popup, PopupPlan
from desktop_app.scheduling.timers import PopupScheduler
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.queue import QueueCounts
from desktop_app.services.reminders import (
    mark_fired,
    pause_popups,
    paused_until,
    pending_calls,
    popup_inputs,
    popup_settings,
    resume_popups,
)
from desktop_app.services.startup import (
    close_action,
    set_close_action,
    set_start_at_login,
    start_at_login,
)
from desktop_app.services.touches import snooze_touch
from desktop_app.store.store import display_name
from desktop_app.views.calls.call_panel import CallPanel
from desktop_app.views.common.qt_dates import ui_datetime, ui_time, ui_weekday
from desktop_app.views.queue.queue_model import counts_words
from desktop_app.views.shell.book_watcher import BookWatcher
from desktop_app.views.shell.main_window import MainWindow
from desktop_app.views.tray.popup_banner import PopupBanner, slot_words

log = logging.getLogger(__name__)

PAUSE_MINUTES = 60
WAKE_SETTLE_MS = 1_000  # a second look after waking, once the network and clock settle
NEXT_CALL_GRACE = timedelta(minutes=15)  # a call due this recently is still "next"


def bring_forward(widget: QWidget) -> None:
    if QGuiApplication.platformName() == "offscreen":  # nothing to raise, and Qt warns
        return
    widget.raise_()
    widget.activateWindow()


class BannerAdapter:
    """The notification that always works: the window comes forward with the banner."""

    name = "banner"

    def __init__(self, reminders: Reminders) -> None:
        self.reminders = reminders

    def notify(self, notice: Notice) -> bool:
        self.reminders.show_window()
        return True


class Reminders(QObject):
    """Call pop-ups at the agreed minute, the tray, the call panels, closing to the tray."""

    def __init__(self, window: MainWindow, ctx: AppContext, *,
                 use_tray: bool | None = None,
                 monotonic: Callable[[], float] = time.monotonic,
                 notifier: DesktopNotifier | bool | None = True) -> None:
        """``notifier``: True builds the desktop's notifier where there is one (Linux),
        False uses none, or pass one in."""
        super().__init__(window)
        self.setObjectName("reminders")
        self.window = window
        self.ctx = ctx
        self.panels: dict[int, CallPanel] = {}
        # What was shown, and how: the latest only, so a week in the tray does not pile up.
        self.notices: deque[tuple[Notice, str | None]] = deque(maxlen=100)
        self._quitting = False
        self.ask_close: Callable[[], str] = self._ask_close
        self.db_path: Path | None = ctx.store.path

        self.banner = PopupBanner(window)
        self._insert_banner()
        self.banner.open_requested.connect(self.open_call_panel)
        self.banner.snooze_requested.connect(self.snooze)

        use_tray = tray_available() if use_tray is None else use_tray
        self.tray: Tray | None = Tray(self) if use_tray else None
        if notifier is True:  # offscreen (tests, benchmarks) has no desktop to notify
            notifier = (desktop_notifier(self, APP_ID)
                        if QGuiApplication.platformName() != "offscreen" else None)
        self.desktop: DesktopNotifier | None = notifier or None
        adapters: list[NotificationAdapter] = [TrayMessageAdapter(self.tray), BannerAdapter(self)]
        if self.desktop is not None:
            adapters.insert(0, DesktopNotificationAdapter(self.desktop))
            self.desktop.action_invoked.connect(self._desktop_action)
        self.notifier = NotificationChain(adapters)
        if self.tray is not None:
            self.tray.open_requested.connect(self.show_window)
            self.tray.next_call_requested.connect(self.open_call_panel)
            self.tray.pause_toggled.connect(self.set_paused)
            self.tray.start_at_login_toggled.connect(self.set_start_at_login)
            self.tray.quit_requested.connect(self.quit)
            self.tray.message_clicked.connect(self._message_clicked)

        self.scheduler = PopupScheduler(ctx.now, lambda: popup_inputs(ctx),
                                        lambda popups: mark_fired(ctx, popups), self,
                                        monotonic=monotonic)
        self.scheduler.popups_due.connect(self.show_popups)
        self.scheduler.plan_changed.connect(lambda _plan: self.update_tray())
        self.scheduler.resync_timer.timeout.connect(self.check_zone)
        window.changes.changed.connect(self._on_changes)
        window.counts_changed.connect(self.show_counts)
        # Changes made outside this window (another window, the command line) re-plan too.
        self.book_watcher = BookWatcher(ctx, self)
        self.system = SystemEvents(self)
        self.system.woke.connect(self.woke)
        self.system.timezone_changed.connect(self.check_zone)
        self._build_actions()

    # -- construction ----------------------------------------------------------------------

    def _insert_banner(self) -> None:
        central = self.window.takeCentralWidget()
        holder = QWidget(self.window)
        holder.setObjectName("centralWithBanner")
        layout = QVBoxLayout(holder)
        layout.setContentsMargins(6, 4, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.banner)
        if central is not None:
            layout.addWidget(central, 1)
        self.window.setCentralWidget(holder)

    def _build_actions(self) -> None:
        w = self.window
        self.call_action = QAction(tr("&Call panel…"), w)
        self.call_action.setObjectName("callPanelAction")
        self.call_action.setShortcut(QKeySequence("C"))
        self.call_action.setStatusTip(tr("Open the call panel for the selected call"))
        self.call_action.triggered.connect(lambda _c=False: self.open_selected_call())
        w.add_touch_action(self.call_action)
        w.limit_action_to(self.call_action, Channel.CALL)
        w.queue_view.addAction(self.call_action)
        self.call_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        tools = w.menus["tools"]
        tools.addSeparator()
        self.pause_action = QAction(tr("&Pause pop-ups for an hour"), w)
        self.pause_action.setCheckable(True)
        self.pause_action.toggled.connect(self.set_paused)
        tools.addAction(self.pause_action)
        self.popup_settings_action = QAction(tr("Call pop-up &hours and lead time…"), w)
        self.popup_settings_action.setObjectName("popupSettingsAction")
        self.popup_settings_action.setStatusTip(
            tr("When pop-ups come: a lead time, your working hours and days"))
        self.popup_settings_action.triggered.connect(lambda _c=False: self.edit_settings())
        tools.addAction(self.popup_settings_action)
        self.background_action = QAction(tr("&Keep running when the window closes"), w)
        self.background_action.setCheckable(True)
        self.background_action.setChecked(close_action(self.ctx) == "background")
        self.background_action.toggled.connect(
            lambda on: set_close_action(self.ctx, "background" if on else "quit"))
        tools.addAction(self.background_action)
        self.login_action = QAction(tr("Start Tickler at &login"), w)
        self.login_action.setCheckable(True)
        self.login_action.setEnabled(autostart.supported())
        self.login_action.setChecked(start_at_login(self.ctx))
        self.login_action.toggled.connect(self.set_start_at_login)
        tools.addAction(self.login_action)
        if self.tray is not None:
            self.tray.set_start_at_login(start_at_login(self.ctx), autostart.supported())

    def start(self) -> None:
        """Show the tray icon and look for due and missed pop-ups (at start and after)."""
        if self.tray is not None:
            self.tray.icon.setIcon(app_icon())
            self.tray.show()
        self.update_tray()
        self.show_counts(self.window.counts)
        self.scheduler.start()
        self.book_watcher.start()
        self.system.start()

    def stop(self) -> None:
        self.scheduler.stop()
        self.book_watcher.stop()
        if self.desktop is not None:
            self.desktop.close_connection()
        if self.tray is not None:
            self.tray.hide()

    def woke(self) -> None:
        """The machine woke: look now for what came due while it slept, and again a moment
        later, when the network and the clock have settled."""
        self.check_zone()
        self.scheduler.resync()
        from PySide6.QtCore import QTimer

        QTimer.singleShot(WAKE_SETTLE_MS, self, self.scheduler.check)

    def check_zone(self) -> None:
        """The system's time zone may have moved: the rep's zone is read again."""
        self.ctx.reread_machine_zone()

    # -- pop-ups ---------------------------------------------------------------------------

    def show_popups(self, plan: PopupPlan) -> None:
        rep_tz = self.ctx.rep_timezone
        self.banner.add(plan.missed, rep_tz, missed=True)
        self.banner.add(plan.on_time, rep_tz, missed=False)
        notices = [self._notice(p) for p in plan.on_time]
        if plan.missed:
            notices.append(self._missed_notice(plan.missed, rep_tz))
        for notice in notices:
            self.notices.append((notice, self.notifier.notify(notice)))

    def _notice(self, popup: Popup) -> Notice:
        call = popup.call
        if is_valid_zone(call.timezone):
            slot = slot_words(call, call.timezone)
            line = (tr("{slot} their time ({company}).") if call.company
                    else tr("{slot} their time."))
        else:  # a zone this machine does not know: the rep's own clock, said so
            slot = slot_words(call, self.ctx.rep_timezone)
            line = (tr("{slot} your time ({company}).") if call.company
                    else tr("{slot} your time."))
        lines = [line.format(slot=slot, company=call.company)]
        if call.reason:
            lines.append(builtin_words(call.reason))
        return Notice(tr("Call {name} now").format(name=call.prospect), "\n".join(lines),
                      call.touch_id, click_hint=tr("Click to open the call panel."))

    def _missed_notice(self, missed: tuple[Popup, ...], rep_tz: str) -> Notice:
        lines = [f"{ui_weekday(due)} {ui_time(due)}  {p.call.prospect}"
                 for p in missed[:6] for due in [utc_to_local(p.call.due_utc, rep_tz)]]
        if len(missed) > 6:
            lines.append(tr("…and %n more", None, len(missed) - 6))
        title = (tr("A call came due while Tickler was away") if len(missed) == 1
                 else tr("%n calls came due while Tickler was away", None, len(missed)))
        touch_id = missed[0].call.touch_id if len(missed) == 1 else None
        return Notice(title, "\n".join(lines), touch_id)

    def _message_clicked(self, notice: Notice | None) -> None:
        if notice is not None and notice.touch_id is not None:
            self.open_call_panel(notice.touch_id)
        else:
            self.show_window()

    def _desktop_action(self, touch_id: int | None, action: str) -> None:
        """A button on the desktop's notification."""
        if touch_id is None:
            self.show_window()
        elif action == ACTION_SNOOZE:
            self.snooze(touch_id, SNOOZE_MINUTES)
        elif action in (ACTION_CALL, ACTION_DEFAULT):
            self.show_window()
            self.open_call_panel(touch_id)

    def _handled(self, touch_id: int) -> None:
        """The call was logged, snoozed or is gone: its pop-ups come down everywhere."""
        self.banner.remove(touch_id)
        if self.desktop is not None:
            self.desktop.withdraw(touch_id)

    def snooze(self, touch_id: int, minutes: int) -> None:
        try:
            touch = self.ctx.store.get_touch(touch_id)
            if touch is None:
                raise ValidationError(tr("That touch no longer exists."))
            who = self.ctx.store.get_prospect(touch.prospect_id)
            name = who.name if who else display_name("", "")
            due = self.window.undo.run(
                tr("Snooze {minutes} min: {touch} to {name}").format(
                    minutes=minutes, touch=builtin_words(touch.title), name=name),
                touch.prospect_id,
                lambda: snooze_touch(self.ctx, touch_id, minutes))
        except ValidationError as exc:
            self.window.show_message(str(exc), "warning")
            self._handled(touch_id)
            return
        self._handled(touch_id)
        when = utc_to_local(due, self.ctx.rep_timezone)
        self.window.show_message(tr("Snoozed {minutes} min: pops up again at {time}.").format(
            minutes=minutes, time=ui_time(when)))

    # -- call panels -----------------------------------------------------------------------

    def open_selected_call(self) -> CallPanel | None:
        touch = self.window.selected_touch()
        if touch is None:
            return None
        if touch.channel is not Channel.CALL:
            self.window.show_message({
                Channel.EMAIL: tr("The call panel is for calls; this touch is an email."),
                Channel.POST: tr("The call panel is for calls; this touch is a note by post."),
            }.get(touch.channel, tr("The call panel is for calls; this touch is a social "
                                    "touch.")))
            return None
        return self.open_call_panel(touch.id)

    def open_call_panel(self, touch_id: int) -> CallPanel | None:
        panel = self.panels.get(touch_id)
        if panel is None:
            try:
                panel = CallPanel(self.ctx, touch_id, self.window, self.window.changes,
                                  undo=self.window.undo)
            except ValidationError as exc:
                self.window.show_message(str(exc), "warning")
                self._handled(touch_id)
                return None
            self.panels[touch_id] = panel
            panel.destroyed.connect(lambda _o=None, t=touch_id: self.panels.pop(t, None))
            panel.call_logged.connect(self._panel_done)
            panel.snoozed.connect(self._panel_done)
            panel.status_message.connect(self.window.show_message)
        self.window.select_touch(touch_id)
        panel.show()
        bring_forward(panel)
        return panel

    def _panel_done(self, touch_id: int, message: str) -> None:
        self._handled(touch_id)
        self.window.show_message(message)

    # -- tray and settings -----------------------------------------------------------------

    def _on_changes(self, topics: object) -> None:
        """Any change to the book (a snooze, a reschedule, an undo, an edited profile or
        zone, an import, a restore, another window's save) re-plans the pop-ups at once."""
        del topics  # whatever moved, a look costs one bounded query
        self.scheduler.check()
        # one query for every pop-up still up: the calls still pending and due by now
        lead = timedelta(minutes=popup_settings(self.ctx).lead_minutes)
        due = {c.touch_id for c in pending_calls(self.ctx, until=self.ctx.now() + lead)}
        self.banner.prune(due.__contains__)
        if self.desktop is not None:
            for touch_id in {t for t in self.desktop.shown.values() if t is not None} - due:
                self.desktop.withdraw(touch_id)
            if not self.banner.touch_ids() and None in self.desktop.shown.values():
                for notification_id in [n for n, t in self.desktop.shown.items() if t is None]:
                    self.desktop.close_notification(notification_id)

    def show_counts(self, counts: QueueCounts) -> None:
        """The tray's badge and tooltip say what the window's header says, from its query."""
        if self.tray is not None:
            self.tray.set_count(counts.total, counts_words(counts))

    def update_tray(self) -> None:
        until = paused_until(self.ctx)
        rep_tz = self.ctx.rep_timezone
        if until:
            pause_text = menu_text = tr("Pop-ups paused until {time} (click to resume)").format(
                time=ui_time(utc_to_local(until, rep_tz)))
        else:
            pause_text, menu_text = (tr("Pause pop-ups for an hour"),
                                     tr("&Pause pop-ups for an hour"))
        self.pause_action.blockSignals(True)
        self.pause_action.setChecked(until is not None)
        self.pause_action.setText(menu_text)
        self.pause_action.blockSignals(False)
        if self.tray is None:
            return
        self.tray.set_paused(until is not None, pause_text)
        now = self.ctx.now()
        calls = pending_calls(self.ctx, since=now - NEXT_CALL_GRACE, limit=1)
        if not calls:
            self.tray.set_next_call(None, tr("Next call: none planned"))
            return
        call = calls[0]
        local = utc_to_local(call.due_utc, rep_tz)
        when = (ui_time(local) if local.date() == utc_to_local(now, rep_tz).date()
                else ui_datetime(local))
        self.tray.set_next_call(call.touch_id, tr("Next call: {name} · {when}").format(
            name=call.prospect, when=when))

    def edit_settings(self) -> bool:
        """The pop-up settings dialog; True when the rep saved (the scheduler re-plans)."""
        from desktop_app.views.tray.popup_settings_dialog import PopupSettingsDialog

        dialog = PopupSettingsDialog(self.ctx, self.window)
        saved = bool(dialog.exec())
        if saved:
            self.window.show_message(tr("Pop-up settings saved."))
        return saved

    def set_paused(self, paused: bool) -> None:
        if paused:
            until = pause_popups(self.ctx, PAUSE_MINUTES)
            self.window.show_message(
                tr("Pop-ups paused until {time}; calls that come due meanwhile pop up "
                   "together after.").format(
                    time=ui_time(utc_to_local(until, self.ctx.rep_timezone))))
        else:
            resume_popups(self.ctx)
            self.window.show_message(tr("Pop-ups are back on."))

    def set_start_at_login(self, enabled: bool) -> None:
        try:
            message = set_start_at_login(self.ctx, enabled, autostart.launch_command(self.db_path))
        except ValidationError as exc:
            self.window.show_message(str(exc), "warning")
            enabled = start_at_login(self.ctx)
        else:
            self.window.show_message(message)
        for action in (self.login_action, *((self.tray.login_action,) if self.tray else ())):
            action.blockSignals(True)
            action.setChecked(enabled)
            action.blockSignals(False)

    # -- the window ------------------------------------------------------------------------

    def show_window(self) -> None:
        w = self.window
        if w.isMinimized():
            w.showNormal()
        else:
            w.show()
        bring_forward(w)

    def keep_running_on_close(self) -> None:
        """Closing the window hides it (asked once, remembered) instead of quitting."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setQuitOnLastWindowClosed(False)
        self.window.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        # Only the rep closing the window (a spontaneous event from the window manager):
        # Quit (Ctrl+Q, the tray menu) closes windows programmatically and must get through.
        if obj is self.window and event.type() == QEvent.Type.Close and event.spontaneous():
            return self.handle_close(event)
        return False

    def handle_close(self, event: QEvent) -> bool:
        """Hide to the tray or quit, as the rep chose (asked the first time)."""
        if self._quitting:
            return False
        action = close_action(self.ctx)
        if action is None:
            action = self.ask_close()
            set_close_action(self.ctx, action)
            self.background_action.blockSignals(True)
            self.background_action.setChecked(action == "background")
            self.background_action.blockSignals(False)
        if action == "background":
            event.ignore()
            self.window.hide()
            if self.tray is not None and self.tray.is_shown():
                self.tray.show_message(Notice(
                    tr("Tickler is still running"),
                    tr("Call pop-ups come at the agreed minute. Quit from this icon's menu.")))
            return True
        self.quit()
        return False

    def _ask_close(self) -> str:
        if self.tray is not None and self.tray.is_shown():
            question = tr("When you close the window, should Tickler keep running in the "
                          "tray, so call pop-ups still come at the agreed minute?")
        else:
            question = tr("When you close the window, should Tickler keep running in the "
                          "background (start Tickler again to bring the window back), so call "
                          "pop-ups still come at the agreed minute?")
        box = QMessageBox(QMessageBox.Icon.Question, tr("Keep Tickler running?"),
                          question + "\n\n" + tr("Tickler asks this once; change it under "
                                                  "Tools."), parent=self.window)
        keep = box.addButton(tr("Keep running"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Quit"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.exec()
        return "background" if box.clickedButton() is keep else "quit"

    def quit(self) -> None:
        self._quitting = True
        self.stop()
        for panel in list(self.panels.values()):
            panel.close()
        QApplication.quit()

