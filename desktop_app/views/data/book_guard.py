"""Keeping the book safe while the app runs: the daily backup and check, and damage met.

After the first paint (and again when the day turns) a worker checks the whole book with
SQLite's quick check and makes the day's automatic backup. SQLite's "malformed" or "not a
database" errors, found by that check or raised anywhere (a query on the UI thread, a
worker's job), all meet the one "Your book is damaged" screen, which restores the newest
good backup without writing over the damaged file.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QDialog

from desktop_app.domain.i18n import tr
from desktop_app.scheduling.days import rep_today
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.backup import BackupError, back_up_today, replace_damaged_book
from desktop_app.services.context import PROFILE, PROSPECTS, SETTINGS, STALLS, TOUCHES
from desktop_app.store import DamagedDatabaseError, is_damage
from desktop_app.views.common.background import BackgroundJob
from desktop_app.views.data.backup_dialogs import DamagedBookDialog

if TYPE_CHECKING:
    from desktop_app.views.shell.main_window import MainWindow

log = logging.getLogger(__name__)


class BookGuard(QObject):
    """Owns the daily check-and-backup job and the damaged-book screen for one window.

    The check runs when asked (``check_now``: the app asks right after the first paint,
    and again each time the day turns)."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("BookGuard")
        self.window = window
        self.ctx = ctx
        self.dialog: DamagedBookDialog | None = None
        self.last_backup: Any = None
        self.job = BackgroundJob("DailyBackup", self)
        self.job.finished.connect(self._checked)
        self.job.failed.connect(self._backup_failed)
        self._previous_hook = sys.excepthook
        sys.excepthook = self._hook
        self.destroyed.connect(self._unhook)

    # -- the daily check and backup ---------------------------------------------------------

    def start(self) -> None:
        """Nothing starts by itself: the first check waits for the queue's first paint."""

    def stop(self) -> None:
        """A backup half-way is finished (or dropped) before Tickler quits."""
        self.job.wait()

    def check_now(self) -> bool:
        """Check the book and make today's backup on a worker; False if not started."""
        path = self.ctx.store.path
        if path is None or self.job.running or self.dialog is not None:
            return False
        today = rep_today(self.ctx.now(), self.ctx.rep_timezone)

        def work(_progress: Any, _cancelled: Any) -> tuple[str, Any]:
            try:
                return "ok", back_up_today(path, today)
            except DamagedDatabaseError as exc:
                return "damaged", exc.detail
            except BackupError as exc:
                raise ValidationError(str(exc)) from exc

        self.job.start(work)
        return True

    def _checked(self, result: tuple[str, Any]) -> None:
        state, value = result
        if state == "damaged":
            self.show_damage(value)
        elif value is not None:
            self.last_backup = value

    def _backup_failed(self, message: str) -> None:
        log.warning("Automatic backup: %s", message)
        self.window.show_message(message, "warning")

    # -- damage ------------------------------------------------------------------------------

    def _hook(self, exc_type: type[BaseException], exc: BaseException,
              tb: TracebackType | None) -> None:
        if exc is not None and is_damage(exc):
            log.error("The book is damaged", exc_info=(exc_type, exc, tb))
            self.show_damage(exc.detail if isinstance(exc, DamagedDatabaseError) else str(exc))
            return
        self._previous_hook(exc_type, exc, tb)

    def _unhook(self) -> None:
        if sys.excepthook == self._hook:
            sys.excepthook = self._previous_hook

    def show_damage(self, detail: str) -> DamagedBookDialog | None:
        """The damaged-book screen (once, however many errors arrive while it is up)."""
        if self.dialog is not None:
            return self.dialog
        path = self.ctx.store.path
        if path is None:
            return None
        self.dialog = DamagedBookDialog(path, detail, self._restore, self.window)
        self.dialog.finished.connect(self._closed)
        self.dialog.open()
        return self.dialog

    def _restore(self, backup: Path, label: str) -> str:
        store = self.ctx.store
        assert store.path is not None
        try:  # the damaged file is copied aside before our connection lets go of it
            info, kept = replace_damaged_book(store.path, backup, self.ctx.now(),
                                              let_go=store.close)
        finally:
            store.reopen()  # the restored book, or (if that failed) the damaged one again
        self.ctx.forget_cached_settings()
        self.ctx.changes.emit(PROSPECTS, TOUCHES, STALLS, PROFILE, SETTINGS)
        from desktop_app.services.outbox import hold_after_restore

        hold_after_restore(self.ctx)
        return tr("Restored the backup of {backup} (%n prospect(s)). The damaged book is kept "
                  "as {file}.", None, info.prospects).format(backup=label, file=kept.name)

    def _closed(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        if result == QDialog.DialogCode.Accepted:
            self.window.show_message(dialog.result_message)
        else:
            log.info("The rep quit on a damaged book")
            app = QApplication.instance()
            if app is not None:
                app.quit()
        dialog.deleteLater()

