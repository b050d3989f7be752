"""Rules of the code's shape that a tool keeps, so they do not depend on memory.

The layer contracts themselves are in pyproject.toml and run by `lint-imports` in CI;
these tests pin what import-linter cannot see.
"""

from __future__ import annotations

import ast
import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "desktop_app"

# Libraries a rep's first look at the queue never needs: each costs tens of milliseconds
# (or loads numpy, data tables, printer drivers) and loads later, when its feature is used.
HEAVY_AT_START = (
    "sqlite_utils",
    "numpy",
    "icalendar",
    "imapclient",
    "imaplib",
    "flufl.bounce",
    "phonenumbers",
    "holidays",
    "charset_normalizer",
    "parsedatetime",
    "keyring",
    "email_validator",
    "smtplib",
    "PySide6.QtCharts",
    "PySide6.QtPrintSupport",
    # a few milliseconds each, all waiting for their first use (issue 19): the log's
    # rotation needs no logging.handlers (sockets, pickle, queues), the quit signal wakes
    # Qt through a pipe, html.entities is for dialogs, and the plan records and undo
    # service load with the first action, the store's prospect, touch and stall records
    # with the first one read; the hidden tabs and the undo history are built
    # right after the paint
    "logging.handlers",
    "socket",
    "html",
    "desktop_app.domain.plan_types",
    "desktop_app.store.record_types",
    "desktop_app.services.undo",
    "desktop_app.views.shell.undo",
    "desktop_app.views.queue.upcoming_view",
    "desktop_app.views.profile.prospect_model",
)

_AT_FIRST_PAINT = """
import json, sys
import desktop_app.composition as app_module

out = sys.argv[1]
original = app_module._FirstPaint


class Recording(original):
    def __init__(self, widget, callback):
        def record_then_go_on():
            with open(out, "w") as f:
                json.dump(sorted(sys.modules), f)
            callback()

        super().__init__(widget, record_then_go_on)


app_module._FirstPaint = Recording
from desktop_app.__main__ import main

sys.exit(main(sys.argv[2:]))
"""


def test_the_first_paint_of_the_queue_loads_none_of_the_heavy_libraries(tmp_path):
    """The real app, started as a rep starts it on a book with a full queue: at the
    moment the queue first paints, none of the heavy libraries has been imported."""
    book = tmp_path / "book.sqlite3"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--db", str(book)],
                   env=env, cwd=ROOT, capture_output=True, text=True, timeout=120, check=True)
    listing = tmp_path / "modules.json"
    done = subprocess.run(
        [sys.executable, "-c", _AT_FIRST_PAINT, str(listing),
         "--db", str(book), "--quit-after-paint"],
        env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "painted_at=" in done.stdout
    loaded = set(json.loads(listing.read_text()))
    assert "desktop_app.views.shell.main_window" in loaded  # it really was the window's paint
    assert sorted(m for m in HEAVY_AT_START if m in loaded) == []


def _imports(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
            names.update(f"{node.module}.{alias.name}" for alias in node.names)
    return names


def test_below_the_views_qt_is_only_qtcore_in_the_timer_shells():
    """import-linter sees PySide6 as one package; this is the finer rule: no layer below
    the views imports Qt widgets, GUI or any other Qt module but QtCore."""
    offenders = []
    for layer in ("domain", "store", "services", "scheduling"):
        for path in sorted((PACKAGE / layer).rglob("*.py")):
            for name in _imports(path):
                top = name.split(".")[:2]
                if top[0] in ("PySide6", "shiboken6") and top != ["PySide6", "QtCore"] \
                        and name != "PySide6":
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


def _cycles(edges: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round a loop (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for other in sorted(edges[module]):
            if other not in index:
                visit(other)
                low[module] = min(low[module], low[other])
            elif other in stack:
                low[module] = min(low[module], index[other])
        if low[module] == index[module]:
            group = []
            while True:
                other = stack.pop()
                group.append(other)
                if other == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(edges):
        if module not in index:
            visit(module)
    return found


def test_no_two_views_import_each_other():
    """Counting the imports made for type checking and inside functions too: a screen
    imports the shared widgets and the main window, never the other way round, and a
    feature reaches another only through what the composition root wires."""
    import grimp

    graph = grimp.build_graph("desktop_app", cache_dir=None)
    views = {m for m in graph.modules if m.startswith("desktop_app.views")}
    edges = {m: graph.find_modules_directly_imported_by(m) & views for m in views}
    assert _cycles(edges) == []
    # the window knows no feature: the features know the window
    assert graph.find_shortest_chain(importer="desktop_app.views.shell.main_window",
                                     imported="desktop_app.views.profile.profile_actions") \
        is None


_SQL_WORDS = re.compile(
    r"\bSELECT\b[\s\S]*\bFROM\b|\bINSERT\s+(OR\s+\w+\s+)?INTO\b|\bUPDATE\s+\w+\s+SET\b"
    r"|\bDELETE\s+FROM\b|\bPRAGMA\s+\w|\b(CREATE|DROP)\s+(TEMP\s+)?(TABLE|INDEX|TRIGGER)\b")
_SQL_CALLS = {"execute", "executemany", "executescript", "query", "table"}


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (they may talk about SQL)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value,
                                                                     ast.Constant):
                found.add(id(body[0].value))
    return found


def sql_in(source: str) -> list[str]:
    """Where a module holds SQL: an execute/query call, a ``db[...]`` table, or SQL text."""
    tree = ast.parse(source)
    docs = _docstrings(tree)
    found = []
    for node in ast.walk(tree):
        if (isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute)
                and node.func.attr in _SQL_CALLS):
            found.append(f"line {node.lineno}: .{node.func.attr}(...)")
        elif (isinstance(node, ast.Subscript) and isinstance(node.value, ast.Attribute | ast.Name)
              and (node.value.attr if isinstance(node.value, ast.Attribute)
                   else node.value.id) in ("db", "database")):
            found.append(f"line {node.lineno}: db[...]")
        elif (isinstance(node, ast.Constant) and isinstance(node.value, str)
              and id(node) not in docs and _SQL_WORDS.search(node.value)):
            found.append(f"line {node.lineno}: SQL text {node.value[:40]!r}")
    return found


def test_the_sql_finder_finds_each_way_of_holding_sql():
    assert sql_in("store.db.execute('x')")
    assert sql_in("conn.executemany(s, rows)")
    assert sql_in("rows = store.db.query(q)")
    assert sql_in("store.db['touches'].insert(row)")
    assert sql_in("q = 'SELECT id FROM touches WHERE status = ?'")
    assert sql_in("q = f'UPDATE touches SET due_utc = {x}'")
    assert sql_in("q = 'DELETE FROM outbox'")
    assert sql_in("q = 'PRAGMA user_version'")
    assert not sql_in('def f():\n    """Claimed in one UPDATE: select it FROM the queue."""')
    assert not sql_in("INVITE_UPDATE = 'invite_update'\nlabel = 'Select from the list'")


def test_services_hold_rules_not_sql():
    """Every statement lives in store/, so a rule is one query in one place: no services
    module (nor any other outside store/: views, platform, the CLI…) runs or holds SQL."""
    found = {str(path.relative_to(PACKAGE)): sql_in(path.read_text(encoding="utf-8"))
             for path in sorted(PACKAGE.rglob("*.py"))
             if path.relative_to(PACKAGE).parts[0] != "store"}
    assert any(name.startswith("services") for name in found)
    assert {name: where for name, where in found.items() if where} == {}


def test_the_store_reads_return_records_not_dicts():
    """A store read returns a typed record, so mypy sees a renamed column: no function in
    store/ is annotated to return a dict by column name. (The undo snapshots in plan_rows
    are whole rows by design, and lite.py is sqlite-utils' own interface.)"""
    found = []
    for path in sorted((PACKAGE / "store").glob("*.py")):
        if path.name in ("plan_rows.py", "lite.py"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef) and node.returns:
                returns = ast.unparse(node.returns)
                if "dict[str, Any]" in returns or "Mapping[str, Any]" in returns:
                    found.append(f"{path.name}: {node.name} -> {returns}")
    assert found == []
