"""The app's start-up order: the queue paints first, the rest of the window follows."""

from __future__ import annotations

import pytest

from desktop_app.composition import build_window, install_features

pytestmark = pytest.mark.gui


def test_the_queue_comes_first_and_the_other_features_follow(qtbot, ctx, prospect_id):
    from datetime import datetime

    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.stalls import StallRequest, log_stall

    log_stall(ctx, StallRequest(prospect_id, StallKind.LATER, "Call me after lunch.",
                                datetime(2026, 11, 23, 14, 0), SlotQuality.BOOKED))
    window = build_window(ctx, features=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)

    assert window.queue_model.rowCount() == 2  # the reminder email and the call
    assert window.prospect_model.rowCount() == 0  # off screen: not read yet
    assert window.features is None
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == ["Today (2)", "Upcoming", "Prospects"]

    install_features(window)
    window.load_prospects()
    assert window.prospect_model.rowCount() == 1
    assert window.prospect_count.text() == "1 prospect"
    assert window.tabs.count() > 2  # the features' own tabs (report, outbox, …)
    window.features.reminders.stop()
    window.rollover.stop()


def test_opening_the_prospects_tab_reads_the_list_when_it_was_left_for_later(
        qtbot, ctx, prospect_id):
    del prospect_id
    window = build_window(ctx, features=False)
    qtbot.addWidget(window)
    window.show()
    assert window.prospect_model.rowCount() == 0
    window.tabs.setCurrentIndex(window.prospects_tab_index)
    assert [r.name for r in window.prospect_model.rows()] == ["Maria Okafor"]
    window.rollover.stop()


def test_every_key_works_before_the_hidden_tabs_are_built(qtbot, ctx, prospect_id):
    """The rep may press a key in the moment between the queue's paint and the rest of the
    window: the tab or the undo history it needs is built first, in its place."""
    from datetime import datetime

    from PySide6.QtGui import QKeySequence

    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.stalls import StallRequest, log_stall
    from desktop_app.views.queue.upcoming_view import UpcomingPanel
    from desktop_app.views.shell.undo import UndoHistory

    def key(window, keys):
        """The window's action for ``keys``, as the shortcut map finds it."""
        found = [a for a in window.actions() if a.shortcut() == QKeySequence(keys)]
        assert len(found) == 1, keys
        return found[0]

    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "Call me next month.",
                                datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))
    window = build_window(ctx, features=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.findChild(UpcomingPanel) is None
    assert window.findChild(UndoHistory) is None
    due = window.queue_model.rowCount()
    titles = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert titles == [f"Today ({due})", "Upcoming", "Prospects"]

    # S on the first touch: a change that goes on the (new) undo history, Ctrl+Z undoes it
    touch = window.selected_touch()
    assert window.snooze_action in window.queue_view.actions()
    window.snooze_action.trigger()
    assert window.findChild(UndoHistory) is not None
    assert window.menus["edit"].actions()[0].text() == (
        f"&Undo Snooze: {touch.title} to Maria Okafor")
    key(window, QKeySequence.StandardKey.Undo).trigger()
    assert window.menus["edit"].actions()[1].text() == (
        f"&Redo Snooze: {touch.title} to Maria Okafor")

    # Ctrl+6 shows Upcoming with its touches, and the touch keys work there
    key(window, "Ctrl+6").trigger()
    assert window.tabs.currentIndex() == window.upcoming_tab_index
    panel = window.findChild(UpcomingPanel)
    assert panel is not None and panel.isVisible()
    assert window.done_action in panel.view.actions()

    # Ctrl+F shows the prospect list, read, with the search box to type in
    key(window, "Ctrl+F").trigger()
    assert window.tabs.currentIndex() == window.prospects_tab_index
    assert [r.name for r in window.prospect_model.rows()] == ["Maria Okafor"]
    assert window.prospect_search.isVisible()

    install_features(window)  # builds nothing twice
    assert len(window.findChildren(UpcomingPanel)) == 1
    assert len(window.findChildren(UndoHistory)) == 1
    assert window.tabs.count() > 3
    window.features.reminders.stop()
    window.rollover.stop()
