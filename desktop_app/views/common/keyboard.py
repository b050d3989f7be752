"""Tab moves between fields everywhere: tables and plain text fields let it go.

Qt's tables move Tab from cell to cell (399 of 400 presses stayed in Today) and its text
fields type a tab character (into the signature that ends every email). Both are set right
here once for every window: when a table or text field first gets the focus, and for a
whole window with ``apply_keyboard_rules``. The one field that keeps typing tabs sets the
``tabTypes`` property (the template body, where a rep may line text up); there Ctrl+Tab and
Ctrl+Shift+Tab move on, as in a browser's text area.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

TAB_TYPES = "tabTypes"
_installed = False


class _CtrlTabLeaves(QObject):
    """Ctrl+Tab / Ctrl+Shift+Tab leave a field where Tab types a tab."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier
                and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
                and isinstance(obj, QWidget)):
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            QWidget.focusNextPrevChild(obj, forward)
            return True
        return False


def let_tab_move_on(widget: QWidget | None) -> None:
    if isinstance(widget, QAbstractItemView):
        widget.setTabKeyNavigation(False)
    elif isinstance(widget, QPlainTextEdit | QTextEdit):
        if not widget.property(TAB_TYPES):
            widget.setTabChangesFocus(True)
        elif widget.findChild(_CtrlTabLeaves) is None:
            widget.installEventFilter(_CtrlTabLeaves(widget))


def apply_keyboard_rules(root: QWidget) -> None:
    """Every table and text field under ``root`` (and ``root`` itself)."""
    let_tab_move_on(root)
    # one walk of the tree: tables and both text fields are all scroll areas
    for widget in root.findChildren(QAbstractScrollArea):
        let_tab_move_on(widget)


def install_keyboard_rules(app: QApplication) -> None:
    """Apply the rules to whatever takes the focus, in any window, from now on."""
    global _installed
    if _installed:
        return
    _installed = True
    app.focusChanged.connect(lambda _old, now: let_tab_move_on(now))
