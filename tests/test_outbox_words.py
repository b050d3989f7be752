"""The Outbox's problem texts read in the rep's language of the moment they are shown.

What went wrong is stored as data (the server's own reply and code, or a kind of problem);
the sentence, with the retry's time and count, is made when the Outbox, the queue's note or
a tooltip shows it. A rep who switches language sees every word switch, the server's own
words stay as they came, and messages stored by the Tickler before (English retry words
glued onto the stored text) still read cleanly.

The SMTP server is real (aiosmtpd with STARTTLS + AUTH on 127.0.0.1). The keyring is
keyring's "fail" backend (the password stays in memory): the real Secret Service is tested
in test_secrets.py.
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
from datetime import timedelta

import pytest
from keyring.backends import fail
from PySide6.QtCore import Qt

from desktop_app.domain.localtime import utc_to_local
from desktop_app.platform.secrets import SecretStore
from desktop_app.services import email as email_service
from desktop_app.services import outbox
from desktop_app.store import outbox as stored
from desktop_app.views.mail.outbox_view import COL_DETAIL, COL_STATE
from tests.i18n_probe import german_translation
from tests.mailserver import PASSWORD, configure_rep

pytestmark = [pytest.mark.smtp, pytest.mark.gui]

BUSY = "451 4.3.0 Mailbox busy, try again later"


@pytest.fixture
def secrets(monkeypatch):
    monkeypatch.setattr("keyring.get_keyring", lambda: fail.Keyring())
    return SecretStore()


def in_german(qapp) -> contextlib.AbstractContextManager[None]:
    """German switched on in the middle of a test, as a rep changes the desktop's language
    and starts Tickler again, and switched off after."""
    return german_translation()


@pytest.fixture
def window(qtbot, ctx, mail, secrets, monkeypatch):
    """The real window with email; its sender sends only when the test kicks it."""
    from desktop_app.composition import build_window, install_features
    from desktop_app.views.mail.outbox_sender import OutboxSender

    config = configure_rep(ctx, mail)
    secrets.set_password(email_service.keyring_account(config), PASSWORD)
    monkeypatch.setattr(OutboxSender, "start", lambda self: None)
    window = build_window(ctx, features=False)
    install_features(window, secrets=secrets, use_tray=False, notifier=False)
    qtbot.addWidget(window)
    yield window
    window.stop_features()
    window.rollover.stop()


def send_pass(qtbot, window) -> None:
    sender = window.features.email.sender
    with qtbot.waitSignal(sender.pass_finished, timeout=20_000):
        assert sender.kick()


def shown(window, outbox_id: int) -> dict[str, str]:
    """What the rep reads of one message: the Outbox's cells, tooltip and reason, and the
    note on its queue row."""
    email = window.features.email
    panel = email.panel
    panel.refresh()
    email.sync_row_statuses()
    panel.select(outbox_id)
    model = panel.model
    row = model.row_of(outbox_id)
    assert row is not None
    message = outbox.get_message(window.ctx.store, outbox_id)
    return {
        "state": model.data(model.index(row, COL_STATE)),
        "detail": model.data(model.index(row, COL_DETAIL)),
        "tooltip": model.data(model.index(row, COL_DETAIL), Qt.ItemDataRole.ToolTipRole),
        "reason": panel.reason.text(),
        "note": window.queue_model.row_status(message.touch_id) or "",
    }


def local_time(ctx, when) -> str:
    return f"{utc_to_local(when, ctx.rep_timezone):%H:%M}"


def stored_words(ctx, outbox_id: int) -> tuple[str, dict]:
    last_error, problem = ctx.store.db.execute(
        "SELECT last_error, problem FROM outbox WHERE id = ?", [outbox_id]).fetchone()
    return last_error, json.loads(problem) if problem else {}


def test_451_then_250_reads_german_in_the_outbox_and_the_queue(
        qtbot, ctx, clock, mail, thank_you, window, german):
    mail.data_reply = BUSY
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    send_pass(qtbot, window)
    message = outbox.get_message(ctx.store, outbox_id)
    assert message.state == outbox.QUEUED and message.attempts == 1
    at = local_time(ctx, clock() + timedelta(minutes=1))
    assert message.next_attempt_utc == clock() + timedelta(minutes=1)
    words = f"{BUSY} — Neuer Versuch um {at} (Versuch 2 von 6)."
    seen = shown(window, outbox_id)
    assert seen["state"] == f"Neuer Versuch um {at}"
    assert seen["detail"] == words and seen["tooltip"] == words
    assert words in seen["reason"]
    assert seen["note"] == f"noch nicht gesendet: {words}"
    for text in seen.values():
        assert "Trying" not in text and "attempt" not in text

    # the server's words are kept as they came, with nothing glued on
    last_error, problem = stored_words(ctx, outbox_id)
    assert last_error == BUSY
    assert problem == {"kind": "server", "code": 451, "temporary": True,
                       "values": {"words": "4.3.0 Mailbox busy, try again later"}}

    mail.data_reply = None
    clock.advance(minutes=1)
    send_pass(qtbot, window)
    seen = shown(window, outbox_id)
    assert seen["state"] == "Gesendet" and seen["detail"] == ""
    assert seen["note"] == "gesendet ✓"
    assert len(mail.received) == 1


def test_451_then_250_reads_english_without_the_translation(
        qtbot, ctx, clock, mail, thank_you, window):
    mail.data_reply = BUSY
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    send_pass(qtbot, window)
    at = local_time(ctx, clock() + timedelta(minutes=1))
    words = f"{BUSY} — Trying again at {at} (attempt 2 of 6)."
    seen = shown(window, outbox_id)
    assert seen["state"] == f"Retry at {at}"
    assert seen["detail"] == words and seen["tooltip"] == words
    assert seen["note"] == f"not sent yet: {words}"
    mail.data_reply = None
    clock.advance(minutes=1)
    send_pass(qtbot, window)
    assert shown(window, outbox_id)["note"] == "sent ✓"


def always_busy(qtbot, ctx, clock, mail, thank_you, window) -> tuple[int, list[str]]:
    """A server that answers 451 to every try: the message fails after the last one.
    Returns its id and the Outbox's words after each try."""
    mail.data_reply = BUSY
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    seen = []
    for _ in range(outbox.MAX_ATTEMPTS):
        send_pass(qtbot, window)
        seen.append(shown(window, outbox_id)["detail"])
        clock.advance(hours=4)
    assert mail.received == []
    return outbox_id, seen


def test_a_server_that_always_answers_451_gives_up_in_german(
        qtbot, ctx, clock, mail, thank_you, window, german):
    start = clock()
    outbox_id, seen = always_busy(qtbot, ctx, clock, mail, thank_you, window)
    for attempt, (text, delay) in enumerate(zip(seen, outbox.RETRY_MINUTES, strict=False),
                                            start=1):
        at = local_time(ctx, start + timedelta(hours=4 * (attempt - 1), minutes=delay))
        assert text == f"{BUSY} — Neuer Versuch um {at} (Versuch {attempt + 1} von 6)."
    words = f"{BUSY} — Nach 6 Versuchen aufgegeben."
    result = shown(window, outbox_id)
    assert result["state"] == "Fehlgeschlagen"
    assert result["detail"] == words and result["tooltip"] == words
    assert result["note"] == f"fehlgeschlagen: {words}"
    assert stored_words(ctx, outbox_id)[0] == BUSY


def test_a_server_that_always_answers_451_gives_up_in_english(
        qtbot, ctx, clock, mail, thank_you, window):
    outbox_id, seen = always_busy(qtbot, ctx, clock, mail, thank_you, window)
    assert seen[2].endswith("(attempt 4 of 6).")
    words = f"{BUSY} — Gave up after 6 attempts."
    result = shown(window, outbox_id)
    assert result["state"] == "Failed" and result["detail"] == words
    assert result["note"] == f"failed: {words}"


def test_tickler_s_own_words_follow_the_language_of_the_moment_they_are_shown(
        qtbot, qapp, ctx, clock, thank_you, window):
    """Sent while the desktop was English, read after the rep switched to German (and
    back): Tickler's explanation changes language, the host name does not."""
    from desktop_app.platform.smtp import Security, SmtpConfig
    from tests.mailserver import USER, free_port

    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    down = SmtpConfig("127.0.0.1", free_port(), Security.STARTTLS, USER)
    outbox.deliver_due(ctx.store, ctx.clock, down, PASSWORD)
    at = local_time(ctx, clock() + timedelta(minutes=1))
    english = ("127.0.0.1 refused the connection (server down, or the wrong port). "
               f"Trying again at {at} (attempt 2 of 6).")
    assert shown(window, outbox_id)["detail"] == english
    with in_german(qapp):
        seen = shown(window, outbox_id)
        german_words = ("127.0.0.1 hat die Verbindung abgelehnt (Server aus oder falscher "
                        f"Port). Neuer Versuch um {at} (Versuch 2 von 6).")
        assert seen["detail"] == german_words
        assert seen["note"] == f"noch nicht gesendet: {german_words}"
    assert shown(window, outbox_id)["detail"] == english
    # and the other way round: sent under German, the book keeps no German sentence
    with in_german(qapp):
        clock.advance(minutes=1)
        outbox.deliver_due(ctx.store, ctx.clock, down, PASSWORD)
    last_error, problem = stored_words(ctx, outbox_id)
    assert last_error == "127.0.0.1 refused the connection (server down, or the wrong port)."
    assert problem["kind"] == "refused" and problem["values"] == {"host": "127.0.0.1"}


def test_a_refused_recipient_shows_the_servers_words_untranslated_in_german(
        qtbot, ctx, mail, thank_you, window, german):
    mail.rcpt_reply = "550 5.1.1 <dana@hudson-dental.example>: Recipient address rejected"
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    send_pass(qtbot, window)
    seen = shown(window, outbox_id)
    assert seen["detail"] == mail.rcpt_reply  # permanent: no retry, no "gave up"
    assert seen["note"] == f"fehlgeschlagen: {mail.rcpt_reply}"


# -- messages stored before problems were data ------------------------------------------------

OLD_RETRY = f"{BUSY} Trying again in 5 min (attempt 2 of 6)."
OLD_GAVE_UP = ("Gave up after 6 attempts. Last: 127.0.0.1 hat die Verbindung abgelehnt "
               "(Server aus oder falscher Port).")


def old_rows(ctx, clock, first: int, second: int) -> None:
    """Two messages as the Tickler before wrote them: waiting for a retry, and given up."""
    now = clock()
    with ctx.store.transaction():
        for _ in range(2):
            stored.claim(ctx.store, first, now)
            stored.set_result(ctx.store, first, outbox.QUEUED, now, "", next_attempt=now)
        stored.set_result(ctx.store, first, outbox.QUEUED, now, OLD_RETRY,
                          next_attempt=now + timedelta(minutes=5))
        ctx.store.db.execute("UPDATE outbox SET attempts = 6, state = 'failed', "
                             "last_error = ? WHERE id = ?", [OLD_GAVE_UP, second])


def test_an_old_row_with_the_english_suffix_displays_cleanly(
        qtbot, ctx, clock, mail, thank_you, window, german):
    from tests.test_mail_translations import thank_you_of

    first = outbox.queue_touch_email(ctx, thank_you)
    second = outbox.queue_touch_email(ctx, thank_you_of(ctx, "Ola", "Old", "ola@old.example"))
    old_rows(ctx, clock, first, second)
    at = local_time(ctx, clock() + timedelta(minutes=5))
    waiting = shown(window, first)
    words = f"{BUSY} — Neuer Versuch um {at} (Versuch 3 von 6)."
    assert waiting["detail"] == words and waiting["note"] == f"noch nicht gesendet: {words}"
    given_up = shown(window, second)
    words = ("127.0.0.1 hat die Verbindung abgelehnt (Server aus oder falscher Port). "
             "Nach 6 Versuchen aufgegeben.")
    assert given_up["detail"] == words and given_up["note"] == f"fehlgeschlagen: {words}"
    for text in (*waiting.values(), *given_up.values()):
        assert "Trying" not in text and "Gave up" not in text and "Last:" not in text


def test_migration_15_keeps_the_old_words_readable(db_path):
    from sqlite_utils import Database

    from desktop_app.store.database import migrate, user_version

    db = Database(sqlite3.connect(db_path), execute_plugins=False)
    migrate(db, db_path, upto=14)
    db.execute(
        "INSERT INTO outbox (message_id, sender, recipient, subject, body, raw, state, "
        "attempts, next_attempt_utc, last_error, created_utc, updated_utc) VALUES "
        "('<1@x.example>', 'a@x.example', 'b@y.example', 'Hi', 'Text', x'00', 'queued', 2, "
        "'2026-12-01T10:05:00Z', ?, '2026-12-01T00:00:00Z', '2026-12-01T10:00:00Z')",
        [OLD_RETRY])
    db.conn.commit()
    migrate(db, db_path, upto=15)
    assert user_version(db) == 15
    assert db.execute("SELECT last_error, problem FROM outbox").fetchall() == [
        (OLD_RETRY, "")]
    from desktop_app.store.store import Store

    store = Store.open(db_path)
    try:
        row = outbox.get_message(store, 1)
        assert row is not None and row.problem is None
        assert outbox.problem_text(row, "UTC") == (
            f"{BUSY} — Trying again at 10:05 (attempt 3 of 6).")
    finally:
        store.close()


def test_tickler_s_own_reasons_read_german_old_and_new(ctx, clock, mail, thank_you, german):
    """A bounce, "marked as sent" and the call that moved: Tickler's own reasons, stored as
    data now and in English by the Tickler before, both read German."""
    from desktop_app.domain.problem import BOUNCED, Problem
    from desktop_app.store import mail as mail_store

    configure_rep(ctx, mail)
    outbox_id = outbox.queue_touch_email(ctx, thank_you)
    with ctx.store.transaction():
        mail_store.fail_queued_to(
            ctx.store, "dana@hudson-dental.example", "Not sent: … Ask for a new address.",
            clock(), Problem.of(BOUNCED, address="dana@hudson-dental.example",
                                status="5.1.1", words="User unknown"))
    message = outbox.get_message(ctx.store, outbox_id)
    assert outbox.problem_text(message, ctx.rep_timezone) == (
        "Nicht gesendet: dana@hudson-dental.example ist unzustellbar (5.1.1): User unknown. "
        "Fragen Sie nach einer neuen Adresse.")
    ctx.store.db.execute("UPDATE outbox SET state = 'sent', problem = '', "
                         "last_error = 'Marked as sent by you.' WHERE id = ?", [outbox_id])
    message = outbox.get_message(ctx.store, outbox_id)
    assert outbox.problem_text(message, ctx.rep_timezone) == "Von Ihnen als gesendet markiert."
    ctx.store.db.execute(
        "UPDATE outbox SET state = 'failed', held_for = 'slot_moved', last_error = 'The call "
        "moved to Fri 18 Dec at 15:00 after you edited this message: check the time in it, "
        "then send it again.' WHERE id = ?", [outbox_id])
    message = outbox.get_message(ctx.store, outbox_id)
    assert outbox.problem_text(message, ctx.rep_timezone).startswith(
        "Der Anruf wurde verlegt, nachdem Sie diese Nachricht bearbeitet hatten")


def test_a_stored_problem_missing_its_values_still_reads():
    """A book another version wrote (or a hand-edited one) may lack a value a sentence
    names: the Outbox shows the sentence without it rather than failing to draw."""
    from desktop_app.domain.problem import Problem
    from desktop_app.platform.smtp import problem_words

    refused = Problem.from_json('{"kind": "refused", "values": {}}')
    assert refused is not None
    assert problem_words(refused).endswith("refused the connection (server down, or the "
                                           "wrong port).")
    assert Problem.from_json("not json") is None
