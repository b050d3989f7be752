"""Building and running the GUI: application, store, context, window, and their wiring."""

from __future__ import annotations

import contextlib
import logging
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import PySide6
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.i18n import tr
from desktop_app.platform.crash import UncleanEnd
from desktop_app.platform.paths import APP_ID, resolve_db_path
from desktop_app.scheduling.day_rollover import DayRollover
from desktop_app.services import AppContext
from desktop_app.store import Store, StoreError
from desktop_app.views.common.changes import QtChanges
from desktop_app.views.common.keyboard import install_keyboard_rules
from desktop_app.views.common.screens import remember_geometry
from desktop_app.views.shell.main_window import MainWindow

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable

log = logging.getLogger(__name__)


def build_window(ctx: AppContext, changes: QtChanges | None = None, *,
                 features: bool = True) -> MainWindow:
    """The main window with everything it needs wired in (tests build it this way too).

    With ``features=False`` only the today queue and an empty prospect list are built; the
    app paints that first and calls ``install_features`` and ``load_prospects`` right after
    (see run_gui).
    """
    changes = changes or QtChanges(ctx.changes)
    install_keyboard_rules(QApplication.instance())
    window = MainWindow(ctx, changes, lazy_prospects=not features)
    remember_geometry(window, ctx, 1240, 700)
    changes.setParent(window)
    rollover = DayRollover(ctx.clock, lambda: ctx.rep_timezone, window)
    rollover.day_changed.connect(lambda _day: window.refresh_queue())
    rollover.tick.connect(window.refresh_queue)
    window.rollover = rollover
    rollover.start()
    if features:
        install_features(window, ctx, changes)
    return window


def install_features(window: MainWindow, ctx: AppContext, changes: QtChanges) -> None:
    """Profile editor, email and outbox, tray and pop-ups, report and data: everything
    beyond the queue. Their modules (smtplib, the report charts…) are imported here, so a
    start-up can paint the queue before paying for them."""
    from desktop_app.views.data.book_guard import install_book_guard
    from desktop_app.views.data.data_feature import install_data_features
    from desktop_app.views.mail.email_feature import install_email
    from desktop_app.views.mail.mailbox_feature import install_mailbox
    from desktop_app.views.notes.hand_touches import install_hand_touches
    from desktop_app.views.profile.profile_actions import install_profile_features
    from desktop_app.views.tray.reminders import install_reminders

    install_profile_features(window)
    install_email(window, ctx)
    install_mailbox(window, ctx)
    install_reminders(window, ctx, changes)
    install_data_features(window, ctx)
    install_hand_touches(window, ctx)
    install_book_guard(window, ctx)


LOG_NAME = "tickler.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


def setup_logging() -> Path | None:
    """Log to the user's log folder, in at most four files of 1 MB (the app runs for weeks),
    readable by the rep alone (0600)."""
    from platformdirs import user_log_path

    from desktop_app.platform.private_files import PrivateRotatingFileHandler, private_folder

    try:
        folder = private_folder(user_log_path("Tickler", appauthor=False))
        path = folder / LOG_NAME
        # 0600 and at most 1 MB, with three older files kept beside it (tickler.log.1…)
        handler = PrivateRotatingFileHandler(path, maxBytes=LOG_MAX_BYTES,
                                             backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(app: QApplication) -> None:
    """An uncaught exception is logged and shown, instead of killing the app silently."""
    showing = False

    def hook(exc_type, exc, tb) -> None:
        nonlocal showing
        log.error("Uncaught exception", exc_info=(exc_type, exc, tb))
        if showing or QApplication.instance() is None:
            return
        showing = True
        try:
            import traceback

            from PySide6.QtWidgets import QMessageBox

            box = QMessageBox(QMessageBox.Icon.Critical, tr("Tickler hit a problem"),
                              tr("Something went wrong, and Tickler has written the details to "
                                 "its log. Your data is safe; you can keep working."))
            box.setDetailedText("".join(traceback.format_exception_only(exc_type, exc)))
            box.exec()
        finally:
            showing = False

    sys.excepthook = hook


class _FirstPaint(QObject):
    """Runs a callback once, right after the watched widget first paints."""

    def __init__(self, widget, callback) -> None:
        super().__init__(widget)
        self._callback = callback
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Type.Paint and self._callback is not None:
            callback, self._callback = self._callback, None
            QTimer.singleShot(0, callback)
        return False


def ask_first_run(args: argparse.Namespace) -> str:
    """'sample' or 'empty' for a brand-new database file."""
    if args.sample:
        return "sample"
    if args.empty:
        return "empty"
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Question, tr("Welcome to Tickler"),
                      tr("This is your first start. Would you like to look around a sample "
                         "book of prospects first, or start with an empty book?"))
    sample = box.addButton(tr("Open the sample book"), QMessageBox.ButtonRole.AcceptRole)
    box.addButton(tr("Start empty"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(sample)
    box.exec()
    return "sample" if box.clickedButton() is sample else "empty"


QUIT_REQUESTED = "ticklerQuitRequested"


def quit_on_termination(app: QApplication) -> Callable[[], None]:
    """SIGTERM (a session logging out, a shutdown, ``kill``) and SIGHUP (the terminal that
    started Tickler closing) quit the way the tray's Quit does: the backup half-way is
    finished, the book closed, and the next start shows no crash notice.

    Python runs a signal handler only when it gets control back, which Qt's event loop in
    C++ would not give it: the signal also writes a byte to a socket, and Qt waking on
    that socket lets Python run the handler at once. Returns what puts things back.
    """
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier

    wanted = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None))
              if s is not None]
    try:
        reader, writer = socket.socketpair()
        reader.setblocking(False)
        writer.setblocking(False)
        old_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except (OSError, ValueError) as exc:  # not the main thread, or no sockets
        log.warning("Tickler cannot catch the system's request to quit: %s", exc)
        return lambda: None

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(512)

    def ask_quit(signum: int, _frame: object) -> None:
        log.info("Quitting on signal %d", signum)
        app.setProperty(QUIT_REQUESTED, True)  # before the main loop runs, quit() is lost
        # exit(), not quit(): it also ends a dialog's loop (the damaged-book or first-run
        # screen at start), which quit() leaves running until the main loop starts
        app.exit(0)

    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)
    notifier.activated.connect(drain)
    before = {number: signal.signal(number, ask_quit) for number in wanted}

    def put_back() -> None:
        for number, handler in before.items():
            signal.signal(number, handler)
        signal.set_wakeup_fd(old_fd)
        app.setProperty(QUIT_REQUESTED, False)
        notifier.setEnabled(False)
        notifier.deleteLater()
        reader.close()
        writer.close()

    return put_back


def claim_single_instance(db_path: Path):
    """The single-instance guard for this database, or None when another Tickler has it
    (it was asked to bring its window forward; if it did not answer, the rep is told)."""
    from desktop_app.platform.single_instance import SingleInstance

    instance = SingleInstance(db_path)
    if instance.claim():
        return instance
    if not instance.answered:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.warning(
            None, tr("Tickler is already running"),
            tr("Another Tickler has {file} open but is not answering. If its window is not on "
               "screen, quit it (or end it from your system's task list) and start Tickler "
               "again.").format(file=db_path.name))
    return None


def set_app_identity(app: QApplication, *, icon: bool = True) -> None:
    """The window and taskbar icon, and the desktop entry it belongs to (see packaging/).

    ``icon=False`` leaves the icon for ``set_app_icon`` (QtSvg and six renderings: run_gui
    sets it right after the queue's first paint).
    """
    app.setDesktopFileName(APP_ID)
    if icon:
        set_app_icon(app)


def set_app_icon(app: QApplication) -> None:
    from desktop_app.platform.tray import app_icon

    app.setWindowIcon(app_icon())


def show_crash_notice(window: MainWindow, ctx: AppContext, last: UncleanEnd) -> QWidget:
    """Tell the rep the last session did not close normally (not modal: work goes on)."""
    from desktop_app.views.shell.crash_notice import CrashNoticeDialog

    notice = CrashNoticeDialog(last, ctx.rep_timezone, ctx.store.count_prospects(), window)
    notice.show()
    return notice


def _recover_at_start(path: Path, detail: str, store: Store | None) -> bool:
    """The damaged-book screen before there is a window; True once a backup is in place
    (``store``, when open, is let go of first and then reopened on the restored book)."""
    from datetime import datetime

    from desktop_app.services.backup import replace_damaged_book
    from desktop_app.views.data.backup_dialogs import DamagedBookDialog

    def restore(backup: Path, _label: str) -> str:
        try:
            replace_damaged_book(path, backup, datetime.now(),
                                 let_go=store.close if store is not None else None)
        finally:
            if store is not None:
                store.reopen()
        return ""

    dialog = DamagedBookDialog(path, detail, restore)
    return dialog.exec() == DamagedBookDialog.DialogCode.Accepted


def open_or_recover(path: Path) -> Store:
    """The book; when SQLite cannot even open it as one, the damaged-book screen first.

    Raises StoreError when it cannot be opened and the rep did not restore a backup.
    """
    from desktop_app.store import DamagedDatabaseError

    try:
        return Store.open(path)
    except DamagedDatabaseError as exc:
        if not _recover_at_start(path, exc.detail, None):
            raise
        return Store.open(path)


def first_window(ctx: AppContext) -> MainWindow | None:
    """The queue window; when reading the queue meets a damaged book, the damaged-book
    screen first (None when the rep quits there instead of restoring a backup)."""
    from desktop_app.store import is_damage

    try:
        return build_window(ctx, features=False)
    except Exception as exc:
        if not is_damage(exc) or ctx.store.path is None:
            raise
        log.error("The book is damaged", exc_info=exc)
        if not _recover_at_start(ctx.store.path, str(exc), ctx.store):
            return None
        ctx.forget_cached_settings()
        return build_window(ctx, features=False)


def run_gui(args: argparse.Namespace) -> int:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("Tickler")
    app.setOrganizationName("Tickler")
    app.setApplicationDisplayName("Tickler")
    set_app_identity(app, icon=False)
    log_path = setup_logging()
    from desktop_app.views.common.language import install_translations

    install_translations(app)
    install_excepthook(app)
    let_signals_go = quit_on_termination(app)
    try:
        return _run_gui(app, args, log_path)
    finally:
        let_signals_go()


def _run_gui(app: QApplication, args: argparse.Namespace, log_path: Path | None) -> int:

    path = resolve_db_path(args.db)
    instance = claim_single_instance(path)
    if instance is None:
        log.info("Tickler is already running on %s", path)
        return 0
    from desktop_app.platform.crash import SessionGuard

    # (the version number waits for the first paint: importlib.metadata costs ~20 ms)
    log.info("Tickler starting on %s (Python %s, PySide6 %s)", path,
             sys.version.split()[0], PySide6.__version__)
    guard = SessionGuard(path, log_path)
    last_session = guard.begin()
    first_run = not path.exists()
    try:
        store = open_or_recover(path)
    except StoreError as exc:
        from PySide6.QtWidgets import QMessageBox

        log.error("could not open %s: %s", path, exc)
        QMessageBox.critical(None, tr("Tickler can't open its data file"), str(exc))
        guard.end()
        return 2
    ctx = AppContext(store)
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
        if args.quit_after_paint:  # for the start-up benchmarks and the packaged smoke test
            print(f"painted_at={time.time():.6f}\npainted_cpu={time.process_time():.6f}",
                  flush=True)
        set_app_icon(app)
        install_features(window, ctx, window.changes)
        from desktop_app.services.stalls import settle_live_plans

        settle_live_plans(ctx)  # a book from before "one live plan per prospect"
        window.load_prospects()
        window.reminders.keep_running_on_close()
        instance.activate_requested.connect(window.reminders.show_window)
        instance.listen()
        from desktop_app import __version__

        log.info("Tickler %s is up", __version__)
        if last_session is not None:
            window.crash_notice = show_crash_notice(window, ctx, last_session)
        window.book_guard.check_now()  # the whole-book check and today's backup, on a worker
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


__all__ = ["build_window", "run_gui"]
