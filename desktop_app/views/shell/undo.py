"""Undo in the window: a QUndoStack of the services' undoable changes, and the undo offer."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, TypeVar

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QToolButton, QWidget

from desktop_app.domain.i18n import tr
from desktop_app.services import AppContext
from desktop_app.views.common.colours import themed, toast_css

if TYPE_CHECKING:  # services.undo loads with the first action, not before the first paint
    from desktop_app.services.undo import PlanRows, UndoableChange

T = TypeVar("T")
OFFER_MS = 12_000


class _ChangeCommand(QUndoCommand):
    """One action on the stack. The database work happens in UndoHistory before the stack
    moves, so a refused undo leaves both the book and the stack as they were."""

    def __init__(self, change: UndoableChange) -> None:
        super().__init__(change.label)
        self.change = change

    def redo(self) -> None:  # runs on push too, when the action has already been made
        pass

    def undo(self) -> None:
        pass


class UndoHistory(QObject):
    """The window's undo history. ``run`` performs a service call as an undoable action."""

    done = Signal(str)  # the label of an action just performed (for the undo offer)
    refused = Signal(str)  # why an undo or redo could not be made
    undone = Signal(str)  # a message: what was undone or redone

    def __init__(self, ctx: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("undoHistory")
        self.ctx = ctx
        self.stack = QUndoStack(self)
        self.stack.setUndoLimit(50)
        self.undo_action = QAction(tr("&Undo"), self)
        self.undo_action.setObjectName("undoAction")
        self.undo_action.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        self.undo_action.triggered.connect(lambda _c=False: self.undo())
        self.redo_action = QAction(tr("&Redo"), self)
        self.redo_action.setObjectName("redoAction")
        self.redo_action.setShortcuts(QKeySequence.keyBindings(QKeySequence.StandardKey.Redo))
        self.redo_action.triggered.connect(lambda _c=False: self.redo())
        self.stack.indexChanged.connect(self._update_actions)
        self.destroyed.connect(self.stack.indexChanged.disconnect)
        self._update_actions()

    def run(self, label: str, prospect_id: int, action: Callable[[], T],
            before: PlanRows | None = None) -> T:
        """Call ``action`` (a service); what it changed goes on the stack as ``label``.
        Errors from the service pass through and nothing is pushed. ``before``: see
        ``services.undo.perform``."""
        from desktop_app.services.undo import perform

        change, result = perform(self.ctx, label, prospect_id, action, before)
        if not change.empty:
            self.stack.push(_ChangeCommand(change))  # redo() of a fresh command does nothing
            self.done.emit(label)
        return result

    def undo_text(self) -> str:
        return self.stack.undoText()

    def undo(self) -> bool:
        if not self.stack.canUndo():
            return False
        command = self.stack.command(self.stack.index() - 1)
        assert isinstance(command, _ChangeCommand)
        from desktop_app.services.undo import undo_change

        return self._move(command.change, undo_change, self.stack.undo,
                          tr("Undone: {action}").format(action=command.change.label))

    def redo(self) -> bool:
        if not self.stack.canRedo():
            return False
        command = self.stack.command(self.stack.index())
        assert isinstance(command, _ChangeCommand)
        from desktop_app.services.undo import redo_change

        return self._move(command.change, redo_change, self.stack.redo,
                          tr("Redone: {action}").format(action=command.change.label))

    def clear(self) -> None:
        self.stack.clear()

    def _move(self, change: UndoableChange, apply: Callable[[AppContext, UndoableChange], None],
              step: Callable[[], None], message: str) -> bool:
        from desktop_app.services.undo import UndoConflict

        try:
            apply(self.ctx, change)
        except UndoConflict as exc:
            # Older actions on the stack were made on top of this one: drop them all.
            self.stack.clear()
            self.refused.emit(str(exc))
            return False
        step()
        self.undone.emit(message)
        return True

    def _update_actions(self, *_args: object) -> None:
        can_undo, can_redo = self.stack.canUndo(), self.stack.canRedo()
        self.undo_action.setEnabled(can_undo)
        self.undo_action.setText(tr("&Undo {action}").format(action=self.stack.undoText())
                                 if can_undo else tr("&Undo"))
        self.redo_action.setEnabled(can_redo)
        self.redo_action.setText(tr("&Redo {action}").format(action=self.stack.redoText())
                                 if can_redo else tr("&Redo"))


class UndoOffer(QFrame):
    """A brief bar at the foot of a window: what was just done, and an Undo button."""

    def __init__(self, history: UndoHistory, host: QWidget) -> None:
        super().__init__(host)
        self.setObjectName("undoOffer")
        self.history = history
        self.host = host
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._styled = False  # its style sheet waits for the first offer (see offer)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 6, 6, 6)
        self.label = QLabel(self)
        self.label.setObjectName("undoOfferText")
        self.button = QPushButton(tr("Undo (Ctrl+Z)"), self)
        self.button.setObjectName("undoOfferButton")
        self.button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.button.clicked.connect(self._undo)
        close = QToolButton(self)
        close.setText("✕")
        close.setToolTip(tr("Dismiss"))
        close.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        close.clicked.connect(self.hide)
        layout.addWidget(self.label, 1)
        layout.addWidget(self.button)
        layout.addWidget(close)
        self.timer = QTimer(self)
        self.timer.setObjectName("undoOfferTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(OFFER_MS)
        self.timer.timeout.connect(self.hide)
        history.done.connect(self.offer)
        history.undone.connect(lambda _m: self.hide())
        history.refused.connect(lambda _m: self.hide())
        host.installEventFilter(self)
        self.hide()

    def offer(self, label: str) -> None:
        if not self._styled:  # not at start: a style sheet is a style to build before a paint
            themed(self, lambda: toast_css("undoOffer"))
            self._styled = True
        self.label.setText(label)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        self.timer.start()

    def _undo(self) -> None:
        self.hide()
        self.history.undo()

    def _place(self) -> None:
        hint = self.sizeHint()
        width = min(max(hint.width(), 360), max(200, self.host.width() - 40))
        bottom = self.host.height() - 36
        self.setGeometry((self.host.width() - width) // 2, bottom - hint.height(), width,
                         hint.height())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if obj is self.host and event.type() == QEvent.Type.Resize and self.isVisible():
            self._place()
        return False
