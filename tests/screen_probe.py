"""Run as ``python -m tests.screen_probe DB``: opens every window on the screen Qt was given
(QT_QPA_PLATFORM=offscreen:configfile=…, QT_SCALE_FACTOR…) and prints, as JSON, what each
needs and where it sits. The window-size tests read it for several screens."""

from __future__ import annotations

import json
import sys
from datetime import UTC, datetime

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

LEAVES = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit, QTextEdit,
          QAbstractItemView, QLabel)


class _Bot:
    """Just enough of pytest-qt's qtbot for open_windows outside pytest."""

    def addWidget(self, widget: QWidget) -> None:
        pass

    def waitExposed(self, widget: QWidget) -> None:
        QApplication.processEvents()

    def wait(self, ms: int) -> None:
        QApplication.processEvents()


def _leaves(window: QWidget) -> list[tuple[QWidget, QRect]]:
    found = []
    for widget in window.findChildren(QWidget):
        if not isinstance(widget, LEAVES) or not widget.isVisibleTo(window):
            continue
        if isinstance(widget, QLabel) and not widget.text().strip():
            continue
        if any(isinstance(p, LEAVES) for p in _parents(widget, window)):
            continue  # a part of a composite control (a spin box's edit, a table's header)
        rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
        found.append((widget, rect))
    return found


def _parents(widget: QWidget, stop: QWidget):
    parent = widget.parentWidget()
    while parent is not None and parent is not stop:
        yield parent
        parent = parent.parentWidget()


def _visible_rect(widget: QWidget, window: QWidget) -> QRect:
    """The part of a widget not scrolled away inside a scroll area."""
    rect = QRect(widget.mapTo(window, widget.rect().topLeft()), widget.size())
    for parent in _parents(widget, window):
        clip = QRect(parent.mapTo(window, parent.rect().topLeft()), parent.size())
        rect = rect.intersected(clip)
    return rect


def _name(widget: QWidget) -> str:
    text = widget.text() if hasattr(widget, "text") and callable(widget.text) else ""
    return f"{type(widget).__name__}({widget.objectName() or text[:30]!r})"


def overlaps(window: QWidget) -> list[str]:
    leaves = [(w, _visible_rect(w, window)) for w, _r in _leaves(window)]
    out = []
    for i, (a, ra) in enumerate(leaves):
        for b, rb in leaves[i + 1:]:
            inter = ra.intersected(rb)
            if inter.width() > 2 and inter.height() > 2:
                out.append(f"{_name(a)} × {_name(b)}")
    return out


def main(db: str) -> None:
    from desktop_app.composition import build_window
    from desktop_app.scheduling.clock import MovableClock
    from desktop_app.services import AppContext
    from desktop_app.store import Store
    from tests.desktop_helpers import open_windows, sample_book

    app = QApplication.instance() or QApplication(sys.argv[:1])
    ctx = AppContext(Store.open(db), MovableClock(datetime(2026, 11, 23, 9, 0, tzinfo=UTC)))
    ctx.set_rep_timezone("Europe/London")
    ids = sample_book(ctx)
    window = build_window(ctx)
    window.show()
    app.processEvents()
    screen = app.primaryScreen().availableGeometry()
    result = {"screen": [screen.width(), screen.height()], "windows": {}}
    for name, shown in open_windows(_Bot(), ctx, window, ids):
        app.processEvents()
        frame = shown.frameGeometry()
        hint = shown.minimumSizeHint()
        result["windows"][name] = {
            "size": [shown.width(), shown.height()],
            "frame": [frame.x(), frame.y(), frame.width(), frame.height()],
            "minimum": [max(hint.width(), shown.minimumWidth()),
                        max(hint.height(), shown.minimumHeight())],
            "overlaps": overlaps(shown),
        }
    print(json.dumps(result))
    window.rollover.stop()


if __name__ == "__main__":
    main(sys.argv[1])
