"""What Tickler writes outside the book stays the rep's own, and names are never markup."""

from __future__ import annotations

import logging
import os
import socket
import stat
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import Qt as QtGui
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QLabel

from desktop_app.platform.private_files import open_private
from desktop_app.platform.single_instance import SingleInstance, runtime_folder, server_name
from desktop_app.services.exporter import export_callbacks_ics, export_prospects_csv
from desktop_app.services.report import build_report, export_report_csv, period_preset
from tests.desktop_helpers import open_windows, sample_book

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


@posix_only
def test_exports_are_written_0600_even_over_an_old_0644_file(tmp_path, ctx, loose_umask):
    sample_book(ctx)
    csv_path, ics_path, report_path = (tmp_path / "book.csv", tmp_path / "calls.ics",
                                       tmp_path / "report.csv")
    report_path.write_text("old")
    os.chmod(report_path, 0o644)
    assert export_prospects_csv(ctx.store, csv_path) == 1
    assert export_callbacks_ics(ctx.store, ics_path, ctx.now()) == 1
    report = build_report(ctx.store, period_preset("all", ctx.now(), ctx.rep_timezone))
    export_report_csv(report, report_path)
    assert [mode(p) for p in (csv_path, ics_path, report_path)] == [0o600] * 3
    assert report_path.read_text(encoding="utf-8-sig").startswith("Tickler call-block report")
    assert "Maria" in csv_path.read_text(encoding="utf-8-sig")


@posix_only
@pytest.mark.gui
def test_the_report_pdf_is_written_0600(qtbot, window, ctx, tmp_path, loose_umask):
    sample_book(ctx)
    report = window.features.data.report
    window.tabs.setCurrentIndex(window.features.data.report_tab_index)
    qtbot.waitUntil(lambda: report.report is not None and not report.job.running)
    path = report.export_pdf(tmp_path / "report.pdf")
    assert path is not None and path.read_bytes().startswith(b"%PDF")
    assert mode(path) == 0o600
    report.job.wait()


@posix_only
def test_the_log_is_0600_and_rotates(tmp_path, monkeypatch, loose_umask):
    from desktop_app.views.shell import app as app_module

    monkeypatch.setattr(app_module, "LOG_MAX_BYTES", 2_000)
    root = logging.getLogger()
    before = list(root.handlers)
    path = app_module.setup_logging()
    handler = next(h for h in root.handlers if h not in before)
    try:
        assert path is not None and mode(path) == 0o600
        assert mode(path.parent) == 0o700
        for number in range(200):
            logging.getLogger("tickler.test").info("line %d of the log, long enough", number)
        rotated = sorted(path.parent.glob("tickler.log*"))
        assert [p.name for p in rotated] == [
            "tickler.log", "tickler.log.1", "tickler.log.2", "tickler.log.3"]
        assert {mode(p) for p in rotated} == {0o600}
        assert all(p.stat().st_size <= 2_100 for p in rotated)
    finally:
        root.removeHandler(handler)
        handler.close()


def test_a_rotated_log_keeps_its_lines_in_order_and_drops_only_the_oldest(tmp_path):
    from desktop_app.platform.private_files import PrivateRotatingFileHandler

    path = tmp_path / "tickler.log"
    handler = PrivateRotatingFileHandler(path, maxBytes=300, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("tickler.test.rotation")
    logger.propagate = False
    logger.addHandler(handler)
    try:
        for number in range(60):
            logger.warning("line %02d of the log", number)
    finally:
        logger.removeHandler(handler)
        handler.close()
        logger.propagate = True
    kept = [line for name in ("tickler.log.2", "tickler.log.1", "tickler.log")
            for line in (tmp_path / name).read_text(encoding="utf-8").splitlines()]
    numbers = [int(line.split()[1]) for line in kept]
    assert numbers == list(range(numbers[0], 60))  # oldest first, none lost in between
    assert numbers[0] > 0  # the oldest went
    assert not (tmp_path / "tickler.log.3").exists()
    assert all((tmp_path / n).stat().st_size < 300 for n in ("tickler.log", "tickler.log.1"))


@posix_only
def test_the_instance_socket_lives_in_the_users_runtime_folder(tmp_path, monkeypatch):
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    assert Path(server_name(tmp_path / "book.sqlite3")).parent == runtime
    # A runtime folder others may write in is not trusted: a private one of our own is used.
    runtime.chmod(0o777)
    folder = runtime_folder()
    assert folder is not None and folder != runtime
    assert folder.stat().st_uid == os.getuid() and mode(folder) == 0o700


@posix_only
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0,
                    reason="making a file owned by another user needs root")
@pytest.mark.logs_warnings  # the squatted socket is logged, on purpose
def test_a_socket_squatted_by_another_user_is_not_trusted(qtbot, tmp_path, monkeypatch):
    """Another local user puts a socket where ours goes: a second launch does not talk to
    it, and the running Tickler replaces it."""
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    db = tmp_path / "book.sqlite3"
    name = server_name(db)
    squatter = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    squatter.bind(name)
    squatter.listen(1)
    os.chown(name, 4321, 4321)
    try:
        instance = SingleInstance(db)
        assert instance.notify_running(timeout_ms=300) is False
        assert instance.claim()
        assert instance.listen()
        assert os.lstat(name).st_uid == os.getuid()
        instance.close()
    finally:
        squatter.close()


def test_open_private_refuses_reading():
    with pytest.raises(ValueError):
        open_private("x", "r")


def rendered(label: QLabel) -> str:
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText or (
            label.textFormat() == Qt.TextFormat.AutoText and not QtGui.mightBeRichText(text)):
        return text
    document = QTextDocument()
    document.setHtml(text)
    return document.toPlainText()


@pytest.mark.gui
def test_a_name_with_markup_shows_as_typed_in_every_label(qtbot, window, ctx):
    ids = sample_book(ctx, first="<i>Zed</i>", last="<img src=q>", company="<b>Acme</b>")
    window.refresh_queue()
    wrong = []
    for name, shown in open_windows(qtbot, ctx, window, ids):
        if name == "log stall":
            shown._fix_prospect(ids["prospect"])
        for label in shown.findChildren(QLabel):
            text = rendered(label)
            if ("Zed" in text and "<i>Zed</i>" not in text) or (
                    "<img" in label.text() and "<img src=q>" not in text) or (
                    "Acme" in text and "<b>Acme</b>" not in text):
                wrong.append(f"{name}: {label.objectName() or type(label).__name__}: {text!r}")
    assert wrong == [], "\n".join(wrong)
