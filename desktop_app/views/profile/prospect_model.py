"""The prospect list (search results) as a table model."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QObject, Qt

from desktop_app.domain.i18n import QT_TR_NOOP
from desktop_app.store.store import ProspectRow
from desktop_app.views.common.table_model import RowTableModel


class ProspectTableModel(RowTableModel[ProspectRow]):
    COLUMNS = (QT_TR_NOOP("Name"), QT_TR_NOOP("Company"), QT_TR_NOOP("Email"),
               QT_TR_NOOP("Phone"), QT_TR_NOOP("Time zone"))

    def __init__(self, search: Callable[[str], Sequence[ProspectRow]],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._text = ""

    def set_filter(self, text: str) -> None:
        self._text = text
        self.refresh()

    def refresh(self) -> None:
        self.set_rows(self._search(self._text))

    def cell(self, row: int, column: int, role: int) -> Any:
        prospect = self._rows[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return (prospect.name, prospect.company, prospect.email, prospect.phone,
                    prospect.timezone.replace("_", " "))[column]
        if role == Qt.ItemDataRole.UserRole:
            return prospect.id
        return None
