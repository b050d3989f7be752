"""Screen readers: every control a rep can reach says what it is."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAccessible

from tests.desktop_helpers import open_windows, sample_book
from tests.test_keyboard import describe, tab_stops

pytestmark = pytest.mark.gui


def spoken_name(widget) -> str:
    """What a screen reader says: Qt's accessible name (set, from a label's buddy, or
    from the control's own text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return (interface.text(QAccessible.Text.Name) or "").strip() if interface else ""


def test_every_control_of_every_window_has_a_name(qtbot, window, ctx):
    ids = sample_book(ctx)
    window.refresh_queue()
    nameless = []
    for name, shown in open_windows(qtbot, ctx, window, ids):
        nameless += [f"{name}: {describe(w)}" for w in dict.fromkeys(tab_stops(shown))
                     if not spoken_name(w)]
    assert nameless == [], "\n".join(nameless)


def test_the_reports_figures_take_the_focus_and_are_named(qtbot, window, ctx):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QTableView

    sample_book(ctx)
    report = window.features.data.report
    window.tabs.setCurrentIndex(window.features.data.report_tab_index)
    qtbot.waitUntil(lambda: report.report is not None and not report.job.running)
    tables = [t for t in report.findChildren(QTableView) if t.isVisibleTo(window)]
    assert tables
    for table in tables:
        assert table.focusPolicy() & Qt.FocusPolicy.TabFocus
        assert not table.tabKeyNavigation()
        assert spoken_name(table).endswith("figures")
    report.job.wait()
