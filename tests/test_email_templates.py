"""Templates and merge fields, the message as composed, and the email migration."""

from __future__ import annotations

from datetime import UTC, datetime
from email import message_from_bytes, policy

import pytest

from desktop_app.domain.model import SlotQuality, StallKind
from desktop_app.domain.templates import (
    check_template,
    contact_block,
    parse_template_file,
    render,
)
from desktop_app.services import ValidationError, outbox
from desktop_app.services import email as email_service
from desktop_app.services.stalls import StallRequest, log_stall
from desktop_app.store.database import migrate

IDENTITY = email_service.RepIdentity(
    name="Sam Rivers", title="Account Executive", company="Northwind", phone="+44 20 7946 0000",
    email="sam@northwind.example", website="https://northwind.example",
    value_statement="We cut reactive call-outs by a third.")


@pytest.mark.parametrize("key", email_service.TEMPLATE_KEYS)
def test_every_default_template_is_clean_and_carries_a_reason_and_the_contact_block(key):
    template = email_service.default_template(key)
    check = check_template(template.subject, template.body)
    assert check.unknown == () and check.cliches == ()
    assert "{{reason}}" in template.body and "{{contact_block}}" in template.body


def test_the_thank_you_promises_the_follow_up_on_the_agreed_date_and_carries_the_invite():
    template = email_service.default_template("thank_you")
    assert template.invite and email_service.default_template("reminder").invite
    assert "I will call you on {{slot}}" in template.body


def test_unknown_fields_and_cliches_are_flagged():
    check = check_template("Hi {{ first_name }}", "Just touching base about {{budjet}} and "
                           "{{company}} {{First Name}}.")
    assert check.unknown == ("budjet", "First Name")
    assert [h.label for h in check.cliches] == ["touching base"]


def test_render_fills_known_fields_and_keeps_unknown_ones_visible():
    rendered = render("Hi {{first_name}}\nBcc: x", "Dear {{first_name}}, {{nope}} {{reason}}",
                      {"first_name": "Dana", "reason": ""})
    assert rendered.subject == "Hi Dana Bcc: x"
    assert rendered.body == "Dear Dana, {{nope}} "
    assert rendered.unknown == ("nope",) and rendered.empty == ("reason",)


def test_template_file_format():
    template = parse_template_file("x", "Name: X\nInvite: yes\nSubject: Hello\n\nBody\n")
    assert (template.name, template.subject, template.body, template.invite) == (
        "X", "Hello", "Body\n", True)
    with pytest.raises(ValueError):
        parse_template_file("x", "Subject: no body separator")


def test_contact_block_has_every_detail_on_its_own_line():
    assert contact_block(IDENTITY.as_dict()) == (
        "Sam Rivers\nAccount Executive, Northwind\nPhone: +44 20 7946 0000\n"
        "Email: sam@northwind.example\nhttps://northwind.example")


def test_merge_values_use_the_prospects_zone_and_the_next_compelling_event(ctx, prospect_id):
    email_service.save_identity(ctx, IDENTITY)
    ctx.store.db.execute(
        "INSERT INTO compelling_events (prospect_id, kind, event_date, note, created_utc) "
        "VALUES (?, 'warranty_expiry', '2027-01-31', 'Chillers', '2026-11-23T09:00:00Z')",
        [prospect_id])
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "next week",
                                datetime(2026, 11, 30, 14, 0), SlotQuality.BOOKED))
    values = email_service.merge_values(ctx, prospect_id)
    assert values["slot"] == "Monday 30 November at 14:00 (London time)"
    assert values["reason"] == "your warranty running out on 31 January 2027"
    assert values["first_name"] == "Maria" and values["company"] == "Harbourview Clinics"
    assert values["their_words"] == "next week"


def test_an_event_already_past_in_the_prospects_day_is_not_quoted(ctx, clock):
    """12:00 UTC on 23 November is already the 24th in Auckland: a 23 Nov event is past."""
    from desktop_app.services.prospects import create_prospect

    clock.set(datetime(2026, 11, 23, 12, 0, tzinfo=UTC))
    kiwi = create_prospect(ctx, {"first_name": "Noah", "company": "Kauri Ridge",
                                 "timezone": "Pacific/Auckland"})
    ctx.store.db.execute(
        "INSERT INTO compelling_events (prospect_id, kind, event_date, note, created_utc) "
        "VALUES (?, 'price_drop', '2026-11-23', '', '2026-11-01T09:00:00Z')", [kiwi])
    assert "23 November" not in email_service.compelling_reason(ctx, kiwi, IDENTITY)


def test_reason_falls_back_to_what_will_change_then_the_value_statement(ctx, prospect_id):
    email_service.save_identity(ctx, IDENTITY)
    assert email_service.merge_values(ctx, prospect_id)["reason"] == (
        "We cut reactive call-outs by a third")
    ctx.store.update_profile(prospect_id, {"what_will_change": "New wing opens in March"},
                             ctx.now())
    assert email_service.merge_values(ctx, prospect_id)["reason"] == "new wing opens in March"


def test_a_template_with_a_part_only_the_rep_can_write_asks_for_an_edit(ctx, prospect_id):
    email_service.save_identity(ctx, IDENTITY)
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "next month",
                                datetime(2026, 12, 22, 10, 0), SlotQuality.BOOKED))
    value = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'value'").fetchone()[0])
    with pytest.raises(email_service.NeedsEdit) as caught:
        outbox.queue_touch_email(ctx, value)
    assert "a part only you can write" in str(caught.value)
    assert "Harbourview Clinics" in caught.value.rendered.body
    edited = caught.value.rendered.body.replace(caught.value.rendered.body.split("[")[1]
                                                .split("]")[0], "the attached case study")
    outbox_id = outbox.queue_touch_email(ctx, value, subject="A case study for you",
                                         body=edited.replace("[", "").replace("]", ""))
    stored = outbox.get_message(ctx.store, outbox_id)
    assert stored.subject == "A case study for you" and not stored.has_invite


def test_a_prospect_without_an_address_is_refused(ctx):
    from desktop_app.services.prospects import create_prospect

    email_service.save_identity(ctx, IDENTITY)
    pid = create_prospect(ctx, {"first_name": "Noel", "timezone": "Europe/Dublin"})
    log_stall(ctx, StallRequest(pid, StallKind.NEXT_WEEK, "", datetime(2026, 11, 30, 9, 0),
                                SlotQuality.BOOKED))
    touch = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'thank_you'").fetchone()[0])
    with pytest.raises(ValidationError, match="no email address"):
        outbox.queue_touch_email(ctx, touch)


def test_the_composed_message_is_well_formed(ctx, prospect_id):
    email_service.save_identity(ctx, IDENTITY)
    raw = email_service.compose(
        message_id="<abc@northwind.example>", date=ctx.now(), sender=IDENTITY.email,
        sender_name="Sam Rivers", recipient="maria@harbourview.example",
        recipient_name="María Ökafor", subject="Grüße", body="Line\n.\nMore\n", invite=None)
    assert b"\r\n" in raw and b"\n" not in raw.replace(b"\r\n", b"")  # CRLF lines only
    msg = message_from_bytes(raw, policy=policy.default)
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == "Line\n.\nMore\n"
    assert msg["To"] == "María Ökafor <maria@harbourview.example>"
    assert msg["Subject"] == "Grüße"
    assert msg["Message-ID"] == "<abc@northwind.example>"


def test_saving_identity_validates_the_address(ctx):
    with pytest.raises(ValidationError, match="does not look right"):
        email_service.save_identity(ctx, email_service.RepIdentity(name="Sam", email="sam@"))


def test_migration_3_adds_the_outbox_and_templates(db_path):
    import sqlite3

    from sqlite_utils import Database

    db = Database(sqlite3.connect(db_path), execute_plugins=False)
    migrate(db, db_path, upto=2)
    assert "outbox" not in db.table_names()
    migrate(db, db_path, upto=3)
    assert {"outbox", "email_templates"} <= set(db.table_names())
    columns = {c.name for c in db["outbox"].columns}
    assert {"message_id", "state", "handoff_utc", "raw", "next_attempt_utc"} <= columns
    insert = ("INSERT INTO outbox (message_id, touch_id, sender, recipient, subject, body, raw,"
              " created_utc, updated_utc) VALUES (?, NULL, 'a@b.c', 'd@e.f', 's', 'b', x'00', "
              "'t', 't')")
    db.execute(insert, ["<1@x>"])
    with pytest.raises(sqlite3.IntegrityError):
        db.execute(insert, ["<1@x>"])
    db.close()


def test_a_thank_you_after_a_vague_stall_has_no_invite_and_promises_none(ctx, prospect_id):
    email_service.save_identity(ctx, IDENTITY)
    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_MONTH, "maybe next month",
                                None, SlotQuality.VAGUE))
    touch = int(ctx.store.db.execute(
        "SELECT id FROM touches WHERE step_key = 'thank_you'").fetchone()[0])
    message = outbox.get_message(ctx.store, outbox.queue_touch_email(ctx, touch))
    assert not message.has_invite
    assert "invite" not in message.body and "As agreed" not in message.body
    # a template that promises an invite with no wording for "no time agreed" still stops
    email_service.save_template(ctx, email_service.TemplateText(
        "thank_you_vague", "Vague", "Thanks", "{{reason}} I have sent an invite.\n"
        "{{contact_block}}", True))
    outbox.discard_message(ctx, message.id)
    with pytest.raises(email_service.NeedsEdit, match="no calendar invite"):
        outbox.queue_touch_email(ctx, touch)


def test_an_invite_across_a_clock_change_ends_thirty_real_minutes_later():
    """01:45 in New York on 8 March 2026: at 02:00 the clocks go to 03:00."""
    from icalendar import Calendar

    from desktop_app.domain.invite import InviteRequest, build_invite

    slot = datetime(2026, 3, 8, 6, 45, tzinfo=UTC)  # 01:45 EST
    ics = build_invite(InviteRequest(
        uid="stall-1@tickler", slot_utc=slot, timezone="America/New_York", summary="Call",
        description="", organizer_name="Sam", organizer_email="sam@northwind.example",
        attendee_name="Dana", attendee_email="dana@hudson.example", stamp_utc=slot))
    event = next(iter(Calendar.from_ical(ics).walk("VEVENT")))
    start, end = event.decoded("dtstart"), event.decoded("dtend")
    assert (end.astimezone(UTC) - start.astimezone(UTC)).total_seconds() == 30 * 60
    assert (end.hour, end.minute) == (3, 15)
