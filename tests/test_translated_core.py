"""What the services tell the rep reads German under the German translation, and English
without one: refusals raised by the real service calls, the profile's history and gaps.
The same calls from the command line (no translator installed) keep their English words.
"""

from __future__ import annotations

from collections.abc import Callable

import pytest

from desktop_app.domain.model import CallOutcome
from desktop_app.services import ValidationError
from desktop_app.services.calls import log_call_outcome
from desktop_app.services.context import AppContext
from desktop_app.services.profile import load_profile, set_event_touch_days_before
from desktop_app.services.prospects import create_prospect
from desktop_app.services.queue import upcoming_days
from desktop_app.services.reminders import pause_popups
from desktop_app.services.sample import sample_prospect_ids, write_sample_book
from desktop_app.services.startup import set_close_action

REFUSALS: list[tuple[str, Callable[[AppContext], object], str, str]] = [
    ("nameless prospect",
     lambda ctx: create_prospect(ctx, {"first_name": " ", "company": "",
                                       "timezone": "Europe/Berlin"}),
     "Geben Sie dem Interessenten einen Namen oder eine Firma.",
     "Give the prospect a name or a company."),
    ("rep's zone",
     lambda ctx: ctx.set_rep_timezone("Mars/Olympus_Mons"),
     "„Mars/Olympus_Mons“",
     "'Mars/Olympus_Mons' is not a time zone Tickler knows."),
    ("call logged without a reason",
     lambda ctx: log_call_outcome(ctx, 1, CallOutcome.CONVERSATION, reason="  "),
     "Schreiben Sie den Grund für den Anruf auf, bevor Sie ihn erfassen.",
     "Write the reason for the call before logging it."),
    ("event lead time",
     lambda ctx: set_event_touch_days_before(ctx, 400),
     "Wählen Sie zwischen 0 und 365 Tagen vor dem Ereignis.",
     "Pick between 0 and 365 days before the event."),
    ("upcoming days",
     lambda ctx: upcoming_days(ctx, 0),
     "Schauen Sie zwischen 1 und",
     "Look between 1 and"),
    ("pop-up pause",
     lambda ctx: pause_popups(ctx, 0),
     "Pausieren Sie mindestens eine Minute.",
     "Pause for at least one minute."),
    ("close action",
     lambda ctx: set_close_action(ctx, "explode"),
     "Beim Schließen des Fensters läuft Tickler entweder weiter oder wird beendet.",
     "Closing the window either keeps Tickler running or quits it."),
]


@pytest.mark.parametrize(("call", "german_words", "english_words"),
                         [r[1:] for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_service_refusals_read_german_under_the_german_translation(
        german, ctx, call, german_words, english_words):
    with pytest.raises(ValidationError) as refused:
        call(ctx)
    assert german_words in str(refused.value)
    assert english_words not in str(refused.value)


@pytest.mark.parametrize(("call", "english_words"),
                         [(r[1], r[3]) for r in REFUSALS], ids=[r[0] for r in REFUSALS])
def test_the_same_refusals_read_english_without_a_translator(ctx, call, english_words):
    with pytest.raises(ValidationError) as refused:
        call(ctx)
    assert english_words in str(refused.value)


def test_a_rejected_refusal_loses_nothing(german, ctx):
    """Refused in German, the book is as it was: no nameless prospect was written."""
    with pytest.raises(ValidationError):
        create_prospect(ctx, {"company": "", "timezone": "Europe/Berlin"})
    assert ctx.store.search_prospects("", 10) == []


def test_the_profile_history_and_gaps_read_german(german, ctx):
    write_sample_book(ctx)
    pages = [load_profile(ctx, i) for i in sample_prospect_ids(ctx)]
    titles = {e.title.split(":")[0] for p in pages for e in p.history if e.kind == "stall"}
    statuses = {e.status for p in pages for e in p.history}
    assert titles == {"Vertröstung"}
    assert "Erfasst" in statuses and "Geplant" in statuses
    assert not statuses & {"Logged", "Planned", "Done"}
    labels = {g.label for p in pages for g in p.gaps}
    assert labels and labels <= {"Was sich ändert", "Entscheider", "Weitere Beteiligte",
                                 "Wie sie einkaufen", "Budget", "Zeitplan",
                                 "Zwingende Ereignisse"}
    assert all(g.question.endswith("?") and "you" not in g.question
               for p in pages for g in p.gaps)
    assert all(" von 7 bekannt" in p.completeness for p in pages)


def test_the_profile_reads_english_without_a_translator(ctx):
    write_sample_book(ctx)
    pages = [load_profile(ctx, i) for i in sample_prospect_ids(ctx)]
    assert {e.status for p in pages for e in p.history} >= {"Logged", "Planned"}
    assert all(" of 7 known" in p.completeness for p in pages)


@pytest.mark.parametrize("subject, body, field", [
    ("Our call on {{slot}}", "Hi Dana,\nSee you then.", "subject"),
    ("Our call", "Hi Dana,\nI'll send [the price list] before then.", "body"),
    ("Our call", "Dear ,\nSee you then.", "body"),
])
def test_a_half_made_message_is_refused_beside_its_field_in_any_language(
        german, subject, body, field):
    """Which field a refusal names comes from where the problem stands, never from
    reading the (German) message back."""
    from desktop_app.services.outbox import check_rep_text

    with pytest.raises(ValidationError) as refused:
        check_rep_text(subject, body)
    assert refused.value.field == field
    message = str(refused.value)
    assert not any(english in message for english in ("would go out", "Replace", "greets"))
    assert ("im Betreff" in message) == (field == "subject")
