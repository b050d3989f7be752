"""Finding words on screen that did not go through translation.

``pseudo_translation()`` installs a translator that wraps every string it is asked for in
⟦…⟧ (Qt's own words too). ``untranslated(widget, data_words)`` then walks everything a
rep can see or hear from a window — labels, buttons, tabs, titles, menus, table headers
and cells, hints, tooltips, accessible names — and returns the words left outside ⟦…⟧
that are not the book's own data (names, companies, notes) or the locale's date words.
A string that skipped ``tr`` shows up there with the widget it is on.
"""

from __future__ import annotations

import contextlib
import re
import sqlite3
from collections.abc import Iterable, Iterator
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QModelIndex, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from desktop_app.domain.i18n import set_translator

OPEN, CLOSE = "⟦", "⟧"
# innermost first: a translated sentence may hold translated words ("⟦⟦3 calls⟧ due⟧")
_MARKED = re.compile(re.escape(OPEN) + f"[^{OPEN}{CLOSE}]*" + re.escape(CLOSE))
_WORD = re.compile(r"[^\W\d_]{2,}")
_TAG = re.compile(r"<[^>]+>")


class PseudoTranslator(QTranslator):
    def translate(self, context, source, disambiguation=None, n=-1):
        return f"{OPEN}{source}{CLOSE}"

    def isEmpty(self) -> bool:
        return False


@contextlib.contextmanager
def pseudo_translation() -> Iterator[None]:
    app = QCoreApplication.instance()
    translator = PseudoTranslator()
    app.installTranslator(translator)
    set_translator(QCoreApplication.translate)
    try:
        yield
    finally:
        set_translator(None)
        app.removeTranslator(translator)


@contextlib.contextmanager
def german_translation() -> Iterator[None]:
    """The app's real German translation, installed as the window installs it at start
    (as a rep's German desktop has it), and taken out again after."""
    from desktop_app.views.common.language import install_translations

    app = QCoreApplication.instance()
    before = {id(t) for t in app.findChildren(QTranslator)}
    assert install_translations(app, "de") == "de"
    try:
        yield
    finally:
        set_translator(None)
        for child in app.findChildren(QTranslator):
            if id(child) not in before:
                app.removeTranslator(child)
                child.deleteLater()


def data_words(book: Path | None = None, extra: Iterable[str] = ()) -> set[str]:
    """Words that are data, not the app's text: every word stored in the book, the
    locale's day and month names, and ``extra``."""
    words = {w.lower() for text in extra for w in _WORD.findall(text)}
    locale = QLocale()
    for kind in (QLocale.FormatType.LongFormat, QLocale.FormatType.ShortFormat,
                 QLocale.FormatType.NarrowFormat):
        for day in range(1, 8):
            words.update(w.lower() for w in _WORD.findall(locale.dayName(day, kind)))
            words.update(w.lower() for w in _WORD.findall(locale.standaloneDayName(day, kind)))
        for month in range(1, 13):
            words.update(w.lower() for w in _WORD.findall(locale.monthName(month, kind)))
            words.update(w.lower() for w in
                         _WORD.findall(locale.standaloneMonthName(month, kind)))
    words.update(w.lower() for w in _WORD.findall(locale.amText() + " " + locale.pmText()))
    if book is not None:
        with contextlib.closing(sqlite3.connect(book)) as db:
            tables = [r[0] for r in db.execute("select name from sqlite_master where type='table'")]
            for table in tables:
                for row in db.execute(f'select * from "{table}"'):
                    for value in row:
                        if isinstance(value, str):
                            words.update(w.lower() for w in _WORD.findall(value))
    return words


def _texts(widget: QWidget) -> Iterator[tuple[str, str]]:
    """(what, text) for every piece of text ``widget`` itself shows or speaks."""
    if widget.isWindow():
        yield "window title", widget.windowTitle()
    yield "tooltip", widget.toolTip()
    yield "accessible name", widget.accessibleName()
    yield "accessible description", widget.accessibleDescription()
    if isinstance(widget, QLabel):
        yield "label", widget.text()
    elif isinstance(widget, QAbstractButton):
        yield "button", widget.text()
    elif isinstance(widget, QGroupBox):
        yield "group", widget.title()
    elif isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        yield "hint", widget.placeholderText()
    elif isinstance(widget, QComboBox):
        for i in range(widget.count()):
            yield "choice", widget.itemText(i)
    if isinstance(widget, QTabWidget):
        for i in range(widget.count()):
            yield "tab", widget.tabText(i)
            yield "tab tooltip", widget.tabToolTip(i)
    if isinstance(widget, QAbstractItemView) and widget.model() is not None:
        model = widget.model()
        top = QModelIndex()  # a list model's counts take the parent, unlike a table's
        try:
            columns = model.columnCount(top)
        except TypeError:  # QListWidget's model keeps columnCount private: one column
            columns = 1
        for column in range(columns):
            yield "column", str(model.headerData(column, Qt.Orientation.Horizontal) or "")
        for row in range(min(model.rowCount(top), 50)):
            for column in range(columns):
                index = model.index(row, column)
                for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                             Qt.ItemDataRole.AccessibleTextRole):
                    value = model.data(index, role)
                    if isinstance(value, str):
                        yield "cell", value
    if isinstance(widget, QMainWindow):
        yield from _menu_texts(widget.menuBar().actions())


def _menu_texts(actions) -> Iterator[tuple[str, str]]:
    for action in actions:
        yield "menu", action.text()
        yield "menu tooltip", action.toolTip() if action.toolTip() != action.text().replace(
            "&", "") else ""
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from _menu_texts(menu.actions())


def leftover_words(text: str, allowed: set[str]) -> list[str]:
    plain = _TAG.sub(" ", text).replace("&amp;", "&").replace("&", "")
    while True:
        unmarked = _MARKED.sub(" ", plain)
        if unmarked == plain:
            break
        plain = unmarked
    return [w for w in _WORD.findall(plain) if w.lower() not in allowed]


def untranslated(window: QWidget, allowed: set[str]) -> list[str]:
    """'<widget> <what>: <text>' for every text on ``window`` (and its visible children)
    with words that went round translation."""
    found = []
    widgets = [window, *window.findChildren(QWidget)]
    for widget in widgets:
        if widget is not window and not widget.isVisibleTo(window):
            continue
        for what, text in _texts(widget):
            if text and leftover_words(text, allowed):
                name = widget.objectName() or type(widget).__name__
                found.append(f"{name} {what}: {text!r}")
    return sorted(set(found))
