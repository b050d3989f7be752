"""The SMTP password in the OS keyring: the real Secret Service, and the paths without one."""

from __future__ import annotations

import uuid

import pytest
from keyring.backends import fail, null

from desktop_app.platform.secrets import SecretStore, describe_backend


def secret_service_or_skip():
    """The real Secret Service keyring (gnome-keyring), or a skip when none is reachable.

    `.ci/run` starts pytest inside `dbus-run-session` with an unlocked gnome-keyring, so
    there these tests always run. They skip only when no Secret Service answers on D-Bus
    at all (no session bus, or no keyring daemon on it) — a machine that cannot run the
    real part. A locked or broken keyring is not skipped: it fails.
    """
    from keyring.backends import SecretService

    try:
        SecretService.Keyring.priority  # noqa: B018 - raises when the service is unreachable
    except Exception as exc:
        pytest.skip(f"no Secret Service reachable: {exc}")
    return SecretService.Keyring()


@pytest.fixture
def real_store():
    backend = secret_service_or_skip()
    store = SecretStore(backend, service=f"Tickler SMTP test {uuid.uuid4()}")
    yield store


@pytest.mark.keyring
def test_the_password_round_trips_through_the_real_secret_service(real_store):
    info = real_store.info()
    assert info.real and info.warning == "" and "SecretService" in info.name
    account = "rep@example.com@smtp.example.com:587"
    assert real_store.set_password(account, "pa55-word") is True
    assert real_store.get_password(account) == "pa55-word"
    # a new SecretStore is a new run of the app: the keyring still has it
    again = SecretStore(real_store.backend, service=real_store._service)
    assert again.get_password(account) == "pa55-word"
    real_store.delete_password(account)
    assert again.get_password(account) is None


@pytest.mark.keyring
def test_the_real_keyring_is_what_the_app_picks_here(real_store):
    picked = SecretStore()
    assert picked.info().real, picked.info()


def test_no_backend_keeps_the_password_in_memory_for_this_run_only():
    store = SecretStore(fail.Keyring())
    info = store.info()
    assert not info.real
    assert "No system keyring" in info.warning and "in memory" in info.warning
    assert store.set_password("acct", "pw") is False
    assert store.get_password("acct") == "pw"
    assert SecretStore(fail.Keyring()).get_password("acct") is None  # next start
    store.delete_password("acct")
    assert store.get_password("acct") is None


def test_the_null_backend_is_not_a_real_one():
    assert not describe_backend(null.Keyring()).real


def test_a_plaintext_keyrings_alt_backend_is_not_trusted():
    """keyrings.alt is not installed here (and must never be a dependency), so a stand-in
    class with its module name checks the rule that such a backend is refused."""
    plaintext = type("PlaintextKeyring", (), {"__module__": "keyrings.alt.file",
                                              "name": "keyrings.alt.file PlaintextKeyring"})
    info = describe_backend(plaintext())
    assert not info.real and "plain file" in info.warning
    store = SecretStore(plaintext())
    assert store.set_password("acct", "pw") is False  # kept in memory, not in the file
    assert store.get_password("acct") == "pw"


@pytest.mark.keyring
@pytest.mark.gui
def test_the_settings_dialog_puts_the_password_in_the_real_keyring_only(qtbot, ctx,
                                                                         real_store):
    from desktop_app.services import email as email_service
    from desktop_app.views.mail.email_settings_dialog import EmailSettingsDialog

    dialog = EmailSettingsDialog(ctx, real_store)
    qtbot.addWidget(dialog)
    assert "kept in your system keyring (SecretService Keyring)" in dialog.keyring_label.text()
    for edit, text in ((dialog.name_edit, "Sam Rivers"), (dialog.email_edit, "sam@x.example"),
                       (dialog.host_edit, "smtp.x.example"), (dialog.user_edit, "sam"),
                       (dialog.password_edit, "kr-Pa55-9912")):
        qtbot.keyClicks(edit, text)
    assert dialog.save()
    assert dialog.status.text() == "Saved."
    account = email_service.keyring_account(email_service.load_smtp(ctx))
    fresh = SecretStore(real_store.backend, service=real_store._service)
    assert fresh.get_password(account) == "kr-Pa55-9912"
    ctx.store.db.execute("PRAGMA wal_checkpoint(FULL)")
    for path in ctx.store.path.parent.glob(ctx.store.path.name + "*"):
        assert b"kr-Pa55-9912" not in path.read_bytes()
    real_store.delete_password(account)
