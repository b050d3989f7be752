"""What a prospect reads follows the template's language, never the rep's desktop locale."""

from __future__ import annotations

import json
import locale
import os
import subprocess
import sys
import textwrap
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.date_words import (
    day_month_year,
    format_date,
    language_or_default,
    long_date,
    slot_words,
)
from desktop_app.domain.templates import parse_template_file

GERMAN = "de_DE.UTF-8"

# Runs in a fresh interpreter with a German environment: a QApplication is created first
# (it calls setlocale from the environment), then a thank-you is queued through the outbox
# exactly as the E key does, and the stored message is printed.
_SCRIPT = textwrap.dedent("""
    import json, sys, time
    from datetime import UTC, datetime
    from PySide6.QtWidgets import QApplication
    app = QApplication([])
    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.scheduling.clock import MovableClock
    from desktop_app.services import AppContext, outbox
    from desktop_app.services import email as email_service
    from desktop_app.services.prospects import create_prospect
    from desktop_app.services.stalls import StallRequest, log_stall
    from desktop_app.store import Store

    ctx = AppContext(Store.open(sys.argv[1]), MovableClock(datetime(2026, 11, 23, 9, 0,
                                                                    tzinfo=UTC)))
    ctx.set_rep_timezone("Europe/Berlin")
    email_service.save_identity(ctx, email_service.RepIdentity(
        name="Sam Rivers", company="Northwind", email="sam@northwind.example",
        value_statement="We cut call-outs by a third."))
    pid = create_prospect(ctx, {"first_name": "Dana", "last_name": "Whitfield",
                                "company": "Hudson Dental", "email": "dana@hudson.example",
                                "timezone": "America/New_York"})
    ctx.store.db.execute(
        "INSERT INTO compelling_events (prospect_id, kind, event_date, note, created_utc) "
        "VALUES (?, 'warranty_expiry', '2027-03-31', '', '2026-11-23T09:00:00Z')", [pid])
    log_stall(ctx, StallRequest(pid, StallKind.NEXT_MONTH, "Call me next month",
                                datetime(2026, 12, 16, 10, 30), SlotQuality.BOOKED))
    touch = ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = 'thank_you'",
        [pid]).fetchone()[0]
    message = outbox.get_message(ctx.store, outbox.queue_touch_email(ctx, touch))
    from datetime import date
    from desktop_app.domain.events import EventKind, event_reason
    stored = event_reason(EventKind.WARRANTY_EXPIRY, date(2027, 3, 31), "")
    from desktop_app.domain.voicemail import spoken_reason
    spoken = spoken_reason(stored)
    weekday = time.strftime("%A", (2026, 12, 16, 0, 0, 0, 2, 350, 0))
    print(json.dumps({"stored_reason": stored, "spoken": spoken, "weekday_in_locale": weekday,
                      "subject": message.subject, "body": message.body,
                      "invite": ctx.store.db.execute("SELECT invite FROM outbox").fetchone()[0]
                      or ""}))
""")


def _has_german_locale() -> bool:
    try:
        old = locale.setlocale(locale.LC_TIME)
        locale.setlocale(locale.LC_TIME, GERMAN)
        locale.setlocale(locale.LC_TIME, old)
        return True
    except locale.Error:
        return False


def test_a_thank_you_queued_on_a_german_desktop_stays_english(tmp_path: Path):
    if not _has_german_locale():
        pytest.fail("de_DE.UTF-8 is missing: run `localedef -i de_DE -f UTF-8 de_DE.UTF-8` "
                    "(.ci/run does)")
    env = dict(os.environ, LANG=GERMAN, LC_ALL=GERMAN, LANGUAGE="de", QT_QPA_PLATFORM="offscreen")
    run = subprocess.run([sys.executable, "-c", _SCRIPT, str(tmp_path / "book.sqlite3")],
                         env=env, capture_output=True, text=True, timeout=120,
                         cwd=Path(__file__).resolve().parents[1])
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    # The desktop really is German: strftime answers in German after the QApplication.
    assert out["weekday_in_locale"] == "Mittwoch"
    text = out["subject"] + "\n" + out["body"] + "\n" + out["invite"]
    assert "our call on Wednesday 16 December" in out["subject"]
    assert "I will call you on Wednesday 16 December at 10:30 (New York time)" in out["body"]
    assert "on 31 March 2027" in out["body"]
    for german in ("Mittwoch", "Dezember", "März", "Mi.", "Dez"):
        assert german not in text
    # A reason stored on a touch (it can reach an email) is not German either.
    assert out["stored_reason"].endswith("on 31 Mar 2027")
    # …and the voicemail script reads it back and says it in English.
    assert "31 March 2027" in out["spoken"]


@pytest.mark.parametrize(("language", "expected"), [
    ("en", "Wednesday 16 December at 10:30 (New York time)"),
    ("de", "Mittwoch, 16. Dezember um 10:30 Uhr (Zeit New York)"),
    ("de_AT", "Mittwoch, 16. Dezember um 10:30 Uhr (Zeit New York)"),
    ("xx", "Wednesday 16 December at 10:30 (New York time)"),
])
def test_the_slot_is_written_in_the_language_asked_for(language, expected):
    assert slot_words(datetime(2026, 12, 16, 10, 30), "New York", language) == expected


def test_every_month_and_weekday_in_both_languages():
    assert [format_date(date(2026, m, 1), "%b") for m in range(1, 13)] == [
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
    assert day_month_year(date(2027, 3, 31), "de") == "31. März 2027"
    assert long_date(date(2026, 11, 29), "de", year=True) == "Sonntag, 29. November 2026"
    assert format_date(datetime(2026, 11, 30, 8, 5), "%a %d %b %Y, %H:%M") == (
        "Mon 30 Nov 2026, 08:05")
    with pytest.raises(ValueError):
        format_date(date(2026, 1, 1), "%x")


def test_a_template_may_name_its_language():
    template = parse_template_file("x", "Subject: Hallo\nLanguage: de\n\nText\n")
    assert template.language == "de"
    assert parse_template_file("x", "Subject: Hi\n\nText\n").language == "en"
    assert language_or_default("DE-ch") == "de" and language_or_default(None) == "en"
