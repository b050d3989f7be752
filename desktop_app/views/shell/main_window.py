"""The main window: today's queue first, the prospect book beside it."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QMetaMethod, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QPushButton,
    QTableView,
    QTabWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.builtin_words import builtin_words
from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import local_to_utc, utc_to_local
from desktop_app.domain.model import Channel
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.context import PROFILE, PROSPECTS, SETTINGS, STALLS, TOUCHES
from desktop_app.services.prospects import search_prospects
from desktop_app.services.queue import QueueCounts, email_went, queue_for_day
from desktop_app.store.store import QueueRow
from desktop_app.views.common.changes import QtChanges
from desktop_app.views.common.colours import Tone, set_palette_tone
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.qt_dates import ui_date, ui_time
from desktop_app.views.common.screens import fit_to_screen
from desktop_app.views.queue.queue_model import (
    QueueTableModel,
    configure_queue_table,
    counts_words,
    due_width,
)

if TYPE_CHECKING:  # built right after the queue's first paint (see build_hidden_parts)
    from desktop_app.views.profile.prospect_model import ProspectTableModel
    from desktop_app.views.queue.upcoming_view import UpcomingPanel
    from desktop_app.views.shell.undo import UndoHistory, UndoOffer


def touch_label(touch: QueueRow) -> str:
    """How an action on a touch is named in Undo: "Thank-you email to Maria Lopez"."""
    return tr("{touch} to {name}").format(touch=builtin_words(touch.title), name=touch.prospect)


QUEUE_TOPICS = frozenset({TOUCHES, PROSPECTS, PROFILE, SETTINGS, STALLS})


def _is_touch_key(action: QAction) -> bool:
    """A key alone or with Shift (D, Shift+S): such a touch key works in Upcoming too."""
    keys = action.shortcut()
    return keys.count() == 1 and keys[0].keyboardModifiers() in (  # type: ignore[index]
        Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)


def _new_action(text: str, parent: QObject) -> QAction:
    """``QAction(text, parent)``, made so that PySide6 need not weigh the (icon, text)
    constructor: that alone creates Qt's icon type and its enums (~1 ms) before the queue's
    first paint, and the window has no icons."""
    action = QAction(parent)
    action.setText(text)
    return action


class MainWindow(QMainWindow):
    """Today's touches and the prospect book; every change goes through a service."""

    # What the window asks of the features beyond the queue (the composition root connects
    # them): open a prospect's profile, the call panel of a call touch, send the selected
    # email touch. The window itself knows none of the features.
    prospect_requested = Signal(int)
    call_panel_requested = Signal(int)
    email_send_requested = Signal()
    counts_changed = Signal(object)  # QueueCounts, after every queue refresh

    def __init__(self, ctx: AppContext, changes: QtChanges, parent: QWidget | None = None,
                 *, lazy_prospects: bool = False):
        """``lazy_prospects``: paint the queue first. The hidden tabs (Upcoming, Prospects)
        get only their titles, and they and the undo history are built by
        ``build_hidden_parts()`` (the app calls it right after the queue's first paint) or
        by whatever needs them first (a tab's key, Ctrl+F, the first action); the prospect
        list stays empty until ``load_prospects()``, as it is off screen anyway."""
        super().__init__(parent)
        self._lazy_prospects = lazy_prospects
        self.ctx = ctx
        self.changes = changes
        self.setObjectName("MainWindow")
        self.setWindowTitle("Tickler")
        fit_to_screen(self, 1240, 700)
        self._touch_actions: list[QAction] = []
        self._action_channels: dict[QAction, frozenset[Channel]] = {}
        self._undo: UndoHistory | None = None
        self._undo_offer: UndoOffer | None = None
        self._upcoming: UpcomingPanel | None = None
        self._prospects_built = False
        # D on an email Tickler never sent: "done" (it went another way), "send" or "cancel"
        self.confirm_unsent_done: Callable[[QueueRow], str] = self._ask_unsent_done
        self.confirm_remove_sample: Callable[[int], bool] = self._ask_remove_sample
        self.counts = QueueCounts()
        self.tabs = QTabWidget(self)
        self.tabs.setAccessibleName(tr("Screens"))
        self.tabs.setDocumentMode(True)
        self.setCentralWidget(self.tabs)
        self.menus: dict[str, QMenu] = {}
        # a tab that lists prospects says which one is selected (see add_tab)
        self._tab_prospect: dict[QWidget, Callable[[], int | None]] = {}
        self.upcoming_tab_index = -1
        self._build_menus()
        self.toolbar = QToolBar(tr("Touch"), self)
        self.toolbar.setObjectName("TouchToolbar")
        self.toolbar.setMovable(False)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.addToolBar(self.toolbar)

        self._build_queue_tab()
        self._upcoming_page = QWidget(self)  # the tab's page; the panel goes in when built
        self._upcoming_page.setObjectName("UpcomingPage")
        self.upcoming_tab_index = self.add_tab(self._upcoming_page, tr("Upcoming"), "Ctrl+6")
        self.tabs.currentChanged.connect(self._on_tab_shown)
        self._prospects_page = QWidget(self)
        self._prospects_page.setObjectName("ProspectsPage")
        self.prospects_tab_index = self.add_tab(self._prospects_page, tr("Prospects"), "Ctrl+2")
        self._prospects_loaded = False
        self._build_actions()
        self.changes.changed.connect(self._on_changed)
        if not lazy_prospects:
            self.build_hidden_parts()
        self.refresh_queue()
        self.statusBar().showMessage(tr("Ready"), 3000)

    # -- construction ----------------------------------------------------------------------

    def _build_menus(self) -> None:
        bar = self.menuBar()
        for key, title in (("file", tr("&File")), ("edit", tr("&Edit")),
                           ("touch", tr("&Touch")), ("prospect", tr("&Prospect")),
                           ("tools", tr("T&ools")), ("help", tr("&Help"))):
            self.menus[key] = bar.addMenu(title)

    def _build_queue_tab(self) -> None:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 6)
        self.queue_heading = QLabel(page)
        self.queue_heading.setObjectName("QueueHeading")
        font = self.queue_heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.queue_heading.setFont(font)
        self.queue_summary = QLabel(page)
        self.queue_summary.setObjectName("QueueSummary")
        layout.addWidget(self.queue_heading)
        layout.addWidget(self.queue_summary)

        self.queue_model = QueueTableModel(
            lambda: queue_for_day(self.ctx), self.ctx.now, lambda: self.ctx.rep_timezone, self)
        view = QTableView(page)
        view.setObjectName("QueueView")
        view.setAccessibleName(tr("Today's touches"))
        view.setModel(self.queue_model)
        configure_queue_table(view, (due_width(view, overdue=True), 170, 128, 150, 76, 168,
                                     0, 64, 150))
        view.customContextMenuRequested.connect(self._queue_context_menu)
        view.doubleClicked.connect(lambda _index: self._open_selected_prospect())
        self.queue_view = view
        layout.addWidget(view, 1)

        self.queue_empty = QLabel(
            tr("Nothing due today. Log a stall (Ctrl+N) when a prospect says “call me later”."),
            page)
        self.queue_empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.queue_empty.setObjectName("QueueEmpty")
        # a palette and a margin, not a style sheet: a style sheet costs a style of its own
        # to build and polish before the queue's first paint
        set_palette_tone(self.queue_empty, Tone.MUTED)
        self.queue_empty.setMargin(24)
        layout.addWidget(self.queue_empty)
        self.add_tab(page, tr("Today"), "Ctrl+1")

    def build_hidden_parts(self) -> None:
        """The Upcoming and Prospects tabs' contents and the undo history: not needed for
        the queue's first paint, so the app builds them right after it (each is also built
        the first time anything asks for it)."""
        self._build_undo()
        self._build_upcoming_tab()
        self._build_prospects_tab()

    @property
    def undo(self) -> UndoHistory:
        """The window's undo history (built on first use)."""
        return self._undo or self._build_undo()

    @property
    def undo_offer(self) -> UndoOffer:
        self._build_undo()
        assert self._undo_offer is not None
        return self._undo_offer

    def _build_undo(self) -> UndoHistory:
        if self._undo is not None:
            return self._undo
        from desktop_app.views.shell.undo import UndoHistory, UndoOffer

        history = self._undo = UndoHistory(self.ctx, self)
        history.refused.connect(lambda text: self.show_message(text, "warning"))
        history.undone.connect(self.show_message)
        edit = self.menus["edit"]
        first = edit.actions()[0] if edit.actions() else None
        edit.insertActions(first, [history.undo_action, history.redo_action])  # type: ignore[arg-type]
        for action in (history.undo_action, history.redo_action):
            self.addAction(action)
        self._undo_offer = UndoOffer(history, self)
        return history

    @property
    def upcoming(self) -> UpcomingPanel:
        """The Upcoming tab's panel (built on first use)."""
        return self._upcoming or self._build_upcoming_tab()

    def _build_upcoming_tab(self) -> UpcomingPanel:
        if self._upcoming is not None:
            return self._upcoming
        from desktop_app.views.queue.upcoming_view import UpcomingPanel

        layout = QVBoxLayout(self._upcoming_page)
        layout.setContentsMargins(0, 0, 0, 0)
        panel = self._upcoming = UpcomingPanel(self.ctx, self._upcoming_page)
        layout.addWidget(panel)
        panel.show()  # (a child of a page that may already be on show)
        apply_keyboard_rules(panel)
        view = panel.view
        view.customContextMenuRequested.connect(
            lambda pos: self._queue_context_menu(pos, view))
        view.doubleClicked.connect(lambda _index: self._open_selected_prospect())
        view.selectionModel().selectionChanged.connect(self._update_actions)
        for action in self._touch_actions:
            if _is_touch_key(action):
                view.addAction(action)  # a touch key works in Upcoming too
        return panel

    def _on_tab_shown(self, index: int) -> None:
        if index == self.upcoming_tab_index:
            self.upcoming.refresh()
        else:
            if index == self.prospects_tab_index and self._lazy_prospects:
                self.load_prospects()
            self._update_actions()

    def touch_view(self) -> QTableView:
        """The list of touches the rep is working in: Today, or Upcoming when it is shown."""
        if self.tabs.currentIndex() == self.upcoming_tab_index:
            return self.upcoming.view
        return self.queue_view

    @property
    def prospect_search(self) -> QLineEdit:
        self._build_prospects_tab()
        return self._prospect_search

    @property
    def prospect_count(self) -> QLabel:
        self._build_prospects_tab()
        return self._prospect_count

    @property
    def prospect_model(self) -> ProspectTableModel:
        self._build_prospects_tab()
        return self._prospect_model

    @property
    def prospect_view(self) -> QTableView:
        self._build_prospects_tab()
        return self._prospect_view

    def _build_prospects_tab(self) -> None:
        if self._prospects_built:
            return
        self._prospects_built = True
        from desktop_app.views.common.table_model import configure_list_table
        from desktop_app.views.profile.prospect_model import ProspectTableModel

        page = self._prospects_page
        layout = QVBoxLayout(page)
        layout.setContentsMargins(10, 8, 10, 6)
        row = QHBoxLayout()
        self._prospect_search = QLineEdit(page)
        self._prospect_search.setObjectName("ProspectSearch")
        self._prospect_search.setAccessibleName(tr("Search prospects"))
        self._prospect_search.setPlaceholderText(
            tr("Search name, company, email, phone or notes…"))
        self._prospect_search.setClearButtonEnabled(True)
        row.addWidget(self._prospect_search, 1)
        self._prospect_count = QLabel(page)
        row.addWidget(self._prospect_count)
        layout.addLayout(row)

        self._prospect_model = ProspectTableModel(
            lambda text: search_prospects(self.ctx, text, 500), self)
        view = QTableView(page)
        view.setObjectName("ProspectView")
        view.setAccessibleName(tr("Prospects"))
        view.setModel(self._prospect_model)
        configure_list_table(view)
        view.setWordWrap(False)  # a long email address is cut with "…", not wrapped
        view.horizontalHeader().setStretchLastSection(True)
        for column, width in enumerate((190, 220, 290, 160)):
            view.setColumnWidth(column, width)
        view.doubleClicked.connect(lambda _index: self._open_selected_prospect())
        self._prospect_view = view
        layout.addWidget(view, 1)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        log_here = QPushButton(tr("Log a stall for this prospect…"), page)
        log_here.clicked.connect(self._log_stall_for_selected_prospect)
        buttons.addWidget(log_here)
        layout.addLayout(buttons)

        self._search_timer = QTimer(self)
        self._search_timer.setObjectName("ProspectSearchDebounce")
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(120)
        self._search_timer.timeout.connect(self._run_search)
        self._prospect_search.textChanged.connect(lambda _t: self._search_timer.start())
        self._prospect_search.returnPressed.connect(self._run_search)
        for widget in (self._prospect_search, self._prospect_count, view, log_here):
            widget.show()  # (children of a page that may already be on show)
        apply_keyboard_rules(page)
        if not self._lazy_prospects:
            self._run_search()

    def load_prospects(self) -> None:
        """Fill the prospect list if nothing has yet (see ``lazy_prospects``)."""
        if not self._prospects_loaded:
            self._run_search()

    def _action(self, text: str, shortcut: str | QKeySequence | None, slot: Callable[[], object],
                menu: str | None = None, tip: str = "") -> QAction:
        return self.add_action(text, shortcut, slot, menu=menu, tip=tip)

    def add_action(self, text: str, shortcut: str | QKeySequence | None,
                   slot: Callable[[], object], *, menu: str | None = None, tip: str = "",
                   context: Qt.ShortcutContext | None = None) -> QAction:
        """An action of the window (its key works wherever the focus is in it), in ``menu``
        when given, with ``tip`` in the status bar and, with its keys, as its tooltip.
        Features add their actions through this too."""
        action = _new_action(text, self)
        if shortcut:
            action.setShortcut(QKeySequence(shortcut))
            if context is not None:
                action.setShortcutContext(context)
        if tip:
            action.setStatusTip(tip)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{tip} ({keys})" if shortcut else tip)
        action.triggered.connect(lambda _checked=False: slot())
        if menu:
            self.menus[menu].addAction(action)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        self.log_stall_action = self._action(
            tr("&Log stall…"), "Ctrl+N", self.log_stall_for_selection, "file",
            tr("Log a stall and lay out its follow-up plan"))
        self.toolbar.addAction(self.log_stall_action)
        self.toolbar.addSeparator()
        self.menus["file"].addSeparator()
        self.rep_zone_action = self._action(tr("Your &time zone…"), None,
                                            self._choose_rep_zone, "file")
        self.menus["file"].addSeparator()
        self.quit_action = self._action(tr("&Quit"), "Ctrl+Q", self.quit_app, "file")
        self.menus["edit"].aboutToShow.connect(self._build_undo)  # (built after the paint)

        self.done_action = self._action(tr("&Done"), "D", self.mark_done, None,
                                        tr("Mark the touch done (a call opens its panel)"))
        self.snooze_action = self._action(tr("&Snooze 1 h"), "S", lambda: self.snooze(60),
                                          None, tr("Snooze for an hour"))
        self.snooze_menu = QMenu(tr("Snooze &for"), self)
        for label, minutes in ((tr("%n minute(s)", None, 15), 15),
                               (tr("%n hour(s)", None, 1), 60),
                               (tr("%n hour(s)", None, 3), 180)):
            act = self.snooze_menu.addAction(label)
            act.triggered.connect(lambda _c=False, m=minutes: self.snooze(m))
        tomorrow = self.snooze_menu.addAction(
            tr("Tomorrow morning ({time})").format(time=ui_time(time(9, 0))))
        tomorrow.triggered.connect(lambda _c=False: self.snooze_until_tomorrow())
        self.snooze_more_action = self._action(tr("Snooze for…"), "Shift+S",
                                               self._show_snooze_menu)
        self.snooze_more_action.setMenu(self.snooze_menu)
        self.reschedule_action = self._action(tr("&Reschedule…"), "R", self.reschedule, None,
                                              tr("Move the touch to another date and time"))
        self.open_action = self._action(tr("&Open prospect"), "O", self._open_selected_prospect,
                                        None, tr("Open the prospect of this touch"))
        self.open_action.setShortcuts([QKeySequence("O"), QKeySequence(Qt.Key.Key_Return),
                                       QKeySequence(Qt.Key.Key_Enter)])
        self.skip_action = self._action(tr("S&kip"), "K", self.skip, None,
                                        tr("Skip an optional touch (a LinkedIn connect, "
                                           "cancelling an invite)"))
        for action in (self.done_action, self.snooze_action, self.snooze_more_action,
                       self.reschedule_action, self.open_action, self.skip_action):
            self.add_touch_action(action)
        # Single-key shortcuts belong to the queue, so typing in a search box still types.
        for action in (self.done_action, self.snooze_action, self.snooze_more_action,
                       self.reschedule_action, self.open_action, self.skip_action):
            self.removeAction(action)
            self.queue_view.addAction(action)
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)

        self.find_action = self._action(tr("&Find prospect"), "Ctrl+F", self.focus_search,
                                        "prospect")
        self.menus["prospect"].addAction(self.log_stall_action)
        self.remove_sample_action = self._action(
            tr("Remove the &sample prospects…"), None, self.remove_sample_prospects, "prospect",
            tr("Delete the sample book's prospects with their touches and history"))
        self.menus["prospect"].aboutToShow.connect(self._update_sample_action)
        self.refresh_action = self._action(tr("&Refresh"), "F5", self.refresh_all, "tools")
        self.playbooks_action = self._action(
            tr("Play&books…"), None, self.edit_playbooks, "tools",
            tr("Change the touches each kind of stall lays out"))
        self.shortcuts_action = self._action(tr("&Keyboard shortcuts"), "F1",
                                             self.show_shortcuts, "help")
        self.data_places_action = self._action(tr("&Where your data lives…"), None,
                                               self.show_data_places, "help")
        self.about_action = self._action(tr("&About Tickler"), None, self._about, "help")
        self.queue_view.selectionModel().selectionChanged.connect(self._update_actions)
        self._update_actions()

    # -- public API for the other screens ---------------------------------------------------

    def add_tab(self, widget: QWidget, title: str, shortcut: str | None = None, *,
                selected_prospect: Callable[[], int | None] | None = None) -> int:
        """A screen as a tab (``shortcut`` shows it); ``selected_prospect`` tells, while the
        tab is on show, which prospect Ctrl+N logs a stall for."""
        index = self.tabs.addTab(widget, title)
        if selected_prospect is not None:
            self._tab_prospect[widget] = selected_prospect
        apply_keyboard_rules(widget)
        if shortcut:
            action = _new_action(tr("Show {screen}").format(screen=title.replace("&", "")), self)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _c=False, w=widget: self.tabs.setCurrentWidget(w))
            self.addAction(action)
        return index

    def add_touch_action(self, action: QAction) -> None:
        """Adds to the Touch menu, the toolbar and the queue's context menu."""
        if action not in self._touch_actions:
            self._touch_actions.append(action)
            self.menus["touch"].addAction(action)
            self.toolbar.addAction(action)
            if _is_touch_key(action) and self._upcoming is not None:
                self._upcoming.view.addAction(action)  # a touch key works in Upcoming too
        self._update_actions()

    def limit_action_to(self, action: QAction, *channels: Channel) -> None:
        """``action`` is only offered on touches of these channels (Send email on emails)."""
        self._action_channels[action] = frozenset(channels)
        self._update_actions()

    def selected_touch(self) -> QueueRow | None:
        if self.touch_view() is not self.queue_view:
            return self.upcoming.selected_touch()
        index = self.queue_view.currentIndex()
        rows = self.queue_view.selectionModel().selectedRows()
        if rows:
            index = rows[0]
        return self.queue_model.row_at(index.row()) if index.isValid() else None

    def select_touch(self, touch_id: int) -> bool:
        row = self.queue_model.row_of_touch(touch_id)
        if row is None:
            return False
        index = self.queue_model.index(row, 0)
        self.queue_view.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.queue_view.scrollTo(index)
        return True

    def show_message(self, text: str, level: str = "info") -> None:
        self.statusBar().showMessage(text, 8000 if level == "info" else 15000)

    def open_prospect(self, prospect_id: int) -> None:
        """Opens (or raises) the prospect's profile editor."""
        self.prospect_requested.emit(prospect_id)

    # -- refresh --------------------------------------------------------------------------

    def _on_changed(self, topics: frozenset[str]) -> None:
        if topics & QUEUE_TOPICS:
            self.refresh_queue()
        if topics & {PROSPECTS, PROFILE} and self._prospects_loaded:
            self._run_search()

    def refresh_all(self) -> None:
        self.refresh_queue()
        self._run_search()

    def refresh_queue(self) -> None:
        index = self.queue_view.currentIndex()
        rows = self.queue_view.selectionModel().selectedRows()
        index = rows[0] if rows else index
        selected = self.queue_model.row_at(index.row()) if index.isValid() else None
        self.queue_model.refresh()
        if (selected is None or not self.select_touch(selected.id)) \
                and self.queue_model.rowCount():
            # the touch left the queue (done, snoozed to later): stay where it was
            row = min(index.row(), self.queue_model.rowCount() - 1) if selected else 0
            self.select_touch(self.queue_model.rows()[row].id)
        rep_tz = self.ctx.rep_timezone
        today = utc_to_local(self.ctx.now(), rep_tz)
        total = self.queue_model.rowCount()
        overdue = self.queue_model.overdue_count()
        self.queue_heading.setText(tr("Today, {date}").format(
            date=ui_date(today, weekday=True, long=True)))
        calls = sum(1 for r in self.queue_model.rows() if r.channel is Channel.CALL)
        self.counts = QueueCounts(total, overdue, calls)
        zone_name = "UTC" if rep_tz in ("Etc/UTC", "UTC", "Etc/UCT") else rep_tz
        self.queue_summary.setText(tr("{counts}  —  your times in {zone}").format(
            counts=counts_words(self.counts), zone=zone_name))
        self.queue_empty.setVisible(total == 0)
        if self._upcoming is not None and self.tabs.currentWidget() is self._upcoming_page:
            # (on show it refreshes by itself)
            self._upcoming.refresh()  # after a change, and at midnight as the days move on
        self.tabs.setTabText(0, tr("Today ({count})").format(count=total) if total
                             else tr("Today"))
        self._update_actions()
        self.counts_changed.emit(self.counts)

    def _run_search(self) -> None:
        self._prospects_loaded = True
        self.prospect_model.set_filter(self.prospect_search.text())
        shown = self.prospect_model.rowCount()
        text = self.prospect_search.text().strip()
        if text:
            self.prospect_count.setText(tr("%n found", None, shown) if shown < 500
                                        else tr("500+ found"))
        else:
            total = self.ctx.store.count_prospects()
            self.prospect_count.setText(
                tr("%n prospect(s) (first 500 shown)", None, total) if total > 500
                else tr("%n prospect(s)", None, total))

    def _update_actions(self, *_args: object) -> None:
        touch = self.selected_touch() if hasattr(self, "queue_model") else None
        for action in self._touch_actions:
            channels = self._action_channels.get(action)
            action.setEnabled(touch is not None
                              and (channels is None or touch.channel in channels))
        if hasattr(self, "skip_action"):
            self.skip_action.setEnabled(touch is not None and touch.optional)

    # -- actions --------------------------------------------------------------------------

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(self.prospects_tab_index)
        self.prospect_search.setFocus()
        self.prospect_search.selectAll()

    def log_stall(self, prospect_id: int | None = None) -> int | None:
        from desktop_app.views.plans.log_stall_dialog import LogStallDialog

        dialog = LogStallDialog(self.ctx, prospect_id=prospect_id, parent=self, undo=self.undo)
        if dialog.exec() and dialog.stall_id is not None:
            self.tabs.setCurrentIndex(0)
            self.show_message(dialog.saved_message)
            return dialog.stall_id
        return None

    def selected_prospect_id(self) -> int | None:
        """The prospect of the row selected in the tab shown (Today, Upcoming, Prospects,
        Gaps); None on the other tabs."""
        current = self.tabs.currentIndex()
        tab_prospect = self._tab_prospect.get(self.tabs.currentWidget())
        if tab_prospect is not None:
            return tab_prospect()
        if current == self.prospects_tab_index:
            rows = self.prospect_view.selectionModel().selectedRows()
            row = self.prospect_model.row_at(rows[0].row()) if rows else None
            return row.id if row else None
        if current in (0, self.upcoming_tab_index):
            touch = self.selected_touch()
            return touch.prospect_id if touch else None
        return None

    def log_stall_for_selection(self) -> int | None:
        """Ctrl+N: for the selected row's prospect, or with the prospect still to choose."""
        return self.log_stall(self.selected_prospect_id())

    def _log_stall_for_selected_prospect(self) -> None:
        index = self.prospect_view.currentIndex()
        row = self.prospect_model.row_at(index.row()) if index.isValid() else None
        self.log_stall(row.id if row else None)

    def _open_selected_prospect(self) -> None:
        if self.tabs.currentIndex() == self.prospects_tab_index:
            index = self.prospect_view.currentIndex()
            row = self.prospect_model.row_at(index.row()) if index.isValid() else None
            if row:
                self.prospect_requested.emit(row.id)
            return
        touch = self.selected_touch()
        if touch:
            self.prospect_requested.emit(touch.prospect_id)

    def _run_service(self, call: Callable[[], object]) -> bool:
        try:
            call()
        except ValidationError as exc:
            from PySide6.QtWidgets import QMessageBox  # only on a problem: kept off start-up

            QMessageBox.warning(self, tr("Tickler"), str(exc))
            return False
        return True

    def mark_done(self) -> None:
        # The touch services (and the plan machinery behind them) load on the first action,
        # not before the queue's first paint.
        from desktop_app.services.touches import complete_touch

        touch = self.selected_touch()
        if touch is None:
            return
        if touch.channel is Channel.CALL:
            # A call is logged in the call panel: the reason must be written first and an
            # appointment needs its date, so there is no quicker path that skips them.
            if self.isSignalConnected(QMetaMethod.fromSignal(self.call_panel_requested)):
                self.call_panel_requested.emit(touch.id)
            else:  # before the features arrive
                from desktop_app.views.calls.call_panel import CallPanel

                CallPanel(self.ctx, touch.id, self, self.changes, undo=self.undo).show()
            return
        notes = ""
        if touch.channel is Channel.EMAIL and not email_went(self.ctx, touch.id):
            answer = self.confirm_unsent_done(touch)
            if answer == "send":
                self.email_send_requested.emit()
                return
            if answer != "done":
                return
            notes = "Went another way (not sent from Tickler)"
        label = tr("Done: {touch}").format(touch=touch_label(touch))
        if self._run_service(lambda: self.undo.run(
                label, touch.prospect_id, lambda: complete_touch(self.ctx, touch.id, notes))):
            self.show_message(label)

    def edit_playbooks(self) -> None:
        from desktop_app.views.plans.playbook_editor import PlaybookEditorDialog

        PlaybookEditorDialog(self.ctx, self).exec()

    def _update_sample_action(self) -> None:
        from desktop_app.services.sample import sample_prospect_ids

        self.remove_sample_action.setVisible(bool(sample_prospect_ids(self.ctx)))

    def remove_sample_prospects(self) -> int:
        """Prospect ▸ Remove the sample prospects: asked once, then all gone together."""
        from desktop_app.services.sample import remove_sample_book, sample_prospect_ids

        count = len(sample_prospect_ids(self.ctx))
        if not count:
            self.show_message(tr("There are no sample prospects left in this book."))
            return 0
        if not self.confirm_remove_sample(count):
            return 0
        removed: list[int] = []
        if self._run_service(lambda: removed.append(remove_sample_book(self.ctx))):
            self.undo.clear()  # what is on the stack may name rows that are gone
            self.show_message(tr("Removed the %n sample prospect(s) with their touches and "
                                 "history; your own prospects are as they were.", None,
                                 removed[0]))
            return removed[0]
        return 0

    def _ask_remove_sample(self, count: int) -> bool:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, tr("Remove the sample prospects?"),
                          tr("Delete the %n sample prospect(s) Tickler wrote when you started, "
                             "with their touches, history and emails? Your own prospects are "
                             "not touched. This cannot be undone.", None, count), parent=self)
        remove = box.addButton(tr("&Remove them"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is remove

    def _ask_unsent_done(self, touch: QueueRow) -> str:
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(QMessageBox.Icon.Question, tr("Mark done without sending?"),
                          tr("Tickler has not sent “{touch}” to {name}.").format(
                              touch=builtin_words(touch.title), name=touch.prospect) + "\n\n"
                          + tr("Did it go some other way (from your own mail, by phone, in "
                               "person)? Then mark it done. Otherwise send it now."),
                          parent=self)
        done = box.addButton(tr("It went another way: mark &done"),
                             QMessageBox.ButtonRole.AcceptRole)
        send = box.addButton(tr("&Send it now"), QMessageBox.ButtonRole.ActionRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(send)
        box.exec()
        clicked = box.clickedButton()
        return "done" if clicked is done else "send" if clicked is send else "cancel"

    def skip(self) -> None:
        from desktop_app.services.touches import skip_touch

        touch = self.selected_touch()
        if touch is None:
            return
        label = tr("Skip: {touch}").format(touch=touch_label(touch))
        if self._run_service(lambda: self.undo.run(
                label, touch.prospect_id, lambda: skip_touch(self.ctx, touch.id))):
            self.show_message(tr("Skipped: {touch} for {name}").format(
                touch=builtin_words(touch.title), name=touch.prospect))

    def snooze(self, minutes: int) -> None:
        from desktop_app.services.touches import snooze_touch

        touch = self.selected_touch()
        if touch is None:
            return
        label = tr("Snooze: {touch}").format(touch=touch_label(touch))
        due: list[datetime] = []
        if self._run_service(lambda: due.append(self.undo.run(
                label, touch.prospect_id, lambda: snooze_touch(self.ctx, touch.id, minutes)))):
            until = utc_to_local(due[0], self.ctx.rep_timezone)
            self.show_message(tr("Snoozed {touch} for {name} until {time}").format(
                touch=builtin_words(touch.title), name=touch.prospect, time=ui_time(until)))

    def snooze_until_tomorrow(self) -> None:
        rep_tz = self.ctx.rep_timezone
        tomorrow = utc_to_local(self.ctx.now(), rep_tz).date() + timedelta(days=1)
        target = local_to_utc(datetime.combine(tomorrow, time(9, 0)), rep_tz)
        minutes = max(1, int((target - self.ctx.now()).total_seconds() // 60))
        self.snooze(minutes)

    def _show_snooze_menu(self) -> None:
        view = self.touch_view()
        rect = view.visualRect(view.currentIndex())
        self.snooze_menu.popup(view.viewport().mapToGlobal(rect.bottomLeft()))

    def reschedule(self) -> None:
        touch = self.selected_touch()
        if touch is None:
            return
        from desktop_app.views.plans.reschedule_dialog import RescheduleDialog

        dialog = RescheduleDialog(self.ctx, touch, self, undo=self.undo)
        if dialog.exec():
            self.show_message(tr("Moved {touch} for {name}").format(
                touch=builtin_words(touch.title), name=touch.prospect))

    def _queue_context_menu(self, pos: QPoint, view: QTableView | None = None) -> None:
        view = view or self.queue_view
        index = view.indexAt(pos)
        if not index.isValid():
            return
        view.selectRow(index.row())
        menu = QMenu(self)
        for action in self._touch_actions:
            if action.isEnabled():  # Send email is not offered on a post, nor Call on an email
                menu.addAction(action)
        menu.exec(view.viewport().mapToGlobal(pos))

    def _choose_rep_zone(self) -> None:
        from desktop_app.views.common.zone_list import choose_zone

        name = choose_zone(self, tr("Your time zone"), self.ctx.rep_timezone, self.ctx.now)
        if name and self._run_service(lambda: self.ctx.set_rep_timezone(name)):
            self.show_message(tr("Times now shown in {zone}").format(zone=name))

    def show_shortcuts(self) -> None:
        from desktop_app.views.shell.help_dialogs import ShortcutsDialog

        ShortcutsDialog(self).exec()

    def show_data_places(self) -> None:
        from desktop_app.views.shell.help_dialogs import DataPlacesDialog

        try:
            from platformdirs import user_log_path

            log_path = user_log_path("Tickler", appauthor=False) / "tickler.log"
        except Exception:  # no log folder on this system: the dialog leaves it out
            log_path = None
        DataPlacesDialog(self.ctx.store.path, log_path, self).exec()

    def _about(self) -> None:
        import html  # here, not at the top: html.entities is ~1.4 ms before the first paint

        from PySide6.QtWidgets import QMessageBox

        from desktop_app import __version__

        QMessageBox.about(self, tr("About Tickler"), (
            f"<b>Tickler {__version__}</b><p>"
            + tr("Turns every “call me next month” into a dated plan of touches, and taps you "
                 "on the shoulder at the agreed minute.") + "</p><p>"
            + tr("Data file: {path}").format(path=html.escape(str(self.ctx.store.path)))
            + "</p>"))

    def quit_app(self) -> None:
        from PySide6.QtWidgets import QApplication

        QApplication.quit()
