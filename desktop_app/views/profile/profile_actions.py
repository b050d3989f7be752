"""Wires the prospect profile into the main window: editor, Gaps tab, trash, Ctrl+E."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.domain.i18n import tr
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.context import PROFILE, PROSPECTS, SETTINGS, STALLS, TOUCHES
from desktop_app.services.profile import (
    event_touch_days_before,
    prospects_with_gaps,
    set_event_touch_days_before,
    trash_prospect,
)
from desktop_app.views.profile.gaps_view import GapsPanel, GapsTableModel
from desktop_app.views.profile.profile_editor import ProfileEditorDialog
from desktop_app.views.profile.trash_dialog import TrashDialog

if TYPE_CHECKING:
    from desktop_app.store.store import ProspectRow
    from desktop_app.views.shell.main_window import MainWindow

GAPS_TOPICS = frozenset({PROFILE, PROSPECTS, STALLS, TOUCHES, SETTINGS})


class ProfileFeatures(QObject):
    """Owns the open profile editors (one per prospect), the Gaps tab and the actions."""

    def __init__(self, window: MainWindow, ctx: AppContext) -> None:
        super().__init__(window)
        self.setObjectName("ProfileFeatures")
        self.window = window
        self.ctx = ctx
        self.editors: dict[int | None, ProfileEditorDialog] = {}

        self.gaps_model = GapsTableModel(lambda: prospects_with_gaps(self.ctx), self.ctx.now,
                                         lambda: self.ctx.rep_timezone, self)
        self.gaps_panel = GapsPanel(self.gaps_model, window)
        self.gaps_panel.prospect_activated.connect(self.open_editor)
        self.gaps_tab_index = window.add_tab(self.gaps_panel, tr("Gaps"), "Ctrl+3",
                                             selected_prospect=self.gaps_panel.selected_prospect)
        # Return on a search result opens it, as on the queue
        window.prospect_view.activated.connect(
            lambda index: self._open_row(window.prospect_model.row_at(index.row())))
        self._gaps_stale = True
        window.changes.changed.connect(self._on_changed)
        window.tabs.currentChanged.connect(lambda _index: self._refresh_gaps_if_shown())

        menu = window.menus["prospect"]
        menu.addSeparator()
        self.edit_action = self._action(tr("&Edit prospect…"), "Ctrl+E", self.edit_selected,
                                        tr("Open the selected prospect's profile"))
        self.new_action = self._action(tr("&New prospect…"), None,
                                       lambda: self.open_editor(None),
                                       tr("Add a prospect to the book"))
        self.trash_action = self._action(tr("Move to &trash…"), None, self.trash_selected,
                                         tr("Move the selected prospect to the trash"))
        menu.addSeparator()
        self.show_trash_action = self._action(tr("T&rash…"), None, self.show_trash,
                                              tr("Prospects in the trash; restore them from "
                                                 "here"))
        self.lead_time_action = QAction(tr("&Value-touch lead time…"), window)
        self.lead_time_action.triggered.connect(lambda _c=False: self.choose_lead_time())
        window.menus["tools"].addAction(self.lead_time_action)

    def start(self) -> None:
        """Nothing runs in the background: the editors open when asked."""

    def stop(self) -> None:
        """Nothing to stop."""

    def _action(self, text: str, shortcut: str | None, slot: Callable[[], object],
                tip: str) -> QAction:
        return self.window.add_action(text, shortcut, slot, menu="prospect", tip=tip,
                                      context=Qt.ShortcutContext.WindowShortcut)

    # -- the editor -----------------------------------------------------------------------

    def open_editor(self, prospect_id: int | None) -> ProfileEditorDialog:
        """Show the prospect's page, raising it if it is already open."""
        editor = self.editors.get(prospect_id) if prospect_id is not None else None
        if editor is not None:
            editor.show()
            editor.raise_()
            editor.activateWindow()
            return editor
        editor = ProfileEditorDialog(self.ctx, prospect_id, self.window.changes, self.window)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        key = prospect_id if prospect_id is not None else -id(editor)
        self.editors[key] = editor
        editor.finished.connect(lambda _result, k=key: self.editors.pop(k, None))
        editor.saved.connect(self._on_saved)
        editor.trashed.connect(self._on_trashed)
        editor.show()
        editor.raise_()
        editor.activateWindow()
        return editor

    def _open_row(self, row: ProspectRow | None) -> None:
        if row is not None:
            self.open_editor(row.id)

    def selected_prospect(self) -> int | None:
        """The prospect selected in the tab on show: queue, prospect list or gaps."""
        window = self.window
        current = window.tabs.currentIndex()
        if current == window.prospects_tab_index:
            index = window.prospect_view.currentIndex()
            rows = window.prospect_view.selectionModel().selectedRows()
            index = rows[0] if rows else index
            row = window.prospect_model.row_at(index.row()) if index.isValid() else None
            return row.id if row else None
        if current == self.gaps_tab_index:
            return self.gaps_panel.selected_prospect()
        touch = window.selected_touch()
        return touch.prospect_id if touch else None

    def edit_selected(self) -> ProfileEditorDialog | None:
        prospect_id = self.selected_prospect()
        if prospect_id is None:
            self.window.show_message(tr("Select a prospect first (in Today, Prospects or Gaps)."))
            return None
        return self.open_editor(prospect_id)

    def _on_saved(self, prospect_id: int, notes: tuple[str, ...]) -> None:
        prospect = self.ctx.store.get_prospect(prospect_id)
        name = f"{prospect.first_name} {prospect.last_name}".strip() if prospect else ""
        who = name or (prospect.company if prospect else "")
        text = tr("Saved {name}.").format(name=who) if who else tr("Saved the prospect.")
        self.window.show_message(" ".join([text, *notes]))

    def _on_trashed(self, prospect_id: int) -> None:
        self.window.show_message(tr("Moved to the trash. Prospect ▸ Trash… restores it."))

    # -- trash ----------------------------------------------------------------------------

    def trash_selected(self) -> bool:
        prospect_id = self.selected_prospect()
        if prospect_id is None:
            self.window.show_message(tr("Select a prospect first."))
            return False
        prospect = self.ctx.store.get_prospect(prospect_id)
        name = f"{prospect.first_name} {prospect.last_name}".strip() if prospect else ""
        box = QMessageBox(QMessageBox.Icon.Warning, tr("Move to trash"),
                          tr("Move {name} to the trash?").format(name=name) if name
                          else tr("Move this prospect to the trash?"),
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self.window)
        box.setObjectName("trashPrompt")
        box.setInformativeText(tr("Their pending touches are cancelled; restoring brings them "
                                  "back."))
        if box.exec() != QMessageBox.StandardButton.Yes:
            return False
        try:
            cancelled = trash_prospect(self.ctx, prospect_id)
        except ValidationError as exc:
            self.window.show_message(str(exc), "warning")
            return False
        self.window.show_message(
            tr("Moved {name} to the trash (%n pending touch(es) held).", None, cancelled).format(
                name=name) if name
            else tr("Moved the prospect to the trash (%n pending touch(es) held).", None,
                    cancelled))
        return True

    def show_trash(self) -> TrashDialog:
        dialog = TrashDialog(self.ctx, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, True)
        dialog.show()
        return dialog

    # -- settings -------------------------------------------------------------------------

    def choose_lead_time(self) -> None:
        days, ok = QInputDialog.getInt(
            self.window, tr("Value-touch lead time"),
            tr("Send a value touch this many days before a dated compelling event:"),
            event_touch_days_before(self.ctx), 0, 365)
        if not ok:
            return
        try:
            moved = set_event_touch_days_before(self.ctx, days)
        except ValidationError as exc:
            self.window.show_message(str(exc), "warning")
            return
        self.window.show_message(tr("Value touches now %n day(s) before each event ({moved} "
                                    "moved).", None, days).format(moved=moved))

    # -- gaps tab -------------------------------------------------------------------------

    def refresh_gaps(self) -> None:
        selected = self.gaps_panel.selected_prospect()
        self.gaps_model.refresh()
        self._gaps_stale = False
        row = self.gaps_model.row_of_prospect(selected) if selected is not None else None
        if row is not None:
            self.gaps_panel.view.selectRow(row)
        elif self.gaps_model.rowCount():
            self.gaps_panel.view.selectRow(0)

    def _refresh_gaps_if_shown(self) -> None:
        """The list is only worked out while its tab is on show (it spans the whole book)."""
        if self._gaps_stale and self.window.tabs.currentWidget() is self.gaps_panel:
            self.refresh_gaps()

    def _on_changed(self, topics: object) -> None:
        if isinstance(topics, frozenset | set) and topics & GAPS_TOPICS:
            self._gaps_stale = True
            self._refresh_gaps_if_shown()

