"""The page's compelling events: dated reasons to call, and when each one's value email goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QModelIndex, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.events import EventDraft
from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.views.common.qt_dates import ui_date
from desktop_app.views.common.refusal import FieldErrors
from desktop_app.views.common.table_model import RowTableModel
from desktop_app.views.profile.event_dialog import EventDialog
from desktop_app.views.profile.page_widgets import setup_table


class EventsTableModel(RowTableModel[EventDraft]):
    """The page's compelling events (drafts until Save), with when each value touch falls."""

    COLUMNS = (QT_TR_NOOP("Event"), QT_TR_NOOP("Date"), QT_TR_NOOP("Value touch"),
               QT_TR_NOOP("Note"))

    def __init__(self, touch_due: Callable[[EventDraft], str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._touch_due = touch_due

    def set_events(self, events: list[EventDraft]) -> None:
        self.set_rows(events)

    def events(self) -> list[EventDraft]:
        return self.rows()

    def event_at(self, row: int) -> EventDraft:
        return self._rows[row]

    def add(self, draft: EventDraft) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(draft)
        self.endInsertRows()

    def replace_at(self, row: int, draft: EventDraft) -> None:
        self._rows[row] = draft
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove_at(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def refresh(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def cell(self, row: int, column: int, role: int) -> Any:
        event = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return tr(event.kind.label)
            if column == 1:
                return (ui_date(event.event_date, year=True) if event.event_date
                        else tr("no date yet"))
            if column == 2:
                return self._touch_due(event)
            return event.note
        if role == Qt.ItemDataRole.UserRole:
            return event.event_date.isoformat() if event.event_date else ""
        return None


class EventsSection(QGroupBox):
    """The events table with Add, Change and Delete; edits stay drafts until the page saves."""

    edited = Signal()

    def __init__(self, errors: FieldErrors, touch_due: Callable[[EventDraft], str],
                 make_dialog: Callable[[EventDraft | None], EventDialog],
                 parent: QWidget | None = None) -> None:
        super().__init__(tr("Compelling events"), parent)
        self._make_dialog = make_dialog
        layout = QVBoxLayout(self)
        self.model = EventsTableModel(touch_due, self)
        self.view = QTableView()
        self.view.setObjectName("eventsView")
        self.view.setAccessibleName(tr("Compelling events"))
        setup_table(self.view, self.model)
        self.view.setWordWrap(True)
        # grows with long notes (a row taller than the view would be cut off), then scrolls
        # smoothly rather than jumping a whole row at a time
        self.view.setMinimumHeight(112)
        self.view.setMaximumHeight(240)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.view.doubleClicked.connect(lambda _index: self.edit_event())
        self.add_button = QPushButton(tr("Add event…"))
        self.add_button.setObjectName("addEvent")
        self.edit_button = QPushButton(tr("Change…"))
        self.edit_button.setObjectName("editEvent")
        self.delete_button = QPushButton(tr("Delete"))
        self.delete_button.setObjectName("deleteEvent")
        self.hint = QLabel()
        self.hint.setObjectName("eventsHint")
        self.hint.setProperty("role", "known")
        # on a line of its own, wrapping: the hint is long in some languages and would
        # otherwise widen the page past a 1280-pixel screen
        self.hint.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.edit_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        layout.addWidget(self.view)
        layout.addLayout(buttons)
        layout.addWidget(self.hint)
        # a refused date goes when the events change (the next save checks again)
        layout.addWidget(errors.add("events", self, self.view, cleared_by=self.edited))

    def wire(self) -> None:
        self.add_button.clicked.connect(self.add_event)
        self.edit_button.clicked.connect(self.edit_event)
        self.delete_button.clicked.connect(self.delete_event)
        self.view.selectionModel().selectionChanged.connect(self.update_buttons)

    def set_days_before(self, days: int) -> None:
        self.hint.setText(tr("Value email %n day(s) before a dated event", None, days))

    def selected_row(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def update_buttons(self, *_args: object) -> None:
        has = self.selected_row() is not None
        self.edit_button.setEnabled(has)
        self.delete_button.setEnabled(has)

    def add_event(self) -> None:
        dialog = self._make_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.add(dialog.draft())
            self.view.selectRow(self.model.rowCount() - 1)
            self.edited.emit()

    def edit_event(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        dialog = self._make_dialog(self.model.event_at(row))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.model.replace_at(row, dialog.draft())
            self.edited.emit()

    def delete_event(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        self.model.remove_at(row)
        self.update_buttons()
        self.edited.emit()
