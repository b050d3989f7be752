"""Keyboard only: Tab walks every window's controls and comes back to where it started."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractItemView, QPlainTextEdit, QWidget

from tests.desktop_helpers import open_windows, sample_book

pytestmark = pytest.mark.gui


def owner(widget: QWidget) -> QWidget:
    """A spin box's or combo box's inner line edit stands for the box itself."""
    while widget.parentWidget() is not None and widget.parentWidget().focusProxy() is widget:
        widget = widget.parentWidget()
    return widget


def tab_stops(window: QWidget) -> list[QWidget]:
    stops = []
    for widget in window.findChildren(QWidget):
        if (widget.isVisibleTo(window) and widget.isEnabled() and widget.focusProxy() is None
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.window() is window):
            stops.append(owner(widget))
    return stops


def walk(qtbot, window: QWidget, limit: int = 400) -> tuple[list[QWidget], bool]:
    """Press Tab from the first control until the focus comes back; what it passed."""
    window.activateWindow()
    qtbot.waitActive(window)
    start = window.focusWidget()
    if start is None or not start.isVisibleTo(window):
        window.focusNextChild()
        start = window.focusWidget()
    assert start is not None, "nothing in the window takes the focus"
    start = owner(start)
    seen = [start]
    for _ in range(limit):
        here = window.focusWidget()
        # The template body types tabs; Ctrl+Tab leaves it.
        modifier = (Qt.KeyboardModifier.ControlModifier if here.property("tabTypes")
                    else Qt.KeyboardModifier.NoModifier)
        QTest.keyClick(here, Qt.Key.Key_Tab, modifier)
        now = owner(window.focusWidget())
        if now is start and (len(seen) > 1 or len(set(tab_stops(window))) == 1):
            return seen, True
        if now is not seen[-1]:
            seen.append(now)
    return seen, False


def describe(widget: QWidget) -> str:
    return f"{type(widget).__name__}({widget.objectName() or widget.accessibleName()!r})"


def test_tab_reaches_every_control_of_every_window_and_comes_back(qtbot, window, ctx):
    ids = sample_book(ctx)
    window.refresh_queue()
    problems = []
    for name, shown in open_windows(qtbot, ctx, window, ids):
        seen, back = walk(qtbot, shown)
        if not back:
            problems.append(f"{name}: Tab is stuck after {[describe(w) for w in seen[-3:]]}")
        missing = [describe(w) for w in tab_stops(shown) if w not in seen]
        if missing:
            problems.append(f"{name}: Tab never reaches {missing}")
    assert problems == [], "\n".join(problems)


def test_tab_leaves_a_table_and_a_plain_field_but_types_in_the_template_body(
        qtbot, window, ctx):
    ids = sample_book(ctx)
    window.refresh_queue()
    windows = dict(open_windows(qtbot, ctx, window, ids))
    tables = [w for shown in {id(w): w for w in windows.values()}.values()
              for w in shown.findChildren(QAbstractItemView)]
    window.queue_view.setFocus()
    QTest.keyClick(window.queue_view, Qt.Key.Key_Tab)
    assert window.focusWidget() is not window.queue_view
    for table in tables:
        table.setFocus()
    assert [t for t in tables if t.tabKeyNavigation()] == []
    settings = windows["email settings"]
    settings.signature_edit.setFocus()
    QTest.keyClick(settings.signature_edit, Qt.Key.Key_Tab)
    assert "\t" not in settings.signature_edit.toPlainText()
    body = windows["templates"].body_edit
    assert isinstance(body, QPlainTextEdit) and not body.tabChangesFocus()
