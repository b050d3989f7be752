"""The baseline for the start-up benchmark: an empty PySide6 main window.

Shows a QMainWindow, prints ``painted_at=<time.time()>`` right after its first paint and
quits, the way ``python -m desktop_app --quit-after-paint`` does for the queue.
"""

from __future__ import annotations

import sys
import time

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QWidget


class QuitAfterPaint(QObject):
    """Prints ``painted_at=`` and quits right after the watched widget first paints."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, _painted)
        return False


def _painted() -> None:
    # CPU time too: on a shared machine it moves far less with the other jobs than wall time
    print(f"painted_at={time.time():.6f}\npainted_cpu={time.process_time():.6f}", flush=True)
    QApplication.quit()


def main() -> int:
    app = QApplication(sys.argv)
    window = QMainWindow()
    window.setWindowTitle("Empty window")
    central = QWidget(window)
    window.setCentralWidget(central)
    window.resize(1100, 700)
    watcher = QuitAfterPaint(window)
    central.installEventFilter(watcher)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
