"""Reading a calendar's answer to an invite (iMIP) from the bytes each program writes.

Pure domain tests over whole raw messages (tests/calendar_replies.py lays them out as
Outlook, Google Calendar, Apple Calendar and Thunderbird do), and the migration that keeps
the answers.
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from desktop_app.domain.inbound import InviteAnswer, MailKind, read_message, written_by_them
from tests import calendar_replies as cal

UID = "tickler-stall-7-2026-11-23T09:00:00Z@example.com"
SLOT = datetime(2026, 12, 17, 15, 30, tzinfo=UTC)
WHEN = datetime(2026, 11, 24, 10, 0, tzinfo=UTC)
PROGRAMS = ["outlook", "google", "apple", "thunderbird"]


def answer_from(program: str, **kwargs: object):
    write = getattr(cal, program)
    return read_message(write(uid=UID, slot_utc=SLOT, when=WHEN, **kwargs))


@pytest.mark.parametrize("program", PROGRAMS)
@pytest.mark.parametrize("partstat, kind, answer", [
    ("ACCEPTED", MailKind.CALENDAR, InviteAnswer.ACCEPTED),
    ("TENTATIVE", MailKind.CALENDAR, InviteAnswer.TENTATIVE),
    ("DECLINED", MailKind.REPLY, InviteAnswer.DECLINED),
])
def test_each_program_s_answer_is_read_from_its_calendar_part(program, partstat, kind,
                                                              answer):
    mail = read_message(getattr(cal, program)(uid=UID, slot_utc=SLOT, when=WHEN,
                                              partstat=partstat))

    assert mail.kind is kind
    assert mail.calendar is not None and not mail.calendar.from_subject
    assert mail.calendar.answer is answer
    assert mail.calendar.uid == UID
    assert mail.calendar.slot_utc == SLOT  # Windows zone names, UTC and IANA zones alike
    assert mail.calendar.sequence == 0
    assert mail.calendar.attendee == cal.PROSPECT
    assert mail.calendar.comment == ""


@pytest.mark.parametrize("program", PROGRAMS)
def test_the_answer_of_a_later_version_keeps_its_sequence_and_time(program):
    moved = datetime(2026, 12, 18, 19, 0, tzinfo=UTC)
    mail = read_message(getattr(cal, program)(uid=UID, slot_utc=moved, when=WHEN, sequence=2))

    assert (mail.calendar.sequence, mail.calendar.slot_utc) == (2, moved)


@pytest.mark.parametrize("language, partstat, kind", [
    ("de", "ACCEPTED", MailKind.CALENDAR), ("de", "TENTATIVE", MailKind.CALENDAR),
    ("de", "DECLINED", MailKind.REPLY)])
def test_german_outlook_and_google_answers_read_the_same(language, partstat, kind):
    for program in ("outlook", "google"):
        mail = answer_from(program, partstat=partstat, language=language)
        assert mail.kind is kind, program
        assert mail.calendar.answer.value == partstat.lower()


def test_an_outlook_answer_in_berlin_time_names_the_instant():
    mail = read_message(cal.outlook(uid=UID, slot_utc=SLOT, when=WHEN, tz="Europe/Berlin",
                                    language="de"))

    assert mail.subject.startswith("Angenommen: ")
    assert mail.calendar.slot_utc == SLOT


def test_an_outlook_answer_with_a_comment_is_their_reply_in_their_words():
    mail = answer_from("outlook", comment="Works for me, but can we keep it to 20 minutes?")

    assert mail.kind is MailKind.REPLY
    assert mail.calendar.answer is InviteAnswer.ACCEPTED
    assert mail.text == "Works for me, but can we keep it to 20 minutes?"


def test_a_google_note_is_their_reply_and_its_text_is_the_note():
    mail = answer_from("google", partstat="TENTATIVE", note="Might run late, I'll text you")

    assert mail.kind is MailKind.REPLY
    assert mail.calendar.comment == "Might run late, I'll text you"
    assert mail.first_lines == "Might run late, I'll text you"


def test_a_counter_proposal_is_a_reply_with_the_time_they_propose():
    proposed = datetime(2026, 12, 18, 16, 0, tzinfo=UTC)
    mail = answer_from("outlook", method="COUNTER", partstat="TENTATIVE",
                       proposed_utc=proposed)

    assert mail.kind is MailKind.REPLY
    assert mail.calendar.answer is InviteAnswer.COUNTER
    assert mail.calendar.proposed_utc == proposed


def test_their_own_words_beside_the_calendar_part_make_it_a_reply():
    raw = cal.thunderbird(uid=UID, slot_utc=SLOT, when=WHEN).replace(
        f"{cal.NAME} <{cal.PROSPECT}> has accepted your event invitation.".encode(),
        b"See you then. Could you send the case study before the call?")
    mail = read_message(raw)

    assert mail.kind is MailKind.REPLY
    assert mail.calendar.answer is InviteAnswer.ACCEPTED
    assert "case study" in mail.calendar.comment


def test_an_acceptance_with_the_company_s_disclaimer_holds_nothing():
    """Exchange servers add a disclaimer to every message, meeting answers too."""
    raw = cal.outlook(uid=UID, slot_utc=SLOT, when=WHEN).replace(
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n\r\n",
        b"Content-Transfer-Encoding: quoted-printable\r\n\r\n\r\n--\r\nDana Whitfield | "
        b"Hudson Dental Group\r\nThis message is confidential and intended only for the "
        b"named recipient.\r\n", 1)
    mail = read_message(raw)

    assert "confidential" in mail.text
    assert mail.kind is MailKind.CALENDAR


def test_a_calendar_part_that_is_no_answer_leaves_a_person_s_reply():
    """They sent an invite of their own (METHOD:REQUEST): someone must read it."""
    raw = cal.apple(uid=UID, slot_utc=SLOT, when=WHEN).replace(
        b"METHOD:REPLY", b"METHOD:REQUEST").replace(b"method=REPLY", b"method=REQUEST")
    mail = read_message(raw)

    assert mail.kind is MailKind.REPLY and mail.calendar is None


def test_a_broken_calendar_part_is_no_answer_and_its_subject_is_not_believed():
    """A calendar part cut short (no END lines) cannot be read: the subject "Accepted:"
    alone is then not trusted, and the message is left for the rep to read."""
    raw = cal.apple(uid=UID, slot_utc=SLOT, when=WHEN).replace(
        f"Subject: {cal.SUMMARY}".encode(), f"Subject: Accepted: {cal.SUMMARY}".encode())
    head, _, _rest = raw.partition(b"BEGIN:VCALENDAR")
    broken = head + (b"BEGIN:VCALENDAR\r\nMETHOD:REPLY\r\nBEGIN:VEVENT\r\n"
                     b"ATTENDEE;PARTSTAT=ACCEPTED:mailto:dana@hudson-dental.example\r\n"
                     b"\r\n--Apple-Mail=_7D3E9B4A-2C61-4F0B-9E55-1A8C2F3D4E5B--\r\n")
    mail = read_message(broken)

    assert mail.kind is MailKind.REPLY and mail.calendar is None


@pytest.mark.parametrize("subject, answer", [
    ("Accepted: Call: Dana Whitfield and Sam Rivers", InviteAnswer.ACCEPTED),
    ("Angenommen: Call: Dana Whitfield and Sam Rivers", InviteAnswer.ACCEPTED),
    ("Tentative: Call", InviteAnswer.TENTATIVE),
    ("Mit Vorbehalt angenommen: Call", InviteAnswer.TENTATIVE),
    ("Declined: Call", InviteAnswer.DECLINED),
    ("Abgelehnt: Call", InviteAnswer.DECLINED),
    ("Invitation Declined: Call", InviteAnswer.DECLINED),
    ("New Time Proposed: Call", InviteAnswer.COUNTER),
])
def test_with_no_calendar_part_the_subject_is_the_fallback(subject, answer):
    mail = read_message(cal.subject_only(subject=subject, when=WHEN))

    assert mail.calendar is not None and mail.calendar.from_subject
    assert mail.calendar.answer is answer
    quiet = answer in (InviteAnswer.ACCEPTED, InviteAnswer.TENTATIVE)
    assert mail.kind is (MailKind.CALENDAR if quiet else MailKind.REPLY)


@pytest.mark.parametrize("subject, text", [
    ("Re: Accepted: Call", ""),  # a person answering the answer
    ("AW: Angenommen: Call", ""),
    ("Accepted: your proposal", "Great news, we signed it this morning. Call me."),
    ("Our offer was accepted: next steps", ""),
])
def test_a_subject_that_only_looks_like_one_is_a_person_s_reply(subject, text):
    mail = read_message(cal.subject_only(subject=subject, when=WHEN, text=text))

    assert mail.kind is MailKind.REPLY and mail.calendar is None


@pytest.mark.parametrize("text, theirs", [
    ("", False),
    ("Dana Whitfield has accepted this invitation.\n\nCall: …\nOrganizer", False),
    ("Dana Whitfield hat diese Einladung angenommen.", False),
    ("Dana Whitfield <dana@x.example> has declined your event invitation.", False),
    ("Sorry, I'm travelling that week.", True),
    ("> quoted only\n> more", False),
    ("Call: Dana Whitfield and Sam Rivers", False),  # the event's own title repeated
    ("This e-mail is confidential and intended solely for the addressee.", False),
    ("Diese E-Mail ist vertraulich. Wenn Sie nicht der richtige Adressat sind, …", False),
    ("Sent from my iPhone", False),
    ("\n-- \nDana Whitfield\nHudson Dental Group", False),  # a signature only
    ("Fine by me.\n-- \nDana Whitfield", True),
])
def test_what_counts_as_words_they_wrote(text, theirs):
    assert written_by_them(text, {"call: dana whitfield and sam rivers"}) is theirs


def test_migration_16_adds_the_answer_columns_and_keeps_the_mail(tmp_path):
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.store.database import migrate, user_version

    path = tmp_path / "book.sqlite3"
    db = Database(sqlite3.connect(path), execute_plugins=False)
    migrate(db, path, upto=15)
    db.execute("INSERT INTO prospects (first_name, last_name, email, timezone, created_utc, "
               "updated_utc) VALUES ('Dana', 'W', 'd@x.example', 'UTC', '2026-11-01T00:00:00Z',"
               " '2026-11-01T00:00:00Z')")
    db.execute("INSERT INTO mail_in (dedupe_key, prospect_id, kind, received_utc) "
               "VALUES ('<a@x>', 1, 'reply', '2026-11-24T10:00:00Z')")
    db.conn.commit()

    migrate(db, path, upto=16)

    assert user_version(db) == 16
    assert db.execute("SELECT kind, state, stall_id, invite_answer, invite_uid, "
                      "invite_slot_utc FROM mail_in").fetchall() == [
        ("reply", "open", None, "", "", None)]
    indexes = {r[1] for r in db.execute("PRAGMA index_list(mail_in)")}
    assert "idx_mail_in_stall" in indexes


def test_migration_16_releases_plans_an_acceptance_had_paused(tmp_path):
    """A book from before this version: calendar acceptances were kept as open replies and
    paused the plan. They become noted answers; a person's reply stays open."""
    import sqlite3

    from sqlite_utils import Database

    from desktop_app.store.database import migrate

    path = tmp_path / "book.sqlite3"
    db = Database(sqlite3.connect(path), execute_plugins=False)
    migrate(db, path, upto=15)
    db.execute("INSERT INTO prospects (first_name, last_name, email, timezone, created_utc, "
               "updated_utc) VALUES ('Dana', 'W', 'd@x.example', 'UTC', '2026-11-01T00:00:00Z',"
               " '2026-11-01T00:00:00Z')")
    kept = [("<1@x>", "Accepted: Call: Dana and Sam", ""),  # Outlook: no text
            ("<2@x>", "Angenommen: Call @ Do 17. Dez. 2026",
             "Dana W hat diese Einladung angenommen.\n\nCall"),  # Google, German
            ("<3@x>", "Tentative: Call: Dana and Sam", "Dana W <d@x.example> has accepted "
             "your event invitation."),  # Thunderbird
            ("<4@x>", "Accepted: Call: Dana and Sam", "Can we do 11 instead?"),  # their words
            ("<5@x>", "Re: Accepted: Call", ""),  # a person answering
            ("<6@x>", "Declined: Call", "")]  # a refusal stays news
    for key, subject, body in kept:
        db.execute("INSERT INTO mail_in (dedupe_key, prospect_id, kind, subject, body, "
                   "received_utc) VALUES (?, 1, 'reply', ?, ?, '2026-11-24T10:00:00Z')",
                   [key, subject, body])
    db.conn.commit()

    migrate(db, path, upto=16)

    assert db.execute("SELECT dedupe_key, state, invite_answer FROM mail_in ORDER BY id"
                      ).fetchall() == [
        ("<1@x>", "noted", "accepted"), ("<2@x>", "noted", "accepted"),
        ("<3@x>", "noted", "tentative"), ("<4@x>", "open", ""), ("<5@x>", "open", ""),
        ("<6@x>", "open", "")]
