"""A second start-up reference: the least a queue window can be, with no app behind it.

A main window with a menu, a toolbar, tabs and a table of 432 rows × 8 columns from a
Python model (no database, no time zones, no app modules). Prints
``painted_at=<time.time()>`` after the table's first paint and quits, like
``empty_window.py``. bench_app.py reports its ratio to the empty window beside the app's,
to show how much of the 1.5× budget Qt's own widgets already take.
"""

from __future__ import annotations

import sys

from empty_window import QuitAfterPaint  # the same paint watcher, so both are timed alike
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QMainWindow, QTableView, QTabWidget

ROWS, COLUMNS = 432, 8


class _Model(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.cells = [[f"row {r} column {c}" for c in range(COLUMNS)] for r in range(ROWS)]

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else ROWS

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else COLUMNS

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole:
            return self.cells[index.row()][index.column()]
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return f"Column {section}"
        return None


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Table window")
    tabs = QTabWidget(window)
    window.setCentralWidget(tabs)
    window.menuBar().addMenu("&File")
    window.addToolBar("Touch").addAction("Done")
    view = QTableView(tabs)
    view.setModel(_Model())
    tabs.addTab(view, "Today")
    window.resize(1240, 700)
    view.viewport().installEventFilter(QuitAfterPaint(window))
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
