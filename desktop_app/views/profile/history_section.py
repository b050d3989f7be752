"""The page's notes and history: what the rep wrote, and every stall, touch and outcome."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.services.profile import HistoryEntry
from desktop_app.views.common.qt_dates import ui_datetime
from desktop_app.views.common.table_model import RowTableModel
from desktop_app.views.profile.page_widgets import plain_edit, setup_table


class NotesSection(QGroupBox):
    """Free notes about the prospect."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(tr("Notes"), parent)
        layout = QVBoxLayout(self)
        self.notes = plain_edit(3, tr("Anything worth remembering about them"))
        self.notes.setAccessibleName(tr("Notes"))
        self.notes.setObjectName("notes")
        layout.addWidget(self.notes)


class HistoryTableModel(RowTableModel[HistoryEntry]):
    """Stalls, touches and outcomes, newest first."""

    COLUMNS = (QT_TR_NOOP("When (your time)"), QT_TR_NOOP("What"), QT_TR_NOOP("Details"))

    def __init__(self, rep_tz: Callable[[], str], their_tz: Callable[[], str] | None = None,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rep_tz = rep_tz
        self._their_tz = their_tz or rep_tz

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows(entries)

    def cell(self, row: int, column: int, role: int) -> Any:
        entry = self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            theirs = utc_to_local(entry.when_utc, self._their_tz())
            return tr("Their time: {when} ({zone})").format(
                when=ui_datetime(theirs, year=True), zone=self._their_tz())
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return ui_datetime(utc_to_local(entry.when_utc, self._rep_tz()), weekday=False,
                                   year=True)
            if column == 1:
                return f"{entry.title}\n{entry.status}"
            if entry.words:
                said = tr("They said: “{words}”").format(words=entry.words)
                return f"{said} · {entry.detail}" if entry.detail else said
            return entry.detail
        if role == Qt.ItemDataRole.FontRole and entry.kind == "stall" and column == 1:
            font = QFont()
            font.setBold(True)
            return font
        return None


class HistorySection(QGroupBox):
    """The history table, or a line saying nothing has happened yet."""

    def __init__(self, rep_tz: Callable[[], str], their_tz: Callable[[], str],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("History"), parent)
        layout = QVBoxLayout(self)
        self.model = HistoryTableModel(rep_tz, their_tz, self)
        self.view = QTableView()
        self.view.setObjectName("historyView")
        self.view.setAccessibleName(tr("History"))
        setup_table(self.view, self.model)
        self.view.setWordWrap(True)
        self.view.setMinimumHeight(160)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.view.setColumnWidth(1, 175)
        self.empty = QLabel(tr("Nothing has happened yet: log a stall from the queue."))
        self.empty.setObjectName("historyEmpty")
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.model.set_entries(entries)
        self.empty.setVisible(not entries)
        self.view.resizeRowsToContents()
