"""The mailbox in the real window: a reply arrives in Dovecot, the watcher (off the UI
thread) finds it, the value touch leaves Today and "They replied" stands at the top."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPlainTextEdit

from desktop_app.platform.imap import ImapConfig, ImapSecurity
from desktop_app.platform.secrets import SecretStore
from desktop_app.services import mailbox as mb
from desktop_app.views.mail.mailbox_feature import ReadMailDialog
from tests import mailbox_messages as msgs
from tests.imapserver import PASSWORD, USER, dovecot_available
from tests.test_mailbox import sent_thank_you  # noqa: F401 (a fixture)

# The offscreen platform cannot raise windows (the profile opens raised); it says so.
pytestmark = [pytest.mark.gui, pytest.mark.imap, pytest.mark.keyring,
              pytest.mark.skipif(not dovecot_available(), reason="needs dovecot-imapd"),
              pytest.mark.qt_log_ignore(r"This plugin does not support raise")]


@pytest.fixture
def secrets():
    """The real Secret Service (gnome-keyring in the test's D-Bus session)."""
    import uuid

    from tests.test_secrets import secret_service_or_skip

    return SecretStore(secret_service_or_skip(), service=f"Tickler test {uuid.uuid4()}")



def test_a_reply_shows_they_replied_and_the_value_touch_leaves_today(
        qtbot, ctx, clock, dovecot, sent_thank_you, secrets):  # noqa: F811
    from desktop_app.composition import build_window

    config = mb.save_imap(ctx, ImapConfig("localhost", dovecot.tls_port, ImapSecurity.TLS,
                                          USER, ("INBOX",), ca_file=str(dovecot.cert)))
    secrets.set_password(mb.imap_account(config), PASSWORD)
    clock.advance(days=14, hours=2)  # the day of the value touch
    window = build_window(ctx, features=False)  # then the features, as run_gui does
    from desktop_app.composition import install_features

    install_features(window, secrets=secrets)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    titles = [r.title for r in window.queue_model.rows()]
    assert "Value touch" in titles
    panel = window.features.mailbox.panel
    assert not panel.isVisible()

    dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(),
                               text="Thanks Sam, we chose another supplier for now."))
    with qtbot.waitSignal(window.features.mailbox.watcher.checked, timeout=30_000,
                          check_params_cb=lambda r: bool(r.kept)):
        window.features.mailbox.check_now()

    qtbot.waitUntil(panel.isVisible)
    assert panel.model.rowCount() == 1
    index = panel.model.index(0, 2)
    assert "another supplier" in panel.model.data(index, Qt.ItemDataRole.DisplayRole)
    assert panel.model.data(panel.model.index(0, 0)) == "✉ They replied"
    assert "Value touch" not in [r.title for r in window.queue_model.rows()]
    assert panel.resume_button.isVisible() and not panel.address_button.isVisible()

    dialog = ReadMailDialog(ctx, panel.selected(), window)
    assert "another supplier" in dialog.findChild(QPlainTextEdit, "MailText").toPlainText()
    dialog.close()

    qtbot.mouseClick(panel.end_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert "Value touch" not in [r.title for r in window.queue_model.rows()]
    window.features.mailbox.watcher.stop()
    window.rollover.stop()


def _window(qtbot, ctx, secrets):
    from desktop_app.composition import build_window, install_features

    window = build_window(ctx, features=False)
    install_features(window, secrets=secrets)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_a_bounce_asks_for_a_new_address_and_marks_the_calls(
        qtbot, ctx, clock, dovecot, sent_thank_you, secrets):  # noqa: F811
    config = mb.save_imap(ctx, ImapConfig("localhost", dovecot.tls_port, ImapSecurity.TLS,
                                          USER, ("INBOX",), ca_file=str(dovecot.cert)))
    secrets.set_password(mb.imap_account(config), PASSWORD)
    window = _window(qtbot, ctx, secrets)
    watcher = window.features.mailbox.watcher
    qtbot.waitUntil(lambda: watcher.last_report is not None, timeout=30_000)
    dovecot.deliver(msgs.postfix_bounce(original_id=sent_thank_you, when=clock()))
    with qtbot.waitSignal(watcher.checked, timeout=30_000,
                          check_params_cb=lambda r: bool(r.kept)):
        window.features.email.sender.pass_finished.emit()  # a send pass ended: the mailbox is read

    panel = window.features.mailbox.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.model.data(panel.model.index(0, 0)) == "✉ Address bounced"
    assert panel.address_button.isVisible() and not panel.resume_button.isVisible()
    clock.advance(days=25)  # the day of the callback: the call stays, marked
    window.refresh_queue()
    window.features.mailbox._mark_bad_addresses()
    calls = [r for r in window.queue_model.rows() if r.channel.value == "call"]
    assert calls and "address bounced" in window.queue_model.row_status(calls[0].id)

    qtbot.mouseClick(panel.address_button, Qt.MouseButton.LeftButton)
    editor = window.features.profile.editors[calls[0].prospect_id]
    note = editor.errors["email"]
    assert note.isVisible() and "bounced" in note.text()
    editor.contact["email"].setText("dana.whitfield@hudson-dental.example")
    assert editor.save()
    qtbot.waitUntil(lambda: not panel.isVisible())
    watcher.stop()
    window.rollover.stop()


def test_the_watcher_waits_in_idle_and_a_new_message_wakes_it(
        qtbot, ctx, clock, dovecot, sent_thank_you, secrets):  # noqa: F811
    from desktop_app.views.mail.mailbox_feature import MailboxWatcher

    config = mb.save_imap(ctx, ImapConfig("localhost", dovecot.tls_port, ImapSecurity.TLS,
                                          USER, ("INBOX",), ca_file=str(dovecot.cert)))
    secrets.set_password(mb.imap_account(config), PASSWORD)
    watcher = MailboxWatcher(ctx, secrets)
    watcher.interval = 600  # only IDLE can bring the next check within the test
    try:
        with qtbot.waitSignal(watcher.checked, timeout=30_000):
            watcher.kick()
        with qtbot.waitSignal(watcher.checked, timeout=30_000,
                              check_params_cb=lambda r: r.replies == 1):
            dovecot.deliver(msgs.reply(in_reply_to=sent_thank_you, when=clock(),
                                       text="Pushed by the server."))
    finally:
        watcher.stop()


def test_imapclient_waits_until_the_first_check(tmp_path):
    """Building the whole window (mailbox feature included) imports no IMAP or bounce
    library: they load on the watcher's thread when it first checks."""
    import json
    import os
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent
    script = (
        "import sys, json\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.services import AppContext\n"
        "from desktop_app.store import Store\n"
        "from desktop_app.composition import build_window\n"
        f"store = Store.open({str(tmp_path / 'book.sqlite3')!r})\n"
        "window = build_window(AppContext(store))\n"
        "window.show(); app.processEvents()\n"
        "print(json.dumps(sorted(m for m in ('imapclient', 'flufl.bounce', 'imaplib') "
        "if m in sys.modules)))\n"
        "window.close(); store.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(root)}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=root,
                          capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_settings_test_the_incoming_server_and_keep_its_password_in_the_keyring(
        qtbot, ctx, dovecot, secrets, mail):
    from desktop_app.services.email import keyring_account
    from desktop_app.views.mail.email_settings_dialog import EmailSettingsDialog
    from tests.mailserver import PASSWORD as SMTP_PASSWORD
    from tests.mailserver import configure_rep

    smtp = configure_rep(ctx, mail)
    dialog = EmailSettingsDialog(ctx, secrets)
    qtbot.addWidget(dialog)
    box = dialog.incoming
    box.watch_check.setChecked(True)
    box.host_edit.setText("localhost")
    box.security_combo.setCurrentIndex(1)  # STARTTLS
    box.port_spin.setValue(dovecot.starttls_port)
    box.user_edit.setText(USER)
    box.folders_edit.setText("INBOX, Clients")
    box.ca_edit.setText(str(dovecot.cert))
    box.password_edit.setText("not-the-password")
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "refused" in box.status.text(), timeout=30_000)
    assert mb.imap_hold(ctx.store) is None  # a test by the rep holds nothing

    dovecot.deliver(b"Subject: x\r\n\r\nx\r\n", folder="Clients")
    box.password_edit.setText(PASSWORD)
    qtbot.mouseClick(box.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Signed in" in box.status.text(), timeout=30_000)
    assert "INBOX: 0 messages; Clients: 1 message." in box.status.text()

    assert dialog.save()
    config = mb.load_imap(ctx.store)
    assert config is not None and config.folders == ("INBOX", "Clients")
    assert secrets.get_password(mb.imap_account(config)) == PASSWORD
    stored = " ".join(str(r[0]) for r in ctx.store.db.execute("SELECT value FROM settings"))
    assert PASSWORD not in stored

    # "same as outgoing": the SMTP password from the keyring is the one used
    secrets.set_password(keyring_account(smtp), SMTP_PASSWORD)
    box.same_check.setChecked(True)
    assert not box.password_edit.isEnabled()
    assert dialog.save()
    config = mb.load_imap(ctx.store)
    assert config.same_password
    assert mb.imap_password(ctx, secrets, config) == SMTP_PASSWORD
    dialog.reject()


def test_the_replies_row_adds_no_second_control_on_an_alt_key(qtbot, ctx, clock, thank_you):
    """With a reply and then a bounce above the queue, every Alt key still reaches one
    control (the check the rest of the window passes, in test_queue_keys)."""
    from desktop_app.composition import build_window
    from desktop_app.domain.inbound import read_message
    from tests.test_queue_keys import clashes, menu_clashes

    mb.record(ctx.store, ctx.clock, read_message(msgs.reply(
        in_reply_to=None, when=clock(), text="Call me on Friday.")))
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.features.mailbox.panel.isVisible()
    assert clashes(window) == {} and menu_clashes(window) == {}
    mb.record(ctx.store, ctx.clock, read_message(msgs.postfix_bounce(
        original_id="<none@example.com>", when=clock())))
    window.features.mailbox.panel.refresh()
    window.features.mailbox.panel.view.selectRow(0)
    assert window.features.mailbox.panel.address_button.isVisible()
    assert clashes(window) == {}
    window.rollover.stop()
