"""Prospect search: the prefix-indexed FTS5 table (migration 4) and the ranking cap."""

from __future__ import annotations

import sqlite3

from desktop_app.services.profile import save_profile
from desktop_app.services.prospects import create_prospect, search_prospects
from desktop_app.store import Store
from desktop_app.store.database import migrate
from desktop_app.store.store import db_time


def _raw(db_path):
    from sqlite_utils import Database

    return Database(sqlite3.connect(db_path), execute_plugins=False)


def test_migration_4_rebuilds_search_with_prefix_indexes_and_keeps_the_triggers(db_path, clock):
    db = _raw(db_path)
    migrate(db, db_path, upto=3)
    db.execute("INSERT INTO prospects (first_name, last_name, company, timezone, created_utc, "
               "updated_utc) VALUES ('Maria', 'Okafor', 'Harbourview', 'Europe/London', ?, ?)",
               [db_time(clock()), db_time(clock())])
    db.conn.commit()
    migrate(db, db_path, upto=4)
    sql = db.execute("SELECT sql FROM sqlite_master WHERE name = 'prospects_fts'").fetchone()[0]
    assert "prefix='1 2 3'" in sql
    triggers = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type='trigger'")}
    assert {"prospects_ai", "prospects_ad", "prospects_au"} <= triggers
    assert db.execute("SELECT count(*) FROM sqlite_master "
                      "WHERE name = 'idx_prospects_name_nocase'").fetchone()[0] == 1
    db.close()

    store = Store.open(db_path)
    try:
        assert [r.name for r in store.search_prospects("harb")] == ["Maria Okafor"]  # rebuilt
        store.update_prospect(1, {"company": "Lusomar"}, clock())
        assert store.search_prospects("harb") == []
        assert [r.name for r in store.search_prospects("l")] == ["Maria Okafor"]
    finally:
        store.close()


def test_a_broad_prefix_returns_the_first_matches_unranked_then_narrows(ctx, monkeypatch):
    for i in range(6):
        create_prospect(ctx, {"first_name": f"Anna{i}", "company": "Acme",
                              "timezone": "Europe/Paris"})
    create_prospect(ctx, {"first_name": "Bob", "company": "Acme anna",
                          "timezone": "Europe/Paris"})
    monkeypatch.setattr(type(ctx.store), "SEARCH_RANK_CAP", 3)
    assert len(search_prospects(ctx, "a", limit=4)) == 4  # 7 matches: first four, unranked
    assert [r.name for r in search_prospects(ctx, "bob")] == ["Bob"]


def test_trashed_prospects_stay_out_of_search_and_notes_are_searched(ctx, prospect_id):
    from desktop_app.services.profile import restore_prospect, trash_prospect

    save_profile(ctx, prospect_id, {
        "first_name": "Maria", "last_name": "Okafor", "company": "Harbourview Clinics",
        "timezone": "Europe/London", "notes": "Chiller warranty ends in spring"}, {})
    assert [r.id for r in search_prospects(ctx, "chill warr")] == [prospect_id]
    trash_prospect(ctx, prospect_id)
    assert search_prospects(ctx, "chill") == []
    assert search_prospects(ctx, "") == []
    restore_prospect(ctx, prospect_id)
    assert [r.id for r in search_prospects(ctx, "")] == [prospect_id]
