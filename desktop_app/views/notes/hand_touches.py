"""The touches a rep does by hand, wired into the main window: notes to write today (P on
the queue, Ctrl+P), dialling a number (T, or a click on the queue's Phone column) and the
LinkedIn step (L)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence, QMouseEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from desktop_app.domain.contact import linkedin_target
from desktop_app.domain.i18n import tr
from desktop_app.domain.model import Channel
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.touches import complete_touch, start_call
from desktop_app.store.store import QueueRow
from desktop_app.views.calls.dialer import HandOff, dial, open_web
from desktop_app.views.queue.queue_model import COL_PHONE

if TYPE_CHECKING:
    from desktop_app.views.notes.notes_dialog import NotesDialog
    from desktop_app.views.shell.main_window import MainWindow

LINKEDIN_STEP = "linkedin"


class HandTouches(QObject):
    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("HandTouches")
        self.window = window
        self.ctx = ctx
        self.notes_dialog: NotesDialog | None = None

        self.notes_action = self._queue_action(
            tr("&Notes to write today…"), "P", self.open_notes,
            tr("Today's handwritten notes: addresses, envelopes and cards printed, marked "
               "posted"))
        self.notes_menu_action = QAction(tr("&Notes to write today…"), window)
        self.notes_menu_action.setShortcut(QKeySequence("Ctrl+P"))
        self.notes_menu_action.setStatusTip(self.notes_action.statusTip())
        self.notes_menu_action.triggered.connect(lambda _c=False: self.open_notes())
        file_menu = window.menus["file"]
        if len(file_menu.actions()) > 1:
            file_menu.insertAction(file_menu.actions()[1], self.notes_menu_action)
        else:
            file_menu.addAction(self.notes_menu_action)
        window.addAction(self.notes_menu_action)
        self.dial_action = self._queue_action(
            tr("D&ial number"), "T", self.dial_selected,
            tr("Call the prospect's number with your phone app (a tel: link)"))
        self.linkedin_action = self._queue_action(
            tr("Open &LinkedIn"), "L", self.open_linkedin,
            tr("Open their LinkedIn page (or a search for them), then mark the step done"))
        for action in (self.dial_action, self.linkedin_action):  # menus only: the toolbar
            window.toolbar.removeAction(action)                   # keeps the daily verbs
        window.queue_view.clicked.connect(self._queue_clicked)
        window.queue_view.viewport().setMouseTracking(True)
        window.queue_view.viewport().installEventFilter(self)

    def start(self) -> None:
        """Nothing runs in the background."""

    def stop(self) -> None:
        """Nothing to stop."""

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """A pointing hand over a number in the queue, as over any link."""
        if event.type() == QEvent.Type.MouseMove and isinstance(event, QMouseEvent) \
                and isinstance(obj, QWidget):
            index = self.window.queue_view.indexAt(event.position().toPoint())
            link = index.isValid() and index.column() == COL_PHONE and bool(index.data())
            if link:
                obj.setCursor(Qt.CursorShape.PointingHandCursor)
            else:
                obj.unsetCursor()
        return False

    def _queue_action(self, text: str, key: str, slot: Callable[[], object],
                      tip: str) -> QAction:
        action = QAction(text, self.window)
        action.setShortcut(QKeySequence(key))
        action.setStatusTip(tip)
        action.setToolTip(f"{tip} ({key})")
        action.triggered.connect(lambda _c=False: slot())
        self.window.queue_view.addAction(action)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.window.add_touch_action(action)
        return action

    # -- notes -------------------------------------------------------------------------------

    def open_notes(self) -> NotesDialog:
        from desktop_app.views.notes.notes_dialog import NotesDialog

        if self.notes_dialog is None:
            dialog = NotesDialog(self.ctx, self.window.changes, self.window)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
            dialog.status_message.connect(self.window.show_message)
            dialog.destroyed.connect(lambda _o=None: setattr(self, "notes_dialog", None))
            self.notes_dialog = dialog
        touch = self.window.selected_touch()
        if touch is not None and touch.channel is Channel.POST:
            self.notes_dialog.select_note(touch.id)
        self.notes_dialog.show()
        from desktop_app.views.tray.reminders import bring_forward

        bring_forward(self.notes_dialog)
        return self.notes_dialog

    # -- dialling ----------------------------------------------------------------------------

    def _queue_clicked(self, index: QModelIndex) -> None:
        if index.isValid() and index.column() == COL_PHONE:
            row = self.window.queue_model.row_at(index.row())
            if row is not None and row.phone:
                self.dial_touch(row)

    def dial_selected(self) -> HandOff | None:
        touch = self.window.selected_touch()
        if touch is None:
            return None
        return self.dial_touch(touch)

    def dial_touch(self, touch: QueueRow) -> HandOff | None:
        """Dial the touch's prospect. On a call touch the moment is kept (its minutes late
        are taken now) and the call panel opens, ready for the outcome."""
        if not touch.phone:
            self.window.show_message(tr("No phone number for {name}: add one in their "
                                        "profile (O).").format(name=touch.prospect), "warning")
            return None
        if touch.channel is Channel.CALL:
            try:
                start_call(self.ctx, touch.id)
            except ValidationError as exc:
                self.window.show_message(str(exc), "warning")
        result = dial(touch.phone, touch.timezone)
        self.window.show_message(result.message, "info" if result.dialled else "warning")
        if touch.channel is Channel.CALL and result.outcome != "unreadable":
            self.window.call_panel_requested.emit(touch.id)
        return result

    # -- LinkedIn ----------------------------------------------------------------------------

    def open_linkedin(self, confirm: Callable[[str], bool] | None = None) -> bool | None:
        """Open the prospect's LinkedIn page, or a people search for name and company; the
        step is marked done once the rep says they connected. ``confirm`` (for tests)
        answers that question instead of a message box. Returns whether it was marked."""
        touch = self.window.selected_touch()
        if touch is None:
            return None
        prospect = self.ctx.store.get_prospect(touch.prospect_id)
        name = f"{prospect.first_name} {prospect.last_name}".strip() if prospect else ""
        url, own = linkedin_target(prospect.linkedin if prospect else "", name,
                                   prospect.company if prospect else "")
        if not open_web(url):
            from PySide6.QtGui import QGuiApplication

            QGuiApplication.clipboard().setText(url)
            self.window.show_message(tr("No web browser answered; the LinkedIn link is "
                                        "copied: paste it into your browser."), "warning")
        elif not own:
            self.window.show_message(tr("No LinkedIn page on file for {name}: searching "
                                        "LinkedIn for them.").format(name=touch.prospect))
        step = self.ctx.store.get_touch(touch.id)
        if touch.channel is not Channel.SOCIAL or step is None or step.step_key != LINKEDIN_STEP:
            return False
        question = tr("Did you connect with {name} on LinkedIn?").format(name=touch.prospect)
        if confirm is None:
            box = QMessageBox(QMessageBox.Icon.Question, tr("LinkedIn"), question,
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                              self.window)
            box.setObjectName("linkedinConfirm")
            box.setInformativeText(tr("Yes marks the step done. No leaves it on today's queue."))
            answer = box.exec() == QMessageBox.StandardButton.Yes
        else:
            answer = bool(confirm(question))
        if not answer:
            return False
        try:
            complete_touch(self.ctx, touch.id, "Connected on LinkedIn")
        except ValidationError as exc:
            self.window.show_message(str(exc), "warning")
            return False
        self.window.show_message(tr("Done: connected with {name} on LinkedIn.").format(
            name=touch.prospect))
        return True

