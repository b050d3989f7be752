"""The trash: prospects moved out of the book, and a way to bring them back."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.i18n import QT_TR_NOOP, tr
from desktop_app.domain.localtime import utc_to_local
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.profile import list_trash, restore_prospect
from desktop_app.store.profile_queries import TrashedProspect
from desktop_app.views.common.qt_dates import ui_datetime
from desktop_app.views.common.refusal import FieldError
from desktop_app.views.common.table_model import RowTableModel, configure_list_table


class TrashTableModel(RowTableModel[TrashedProspect]):
    COLUMNS = (QT_TR_NOOP("Prospect"), QT_TR_NOOP("Company"), QT_TR_NOOP("Email"),
               QT_TR_NOOP("Moved to trash"), QT_TR_NOOP("Touches held"))

    def __init__(self, loader: Callable[[], Sequence[TrashedProspect]],
                 rep_tz: Callable[[], str], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._loader = loader
        self._rep_tz = rep_tz

    def refresh(self) -> None:
        self.set_rows(self._loader())

    def cell(self, row: int, column: int, role: int) -> Any:
        item = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 3:
                when = utc_to_local(item.deleted_utc, self._rep_tz())
                return ui_datetime(when, weekday=False, year=True)
            if column == 4:
                held = item.held_touches
                return tr("%n pending", None, held) if held else tr("none")
            return (item.name, item.company, item.email)[column]
        if role == Qt.ItemDataRole.UserRole:
            return item.id
        return None


class TrashDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setObjectName("TrashDialog")
        self.setWindowTitle(tr("Trash · Tickler"))
        self.model = TrashTableModel(lambda: list_trash(ctx), lambda: ctx.rep_timezone, self)
        intro = QLabel(tr("Prospects in the trash are out of the queue, search and reports. "
                          "Restoring one brings back the touches that were pending when it "
                          "was moved here."), self)
        intro.setWordWrap(True)
        self.view = QTableView(self)
        self.view.setObjectName("TrashView")
        self.view.setAccessibleName(tr("Prospects in the trash"))
        self.view.setModel(self.model)
        configure_list_table(self.view)
        self.view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.empty = QLabel(tr("The trash is empty."), self)
        self.empty.setObjectName("TrashEmpty")
        self.message = FieldError(self, name="TrashMessage")
        self.restore_button = QPushButton(tr("Restore"), self)
        self.restore_button.setObjectName("restoreButton")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.restore_button.clicked.connect(self.restore_selected)
        self.view.doubleClicked.connect(lambda _index: self.restore_selected())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(760, 420)
        self.refresh()

    def refresh(self) -> None:
        self.model.refresh()
        has_rows = self.model.rowCount() > 0
        self.empty.setVisible(not has_rows)
        self.view.setVisible(has_rows)
        if has_rows:
            self.view.selectRow(0)
        self.restore_button.setEnabled(has_rows)

    def restore_selected(self) -> int | None:
        rows = self.view.selectionModel().selectedRows()
        item = self.model.row_at(rows[0].row()) if rows else None
        if item is None:
            return None
        try:
            restored = restore_prospect(self.ctx, item.id)
        except ValidationError as exc:
            self.message.refuse(str(exc))
            return None
        self.message.say(
            tr("Restored {name} with %n touch(es).", None, restored).format(name=item.name),
            None)
        self.refresh()
        return item.id
