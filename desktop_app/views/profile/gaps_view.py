"""The Gaps tab: prospects with a callback coming and open gaps, soonest first."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from desktop_app.domain.gaps import GAP_FIELDS
from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.services.profile import GapRow
from desktop_app.views.common.qt_dates import ui_datetime, ui_time, ui_weekday
from desktop_app.views.common.table_model import RowTableModel, configure_list_table


class GapsTableModel(RowTableModel[GapRow]):
    COLUMNS = (QT_TR_NOOP("Callback (you)"), QT_TR_NOOP("Their time"), QT_TR_NOOP("Prospect"),
               QT_TR_NOOP("Company"), QT_TR_NOOP("Known"), QT_TR_NOOP("Ask about"))
    COL_CALLBACK, COL_THEIRS, COL_PROSPECT, COL_COMPANY, COL_KNOWN, COL_ASK = range(6)

    def __init__(self, loader: Callable[[], Sequence[GapRow]], now: Callable[[], datetime],
                 rep_tz: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._now = now
        self._rep_tz = rep_tz

    def refresh(self) -> None:
        self.set_rows(self._loader())

    def row_of_prospect(self, prospect_id: int) -> int | None:
        for row, gap_row in enumerate(self._rows):
            if gap_row.prospect_id == prospect_id:
                return row
        return None

    def cell(self, row: int, column: int, role: int) -> Any:
        item = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == self.COL_CALLBACK:
                mine = utc_to_local(item.callback_utc, self._rep_tz())
                if item.callback_utc < self._now():
                    return tr("{when}  overdue").format(when=ui_datetime(mine))
                return ui_datetime(mine)
            if column == self.COL_THEIRS:
                theirs = utc_to_local(item.callback_utc, item.timezone)
                return (f"{ui_weekday(theirs)} {ui_time(theirs)} "
                        f"{item.timezone.rsplit('/', 1)[-1].replace('_', ' ')}")
            if column == self.COL_PROSPECT:
                return item.name
            if column == self.COL_COMPANY:
                return item.company
            if column == self.COL_KNOWN:
                total = len(GAP_FIELDS)
                return tr("{known} of {total}").format(known=total - len(item.gaps), total=total)
            if column == self.COL_ASK:
                if role == Qt.ItemDataRole.ToolTipRole:
                    return "\n".join(f"{tr(g.label)}: {tr(g.question)}" for g in item.gaps)
                return ", ".join(tr(g.label) for g in item.gaps)
        if role == Qt.ItemDataRole.UserRole:
            return item.prospect_id
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.COL_KNOWN:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None


class GapsPanel(QWidget):
    """The list, with a line saying what it is; double-click or Return opens the profile."""

    prospect_activated = Signal(int)

    def __init__(self, model: GapsTableModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("GapsPanel")
        self.model = model
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 8, 10, 6)
        self.summary = QLabel(self)
        self.summary.setObjectName("GapsSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.view = QTableView(self)
        self.view.setObjectName("GapsView")
        self.view.setAccessibleName(tr("Prospects with open gaps"))
        self.view.setModel(model)
        configure_list_table(self.view)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        for column, width in enumerate((150, 150, 170, 190, 70)):
            self.view.setColumnWidth(column, width)
        self.view.doubleClicked.connect(lambda _index: self.activate_selected())
        self.view.activated.connect(lambda _index: self.activate_selected())
        layout.addWidget(self.view, 1)
        model.modelReset.connect(self._update_summary)
        self._update_summary()

    def selected_prospect(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        index = rows[0] if rows else self.view.currentIndex()
        row = self.model.row_at(index.row()) if index.isValid() else None
        return row.prospect_id if row else None

    def activate_selected(self) -> None:
        prospect_id = self.selected_prospect()
        if prospect_id is not None:
            self.prospect_activated.emit(prospect_id)

    def _update_summary(self) -> None:
        count = self.model.rowCount()
        if count:
            self.summary.setText(
                tr("%n prospect(s) with a callback coming and something still unknown. Ask "
                   "about the gaps on the call; open a profile (Return) to fill them in.",
                   None, count))
        else:
            self.summary.setText(tr("No open gaps before the next callbacks. Well prepared."))
