"""A working day and more, compressed: the soak the CI and the packaged app both run.

    tickler --soak REPORT.json [--db PATH] [--soak-keys N] [--soak-minutes M]

The real main window, with every feature, on the sample book (written into ``--db`` when
that file is new, else a temporary one) takes thousands of queue keys as a rep would press
them: moving, opening and closing profiles, snoozing, rescheduling through the dialog,
marking touches done, logging calls in the call panel, undo when the window has it. In
between, the app's injected clock moves minute by minute through a whole day and past
midnight, firing the minute tick, the pop-up scheduler and the day rollover, and the
pop-ups that come due are snoozed or opened from the banner. Modal dialogs are answered as
a rep would (a reschedule is moved a day on and accepted; a message box is read and
closed).

At the end the window must be alive and consistent: the queue it shows is the queue the
database holds, nothing raised, nothing was logged as an error, and Python's object count,
the process's memory and the reference counts of None/True/False grew no more than a
small bound after the warm-up. The report (JSON) holds the figures and any problems; the
exit code is 0 when every check holds, 1 when one fails.

Hidden from ``--help``: it is a check for maintainers (tests/test_soak.py runs it in its
own process; tests/test_packaging.py runs it in the built app), not something a rep needs.
"""

from __future__ import annotations

import gc
import json
import logging
import random
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QEvent, QEventLoop, QObject, QTimer, QtMsgType
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QDialog, QMenu, QMessageBox, QWidget

from .domain.localtime import utc_to_local
from .domain.model import CallOutcome, SlotQuality, StallKind
from .scheduling.clock import MovableClock
from .services import AppContext, ValidationError
from .services.queue import queue_for_day
from .services.sample import write_sample_book
from .services.stalls import StallRequest, log_stall
from .store import Store

if TYPE_CHECKING:
    from PySide6.QtTest import QTest

    from .composition import AppWindow

log = logging.getLogger(__name__)

# A Monday 07:30 in London: the day runs through office hours, midnight and into Tuesday.
START = datetime(2026, 11, 23, 7, 30, tzinfo=UTC)
REP_ZONE = "Europe/London"

# Bounds after the warm-up (the first tenth): a leak of one object per key or tick shows
# as thousands; caches filling up (fonts, Qt's style, sqlite's statements) stay well under.
MAX_OBJECT_GROWTH = 4000
MAX_QT_OBJECT_GROWTH = 100
MAX_RSS_GROWTH_MB = 40.0
MAX_REFCOUNT_DRIFT = 500  # a leak like PySide6 6.12.0's moves None by tens of thousands
# What the offscreen platform says about what it cannot do: not the app's warnings
# ("does not support raise()", "grabbing the keyboard"…): the offscreen platform has no
# window manager to ask.
IGNORED_QT_MESSAGES = ("This plugin does not support",)

# Keys and how often a rep presses them (weights). "banner" is a click on a pop-up's row.
KEYS: tuple[tuple[str, int], ...] = (
    ("Down", 22), ("Up", 10), ("PgDown", 3), ("Home", 3), ("End", 2),
    ("O", 6), ("S", 9), ("Shift+S", 3), ("R", 7), ("D", 8), ("C", 5), ("Ctrl+Z", 4),
    ("Ctrl+2", 2), ("Ctrl+1", 3), ("banner", 4),
)
REASON = "Your maintenance contract ends on 31 January; the renewal price is ready."


@dataclass
class Sample:
    objects: int
    qt_objects: int  # Python wrappers of live QObjects: a widget or dialog left behind shows
    rss_mb: float | None
    refcounts: dict[str, int]
    types: Counter[str] = field(repr=False)


def rss_mb() -> float | None:
    """The process's resident memory now (Linux), or None where /proc is not there."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return None
    import os

    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6


def take_sample() -> Sample:
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    objects = gc.get_objects()
    types = Counter(type(o).__name__ for o in objects)
    qt_objects = sum(1 for o in objects if isinstance(o, QObject))
    sample = Sample(len(objects), qt_objects, rss_mb(), {
        "None": sys.getrefcount(None), "True": sys.getrefcount(True),
        "False": sys.getrefcount(False)}, types)
    del objects
    return sample


class _ErrorLog(logging.Handler):
    """Keeps every ERROR the app logs (a listener or the scheduler swallowing a failure)."""

    def __init__(self) -> None:
        super().__init__(logging.ERROR)
        self.records: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(self.format(record))


def _qtest() -> type[QTest] | None:
    try:
        from PySide6.QtTest import QTest
    except ImportError:  # the packaged app leaves QtTest out: keys go to the shortcuts
        return None
    return QTest


class Soak(QObject):
    """Presses the keys and moves the clock, one step per turn of the event loop."""

    def __init__(self, app: QApplication, ctx: AppContext, clock: MovableClock,
                 window: AppWindow, keys: int, minutes: int, seed: int) -> None:
        super().__init__(window)
        assert window.features is not None, "the soak drives the window with every feature"
        self.features = window.features
        self.app = app
        # Its own loop, not app.exec(): QApplication.quit() would close the window first.
        self.loop = QEventLoop(self)
        self.ctx = ctx
        self.clock = clock
        self.window = window
        self.keys = keys
        self.minutes = minutes
        self.random = random.Random(seed)
        self.step = 0
        self.ticks = 0
        self.pressed: Counter[str] = Counter()
        self.events: Counter[str] = Counter()
        self.problems: list[str] = []
        self.messages: Counter[str] = Counter()
        self.triggered: Counter[str] = Counter()  # the window's actions the keys reached
        self.warm: Sample | None = None
        self.started = time.monotonic()
        self.days = {utc_to_local(clock(), REP_ZONE).date()}
        self.qtest = _qtest()
        self.undo = self._find_undo()
        self.names, self.weights = zip(*[(k, w) for k, w in KEYS
                                         if k != "Ctrl+Z" or self.undo is not None],
                                       strict=True)
        self.timer = QTimer(self)
        self.timer.setObjectName("soakStep")
        self.timer.setInterval(0)
        self.timer.timeout.connect(self._turn)
        # Modal dialogs run their own event loop: this answers them from inside it.
        self.answerer = QTimer(self)
        self.answerer.setObjectName("soakAnswerModal")
        self.answerer.setInterval(5)
        self.answerer.timeout.connect(self._answer_modal)

    def _find_undo(self) -> Any:
        """The window's Undo action (Ctrl+Z), when this version has one."""
        undo = QKeySequence(QKeySequence.StandardKey.Undo)
        for action in self.window.findChildren(QAction):
            if any(s.matches(undo) == QKeySequence.SequenceMatch.ExactMatch
                   for s in action.shortcuts()):
                return action
        return None

    # -- driving ----------------------------------------------------------------------------

    def start(self) -> None:
        for action in self.window.findChildren(QAction):
            if action.shortcuts():
                name = action.text().replace("&", "")
                action.triggered.connect(
                    lambda _c=False, n=name: self.triggered.update([n]))
        self.window.tabs.setCurrentIndex(0)
        self.window.activateWindow()
        self.window.queue_view.setFocus()
        self.timer.start()
        self.answerer.start()

    def _turn(self) -> None:
        try:
            self._do_step()
        except Exception as exc:  # a failure in the soak itself, or one the app let through
            log.exception("soak step %d failed", self.step)
            self.problems.append(f"step {self.step}: {type(exc).__name__}: {exc}")
            self.timer.stop()
            self.loop.quit()

    def _do_step(self) -> None:
        if self.step == max(1, self.keys // 10):
            self.warm = take_sample()
        if self.step >= self.keys:
            self.timer.stop()
            self.answerer.stop()
            self.loop.quit()
            return
        self.step += 1
        if self.window.tabs.currentIndex() not in (0, self.window.prospects_tab_index):
            self.window.tabs.setCurrentIndex(0)
        if self.window.queue_model.rowCount() < 3:
            self._log_a_stall()
        name = self.random.choices(self.names, self.weights)[0]
        self._press(name)
        if not self.window.isVisible() and "window hidden" not in self.events:
            self.events["window hidden"] += 1
            self.problems.append(f"step {self.step}: the window went away after {name}")
        while self.ticks < self.step * self.minutes // self.keys:
            self._tick()

    def _press(self, name: str) -> None:
        self.pressed[name] += 1
        if name == "banner":
            self._banner()
            return
        if not self.window.isActiveWindow():  # a closed panel or profile had the focus
            self.window.activateWindow()
            QCoreApplication.processEvents()
        view = self.window.queue_view
        if name in ("D", "C", "S", "R", "O", "Shift+S", "Ctrl+Z", "Down", "Up", "PgDown",
                    "Home", "End"):
            if self.window.tabs.currentIndex() != 0:
                self.window.tabs.setCurrentIndex(0)
            view.setFocus()
        self._key(view, name)
        self._after_key(name)

    def _key(self, widget: QWidget, name: str) -> None:
        combo = QKeySequence(name)[0]  # type: ignore[index]  # (not in PySide6's stubs)
        key, modifiers = combo.key(), combo.keyboardModifiers()
        if self.qtest is not None:
            self.qtest.keyClick(widget, key, modifiers)
            return
        # Without QtTest: the action the shortcut would trigger, else the key event itself.
        sequence = QKeySequence(name)
        for holder in (widget, self.window):
            for action in holder.actions():
                if action.isEnabled() and any(s.matches(sequence) == QKeySequence.
                                              SequenceMatch.ExactMatch
                                              for s in action.shortcuts()):
                    action.trigger()
                    return
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers))

    def _after_key(self, name: str) -> None:
        """Close what the key opened, as the rep would after a look (or log the call)."""
        if name == "Shift+S":
            menu = self.window.snooze_menu
            if menu.isVisible():
                actions = [a for a in menu.actions() if not a.isSeparator()]
                menu.hide()
                if actions and self.random.random() < 0.5:
                    self.random.choice(actions).trigger()
                    self.events["snooze menu"] += 1
        for panel in list(self.features.reminders.panels.values()):
            self._finish_call(panel)
        for editor in list(self.features.profile.editors.values()):
            if self.random.random() < 0.3:
                editor.notes.setPlainText(f"Soak note {self.step}: prefers mornings.")
                if editor.save():
                    self.events["profile saved"] += 1
            editor.close()
            self.events["profile closed"] += 1
        for menu in self.window.findChildren(QMenu):
            if menu.isVisible():
                menu.hide()

    def _finish_call(self, panel: Any) -> None:
        roll = self.random.random()
        if roll < 0.35:
            panel.close()
            self.events["call panel closed"] += 1
            return
        if not panel.reason_edit.toPlainText().strip():
            panel.reason_edit.setPlainText(REASON)
        outcome = (CallOutcome.NO_ANSWER if roll < 0.6 else CallOutcome.VOICEMAIL
                   if roll < 0.85 else CallOutcome.CONVERSATION)
        if panel.log_outcome(outcome):
            self.events[f"call {outcome.value}"] += 1
        else:
            panel.close()
            self.events["call refused"] += 1

    def _banner(self) -> None:
        banner = self.features.reminders.banner
        ids = banner.touch_ids()
        if not ids:
            return
        touch_id = self.random.choice(ids)
        if self.random.random() < 0.6:
            self.features.reminders.snooze(touch_id, self.random.choice((5, 10, 30)))
            self.events["pop-up snoozed"] += 1
        else:
            self.features.reminders.open_call_panel(touch_id)
            self.events["pop-up opened"] += 1
            for panel in list(self.features.reminders.panels.values()):
                self._finish_call(panel)

    def _answer_modal(self) -> None:
        from .views.plans.reschedule_dialog import RescheduleDialog

        widget = QApplication.activeModalWidget()
        if widget is None:
            return
        if isinstance(widget, QMessageBox):  # a question: any of its answers, as a rep would
            self.messages[widget.windowTitle()] += 1
            buttons = widget.buttons()
            if buttons:
                self.random.choice(buttons).click()
            else:
                widget.done(0)
        elif isinstance(widget, RescheduleDialog):
            widget.when.setDateTime(widget.when.dateTime().addDays(1))
            widget.accept()
            if widget.isVisible():  # refused: the dialog says why; the rep cancels
                self.events["reschedule refused"] += 1
                widget.reject()
            else:
                self.events["rescheduled"] += 1
        elif isinstance(widget, QDialog):
            self.events[f"closed {type(widget).__name__}"] += 1
            widget.reject()

    def _log_a_stall(self) -> None:
        """The rep logs a new stall when the queue runs low (through the service)."""
        rows = self.ctx.store.search_prospects("", limit=100_000)  # every live prospect
        if not rows:
            return
        chosen = self.random.choice(rows)
        prospect_id, tz = chosen.id, chosen.timezone
        slot = utc_to_local(self.clock() + timedelta(minutes=90), tz).replace(
            tzinfo=None, second=0, microsecond=0)
        try:
            log_stall(self.ctx, StallRequest(prospect_id, StallKind.LATER,
                                             "Call me back later today.", slot,
                                             SlotQuality.BOOKED))
            self.events["stall logged"] += 1
        except ValidationError as exc:
            self.events[f"stall refused: {exc}"[:60]] += 1

    def _tick(self) -> None:
        """One minute of the day: the clock moves; the minute tick and the pop-up resync run.
        The first time it is 23:00 the laptop sleeps until 07:00: the clock jumps 8 hours."""
        self.ticks += 1
        now = self.clock.advance(minutes=1)
        if utc_to_local(now, REP_ZONE).hour == 23 and "slept overnight" not in self.events:
            now = self.clock.advance(hours=8)
            self.events["slept overnight"] += 1
        self.days.add(utc_to_local(now, REP_ZONE).date())
        self.window.rollover.check()
        self.window.rollover.tick.emit()
        self.features.reminders.scheduler.resync()

    # -- the verdict -------------------------------------------------------------------------

    def consistency(self) -> list[str]:
        problems = []
        self._tick()
        QCoreApplication.processEvents()
        shown = [r.id for r in self.window.queue_model.rows()]
        stored = [r.id for r in queue_for_day(self.ctx)]
        if shown != stored:
            problems.append(f"the queue shows {len(shown)} touches, the book holds "
                            f"{len(stored)} (first differences: "
                            f"{sorted(set(shown) ^ set(stored))[:10]})")
        today = utc_to_local(self.clock(), REP_ZONE)
        heading = self.window.queue_heading.text()
        if f"{today:%A %d %B}" not in heading:
            problems.append(f"the heading says {heading!r} on {today:%A %d %B}")
        if self.window.queue_model.rowCount() and f"{len(shown)} touch" not in \
                self.window.queue_summary.text():
            problems.append(f"the summary says {self.window.queue_summary.text()!r}")
        if not self.window.isVisible():
            problems.append(f"the window is gone (hidden: {self.window.isHidden()}, "
                            f"active: {QApplication.activeWindow()})")
        return problems


def _qt_messages(problems: list[str]) -> Callable[[QtMsgType, object, str], None]:
    def handler(kind: QtMsgType, _context: object, message: str) -> None:
        if kind == QtMsgType.QtDebugMsg or kind == QtMsgType.QtInfoMsg:
            return
        if any(part in message for part in IGNORED_QT_MESSAGES):
            return
        problems.append(f"Qt {kind.name}: {message}")

    return handler


def run_soak(report: Path, db: str | None, keys: int, minutes: int, seed: int = 22) -> int:
    from PySide6.QtCore import qInstallMessageHandler

    from .composition import build_window

    started = time.monotonic()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Tickler")
    app.setQuitOnLastWindowClosed(False)
    qt_problems: list[str] = []
    qInstallMessageHandler(_qt_messages(qt_problems))
    errors = _ErrorLog()
    logging.getLogger().addHandler(errors)
    raised: list[str] = []

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        import traceback

        raised.append("".join(traceback.format_exception(exc_type, exc, tb))[-1500:])

    sys.excepthook = hook
    scratch = None
    if db is None:
        scratch = tempfile.TemporaryDirectory(prefix="tickler-soak-")
        db = str(Path(scratch.name) / "soak.sqlite3")
    clock = MovableClock(START)
    store = Store.open(Path(db))
    ctx = AppContext(store, clock)
    ctx.set_rep_timezone(REP_ZONE)
    if not store.count_prospects():
        write_sample_book(ctx)
    window = build_window(ctx)
    window.show()
    soak = Soak(app, ctx, clock, window, keys, minutes, seed)
    first = take_sample()
    soak.start()
    soak.loop.exec()
    problems = list(soak.problems)
    problems += soak.consistency()
    end = take_sample()
    warm = soak.warm or first
    growth = end.objects - warm.objects
    if growth > MAX_OBJECT_GROWTH:
        grown = (end.types - warm.types).most_common(8)
        problems.append(f"Python objects grew by {growth} after the warm-up: {grown}")
    qt_growth = end.qt_objects - warm.qt_objects
    if qt_growth > MAX_QT_OBJECT_GROWTH:
        grown = [(n, c) for n, c in (end.types - warm.types).most_common(40)
                 if n[:1] == "Q" or n.endswith(("Dialog", "Panel", "Row"))][:8]
        problems.append(f"{qt_growth} more Qt objects than after the warm-up: {grown}")
    rss_growth = (end.rss_mb - warm.rss_mb) if end.rss_mb and warm.rss_mb else None
    if rss_growth is not None and rss_growth > MAX_RSS_GROWTH_MB:
        problems.append(f"memory grew by {rss_growth:.1f} MB after the warm-up")
    drift = {k: end.refcounts[k] - warm.refcounts[k] for k in end.refcounts}
    # Only a fall is fatal: a count that reaches zero aborts the interpreter. (6.11.3 keeps
    # one extra reference to None per widget or connection made, which costs nothing.)
    if any(v < -MAX_REFCOUNT_DRIFT for v in drift.values()):
        problems.append(f"reference counts fell: {drift} (the Qt bindings drop references; "
                        "one reaching zero aborts Tickler)")
    problems += [f"uncaught exception: {text}" for text in raised]
    problems += [f"logged error: {text}" for text in errors.records]
    problems += qt_problems
    from PySide6 import __version__ as pyside

    from . import __version__

    result = {
        "ok": not problems,
        "problems": problems,
        "tickler": __version__, "python": sys.version.split()[0], "pyside6": pyside,
        "frozen": bool(getattr(sys, "frozen", False)),
        "keys_via": "QTest" if soak.qtest is not None else "shortcut actions",
        "undo_available": soak.undo is not None,
        "keys": soak.step, "minute_ticks": soak.ticks, "days_seen": len(soak.days),
        "pressed": dict(soak.pressed), "actions": dict(soak.triggered),
        "events": dict(soak.events),
        "message_boxes": dict(soak.messages),
        "queue_rows_at_end": window.queue_model.rowCount(),
        "objects": {"start": first.objects, "after_warm_up": warm.objects,
                    "end": end.objects, "growth": growth,
                    "qt_growth": qt_growth,
                    "grown_types": dict((end.types - warm.types).most_common(10))},
        "rss_mb": {"start": first.rss_mb, "after_warm_up": warm.rss_mb, "end": end.rss_mb,
                   "growth": rss_growth},
        "refcount_drift": drift,
        "seconds": round(time.monotonic() - started, 1),
    }
    report.write_text(json.dumps(result, indent=2, default=str), encoding="utf-8")
    print(f"soak: {'ok' if result['ok'] else 'FAILED'}; {soak.step} keys, {soak.ticks} "
          f"minutes in {result['seconds']} s; report: {report}", flush=True)
    for problem in problems:
        print(f"soak problem: {problem}", flush=True)
    window.rollover.stop()
    soak.features.reminders.stop()
    window.close()
    sys.excepthook = sys.__excepthook__
    store.close()
    if scratch is not None:
        scratch.cleanup()
    return 0 if result["ok"] else 1


__all__ = ["run_soak"]
