"""Tools ▸ Playbooks, driven in the real dialog: steps edited with validation, a preview on
an example stall, saved as data that stalls logged afterwards follow, and reset."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.model import Channel, SlotQuality, StallKind
from desktop_app.domain.playbooks import NEXT_MONTH
from desktop_app.services import ValidationError
from desktop_app.services.playbook_editing import (
    check_playbook,
    is_customised,
    save_playbook,
    step_when,
)
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.views.plans.playbook_editor import PlaybookEditorDialog

pytestmark = pytest.mark.gui


def titles(ctx, stall_id):
    return [r[0] for r in ctx.store.db.execute(
        "SELECT title FROM touches WHERE stall_id = ? ORDER BY due_utc, id", [stall_id])]


def month(ctx, prospect_id):
    return log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "next month",
                                       datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))


@pytest.fixture
def dialog(qtbot, ctx):
    d = PlaybookEditorDialog(ctx)
    qtbot.addWidget(d)
    d.show()
    qtbot.waitExposed(d)
    d.confirm_discard = lambda: True  # pytest-qt closes it after the test: no question then
    return d


def test_edit_a_step_preview_it_save_and_later_stalls_follow(qtbot, dialog, ctx, prospect_id):
    before = month(ctx, prospect_id)
    old_titles = titles(ctx, before)
    assert dialog.name_edit.text() == "Call me next month"
    assert [r.title for r in dialog.preview_model.rows()][-1] == "Callback"
    # the value touch: from day 14 to day 10, and a new title
    dialog.steps_view.selectRow(3)
    assert dialog.title_edit.text() == "Value touch"
    dialog.days_spin.setValue(10)
    dialog.title_edit.selectAll()
    qtbot.keyClicks(dialog.title_edit, "Case study")
    assert dialog.steps_model.data(dialog.steps_model.index(3, 0)) == "day 10"
    value = next(t for t in dialog.preview_model.rows() if t.title == "Case study")
    assert dialog.preview_model.data(dialog.preview_model.index(
        dialog.preview_model.rows().index(value), 0)) == "Thu 03 Dec, 11:30"
    # a new optional call two hours before the slot
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    assert "write the reason" in dialog.problems_label.text()
    assert not dialog.save_button.isEnabled()
    qtbot.keyClicks(dialog.title_edit, "Warm-up call")
    dialog.anchor_combo.setCurrentIndex(dialog.anchor_combo.findData("slot"))
    dialog.minutes_spin.setValue(-120)
    dialog.optional_check.setChecked(True)
    qtbot.keyClicks(dialog.reason_edit, "Check {slot} still suits them")
    assert dialog.problems_label.isHidden()
    assert dialog.save_button.isEnabled()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert "(edited)" in dialog.list_model.data(dialog.list_model.index(0, 0))
    assert is_customised(ctx, "next_month")

    assert titles(ctx, before) == old_titles  # the plan already made stays
    after = month(ctx, prospect_id)
    new = titles(ctx, after)
    assert "Case study" in new and "Value touch" not in new
    assert new[-2:] == ["Warm-up call", "Callback"]
    warm = ctx.store.db.execute("SELECT due_utc, optional, reason FROM touches WHERE stall_id "
                                "= ? AND title = 'Warm-up call'", [after]).fetchone()
    assert warm == ("2026-12-22T08:00:00Z", 1, "Check Tue 22 Dec 2026, 10:00 still suits them")


def test_bad_steps_are_named_and_nothing_is_saved(qtbot, dialog, ctx):
    dialog.steps_view.selectRow(0)
    dialog.reason_edit.selectAll()
    qtbot.keyClicks(dialog.reason_edit, "Thank them for {name}")
    assert "Step 1" in dialog.problems_label.text() and "{name}" in dialog.problems_label.text()
    assert not dialog.save_button.isEnabled()
    assert dialog.preview_model.rowCount() > 0  # the preview still shows, braces and all
    dialog.channel_combo.setCurrentIndex(dialog.channel_combo.findData("post"))
    dialog.reason_edit.setText("Note")
    dialog._step_edited()
    dialog.steps_view.selectRow(1)
    dialog.anchor_combo.setCurrentIndex(dialog.anchor_combo.findData("stall"))
    dialog.days_spin.setValue(-3)
    assert "cannot come before the stall" in dialog.problems_label.text()
    dialog.name_edit.clear()
    dialog._playbook_edited()
    assert "Give the playbook a name" in dialog.problems_label.text()
    assert not is_customised(ctx, "next_month")
    with pytest.raises(ValidationError):
        save_playbook(ctx, dialog.working)


def test_reset_to_built_in(qtbot, dialog, ctx):
    steps = tuple(s for s in NEXT_MONTH.steps if s.key != "linkedin")
    save_playbook(ctx, replace(NEXT_MONTH, steps=steps))
    dialog._load_list("next_month")
    dialog.working = None
    dialog._load_list("next_month")
    assert dialog.steps_model.rowCount() == len(NEXT_MONTH.steps) - 1
    assert dialog.reset_button.isEnabled()
    dialog.ask_reset = lambda _box: QMessageBox.StandardButton.Reset
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)
    assert dialog.steps_model.rowCount() == len(NEXT_MONTH.steps)
    assert not is_customised(ctx, "next_month")
    assert not dialog.reset_button.isEnabled()


def test_unsaved_changes_are_asked_about(qtbot, dialog, ctx):
    dialog.steps_view.selectRow(0)
    qtbot.keyClicks(dialog.title_edit, " now")
    asked = []
    dialog.confirm_discard = lambda: asked.append(1) or False
    dialog.reject()
    assert dialog.isVisible() and asked == [1]
    dialog.playbook_list.setCurrentIndex(dialog.list_model.index(1, 0))
    assert dialog.working.key == "next_month"  # stayed, with the edit
    dialog.confirm_discard = lambda: True
    dialog.playbook_list.setCurrentIndex(dialog.list_model.index(1, 0))
    assert dialog.working.key == "next_week"


def test_check_and_words():
    assert check_playbook(NEXT_MONTH, {"thank_you", "value_touch", "reminder"}) == []
    bad = replace(NEXT_MONTH.steps[0], template="nope")
    problems = check_playbook(replace(NEXT_MONTH, steps=(bad,)), {"thank_you"})
    assert [str(p) for p in problems] == ["Step 1: there is no email template called “nope”."]
    post = replace(NEXT_MONTH.steps[1], channel=Channel.POST, template="thank_you")
    assert "only an email step" in str(check_playbook(replace(NEXT_MONTH, steps=(post,)),
                                                      {"thank_you"})[0])
    assert step_when(NEXT_MONTH.steps[4]) == "the slot − 1 day"
    assert step_when(replace(NEXT_MONTH.steps[4], offset_days=0, offset_minutes=-15)) == \
        "the slot − 15 min"
    assert step_when(replace(NEXT_MONTH.steps[4], offset_days=0, offset_minutes=-60)) == \
        "the slot − 1 h"


@pytest.mark.parametrize("reason", ["Call } then {", "Price {0}", "Open {slot:%d}", "a {", "}"])
def test_reasons_that_would_break_the_plan_are_refused(reason):
    step = replace(NEXT_MONTH.steps[1], reason=reason)
    problems = check_playbook(replace(NEXT_MONTH, steps=(step,)), set())
    assert problems and "Step 1" in str(problems[0])
