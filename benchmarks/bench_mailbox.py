"""Mailbox timings against a real Dovecot: a mailbox of 10,000 messages, then 50 new ones.

    python benchmarks/bench_mailbox.py [--json] [--messages N] [--new N]

The 10,000 messages are written into the Maildir before Dovecot starts (their dates spread
over 90 days, most of them from people who are not prospects); the first check reads back
to the oldest message Tickler sent that still matters (30 days). Then 50 new messages
arrive by APPEND (5 of them replies from prospects) and a second check is timed end to
end: connect, TLS, sign in, find the new UIDs, read their headers, fetch and classify the
replies, store them, pause the emails, sign out. Target: at most 2 s.

The same check is then run by the window's watcher while a 10 ms heartbeat timer runs on
the UI thread: the longest gap between heartbeats shows whether the window ever waited.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app.platform.imap import ImapConfig, ImapSecurity  # noqa: E402
from desktop_app.scheduling.clock import MovableClock  # noqa: E402
from desktop_app.services import AppContext  # noqa: E402
from desktop_app.services import mailbox as mb  # noqa: E402
from desktop_app.store import Store  # noqa: E402
from desktop_app.store.store import db_time  # noqa: E402
from tests.imapserver import MAIL_UID, PASSWORD, USER, make_dovecot  # noqa: E402
from tests.mailbox_messages import reply  # noqa: E402

NOW = datetime(2026, 11, 23, 9, 0, tzinfo=UTC)


def build_book(ctx: AppContext, prospects: int) -> list[str]:
    """Prospects, each with a plan, and an email Tickler sent 30 days ago to the first."""
    store = ctx.store
    addresses = []
    with store.transaction():
        for n in range(prospects):
            email = f"buyer{n}@client{n % 97}.example"
            pid = store.insert_prospect({"first_name": f"Buyer{n}", "last_name": "Test",
                                         "company": f"Client {n % 97}", "email": email,
                                         "timezone": "Europe/London"}, NOW)
            stall = store.insert_stall({"prospect_id": pid, "kind": "next_month",
                                        "logged_utc": db_time(NOW), "slot_tz": "Europe/London",
                                        "slot_quality": "vague", "playbook_key": "next_month"})
            store.insert_touches([{"prospect_id": pid, "stall_id": stall, "step_key": "value",
                                   "title": "Value touch", "channel": "email",
                                   "due_utc": db_time(NOW + timedelta(days=14)),
                                   "original_due_utc": db_time(NOW + timedelta(days=14)),
                                   "created_utc": db_time(NOW)}])
            addresses.append(email)
        sent = db_time(NOW - timedelta(days=30))
        store.db.execute(
            "INSERT INTO outbox (message_id, prospect_id, sender, recipient, subject, body, "
            "raw, state, created_utc, updated_utc, sent_utc) VALUES "
            "('<sent-0@example.com>', 1, ?, ?, 'Thank you', 'Thank you.', x'00', 'sent', ?, ?, ?)",
            [USER, addresses[0], sent, sent, sent])
    return addresses


def fill_maildir(folder: Path, count: int) -> None:
    """Messages as files in Maildir/cur (what any delivery agent leaves), dated over 90 days."""
    cur = folder / "mail" / "rep" / "Maildir" / "cur"
    for sub in ("cur", "new", "tmp"):
        (cur.parent / sub).mkdir(parents=True, exist_ok=True)
    for n in range(count):
        when = NOW - timedelta(days=90) + timedelta(minutes=13 * n)
        raw = reply(in_reply_to=None, when=when, sender=f"Newsletter {n} <news{n}@list.example>",
                    subject=f"Issue {n}", message_id=f"<bulk-{n}@list.example>",
                    text="Lots of news this week. " * 40)
        path = cur / f"{int(when.timestamp())}.M{n}P1.bench:2,S"
        path.write_bytes(raw)
        os.utime(path, (when.timestamp(), when.timestamp()))
    if os.geteuid() == 0:
        for root, dirs, files in os.walk(folder / "mail"):
            for name in dirs + files:
                os.chown(os.path.join(root, name), MAIL_UID, MAIL_UID)


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--new", type=int, default=50)
    parser.add_argument("--prospects", type=int, default=2_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="tickler-bench-mailbox-"))
    server = make_dovecot(tmp / "dovecot")
    fill_maildir(server.folder, args.messages)
    server.start()
    results: dict[str, object] = {"messages": args.messages, "new": args.new}
    try:
        clock = MovableClock(NOW)
        store = Store.open(tmp / "book.sqlite3")
        ctx = AppContext(store, clock)
        addresses = build_book(ctx, args.prospects)
        config = mb.save_imap(ctx, ImapConfig("localhost", server.tls_port, ImapSecurity.TLS,
                                              USER, ("INBOX",), ca_file=str(server.cert)))
        started = time.perf_counter()
        first = mb.check_mailbox(store, clock, config, PASSWORD)
        results["first_check_s"] = round(time.perf_counter() - started, 3)
        results["first_check_read"] = first.seen

        def arrive(batch: int) -> None:
            raws = []
            for n in range(args.new):
                who = addresses[(batch * args.new + n) % len(addresses)] if n % 10 == 0 \
                    else f"someone{n}@elsewhere.example"
                raws.append(reply(in_reply_to=None, when=clock(), sender=f"X <{who}>",
                                  subject=f"Re: batch {batch} #{n}",
                                  message_id=f"<new-{batch}-{n}@example.com>",
                                  text="Thanks, let's talk next week."))
            server.deliver(*raws)

        arrive(1)
        started = time.perf_counter()
        second = mb.check_mailbox(store, clock, config, PASSWORD)
        results["check_after_first_s"] = round(time.perf_counter() - started, 3)
        results["check_after_first_read"] = second.seen
        results["replies_found"] = second.replies
        assert not second.problem, second.problem

        # the same through the window's watcher, with a heartbeat on the UI thread
        from PySide6.QtCore import QElapsedTimer, QTimer
        from PySide6.QtWidgets import QApplication

        from desktop_app.platform.secrets import SecretStore
        from desktop_app.views.mail.mailbox_feature import MailboxWatcher

        app = QApplication.instance() or QApplication([])
        secrets = SecretStore()
        secrets.set_password(mb.imap_account(config), PASSWORD)
        watcher = MailboxWatcher(ctx, secrets)
        arrive(2)
        gaps: list[int] = []
        beat = QElapsedTimer()
        beat.start()
        heartbeat = QTimer()
        heartbeat.setInterval(10)
        heartbeat.timeout.connect(lambda: gaps.append(beat.restart()))
        done: list[mb.CheckReport] = []
        watcher.checked.connect(lambda report: (done.append(report), app.quit()))
        heartbeat.start()
        kick = time.perf_counter()
        watcher.kick()
        results["kick_on_ui_thread_ms"] = round((time.perf_counter() - kick) * 1000, 3)
        QTimer.singleShot(30_000, app.quit)
        app.exec()
        results["watcher_check_s"] = round(time.perf_counter() - kick, 3)
        results["ui_longest_gap_ms"] = max(gaps) if gaps else None
        results["watcher_replies"] = done[0].replies if done else None
        watcher.stop()
        store.close()
    finally:
        server.stop()
    if args.json:
        print(json.dumps(results))
    else:
        for key, value in results.items():
            print(f"{key:28} {value}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
