"""The right words: the voicemail script follows the reason as it is typed and speaks to the
prospect; the thank-you for a vague stall does not promise an invite it doesn't carry."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.domain.voicemail import spoken_reason, voicemail_script
from desktop_app.services.email import NeedsEdit, save_identity
from desktop_app.services.outbox import get_message, queue_touch_email
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.views.calls.call_panel import CallPanel
from tests.mailserver import REP

pytestmark = pytest.mark.gui


@pytest.fixture
def callback(ctx, prospect_id, clock):
    stall = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "next month",
                                        datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))
    clock.set(datetime(2026, 12, 22, 10, 1, tzinfo=UTC))
    return ctx.store.db.execute("SELECT id FROM touches WHERE stall_id = ? AND step_key = "
                                "'callback'", [stall]).fetchone()[0]


def test_the_script_follows_the_reason_as_it_is_typed(qtbot, ctx, callback):
    save_identity(ctx, REP)
    panel = CallPanel(ctx, callback)
    qtbot.addWidget(panel)
    panel.show()
    script = panel.script_edit.toPlainText()
    assert "[" not in script  # no "[the reason this matters to them now]" to be counted
    assert script.startswith("Hi Maria, it's Sam Rivers from Northwind")
    empty_seconds = panel.meter.seconds
    qtbot.keyClicks(panel.reason_edit, "Your service contract ends on 31 December")
    script = panel.script_edit.toPlainText()
    assert "I'm calling because your service contract ends on 31 December." in script
    assert panel.meter.seconds > empty_seconds  # the meter measures what will be said
    # once the rep edits the script by hand, typing the reason leaves it alone
    panel.script_edit.setPlainText("Hi Maria, Sam here: your contract ends in December.")
    qtbot.keyClicks(panel.reason_edit, "; we can take over")
    assert panel.script_edit.toPlainText() == (
        "Hi Maria, Sam here: your contract ends in December.")


@pytest.mark.parametrize(("reason", "said"), [
    ("Warranty expiry on 15 Jan 2027: chiller warranty runs out",
     "I'm calling because your warranty runs out on 15 January 2027 (chiller warranty runs "
     "out)."),
    ("Maintenance contract ends on 03 Mar 2027",
     "I'm calling because your maintenance contract ends on 3 March 2027."),
    ("The new F-gas rules start in January.",
     "I'm calling because the new F-gas rules start in January."),
    ("NHS trusts must report by March", "I'm calling because NHS trusts must report by March."),
    ("I'm calling because your lease ends", "I'm calling because your lease ends."),
    ("   ", ""),
])
def test_reasons_read_as_speech_to_the_prospect(reason, said):
    assert spoken_reason(reason) == said


def test_a_script_without_a_reason_has_no_placeholder_words():
    script = voicemail_script("Dana", "", "Sam Rivers", "+44 20 7946 0000")
    assert "[" not in script and "before then" not in script


def test_the_vague_thank_you_does_not_promise_an_invite(ctx, prospect_id):
    save_identity(ctx, REP)
    stall = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "maybe next month",
                                        None, SlotQuality.VAGUE))
    touch = ctx.store.db.execute("SELECT id FROM touches WHERE stall_id = ? AND step_key = "
                                 "'thank_you'", [stall]).fetchone()[0]
    try:
        outbox_id = queue_touch_email(ctx, touch)
    except NeedsEdit as exc:  # pragma: no cover - the failure this test is about
        pytest.fail(f"the vague thank-you needed editing: {exc}")
    message = get_message(ctx.store, outbox_id)
    assert ctx.store.db.execute("SELECT invite FROM outbox WHERE id = ?",
                                [outbox_id]).fetchone() == (None,)
    body = message.body.lower()
    assert "invite" not in body and "calendar" not in body and "as agreed" not in body
    assert "Thank you for your time today" in message.body
