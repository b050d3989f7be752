"""Email in the rep's language: every word of the mail screens goes through tr(), the
Outbox's states read German with the German translation, held messages say why they are
held, and what a prospect reads stays in its template's language.

The SMTP server is real (aiosmtpd with STARTTLS + AUTH on 127.0.0.1); nothing listens on
the incoming server's port, so its Test fails as a rep with a wrong port sees it. The
keyring is keyring's "fail" backend (the password stays in memory): the real Secret
Service is tested in test_secrets.py.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from desktop_app.domain.inbound import read_message
from desktop_app.domain.localtime import utc_to_local
from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.domain.templates import MERGE_FIELDS
from desktop_app.platform.imap import ImapConfig, ImapSecurity
from desktop_app.platform.secrets import SecretStore
from desktop_app.services import email as email_service
from desktop_app.services import mailbox as mb
from desktop_app.services import outbox
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.store import outbox as stored
from desktop_app.views.common.qt_dates import ui_date, ui_time
from tests import mailbox_messages as msgs
from tests.i18n_probe import data_words, pseudo_translation, untranslated
from tests.mailserver import PASSWORD, configure_rep, free_port

pytestmark = [pytest.mark.smtp]

SLOT = datetime(2026, 12, 17, 10, 30)  # New York time, as the thank_you fixture books it


@pytest.fixture
def secrets():
    return SecretStore(fail.Keyring())


def thank_you_of(ctx, first: str, last: str, email: str, slot: datetime = SLOT) -> int:
    """A New York prospect who booked a callback; the id of their thank-you touch."""
    pid = create_prospect(ctx, {"first_name": first, "last_name": last, "email": email,
                                "company": f"{last} Holdings",
                                "timezone": "America/New_York"})
    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "Call me next month", slot,
                                SlotQuality.BOOKED))
    return touch_of(ctx, pid, "thank_you")


def touch_of(ctx, prospect_id: int, step: str) -> int:
    return int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = ? AND status = 'pending'",
        [prospect_id, step]).fetchone()[0])


def prospect_of(ctx, touch_id: int) -> int:
    return int(ctx.store.db.execute("SELECT prospect_id FROM touches WHERE id = ?",
                                    [touch_id]).fetchone()[0])


def reply_from(ctx, outbox_id: int, when: datetime) -> int:
    """Their reply to the message, kept as the mailbox watcher keeps it."""
    message = outbox.get_message(ctx.store, outbox_id)
    raw = msgs.reply(in_reply_to=message.message_id, when=when,
                     text="Thanks, we are looking at it next quarter.",
                     sender=f"{message.recipient_name} <{message.recipient}>",
                     message_id=f"<reply-{outbox_id}@example.org>")
    mail_id = mb.record(ctx.store, ctx.clock, read_message(raw))
    assert mail_id is not None
    return mail_id


def held_after_the_call_moved(ctx, touch_id: int, to: datetime) -> int:
    """The rep edits the waiting message by hand, then the call moves: it is held."""
    from desktop_app.services.touches import reschedule_touch

    outbox_id = outbox.queue_touch_email(ctx, touch_id)
    message = outbox.get_message(ctx.store, outbox_id)
    outbox.edit_message(ctx, outbox_id, message.subject, message.body + "\nSpeak soon.")
    callback = touch_of(ctx, prospect_of(ctx, touch_id), "callback")
    reschedule_touch(ctx, callback, to)
    return outbox_id


# -- held messages say why ------------------------------------------------------------------


def test_held_messages_carry_their_reason_from_the_service(ctx, clock, mail, thank_you):
    configure_rep(ctx, mail)
    replied = outbox.queue_touch_email(ctx, thank_you)
    answered = datetime(2026, 12, 3, 14, 5, tzinfo=UTC)
    reply_from(ctx, replied, answered)
    assert outbox.get_message(ctx.store, replied).hold == outbox.Hold(
        outbox.HELD_REPLIED, answered)

    ended_touch = thank_you_of(ctx, "Ola", "Berg", "ola@berg.example")
    ended = outbox.queue_touch_email(ctx, ended_touch)
    log_stall(ctx, StallRequest(prospect_of(ctx, ended_touch), StallKind.GONE_DARK))
    assert outbox.get_message(ctx.store, ended).hold == outbox.Hold(outbox.HELD_PLAN_ENDED)

    moved_touch = thank_you_of(ctx, "Kim", "Lau", "kim@lau.example")
    moved = held_after_the_call_moved(ctx, moved_touch, datetime(2026, 12, 18, 15, 0))
    hold = outbox.get_message(ctx.store, moved).hold
    assert hold is not None and hold.reason == outbox.HELD_SLOT_MOVED
    assert utc_to_local(hold.since_utc, hold.zone) == datetime(
        2026, 12, 18, 15, 0, tzinfo=utc_to_local(hold.since_utc, hold.zone).tzinfo)
    assert hold.zone == "America/New_York"

    plain = thank_you_of(ctx, "Noor", "Haddad", "noor@haddad.example")
    waiting = outbox.queue_touch_email(ctx, plain)
    assert outbox.get_message(ctx.store, waiting).hold is None
    email_service.hold_logins(ctx.store, "Held: The server refused the login: 535 no.")
    holds = {m.id: m.hold for m in outbox.list_outbox(ctx)}
    assert holds[waiting] == outbox.Hold(outbox.HELD_SIGN_IN,
                                         detail="The server refused the login: 535 no.")
    # a refused sign-in does not hide a reason that outlasts it
    assert holds[replied].reason == outbox.HELD_REPLIED
    assert holds[ended].reason == outbox.HELD_PLAN_ENDED
    assert holds[moved].reason == outbox.HELD_SLOT_MOVED


def test_a_resumed_plan_and_a_rep_who_sends_again_lift_the_hold(ctx, clock, mail, thank_you):
    configure_rep(ctx, mail)
    replied = outbox.queue_touch_email(ctx, thank_you)
    mail_id = reply_from(ctx, replied, clock())
    assert outbox.get_message(ctx.store, replied).hold is not None
    mb.resume_plan(ctx, mail_id)
    assert outbox.get_message(ctx.store, replied).hold is None

    moved_touch = thank_you_of(ctx, "Kim", "Lau", "kim@lau.example")
    moved = held_after_the_call_moved(ctx, moved_touch, datetime(2026, 12, 18, 15, 0))
    assert outbox.get_message(ctx.store, moved).state == outbox.FAILED
    outbox.retry_message(ctx, moved)  # the rep checked the time: it goes
    message = outbox.get_message(ctx.store, moved)
    assert message.state == outbox.QUEUED and message.hold is None


def test_migration_14_marks_messages_held_when_their_call_moved(db_path):
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.store.database import migrate, user_version

    db = Database(sqlite3.connect(db_path), execute_plugins=False)
    migrate(db, db_path, upto=13)
    for n, error in enumerate((
            "The call moved to Fri 18 Dec at 15:00 after you edited this message: check the "
            "time in it, then send it again.",
            "550 5.1.1 No such user")):
        db.execute(
            "INSERT INTO outbox (message_id, sender, recipient, subject, body, raw, state, "
            "last_error, created_utc, updated_utc) VALUES (?, 'a@x.example', 'b@y.example', "
            "'Hi', 'Text', x'00', 'failed', ?, '2026-12-01T00:00:00Z', "
            "'2026-12-01T00:00:00Z')", [f"<{n}@x.example>", error])
    db.conn.commit()
    migrate(db, db_path, upto=14)
    assert user_version(db) == 14
    assert db.execute("SELECT held_for FROM outbox ORDER BY id").fetchall() == [
        ("slot_moved",), ("",)]


# -- the Outbox tab --------------------------------------------------------------------------


def every_state(ctx, clock, mail) -> dict[str, int]:
    """One message in each state the Outbox shows; their outbox ids by name."""
    config = configure_rep(ctx, mail)
    ids: dict[str, int] = {}
    ids["sent"] = outbox.queue_touch_email(
        ctx, thank_you_of(ctx, "Ada", "Sent", "ada@sent.example"))
    outbox.deliver_due(ctx.store, ctx.clock, config, PASSWORD)
    for name in ("queued", "retry", "failed", "uncertain", "sending"):
        ids[name] = outbox.queue_touch_email(
            ctx, thank_you_of(ctx, name.title(), "Case", f"{name}@case.example"))
    now = clock()
    with ctx.store.transaction():  # as the sender records its attempts
        stored.claim(ctx.store, ids["retry"], now)
        stored.set_result(ctx.store, ids["retry"], outbox.QUEUED, now, "451 Try later.",
                          next_attempt=now + timedelta(minutes=5))
        stored.set_result(ctx.store, ids["failed"], outbox.FAILED, now, "550 No such user.")
        stored.set_result(ctx.store, ids["uncertain"], outbox.UNCERTAIN, now, "No answer.")
        stored.claim(ctx.store, ids["sending"], now)
    ids["replied"] = outbox.queue_touch_email(
        ctx, thank_you_of(ctx, "Rhea", "Reply", "rhea@reply.example"))
    reply_from(ctx, ids["replied"], datetime(2026, 12, 3, 14, 5, tzinfo=UTC))
    ended = thank_you_of(ctx, "Enzo", "Ended", "enzo@ended.example")
    ids["ended"] = outbox.queue_touch_email(ctx, ended)
    log_stall(ctx, StallRequest(prospect_of(ctx, ended), StallKind.GONE_DARK))
    ids["moved"] = held_after_the_call_moved(
        ctx, thank_you_of(ctx, "Mo", "Moved", "mo@moved.example"),
        datetime(2026, 12, 18, 15, 0))
    discarded = outbox.queue_touch_email(
        ctx, thank_you_of(ctx, "Dee", "Gone", "dee@gone.example"))
    outbox.discard_message(ctx, discarded)
    return ids


def state_cells(panel) -> dict[int, str]:
    model = panel.model
    return {model.row_at(r).id: model.data(model.index(r, 0)) for r in range(model.rowCount())}


def test_the_outbox_shows_held_messages_as_held_with_the_reason_in_words(
        qtbot, ctx, clock, mail):
    from desktop_app.views.mail.outbox_view import OutboxPanel

    ids = every_state(ctx, clock, mail)
    panel = OutboxPanel(ctx)
    qtbot.addWidget(panel)
    cells = state_cells(panel)
    tz = ctx.rep_timezone
    moved = outbox.get_message(ctx.store, ids["moved"]).hold.since_utc
    assert cells[ids["replied"]] == "Held: they replied on " + ui_date(
        utc_to_local(datetime(2026, 12, 3, 14, 5, tzinfo=UTC), tz).date())
    assert cells[ids["ended"]] == "Held: the plan ended"
    local = utc_to_local(moved, tz)
    when = f"{ui_date(local.date(), weekday=True)} {ui_time(local)}"
    assert cells[ids["moved"]] == f"Held: the call moved to {when}"
    assert cells[ids["queued"]] == "Queued" and cells[ids["sent"]] == "Sent"
    assert cells[ids["failed"]] == "Failed" and cells[ids["uncertain"]] == "Uncertain"
    assert cells[ids["retry"]].startswith("Retry at ")
    # the one held after its call moved waits for the rep to check it: counted with those
    assert "2 held · 3 for you to check" in panel.summary.text()

    panel.select(ids["replied"])
    assert "Their reply waits at the top of Today" in panel.reason.text()
    panel.select(ids["moved"])
    assert "You had edited this message by hand" in panel.reason.text()
    assert panel.retry_button.isEnabled()  # "send it again" once the rep has checked


def test_saving_email_settings_does_not_send_a_message_held_for_the_rep(
        qtbot, ctx, clock, mail, secrets, thank_you, monkeypatch):
    """New settings retry what failed for want of them, never a message held because its
    call moved after the rep's edit: that one waits for the rep to check its time."""
    configure_rep(ctx, mail)
    failed = outbox.queue_touch_email(ctx, thank_you)
    with ctx.store.transaction():
        stored.set_result(ctx.store, failed, outbox.FAILED, clock(), "535 refused.")
    moved = held_after_the_call_moved(
        ctx, thank_you_of(ctx, "Mo", "Moved", "mo@moved.example"),
        datetime(2026, 12, 18, 15, 0))
    window = mail_window(qtbot, ctx, secrets, monkeypatch)
    email = window.features.email
    monkeypatch.setattr(email.sender, "kick", lambda: True)  # what was retried stays to see
    assert email.retry_after_settings() == 1
    assert outbox.get_message(ctx.store, failed).state == outbox.QUEUED
    assert outbox.get_message(ctx.store, moved).state == outbox.FAILED
    window.stop_features()
    window.rollover.stop()


# -- every word through tr() ---------------------------------------------------------------


def mail_window(qtbot, ctx, secrets, monkeypatch):
    """The real window with email and the mailbox, as run_gui builds it; its sender does
    not start on its own, so the messages stay in the states the test made."""
    from desktop_app.composition import build_window, install_features
    from desktop_app.views.mail.outbox_sender import OutboxSender

    monkeypatch.setattr(OutboxSender, "start", lambda self: None)
    window = build_window(ctx, features=False)
    install_features(window, secrets=secrets, use_tray=False, notifier=False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def pseudo_window(qtbot, ctx, clock, mail, secrets, monkeypatch):
    """The real window on the sample book, built with the pseudo-translation installed."""
    from desktop_app.services.sample import write_sample_book

    with pseudo_translation():
        write_sample_book(ctx)
        ids = every_state(ctx, clock, mail)
        window = mail_window(qtbot, ctx, secrets, monkeypatch)
        window.ids = ids
        yield window
        window.stop_features()
        window.rollover.stop()


def assert_translated(widget, allowed: set[str]) -> None:
    found = untranslated(widget, allowed)
    assert found == [], "\n".join(found)


def words(ctx, *extra: str) -> set[str]:
    return data_words(ctx.store.path, extra=[*MERGE_FIELDS, *extra])


def test_every_word_of_the_outbox_tab_goes_through_translation(qtbot, ctx, pseudo_window):
    window = pseudo_window
    panel = window.features.email.panel
    window.tabs.setCurrentIndex(window.features.email.tab_index)
    qtbot.waitUntil(panel.isVisible)
    assert window.tabs.tabText(window.features.email.tab_index).startswith("⟦")
    for name in ("replied", "ended", "moved", "failed", "uncertain", "retry", "sent"):
        panel.select(window.ids[name])
        assert_translated(panel, words(ctx))
    email_service.hold_logins(ctx.store, "Held: ⟦The server refused the login⟧")
    panel.refresh()
    panel.select(window.ids["queued"])
    assert_translated(panel, words(ctx))


def test_every_word_of_the_replies_list_goes_through_translation(qtbot, ctx, clock,
                                                                  pseudo_window):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.views.mail.mailbox_feature import ReadMailDialog

    window = pseudo_window
    sent = outbox.get_message(ctx.store, window.ids["sent"])
    mb.record(ctx.store, ctx.clock, read_message(msgs.postfix_bounce(
        original_id=sent.message_id, recipient=sent.recipient, when=clock())))
    window.features.mailbox.panel.refresh()
    window.tabs.setCurrentIndex(0)
    panel = window.features.mailbox.panel
    qtbot.waitUntil(panel.isVisible)
    assert panel.model.rowCount() == 2  # Rhea's reply and Ada's bounce
    for row in range(panel.model.rowCount()):
        panel.view.selectRow(row)
        assert_translated(panel, words(ctx))
        dialog = ReadMailDialog(ctx, panel.selected(), window)
        qtbot.addWidget(dialog)
        dialog.show()
        assert_translated(dialog, words(ctx))
        dialog.close()
    assert QMessageBox  # the decisions' refusals are the services' words


def test_every_word_of_email_settings_goes_through_translation_with_failed_tests(
        qtbot, ctx, clock, mail, secrets, pseudo_window):
    from desktop_app.views.mail.email_settings_dialog import EmailSettingsDialog

    window = pseudo_window
    window.features.mailbox.watcher.stop()  # the dialog's Test is the only look at this server
    mb.save_imap(ctx, ImapConfig("127.0.0.1", free_port(), ImapSecurity.TLS, "rep@example.com",
                                 ("INBOX",)))
    secrets.set_password(email_service.keyring_account(email_service.load_smtp(ctx)),
                         "not-the-password")
    dialog = EmailSettingsDialog(ctx, secrets, window.features.email.sender, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert dialog.incoming.watch_check.isChecked()
    assert_translated(dialog, words(ctx))

    dialog.incoming.password_edit.setText("imap-password")
    dialog.incoming.test()
    qtbot.waitUntil(lambda: dialog.incoming.status.text().startswith("⟦Tickler could not "
                                                                      "reach"),
                    timeout=20_000)
    with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
        dialog.send_test()
    qtbot.waitUntil(lambda: "⟦The test message did not go" in dialog.status.text())
    assert mail.failed_logins == 1
    assert_translated(dialog, words(ctx))
    dialog.security_combo.setCurrentIndex(dialog.security_combo.findData("plain"))
    assert dialog.plain_warning.isVisible()
    assert_translated(dialog, words(ctx))
    dialog.reject()


def test_every_word_of_the_template_editor_and_compose_goes_through_translation(
        qtbot, ctx, monkeypatch, pseudo_window):
    from desktop_app.views.mail.compose_dialog import ComposeDialog
    from desktop_app.views.mail.template_editor import TemplateEditorDialog

    window = pseudo_window
    editor = TemplateEditorDialog(ctx, window)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    names = [editor.list.item(i).text() for i in range(editor.list.count())]
    # the templates' names and text are the template's own language, like the emails
    assert_translated(editor, words(ctx, *names))
    editor.body_edit.setPlainText("Hi {{first_name}}, just checking in about {{budget}}.")
    editor.update_preview()
    assert "budget" in editor.issues.text()
    assert_translated(editor.issues, words(ctx, "budget", "just checking in"))
    editor._dirty = False
    editor.reject()

    shown: list[ComposeDialog] = []
    monkeypatch.setattr(ComposeDialog, "exec", lambda self: shown.append(self) or 0)
    panel = window.features.email.panel
    panel.select(window.ids["failed"])
    panel.edit_selected()
    compose = shown[0]
    qtbot.addWidget(compose)
    compose.show()
    compose.body_edit.setPlainText("Just checking in: the numbers are ready.")
    assert compose.warning.isVisible()
    assert_translated(compose, words(ctx, "Just checking in"))


# -- German -----------------------------------------------------------------------------------




def test_the_outbox_states_read_german_with_the_german_translation(
        qtbot, ctx, clock, mail, german):
    from desktop_app.views.mail.outbox_view import OutboxPanel

    ids = every_state(ctx, clock, mail)
    panel = OutboxPanel(ctx)
    qtbot.addWidget(panel)
    cells = state_cells(panel)
    assert cells[ids["sent"]] == "Gesendet"
    assert cells[ids["queued"]] == "Wartet"
    assert cells[ids["failed"]] == "Fehlgeschlagen"
    assert cells[ids["uncertain"]] == "Unsicher"
    assert cells[ids["sending"]] == "Wird gesendet…"
    assert cells[ids["retry"]].startswith("Neuer Versuch um ")
    assert cells[ids["ended"]] == "Angehalten: Plan beendet"
    assert cells[ids["replied"]].startswith("Angehalten: Antwort am ")
    assert cells[ids["moved"]].startswith("Angehalten: Anruf verlegt auf ")
    header = [panel.model.headerData(c, Qt.Orientation.Horizontal) for c in range(3)]
    assert header == ["Status", "An", "Betreff"]
    assert panel.summary.text().startswith("9 Nachrichten · ")
    assert panel.retry_button.text() == "Jetzt erne&ut senden"


def test_a_refused_login_reads_german_in_the_outbox(ctx, clock, mail, german):
    """The platform's words (here a refused SMTP login) reach the rep in German too."""
    config = configure_rep(ctx, mail)
    outbox_id = outbox.queue_test_email(ctx)
    outbox.deliver_due(ctx.store, ctx.clock, config, "wrong")
    message = outbox.get_message(ctx.store, outbox_id)
    assert message.hold is not None and message.hold.reason == outbox.HELD_SIGN_IN
    assert message.hold.detail.startswith("Der Server hat die Anmeldung abgelehnt: 535")


def test_what_a_prospect_reads_stays_in_the_templates_language_on_a_german_desktop(
        ctx, clock, mail, thank_you, german):
    configure_rep(ctx, mail)
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    message = outbox.get_message(ctx.store, outbox_id)
    assert message.subject == "Thank you, Dana — our call on Thursday 17 December"
    assert "Thursday 17 December at 10:30 (New York time)" in message.body
    for german_word in ("Donnerstag", "Dezember", "Betreff", "Vielen Dank", "Anruf"):
        assert german_word not in message.subject + message.body


def test_a_refused_send_shows_its_queue_row_in_the_error_colour_in_german(
        qtbot, ctx, mail, secrets, german):
    """The row's note reads German ("fehlgeschlagen…"), and it is still red: the colour
    comes from the message's state, not from English words in the note."""
    from desktop_app.composition import build_window
    from desktop_app.views.common.colours import Tone, text_colour

    config = configure_rep(ctx, mail)
    secrets.set_password(email_service.keyring_account(config), PASSWORD)
    thank_you = thank_you_of(ctx, "Dana", "Hudson", "dana@hudson-dental.example")
    window = build_window(ctx)
    qtbot.addWidget(window)
    window.features.email.secrets = window.features.email.sender.secrets = secrets
    try:
        mail.rcpt_reply = "550 5.1.1 <dana@hudson-dental.example>: Recipient address rejected"
        assert window.select_touch(thank_you)
        with qtbot.waitSignal(window.features.email.sender.pass_finished, timeout=20_000):
            window.features.email.send_selected()
        model = window.queue_model
        status = model.row_status(thank_you)
        assert status and not status.startswith("failed")
        row = model.row_of_touch(thank_you)
        colour = model.index(row, 6).data(Qt.ItemDataRole.ForegroundRole)  # the reason
        assert colour == text_colour(Tone.ERROR)
    finally:
        window.rollover.stop()
        window.features.stop()
