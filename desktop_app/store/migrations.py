"""Numbered schema migrations. Migration N brings ``PRAGMA user_version`` from N-1 to N.

Each runs inside one transaction together with the version bump, so a failure leaves the
file as it was. Never edit a migration that has shipped: add a new one.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING

from ..domain.playbooks import BUILTIN_PLAYBOOKS

if TYPE_CHECKING:
    from sqlite_utils import Database

Migration = Callable[["Database"], None]

_SCHEMA_1 = [
    """CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT
    )""",
    """CREATE TABLE prospects (
        id INTEGER PRIMARY KEY,
        first_name TEXT NOT NULL DEFAULT '',
        last_name TEXT NOT NULL DEFAULT '',
        title TEXT NOT NULL DEFAULT '',
        company TEXT NOT NULL DEFAULT '',
        email TEXT NOT NULL DEFAULT '',
        phone TEXT NOT NULL DEFAULT '',
        mobile TEXT NOT NULL DEFAULT '',
        timezone TEXT NOT NULL,
        address TEXT NOT NULL DEFAULT '',
        linkedin TEXT NOT NULL DEFAULT '',
        website TEXT NOT NULL DEFAULT '',
        blog TEXT NOT NULL DEFAULT '',
        twitter TEXT NOT NULL DEFAULT '',
        facebook TEXT NOT NULL DEFAULT '',
        notes TEXT NOT NULL DEFAULT '',
        created_utc TEXT NOT NULL,
        updated_utc TEXT NOT NULL,
        deleted_utc TEXT
    )""",
    "CREATE INDEX idx_prospects_email ON prospects(email)",
    "CREATE INDEX idx_prospects_name ON prospects(last_name, first_name)",
    """CREATE TABLE profiles (
        prospect_id INTEGER PRIMARY KEY REFERENCES prospects(id) ON DELETE CASCADE,
        what_will_change TEXT NOT NULL DEFAULT '',
        decision_maker_name TEXT NOT NULL DEFAULT '',
        decision_maker_role TEXT NOT NULL DEFAULT '',
        others_involved TEXT NOT NULL DEFAULT '[]',
        purchasing_process TEXT NOT NULL DEFAULT '',
        budget_status TEXT NOT NULL DEFAULT 'unknown'
            CHECK (budget_status IN ('planned', 'not_planned', 'unknown')),
        budget_amount TEXT NOT NULL DEFAULT '',
        budget_source TEXT NOT NULL DEFAULT '',
        timeline TEXT NOT NULL DEFAULT '',
        updated_utc TEXT
    )""",
    """CREATE TABLE compelling_events (
        id INTEGER PRIMARY KEY,
        prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        event_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        created_utc TEXT NOT NULL
    )""",
    "CREATE INDEX idx_events_prospect ON compelling_events(prospect_id)",
    """CREATE TABLE playbooks (
        id INTEGER PRIMARY KEY,
        key TEXT NOT NULL UNIQUE,
        name TEXT NOT NULL,
        stall_kinds TEXT NOT NULL,
        description TEXT NOT NULL DEFAULT '',
        builtin INTEGER NOT NULL DEFAULT 0
    )""",
    """CREATE TABLE playbook_steps (
        id INTEGER PRIMARY KEY,
        playbook_id INTEGER NOT NULL REFERENCES playbooks(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('call', 'email', 'post', 'social')),
        anchor TEXT NOT NULL DEFAULT 'stall' CHECK (anchor IN ('stall', 'slot')),
        offset_days INTEGER NOT NULL DEFAULT 0,
        offset_minutes INTEGER NOT NULL DEFAULT 0,
        condition TEXT NOT NULL DEFAULT 'always'
            CHECK (condition IN ('always', 'booked', 'vague')),
        optional INTEGER NOT NULL DEFAULT 0,
        template TEXT,
        reason TEXT NOT NULL DEFAULT '',
        attempt INTEGER,
        UNIQUE (playbook_id, key)
    )""",
    """CREATE TABLE stalls (
        id INTEGER PRIMARY KEY,
        prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
        kind TEXT NOT NULL,
        words TEXT NOT NULL DEFAULT '',
        logged_utc TEXT NOT NULL,
        slot_utc TEXT,
        slot_tz TEXT NOT NULL,
        slot_quality TEXT NOT NULL CHECK (slot_quality IN ('booked', 'vague', 'none')),
        playbook_key TEXT NOT NULL,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        closed_utc TEXT,
        closed_reason TEXT,
        origin_touch_id INTEGER
    )""",
    "CREATE INDEX idx_stalls_prospect ON stalls(prospect_id)",
    """CREATE TABLE touches (
        id INTEGER PRIMARY KEY,
        prospect_id INTEGER NOT NULL REFERENCES prospects(id) ON DELETE CASCADE,
        stall_id INTEGER REFERENCES stalls(id) ON DELETE CASCADE,
        event_id INTEGER REFERENCES compelling_events(id) ON DELETE SET NULL,
        step_key TEXT NOT NULL,
        title TEXT NOT NULL,
        channel TEXT NOT NULL CHECK (channel IN ('call', 'email', 'post', 'social')),
        reason TEXT NOT NULL DEFAULT '',
        template TEXT,
        optional INTEGER NOT NULL DEFAULT 0,
        attempt INTEGER,
        due_utc TEXT NOT NULL,
        original_due_utc TEXT NOT NULL,
        snooze_count INTEGER NOT NULL DEFAULT 0,
        status TEXT NOT NULL DEFAULT 'pending'
            CHECK (status IN ('pending', 'done', 'cancelled', 'skipped')),
        outcome TEXT,
        outcome_reason TEXT,
        notes TEXT NOT NULL DEFAULT '',
        done_utc TEXT,
        minutes_late INTEGER,
        created_utc TEXT NOT NULL
    )""",
    "CREATE INDEX idx_touches_status_due ON touches(status, due_utc)",
    "CREATE INDEX idx_touches_prospect ON touches(prospect_id)",
    "CREATE INDEX idx_touches_stall ON touches(stall_id)",
    # Full-text search over the prospect book (FTS5, kept in step by triggers).
    """CREATE VIRTUAL TABLE prospects_fts USING fts5(
        first_name, last_name, company, email, phone, notes,
        content='prospects', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2'
    )""",
    """CREATE TRIGGER prospects_ai AFTER INSERT ON prospects BEGIN
        INSERT INTO prospects_fts(rowid, first_name, last_name, company, email, phone, notes)
        VALUES (new.id, new.first_name, new.last_name, new.company, new.email, new.phone,
                new.notes);
    END""",
    """CREATE TRIGGER prospects_ad AFTER DELETE ON prospects BEGIN
        INSERT INTO prospects_fts(prospects_fts, rowid, first_name, last_name, company, email,
                                  phone, notes)
        VALUES ('delete', old.id, old.first_name, old.last_name, old.company, old.email,
                old.phone, old.notes);
    END""",
    """CREATE TRIGGER prospects_au AFTER UPDATE ON prospects BEGIN
        INSERT INTO prospects_fts(prospects_fts, rowid, first_name, last_name, company, email,
                                  phone, notes)
        VALUES ('delete', old.id, old.first_name, old.last_name, old.company, old.email,
                old.phone, old.notes);
        INSERT INTO prospects_fts(rowid, first_name, last_name, company, email, phone, notes)
        VALUES (new.id, new.first_name, new.last_name, new.company, new.email, new.phone,
                new.notes);
    END""",
]


def m001_schema(db: Database) -> None:
    """Prospects, profiles, compelling events, playbooks, stalls, touches, settings, search."""
    for statement in _SCHEMA_1:
        db.execute(statement)


def m002_builtin_playbooks(db: Database) -> None:
    """Store the built-in playbooks as data, so the rep can edit them."""
    for playbook in BUILTIN_PLAYBOOKS:
        cursor = db.execute(
            "INSERT INTO playbooks (key, name, stall_kinds, description, builtin) "
            "VALUES (?, ?, ?, ?, 1)",
            [playbook.key, playbook.name, json.dumps([k.value for k in playbook.stall_kinds]),
             playbook.description],
        )
        playbook_id = cursor.lastrowid
        for position, step in enumerate(playbook.steps):
            db.execute(
                "INSERT INTO playbook_steps (playbook_id, position, key, title, channel, anchor,"
                " offset_days, offset_minutes, condition, optional, template, reason, attempt)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [playbook_id, position, step.key, step.title, step.channel.value, step.anchor,
                 step.offset_days, step.offset_minutes, step.condition, int(step.optional),
                 step.template, step.reason, step.attempt],
            )


_SCHEMA_EMAIL = [
    # Every email Tickler sends, stored with its Message-ID before the first attempt.
    # state: queued -> sending -> sent | failed | uncertain (| discarded by the rep).
    # handoff_utc is set when the whole message but the final dot has gone to the server:
    # a 'sending' row with it set was possibly delivered and is never resent on its own.
    """CREATE TABLE outbox (
        id INTEGER PRIMARY KEY,
        message_id TEXT NOT NULL UNIQUE,
        touch_id INTEGER REFERENCES touches(id) ON DELETE SET NULL,
        prospect_id INTEGER REFERENCES prospects(id) ON DELETE SET NULL,
        template TEXT,
        sender TEXT NOT NULL,
        sender_name TEXT NOT NULL DEFAULT '',
        recipient TEXT NOT NULL,
        recipient_name TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        invite TEXT,
        raw BLOB NOT NULL,
        state TEXT NOT NULL DEFAULT 'queued' CHECK (state IN
            ('queued', 'sending', 'sent', 'failed', 'uncertain', 'discarded')),
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_utc TEXT,
        handoff_utc TEXT,
        last_error TEXT NOT NULL DEFAULT '',
        created_utc TEXT NOT NULL,
        updated_utc TEXT NOT NULL,
        sent_utc TEXT
    )""",
    "CREATE INDEX idx_outbox_state ON outbox(state, next_attempt_utc)",
    # One live message per touch: a second click cannot queue a second copy.
    """CREATE UNIQUE INDEX idx_outbox_one_per_touch ON outbox(touch_id)
        WHERE touch_id IS NOT NULL AND state != 'discarded'""",
    # The rep's own versions of the email templates; the defaults live in resources/.
    """CREATE TABLE email_templates (
        key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        subject TEXT NOT NULL,
        body TEXT NOT NULL,
        invite INTEGER NOT NULL DEFAULT 0,
        updated_utc TEXT NOT NULL
    )""",
]


def m003_email(db: Database) -> None:
    """The outbox and the rep's edited email templates (SMTP settings go in settings)."""
    for statement in _SCHEMA_EMAIL:
        db.execute(statement)


_FTS_COLUMNS = "first_name, last_name, company, email, phone, notes"


def m004_search_prefix_index(db: Database) -> None:
    """Rebuild the prospect search with prefix indexes, so search-as-you-type stays fast.

    Without them a one- or two-letter prefix ("m", "+4") scans every term at 100,000
    prospects. The content and triggers are unchanged; the index is rebuilt from the table.
    Also indexes names case-blind, the order of the unfiltered prospect list.
    """
    for trigger in ("prospects_ai", "prospects_ad", "prospects_au"):
        db.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    db.execute("DROP TABLE IF EXISTS prospects_fts")
    db.execute(f"""CREATE VIRTUAL TABLE prospects_fts USING fts5(
        {_FTS_COLUMNS},
        content='prospects', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2',
        prefix='1 2 3'
    )""")
    for statement in _SCHEMA_1[-3:]:  # the three triggers, exactly as migration 1 made them
        db.execute(statement)
    db.execute("INSERT INTO prospects_fts(prospects_fts) VALUES ('rebuild')")
    # The cleared search box lists the book by name: an index in the list's own collation.
    db.execute("CREATE INDEX idx_prospects_name_nocase ON prospects("
               "last_name COLLATE NOCASE, first_name COLLATE NOCASE)")
def m005_popups_fired(db: Database) -> None:
    """Which call pop-ups have been shown, so a restart shows each missed one only once."""
    db.execute("""CREATE TABLE popups_fired (
        key TEXT PRIMARY KEY,
        touch_id INTEGER NOT NULL REFERENCES touches(id) ON DELETE CASCADE,
        fired_utc TEXT NOT NULL
    )""")
    db.execute("CREATE INDEX idx_popups_fired_touch ON popups_fired(touch_id)")


def m006_report_indexes(db: Database) -> None:
    """Indexes for the call-block report: stalls by day logged, done touches by stall."""
    db.execute("CREATE INDEX idx_stalls_logged ON stalls(logged_utc, kind, slot_quality, "
               "slot_utc)")
    db.execute(
        "CREATE INDEX idx_touches_stall_done ON touches(stall_id, channel, status, outcome, "
        "done_utc, minutes_late, original_due_utc, outcome_reason) WHERE status = 'done'")


def m007_queue_index(db: Database) -> None:
    """A small covering index of the pending touches, in due order, for the today queue.

    Only pending rows are in it (a few thousand in a book of a million touches), and it
    holds every touch column the queue shows, so refreshing the queue reads no touch rows.
    """
    db.execute(
        "CREATE INDEX idx_touches_queue ON touches(status, due_utc, id, prospect_id, stall_id, "
        "channel, title, reason, original_due_utc, optional, template) "
        "WHERE status = 'pending'")


def m008_live_prospects_index(db: Database) -> None:
    """Index the deleted prospects (only those), so counting the live book is quick.

    The Prospects tab shows "N prospects" on start; counted as all rows minus the deleted
    ones, that reads two small indexes instead of the whole table (30 ms at 100,000). A
    partial index: one on every row would tempt SQLite to drive the queue's join from
    "deleted_utc IS NULL" and turn a 2 ms query into a second.
    """
    db.execute("CREATE INDEX idx_prospects_deleted ON prospects(deleted_utc) "
               "WHERE deleted_utc IS NOT NULL")


def m009_outbox_superseded_ids(db: Database) -> None:
    """The Message-IDs an edited message had before: an edit after a failed or uncertain
    attempt sends a new message (a new ID), and the old IDs stay on record beside it."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(outbox)")}
    if "superseded_ids" not in columns:  # a book rolled back by hand may have it already
        db.execute("ALTER TABLE outbox ADD COLUMN superseded_ids TEXT NOT NULL DEFAULT ''")


def m010_other_contacts(db: Database) -> None:
    """A place for a prospect's further numbers, emails and addresses.

    Real contact cards carry a dozen numbers and several addresses; the profile keeps the
    one to dial in phone/mobile/email/address and the rest here, one "Label: value" a line,
    instead of dropping them on import.
    """
    columns = {row[1] for row in db.execute("PRAGMA table_info(prospects)").fetchall()}
    if "other_contacts" not in columns:  # a book rewound by hand may still have it
        db.execute("ALTER TABLE prospects ADD COLUMN other_contacts TEXT NOT NULL DEFAULT ''")


def m011_touch_dialled(db: Database) -> None:
    """When the rep first dialled a call touch: its minutes late are taken at that moment,
    not when the outcome is logged afterwards."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(touches)").fetchall()}
    if "dialled_utc" not in columns:
        db.execute("ALTER TABLE touches ADD COLUMN dialled_utc TEXT")


def m012_prospect_country(db: Database) -> None:
    """The prospect's country, for the public holidays their plan skips.

    Empty means "the country of their time zone"; the rep sets it on the profile when the
    zone says something else (a Dubai office of a German firm, say).
    """
    columns = {row[1] for row in db.execute("PRAGMA table_info(prospects)").fetchall()}
    if "country" not in columns:  # a book rewound by hand may still have it
        db.execute("ALTER TABLE prospects ADD COLUMN country TEXT NOT NULL DEFAULT ''")


_SCHEMA_MAILBOX = [
    # The messages from the rep's mailbox that are about a prospect: nothing else is kept.
    # kind: reply | auto_reply | bounce | delay. state: open (waits for the rep) | resumed |
    # conversation | ended | noted (nothing to decide).
    """CREATE TABLE IF NOT EXISTS mail_in (
        id INTEGER PRIMARY KEY,
        dedupe_key TEXT NOT NULL UNIQUE,
        message_id TEXT NOT NULL DEFAULT '',
        prospect_id INTEGER REFERENCES prospects(id) ON DELETE CASCADE,
        outbox_id INTEGER REFERENCES outbox(id) ON DELETE SET NULL,
        kind TEXT NOT NULL CHECK (kind IN ('reply', 'auto_reply', 'bounce', 'delay')),
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN
            ('open', 'resumed', 'conversation', 'ended', 'noted')),
        sender TEXT NOT NULL DEFAULT '',
        sender_name TEXT NOT NULL DEFAULT '',
        subject TEXT NOT NULL DEFAULT '',
        body TEXT NOT NULL DEFAULT '',
        truncated INTEGER NOT NULL DEFAULT 0,
        sent_utc TEXT,
        received_utc TEXT NOT NULL,
        return_date TEXT,
        failed_address TEXT NOT NULL DEFAULT '',
        status TEXT NOT NULL DEFAULT '',
        diagnostic TEXT NOT NULL DEFAULT '',
        effect TEXT NOT NULL DEFAULT '',
        folder TEXT NOT NULL DEFAULT '',
        uid INTEGER,
        handled_utc TEXT
    )""",
    "CREATE INDEX IF NOT EXISTS idx_mail_in_prospect ON mail_in(prospect_id, kind, state)",
    "CREATE INDEX IF NOT EXISTS idx_mail_in_open ON mail_in(state, kind)",
    # Where each watched folder was read up to.
    """CREATE TABLE IF NOT EXISTS mailbox_folders (
        folder TEXT PRIMARY KEY,
        uidvalidity INTEGER NOT NULL,
        last_uid INTEGER NOT NULL,
        checked_utc TEXT NOT NULL
    )""",
    # Addresses that bounced for good; a prospect's address is bad while it is in here.
    """CREATE TABLE IF NOT EXISTS bad_addresses (
        address TEXT PRIMARY KEY COLLATE NOCASE,
        reason TEXT NOT NULL DEFAULT '',
        since_utc TEXT NOT NULL,
        mail_id INTEGER REFERENCES mail_in(id) ON DELETE SET NULL
    )""",
    # Matching a From address to a prospect whatever its case.
    "CREATE INDEX IF NOT EXISTS idx_prospects_email_nocase ON prospects(email COLLATE NOCASE)",
    # Search over what was sent and what came back.
    """CREATE VIRTUAL TABLE IF NOT EXISTS mail_in_fts USING fts5(
        subject, body, content='mail_in', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS mail_in_ai AFTER INSERT ON mail_in BEGIN
        INSERT INTO mail_in_fts(rowid, subject, body) VALUES (new.id, new.subject, new.body);
    END""",
    """CREATE TRIGGER IF NOT EXISTS mail_in_ad AFTER DELETE ON mail_in BEGIN
        INSERT INTO mail_in_fts(mail_in_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body);
    END""",
    """CREATE TRIGGER IF NOT EXISTS mail_in_au AFTER UPDATE OF subject, body ON mail_in BEGIN
        INSERT INTO mail_in_fts(mail_in_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body);
        INSERT INTO mail_in_fts(rowid, subject, body) VALUES (new.id, new.subject, new.body);
    END""",
    """CREATE VIRTUAL TABLE IF NOT EXISTS outbox_fts USING fts5(
        subject, body, content='outbox', content_rowid='id',
        tokenize='unicode61 remove_diacritics 2')""",
    """CREATE TRIGGER IF NOT EXISTS outbox_fts_ai AFTER INSERT ON outbox BEGIN
        INSERT INTO outbox_fts(rowid, subject, body) VALUES (new.id, new.subject, new.body);
    END""",
    """CREATE TRIGGER IF NOT EXISTS outbox_fts_ad AFTER DELETE ON outbox BEGIN
        INSERT INTO outbox_fts(outbox_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body);
    END""",
    """CREATE TRIGGER IF NOT EXISTS outbox_fts_au AFTER UPDATE OF subject, body ON outbox BEGIN
        INSERT INTO outbox_fts(outbox_fts, rowid, subject, body)
        VALUES ('delete', old.id, old.subject, old.body);
        INSERT INTO outbox_fts(rowid, subject, body) VALUES (new.id, new.subject, new.body);
    END""",
    "INSERT INTO outbox_fts(outbox_fts) VALUES ('rebuild')",
]


def m013_mailbox(db: Database) -> None:
    """What the rep's mailbox said about prospects: replies, out-of-office, bounces; where
    each watched folder was read to; bad addresses; search over sent and received mail.
    Every statement may meet what it makes already (a book rolled back by hand)."""
    for statement in _SCHEMA_MAILBOX:
        db.execute(statement)


def m014_outbox_held_for(db: Database) -> None:
    """Why a message is held back for the rep rather than failed: "slot_moved" marks one
    the rep had edited by hand when its call moved (it waits to be checked). Messages held
    that way before this column existed are found by the words they were given then."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(outbox)")}
    if "held_for" not in columns:  # a book rolled back by hand may have it already
        db.execute("ALTER TABLE outbox ADD COLUMN held_for TEXT NOT NULL DEFAULT ''")
    db.execute("UPDATE outbox SET held_for = 'slot_moved' WHERE state = 'failed' AND "
               "last_error LIKE 'The call moved to % after you edited this message%'")


def m015_outbox_problem(db: Database) -> None:
    """What went wrong with a message, as data (``domain/problem.py``: a kind, the server's
    own words and code) so that it is worded in the rep's language when shown. Messages from
    before keep their words in ``last_error`` and are read from those."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(outbox)")}
    if "problem" not in columns:  # a book rolled back by hand may have it already
        db.execute("ALTER TABLE outbox ADD COLUMN problem TEXT NOT NULL DEFAULT ''")


def m016_invite_answers(db: Database) -> None:
    """A calendar's answer to the rep's invite (iMIP): which stall's invite it answered,
    accepted, tentative, declined or a counter-proposal, the event's UID and the slot it
    named. It is kept as a message of kind 'reply' (the kinds are a CHECK of the table):
    an acceptance is 'noted', never 'open', so it holds nothing."""
    columns = {row[1] for row in db.execute("PRAGMA table_info(mail_in)")}
    for name, kind in (("stall_id", "INTEGER REFERENCES stalls(id) ON DELETE SET NULL"),
                       ("invite_answer", "TEXT NOT NULL DEFAULT ''"),
                       ("invite_uid", "TEXT NOT NULL DEFAULT ''"),
                       ("invite_slot_utc", "TEXT"),
                       ("invite_proposed_utc", "TEXT")):
        if name not in columns:  # a book rolled back by hand may have it already
            db.execute(f"ALTER TABLE mail_in ADD COLUMN {name} {kind}")
    db.execute("CREATE INDEX IF NOT EXISTS idx_mail_in_stall ON mail_in(stall_id) "
               "WHERE stall_id IS NOT NULL")
    # Before this version a calendar's acceptance was taken for a person's reply and paused
    # the plan. Those still waiting for the rep are put right, by what was kept of them (the
    # subject and text; the calendar part was not kept): an answer's subject, and no words
    # but the calendar program's own. The rules are written out here, as they stood.
    import re

    subjects = ((re.compile(r"^(?:tentative|tentatively accepted|vorläufig angenommen|mit "
                            r"vorbehalt angenommen)\s*:", re.IGNORECASE), "tentative"),
                (re.compile(r"^(?:accepted|invitation accepted|angenommen|zugesagt)\s*:",
                            re.IGNORECASE), "accepted"))
    generated = re.compile(r"\b(?:has|have)\b.{0,80}\b(?:accepted|replied)\b|\bhat\b.{0,80}"
                           r"\b(?:angenommen|zugesagt|vorbehalt|vielleicht)\b", re.IGNORECASE)
    rows = db.execute("SELECT id, subject, body FROM mail_in WHERE kind = 'reply' AND "
                      "state = 'open' AND invite_answer = ''").fetchall()
    for mail_id, subject, body in rows:
        answer = next((a for pattern, a in subjects if pattern.match((subject or "").strip())),
                      None)
        lines = [line.strip() for line in (body or "").splitlines() if line.strip()]
        if answer is None or (lines and not generated.search(lines[0])):
            continue
        db.execute("UPDATE mail_in SET state = 'noted', invite_answer = ?, effect = "
                   "'Noted; nothing paused' WHERE id = ?", [answer, mail_id])


MIGRATIONS: list[Migration] = [
    m001_schema,
    m002_builtin_playbooks,
    m003_email,
    m004_search_prefix_index,
    m005_popups_fired,
    m006_report_indexes,
    m007_queue_index,
    m008_live_prospects_index,
    m009_outbox_superseded_ids,
    m010_other_contacts,
    m011_touch_dialled,
    m012_prospect_country,
    m013_mailbox,
    m014_outbox_held_for,
    m015_outbox_problem,
    m016_invite_answers,
]
