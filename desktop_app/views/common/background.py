"""Running one long piece of work off the UI thread, with progress and a cancel flag."""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.domain.i18n import tr
from desktop_app.services.context import Cancelled, ValidationError
from desktop_app.store import is_damage

log = logging.getLogger(__name__)

Progress = Callable[[int, int], None]
Work = Callable[[Progress, Callable[[], bool]], Any]


class _Signals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()
    damaged = Signal(object)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, cancel: threading.Event) -> None:
        super().__init__()
        self._work, self._signals, self._cancel = work, signals, cancel

    def run(self) -> None:
        try:
            result = self._work(self._signals.progress.emit, self._cancel.is_set)
        except Cancelled:
            self._signals.cancelled.emit()
        except ValidationError as exc:
            self._signals.failed.emit(str(exc))
        except Exception as exc:  # shown to the rep; the details go to the log
            log.exception("Background work failed")
            if is_damage(exc):
                self._signals.damaged.emit(exc)
            else:
                self._signals.failed.emit(tr("Something went wrong: {error}").format(error=exc))
        else:  # work that finished is reported as finished, even if a cancel came late
            self._signals.finished.emit(result)


class BackgroundJob(QObject):
    """``start(work)`` runs ``work(progress, is_cancelled)`` on a worker thread.

    The work opens its own database connection. Exactly one of ``finished(result)``,
    ``failed(message)`` or ``cancelled()`` follows, on the UI thread.
    """

    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName(name)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)
        self._cancel = threading.Event()
        self._running = False
        self._signals = _Signals(self)
        self._signals.progress.connect(self.progress)
        self._signals.finished.connect(lambda r: self._end(self.finished, r))
        self._signals.failed.connect(lambda m: self._end(self.failed, m))
        self._signals.cancelled.connect(lambda: self._end(self.cancelled))
        self._signals.damaged.connect(self._damaged)

    @property
    def running(self) -> bool:
        return self._running

    def start(self, work: Work) -> None:
        if self._running:
            raise RuntimeError("this job is already running")
        self._cancel = threading.Event()
        self._running = True
        self._pool.start(_Runnable(work, self._signals, self._cancel))

    def cancel(self) -> None:
        self._cancel.set()

    def wait(self, msecs: int = -1) -> bool:
        return bool(self._pool.waitForDone(msecs))

    def _damaged(self, exc: BaseException) -> None:
        """SQLite found the book damaged: the job fails with words, then the error goes to
        the excepthook, where the window's guard shows the damaged-book screen."""
        self._end(self.failed, tr("Your book is damaged: SQLite says “{error}”. Tickler "
                                  "will help you restore a backup.").format(error=exc))
        sys.excepthook(type(exc), exc, exc.__traceback__)

    def _end(self, signal: Any, *args: Any) -> None:
        self._running = False
        signal.emit(*args)
