"""Keys that act only where they should: Ctrl+N logs the stall for the row selected, single
letters act only in the queue, Enter in a profile field moves on, and no window has two
controls on one Alt key."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.views.log_stall_dialog import LogStallDialog

pytestmark = pytest.mark.gui


@pytest.fixture
def two(ctx, prospect_id):
    """Maria Okafor has a plan; Aaron Abbot (first alphabetically) has none."""
    create_prospect(ctx, {"first_name": "Aaron", "last_name": "Abbot", "company": "Abbot Ltd",
                          "timezone": "Europe/London"})
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "next month",
                                datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))
    return prospect_id


def ctrl_n_dialog(qtbot, window):
    """Press Ctrl+N and report what the modal Log stall dialog showed, then cancel it."""
    seen = {}

    def inspect():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LogStallDialog)
        seen.update(prospect=dialog._chosen_prospect(), save=dialog.save_button.isEnabled(),
                    chosen=dialog.chosen_label.text())
        dialog.reject()

    QTimer.singleShot(0, inspect)
    assert window.log_stall_action.shortcut().toString() == "Ctrl+N"
    window.log_stall_action.trigger()
    return seen


def test_ctrl_n_on_a_queue_row_logs_for_that_prospect(qtbot, window, ctx, two):
    window.queue_view.setFocus()
    assert window.selected_touch().prospect_id == two
    seen = ctrl_n_dialog(qtbot, window)
    assert seen["prospect"] == two and "Maria Okafor" in seen["chosen"]


def test_ctrl_n_on_a_prospect_row_and_with_nothing_selected(qtbot, window, ctx, two):
    window.tabs.setCurrentIndex(window.prospects_tab_index)
    window.load_prospects()
    window.prospect_view.clearSelection()
    seen = ctrl_n_dialog(qtbot, window)
    assert seen["prospect"] is None and seen["save"] is False  # Aaron is not picked for you
    window.prospect_view.selectRow(1)
    picked = window.prospect_model.row_at(1)
    seen = ctrl_n_dialog(qtbot, window)
    assert seen["prospect"] == picked.id


def test_the_dialog_opened_for_a_prospect_can_switch_to_another(qtbot, ctx, two):
    dialog = LogStallDialog(ctx, prospect_id=two)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog._chosen_prospect() == two
    qtbot.mouseClick(dialog.other_button, Qt.MouseButton.LeftButton)
    assert dialog._chosen_prospect() is None
    dialog.recompute()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.search_edit, "abbot")
    qtbot.waitUntil(lambda: dialog._chosen_prospect() is not None)
    assert ctx.store.get_prospect(dialog._chosen_prospect())["last_name"] == "Abbot"
