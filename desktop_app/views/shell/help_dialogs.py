"""Help ▸ Keyboard shortcuts and Help ▸ Where your data lives."""

from __future__ import annotations

import html
import re
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr

SHORTCUTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (QT_TR_NOOP("In Today and Upcoming (the list must have the focus)"), (
        ("D", QT_TR_NOOP("Done (a call opens its call panel; an email never sent asks first)")),
        ("S", QT_TR_NOOP("Snooze an hour")),
        ("Shift+S", QT_TR_NOOP("Snooze for… (15 minutes, 3 hours, tomorrow morning)")),
        ("R", QT_TR_NOOP("Reschedule")),
        ("K", QT_TR_NOOP("Skip an optional touch")),
        ("E", QT_TR_NOOP("Send the email")),
        ("C", QT_TR_NOOP("Call panel")),
        ("Enter / O", QT_TR_NOOP("Open the prospect")),
        ("T", QT_TR_NOOP("Dial their number")),
        ("L", QT_TR_NOOP("Open LinkedIn (then mark the step done)")),
        ("P", QT_TR_NOOP("Notes to write today")),
    )),
    (QT_TR_NOOP("Anywhere in the window"), (
        ("Ctrl+Z", QT_TR_NOOP("Undo the last action (named in Edit ▸ Undo)")),
        ("Ctrl+Shift+Z / Ctrl+Y", QT_TR_NOOP("Redo")),
        ("Ctrl+N", QT_TR_NOOP("Log a stall (for the prospect of the row selected)")),
        ("Ctrl+E", QT_TR_NOOP("Edit the selected prospect")),
        ("Ctrl+F", QT_TR_NOOP("Find a prospect")),
        ("Ctrl+1 … Ctrl+6", QT_TR_NOOP("Today, Prospects, Gaps, Outbox, Report, Upcoming")),
        ("Ctrl+,", QT_TR_NOOP("Email settings")),
        ("Ctrl+P", QT_TR_NOOP("Notes to write today")),
        ("Ctrl+I / Ctrl+Shift+E", QT_TR_NOOP("Import / Export")),
        ("F5", QT_TR_NOOP("Refresh")),
        ("Ctrl+Q", QT_TR_NOOP("Quit")),
    )),
    (QT_TR_NOOP("In a prospect's profile"), (
        ("Enter", QT_TR_NOOP("Next field")),
        ("Ctrl+S / Ctrl+Enter", QT_TR_NOOP("Save")),
        ("Esc", QT_TR_NOOP("Close (unsaved changes are asked about)")),
    )),
)


_KEY_SPLIT = re.compile(r"( / | … )")


def key_text(keys: str) -> str:
    """"Ctrl+Shift+Z / Ctrl+Y" as the desktop names the keys ("Strg+Umschalt+Z / Strg+Y")."""
    return "".join(part if _KEY_SPLIT.fullmatch(part) else
                   QKeySequence(part).toString(QKeySequence.SequenceFormat.NativeText) or part
                   for part in _KEY_SPLIT.split(keys))


def shortcuts_html() -> str:
    parts = []
    for heading, rows in SHORTCUTS:
        cells = "".join(f"<tr><td style='padding:2px 14px 2px 0'><b>"
                        f"{html.escape(key_text(k))}</b></td><td>{html.escape(tr(v))}</td></tr>"
                        for k, v in rows)
        parts.append(f"<h4 style='margin:10px 0 4px 0'>{html.escape(tr(heading))}</h4>"
                     f"<table>{cells}</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle(tr("Keyboard shortcuts"))
        layout = QVBoxLayout(self)
        self.text = QLabel(shortcuts_html(), self)
        self.text.setObjectName("ShortcutsText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)


class DataPlacesDialog(QDialog):
    """Where the book, its copies, the lock and the log are, with a way to open the folder."""

    def __init__(self, db_path: Path | None, log_path: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DataPlacesDialog")
        self.setWindowTitle(tr("Where your data lives"))
        self.db_path = db_path
        layout = QVBoxLayout(self)
        rows = []
        if db_path is not None:
            rows += [
                (tr("Your book (one SQLite file, readable only by you)"), str(db_path)),
                (tr("Copies kept before a schema upgrade"), f"{db_path}.schemaN.bak"),
                (tr("The book before a restore"), f"{db_path}.before-restore.bak"),
                (tr("Lock held while Tickler runs"), f"{db_path}.lock"),
            ]
        if log_path is not None:
            rows.append((tr("Log (errors and what Tickler did)"), str(log_path)))
        rows.append((tr("Email password"), tr("your system keyring (never in the book)")))
        body = "".join(f"<p style='margin:6px 0'><b>{html.escape(k)}</b><br>"
                       f"<code>{html.escape(v)}</code></p>" for k, v in rows)
        other = tr("Use another file with {command} or the {variable} variable.").format(
            command="<code>tickler --db PATH</code>", variable="<code>TICKLER_DB</code>")
        self.text = QLabel(f"{body}<p>{other}</p>", self)
        self.text.setObjectName("DataPlacesText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(560)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton(tr("&Open the folder"), self)
        self.open_button.setEnabled(db_path is not None)
        self.open_button.clicked.connect(self.open_folder)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_folder(self) -> bool:
        if self.db_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db_path.parent)))
