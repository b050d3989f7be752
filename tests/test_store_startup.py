"""Opening the book without sqlite-utils: the plain connection, LiteDatabase, migration 7."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktop_app.store import Store
from desktop_app.store.database import migrate, user_version
from desktop_app.store.lite import LiteDatabase, dedupe_keys, first_keyword

ROOT = Path(__file__).resolve().parent.parent


def _lite(path: Path) -> LiteDatabase:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT NOT NULL)")
    return LiteDatabase(conn)


def _names(path: Path) -> list[str]:
    """What another connection (another process, say) sees as committed."""
    other = sqlite3.connect(path)
    try:
        return [r[0] for r in other.execute("SELECT name FROM t ORDER BY id")]
    finally:
        other.close()


def test_a_write_outside_a_transaction_is_committed_at_once(tmp_path):
    path = tmp_path / "lite.sqlite3"
    db = _lite(path)
    db.execute("INSERT INTO t (name) VALUES (?)", ["Anna"])
    assert not db.conn.in_transaction
    assert _names(path) == ["Anna"]


def test_atomic_rolls_back_everything_on_error_and_nests_as_savepoints(tmp_path):
    path = tmp_path / "lite.sqlite3"
    db = _lite(path)
    with pytest.raises(RuntimeError), db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('half-done')")
        raise RuntimeError("boom")
    assert _names(path) == []

    with db.atomic():
        db.execute("INSERT INTO t (name) VALUES ('kept')")
        with pytest.raises(ValueError), db.atomic():
            db.execute("INSERT INTO t (name) VALUES ('undone')")
            raise ValueError("inner")
        assert _names(path) == []  # nothing visible before the outer commit
    assert _names(path) == ["kept"]


def test_query_gives_dicts_and_refuses_writes(tmp_path):
    path = tmp_path / "lite.sqlite3"
    db = _lite(path)
    db.execute("INSERT INTO t (name) VALUES ('Bob')")
    assert list(db.query("SELECT id, name, name FROM t")) == [
        {"id": 1, "name": "Bob", "name_2": "Bob"}]
    with pytest.raises(ValueError):
        db.query("UPDATE t SET name = 'Eve'")
    assert _names(path) == ["Bob"]
    assert [r["journal_mode"] for r in db.query("PRAGMA journal_mode")] == ["delete"]


def test_anything_else_goes_to_a_real_sqlite_utils_database(tmp_path):
    db = _lite(tmp_path / "lite.sqlite3")
    db["t"].insert({"name": "Chen"})
    assert db.table_names() == ["t"]
    assert [r["name"] for r in db.query("SELECT name FROM t")] == ["Chen"]


def test_helpers_match_sqlite_utils():
    from sqlite_utils.db import _first_keyword
    from sqlite_utils.db import dedupe_keys as su_dedupe

    for sql in ("  select 1", "-- note\nINSERT INTO t", "/* x */ begin", ";pragma x", ""):
        assert first_keyword(sql) == _first_keyword(sql)
    for keys in (["a", "b"], ["id", "id", "id_2"], ["x", "x", "x"]):
        assert dedupe_keys(keys) == su_dedupe(keys)


def test_migration_7_indexes_the_pending_touches_for_the_queue(db_path, ctx, prospect_id):
    from desktop_app.store.store import GAPS_SQL

    del prospect_id
    store = ctx.store
    assert user_version(store.db) >= 7
    indexes = {r[1] for r in store.conn.execute("PRAGMA index_list(touches)")}
    assert "idx_touches_queue" in indexes
    plan = " ".join(str(r[3]) for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT t.id, t.prospect_id, t.stall_id, t.channel, t.title, "
        "t.reason, t.due_utc, t.original_due_utc, t.status, t.optional, t.template, "
        f"{GAPS_SQL} FROM touches t JOIN prospects p ON p.id = t.prospect_id "
        "LEFT JOIN profiles pf ON pf.prospect_id = p.id "
        "WHERE t.status = 'pending' AND t.due_utc < ? ORDER BY t.due_utc, t.id", ["x"]))
    assert "COVERING INDEX idx_touches_queue" in plan


def test_migration_7_on_a_book_from_schema_6(db_path, ctx, prospect_id):
    """A book written before the index keeps its touches and gets the index."""
    from desktop_app.domain.model import SlotQuality, StallKind
    from desktop_app.services.stalls import StallRequest, log_stall

    log_stall(ctx, StallRequest(prospect_id, StallKind.GONE_DARK, "", None, SlotQuality.NONE))
    ctx.store.db.execute("DROP INDEX idx_touches_queue")
    ctx.store.db.execute("DROP INDEX idx_prospects_deleted")  # migration 8
    ctx.store.db.execute("PRAGMA user_version = 6")
    ctx.store.close()
    reopened = Store.open(db_path)
    try:
        assert user_version(reopened.db) >= 7
        indexes = {r[1] for r in reopened.conn.execute("PRAGMA index_list(touches)")}
        assert "idx_touches_queue" in indexes
        soon = datetime(2026, 11, 23, 9, tzinfo=UTC) + timedelta(days=2)
        assert [r.title for r in reopened.queue(soon)] == ["Call attempt 1 of 4"]
    finally:
        reopened.close()


def test_opening_the_book_and_building_the_window_does_not_load_sqlite_utils(db_path):
    """sqlite-utils (and numpy, which it imports when installed) stay out of start-up."""
    Store.open(db_path).close()
    script = (
        "import sys, json\n"
        "from PySide6.QtWidgets import QApplication\n"
        "app = QApplication([])\n"
        "from desktop_app.services import AppContext\n"
        "from desktop_app.store import Store\n"
        "from desktop_app.composition import build_window\n"
        f"store = Store.open({str(db_path)!r})\n"
        "window = build_window(AppContext(store))\n"
        "window.show(); app.processEvents()\n"
        "print(json.dumps(sorted(m for m in ('sqlite_utils', 'numpy') if m in sys.modules)))\n"
        "window.close(); store.close()\n"
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", script], env=env, cwd=ROOT,
                          capture_output=True, text=True, timeout=60, check=True)
    assert json.loads(done.stdout.strip().splitlines()[-1]) == []


def test_an_old_book_is_still_migrated_on_open(db_path):
    from sqlite_utils import Database

    db = Database(sqlite3.connect(db_path), execute_plugins=False)
    migrate(db, db_path, upto=2)
    db.close()
    store = Store.open(db_path)
    try:
        assert user_version(store.db) >= 7
    finally:
        store.close()


def test_migration_8_counts_live_prospects_from_small_indexes(ctx, prospect_id):
    store = ctx.store
    assert store.count_prospects() == 1
    store.conn.execute("UPDATE prospects SET deleted_utc = '2026-11-23T09:00:00Z' WHERE id = ?",
                       [prospect_id])
    assert store.count_prospects() == 0
    plan = " ".join(str(r[3]) for r in store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT count(*) FROM prospects WHERE deleted_utc IS NOT NULL"))
    assert "COVERING INDEX idx_prospects_deleted" in plan


def test_the_queue_is_still_driven_by_the_pending_touches(ctx):
    """The deleted-prospects index must not become the queue's way in (it would scan all)."""
    plan = " ".join(str(r[3]) for r in ctx.store.conn.execute(
        "EXPLAIN QUERY PLAN SELECT t.id FROM touches t JOIN prospects p ON p.id = t.prospect_id "
        "WHERE t.status = 'pending' AND t.due_utc < ? AND p.deleted_utc IS NULL", ["x"]))
    assert "idx_touches_queue" in plan and "idx_prospects_deleted" not in plan
