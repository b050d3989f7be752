"""Email from the real main window: a click sends the thank-you, failures show on the row
and in the Outbox, the settings and template dialogs do what they say.

The SMTP server is real (aiosmtpd with STARTTLS + AUTH on 127.0.0.1). The keyring here is
keyring's own "fail" backend, so the password lives in memory for the test only; the real
Secret Service is exercised in test_secrets.py.
"""

from __future__ import annotations

from datetime import datetime

import pytest
from icalendar import Calendar
from keyring.backends import fail
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from desktop_app.composition import build_window
from desktop_app.platform.secrets import SecretStore
from desktop_app.platform.smtp import Security, SmtpConfig
from desktop_app.services import email as email_service
from desktop_app.services import outbox
from desktop_app.views.mail.email_settings_dialog import EmailSettingsDialog
from desktop_app.views.mail.outbox_view import OutboxTableModel
from desktop_app.views.mail.template_editor import TemplateEditorDialog
from tests.mailserver import PASSWORD, REP, USER, configure_rep

pytestmark = [pytest.mark.gui, pytest.mark.smtp]


@pytest.fixture
def secrets():
    return SecretStore(fail.Keyring())


@pytest.fixture
def configured(ctx, mail, secrets):
    config = configure_rep(ctx, mail)
    secrets.set_password(email_service.keyring_account(config), PASSWORD)
    return config


@pytest.fixture
def window(qtbot, ctx, secrets):
    win = build_window(ctx)
    win.features.email.secrets = win.features.email.sender.secrets = secrets
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.rollover.stop()
    win.features.email.sender.stop()


def send_button(window):
    return window.toolbar.widgetForAction(window.features.email.send_action)


def test_a_click_in_the_main_window_sends_the_thank_you_with_a_valid_invite(
        qtbot, window, ctx, mail, configured, thank_you):
    assert window.select_touch(thank_you)
    seen = []
    window.features.email.sender.message_progress.connect(lambda _id, state: seen.append(state))
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        qtbot.mouseClick(send_button(window), Qt.MouseButton.LeftButton)
        assert window.queue_model.row_status(thank_you) == "queued…"
    assert seen == ["sending", "sent"]

    assert len(mail.received) == 1
    msg = mail.received[0].message
    assert msg["To"] == "Dana Whitfield <dana@hudson-dental.example>"
    assert "Phone: +44 20 7946 0000" in msg.get_body(("plain",)).get_content()
    ics = next(p for p in msg.walk() if p.get_content_type() == "text/calendar")
    event = Calendar.from_ical(ics.get_content()).walk("VEVENT")[0]
    assert event["DTSTART"].params["TZID"] == "America/New_York"
    assert event["DTSTART"].dt.replace(tzinfo=None) == datetime(2026, 12, 17, 10, 30)
    assert str(event["ATTENDEE"]) == "mailto:dana@hudson-dental.example"

    assert ctx.store.get_touch(thank_you).status == "done"
    assert window.queue_model.row_of_touch(thank_you) is None
    panel = window.features.email.panel
    assert panel.model.rowCount() == 1 and panel.model.row_at(0).state == "sent"
    assert "Sent" in window.statusBar().currentMessage()


def test_the_e_key_sends_and_a_refusal_shows_on_the_row_and_in_the_outbox(
        qtbot, window, ctx, mail, configured, thank_you):
    mail.rcpt_reply = "550 5.1.1 <dana@hudson-dental.example>: Recipient address rejected"
    window.activateWindow()
    window.queue_view.setFocus()
    assert window.select_touch(thank_you)
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        qtbot.keyClick(window.queue_view, Qt.Key.Key_E)
    status = window.queue_model.row_status(thank_you)
    assert status.startswith("failed: 550 5.1.1") and "Recipient address rejected" in status
    assert ctx.store.get_touch(thank_you).status == "pending"
    assert window.tabs.tabText(window.features.email.tab_index) == "Outbox (1 ⚠)"

    panel = window.features.email.panel
    window.tabs.setCurrentIndex(window.features.email.tab_index)
    assert "Recipient address rejected" in panel.reason.text()
    assert panel.retry_button.isEnabled() and not panel.mark_sent_button.isEnabled()
    first_id = panel.selected().message_id
    outbox.edit_message(ctx, panel.selected().id, "Thank you, Dana", "Dear Dana,\n\nThanks.\n")
    assert f"replaces {first_id.strip('<>')}" in panel.reason.text()
    mail.rcpt_reply = None
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        qtbot.mouseClick(panel.retry_button, Qt.MouseButton.LeftButton)
    assert len(mail.received) == 1
    assert panel.model.row_at(0).state == "sent"
    assert window.tabs.tabText(window.features.email.tab_index) == "Outbox"
    assert ctx.store.get_touch(thank_you).status == "done"


def test_send_on_a_call_touch_explains_instead(qtbot, window, ctx, configured, thank_you):
    call = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'note'").fetchone()[0])
    assert window.select_touch(call)
    assert window.features.email.send_selected() is None
    assert "mark it done with D" in window.statusBar().currentMessage()


def test_settings_dialog_keeps_the_password_out_of_the_database(qtbot, ctx, secrets, mail):
    dialog = EmailSettingsDialog(ctx, secrets)
    qtbot.addWidget(dialog)
    assert "No system keyring" in dialog.keyring_label.text()
    for edit, text in ((dialog.name_edit, "Sam Rivers"), (dialog.email_edit, USER),
                       (dialog.phone_edit, "+44 20 7946 0000"),
                       (dialog.host_edit, "127.0.0.1"), (dialog.user_edit, USER),
                       (dialog.password_edit, PASSWORD), (dialog.ca_edit, str(mail.cert))):
        qtbot.keyClicks(edit, text)
    dialog.port_spin.setValue(mail.port)
    assert dialog.save()
    assert dialog.password_edit.text() == ""
    assert "in memory" in dialog.status.text()
    config = email_service.load_smtp(ctx)
    assert config == SmtpConfig("127.0.0.1", mail.port, Security.STARTTLS, USER,
                                str(mail.cert))
    assert secrets.get_password(email_service.keyring_account(config)) == PASSWORD
    ctx.store.db.execute("PRAGMA wal_checkpoint(FULL)")
    for path in ctx.store.path.parent.glob(ctx.store.path.name + "*"):
        assert PASSWORD.encode() not in path.read_bytes()

    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("plain"))
    assert not dialog.password_edit.isEnabled()
    assert dialog.plain_warning.isVisibleTo(dialog)
    assert not dialog.save()
    # the refusal sits under the warning it asks to confirm, and the focus goes there
    refusal = dialog.errors["security"]
    assert refusal.isVisibleTo(dialog) and "Confirm the warning" in refusal.text()
    assert "Confirm the warning" in dialog.security_combo.accessibleDescription()
    assert dialog.status.isHidden()
    qtbot.mouseClick(dialog.plain_confirm, Qt.MouseButton.LeftButton)
    assert refusal.isHidden()
    dialog.plain_confirm.setChecked(False)

    # a refused server leaves the identity as it was too: both are saved, or neither
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("starttls"))
    dialog.name_edit.setText("Samantha Rivers")
    dialog.host_edit.setText("not a host")
    assert not dialog.save()
    assert dialog.errors.shown() == {
        "host": "Give the SMTP server's host name, e.g. smtp.example.com."}
    assert email_service.load_identity(ctx).name == "Sam Rivers"


def test_settings_dialog_sends_a_test_email_and_reports_the_server(qtbot, window, ctx, mail,
                                                                   secrets):
    dialog = EmailSettingsDialog(ctx, secrets, window.features.email.sender, window)
    qtbot.addWidget(dialog)
    for edit, text in ((dialog.name_edit, "Sam Rivers"), (dialog.email_edit, USER),
                       (dialog.host_edit, "127.0.0.1"), (dialog.user_edit, USER),
                       (dialog.password_edit, "wrong-password"),
                       (dialog.ca_edit, str(mail.cert))):
        qtbot.keyClicks(edit, text)
    dialog.port_spin.setValue(mail.port)
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert "did not go" in dialog.status.text()
    assert "535" in dialog.status.text() and "Authentication credentials invalid" in (
        dialog.status.text())
    assert mail.failed_logins == 1
    window.features.email.sender.kick()  # held: no second try with the same password
    assert mail.failed_logins == 1 and mail.connections == 1
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        qtbot.mouseClick(dialog.test_button, Qt.MouseButton.LeftButton)
    assert dialog.status.text().startswith("Test message sent to rep@example.com")
    assert [r.rcpt_tos for r in mail.received] == [[USER]]


def test_template_editor_flags_unknown_fields_and_cliches_and_previews_a_real_prospect(
        qtbot, ctx, thank_you, monkeypatch):
    email_service.save_identity(ctx, REP)
    dialog = TemplateEditorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select_template("thank_you")
    qtbot.waitUntil(lambda: "Dana" in dialog.preview.toPlainText())
    preview = dialog.preview.toPlainText()
    assert "Subject: Thank you, Dana — our call on Thursday 17 December" in preview
    assert "Thursday 17 December at 10:30 (New York time)" in preview
    assert "Sam Rivers" in preview and "{{" not in preview
    assert dialog.issues.text() == "No unknown fields, no clichés."

    dialog.body_edit.setPlainText("Hi {{first_name}}, just checking in about {{budget}}.")
    qtbot.waitUntil(lambda: "budget" in dialog.issues.text())
    assert "Unknown field: <b>{{budget}}</b>" in dialog.issues.text()
    assert "Cliché: <b>“just checking in”</b>" in dialog.issues.text()
    assert "{{budget}} on line 1 is not a merge field Tickler knows" in (
        dialog.preview_note.text())

    dialog.body_edit.setPlainText("Hi {{first_name}}, {{reason}}.\n\n{{contact_block}}\n")
    assert dialog.save_current()
    assert email_service.get_template(ctx, "thank_you").body.startswith("Hi {{first_name}}")
    assert dialog.reset_button.isEnabled()
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Reset]
    monkeypatch.setattr(QMessageBox, "question", lambda *_a, **_k: answers.pop(0))
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)  # asked, and cancelled
    assert email_service.get_template(ctx, "thank_you").body.startswith("Hi {{first_name}}")
    qtbot.mouseClick(dialog.reset_button, Qt.MouseButton.LeftButton)  # asked, and confirmed
    assert email_service.get_template(ctx, "thank_you") == email_service.default_template(
        "thank_you")
    assert "I will call you on" in dialog.body_edit.toPlainText()


def test_switching_templates_with_unsaved_edits_can_be_cancelled(qtbot, ctx, monkeypatch):
    dialog = TemplateEditorDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.select_template("thank_you")
    dialog.body_edit.setPlainText("My own words, not saved yet.")
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *_a, **_k: QMessageBox.StandardButton.Cancel)
    dialog.select_template("reminder")
    assert dialog.current().key == "thank_you"
    assert dialog.list.currentRow() == list(dialog._templates).index("thank_you")
    assert dialog.body_edit.toPlainText() == "My own words, not saved yet."


def test_outbox_model_passes_the_model_tester(qtmodeltester, ctx, configured, thank_you):
    outbox.queue_touch_email(ctx, thank_you)
    outbox.queue_test_email(ctx)
    model = OutboxTableModel(lambda: outbox.list_outbox(ctx), lambda: ctx.rep_timezone,
                             ctx.now)
    model.refresh()
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_a_value_touch_asks_for_the_reps_part_then_sends(qtbot, window, ctx, mail, configured,
                                                        thank_you, clock):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.views.mail.compose_dialog import ComposeDialog

    clock.advance(days=14)
    window.refresh_queue()
    value = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'value'").fetchone()[0])
    assert window.select_touch(value)
    seen = {}

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ComposeDialog)
        seen["note"] = dialog.note.text()
        dialog.accept()  # the [write this] part is still there: refused, text kept
        seen["refused"] = dialog.isVisible() and dialog.refusal.isVisibleTo(dialog)
        seen["refusal"] = dialog.refusal.text()
        body = dialog.body()
        start, end = body.index("["), body.index("]") + 1
        dialog.body_edit.setPlainText(body[:start] + "the attached case study from a clinic "
                                      "group your size" + body[end:])
        dialog.accept()

    QTimer.singleShot(0, fill_in)
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        window.features.email.send_selected()
    assert "a part only you can write" in seen["note"]
    assert seen["refused"] and "with your own words" in seen["refusal"]
    body = mail.received[0].message.get_body(("plain",)).get_content()
    assert "the attached case study from a clinic group your size" in body
    assert "[" not in body
    assert not [p for p in mail.received[0].message.walk()
                if p.get_content_type() == "text/calendar"]
    assert ctx.store.get_touch(value).status == "done"


@pytest.mark.logs_warnings
def test_a_send_pass_that_stops_early_leaves_nothing_stuck_and_says_so(
        qtbot, window, ctx, configured, thank_you, monkeypatch):
    """Failure injected into the worker: the server took the message, then the pass died
    before recording the answer. The message must not sit in "sending" until a restart."""
    from desktop_app.store import Store
    from desktop_app.views.mail import outbox_sender

    outbox_id = outbox.queue_touch_email(ctx, thank_you)

    def dies_after_handoff(store: Store, *_args, **_kwargs):
        store.db.execute("UPDATE outbox SET state = 'sending', handoff_utc = ? WHERE id = ?",
                         ["2026-11-23T09:00:00Z", outbox_id])
        raise OSError("disk full")

    monkeypatch.setattr(outbox_sender, "deliver_due", dies_after_handoff)
    with qtbot.waitSignal(window.features.email.sender.problem) as problem, \
            qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=10_000):
        window.features.email.sender.kick()
    assert "disk full" in problem.args[0] and "Outbox" in problem.args[0]
    assert outbox.get_message(ctx.store, outbox_id).state == "uncertain"


@pytest.mark.parametrize(("host", "words"), [
    ("smtp.office365.com", "550 5.7.30"),
    ("smtp-mail.outlook.com", "SMTP AUTH"),
    ("smtp.gmail.com", "myaccount.google.com/apppasswords"),
])
def test_settings_say_before_the_rep_tries_which_providers_refuse_passwords(
        qtbot, ctx, secrets, host, words):
    dialog = EmailSettingsDialog(ctx, secrets)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.provider_label.isVisible()
    qtbot.keyClicks(dialog.host_edit, host)
    assert dialog.provider_label.isVisible()
    assert words in dialog.provider_label.text() and "app password" in (
        dialog.provider_label.text())
    dialog.host_edit.setText("mail.example.com")
    assert not dialog.provider_label.isVisible()


def test_a_refused_login_holds_the_outbox_until_the_rep_gives_the_password_again(
        qtbot, window, ctx, mail, secrets, thank_you):
    config = configure_rep(ctx, mail)
    account = email_service.keyring_account(config)
    secrets.set_password(account, "an-old-password")
    assert window.select_touch(thank_you)
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        window.features.email.send_selected()
    assert mail.failed_logins == 1
    assert window.queue_model.row_status(thank_you).startswith("held: the server refused")
    assert window.features.email.panel.model.row_at(0).state == "queued"
    outbox = window.features.email.panel.model
    assert outbox.data(outbox.index(0, 0)) == "Held: the server refused the sign-in"
    assert window.tabs.tabText(window.features.email.tab_index) == "Outbox (1 ⚠)"
    panel = window.features.email.panel
    assert "The server refused the login: 535" in panel.reason.text()
    assert "Enter the password again in Email settings" in panel.reason.text()
    with qtbot.waitSignal(window.features.email.sender.problem) as problem:
        assert window.features.email.sender.kick() is False  # never retried on its own
    assert "Email settings" in problem.args[0] and mail.failed_logins == 1

    dialog = EmailSettingsDialog(ctx, secrets, window.features.email.sender, window)
    qtbot.addWidget(dialog)
    assert "refused the login" in dialog.status.text()
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        assert dialog.save()
        assert window.features.email.sender.kick()
    assert len(mail.received) == 1 and mail.failed_logins == 1
    assert ctx.store.get_touch(thank_you).status == "done"
    assert window.tabs.tabText(window.features.email.tab_index) == "Outbox"


def test_the_offered_draft_marks_an_empty_field_where_it_stands(qtbot, window, ctx, mail,
                                                                 configured):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.prospects import create_prospect
    from desktop_app.services.stalls import StallRequest, log_stall
    from desktop_app.views.mail.compose_dialog import ComposeDialog

    pid = create_prospect(ctx, {"company": "Hudson Dental Group", "timezone": "America/New_York",
                                "email": "office@hudson-dental.example"})
    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "Call me next month",
                                datetime(2026, 12, 17, 10, 30), SlotQuality.BOOKED))
    touch = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = 'thank_you'",
        [pid]).fetchone()[0])
    window.refresh_queue()
    assert window.select_touch(touch)
    seen = {}

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ComposeDialog)
        seen["note"] = dialog.note.text()
        seen["body"] = dialog.body()
        dialog.body_edit.setPlainText(dialog.body().replace(
            email_service.empty_marker("first_name"), ""))
        dialog.subject_edit.setText("Thank you — our call on Thursday 17 December")
        dialog.accept()
        seen["refusal"] = dialog.refusal.text()
        dialog.reject()

    QTimer.singleShot(0, look)
    assert window.features.email.send_selected() is None
    assert ("{{first_name}} has nothing to fill in for this prospect (in the subject and on "
            "line 1)") in seen["note"]
    assert seen["body"].startswith("Dear [first name: empty for this prospect],")
    assert "“Dear ,” on line 1 greets no one" in seen["refusal"]
    assert mail.received == [] and outbox.list_outbox(ctx) == []


def test_closing_tickler_during_a_slow_answer_does_not_wait_ten_minutes(
        qtbot, window, ctx, mail, configured, thank_you):
    """The server takes a minute to answer the final dot; the sender's stop (Tickler
    quitting) cuts the wait short, and the message is uncertain, never resent alone."""
    mail.reply_delay = 60.0
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    assert window.features.email.sender.kick()
    qtbot.waitUntil(lambda: ctx.store.db.execute(
        "SELECT handoff_utc FROM outbox WHERE id = ?", [outbox_id]).fetchone()[0] is not None,
        timeout=20_000)
    window.features.email.sender.stop()
    message = outbox.get_message(ctx.store, outbox_id)
    assert message.state == "uncertain" and "Tickler was closing" in message.last_error
