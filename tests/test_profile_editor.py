"""GUI tests: the real profile editor, Gaps tab and trash, driven with qtbot from the window."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import QDate, QObject, Qt, QTimer, QUrl, Slot
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.domain.events import EventDraft, EventKind
from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.services.profile import add_event, list_trash, value_touch_for
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.store.store import parse_db_time
from desktop_app.views.common.zone_list import TimeZoneFilterProxy, TimeZoneListModel
from desktop_app.views.profile.gaps_view import GapsTableModel
from desktop_app.views.profile.profile_editor import (
    EventsTableModel,
    HistoryTableModel,
    ProfileEditorDialog,
)
from desktop_app.views.profile.trash_dialog import TrashTableModel
from desktop_app.views.queue.queue_model import COL_GAPS

# The offscreen platform cannot raise windows or pass size hints on; it says so at WARNING.
pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)")]


@pytest.fixture
def window(window):
    """The shared window; open profile pages close without the unsaved-changes prompt."""
    yield window
    for editor in list(window.features.profile.editors.values()):
        editor._baseline = editor.values()
        editor.close()


@pytest.fixture
def with_callback(ctx, prospect_id):
    """Maria agreed a call on Monday 30 November at 10:00."""
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "In an audit until Thursday",
                                datetime(2026, 11, 30, 10, 0), SlotQuality.BOOKED))
    return prospect_id


def answer_modal(qtbot, object_name: str, act) -> list[str]:
    """Deal with the next modal dialog named ``object_name`` once it shows up."""
    seen: list[str] = []

    def handle() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None or widget.objectName() != object_name:
            QTimer.singleShot(10, handle)
            return
        seen.append(widget.objectName())
        act(widget)

    QTimer.singleShot(0, handle)
    return seen


def queue_gaps(window) -> list[str]:
    model = window.queue_model
    return [model.index(r, COL_GAPS).data() for r in range(model.rowCount())]


def open_from_queue(qtbot, window) -> ProfileEditorDialog:
    window.tabs.setCurrentIndex(0)
    window.queue_view.setFocus()
    window.queue_view.selectRow(0)
    qtbot.keyClick(window.queue_view, Qt.Key.Key_Return)
    editor = window.features.profile.editors[window.selected_touch().prospect_id]
    qtbot.waitExposed(editor)
    return editor


def test_fill_gaps_in_the_editor_and_the_queue_gaps_column_follows(qtbot, window, ctx,
                                                                   with_callback):
    before = queue_gaps(window)
    assert before and all(text == before[0] for text in before)
    editor = open_from_queue(qtbot, window)
    assert editor.completeness.text() == "0 of 7 known"
    assert editor.gap_hints["decision_maker"].isVisible()
    assert "Who makes the final decision" in editor.gap_hints["decision_maker"].text()
    assert editor.decision_maker_name.property("gap") == "true"

    qtbot.keyClicks(editor.decision_maker_name, "Daniel Price")
    qtbot.keyClicks(editor.decision_maker_role, "Operations Director")
    qtbot.keyClicks(editor.timeline, "Before the new wing opens in March")
    editor.budget_status.setCurrentIndex(editor.budget_status.findData("planned"))
    qtbot.keyClicks(editor.others_involved, "Finance: Priya Shah")
    assert editor.completeness.text() == "4 of 7 known"  # live, before saving
    assert not editor.gap_hints["decision_maker"].isVisible()
    assert editor.gap_states["decision_maker"].text() == "✓ known"
    assert editor.decision_maker_name.property("gap") == "false"
    assert ctx.store.open_gap_count(with_callback) == 7  # nothing saved yet

    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.result() == editor.DialogCode.Accepted
    assert ctx.store.open_gap_count(with_callback) == 3
    after = queue_gaps(window)
    assert after != before and after[0] != before[0]
    assert "3" in after[0]
    assert "Saved Maria Okafor." in window.statusBar().currentMessage()


def test_the_gaps_tab_lists_soonest_callback_first_and_empties_as_gaps_fill(
        qtbot, window, ctx, with_callback):
    other = create_prospect(ctx, {"first_name": "Kenji", "company": "Aomori",
                                  "timezone": "Asia/Tokyo"})
    log_stall(ctx, StallRequest(other, StallKind.NEXT_WEEK, "", datetime(2026, 11, 25, 9, 0)))
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    features = window.features.profile
    assert window.tabs.currentWidget() is features.gaps_panel
    model = features.gaps_model
    assert [model.row_at(r).name for r in range(model.rowCount())] == ["Kenji", "Maria Okafor"]
    assert features.gaps_panel.summary.text().startswith("2 prospects with a callback")
    assert model.index(0, model.COL_KNOWN).data() == "0 of 7"
    assert "Decision maker" in model.index(0, model.COL_ASK).data()

    features.gaps_panel.view.selectRow(1)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = features.editors[with_callback]
    qtbot.keyClicks(editor.what_will_change, "New wing opens")
    qtbot.keyClicks(editor.decision_maker_name, "Daniel")
    qtbot.keyClicks(editor.others_involved, "Priya")
    qtbot.keyClicks(editor.purchasing_process, "Three quotes")
    editor.budget_status.setCurrentIndex(editor.budget_status.findData("not_planned"))
    qtbot.keyClicks(editor.timeline, "March")
    editor.events_model.add(EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 2, 1)))
    editor._on_edited()
    assert editor.completeness.text() == "7 of 7 known"
    assert editor.completeness.property("state") == "done"
    assert editor.save()
    assert [model.row_at(r).name for r in range(model.rowCount())] == ["Kenji"]
    assert features.gaps_panel.summary.text().startswith("1 prospect with a callback")


def test_bad_email_is_marked_beside_the_field_and_nothing_is_saved(qtbot, window, ctx,
                                                                   prospect_id):
    editor = window.features.profile.open_editor(prospect_id)
    editor.contact["email"].clear()
    qtbot.keyClicks(editor.contact["email"], "maria@@harbourview")
    qtbot.keyClicks(editor.contact["title"], "Facilities Manager")
    qtbot.mouseClick(editor.save_button, Qt.MouseButton.LeftButton)
    assert editor.isVisible()
    assert editor.errors["email"].isVisible()
    assert "email address" in editor.errors["email"].text()
    assert editor.contact["email"].property("invalid") == "true"
    assert "Nothing was saved" in editor.message.text()
    assert ctx.store.get_prospect(prospect_id).title == ""

    editor.contact["email"].setText("maria@harbourview.example")
    assert editor.save()
    assert ctx.store.get_prospect(prospect_id).title == "Facilities Manager"


def test_phone_is_formatted_when_readable_and_kept_with_a_note_when_not(qtbot, window,
                                                                        prospect_id):
    editor = window.features.profile.open_editor(prospect_id)
    phone = editor.contact["phone"]
    phone.clear()
    qtbot.keyClicks(phone, "020 7946 0999")
    phone.editingFinished.emit()
    assert phone.text() == "+44 20 7946 0999"
    assert not editor.errors["phone"].isVisible()
    mobile = editor.contact["mobile"]
    qtbot.keyClicks(mobile, "ask reception")
    mobile.editingFinished.emit()
    assert mobile.text() == "ask reception"
    assert "kept as typed" in editor.errors["mobile"].text()


def test_cancel_with_unsaved_changes_asks_first(qtbot, window, ctx, prospect_id):
    editor = window.features.profile.open_editor(prospect_id)
    qtbot.keyClicks(editor.timeline, "Q2")
    assert editor.is_dirty()
    assert editor.windowTitle().startswith("Maria Okafor — Harbourview Clinics *")

    seen = answer_modal(qtbot, "unsavedPrompt",
                        lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert seen == ["unsavedPrompt"]
    assert editor.isVisible() and editor.timeline.text() == "Q2"

    seen = answer_modal(qtbot, "unsavedPrompt",
                        lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    qtbot.mouseClick(editor.cancel_button, Qt.MouseButton.LeftButton)
    assert seen == ["unsavedPrompt"]
    assert not editor.isVisible()
    assert ctx.store.get_profile(prospect_id).timeline == ""


def test_closing_with_unsaved_changes_can_save_them(qtbot, window, ctx, prospect_id):
    editor = window.features.profile.open_editor(prospect_id)
    qtbot.keyClicks(editor.timeline, "Before March")
    answer_modal(qtbot, "unsavedPrompt",
                 lambda box: box.button(QMessageBox.StandardButton.Save).click())
    editor.close()
    assert ctx.store.get_profile(prospect_id).timeline == "Before March"


def test_an_event_added_in_the_editor_schedules_its_value_touch_on_save(
        qtbot, window, ctx, prospect_id):
    editor = window.features.profile.open_editor(prospect_id)

    def fill(dialog):
        dialog.kind.setCurrentIndex(dialog.kind.findData("maintenance_contract_end"))
        dialog.date.setDate(QDate(2027, 2, 15))
        dialog.note.setText("Contractor's agreement ends")
        dialog.accept()

    answer_modal(qtbot, "eventDialog", fill)
    qtbot.mouseClick(editor.add_event_button, Qt.MouseButton.LeftButton)
    model = editor.events_model
    assert model.rowCount() == 1
    assert model.index(0, 1).data() == "15 Feb 2027"
    assert model.index(0, 2).data() == "email 16 Jan 2027"
    assert editor.gap_states["compelling_events"].text() == "✓ known"
    assert ctx.store.dated_event_count(prospect_id) == 0  # only on save

    assert editor.save()
    event_id = ctx.store.db.execute("SELECT id FROM compelling_events").fetchone()[0]
    touch = value_touch_for(ctx, event_id)
    assert touch.due_utc == parse_db_time("2027-01-16T10:00:00Z")
    assert "Maintenance contract ends on 15 Feb 2027" in touch.reason


def test_moving_and_deleting_an_event_in_the_editor_moves_and_cancels_its_touch(
        qtbot, window, ctx, prospect_id):
    event_id = add_event(ctx, prospect_id, EventDraft(EventKind.PRICE_DROP, date(2027, 3, 1)))
    touch_id = value_touch_for(ctx, event_id).id
    editor = window.features.profile.open_editor(prospect_id)
    editor.events_view.selectRow(0)

    def move(dialog):
        dialog.date.setDate(QDate(2027, 4, 1))
        dialog.accept()

    answer_modal(qtbot, "eventDialog", move)
    qtbot.mouseClick(editor.edit_event_button, Qt.MouseButton.LeftButton)
    assert editor.save()
    assert ctx.store.get_touch(touch_id).due_utc == parse_db_time("2027-03-02T10:00:00Z")

    editor = window.features.profile.open_editor(prospect_id)
    editor.events_view.selectRow(0)
    qtbot.mouseClick(editor.delete_event_button, Qt.MouseButton.LeftButton)
    assert editor.events_model.rowCount() == 0
    assert editor.save()
    assert ctx.store.get_touch(touch_id).status == "cancelled"


def test_time_zone_search_and_local_time(qtbot, window, ctx, prospect_id):
    editor = window.features.profile.open_editor(prospect_id)
    assert "Local time for Maria: Mon 23 Nov, 09:00 (Europe/London, UTC+0)" \
        in editor.local_time.text()
    picker = editor.zone_picker
    qtbot.keyClicks(picker.search, "new york")
    assert picker.proxy.rowCount() == 1
    assert picker.proxy.index(0, 0).data() == "America/New York  04:00 Mon, UTC−5"
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert picker.zone() == "America/New_York"
    assert "Local time for Maria: Mon 23 Nov, 04:00 (America/New_York, UTC−5)" \
        in editor.local_time.text()
    assert "yours: 09:00" in editor.local_time.text()
    assert editor.save()
    assert ctx.store.get_prospect(prospect_id).timezone == "America/New_York"


def test_links_open_in_the_browser(qtbot, window, prospect_id):
    class Catcher(QObject):
        def __init__(self):
            super().__init__()
            self.urls: list[str] = []

        @Slot(QUrl)
        def catch(self, url):
            self.urls.append(url.toString())

    catcher = Catcher()
    QDesktopServices.setUrlHandler("https", catcher, "catch")
    try:
        editor = window.features.profile.open_editor(prospect_id)
        qtbot.keyClicks(editor.links["linkedin"], "linkedin.com/in/maria-okafor")
        qtbot.mouseClick(editor.link_buttons["linkedin"], Qt.MouseButton.LeftButton)
    finally:
        QDesktopServices.unsetUrlHandler("https")
    assert catcher.urls == ["https://linkedin.com/in/maria-okafor"]
    editor.links["blog"].setText("file:///etc/passwd")
    assert editor.open_link("blog") is False
    assert "Only web links" in editor.message.text()


def test_a_save_refused_for_a_reason_without_a_field_says_that_reason(
        qtbot, window, ctx, prospect_id):
    from desktop_app.services.profile import trash_prospect

    editor = window.features.profile.open_editor(prospect_id)
    qtbot.keyClicks(editor.contact["title"], "Head of Facilities")
    trash_prospect(ctx, prospect_id)  # from the menu, say, while this page has edits
    assert editor.save() is False
    assert editor.message.text() == "This prospect is in the trash; restore it to edit it."


def test_history_shows_the_stall_with_the_prospects_words(qtbot, window, with_callback):
    editor = window.features.profile.open_editor(with_callback)
    model = editor.history_model
    texts = [model.index(r, 2).data() for r in range(model.rowCount())]
    assert any("They said: “In an audit until Thursday”" in t for t in texts)
    assert model.index(0, 1).data().startswith("Callback")  # the latest first
    assert model.index(0, 0).data() == "30 Nov 2026 10:00"
    assert model.index(0, 0).data(Qt.ItemDataRole.ToolTipRole) == (
        "Their time: Mon 30 Nov 2026 10:00 (Europe/London)")
    assert not editor.history_empty.isVisible()


def test_trash_from_the_editor_then_restore_from_the_trash_view(qtbot, window, ctx,
                                                                with_callback):
    assert window.queue_model.rowCount() == 1
    editor = open_from_queue(qtbot, window)
    answer_modal(qtbot, "trashPrompt",
                 lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    qtbot.mouseClick(editor.trash_button, Qt.MouseButton.LeftButton)
    assert not editor.isVisible()
    assert window.queue_model.rowCount() == 0
    window.tabs.setCurrentWidget(window.features.profile.gaps_panel)
    assert window.features.profile.gaps_model.rowCount() == 0

    window.features.profile.show_trash_action.trigger()
    trash = window.findChild(QObject, "TrashDialog")
    assert trash.model.rowCount() == 1
    assert trash.model.index(0, 0).data() == "Maria Okafor"
    assert trash.model.index(0, 4).data() == "3 pending"
    qtbot.mouseClick(trash.restore_button, Qt.MouseButton.LeftButton)
    assert "Restored Maria Okafor with 3 touches" in trash.message.text()
    assert trash.empty.isVisible()
    assert list_trash(ctx) == []
    assert window.queue_model.rowCount() == 1
    trash.close()


def test_move_to_trash_from_the_prospect_menu(qtbot, window, ctx, with_callback):
    window.queue_view.selectRow(0)
    answer_modal(qtbot, "trashPrompt",
                 lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    window.features.profile.trash_action.trigger()
    assert window.queue_model.rowCount() == 0
    assert "to the trash (3 pending touches held)" in window.statusBar().currentMessage()
    assert [t.id for t in list_trash(ctx)] == [with_callback]


def test_ctrl_e_edits_the_prospect_found_by_search(qtbot, window, ctx, prospect_id):
    create_prospect(ctx, {"first_name": "Kenji", "company": "Aomori",
                          "timezone": "Asia/Tokyo", "notes": "met at the Osaka fair"})
    window.focus_search()
    qtbot.keyClicks(window.prospect_search, "osaka")
    qtbot.waitUntil(lambda: window.prospect_model.rowCount() == 1)
    window.prospect_view.selectRow(0)
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    editor = window.features.profile.selected_prospect()
    opened = window.features.profile.editors[editor]
    assert opened.heading.text() == "Kenji — Aomori"
    assert window.features.profile.open_editor(editor) is opened  # raised, not doubled
    window.prospect_view.activated.emit(window.prospect_model.index(0, 0))  # Return
    assert len(window.features.profile.editors) == 1


def test_a_new_prospect_from_the_menu(qtbot, window, ctx):
    window.features.profile.new_action.trigger()
    editor = next(iter(window.features.profile.editors.values()))
    assert editor.heading.text() == "New prospect"
    assert not editor.save()
    assert "Give the prospect a name" in editor.errors["first_name"].text()
    qtbot.keyClicks(editor.contact["first_name"], "Sofia")
    qtbot.keyClicks(editor.contact["company"], "Nordvik Logistics")
    assert editor.save()
    assert [r.name for r in window.prospect_model.rows()] == ["Sofia"]


# -- models alone ---------------------------------------------------------------------------

def test_zone_models_pass_the_model_tester(qtmodeltester, clock):
    model = TimeZoneListModel(clock)
    qtmodeltester.check(model)
    proxy = TimeZoneFilterProxy()
    proxy.setSourceModel(model)
    proxy.set_search("asia tok")
    qtmodeltester.check(proxy)
    assert [proxy.index(r, 0).data() for r in range(proxy.rowCount())] == [
        "Asia/Tokyo  18:00 Mon, UTC+9"]
    clock.advance(minutes=30)
    model.refresh()
    assert proxy.index(0, 0).data() == "Asia/Tokyo  18:30 Mon, UTC+9"


def test_profile_models_pass_the_model_tester(qtmodeltester, ctx, with_callback):
    from desktop_app.services.profile import history, prospects_with_gaps, trash_prospect

    events = EventsTableModel(lambda e: "email soon")
    events.set_events([EventDraft(EventKind.OTHER, None, "some day"),
                       EventDraft(EventKind.PRICE_DROP, date(2027, 1, 5))])
    qtmodeltester.check(events)
    entries = HistoryTableModel(lambda: "Europe/London")
    entries.set_entries(history(ctx, with_callback))
    qtmodeltester.check(entries)
    gaps = GapsTableModel(lambda: prospects_with_gaps(ctx), ctx.now, lambda: "Europe/London")
    gaps.refresh()
    assert gaps.rowCount() == 1
    qtmodeltester.check(gaps)
    trash_prospect(ctx, with_callback)
    trash = TrashTableModel(lambda: list_trash(ctx), lambda: "Europe/London")
    trash.refresh()
    assert trash.rowCount() == 1
    qtmodeltester.check(trash)


def test_correcting_the_zone_shows_what_moves_and_keeps_the_agreed_wall_time(
        qtbot, window, ctx, with_callback):
    editor = window.features.profile.open_editor(with_callback)
    editor.zone_picker.set_zone("America/New_York")
    shown: list[str] = []

    def cancel(box):
        shown.append(box.informativeText())
        box.button(QMessageBox.StandardButton.Cancel).click()

    answer_modal(qtbot, "zoneChangePrompt", cancel)
    assert not editor.save()  # the rep said no: nothing moved
    assert ctx.store.get_prospect(with_callback).timezone == "Europe/London"
    assert "Callback, Mon 30 Nov 10:00 their time: 15:00 your time (was 10:00)" in shown[0]
    answer_modal(qtbot, "zoneChangePrompt",
                 lambda box: box.button(QMessageBox.StandardButton.Save).click())
    assert editor.save()
    callback = next(t for t in ctx.store.touches_for(with_callback)
                    if t.step_key == "callback")
    assert callback.due_utc == parse_db_time("2026-11-30T15:00:00Z")  # still 10:00 on their clock


def test_the_holiday_country_is_set_on_the_profile(qtbot, window, ctx, prospect_id):
    editor = window.features.profile.open_editor(prospect_id)
    assert editor.country_hint.text() == "empty: GB, from the time zone"
    editor.country.setText("zz")
    assert not editor.save()
    assert "not a country Tickler knows" in editor.errors["country"].text()
    editor.country.setText("de")
    assert editor.save()
    assert ctx.store.get_prospect(prospect_id).country == "DE"
