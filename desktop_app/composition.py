"""The composition root: the one place that builds the running app and wires its parts.

``run_gui`` opens the book (``Store``), builds the ``AppContext`` (the store, the clock, the
change bus the services use), the window with today's queue (``AppWindow``), paints it,
and right after the first paint builds the features beyond the queue (``Features``): the
profile, email, the mailbox, the tray and pop-ups, report and data, the hand touches, the
book's guard. Each feature is a declared, typed field of ``Features``, built here with the
same shape (``Feature(window, ctx, *, options)``, then ``start()``, and ``stop()`` when
Tickler quits); one feature's link to another, and the window's requests to them
(``prospect_requested``, ``call_panel_requested``, ``email_send_requested``), are
connected here, so neither the window nor a feature looks another up.

Tests, the soak and the benchmarks build the window the same way (``build_window``).
Only what the queue's first paint needs is imported at the top: the features' modules
are imported in ``install_features`` (see ARCHITECTURE.md, "The start-up import budget").
"""

from __future__ import annotations

import logging
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple, Protocol

import PySide6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.i18n import tr
from desktop_app.platform import collector
from desktop_app.platform.paths import resolve_db_path
from desktop_app.scheduling.clock import system_clock
from desktop_app.scheduling.day_rollover import DayRollover
from desktop_app.services import AppContext
from desktop_app.store import Store, StoreError
from desktop_app.views.common.changes import QtChanges
from desktop_app.views.common.keyboard import install_keyboard_rules
from desktop_app.views.common.screens import remember_geometry
from desktop_app.views.shell.app import (
    QUIT_REQUESTED,
    ask_first_run,
    claim_single_instance,
    hold_log,
    install_excepthook,
    open_log,
    quit_on_termination,
    recover_at_start,
    set_app_icon,
    set_app_identity,
    show_crash_notice,
)
from desktop_app.views.shell.main_window import MainWindow

if TYPE_CHECKING:
    import argparse
    from types import SimpleNamespace

    from desktop_app.platform.desktop_notify import DesktopNotifier
    from desktop_app.platform.secrets import SecretStore
    from desktop_app.views.data.book_guard import BookGuard
    from desktop_app.views.data.data_feature import DataFeature
    from desktop_app.views.mail.email_feature import EmailFeature
    from desktop_app.views.mail.mailbox_feature import MailboxFeature
    from desktop_app.views.notes.hand_touches import HandTouches
    from desktop_app.views.profile.profile_actions import ProfileFeatures
    from desktop_app.views.tray.reminders import Reminders

log = logging.getLogger(__name__)
START_WAITS_AT_MOST_MS = 10_000  # see finish_start


class Feature(Protocol):
    """A part of the window beyond the queue.

    Built as ``Feature(window, ctx, *, options)``: it adds itself to the window through
    the window's own API (``add_tab``, ``add_touch_action``, ``menus``, ``changes``).
    ``start`` sets it going once every feature is built (timers, workers, watchers);
    ``stop`` ends that when Tickler quits.
    """

    def start(self) -> None: ...

    def stop(self) -> None: ...


class Features(NamedTuple):
    """Everything beyond the queue, each a declared part (built by ``install_features``).
    Immutable, like a frozen dataclass; a NamedTuple because it is defined before the
    queue's first paint, where a frozen dataclass costs ~0.8 ms to make."""

    profile: ProfileFeatures
    email: EmailFeature
    mailbox: MailboxFeature
    reminders: Reminders
    data: DataFeature
    hand_touches: HandTouches
    book_guard: BookGuard

    def all(self) -> tuple[Feature, ...]:
        """In the order they were built (and are started and stopped)."""
        return (self.profile, self.email, self.mailbox, self.reminders, self.data,
                self.hand_touches, self.book_guard)

    def start(self) -> None:
        for feature in self.all():
            feature.start()

    def stop(self) -> None:
        for feature in self.all():
            feature.stop()


class AppWindow(MainWindow):
    """The main window as Tickler runs it: today's queue (``MainWindow``), the day rollover
    that moves it on at midnight and every minute, and (from right after the queue's
    first paint) the ``features``; None until then."""

    def __init__(self, ctx: AppContext, changes: QtChanges, *, lazy_prospects: bool) -> None:
        super().__init__(ctx, changes, lazy_prospects=lazy_prospects)
        remember_geometry(self, ctx, 1240, 700)
        changes.setParent(self)
        self.rollover = DayRollover(ctx.clock, lambda: ctx.rep_timezone, self)
        self.rollover.day_changed.connect(lambda _day: self.refresh_queue())
        self.rollover.tick.connect(self.refresh_queue)
        self.features: Features | None = None
        self.crash_notice: QWidget | None = None

    def stop_features(self) -> None:
        """Tickler is quitting: each feature stops what it runs (a send pass, the mailbox
        watcher, the backup half-way, the pop-up timers)."""
        if self.features is not None:
            self.features.stop()


def build_window(ctx: AppContext, changes: QtChanges | None = None, *,
                 features: bool = True) -> AppWindow:
    """The main window with everything it needs wired in (tests build it this way too).

    With ``features=False`` only the today queue and the hidden tabs' titles are built;
    the app paints that first and calls ``install_features`` (which builds the Upcoming and
    Prospects tabs and the undo history first) and ``load_prospects`` right after (see
    run_gui).
    """
    changes = changes or QtChanges(ctx.changes)
    app = QApplication.instance()
    assert isinstance(app, QApplication), "a window needs the QApplication first"
    install_keyboard_rules(app)
    window = AppWindow(ctx, changes, lazy_prospects=not features)
    window.rollover.start()
    if features:
        install_features(window)
    return window


def install_features(window: AppWindow, *, secrets: SecretStore | None = None,
                     use_tray: bool | None = None,
                     notifier: DesktopNotifier | bool | None = True) -> Features:
    """Profile editor, email and outbox, tray and pop-ups, report and data: everything
    beyond the queue, built, wired to each other and started. Their modules (smtplib, the
    report charts…) are imported here, so a start-up can paint the queue before paying for
    them. ``secrets``, ``use_tray`` and ``notifier`` are for tests (a throwaway keyring
    collection, no tray, no desktop notifications)."""
    from desktop_app.views.data.book_guard import BookGuard
    from desktop_app.views.data.data_feature import DataFeature
    from desktop_app.views.mail.email_feature import EmailFeature
    from desktop_app.views.mail.mailbox_feature import MailboxFeature
    from desktop_app.views.notes.hand_touches import HandTouches
    from desktop_app.views.profile.profile_actions import ProfileFeatures
    from desktop_app.views.tray.reminders import Reminders

    if window.features is not None:
        return window.features
    # first the window's own hidden tabs and undo history: the features add to them
    # (touch keys that work in Upcoming too, the prospect list's double-click, undo)
    window.build_hidden_parts()
    ctx = window.ctx
    profile = ProfileFeatures(window, ctx)
    email = EmailFeature(window, ctx, secrets=secrets)
    mailbox = MailboxFeature(window, ctx, secrets=email.secrets)
    reminders = Reminders(window, ctx, use_tray=use_tray, notifier=notifier)
    data = DataFeature(window, ctx)
    hand_touches = HandTouches(window, ctx)
    book_guard = BookGuard(window, ctx)
    built = Features(profile, email, mailbox, reminders, data, hand_touches, book_guard)

    # what the window asks of them, and one feature's news to another
    window.prospect_requested.connect(profile.open_editor)
    window.call_panel_requested.connect(reminders.open_call_panel)
    window.email_send_requested.connect(email.send_selected)
    email.sender.pass_finished.connect(mailbox.watcher.kick)  # a reply may follow a send
    window.rollover.day_changed.connect(lambda _day: book_guard.check_now())
    app = QApplication.instance()
    if app is not None:  # (a slot of the window: it goes with the window)
        app.aboutToQuit.connect(window.stop_features)
    window.features = built
    built.start()
    return built


class _FirstPaint(QObject):
    """Runs a callback once, right after the watched widget first paints."""

    def __init__(self, widget: QWidget, callback: Callable[[], None]) -> None:
        super().__init__(widget)
        self._callback: Callable[[], None] | None = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
        return False


def open_or_recover(path: Path) -> Store:
    """The book; when SQLite cannot even open it as one, the damaged-book screen first.

    Raises StoreError when it cannot be opened and the rep did not restore a backup.
    """
    from desktop_app.store import DamagedDatabaseError

    try:
        return Store.open(path)
    except DamagedDatabaseError as exc:
        finish_start()  # a screen before the window: the log is written from now on
        if not recover_at_start(path, exc.detail, None):
            raise
        return Store.open(path)


def first_window(ctx: AppContext) -> AppWindow | None:
    """The queue window; when reading the queue meets a damaged book, the damaged-book
    screen first (None when the rep quits there instead of restoring a backup)."""
    from desktop_app.store import is_damage

    try:
        return build_window(ctx, features=False)
    except Exception as exc:
        if not is_damage(exc) or ctx.store.path is None:
            raise
        log.error("The book is damaged", exc_info=exc)
        finish_start()
        if not recover_at_start(ctx.store.path, str(exc), ctx.store):
            return None
        ctx.forget_cached_settings()
        return build_window(ctx, features=False)


def finish_start() -> Path | None:
    """What the start leaves until the queue has painted: Python's garbage collector runs
    again (paused by ``main``; see ``desktop_app.platform.collector``) and the log file
    opens, with what the start logged before it written first. Called right after the
    first paint, before any screen the start shows ahead of the window (the first-run
    question, the damaged-book screen), after ``START_WAITS_AT_MOST_MS`` in any case, and
    on the way out; only the first call does anything.
    Returns the log's path (None when it cannot be written)."""
    collector.resume()
    return open_log()


def run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    QTimer.singleShot(START_WAITS_AT_MOST_MS, finish_start)  # if the paint is that late
    app.setApplicationName("Tickler")
    app.setOrganizationName("Tickler")
    app.setApplicationDisplayName("Tickler")
    set_app_identity(app, icon=False)
    hold_log()  # the log file opens right after the first paint (finish_start)
    from desktop_app.views.common.language import install_translations

    install_translations(app)
    install_excepthook(app)
    let_signals_go = quit_on_termination(app)
    try:
        return _run_gui(app, args)
    finally:
        let_signals_go()
        finish_start()


def _run_gui(app: QApplication, args: argparse.Namespace | SimpleNamespace) -> int:

    path = resolve_db_path(args.db)
    instance = claim_single_instance(path)
    if instance is None:
        log.info("Tickler is already running on %s", path)
        return 0
    from desktop_app.platform.crash import SessionGuard

    # (the version number waits for the first paint: importlib.metadata costs ~20 ms)
    log.info("Tickler starting on %s (Python %s, PySide6 %s)", path,
             sys.version.split()[0], PySide6.__version__)
    guard = SessionGuard(path, None)  # (the log's path once it is open)
    guard.open()  # this session's marker, with faulthandler; its details after the paint
    first_run = not path.exists()
    try:
        store = open_or_recover(path)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        log.error("could not open %s: %s", path, exc)
        finish_start()
        QMessageBox.critical(None, tr("Tickler can't open its data file"), str(exc))
        guard.end()
        return 2
    ctx = AppContext(store, system_clock)
    if first_run:
        finish_start()  # (a new book: nothing to race)
    if first_run and ask_first_run(args) == "sample":
        from desktop_app.services.sample import write_sample_book

        write_sample_book(ctx)

    window = first_window(ctx)
    if window is None:  # the rep quit on the damaged-book screen: not a crash
        store.close()
        instance.close()
        guard.end()
        return 3
    window.show()

    def after_first_paint() -> None:
        assert window is not None and instance is not None
        if args.quit_after_paint:  # for the start-up benchmarks and the packaged smoke test
            print(f"painted_at={time.time():.6f}\npainted_cpu={time.process_time():.6f}",
                  flush=True)
        log_path = finish_start()
        set_app_icon(app)
        features = install_features(window)
        from desktop_app.services.stalls import settle_live_plans

        settle_live_plans(ctx)  # a book from before "one live plan per prospect"
        window.load_prospects()
        features.reminders.keep_running_on_close()
        instance.activate_requested.connect(features.reminders.show_window)
        instance.listen()
        from desktop_app import __version__

        log.info("Tickler %s is up", __version__)
        guard.log_path = log_path
        last_session = guard.begin()
        if last_session is not None:
            window.crash_notice = show_crash_notice(window, ctx, last_session)
        features.book_guard.check_now()  # the whole-book check and today's backup, on a worker
        if args.screenshot:
            def save() -> None:
                window.grab().save(args.screenshot)
                app.quit()

            QTimer.singleShot(300, save)
        elif args.quit_after_paint:
            QTimer.singleShot(0, app.quit)

    # The queue paints first; the rest of the window arrives straight after.
    _FirstPaint(window.queue_view.viewport(), after_first_paint)
    code = 0 if app.property(QUIT_REQUESTED) else app.exec()
    # The hook's closure would keep the window alive into interpreter shutdown, where
    # PySide6 6.12 on Python 3.11 tears a large queue down out of order and aborts
    # ("bool_dealloc") after the rep has quit.
    sys.excepthook = sys.__excepthook__
    instance.close()
    store.close()
    guard.end()
    log.info("Tickler closed normally")
    return int(code)


__all__ = ["AppWindow", "Feature", "Features", "build_window", "install_features", "run_gui"]
