"""Calendar answers in the real window: the watcher (off the UI thread) reads them from
Dovecot; an acceptance leaves Today as it was, a refusal stands at the top of it."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from PySide6.QtCore import Qt

from desktop_app.platform.secrets import SecretStore
from desktop_app.services import mailbox as mb
from tests import calendar_replies as cal
from tests.imapserver import PASSWORD, dovecot_available
from tests.test_invite_answers import invite_uid, smtp  # noqa: F401 (fixtures)

pytestmark = [pytest.mark.gui, pytest.mark.imap, pytest.mark.keyring,
              pytest.mark.skipif(not dovecot_available(), reason="needs dovecot-imapd"),
              pytest.mark.qt_log_ignore(r"This plugin does not support raise")]

SLOT = datetime(2026, 12, 17, 15, 30, tzinfo=UTC)


@pytest.fixture
def secrets():
    """The real Secret Service (gnome-keyring in the test's D-Bus session)."""
    import uuid

    from tests.test_secrets import secret_service_or_skip

    return SecretStore(secret_service_or_skip(), service=f"Tickler test {uuid.uuid4()}")


def test_an_acceptance_changes_nothing_on_today_and_a_refusal_stands_at_its_top_in_german(
        qtbot, ctx, clock, dovecot, imap, invite_uid, secrets, german):  # noqa: F811
    from desktop_app.composition import build_window, install_features

    secrets.set_password(mb.imap_account(imap), PASSWORD)
    clock.advance(days=14, hours=2)  # the day of the value touch
    window = build_window(ctx, features=False)
    install_features(window, secrets=secrets)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    feature = window.features.mailbox
    panel = feature.panel
    assert "Value touch" in [r.title for r in window.queue_model.rows()]

    dovecot.deliver(cal.outlook(uid=invite_uid, slot_utc=SLOT, when=clock()))
    with qtbot.waitSignal(feature.watcher.checked, timeout=30_000,
                          check_params_cb=lambda r: bool(r.kept)):
        feature.check_now()

    assert not panel.isVisible()
    assert "Value touch" in [r.title for r in window.queue_model.rows()]
    assert "nichts pausiert" in window.statusBar().currentMessage()

    clock.advance(hours=1)
    dovecot.deliver(cal.apple(uid=invite_uid, slot_utc=SLOT, when=clock(),
                              partstat="DECLINED"))
    with qtbot.waitSignal(feature.watcher.checked, timeout=30_000,
                          check_params_cb=lambda r: bool(r.kept)):
        feature.check_now()

    qtbot.waitUntil(panel.isVisible)
    assert panel.model.data(panel.model.index(0, 0)) == "✉ Einladung abgelehnt"
    assert panel.model.data(panel.model.index(0, 2), Qt.ItemDataRole.DisplayRole) == \
        "Einladung für Thu 17 Dec, 10:30 abgelehnt (ihr Kalender)"
    assert "Value touch" not in [r.title for r in window.queue_model.rows()]
    assert panel.resume_button.isVisible()

    qtbot.mouseClick(panel.resume_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not panel.isVisible())
    assert "Value touch" in [r.title for r in window.queue_model.rows()]
