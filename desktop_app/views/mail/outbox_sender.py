"""Sends what the outbox holds, off the UI thread, and reports back through signals."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal

from desktop_app.platform.secrets import SecretStore
from desktop_app.platform.smtp import Abort, SmtpConfig
from desktop_app.scheduling.clock import Clock
from desktop_app.services import AppContext
from desktop_app.services.context import TOUCHES
from desktop_app.services.email import keyring_account, load_smtp, login_hold
from desktop_app.services.outbox import OUTBOX, deliver_due, next_due_utc, recover_after_crash
from desktop_app.store import Store

log = logging.getLogger(__name__)

RETRY_CHECK_MS = 30_000


class _JobSignals(QObject):
    progress = Signal(int, str)  # outbox id, state
    failed = Signal(str)  # what went wrong, for the log and the status line
    finished = Signal()


class _SendJob(QRunnable):
    """One pass over the due messages, on a worker thread with its own database connection."""

    def __init__(self, path: Path | None, clock: Clock, config: SmtpConfig, password: str | None,
                 signals: _JobSignals, abort: Abort) -> None:
        super().__init__()
        self._path, self._clock, self._config = path, clock, config
        self._password, self._signals, self._abort = password, signals, abort

    def run(self) -> None:
        try:
            if self._path is None:
                raise ValueError("the book is not a file another thread can open")
            store = Store.open(self._path)
            try:
                deliver_due(store, self._clock, self._config, self._password,
                            self._signals.progress.emit, abort=self._abort)
            finally:
                store.close()
        except Exception as exc:
            log.exception("The outbox sender stopped with an error")
            self._signals.failed.emit(str(exc) or type(exc).__name__)
        finally:
            self._password = None
            self._signals.finished.emit()


class OutboxSender(QObject):
    """Starts a send pass when asked (``kick``) and every half minute for due retries.

    A pass may wait up to ten minutes for a slow server's answer to a message; it runs on a
    worker thread, and ``stop`` (Tickler closing) cuts that wait short: a message the
    server had then is marked uncertain, never resent on its own.

    ``message_progress(outbox_id, state)`` reports each message as it starts and ends;
    ``password_needed(account)`` asks the window to get the SMTP password from the rep.
    """

    message_progress = Signal(int, str)
    pass_finished = Signal()
    password_needed = Signal(str)
    problem = Signal(str)  # a pass stopped early; in words for the rep

    def __init__(self, ctx: AppContext, secrets: SecretStore,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("OutboxSender")
        self.ctx = ctx
        self.secrets = secrets
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._running = False
        self._again = False
        self._abort = Abort()
        self._signals = _JobSignals(self)
        self._signals.progress.connect(self.message_progress)
        self._signals.failed.connect(self._on_failed)
        self._signals.finished.connect(self._on_finished)
        self._timer = QTimer(self)
        self._timer.setObjectName("OutboxRetryTimer")
        self._timer.setInterval(RETRY_CHECK_MS)
        self._timer.timeout.connect(self._check_due)

    def start(self) -> None:
        self._timer.start()
        self._check_due()

    def stop(self) -> None:
        self._timer.stop()
        self._abort.request()
        self._pool.waitForDone()

    def _check_due(self) -> None:
        if login_hold(self.ctx.store) is not None:
            return  # a refused login is never retried on its own
        due = next_due_utc(self.ctx.store)
        if due is not None and due <= self.ctx.now():
            self.kick()

    def kick(self) -> bool:
        """Start a pass now (or right after the current one). False when it cannot run."""
        if self._running:
            self._again = True
            return True
        config = load_smtp(self.ctx)
        if config is None:
            return False
        held = login_hold(self.ctx.store)
        if held is not None:
            self.problem.emit(f"{held} Emails wait in the Outbox (Ctrl+4) until you enter "
                              "the password again in Email settings (Ctrl+,).")
            return False
        password = None
        if config.username:
            password = self.secrets.get_password(keyring_account(config))
            if password is None:
                self.password_needed.emit(keyring_account(config))
                return self._running  # a listener may have got the password and kicked
        self._running = True
        self._again = False
        self._abort = Abort()
        self._pool.start(_SendJob(self.ctx.store.path, self.ctx.clock, config, password,
                                  self._signals, self._abort))
        return True

    def _on_failed(self, detail: str) -> None:
        self.problem.emit(f"Sending stopped early ({detail}). Nothing was lost: the messages "
                          "wait in the Outbox (Ctrl+4), and any Tickler can't be sure went "
                          "out are marked uncertain.")

    def _on_finished(self) -> None:
        self._running = False
        # No pass runs now, so a message still "sending" was left by one that stopped early:
        # queue it again, or mark it uncertain if the server may already have it.
        recover_after_crash(self.ctx)
        self.ctx.changes.emit(OUTBOX, TOUCHES)
        self.pass_finished.emit()
        if self._again:
            self.kick()
