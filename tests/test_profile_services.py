"""The prospect profile: gaps, compelling events and their touches, trash, history, search."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from desktop_app.domain.contact import format_phone, zone_country
from desktop_app.domain.events import EventDraft, EventKind, value_touch_due
from desktop_app.domain.gaps import GAP_FIELDS, completeness, open_gaps
from desktop_app.domain.model import CallOutcome, SlotQuality, StallKind
from desktop_app.services import ValidationError
from desktop_app.services.profile import (
    add_event,
    check_profile_edit,
    delete_event,
    history,
    list_trash,
    load_profile,
    prospects_with_gaps,
    restore_prospect,
    save_profile,
    set_event_touch_days_before,
    trash_prospect,
    update_event,
    value_touch_for,
)
from desktop_app.services.prospects import create_prospect, search_prospects
from desktop_app.services.queue import queue_for_day
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.services.touches import record_call

CONTACT = {
    "first_name": "Maria", "last_name": "Okafor", "title": "Facilities Manager",
    "company": "Harbourview Clinics", "email": "maria@harbourview.example",
    "phone": "+44 20 7946 0321", "mobile": "", "timezone": "Europe/London", "address": "",
    "linkedin": "", "website": "", "blog": "", "twitter": "", "facebook": "", "notes": "",
}
FULL_PROFILE = {
    "what_will_change": "New wing opens in March",
    "decision_maker_name": "Daniel Price", "decision_maker_role": "Operations Director",
    "others_involved": ["Finance: Priya Shah", "  ", "Maria (user)"],
    "purchasing_process": "Three quotes, then a PO",
    "budget_status": "planned", "budget_amount": "£18,000", "budget_source": "",
    "timeline": "Before March",
}


def pending_rows(ctx, prospect_id):
    return list(ctx.store.db.query(
        "SELECT * FROM touches WHERE prospect_id = ? AND status = 'pending' ORDER BY id",
        [prospect_id]))


# -- gaps -----------------------------------------------------------------------------------

def test_a_new_prospect_has_every_gap_open(ctx, prospect_id):
    page = load_profile(ctx, prospect_id)
    assert page.completeness == "0 of 7 known"
    assert [g.key for g in page.gaps] == [g.key for g in GAP_FIELDS]
    assert all(g.question.endswith("?") for g in page.gaps)


def test_filling_the_profile_closes_gaps_and_the_sql_count_agrees(ctx, prospect_id):
    save_profile(ctx, prospect_id, CONTACT, FULL_PROFILE)
    page = load_profile(ctx, prospect_id)
    assert page.completeness == "6 of 7 known"
    assert [g.key for g in page.gaps] == ["compelling_events"]
    assert page.profile.others_involved == ("Finance: Priya Shah", "Maria (user)")
    assert ctx.store.open_gap_count(prospect_id) == 1

    add_event(ctx, prospect_id, EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 2, 1)))
    assert load_profile(ctx, prospect_id).completeness == "7 of 7 known"
    assert ctx.store.open_gap_count(prospect_id) == 0


@pytest.mark.parametrize("profile, dated, known", [
    ({"decision_maker_role": "CFO"}, 0, 0),  # a role without a name is still a gap
    ({"budget_status": "unknown", "budget_amount": "10k"}, 0, 0),
    ({"budget_status": "not_planned"}, 0, 1),
    ({"others_involved": ["", " "]}, 0, 0),
    ({"what_will_change": "   "}, 1, 1),  # blank text is not an answer; a dated event is
])
def test_what_counts_as_known(profile, dated, known):
    assert completeness(profile, dated) == f"{known} of 7 known"
    assert len(open_gaps(profile, dated)) == 7 - known


def test_an_undated_event_does_not_close_the_events_gap(ctx, prospect_id):
    add_event(ctx, prospect_id, EventDraft(EventKind.NEW_REGULATION, None, "Some time in 2027"))
    assert "compelling_events" in [g.key for g in load_profile(ctx, prospect_id).gaps]
    assert ctx.store.open_gap_count(prospect_id) == 7


# -- contact --------------------------------------------------------------------------------

def test_phones_are_formatted_and_unreadable_ones_kept_as_typed(ctx, prospect_id):
    result = save_profile(ctx, prospect_id,
                          {**CONTACT, "phone": "020 7946 0321", "mobile": "ask reception"}, {})
    prospect = ctx.store.get_prospect(prospect_id)
    assert prospect.phone == "+44 20 7946 0321"  # read as a UK number: Europe/London
    assert prospect.mobile == "ask reception"
    assert len(result.notes) == 1 and "kept as typed" in result.notes[0]


def test_phone_region_comes_from_the_time_zone():
    assert zone_country("America/Chicago") == "US"
    assert format_phone("(608) 555-0148", "America/Chicago") == ("+1 608-555-0148", True)
    assert format_phone("03-1234-5678", "Asia/Tokyo") == ("+81 3-1234-5678", True)


def test_a_national_number_is_read_in_the_prospects_own_country_when_set(ctx,
                                                                         prospect_id):
    """A prospect whose zone names no country (Etc/GMT+5, from a vCard's "TZ:-05:00") or
    the wrong one: with their country set, the number is stored in full and dials."""
    from desktop_app.domain.contact import tel_uri

    save_profile(ctx, prospect_id, {**CONTACT, "timezone": "Etc/GMT+5", "country": "US",
                                    "phone": "(212) 555-0199"}, {})
    prospect = ctx.store.get_prospect(prospect_id)
    assert prospect.phone == "+1 212-555-0199"
    assert tel_uri(prospect.phone, prospect.timezone) == "tel:+12125550199"
    # set once, the country goes on reading the numbers typed later
    save_profile(ctx, prospect_id, {**CONTACT, "timezone": "Etc/GMT+5",
                                    "mobile": "(646) 555-0100"}, {})
    assert ctx.store.get_prospect(prospect_id).mobile == "+1 646-555-0100"
    assert format_phone("0412 345 678", "Europe/London", "au") == ("+61 412 345 678", True)


def test_a_phone_extension_is_written_once():
    formatted, ok = format_phone("020 7946 0958 ext 12", "Europe/London")
    assert ok and formatted.count("12") == 1 and formatted.startswith("+44 20 7946 0958")


def test_bad_input_is_refused_with_its_field_and_nothing_is_saved(ctx, prospect_id):
    before = ctx.store.get_prospect(prospect_id)
    problems = check_profile_edit({**CONTACT, "email": "maria@", "timezone": "Mars/Olympus"},
                                  {"budget_status": "maybe"})
    assert {p.field for p in problems} == {"email", "timezone", "budget_status"}
    with pytest.raises(ValidationError) as err:
        save_profile(ctx, prospect_id, {**CONTACT, "email": "maria@", "title": "Changed"},
                     FULL_PROFILE)
    assert err.value.field == "email"
    assert ctx.store.get_prospect(prospect_id) == before
    assert ctx.store.open_gap_count(prospect_id) == 7


def test_saving_is_one_transaction(ctx, prospect_id, monkeypatch):
    """A failure after the contact was written leaves contact, profile and events unchanged."""
    from desktop_app.store import profile_queries

    def broken(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(profile_queries, "insert_event", broken)
    with pytest.raises(RuntimeError):
        save_profile(ctx, prospect_id, {**CONTACT, "title": "Changed"}, FULL_PROFILE,
                     [EventDraft(EventKind.PRICE_DROP, date(2027, 1, 10))])
    assert ctx.store.get_prospect(prospect_id).title == ""
    assert ctx.store.open_gap_count(prospect_id) == 7
    assert pending_rows(ctx, prospect_id) == []


def test_links_get_a_scheme(ctx, prospect_id):
    save_profile(ctx, prospect_id, {**CONTACT, "website": "harbourview.example",
                                    "linkedin": "https://linkedin.com/in/m"}, {})
    prospect = ctx.store.get_prospect(prospect_id)
    assert prospect.website == "https://harbourview.example"
    assert prospect.linkedin == "https://linkedin.com/in/m"


def test_save_can_create_a_prospect(ctx):
    result = save_profile(ctx, None, {**CONTACT, "first_name": "Kenji", "last_name": "W",
                                      "timezone": "Asia/Tokyo"}, {"timeline": "April"})
    assert load_profile(ctx, result.prospect_id).completeness == "1 of 7 known"


# -- compelling events and their touches ---------------------------------------------------

def test_a_dated_event_schedules_a_value_touch_30_days_before(ctx, prospect_id):
    event_id = add_event(ctx, prospect_id, EventDraft(
        EventKind.MAINTENANCE_CONTRACT_END, date(2027, 2, 15), "Contractor's agreement ends"))
    touch = value_touch_for(ctx, event_id)
    assert touch is not None
    assert touch.channel == "email"
    # 10:00 London, on UTC in January
    assert touch.due_utc == datetime(2027, 1, 16, 10, 0, tzinfo=UTC)
    assert "Maintenance contract ends on 15 Feb 2027" in touch.reason
    assert "Contractor's agreement ends" in touch.reason


def test_moving_the_event_moves_its_touch_and_deleting_cancels_it(ctx, clock, prospect_id):
    event_id = add_event(ctx, prospect_id, EventDraft(EventKind.WARRANTY_EXPIRY,
                                                      date(2027, 3, 1)))
    first = value_touch_for(ctx, event_id)
    update_event(ctx, event_id, EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 4, 1)))
    moved = value_touch_for(ctx, event_id)
    assert moved.id == first.id
    assert moved.due_utc.isoformat().startswith("2027-03-02")
    assert "01 Apr 2027" in moved.reason
    assert len(pending_rows(ctx, prospect_id)) == 1

    delete_event(ctx, event_id)
    assert pending_rows(ctx, prospect_id) == []
    cancelled = ctx.store.get_touch(first.id)
    assert cancelled.status == "cancelled"


def test_clearing_the_date_cancels_and_a_new_date_schedules_again(ctx, prospect_id):
    event_id = add_event(ctx, prospect_id, EventDraft(EventKind.NEW_PRODUCT, date(2027, 3, 1)))
    update_event(ctx, event_id, EventDraft(EventKind.NEW_PRODUCT, None))
    assert value_touch_for(ctx, event_id) is None
    update_event(ctx, event_id, EventDraft(EventKind.NEW_PRODUCT, date(2027, 5, 1)))
    assert value_touch_for(ctx, event_id).due_utc.isoformat().startswith("2027-04-01")


def test_an_event_too_close_for_the_lead_time_is_due_now_and_a_past_one_earns_none(
        ctx, clock, prospect_id):
    soon = add_event(ctx, prospect_id, EventDraft(EventKind.SPECIAL_OFFER,
                                                  date(2026, 12, 1)))
    assert value_touch_for(ctx, soon).due_utc == clock()
    assert any(r.title.startswith("Value touch") for r in queue_for_day(ctx))
    past = add_event(ctx, prospect_id, EventDraft(EventKind.PRICE_DROP, date(2026, 11, 1)))
    assert value_touch_for(ctx, past) is None


def test_saving_the_profile_keeps_a_snoozed_value_touch_where_the_rep_put_it(
        ctx, clock, prospect_id):
    from desktop_app.services.touches import snooze_touch

    later = add_event(ctx, prospect_id, EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 3, 1)))
    soon = add_event(ctx, prospect_id, EventDraft(EventKind.SPECIAL_OFFER, date(2026, 12, 1)))
    snoozed = {}
    for event_id in (later, soon):
        touch_id = value_touch_for(ctx, event_id).id
        snooze_touch(ctx, touch_id, 24 * 60)
        snoozed[event_id] = ctx.store.get_touch(touch_id).due_utc
    clock.advance(minutes=90)
    save_profile(ctx, prospect_id, {**CONTACT, "title": "Head of Facilities"}, {})
    for event_id in (later, soon):
        assert value_touch_for(ctx, event_id).due_utc == snoozed[event_id]
    # a real change of date still moves the touch
    update_event(ctx, later, EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 4, 1)))
    assert value_touch_for(ctx, later).due_utc.isoformat().startswith("2027-03-02")


def test_the_lead_time_is_a_setting_and_changing_it_moves_pending_touches(ctx, prospect_id):
    event_id = add_event(ctx, prospect_id, EventDraft(EventKind.NEW_REGULATION,
                                                      date(2027, 3, 1)))
    assert set_event_touch_days_before(ctx, 7) == 1
    assert value_touch_for(ctx, event_id).due_utc.isoformat().startswith("2027-02-22")
    with pytest.raises(ValidationError):
        set_event_touch_days_before(ctx, -1)


def test_the_touch_is_at_ten_in_the_prospects_zone():
    due = value_touch_due(date(2027, 6, 30), 30, "America/New_York",
                          datetime.fromisoformat("2026-11-23T09:00:00+00:00"))
    assert due.isoformat() == "2027-05-31T14:00:00+00:00"  # 10:00 EDT


def test_save_applies_the_editors_event_list(ctx, prospect_id):
    keep = add_event(ctx, prospect_id, EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 3, 1)))
    drop = add_event(ctx, prospect_id, EventDraft(EventKind.PRICE_DROP, date(2027, 4, 1)))
    drop_touch = value_touch_for(ctx, drop)
    save_profile(ctx, prospect_id, CONTACT, {}, [
        EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 3, 8), "moved a week", keep),
        EventDraft(EventKind.BETTER_SYSTEM, date(2027, 6, 1), "v2 ships"),
    ])
    events = load_profile(ctx, prospect_id).events
    assert [(e.kind, e.event_date) for e in events] == [
        (EventKind.WARRANTY_EXPIRY, date(2027, 3, 8)), (EventKind.BETTER_SYSTEM, date(2027, 6, 1))]
    assert ctx.store.get_touch(drop_touch.id).status == "cancelled"
    dues = sorted(r["due_utc"][:10] for r in pending_rows(ctx, prospect_id))
    assert dues == ["2027-02-06", "2027-05-02"]


# -- trash ----------------------------------------------------------------------------------

def test_trash_cancels_pending_touches_and_restore_brings_back_exactly_those(
        ctx, prospect_id):
    stall_id = log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "next month",
                                           datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))
    add_event(ctx, prospect_id, EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 3, 1)))
    # one touch already cancelled before the trash must stay cancelled after restore
    linkedin = next(r for r in pending_rows(ctx, prospect_id) if r["step_key"] == "linkedin")
    ctx.store.update_touch(linkedin["id"], {"status": "cancelled", "outcome_reason": "skip"})
    before = {r["id"] for r in pending_rows(ctx, prospect_id)}
    assert len(before) == 6

    assert trash_prospect(ctx, prospect_id) == 6
    assert pending_rows(ctx, prospect_id) == []
    assert queue_for_day(ctx) == []
    assert search_prospects(ctx, "Okafor") == []
    assert [t.id for t in list_trash(ctx)] == [prospect_id]
    assert list_trash(ctx)[0].held_touches == 6
    with pytest.raises(ValidationError):
        save_profile(ctx, prospect_id, CONTACT, {})

    assert restore_prospect(ctx, prospect_id) == 6
    assert {r["id"] for r in pending_rows(ctx, prospect_id)} == before
    assert ctx.store.get_touch(linkedin["id"]).status == "cancelled"
    assert [r.id for r in search_prospects(ctx, "Okafor")] == [prospect_id]
    assert list_trash(ctx) == []
    assert ctx.store.get_stall(stall_id).open


# -- history --------------------------------------------------------------------------------

def test_history_is_newest_first_with_the_prospects_words(ctx, clock, prospect_id):
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "In an audit until Thursday",
                                datetime(2026, 11, 30, 9, 0), SlotQuality.BOOKED))
    clock.set(datetime(2026, 11, 30, 9, 3, tzinfo=clock().tzinfo))
    callback = next(r for r in queue_for_day(ctx) if r.title == "Callback")
    record_call(ctx, callback.id, CallOutcome.CONVERSATION, "Good talk")
    entries = history(ctx, prospect_id)
    assert [e.when_utc for e in entries] == sorted((e.when_utc for e in entries), reverse=True)
    assert entries[0].title == "Callback" and entries[0].status == "Conversation"
    assert "3 min late" in entries[0].detail and "Good talk" in entries[0].detail
    stall = next(e for e in entries if e.kind == "stall")
    assert stall.words == "In an audit until Thursday"
    assert stall.title == "Stall: Call me next week"
    assert entries[-1] is stall or entries[-1].when_utc == stall.when_utc


# -- the gaps list --------------------------------------------------------------------------

def test_gaps_list_has_prospects_with_a_callback_and_open_gaps_soonest_first(ctx):
    def prospect(name, tz="Europe/London"):
        return create_prospect(ctx, {"first_name": name, "timezone": tz})

    late, soon, complete, no_call = (prospect(n) for n in ("Late", "Soon", "Done", "NoCall"))
    for pid, day in ((late, 20), (soon, 2), (complete, 1)):
        log_stall(ctx, StallRequest(pid, StallKind.NEXT_WEEK, "",
                                    datetime(2026, 11, 23, 10) + timedelta(days=day)))
    save_profile(ctx, complete, {**CONTACT, "first_name": "Done"}, FULL_PROFILE,
                 [EventDraft(EventKind.WARRANTY_EXPIRY, date(2027, 3, 1))])
    save_profile(ctx, soon, {**CONTACT, "first_name": "Soon"}, {"timeline": "Q2"})
    rows = prospects_with_gaps(ctx)
    assert [r.prospect_id for r in rows] == [soon, late]
    assert len(rows[0].gaps) == 6 and "timeline" not in [g.key for g in rows[0].gaps]
    assert no_call not in [r.prospect_id for r in rows]


# -- search ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text", ["harb", "maria@harb", "7946", "okaf", "MARIA", "wing"])
def test_search_finds_by_name_company_email_phone_and_notes(ctx, prospect_id, text):
    save_profile(ctx, prospect_id, {**CONTACT, "notes": "Met at the new wing opening"}, {})
    create_prospect(ctx, {"first_name": "Kenji", "company": "Aomori", "timezone": "Asia/Tokyo"})
    assert [r.id for r in search_prospects(ctx, text)] == [prospect_id]


def test_search_sees_edits_and_ignores_punctuation(ctx, prospect_id):
    save_profile(ctx, prospect_id, {**CONTACT, "company": "Lusomar Hotéis"}, {})
    assert [r.id for r in search_prospects(ctx, "hoteis")] == [prospect_id]
    assert search_prospects(ctx, "clinics") == []
    assert len(search_prospects(ctx, '"*(')) == 1  # nothing searchable: the whole book


def test_the_sample_books_dated_events_have_value_touches(ctx):
    from desktop_app.services.sample import write_sample_book

    write_sample_book(ctx)
    events = list(ctx.store.db.query("SELECT id, event_date FROM compelling_events"))
    assert len(events) == 4
    for event in events:
        assert value_touch_for(ctx, event["id"]) is not None, event
