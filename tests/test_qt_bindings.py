"""The Qt bindings must not leak references to None, True or False.

PySide6 6.12.0 on Python 3.11 drops one reference to ``None`` on every call into a Qt
method that returns nothing (and one to ``True`` on a call that returns a bool). The count
runs down as the rep works, and the interpreter aborts when it reaches zero
(``Fatal Python error: none_dealloc``): an untouched window dies within hours from its own
minute tick. This test makes the calls Tickler makes all day, many times over, and fails
on any binding release that moves those counts, so the next upgrade is caught here.

On Python 3.12 and later ``None``, ``True`` and ``False`` are immortal: the counts never
move and the test passes whatever the bindings do (the bug cannot kill the app there).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import pytest

pytestmark = pytest.mark.gui

# Few enough that a leaking release fails the test before the count reaches zero (None
# starts near 5,000 references in a test process, True and False near 600) and kills it.
CALLS = 200
# Real code may keep a few references while it runs (a cached tuple, a frame); a leak moves
# the count by one per call, so anything near CALLS is the bug.
SLACK = CALLS // 10


def _counts() -> dict[str, int]:
    return {"None": sys.getrefcount(None), "True": sys.getrefcount(True),
            "False": sys.getrefcount(False)}


def _drift(call: Callable[[int], object], calls: int = CALLS) -> dict[str, int]:
    for i in range(50):  # let caches and lazy type set-up settle first
        call(i)
    before = _counts()
    for i in range(calls):
        call(i)
    after = _counts()
    return {name: after[name] - before[name] for name in before}


def _ordinary_calls(qtbot):
    """The widgets' parent, and name -> one Qt call of a kind the views make all day."""
    from PySide6.QtCore import QObject, QSortFilterProxyModel, Qt, QTimer, Signal
    from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QWidget

    class Emitter(QObject):
        changed = Signal(object)
        counted = Signal(int)

    holder = QWidget()
    qtbot.addWidget(holder)
    label = QLabel(holder)
    line = QLineEdit(holder)
    action = QAction("Snooze", holder)
    timer = QTimer(holder)
    model = QStandardItemModel(0, 3, holder)
    for row in range(20):
        model.appendRow([QStandardItem(f"r{row}c{c}") for c in range(3)])
    proxy = QSortFilterProxyModel(holder)
    proxy.setSourceModel(model)
    view = QTableView(holder)
    view.setModel(proxy)
    emitter = Emitter(holder)
    received: list[object] = []
    emitter.changed.connect(received.append)
    emitter.counted.connect(lambda n: None)

    def model_calls(i: int) -> object:
        index = model.index(i % 20, i % 3)
        model.setData(index, f"v{i}", Qt.ItemDataRole.DisplayRole)
        return (model.data(index), model.rowCount(), index.isValid(),
                proxy.mapFromSource(index).isValid())

    def signal_calls(i: int) -> None:
        emitter.changed.emit(frozenset({"touches"}))
        emitter.counted.emit(i)
        received.clear()

    calls = {
        "QLabel.setText": lambda i: label.setText(f"{i} touches due"),
        "QWidget.isVisible": lambda i: label.isVisible(),
        "QWidget.setEnabled": lambda i: line.setEnabled(i % 2 == 0),
        "QWidget.setVisible": lambda i: label.setVisible(i % 2 == 0),
        "QAction.setEnabled/isEnabled": lambda i: (action.setEnabled(i % 2 == 1),
                                                   action.isEnabled()),
        "QLineEdit.text/clear": lambda i: (line.setText("ab"), line.text(), line.clear()),
        "QTimer.start/stop/isActive": lambda i: (timer.start(60_000), timer.isActive(),
                                                 timer.stop()),
        "model and index calls": model_calls,
        "QTableView.selectRow/currentIndex": lambda i: (view.selectRow(i % 20),
                                                        view.currentIndex().row()),
        "signal emit to Python slots": signal_calls,
    }
    return holder, calls  # the holder owns the widgets: keep it alive while they are called


def test_ordinary_qt_calls_leave_none_true_and_false_counts_alone(qtbot):
    drifted = {}
    _holder, calls = _ordinary_calls(qtbot)
    for name, call in calls.items():
        drift = _drift(call)
        moved = {k: v for k, v in drift.items() if abs(v) > SLACK}
        if moved:
            drifted[name] = moved
            break  # one is proof enough; more calls would only run the count down
    from PySide6 import __version__ as pyside

    assert not drifted, (
        f"PySide6 {pyside} on Python {sys.version.split()[0]} leaks references over "
        f"{CALLS} calls (a count reaching zero aborts Tickler): {drifted}")


def test_the_main_window_refresh_leaves_the_counts_alone(window):
    """The queue refresh the minute tick runs all day, through the real window (each one
    makes dozens of Qt calls, so a leak shows in far fewer rounds: 6.12.0 lost about 20
    references to None per refresh)."""
    drift = _drift(lambda _i: window.refresh_queue(), calls=20)
    assert all(abs(v) <= SLACK for v in drift.values()), (
        f"20 queue refreshes moved the counts by {drift}: these bindings leak")
