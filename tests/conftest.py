"""Shared fixtures. Qt runs offscreen; every test gets its own database and settings."""

from __future__ import annotations

import logging
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.pop("TICKLER_DB", None)

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.scheduling.clock import MovableClock
from desktop_app.services import AppContext
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.store import Store

# A Monday morning in London, far from any DST change.
START = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def _isolated_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch):
    """Keep every test away from the real user's folders and settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(home / ".local" / "state"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / ".cache"))
    yield home


@pytest.fixture(autouse=True)
def _delete_closed_widgets():
    """Windows a test closed are really deleted before the next test, timers and all.

    pytest-qt closes them and calls ``deleteLater()``, but with no event loop running the
    deletion waits until some later test spins one; until then a closed window's timers
    (the outbox retry check, the day rollover) keep firing on a closed database.
    """
    yield
    if "PySide6.QtWidgets" not in sys.modules:
        return
    from PySide6.QtCore import QCoreApplication, QEvent

    if QCoreApplication.instance() is not None:
        QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


class _AppWarnings(logging.Handler):
    """Keeps every WARNING-or-worse record the app (or a bare ``logging.warning``) logs."""

    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if record.name == "root" or record.name.split(".")[0] == "desktop_app":
            self.records.append(record)


@pytest.fixture(autouse=True)
def _fail_on_logged_warnings(request: pytest.FixtureRequest):
    """A warning the app logs fails the test, as ``qt_log_level_fail`` does for Qt's.

    A test that provokes one on purpose says so with ``@pytest.mark.logs_warnings``.
    """
    handler = _AppWarnings()
    root = logging.getLogger()
    root.addHandler(handler)
    yield
    root.removeHandler(handler)
    if handler.records and request.node.get_closest_marker("logs_warnings") is None:
        lines = "\n".join(f"{r.levelname} {r.name}: {r.getMessage()}" for r in handler.records)
        pytest.fail(f"the app logged warnings (mark the test logs_warnings if "
                    f"they are expected):\n{lines}", pytrace=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "tickler.sqlite3"


@pytest.fixture
def store(db_path: Path):
    s = Store.open(db_path)
    yield s
    s.close()


@pytest.fixture
def clock() -> MovableClock:
    return MovableClock(START)


@pytest.fixture
def ctx(store: Store, clock: MovableClock) -> AppContext:
    context = AppContext(store, clock)
    context.set_rep_timezone("Europe/London")
    return context


@pytest.fixture
def prospect_id(ctx: AppContext) -> int:
    return create_prospect(ctx, {
        "first_name": "Maria", "last_name": "Okafor", "company": "Harbourview Clinics",
        "email": "maria@harbourview.example", "phone": "+44 20 7946 0321",
        "timezone": "Europe/London"})


def pytest_report_header() -> str:
    return f"Qt platform: {os.environ.get('QT_QPA_PLATFORM')}; python {sys.version.split()[0]}"


SUMMARY_LINES = pytest.StashKey[list[str]]()


@pytest.fixture(scope="session")
def summary_lines(request: pytest.FixtureRequest) -> list[str]:
    """Figures a test wants shown at the end of the run (e.g. the package size)."""
    return request.config.stash.setdefault(SUMMARY_LINES, [])


def pytest_terminal_summary(terminalreporter, exitstatus: int, config: pytest.Config) -> None:
    lines = config.stash.get(SUMMARY_LINES, [])
    if lines:
        terminalreporter.section("measured")
        for line in lines:
            terminalreporter.write_line(line)


@pytest.fixture
def window(qtbot, ctx: AppContext):
    """The real main window, built the way the app builds it, shown and exposed."""
    from desktop_app.composition import build_window

    win = build_window(ctx)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.rollover.stop()


@pytest.fixture
def mail(tmp_path: Path):
    """A real SMTP server on 127.0.0.1 (aiosmtpd: STARTTLS, AUTH, a self-signed certificate)."""
    from tests.mailserver import start_server

    server = start_server(tmp_path)
    yield server
    assert server.controller is not None
    server.controller.stop()


@pytest.fixture
def thank_you(ctx: AppContext) -> int:
    """A New York prospect who said "call me next month" and booked 17 Dec, 10:30 their time."""
    pid = create_prospect(ctx, {
        "first_name": "Dana", "last_name": "Whitfield", "company": "Hudson Dental Group",
        "email": "dana@hudson-dental.example", "timezone": "America/New_York"})
    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "Call me next month",
                                datetime(2026, 12, 17, 10, 30), SlotQuality.BOOKED))
    return int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = 'thank_you'",
        [pid]).fetchone()[0])


@pytest.fixture
def german(qapp):
    """The app's real German translation, installed as the window installs it at start,
    and taken out again after the test."""
    from tests.i18n_probe import german_translation

    with german_translation():
        yield


@pytest.fixture
def dovecot():
    """A real Dovecot IMAP server of the test's own (tests/imapserver.py), with TLS."""
    from tests.imapserver import running_dovecot

    with running_dovecot() as server:
        yield server


@pytest.fixture
def imap(ctx: AppContext, dovecot):
    """The rep's incoming mail server set to that Dovecot (TLS, its own certificate)."""
    from desktop_app.platform.imap import ImapConfig, ImapSecurity
    from desktop_app.services import mailbox
    from tests.imapserver import USER

    return mailbox.save_imap(ctx, ImapConfig("localhost", dovecot.tls_port, ImapSecurity.TLS,
                                             USER, ("INBOX",), ca_file=str(dovecot.cert)))
