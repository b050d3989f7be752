"""The prospect list (search results) as a table model."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from ..store.store import ProspectRow

Index = QModelIndex | QPersistentModelIndex

COLUMNS = ("Name", "Company", "Email", "Phone", "Time zone")


class ProspectTableModel(QAbstractTableModel):
    def __init__(self, search: Callable[[str], Sequence[ProspectRow]], parent=None) -> None:
        super().__init__(parent)
        self._search = search
        self._text = ""
        self._rows: list[ProspectRow] = []

    def set_filter(self, text: str) -> None:
        self._text = text
        self.refresh()

    def refresh(self) -> None:
        rows = list(self._search(self._text))
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def row_at(self, row: int) -> ProspectRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole):
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return COLUMNS[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.name, row.company, row.email, row.phone,
                    row.timezone.replace("_", " "))[index.column()]
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None
