"""The Upcoming tab: tomorrow and the next days, by day, each with its load."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListView,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.services import AppContext
from desktop_app.services.day_load import DayLoad
from desktop_app.services.queue import upcoming_days
from desktop_app.store.store import QueueRow
from desktop_app.views.common.colours import Tone, text_colour
from desktop_app.views.common.qt_dates import ui_date, ui_weekday
from desktop_app.views.common.table_model import RowTableModel
from desktop_app.views.queue.queue_model import QueueTableModel, configure_queue_table

DAYS_AHEAD = 7


def day_title(day: date, today: date) -> str:
    if day == today + timedelta(days=1):
        return tr("Tomorrow, {date}").format(date=ui_date(day, weekday=True))
    return tr("{weekday} {date}", "a day ahead: Tuesday 1 Dec").format(
        weekday=ui_weekday(day, long=True), date=ui_date(day))


def load_words(calls: int, emails: int, posts: int) -> str:
    """A day's load in the rep's words: "2 calls · 1 email · 0 post/social"."""
    if not calls + emails + posts:
        return tr("nothing planned")
    return " · ".join((tr("%n call(s)", None, calls), tr("%n email(s)", None, emails),
                       tr("%n post/social", None, posts)))


def touches_words(count: int) -> str:
    return tr("%n touch(es)", None, count)


class DayListModel(RowTableModel[DayLoad | None]):
    """The days ahead, each with its load; the first row (None) is all of them together."""

    COLUMNS = (QT_TR_NOOP("Day"),)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.today: date | None = None

    def cell(self, row: int, column: int, role: int) -> Any:
        load = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if load is None:
                days = [d for d in self._rows if d is not None]
                total = sum(len(d.rows) for d in days)
                return tr("All %n days", None, len(days)) + "\n" + tr(
                    "{touches}: {load}").format(
                        touches=touches_words(total),
                        load=load_words(sum(d.calls for d in days), sum(d.emails for d in days),
                                        sum(d.posts for d in days)))
            assert self.today is not None
            return (f"{day_title(load.day, self.today)}\n"
                    f"{load_words(load.calls, load.emails, load.posts)}")
        if role == Qt.ItemDataRole.ForegroundRole and load is not None and not load.rows:
            from PySide6.QtGui import QBrush

            return QBrush(text_colour(Tone.MUTED))
        return None


class UpcomingPanel(QWidget):
    """Days on the left, their touches on the right in the Today queue's own columns."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("UpcomingPanel")
        self.ctx = ctx
        self.loaded = False
        self._loads: list[DayLoad] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        self.heading = QLabel(self)
        self.heading.setObjectName("UpcomingHeading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.heading.setFont(font)
        self.summary = QLabel(self)
        self.summary.setObjectName("UpcomingSummary")
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)

        row = QHBoxLayout()
        self.day_model = DayListModel(self)
        self.day_list = QListView(self)
        self.day_list.setObjectName("UpcomingDays")
        self.day_list.setAccessibleName(tr("Days ahead"))
        self.day_list.setModel(self.day_model)
        self.day_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.day_list.setSpacing(2)
        widest = tr("{touches}: {load}").format(touches=touches_words(99),
                                                load=load_words(9, 9, 9))
        self.day_list.setFixedWidth(self.fontMetrics().horizontalAdvance(widest) + 24)
        self.day_list.selectionModel().currentRowChanged.connect(
            lambda _c, _p: self._show_selected_day())
        row.addWidget(self.day_list)

        self.model = QueueTableModel(self._rows_shown, ctx.now, lambda: ctx.rep_timezone, self)
        view = QTableView(self)
        view.setObjectName("UpcomingView")
        view.setAccessibleName(tr("Touches on the chosen day"))
        view.setModel(self.model)
        widths = (128, 150, 118, 140, 70, 140, 0, 60)
        configure_queue_table(view, widths)
        if self.model.columnCount() > len(widths):  # the phone: T dials it here too
            view.hideColumn(len(widths))
        self.view = view
        row.addWidget(view, 1)
        layout.addLayout(row, 1)

    # -- data ------------------------------------------------------------------------------

    def _rows_shown(self) -> list[QueueRow]:
        index = self.day_list.currentIndex()
        load = self.day_model.row_at(index.row()) if index.isValid() else None
        if load is not None:
            return list(load.rows)
        return [r for d in self._loads for r in d.rows]

    def refresh(self) -> None:
        self.loaded = True
        now = self.ctx.now()
        from desktop_app.scheduling.days import rep_today

        today = rep_today(now, self.ctx.rep_timezone)
        self._loads = upcoming_days(self.ctx, DAYS_AHEAD, today)
        current = self.day_list.currentIndex()
        chosen_day = None
        if current.isValid() and (load := self.day_model.row_at(current.row())) is not None:
            chosen_day = load.day
        selected = self.selected_touch()
        self.day_model.today = today
        self.day_model.set_rows([None, *self._loads])
        row = next((i for i, d in enumerate(self.day_model.rows())
                    if d is not None and d.day == chosen_day), 0)
        self.day_list.selectionModel().setCurrentIndex(
            self.day_model.index(row, 0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        self._show_selected_day(selected.id if selected else None)
        last = self._loads[-1].day
        self.heading.setText(tr("Upcoming: {first} to {last}").format(
            first=ui_date(self._loads[0].day, weekday=True), last=ui_date(last, weekday=True)))
        total = sum(len(d.rows) for d in self._loads)
        self.summary.setText(
            tr("{touches} planned in the next %n days.", None, DAYS_AHEAD).format(
                touches=touches_words(total)) + " "
            + tr("The same keys work here: D done, S snooze, R reschedule, K skip, E send, "
                 "C call, T dial, O open."))

    def _show_selected_day(self, keep: int | None = None) -> None:
        row = self.view.currentIndex().row()
        if keep is None:
            selected = self.selected_touch()
            keep = selected.id if selected else None
        self.model.refresh()
        if (keep is None or not self.select_touch(keep)) and self.model.rowCount():
            # the touch left these days (done, moved): stay where it was in the list
            self.select_touch(self.model.rows()[min(max(row, 0),
                                                    self.model.rowCount() - 1)].id)

    def selected_touch(self) -> QueueRow | None:
        rows = self.view.selectionModel().selectedRows()
        index = rows[0] if rows else self.view.currentIndex()
        return self.model.row_at(index.row()) if index.isValid() else None

    def select_touch(self, touch_id: int) -> bool:
        row = self.model.row_of_touch(touch_id)
        if row is None:
            return False
        index = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.view.scrollTo(index)
        return True

    def day_loads(self) -> list[DayLoad]:
        return list(self._loads)


__all__ = ["DayListModel", "UpcomingPanel", "day_title"]
