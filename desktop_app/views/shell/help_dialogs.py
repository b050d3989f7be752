"""Help ▸ Keyboard shortcuts and Help ▸ Where your data lives."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

SHORTCUTS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    ("In Today and Upcoming (the list must have the focus)", (
        ("D", "Done (a call opens its call panel; an email never sent asks first)"),
        ("S", "Snooze an hour"),
        ("Shift+S", "Snooze for… (15 minutes, 3 hours, tomorrow morning)"),
        ("R", "Reschedule"),
        ("K", "Skip an optional touch"),
        ("E", "Send the email"),
        ("C", "Call panel"),
        ("Enter / O", "Open the prospect"),
        ("T", "Dial their number"),
        ("L", "Open LinkedIn (then mark the step done)"),
        ("P", "Notes to write today"),
    )),
    ("Anywhere in the window", (
        ("Ctrl+Z", "Undo the last action (named in Edit ▸ Undo)"),
        ("Ctrl+Shift+Z / Ctrl+Y", "Redo"),
        ("Ctrl+N", "Log a stall (for the prospect of the row selected)"),
        ("Ctrl+E", "Edit the selected prospect"),
        ("Ctrl+F", "Find a prospect"),
        ("Ctrl+1 … Ctrl+6", "Today, Prospects, Gaps, Outbox, Report, Upcoming"),
        ("Ctrl+,", "Email settings"),
        ("Ctrl+P", "Notes to write today"),
        ("Ctrl+I / Ctrl+Shift+E", "Import / Export"),
        ("F5", "Refresh"),
        ("Ctrl+Q", "Quit"),
    )),
    ("In a prospect's profile", (
        ("Enter", "Next field"),
        ("Ctrl+S / Ctrl+Enter", "Save"),
        ("Esc", "Close (unsaved changes are asked about)"),
    )),
)


def shortcuts_html() -> str:
    parts = []
    for heading, rows in SHORTCUTS:
        cells = "".join(f"<tr><td style='padding:2px 14px 2px 0'><b>{html.escape(k)}</b></td>"
                        f"<td>{html.escape(v)}</td></tr>" for k, v in rows)
        parts.append(f"<h4 style='margin:10px 0 4px 0'>{html.escape(heading)}</h4>"
                     f"<table>{cells}</table>")
    return "".join(parts)


class ShortcutsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ShortcutsDialog")
        self.setWindowTitle("Keyboard shortcuts")
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
        self.setWindowTitle("Where your data lives")
        self.db_path = db_path
        layout = QVBoxLayout(self)
        rows = []
        if db_path is not None:
            rows += [
                ("Your book (one SQLite file, readable only by you)", str(db_path)),
                ("Copies kept before a schema upgrade", f"{db_path}.schemaN.bak"),
                ("The book before a restore", f"{db_path}.before-restore.bak"),
                ("Lock held while Tickler runs", f"{db_path}.lock"),
            ]
        if log_path is not None:
            rows.append(("Log (errors and what Tickler did)", str(log_path)))
        rows.append(("Email password", "your system keyring (never in the book)"))
        body = "".join(f"<p style='margin:6px 0'><b>{html.escape(k)}</b><br>"
                       f"<code>{html.escape(v)}</code></p>" for k, v in rows)
        self.text = QLabel(body + "<p>Use another file with <code>tickler --db PATH</code> or "
                           "the <code>TICKLER_DB</code> variable.</p>", self)
        self.text.setObjectName("DataPlacesText")
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setMinimumWidth(560)
        layout.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.open_button = QPushButton("&Open the folder", self)
        self.open_button.setEnabled(db_path is not None)
        self.open_button.clicked.connect(self.open_folder)
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def open_folder(self) -> bool:
        if self.db_path is None:
            return False
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.db_path.parent)))
