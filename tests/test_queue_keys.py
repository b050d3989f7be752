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
from desktop_app.views.plans.log_stall_dialog import LogStallDialog

# The offscreen platform cannot raise windows; it says so at WARNING.
pytestmark = [pytest.mark.gui,
              pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")]


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
    assert ctx.store.get_prospect(dialog._chosen_prospect()).last_name == "Abbot"


# -- Alt keys ---------------------------------------------------------------------------------

def mnemonic(text: str) -> str | None:
    i = text.find("&")
    while i != -1 and i + 1 < len(text):
        if text[i + 1] == "&":
            i = text.find("&", i + 2)
            continue
        char = text[i + 1]
        return char.lower() if char.isalnum() else None
    return None


def clashes(window) -> dict[str, list[str]]:
    """Alt keys reaching two controls at once among what ``window`` shows now."""
    from PySide6.QtWidgets import (
        QAbstractButton,
        QGroupBox,
        QLabel,
        QMainWindow,
        QTabBar,
        QWidget,
    )

    found: dict[str, list[str]] = {}

    def add(text: str) -> None:
        key = mnemonic(text)
        if key:
            found.setdefault(key, []).append(text)

    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton) or (
                isinstance(widget, QLabel) and widget.buddy() is not None):
            add(widget.text())
        elif isinstance(widget, QGroupBox):
            add(widget.title())
        elif isinstance(widget, QTabBar):
            for i in range(widget.count()):
                add(widget.tabText(i))
    if isinstance(window, QMainWindow):
        for action in window.menuBar().actions():
            add(action.text())
    return {k: v for k, v in found.items() if len(v) > 1}


def menu_clashes(window) -> dict[str, dict[str, list[str]]]:
    out = {}
    for action in window.menuBar().actions():
        seen: dict[str, list[str]] = {}
        for item in action.menu().actions():
            if key := mnemonic(item.text()):
                seen.setdefault(key, []).append(item.text())
        bad = {k: v for k, v in seen.items() if len(v) > 1}
        if bad:
            out[action.text()] = bad
    return out


def shown(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_no_window_has_two_controls_on_one_alt_key(qtbot, window, ctx, two, clock):
    from keyring.backends import fail

    from desktop_app.platform.secrets import SecretStore
    from desktop_app.views.calls.call_panel import CallPanel
    from desktop_app.views.data.data_feature import ExportDialog
    from desktop_app.views.data.import_wizard import ImportWizard
    from desktop_app.views.mail.compose_dialog import ComposeDialog
    from desktop_app.views.mail.email_settings_dialog import EmailSettingsDialog
    from desktop_app.views.mail.template_editor import TemplateEditorDialog
    from desktop_app.views.plans.playbook_editor import PlaybookEditorDialog
    from desktop_app.views.plans.reschedule_dialog import RescheduleDialog
    from desktop_app.views.profile.profile_editor import EventDialog, ProfileEditorDialog
    from desktop_app.views.profile.trash_dialog import TrashDialog
    from desktop_app.views.tray.popup_settings_dialog import PopupSettingsDialog

    problems = {}
    for index in range(window.tabs.count()):
        window.tabs.setCurrentIndex(index)
        if bad := clashes(window):
            problems[f"main window, {window.tabs.tabText(index)} tab"] = bad
    if bad := menu_clashes(window):
        problems["menus"] = bad

    callback = ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'callback'").fetchone()[0]
    stall_dialog = LogStallDialog(ctx)
    dialogs = {
        "Log stall": stall_dialog,
        "Log stall for a prospect": LogStallDialog(ctx, prospect_id=two),
        "Profile": ProfileEditorDialog(ctx, two),
        "New prospect": ProfileEditorDialog(ctx, None),
        "Compelling event": EventDialog(None, clock().date()),
        "Call panel": CallPanel(ctx, callback),
        "Email settings": EmailSettingsDialog(ctx, SecretStore(fail.Keyring())),
        "Email templates": TemplateEditorDialog(ctx, None, two),
        "Pop-up settings": PopupSettingsDialog(ctx),
        "Reschedule": RescheduleDialog(ctx, window.queue_model.rows()[0]),
        "Compose": ComposeDialog("Thank-you to Maria", "Thanks", "Hello", "Send"),
        "Trash": TrashDialog(ctx),
        "Export": ExportDialog(),
        "Import": ImportWizard(ctx),
        "Playbooks": PlaybookEditorDialog(ctx),
    }
    for name, dialog in dialogs.items():
        shown(qtbot, dialog)
        if bad := clashes(dialog):
            problems[name] = bad
    qtbot.mouseClick(stall_dialog.new_button, Qt.MouseButton.LeftButton)
    if bad := clashes(stall_dialog):
        problems["Log stall, new prospect"] = bad
    call = dialogs["Call panel"]
    call._show_appointment_row()
    if bad := clashes(call):
        problems["Call panel, booking an appointment"] = bad
    assert problems == {}


def test_enter_in_a_profile_field_moves_on_instead_of_closing(qtbot, window, ctx, two):
    editor = window.features.profile.open_editor(two)
    qtbot.waitExposed(editor)
    first = editor.contact["first_name"]
    first.setFocus()
    qtbot.keyClicks(first, "a")
    qtbot.keyClick(first, Qt.Key.Key_Return)
    assert editor.isVisible()
    assert editor.focusWidget() is editor.contact["last_name"]
    qtbot.keyClicks(editor.focusWidget(), "drop")  # lands in the field, not on the queue
    qtbot.keyClick(editor.focusWidget(), Qt.Key.Key_Enter)
    assert editor.isVisible()
    assert editor.contact["last_name"].text() == "drop"  # selected on arrival, as by Tab
    assert all(r.status == "pending" for r in window.queue_model.rows())
    assert ctx.store.get_prospect(two).first_name == "Maria"  # nothing saved by Enter
    qtbot.keyClick(editor.contact["company"], Qt.Key.Key_Return,
                   Qt.KeyboardModifier.ControlModifier)  # Ctrl+Enter saves
    assert ctx.store.get_prospect(two).last_name == "drop"


def test_single_letter_keys_act_only_in_the_queue(qtbot, window, ctx, two):
    window.tabs.setCurrentIndex(window.prospects_tab_index)
    window.prospect_search.setFocus()
    for key in (Qt.Key.Key_D, Qt.Key.Key_S, Qt.Key.Key_R, Qt.Key.Key_E, Qt.Key.Key_C):
        qtbot.keyClick(window.prospect_search, key)
    assert window.prospect_search.text() == "dsrec"
    window.tabs.setCurrentIndex(0)
    rows = ctx.store.db.execute(
        "SELECT count(*) FROM touches WHERE status != 'pending' OR snooze_count > 0").fetchone()
    assert rows == (0,)


def test_tab_leaves_their_words(qtbot, ctx, two):
    dialog = LogStallDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.words_edit.setFocus()
    qtbot.keyClicks(dialog.words_edit, "Next month")
    qtbot.keyClick(dialog.words_edit, Qt.Key.Key_Tab)
    assert dialog.words_edit.toPlainText() == "Next month"
    assert dialog.focusWidget() is not dialog.words_edit


def test_ctrl_n_on_a_gaps_row_logs_for_that_prospect(qtbot, window, ctx, two):
    features = window.features.profile
    window.tabs.setCurrentIndex(features.gaps_tab_index)
    assert features.gaps_panel.selected_prospect() in (None, two)
    features.gaps_panel.view.selectRow(0)
    chosen = features.gaps_panel.selected_prospect()
    assert chosen is not None
    seen = ctrl_n_dialog(qtbot, window)
    assert seen["prospect"] == chosen
    window.tabs.setCurrentIndex(window.features.email.tab_index)  # the Outbox: no prospect row
    assert ctrl_n_dialog(qtbot, window)["prospect"] is None
