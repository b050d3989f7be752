"""The small things that cost trust: overdue only when it is, the selection stays put,
plurals, the profile holds still, dates in words, warnings that clear, ticks remembered,
Help that helps."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime, timedelta

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.platform.secrets import SecretStore
from desktop_app.platform.smtp import Security, SmtpConfig
from desktop_app.services import email as email_service
from desktop_app.services.queue import plural
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.views.mail.email_settings_dialog import EmailSettingsDialog
from desktop_app.views.profile.profile_editor import EventDialog
from desktop_app.views.queue.queue_model import COL_DUE
from desktop_app.views.shell.help_dialogs import DataPlacesDialog, ShortcutsDialog
from tests.mailserver import PASSWORD, configure_rep

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise)")]


@pytest.fixture
def stall(ctx, prospect_id):
    return log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "next month",
                                       datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))


def due_texts(window):
    model = window.queue_model
    return [model.index(r, COL_DUE).data() for r in range(model.rowCount())]


def test_a_new_touch_is_not_overdue_but_one_from_yesterday_says_so(
        qtbot, window, ctx, clock, stall):
    made = due_texts(window)
    assert len(made) == 3 and not any("overdue" in t for t in made)  # made now: not late
    clock.set(clock() + timedelta(minutes=50))
    window.refresh_queue()
    assert "overdue" not in " ".join(due_texts(window))
    clock.set(clock() + timedelta(minutes=20))
    window.refresh_queue()
    assert due_texts(window) == [f"{t}  overdue" for t in made]
    clock.set(datetime(2026, 11, 24, 8, 0, tzinfo=UTC))  # the next morning
    window.rollover.check()
    assert due_texts(window) == [f"Mon 23 Nov {t}  overdue" for t in made]
    assert "3 overdue" in window.queue_summary.text()


def test_the_selection_stays_where_it_was_after_an_action(qtbot, window, ctx, stall):
    window.queue_view.setFocus()
    window.queue_view.selectRow(1)
    second, third = window.queue_model.rows()[1:3]
    qtbot.keyClick(window.queue_view, Qt.Key.Key_D)
    assert window.selected_touch().id == third.id  # the row that moved up into its place
    assert second.id not in [r.id for r in window.queue_model.rows()]


def test_plurals():
    assert plural(1, "touch", "touches") == "1 touch"
    assert plural(2, "touch", "touches") == "2 touches"
    assert plural(1, "row") == "1 row" and plural(0, "row") == "0 rows"


def test_the_profile_holds_still_as_gaps_fill(qtbot, window, ctx, prospect_id):
    editor = window.features.profile.open_editor(prospect_id)
    qtbot.waitExposed(editor)
    qtbot.wait(1)  # let the page settle into its size
    before = editor.timeline.mapTo(editor, editor.timeline.rect().topLeft())
    qtbot.keyClicks(editor.decision_maker_name, "Daniel Price")
    assert not editor.gap_hints["decision_maker"].isVisible()
    qtbot.wait(1)  # let the layout settle
    assert editor.timeline.mapTo(editor, editor.timeline.rect().topLeft()) == before
    editor.reject = lambda: None


def test_the_event_editor_takes_dates_in_words(qtbot):
    dialog = EventDialog(None, date(2026, 11, 23))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.words, "in 45 days")
    assert dialog.draft().event_date == date(2027, 1, 7)
    assert "Thursday 07 January 2027" in dialog.words_note.text()
    dialog.words.clear()
    qtbot.keyClicks(dialog.words, "blursday")
    assert "can't read" in dialog.words_note.text()
    assert dialog.draft().event_date == date(2027, 1, 7)  # the last good date stays


def test_the_outbox_warning_clears_once_the_settings_are_fixed(qtbot, ctx, mail, stall):
    """The server's certificate is not trusted at first (its CA file not given), so the
    thank-you fails; giving the certificate in the settings sends it and the warning goes."""
    secrets = SecretStore(fail.Keyring())
    from desktop_app.composition import build_window

    window = build_window(ctx)
    window.features.email.secrets = window.features.email.sender.secrets = secrets
    qtbot.addWidget(window)
    window.show()
    config = configure_rep(ctx, mail)
    email_service.save_smtp(ctx, replace(config, ca_file=""), has_password=True)
    secrets.set_password(email_service.keyring_account(config), PASSWORD)
    thank_you = ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'thank_you'").fetchone()[0]
    assert window.select_touch(thank_you)
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        window.features.email.send_selected()
    assert window.tabs.tabText(window.features.email.tab_index) == "Outbox (1 ⚠)"
    assert window.queue_model.row_status(thank_you).startswith("failed")
    configure_rep(ctx, mail)  # the certificate given
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        assert window.features.email.retry_after_settings() == 1  # what saving the settings does
    assert window.tabs.tabText(window.features.email.tab_index) == "Outbox"
    assert ctx.store.get_touch(thank_you).status == "done"
    assert len(mail.received) == 1
    window.rollover.stop()
    window.features.email.sender.stop()


def test_the_plain_smtp_tick_is_remembered(qtbot, ctx):
    email_service.save_smtp(ctx, SmtpConfig("mail.example.com", 25, Security.PLAIN),
                            plain_confirmed=True)
    dialog = EmailSettingsDialog(ctx, SecretStore(fail.Keyring()))
    qtbot.addWidget(dialog)
    assert dialog.plain_confirm.isChecked()


def test_help_has_the_keys_and_where_the_data_lives(qtbot, window, ctx):
    help_titles = [a.text() for a in window.menus["help"].actions()]
    assert help_titles[:2] == ["&Keyboard shortcuts", "&Where your data lives…"]
    shortcuts = ShortcutsDialog()
    qtbot.addWidget(shortcuts)
    text = shortcuts.text.text()
    for action in window._touch_actions:
        for key in action.shortcut().toString().split(", "):
            assert f"<b>{key}" in text or f"/ {key}" in text, key
    places = DataPlacesDialog(ctx.store.path, None)
    qtbot.addWidget(places)
    assert str(ctx.store.path) in places.text.text()
    assert f"{ctx.store.path}.lock" in places.text.text()
