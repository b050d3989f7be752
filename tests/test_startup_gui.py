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
