"""The application around the window: its log, its excepthook, quitting on the system's
request, one instance per book, and the screens before the window (the first run, a
damaged book) and beside it (the crash notice). ``desktop_app.composition`` builds and
runs the app with them."""

from __future__ import annotations

import contextlib
import logging
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from desktop_app.domain.i18n import tr
from desktop_app.platform.paths import APP_ID
from desktop_app.services import AppContext
from desktop_app.store import Store
from desktop_app.views.shell.main_window import MainWindow

if TYPE_CHECKING:
    import argparse
    from collections.abc import Callable
    from types import SimpleNamespace, TracebackType

    from desktop_app.platform.crash import UncleanEnd
    from desktop_app.platform.single_instance import SingleInstance

log = logging.getLogger(__name__)


LOG_NAME = "tickler.log"
LOG_MAX_BYTES = 1_000_000
LOG_BACKUPS = 3


class _HeldRecords(logging.Handler):
    """The start's log records, kept until the log file opens right after the queue's first
    paint (``hold_log``): finding the log's folder (platformdirs), making it private and
    opening the file cost ~3 ms of CPU the paint need not wait for."""

    LIMIT = 2_000  # a start that never paints opens the log on a timer anyway

    def __init__(self) -> None:
        super().__init__()
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if len(self.records) < self.LIMIT:
            self.records.append(record)


_opened_log: list[Path | None] = []  # the log file's path once opened (None: it could not be)


def hold_log() -> None:
    """Log from now on, into memory until ``open_log`` opens the file (again: each start
    opens its own)."""
    _opened_log.clear()
    root = logging.getLogger()
    if not any(isinstance(h, _HeldRecords) for h in root.handlers):
        root.addHandler(_HeldRecords())
    root.setLevel(logging.INFO)


def open_log() -> Path | None:
    """The log file held back by ``hold_log``, opened once (what was held is written first);
    its path, or None when it could not be opened or nothing was held."""
    if not _opened_log:
        if not any(isinstance(h, _HeldRecords) for h in logging.getLogger().handlers):
            return None
        _opened_log.append(setup_logging())
    return _opened_log[0]


def setup_logging() -> Path | None:
    """Log to the user's log folder, in at most four files of 1 MB (the app runs for weeks),
    readable by the rep alone (0600). Records held since the start (``hold_log``) go into
    the file first."""
    from platformdirs import user_log_path

    from desktop_app.platform.private_files import PrivateRotatingFileHandler, private_folder

    root = logging.getLogger()
    held = [h for h in root.handlers if isinstance(h, _HeldRecords)]
    for handler in held:
        root.removeHandler(handler)
    try:
        folder = private_folder(user_log_path("Tickler", appauthor=False))
        path = folder / LOG_NAME
        # 0600 and at most 1 MB, with three older files kept beside it (tickler.log.1…)
        file = PrivateRotatingFileHandler(path, maxBytes=LOG_MAX_BYTES,
                                          backupCount=LOG_BACKUPS, encoding="utf-8")
    except OSError:
        return None
    file.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    for handler in held:
        for record in handler.records:
            file.handle(record)
    root.addHandler(file)
    root.setLevel(logging.INFO)
    return path


def install_excepthook(app: QApplication) -> None:
    """An uncaught exception is logged and shown, instead of killing the app silently."""
    showing = False

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
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


def ask_first_run(args: argparse.Namespace | SimpleNamespace) -> str:
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
    C++ would not give it: the signal also writes a byte to a pipe (a socket on Windows),
    and Qt waking on it lets Python run the handler at once. Returns what puts things back.
    """
    import os
    import signal

    from PySide6.QtCore import QSocketNotifier

    wanted = [s for s in (getattr(signal, "SIGTERM", None), getattr(signal, "SIGHUP", None))
              if s is not None]
    try:
        if sys.platform == "win32":  # Python is woken there through a socket only
            import socket

            reader, writer = socket.socketpair()
            reader.setblocking(False)
            writer.setblocking(False)
            take = reader.recv
        else:  # a pipe: the socket module is ~1.5 ms of imports before the first paint
            ends = os.pipe()
            for end in ends:
                os.set_blocking(end, False)
            reader, writer = os.fdopen(ends[0], "rb", 0), os.fdopen(ends[1], "wb", 0)
            take = reader.read
        old_fd = signal.set_wakeup_fd(writer.fileno(), warn_on_full_buffer=False)
    except (OSError, ValueError) as exc:  # not the main thread, or no sockets
        log.warning("Tickler cannot catch the system's request to quit: %s", exc)
        return lambda: None

    def drain() -> None:
        with contextlib.suppress(OSError):
            take(512)

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


def claim_single_instance(db_path: Path) -> SingleInstance | None:
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


def recover_at_start(path: Path, detail: str, store: Store | None) -> bool:
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
