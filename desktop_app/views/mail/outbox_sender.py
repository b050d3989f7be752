"""Sends what the outbox holds, off the UI thread, and reports back through signals."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal

from desktop_app.domain.i18n import tr
from desktop_app.platform.secrets import SecretStore
from desktop_app.platform.smtp import Abort
from desktop_app.services import AppContext
from desktop_app.services.context import TOUCHES
from desktop_app.services.email import keyring_account, load_smtp, login_hold
from desktop_app.services.outbox import OUTBOX, deliver_due, next_due_utc, recover_after_crash
from desktop_app.store import Store
from desktop_app.views.common.background import BackgroundJob, IsCancelled, Progress

log = logging.getLogger(__name__)

RETRY_CHECK_MS = 30_000


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
        # one send pass at a time, on a worker with its own connection to the book
        self._job = BackgroundJob("OutboxSendJob", self)
        self._job.progress.connect(self.message_progress.emit)
        self._job.finished.connect(self._pass_ended)
        self._job.failed.connect(self._pass_ended)
        self._again = False
        self._abort = Abort()
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
        self._job.wait()

    def _check_due(self) -> None:
        if login_hold(self.ctx.store) is not None:
            return  # a refused login is never retried on its own
        due = next_due_utc(self.ctx.store)
        if due is not None and due <= self.ctx.now():
            self.kick()

    def kick(self) -> bool:
        """Start a pass now (or right after the current one). False when it cannot run."""
        if self._job.running:
            self._again = True
            return True
        config = load_smtp(self.ctx)
        if config is None:
            return False
        held = login_hold(self.ctx.store)
        if held is not None:
            self.problem.emit(tr("{held} Emails wait in the Outbox (Ctrl+4) until you enter "
                                 "the password again in Email settings (Ctrl+,).").format(
                held=held))
            return False
        password = None
        if config.username:
            password = self.secrets.get_password(keyring_account(config))
            if password is None:
                self.password_needed.emit(keyring_account(config))
                return self._job.running  # a listener may have got the password and kicked
        self._again = False
        abort = self._abort = Abort()
        clock = self.ctx.clock

        def send(store: Store, progress: Progress, _cancelled: IsCancelled) -> str | None:
            """One pass; what stopped it early, in a word, or None."""
            try:
                deliver_due(store, clock, config, password, progress, abort=abort)
            except Exception as exc:
                log.exception("The outbox sender stopped with an error")
                return str(exc) or type(exc).__name__
            return None

        self._job.start_with_store(self.ctx.store, send)
        return True

    def _pass_ended(self, stopped_by: str | None) -> None:
        """``stopped_by``: what ended the pass early (``failed``'s words when the book could
        not even be opened), or None."""
        if stopped_by:
            self.problem.emit(tr("Sending stopped early ({detail}). Nothing was lost: the "
                                 "messages wait in the Outbox (Ctrl+4), and any Tickler "
                                 "can't be sure went out are marked uncertain.").format(
                detail=stopped_by))
        # No pass runs now, so a message still "sending" was left by one that stopped early:
        # queue it again, or mark it uncertain if the server may already have it.
        recover_after_crash(self.ctx)
        self.ctx.changes.emit(OUTBOX, TOUCHES)
        self.pass_finished.emit()
        if self._again:
            self.kick()
