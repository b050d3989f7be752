"""Invites and the callbacks export, read by calendar software that did not write them.

libical (Evolution, GNOME Calendar) runs in the system python through GObject
introspection; Radicale is a real CalDAV server on 127.0.0.1 (it reads with vobject and
dateutil, as many servers and scripts do); ics.py is a third, stricter reader. Each must
find every call at the agreed instants: in zones with and without summer time, with
half-hour summer time (Lord Howe), next to both clock changes and in the repeated hour.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email import message_from_bytes, policy
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from desktop_app.domain.invite import CALL_MINUTES, InviteRequest, build_invite
from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.domain.vtimezone import event_times, is_repeated, vtimezone
from desktop_app.services import email as email_service
from desktop_app.services import outbox
from desktop_app.services.exporter import export_callbacks_ics
from desktop_app.services.prospects import create_prospect
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.services.touches import snooze_touch
from tests.calendar_readers import (
    Radicale,
    clock_changes,
    probes,
    read_with_libical,
    zoneinfo_walls,
)

CALL = timedelta(minutes=CALL_MINUTES)
WITH_DST = ["America/New_York", "Europe/Berlin", "Europe/London", "Australia/Sydney",
            "Australia/Lord_Howe", "Pacific/Chatham", "America/St_Johns",
            "Africa/Casablanca", "America/Santiago", "America/Nuuk", "Europe/Dublin"]
WITHOUT_DST = ["Asia/Tokyo", "Asia/Kolkata", "America/Sao_Paulo", "Asia/Kathmandu", "Etc/UTC",
               "Etc/GMT+5"]
# vobject keeps the first VTIMEZONE it meets for a TZID, but skips one that reads like UTC
# from 2000 to 2020 (ours start with the book: London, Dublin, Casablanca) and then uses
# pytz's own table for the name. Where pytz's tzdata release disagrees with the machine's
# (Casablanca: 2026f in pytz, 2025b on this system), Radicale's answer comes from that
# table, not from our file.
OWN_TABLE_IN_VOBJECT = {"Africa/Casablanca"}
IDENTITY = email_service.RepIdentity(
    name="Sam Rivers", title="Account Executive", company="Northwind",
    phone="+44 20 7946 0000", email="sam@northwind.example")


def slots(zone: str, year: int = 2027) -> list[datetime]:
    """Calls that catch every misreading: winter, summer, across and at each clock change,
    and both occurrences of a repeated hour."""
    tz = ZoneInfo(zone)
    found = [datetime(year, 1, 15, 10, tzinfo=tz).astimezone(UTC),
             datetime(year, 7, 15, 16, 30, tzinfo=tz).astimezone(UTC)]
    for change in clock_changes(zone, datetime(year, 1, 1, tzinfo=UTC),
                                datetime(year + 1, 1, 1, tzinfo=UTC)):
        found += [change.at + timedelta(minutes=m) for m in (-45, -15, 0, 15)]
    return found


@pytest.fixture
def radicale(tmp_path):
    """A fresh server for each test: vobject keeps the first VTIMEZONE it reads for a TZID
    for the life of the process, so a shared server would read later files with an earlier
    file's zone."""
    server = Radicale(tmp_path / "radicale")
    yield server
    server.stop()


def invite(slot: datetime, zone: str, uid: str) -> str:
    return build_invite(InviteRequest(
        uid=uid, slot_utc=slot, timezone=zone, summary="Call: Dana and Sam",
        description="Sam will call you.", organizer_name="Sam Rivers",
        organizer_email="sam@northwind.example", attendee_name="Dana Whitfield",
        attendee_email="dana@hudson.example", stamp_utc=datetime(2026, 11, 23, tzinfo=UTC)))


def check_in_radicale(radicale: Radicale, texts: dict[str, str],
                      agreed: dict[str, datetime]) -> list[str]:
    """PUT each file, GET it back, and ask for each agreed half hour by time range."""
    calendar = radicale.new_calendar()
    served = []
    for number, text in enumerate(texts.values()):
        radicale.put(calendar, f"{number}.ics", text)
        served.append(radicale.get(f"{calendar}{number}.ics"))
    assert_found_at_their_instants(radicale, calendar, agreed)
    return served


def assert_found_at_their_instants(radicale: Radicale, calendar: str,
                                   agreed: dict[str, datetime]) -> None:
    """A time-range REPORT for the first and the last second of each agreed half hour, and
    for the seconds just before and after it, finds exactly the calls under way then: a call
    read even a second early, late, long or short fails."""
    second = timedelta(seconds=1)
    for start in agreed.values():
        for moment in (start - second, start, start + CALL - second, start + CALL):
            under_way = {uid for uid, s in agreed.items() if s <= moment < s + CALL}
            assert radicale.find(calendar, moment, moment + second) == under_way, moment


def assert_libical_reads(results: list[dict], agreed: dict[str, datetime]) -> None:
    seen = {}
    for result in results:
        assert result["parsed"] and result["errors"] == [], result
        assert result["restriction_ok"]
        for event in result["events"]:
            seen[event["uid"]] = (event["start"], event["end"])
    assert seen == {uid: (int(start.timestamp()), int((start + CALL).timestamp()))
                    for uid, start in agreed.items()}


# -- the VTIMEZONE against zoneinfo --------------------------------------------------------

SPANS = [(zone, 2026, 2036) for zone in WITH_DST + WITHOUT_DST] + [
    ("America/New_York", 2005, 2009),  # the US rules changed in 2007
    ("America/Sao_Paulo", 2016, 2021),  # new start date in 2018, no summer time from 2019
    ("Europe/Moscow", 2009, 2016),  # summer time kept for good in 2011, given up in 2014
    ("Asia/Tehran", 2019, 2024),  # fixed dates, summer time given up in 2022
    ("Pacific/Apia", 2009, 2022),  # skipped a whole day in 2011
    ("Africa/Casablanca", 2017, 2030),  # Ramadan
    ("Australia/Lord_Howe", 2005, 2010),  # rule change in 2008
]


def zone_file(zone: str, first_year: int, last_year: int) -> str:
    cal = Calendar()
    cal.add("prodid", "-//Tickler tests//EN")
    cal.add("version", "2.0")
    cal.add_component(vtimezone(zone, datetime(first_year, 1, 1, tzinfo=UTC),
                                datetime(last_year, 12, 31, tzinfo=UTC)))
    return cal.to_ical().decode()


def test_each_vtimezone_agrees_with_zoneinfo_in_libical_and_vobject():
    """Every instant near every clock change, and every wall time that happens once."""
    import vobject

    files, expected = [], []
    for zone, first, last in SPANS:
        utc_probes, wall_probes, instants = probes(zone, first, last)
        files.append(zone_file(zone, first, last))
        expected.append((zone, utc_probes, wall_probes, instants))
    results = read_with_libical(files, [({zone: utc}, {zone: walls})
                                        for zone, utc, walls, _ in expected])
    for text, result, (zone, utc_probes, wall_probes, instants) in zip(
            files, results, expected, strict=True):
        assert result["errors"] == [], (zone, result["errors"])
        read = result["zones"][zone]
        wrong = [(w, z) for w, z in zip(read["walls"], zoneinfo_walls(zone, utc_probes),
                                        strict=True) if w != z]
        assert wrong == [], (zone, "libical", wrong[:5])
        wrong = [(w, a, b) for w, a, b in zip(wall_probes, read["instants"], instants,
                                              strict=True) if a != b]
        assert wrong == [], (zone, "libical", wrong[:5])

        # vobject places a wall time in time as a server does with DTSTART;TZID. (Its
        # dateutil tzinfo cannot go the other way across a change of standard offset,
        # such as Moscow's in 2011: Python's default fromutc assumes one standard offset.)
        tzinfo = vobject.readOne(text).vtimezone.gettzinfo()
        read_instants = [int(datetime.strptime(w, "%Y%m%dT%H%M%S").replace(tzinfo=tzinfo)
                             .timestamp()) for w in wall_probes]
        wrong = [(w, a, b) for w, a, b in zip(wall_probes, read_instants, instants,
                                              strict=True) if a != b]
        assert wrong == [], (zone, "vobject", wrong[:5])


def test_vtimezones_are_written_with_yearly_rules_like_vzic():
    new_york = zone_file("America/New_York", 2027, 2027)
    assert "COMMENT" not in new_york and "RDATE" not in new_york
    # summer time starts at 02:00 in the offset before the change, ends at 02:00 EDT
    assert ("BEGIN:DAYLIGHT\r\nDTSTART:20270314T020000\r\n"
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\nTZNAME:EDT\r\n"
            "TZOFFSETFROM:-0500\r\nTZOFFSETTO:-0400\r\nEND:DAYLIGHT") in new_york
    assert ("BEGIN:STANDARD\r\nDTSTART:20261101T020000\r\n"
            "RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU\r\nTZNAME:EST\r\n"
            "TZOFFSETFROM:-0400\r\nTZOFFSETTO:-0500\r\nEND:STANDARD") in new_york
    assert "UNTIL" not in new_york  # the rule goes on

    lord_howe = zone_file("Australia/Lord_Howe", 2027, 2027)
    assert "TZOFFSETFROM:+1030\r\nTZOFFSETTO:+1100" in lord_howe
    assert "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU" in lord_howe

    tokyo = zone_file("Asia/Tokyo", 2027, 2027)
    assert tokyo.count("BEGIN:STANDARD") == 1 and "DAYLIGHT" not in tokyo
    assert "TZOFFSETFROM:+0900\r\nTZOFFSETTO:+0900" in tokyo and "RRULE" not in tokyo

    # the 1987-2006 rules end with UNTIL, the 2007 ones go on
    old_new_york = zone_file("America/New_York", 2005, 2008)
    assert "RRULE:FREQ=YEARLY;UNTIL=20060402T070000Z;BYMONTH=4;BYDAY=1SU" in old_new_york
    assert "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU\r\n" in old_new_york
    assert "COMMENT" not in old_new_york and "RDATE" not in old_new_york


# -- event times ---------------------------------------------------------------------------


@pytest.mark.parametrize("zone", ["America/New_York", "Australia/Lord_Howe", "Europe/London"])
def test_every_start_across_the_night_the_clocks_go_back_keeps_its_instants(zone):
    change = next(c for c in clock_changes(zone, datetime(2027, 1, 1, tzinfo=UTC),
                                           datetime(2028, 1, 1, tzinfo=UTC)) if c.repeats)
    tz = ZoneInfo(zone)
    written_in_utc = 0
    for minute in range(-120, 121, 5):
        start = change.at + timedelta(minutes=minute)
        begin, end = event_times(start, start + CALL, zone)
        assert begin == start and end == start + CALL and end > begin
        touches_repeat = is_repeated(start, zone) or is_repeated(start + CALL, zone)
        assert (begin.tzinfo is UTC) == touches_repeat
        if begin.tzinfo is tz:
            assert end.replace(tzinfo=None) > begin.replace(tzinfo=None)  # wall times too
        written_in_utc += touches_repeat
    assert written_in_utc > 0


def test_a_call_must_end_after_it_starts():
    start = datetime(2027, 3, 1, 12, tzinfo=UTC)
    with pytest.raises(ValueError, match="end after"):
        event_times(start, start, "Europe/London")


# -- invites --------------------------------------------------------------------------------


def test_every_invite_gives_the_agreed_half_hour_in_libical_radicale_and_ics_py(radicale):
    import ics

    agreed_by_zone = {zone: {f"{zone}-{n}@tickler.test": slot
                             for n, slot in enumerate(slots(zone))}
                      for zone in WITH_DST + WITHOUT_DST}
    texts_by_zone = {zone: {uid: invite(slot, zone, uid) for uid, slot in agreed.items()}
                     for zone, agreed in agreed_by_zone.items()}
    agreed = {uid: slot for each in agreed_by_zone.values() for uid, slot in each.items()}
    texts = {uid: text for each in texts_by_zone.values() for uid, text in each.items()}
    assert all("COMMENT" not in t and "RDATE" not in t for t in texts.values())
    assert_libical_reads(read_with_libical(list(texts.values())), agreed)
    for uid, text in texts.items():
        if not uid.startswith(("America/New_York", "Australia/Lord_Howe")):
            continue  # ics.py is slow; these two have every kind of slot
        event = next(iter(ics.Calendar(text).events))
        assert (event.begin.datetime, event.end.datetime) == (agreed[uid], agreed[uid] + CALL)

    served, served_agreed = [], {}
    for zone in agreed_by_zone.keys() - OWN_TABLE_IN_VOBJECT:
        served += check_in_radicale(radicale, texts_by_zone[zone], agreed_by_zone[zone])
        served_agreed.update(agreed_by_zone[zone])
    # what the server hands to the next client still says the same
    assert_libical_reads(read_with_libical(served), served_agreed)


@pytest.mark.parametrize(("zone", "wall"), [
    ("America/New_York", datetime(2027, 3, 14, 1, 45)),  # the clocks go forward at 02:00
    ("America/New_York", datetime(2027, 11, 7, 1, 15)),  # the repeated hour
    ("Australia/Lord_Howe", datetime(2027, 4, 4, 1, 45)),  # half an hour repeated
    ("Australia/Lord_Howe", datetime(2027, 10, 3, 1, 45)),
    ("Europe/Berlin", datetime(2027, 10, 31, 2, 30)),
    ("Asia/Tokyo", datetime(2027, 1, 5, 9, 0)),
    ("Asia/Kolkata", datetime(2027, 6, 1, 17, 30)),
])
def test_the_thank_you_and_the_reminder_carry_the_same_readable_invite(ctx, radicale, zone,
                                                                       wall):
    email_service.save_identity(ctx, IDENTITY)
    pid = create_prospect(ctx, {"first_name": "Dana", "last_name": "Whitfield",
                                "email": "dana@hudson.example", "timezone": zone})
    stall = log_stall(ctx, StallRequest(pid, StallKind.NEXT_WEEK, "Call me next week",
                                        wall, SlotQuality.BOOKED))
    slot = wall.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)  # the first, if it repeats
    touches = ctx.store.db.execute(
        "SELECT id FROM touches WHERE stall_id = ? AND template IN ('thank_you', 'reminder')"
        " ORDER BY due_utc", [stall]).fetchall()
    assert len(touches) == 2
    invites = []
    for (touch,) in touches:
        queued = outbox.queue_touch_email(
            ctx, touch, subject="Our call", body="I will call you at the time we agreed.\n")
        # the bytes the server will be handed
        (raw,) = ctx.store.db.execute("SELECT raw FROM outbox WHERE id = ?", [queued]).fetchone()
        message = message_from_bytes(raw, policy=policy.default)
        parts = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
        attached = [p for p in message.walk() if p.get_filename() == "invite.ics"]
        assert len(parts) == len(attached) == 1
        invites += [parts[0].get_content(), attached[0].get_content().decode("utf-8")]
    uids = {str(Calendar.from_ical(text).walk("VEVENT")[0]["UID"]) for text in invites}
    assert len(uids) == 1  # one event, however many messages carry it
    (uid,) = uids
    results = read_with_libical(invites)
    for result in results:
        assert_libical_reads([result], {uid: slot})
    check_in_radicale(radicale, {uid: invites[0]}, {uid: slot})


# -- the callbacks export ------------------------------------------------------------------


def test_the_export_gives_every_call_at_its_instant_even_one_in_the_repeated_hour(
        ctx, clock, radicale, tmp_path):
    import ics

    start_of_book = clock()
    calls = []
    for zone in ["America/New_York", "Australia/Lord_Howe", "Europe/London", "Asia/Tokyo",
                 "Pacific/Chatham", "America/St_Johns"]:
        for slot in slots(zone):
            pid = create_prospect(ctx, {"first_name": f"P{len(calls)}", "timezone": zone})
            calls.append((pid, slot))
    first_occurrences = [(p, s) for p, s in calls
                         if s.astimezone(ZoneInfo(ctx.store.get_prospect(p).timezone)).fold
                         == 0]
    for pid, slot in first_occurrences:
        zone = ZoneInfo(ctx.store.get_prospect(pid).timezone)
        log_stall(ctx, StallRequest(pid, StallKind.NEXT_WEEK, "Call me next week",
                                    slot.astimezone(zone).replace(tzinfo=None),
                                    SlotQuality.BOOKED))
    # A second occurrence of a repeated hour cannot be typed as a wall time; a snooze
    # from the hour before gets there.
    for pid, slot in calls:
        if (pid, slot) in first_occurrences:
            continue
        log_stall(ctx, StallRequest(pid, StallKind.NEXT_WEEK, "Call me next week",
                                    datetime(2027, 12, 20, 10), SlotQuality.BOOKED))
        (touch,) = ctx.store.db.execute(
            "SELECT id FROM touches WHERE prospect_id = ? AND channel = 'call'",
            [pid]).fetchone()
        clock.set(slot - timedelta(hours=1))
        snooze_touch(ctx, touch, 60)
        clock.set(start_of_book)
    assert len(first_occurrences) < len(calls)  # some are second occurrences

    path = tmp_path / "callbacks.ics"
    assert export_callbacks_ics(ctx.store, path, start_of_book) == len(calls)
    text = path.read_text("utf-8")
    assert "COMMENT" not in text and "RDATE" not in text
    agreed = {f"touch-{touch}@tickler.local": datetime.fromisoformat(due).replace(tzinfo=UTC)
              for touch, due in ctx.store.db.execute(
                  "SELECT id, due_utc FROM touches WHERE channel = 'call'")}
    assert sorted(agreed.values()) == sorted(slot for _, slot in calls)

    assert_libical_reads(read_with_libical([text]), agreed)

    loaded = ics.Calendar(text)  # one bad event would make it refuse the whole file
    assert {e.uid: (e.begin.datetime, e.end.datetime) for e in loaded.events} == {
        uid: (start, start + CALL) for uid, start in agreed.items()}

    collection = radicale.new_calendar()
    status, _ = radicale.request("PUT", collection, text,
                                 {"Content-Type": "text/calendar; charset=utf-8"})
    assert status in (201, 204)
    assert_found_at_their_instants(radicale, collection, agreed)


@pytest.mark.parametrize("missing", ["", "Mars/Olympus"])
def test_a_prospect_without_a_zone_known_here_keeps_the_export_and_the_invite(ctx, tmp_path,
                                                                                missing):
    """A book restored from elsewhere may hold a prospect with no zone, or one this
    machine's tz database lacks: their call is written at its instants in UTC, and the
    export still carries every other call; their thank-you still goes, times in the rep's
    zone."""
    from dataclasses import replace

    import ics

    email_service.save_identity(ctx, replace(IDENTITY, value_statement="We cut call-outs."))
    agreed = {}
    for name, zone, wall in (("Dana", "America/New_York", datetime(2027, 3, 14, 1, 30)),
                             ("Kim", "Asia/Kolkata", datetime(2027, 3, 15, 9, 0))):
        pid = create_prospect(ctx, {"first_name": name, "company": "Acme",
                                    "email": f"{name}@x.example", "timezone": zone})
        log_stall(ctx, StallRequest(pid, StallKind.NEXT_WEEK, "Call me next week", wall,
                                    SlotQuality.BOOKED))
        agreed[pid] = wall.replace(tzinfo=ZoneInfo(zone)).astimezone(UTC)
    kim = max(agreed)
    ctx.store.db.execute("UPDATE prospects SET timezone = ? WHERE id = ?", [missing, kim])
    ctx.store.db.execute("UPDATE stalls SET slot_tz = ? WHERE prospect_id = ?", [missing, kim])
    path = tmp_path / "callbacks.ics"
    assert export_callbacks_ics(ctx.store, path, datetime(2026, 11, 23, tzinfo=UTC)) == 2
    text = path.read_text("utf-8")
    by_uid = {f"touch-{touch}@tickler.local": agreed[pid] for touch, pid in ctx.store.db.execute(
        "SELECT id, prospect_id FROM touches WHERE channel = 'call'")}
    assert_libical_reads(read_with_libical([text]), by_uid)
    assert {e.uid: e.begin.datetime for e in ics.Calendar(text).events} == by_uid

    (touch,) = ctx.store.db.execute(
        "SELECT id FROM touches WHERE prospect_id = ? AND step_key = 'thank_you'",
        [kim]).fetchone()
    outbox_id = outbox.queue_touch_email(ctx, touch)
    (invite_text,) = ctx.store.db.execute("SELECT invite FROM outbox WHERE id = ?",
                                          [outbox_id]).fetchone()
    event = Calendar.from_ical(invite_text).walk("VEVENT")[0]
    assert event.decoded("DTSTART") == agreed[kim]
    assert_libical_reads(read_with_libical([invite_text]), {str(event["UID"]): agreed[kim]})
