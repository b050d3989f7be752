"""The database file: permissions, migrations, refusal of newer files, search, gaps SQL."""

from __future__ import annotations

import hashlib
import sqlite3
import stat

import pytest

from desktop_app.domain.gaps import GAP_FIELDS, open_gaps
from desktop_app.store import NewerDatabaseError, Store, StoreError, open_database
from desktop_app.store.database import SCHEMA_VERSION, migrate, user_version
from desktop_app.store.migrations import MIGRATIONS


def test_new_file_is_private_wal_and_current(db_path):
    db = open_database(db_path)
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert user_version(db) == SCHEMA_VERSION == len(MIGRATIONS)
    db.close()


def _empty(db_path):
    from sqlite_utils import Database

    return Database(sqlite3.connect(db_path), execute_plugins=False)


def test_migration_1_creates_the_tables(db_path):
    db = _empty(db_path)
    migrate(db, db_path, upto=1)
    assert user_version(db) == 1
    assert {"prospects", "profiles", "compelling_events", "playbooks", "playbook_steps",
            "stalls", "touches", "settings", "prospects_fts"} <= set(db.table_names())
    assert db.execute("SELECT count(*) FROM playbooks").fetchone()[0] == 0


def test_migration_2_stores_the_builtin_playbooks_as_data(db_path):
    db = _empty(db_path)
    migrate(db, db_path, upto=2)
    keys = [r[0] for r in db.execute("SELECT key FROM playbooks ORDER BY id")]
    assert keys == ["next_month", "next_week", "later", "gone_dark"]
    steps = db.execute("SELECT count(*) FROM playbook_steps").fetchone()[0]
    assert steps == 6 + 3 + 3 + 8


def test_migration_12_gives_every_prospect_a_country_that_defaults_to_their_zone(db_path):
    db = _empty(db_path)
    migrate(db, db_path, upto=11)
    db.execute("INSERT INTO prospects (first_name, timezone, created_utc, updated_utc) "
               "VALUES ('Ada', 'Europe/Berlin', '2026-01-01T00:00:00Z', '2026-01-01T00:00:00Z')")
    db.conn.commit()
    migrate(db, db_path, upto=12)
    assert user_version(db) == 12
    assert db.execute("SELECT first_name, country FROM prospects").fetchall() == [("Ada", "")]


def test_migrating_an_older_file_copies_it_first(db_path):
    db = _empty(db_path)
    migrate(db, db_path, upto=1)
    db.close()
    open_database(db_path).close()
    backup = db_path.with_name(db_path.name + ".schema1.bak")
    assert backup.exists()
    assert sqlite3.connect(backup).execute("PRAGMA user_version").fetchone()[0] == 1


def test_a_failing_migration_rolls_back_whole(db_path):
    db = _empty(db_path)
    migrate(db, db_path, upto=1)

    def broken(database):
        database.execute("INSERT INTO settings (key, value) VALUES ('half', 'done')")
        raise RuntimeError("boom")

    original = MIGRATIONS[1]
    MIGRATIONS[1] = broken
    try:
        with pytest.raises(RuntimeError):
            migrate(db, db_path)
    finally:
        MIGRATIONS[1] = original
    assert user_version(db) == 1
    assert db.execute("SELECT count(*) FROM settings").fetchone()[0] == 0


def test_a_file_from_a_newer_tickler_is_refused_and_untouched(db_path):
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE future (x)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.commit()
    conn.close()
    before = hashlib.sha256(db_path.read_bytes()).hexdigest()
    with pytest.raises(NewerDatabaseError, match="newer version of Tickler"):
        open_database(db_path)
    assert hashlib.sha256(db_path.read_bytes()).hexdigest() == before
    assert not db_path.with_name(db_path.name + "-wal").exists()


def test_a_file_that_is_not_a_database_is_refused(db_path):
    db_path.write_text("hello, not sqlite")
    with pytest.raises(StoreError, match="not a Tickler database"):
        open_database(db_path)


def test_a_file_that_cannot_be_opened_is_explained_not_a_crash(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(StoreError, match=r"Tickler can.t open .*a-file/book\.sqlite3"):
        Store.open(blocker / "book.sqlite3")


@pytest.mark.logs_warnings
def test_a_migration_that_fails_on_open_is_explained_and_undone(db_path):
    db = _empty(db_path)
    migrate(db, db_path, upto=1)
    db.conn.close()

    def broken(database):
        database.execute("INSERT INTO settings (key, value) VALUES ('half', 'done')")
        raise sqlite3.OperationalError("disk I/O error")

    original = MIGRATIONS[1]
    MIGRATIONS[1] = broken
    try:
        with pytest.raises(StoreError, match=r"couldn.t update .*disk I/O error"):
            Store.open(db_path)
    finally:
        MIGRATIONS[1] = original
    check = sqlite3.connect(db_path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == 1
    assert check.execute("SELECT count(*) FROM settings").fetchone()[0] == 0
    check.close()


def test_search_finds_prefixes_across_fields(ctx, store):
    from desktop_app.services.prospects import create_prospect

    create_prospect(ctx, {"first_name": "Anna", "last_name": "Smith", "company": "Acme Tools",
                          "email": "anna@acme.example", "timezone": "Europe/London"})
    create_prospect(ctx, {"first_name": "Bob", "last_name": "Jones", "company": "Globex",
                          "phone": "+1 212 555 0199", "timezone": "America/New_York",
                          "notes": "met at the Chicago trade show"})
    assert [r.name for r in store.search_prospects("ann smi")] == ["Anna Smith"]
    assert [r.name for r in store.search_prospects("acm")] == ["Anna Smith"]
    assert [r.name for r in store.search_prospects("0199")] == ["Bob Jones"]
    assert [r.name for r in store.search_prospects("chicago")] == ["Bob Jones"]
    assert store.search_prospects("zzz") == []
    assert len(store.search_prospects("")) == 2


def test_gap_sql_agrees_with_the_domain_rule(ctx, store, prospect_id):
    assert store.open_gap_count(prospect_id) == len(GAP_FIELDS) == 7
    fills = [
        {"what_will_change": "New site"},
        {"decision_maker_name": "Dan"},
        {"others_involved": ["Finance"]},
        {"purchasing_process": "PO"},
        {"budget_status": "planned"},
        {"timeline": "Q1"},
    ]
    for n, fields in enumerate(fills, start=1):
        store.update_profile(prospect_id, fields, ctx.now())
        expected = len(open_gaps(store.get_profile(prospect_id), 0))
        assert store.open_gap_count(prospect_id) == expected == 7 - n
    store.db.execute("INSERT INTO compelling_events (prospect_id, kind, event_date, note, "
                     "created_utc) VALUES (?, 'warranty_expiry', '2027-01-10', '', 'x')",
                     [prospect_id])
    assert store.open_gap_count(prospect_id) == 0
    assert open_gaps(store.get_profile(prospect_id), store.dated_event_count(prospect_id)) == []


def test_reopening_keeps_data(db_path, ctx, prospect_id):
    ctx.store.close()
    again = Store.open(db_path)
    assert again.get_prospect(prospect_id).company == "Harbourview Clinics"
    again.close()


def test_records_of_a_book_from_elsewhere_with_blank_bookkeeping_times(ctx, prospect_id):
    """An import of an export edited in a spreadsheet can leave "Added (UTC)" empty or
    reformatted: the prospect and its touches still read, their history still shows."""
    from datetime import datetime

    from desktop_app.domain.model import StallKind
    from desktop_app.services.profile import history
    from desktop_app.services.stalls import StallRequest, log_stall

    log_stall(ctx, StallRequest(prospect_id, StallKind.NEXT_WEEK, "next week",
                                datetime(2026, 12, 1, 10, 0)))
    ctx.store.conn.execute("UPDATE prospects SET created_utc = '', updated_utc = "
                           "'23/11/2026 09:00' WHERE id = ?", [prospect_id])
    ctx.store.conn.execute("UPDATE touches SET created_utc = '23/11/2026 09:00'")
    prospect = ctx.store.get_prospect(prospect_id)
    assert prospect is not None and prospect.created_utc is prospect.updated_utc is None
    assert prospect.company == "Harbourview Clinics"
    touches = ctx.store.touches_for(prospect_id)
    assert touches and all(t.created_utc is None for t in touches)
    assert [e.kind for e in history(ctx, prospect_id)].count("touch") == len(touches)
