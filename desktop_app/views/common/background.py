"""Running one long piece of work off the UI thread, with its own store, progress and a
cancel flag.

A SQLite connection belongs to the thread that opened it, and the window's own must stay
free for the window: work off the UI thread opens a ``Store`` of its own on the same book
(``own_store``), and its writes reach the window through the next refresh. Two ways in:

- ``BackgroundJob.start_with_store(book, work)`` for one piece of work (an import, an
  export, a report, a send pass): ``work(store, progress, is_cancelled)`` runs on a worker
  thread; ``progress``, then exactly one of ``finished``, ``failed`` or ``cancelled``
  arrive on the UI thread;
- ``own_store(book)`` for a thread that lives on (the mailbox watcher), around each look.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, SignalInstance

from desktop_app.domain.i18n import tr
from desktop_app.services.context import Cancelled, ValidationError
from desktop_app.store import Store, is_damage

log = logging.getLogger(__name__)

# (done, total) for a count; some work reports another pair (the outbox sender: a message's
# id and its new state)
Progress = Callable[[Any, Any], None]
IsCancelled = Callable[[], bool]
Work = Callable[[Progress, IsCancelled], Any]
StoreWork = Callable[[Store, Progress, IsCancelled], Any]


@contextmanager
def own_store(book: Store) -> Iterator[Store]:
    """A ``Store`` of the calling thread's own on ``book``'s file, closed when done.

    An in-memory book (some tests) has no file to open again: its one connection is
    shared instead.
    """
    if book.path is None:
        yield book
        return
    store = Store.open(book.path)
    try:
        yield store
    finally:
        store.close()


class _Signals(QObject):
    progress = Signal(object, object)
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
        finally:
            self._work = _done  # let go of what the work held (a password, a large file)


def _done(_progress: Progress, _cancelled: IsCancelled) -> None:
    return None


class BackgroundJob(QObject):
    """Runs one piece of work at a time on a worker thread of its own.

    ``start_with_store(book, work)`` runs ``work(store, progress, is_cancelled)`` with a
    store of its own on ``book``'s file (opened and closed on the worker);
    ``start(work)`` runs ``work(progress, is_cancelled)`` for work that needs no store
    (it reads a file, or talks to a server). Exactly one of ``finished(result)``,
    ``failed(message)`` or ``cancelled()`` follows, on the UI thread. A ``ValidationError``
    is a refusal in the rep's words (its message is ``failed``'s); ``Cancelled`` is a
    cancel; SQLite finding the book damaged reaches the damaged-book screen.
    """

    progress = Signal(object, object)
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

    def start_with_store(self, book: Store, work: StoreWork) -> None:
        """``work(store, progress, is_cancelled)`` with a store of its own on ``book``."""

        def run(progress: Progress, cancelled: IsCancelled) -> Any:
            with own_store(book) as store:
                return work(store, progress, cancelled)

        self.start(run)

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

    def _end(self, signal: SignalInstance, *args: Any) -> None:
        self._running = False
        signal.emit(*args)
