"""Email timings: rendering a template preview, queuing a touch's message (render + .ics +
MIME + insert), and one delivery to a local aiosmtpd server with STARTTLS and AUTH.

    python benchmarks/bench_email.py [--json] [--messages N]

The preview runs on every keystroke in the template editor (after a 150 ms debounce), so it
should stay well under 30 ms; queuing runs on the UI thread when the rep presses E; delivery
runs on the sender's worker thread.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop_app.domain.model import SlotQuality, StallKind  # noqa: E402
from desktop_app.platform.smtp import Security, SmtpConfig  # noqa: E402
from desktop_app.scheduling.clock import MovableClock  # noqa: E402
from desktop_app.services import AppContext, outbox  # noqa: E402
from desktop_app.services import email as email_service  # noqa: E402
from desktop_app.services.prospects import create_prospect  # noqa: E402
from desktop_app.services.stalls import StallRequest, log_stall  # noqa: E402
from desktop_app.store import Store  # noqa: E402
from tests.mailserver import PASSWORD, USER, start_server  # noqa: E402


def ms(samples: list[float]) -> dict[str, float]:
    ordered = sorted(samples)
    return {"median_ms": round(statistics.median(ordered) * 1000, 2),
            "p95_ms": round(ordered[int(len(ordered) * 0.95) - 1] * 1000, 2),
            "worst_ms": round(ordered[-1] * 1000, 2)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--messages", type=int, default=50)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="tickler-bench-email-"))
    server = start_server(folder)
    store = Store.open(folder / "bench.sqlite3")
    ctx = AppContext(store, MovableClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC)))
    ctx.set_rep_timezone("Europe/London")
    email_service.save_identity(ctx, email_service.RepIdentity(
        name="Sam Rivers", title="Account Executive", company="Northwind", email=USER,
        phone="+44 20 7946 0000", value_statement="We cut call-outs by a third."))
    config = email_service.save_smtp(ctx, SmtpConfig(
        "127.0.0.1", server.port, Security.STARTTLS, USER, str(server.cert)), has_password=True)
    touches = []
    for i in range(args.messages):
        pid = create_prospect(ctx, {"first_name": f"Dana{i}", "last_name": "Whitfield",
                                    "company": "Hudson Dental", "timezone": "America/New_York",
                                    "email": f"dana{i}@hudson.example"})
        log_stall(ctx, StallRequest(pid, StallKind.NEXT_WEEK, "next week",
                                    datetime(2026, 11, 30, 10, 0), SlotQuality.BOOKED))
        touches.append(int(store.db.execute(
            "SELECT id FROM touches WHERE prospect_id = ? AND step_key = 'thank_you'",
            [pid]).fetchone()[0]))
    template = email_service.get_template(ctx, "thank_you")
    preview, queue, deliver = [], [], []
    for touch_id in touches:
        prospect_id = store.get_touch(touch_id).prospect_id
        start = time.perf_counter()
        email_service.preview(ctx, template, prospect_id)
        preview.append(time.perf_counter() - start)
        start = time.perf_counter()
        outbox_id = outbox.queue_touch_email(ctx, touch_id)
        queue.append(time.perf_counter() - start)
        start = time.perf_counter()
        outbox.deliver(store, ctx.clock, config, PASSWORD, outbox_id)
        deliver.append(time.perf_counter() - start)
    assert len(server.received) == args.messages
    # A whole pass: every message over one connection and one login.
    for touch_id in touches:
        outbox_id = outbox.message_for_touch(store, touch_id).id
        store.db.execute("UPDATE outbox SET state = 'queued' WHERE id = ?", [outbox_id])
    start = time.perf_counter()
    outbox.deliver_due(store, ctx.clock, config, PASSWORD)
    one_pass = time.perf_counter() - start
    assert len(server.received) == 2 * args.messages
    result = {"messages": args.messages, "preview": ms(preview), "queue": ms(queue),
              "deliver_starttls_auth": ms(deliver),
              "pass_per_message_ms": round(one_pass / args.messages * 1000, 2),
              "pass_connections": 1}
    server.controller.stop()
    store.close()
    if args.json:
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")


if __name__ == "__main__":
    main()
