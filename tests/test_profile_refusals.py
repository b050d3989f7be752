"""The profile page and the call panel show a service's refusal the one shared way
(views/common/refusal.py): beside its field, read out to screen readers, gone on an edit."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.domain.model import CallOutcome, SlotQuality, StallKind
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.views.calls.call_panel import CallPanel
from desktop_app.views.common.refusal import FieldError
from desktop_app.views.profile.profile_editor import ProfileEditorDialog

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)")]


@pytest.fixture
def page(qtbot, ctx, prospect_id):
    editor = ProfileEditorDialog(ctx, prospect_id)
    editor.ask_unsaved = lambda: QMessageBox.StandardButton.Discard  # closing drops the edits
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def test_a_refused_field_says_why_beside_it_and_clears_when_the_rep_edits_it(qtbot, page):
    email, country = page.contact["email"], page.country
    email.setText("maria@@harbourview")
    country.setText("ZZ")
    assert page.save() is False
    assert isinstance(page.errors["email"], FieldError)
    assert page.errors.shown().keys() == {"email", "country", "message"}
    assert email.property("invalid") == "true"
    assert email.accessibleDescription() == page.errors["email"].text()  # read out too
    assert "Nothing was saved" in page.message.text()

    qtbot.keyClicks(email, "x")  # the rep edits: that refusal goes, the other stays
    assert "email" not in page.errors.shown()
    assert email.property("invalid") == "false" and email.accessibleDescription() == ""
    assert "country" in page.errors.shown()


def test_a_number_that_cannot_be_read_is_a_warning_not_a_refusal(page):
    page.contact["mobile"].setText("ask reception")
    page.contact["mobile"].editingFinished.emit()
    note = page.errors["mobile"]
    assert note.is_shown() and "kept as typed" in note.text()
    assert page.contact["mobile"].property("invalid") != "true"  # it is kept, not refused


def test_the_call_panels_refusals_show_on_its_hint_line(qtbot, ctx, prospect_id):
    from datetime import datetime

    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "Busy until Thursday",
                                datetime(2026, 11, 30, 10, 0), SlotQuality.BOOKED))
    touch = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE channel = 'call' AND status = 'pending'").fetchone()[0])
    panel = CallPanel(ctx, touch)
    panel.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(panel)
    panel.show()
    panel.reason_edit.setPlainText("Your new wing opens in March")
    ctx.store.db.execute("UPDATE touches SET status = 'done' WHERE id = ?", [touch])
    assert panel.log_outcome(CallOutcome.CONVERSATION) is False  # another window logged it
    assert isinstance(panel.outcome_hint, FieldError) and panel.outcome_hint.is_shown()
    assert panel.outcome_hint.text()
