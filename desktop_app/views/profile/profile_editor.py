"""One page per prospect: contact, time zone, links, the deal's gaps, events and history.

The page holds its edits until Save, which hands everything to ``services.profile`` as one
transaction; Cancel (or closing) with unsaved changes asks first.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.events import EventDraft, EventKind, value_touch_due
from desktop_app.domain.gaps import GAP_FIELDS, GapField, Profile, open_gaps
from desktop_app.domain.localtime import is_valid_zone, utc_to_local
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.context import PROFILE, PROSPECTS, SETTINGS, STALLS, TOUCHES
from desktop_app.services.profile import (
    HistoryEntry,
    check_profile_edit,
    clean_link,
    clean_phone,
    event_touch_days_before,
    history,
    load_profile,
    save_profile,
    trash_prospect,
    zone_change_preview,
)
from desktop_app.services.prospects import check_email
from desktop_app.views.common.colours import Box, Tone, box_css, set_tone, text_css, themed
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.qt_dates import (
    edit_format,
    from_qdate,
    to_qdate,
    ui_date,
    ui_datetime,
    ui_time,
)
from desktop_app.views.common.screens import fit_to_screen
from desktop_app.views.common.table_model import RowTableModel
from desktop_app.views.common.zone_list import TimeZonePicker, utc_offset_text

CONTACT_FIELDS = (
    ("first_name", "First name"), ("last_name", "Last name"), ("title", "Job title"),
    ("company", "Company"), ("email", "Email"), ("phone", "Phone"), ("mobile", "Mobile"),
    ("address", "Address"),
)
LINKS = (
    ("linkedin", "LinkedIn"), ("website", "Company site"), ("blog", "Blog"),
    ("twitter", "X / Twitter"), ("facebook", "Facebook"),
)
BUDGET_CHOICES = (("unknown", "Unknown"), ("planned", "Planned"),
                  ("not_planned", "Not planned"))


def page_style() -> str:
    """The page's status colours for the current scheme (see colours.py)."""
    return "\n".join([
        f'QLabel[role="error"] {{ {text_css(Tone.ERROR)} }}',
        f'QLabel[role="gap"] {{ {text_css(Tone.WARNING)} }}',
        f'QLabel[role="known"] {{ {text_css(Tone.OK)} }}',
        "QLabel#completeness { font-weight: bold; padding: 2px 8px; border-radius: 8px; }",
        box_css(Box.OPEN, 'QLabel#completeness[state="open"]'),
        box_css(Box.DONE, 'QLabel#completeness[state="done"]'),
        box_css(Box.GAP_FIELD, 'QLineEdit[gap="true"], QPlainTextEdit[gap="true"], '
                               'QComboBox[gap="true"]'),
        box_css(Box.INVALID, 'QLineEdit[invalid="true"]'),
    ])


def _set_prop(widget: QWidget, name: str, value: str) -> None:
    if widget.property(name) != value:
        widget.setProperty(name, value)
        widget.style().unpolish(widget)
        widget.style().polish(widget)


def _small_label(text: str, role: str) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setProperty("role", role)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


def _plain(lines: int, placeholder: str) -> QPlainTextEdit:
    edit = QPlainTextEdit()
    edit.setPlaceholderText(placeholder)
    edit.setTabChangesFocus(True)
    metrics = edit.fontMetrics()
    edit.setFixedHeight(metrics.lineSpacing() * lines + 14)
    return edit


# -- models -------------------------------------------------------------------------------

class EventsTableModel(RowTableModel[EventDraft]):
    """The page's compelling events (drafts until Save), with when each value touch falls."""

    COLUMNS = ("Event", "Date", "Value touch", "Note")

    def __init__(self, touch_due: Callable[[EventDraft], str], parent=None) -> None:
        super().__init__(parent)
        self._touch_due = touch_due

    def set_events(self, events: list[EventDraft]) -> None:
        self.set_rows(events)

    def events(self) -> list[EventDraft]:
        return self.rows()

    def event_at(self, row: int) -> EventDraft:
        return self._rows[row]

    def add(self, draft: EventDraft) -> None:
        row = len(self._rows)
        self.beginInsertRows(QModelIndex(), row, row)
        self._rows.append(draft)
        self.endInsertRows()

    def replace_at(self, row: int, draft: EventDraft) -> None:
        self._rows[row] = draft
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def remove_at(self, row: int) -> None:
        self.beginRemoveRows(QModelIndex(), row, row)
        del self._rows[row]
        self.endRemoveRows()

    def refresh(self) -> None:
        if self._rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(self._rows) - 1, 2))

    def cell(self, row: int, column: int, role: int) -> Any:
        event = self._rows[row]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return event.kind.label
            if column == 1:
                return ui_date(event.event_date, year=True) if event.event_date else "no date yet"
            if column == 2:
                return self._touch_due(event)
            return event.note
        if role == Qt.ItemDataRole.UserRole:
            return event.event_date.isoformat() if event.event_date else ""
        return None


class HistoryTableModel(RowTableModel[HistoryEntry]):
    """Stalls, touches and outcomes, newest first."""

    COLUMNS = ("When (your time)", "What", "Details")

    def __init__(self, rep_tz: Callable[[], str], their_tz: Callable[[], str] | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._rep_tz = rep_tz
        self._their_tz = their_tz or rep_tz

    def set_entries(self, entries: list[HistoryEntry]) -> None:
        self.set_rows(entries)

    def cell(self, row: int, column: int, role: int) -> Any:
        entry = self._rows[row]
        if role == Qt.ItemDataRole.ToolTipRole and column == 0:
            theirs = utc_to_local(entry.when_utc, self._their_tz())
            return f"Their time: {ui_datetime(theirs, year=True)} ({self._their_tz()})"
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            if column == 0:
                return ui_datetime(utc_to_local(entry.when_utc, self._rep_tz()), weekday=False,
                                   year=True)
            if column == 1:
                return f"{entry.title}\n{entry.status}"
            if entry.words:
                said = f"They said: “{entry.words}”"
                return f"{said} · {entry.detail}" if entry.detail else said
            return entry.detail
        if role == Qt.ItemDataRole.FontRole and entry.kind == "stall" and column == 1:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        return None


# -- the event dialog ---------------------------------------------------------------------

class EventDialog(QDialog):
    """Add or change one compelling event."""

    def __init__(self, draft: EventDraft | None, today: date, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("eventDialog")
        self.setWindowTitle("Compelling event" if draft is None else "Change event")
        self._draft = draft
        self.kind = QComboBox(self)
        self.kind.setObjectName("eventKind")
        for kind in EventKind:
            self.kind.addItem(kind.label, kind.value)
        self.has_date = QCheckBox("It has a date", self)
        self.has_date.setObjectName("eventHasDate")
        self.date = QDateEdit(self)
        self.date.setObjectName("eventDate")
        self.date.setAccessibleName("Date of the event")
        self.date.setCalendarPopup(True)
        self.date.setDisplayFormat(edit_format(weekday=True))
        self.note = QLineEdit(self)
        self.note.setObjectName("eventNote")
        self.note.setPlaceholderText("What happens, e.g. “Warranty on the chiller runs out”")
        self.note.setMinimumWidth(360)

        start = draft.event_date if draft and draft.event_date else today
        self.date.setDate(to_qdate(start))
        self.has_date.setChecked(draft is None or draft.event_date is not None)
        self.has_date.toggled.connect(self.date.setEnabled)
        self.date.setEnabled(self.has_date.isChecked())
        if draft is not None:
            self.kind.setCurrentIndex(self.kind.findData(draft.kind.value))
            self.note.setText(draft.note)

        self._today = today
        self.words = QLineEdit(self)
        self.words.setObjectName("eventWhenWords")
        self.words.setAccessibleName("When, in words")
        self.words.setPlaceholderText("or in words: “in 45 days”, “31 March”, “next June”")
        self.words.textEdited.connect(self._words_edited)
        self.words_note = QLabel(self)
        self.words_note.setObjectName("eventWordsNote")
        self.words_note.setWordWrap(True)
        self.words_note.hide()

        form = QFormLayout()
        form.addRow("Kind", self.kind)
        date_row = QHBoxLayout()
        date_row.addWidget(self.has_date)
        date_row.addWidget(self.date, 1)
        form.addRow("Date", date_row)
        form.addRow("", self.words)
        form.addRow("", self.words_note)
        form.addRow("Note", self.note)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _words_edited(self, text: str) -> None:
        """A date typed as words sets the date field, or says which words it could not read."""
        from datetime import datetime, time

        from desktop_app.domain.slot_words import parse_slot_words

        if not text.strip():
            self.words_note.hide()
            return
        parsed = parse_slot_words(text, datetime.combine(self._today, time(9, 0)))
        if parsed is None or not parsed.has_date or parsed.unread:
            unread = f" (“{' '.join(parsed.unread)}”)" if parsed and parsed.unread else ""
            self.words_note.setText(f"Tickler can't read that as a date{unread}; try "
                                    "“in 45 days” or “31 March 2027”, or pick it above.")
            set_tone(self.words_note, Tone.ERROR)
        else:
            day = parsed.when.date()
            self.has_date.setChecked(True)
            self.date.setDate(to_qdate(day))
            self.words_note.setText(f"→ {ui_date(day, weekday=True, long=True, year=True)}")
            set_tone(self.words_note, Tone.OK)
        self.words_note.show()

    def draft(self) -> EventDraft:
        when = from_qdate(self.date.date()) if self.has_date.isChecked() else None
        kind = EventKind(self.kind.currentData())
        event_id = self._draft.id if self._draft else None
        return EventDraft(kind, when, self.note.text().strip(), event_id)


# -- the page -----------------------------------------------------------------------------

class ProfileEditorDialog(QDialog):
    """The prospect's page. ``prospect_id`` None makes a new prospect on Save."""

    saved = Signal(int, tuple)  # prospect id, notes for the rep
    trashed = Signal(int)

    def __init__(self, ctx: AppContext, prospect_id: int | None, changes=None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.prospect_id = prospect_id
        self.setObjectName("profileEditor")
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        themed(self, page_style)
        self._loading = False
        self._in_trash = False
        self._baseline: dict[str, Any] = {}
        self._days_before = event_touch_days_before(ctx)
        self.contact: dict[str, QLineEdit] = {}
        self.links: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        self.gap_hints: dict[str, QLabel] = {}
        self.gap_states: dict[str, QLabel] = {}
        self.link_buttons: dict[str, QToolButton] = {}
        self._gap_widgets: dict[str, list[QWidget]] = {}

        self._build()
        self._wire()
        self._tick = QTimer(self)
        self._tick.setObjectName("profileClockTimer")
        self._tick.setInterval(30_000)
        self._tick.timeout.connect(self._update_clock)
        self._tick.start()
        self._changes = changes
        if changes is not None:
            changes.changed.connect(self._on_changed)
        self.reload()
        self._fit_to_screen()
        apply_keyboard_rules(self)

    # .. building ..........................................................................

    def _build(self) -> None:
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setObjectName("heading")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        self.heading.setFont(font)
        self.local_time = QLabel(self)
        self.local_time.setTextFormat(Qt.TextFormat.PlainText)
        self.local_time.setObjectName("localTime")
        self.completeness = QLabel(self)
        self.completeness.setObjectName("completeness")
        header = QHBoxLayout()
        titles = QVBoxLayout()
        titles.addWidget(self.heading)
        titles.addWidget(self.local_time)
        header.addLayout(titles, 1)
        header.addWidget(self.completeness, 0, Qt.AlignmentFlag.AlignTop)

        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addLayout(self._contact_column(), 40)
        columns.addLayout(self._deal_column(), 36)
        columns.addLayout(self._events_column(), 42)
        body = QWidget()
        body.setObjectName("profileBody")
        body.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setObjectName("profileScroll")
        scroll.setAccessibleName("Prospect profile")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("message")
        self.message.setWordWrap(True)
        self.trash_button = QPushButton("Move to trash…", self)
        self.trash_button.setObjectName("trashButton")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setObjectName("saveButton")
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setObjectName("cancelButton")
        footer = QHBoxLayout()
        footer.addWidget(self.trash_button)
        footer.addWidget(self.message, 1)
        footer.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(footer)

    def _error_label(self, key: str) -> QLabel:
        label = _small_label("", "error")
        label.setObjectName(f"error_{key}")
        label.hide()
        self.errors[key] = label
        return label

    def _contact_column(self) -> QVBoxLayout:
        box = QGroupBox("Contact")
        form = QFormLayout(box)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, _label in CONTACT_FIELDS:
            edit = QLineEdit()
            edit.setObjectName(key)
            self.contact[key] = edit
        self.contact["first_name"].setPlaceholderText("First")
        self.contact["last_name"].setPlaceholderText("Last")
        self.contact["email"].setPlaceholderText("name@company.com")
        self.contact["phone"].setPlaceholderText("+44 20 7946 0321, or local to their zone")
        name_row = QHBoxLayout()
        name_row.addWidget(self.contact["first_name"], 1)
        name_row.addWidget(self.contact["last_name"], 1)
        form.addRow("Name", self._with_error(name_row, "first_name"))
        for key, label in CONTACT_FIELDS[2:]:
            if key in ("phone", "mobile"):
                form.addRow(label, self._with_error(self._with_call_button(key), key))
            elif key == "email":
                form.addRow(label, self._with_error(self.contact[key], key))
            else:
                form.addRow(label, self.contact[key])
        self.other_contacts = _plain(3, "Further numbers, emails and addresses, one a line "
                                        "(Home: +1 555 0100)")
        self.other_contacts.setObjectName("other_contacts")
        form.addRow("Other details", self.other_contacts)

        zone_box = QGroupBox("Time zone")
        zone_layout = QVBoxLayout(zone_box)
        self.zone_picker = TimeZonePicker(self.ctx.now, zone_box)
        self.zone_picker.setObjectName("zonePicker")
        self.zone_picker.list.setFixedHeight(92)
        zone_layout.addWidget(self.zone_picker)
        zone_layout.addWidget(self._error_label("timezone"))
        country_row = QHBoxLayout()
        country_row.addWidget(QLabel("Public holidays of"))
        self.country = QLineEdit()
        self.country.setObjectName("country")
        self.country.setMaxLength(2)
        self.country.setFixedWidth(self.fontMetrics().horizontalAdvance("MMMM") + 16)
        self.country.setToolTip("The two-letter country code (DE, GB, US…) whose public "
                                "holidays their plan skips. Empty: the country of their zone.")
        country_row.addWidget(self.country)
        self.country_hint = QLabel()
        self.country_hint.setObjectName("countryHint")
        set_tone(self.country_hint, Tone.MUTED)
        country_row.addWidget(self.country_hint, 1)
        zone_layout.addLayout(country_row)
        zone_layout.addWidget(self._error_label("country"))

        links_box = QGroupBox("Relationship links")
        links_form = QFormLayout(links_box)
        links_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key, label in LINKS:
            edit = QLineEdit()
            edit.setObjectName(key)
            edit.setPlaceholderText("https://…")
            button = QToolButton()
            button.setObjectName(f"open_{key}")
            button.setText("Open")
            button.setToolTip(f"Open {label} in your browser")
            button.clicked.connect(lambda _=False, k=key: self.open_link(k))
            row = QHBoxLayout()
            row.addWidget(edit, 1)
            row.addWidget(button)
            self.links[key] = edit
            self.link_buttons[key] = button
            links_form.addRow(label, row)

        column = QVBoxLayout()
        column.addWidget(box)
        column.addWidget(zone_box)
        column.addWidget(links_box)
        column.addStretch(1)
        return column

    def _with_call_button(self, key: str) -> QHBoxLayout:
        button = QToolButton()
        button.setObjectName(f"call_{key}")
        button.setText("Call")
        button.setToolTip("Call this number with your phone app (a tel: link)")
        button.clicked.connect(lambda _=False, k=key: self.call_number(k))
        row = QHBoxLayout()
        row.addWidget(self.contact[key], 1)
        row.addWidget(button)
        return row

    def _with_error(self, item: QWidget | QHBoxLayout, key: str) -> QVBoxLayout:
        cell = QVBoxLayout()
        cell.setSpacing(2)
        if isinstance(item, QWidget):
            cell.addWidget(item)
        else:
            cell.addLayout(item)
        cell.addWidget(self._error_label(key))
        return cell

    def _deal_column(self) -> QVBoxLayout:
        self.deal_box = QGroupBox("What we know about the deal")
        grid = QVBoxLayout(self.deal_box)
        grid.setSpacing(3)

        self.what_will_change = _plain(2, "e.g. a new site opens, the team grows, a contract ends")
        self.decision_maker_name = QLineEdit()
        self.decision_maker_name.setPlaceholderText("Name")
        self.decision_maker_role = QLineEdit()
        self.decision_maker_role.setPlaceholderText("Role")
        self.others_involved = _plain(2, "One person or group per line")
        self.purchasing_process = _plain(2, "Steps and paperwork, e.g. three quotes, then a PO")
        self.budget_status = QComboBox()
        for value, label in BUDGET_CHOICES:
            self.budget_status.addItem(label, value)
        self.budget_amount = QLineEdit()
        self.budget_amount.setPlaceholderText("Amount")
        self.budget_source = QLineEdit()
        self.budget_source.setPlaceholderText("If not planned: how would it be found?")
        self.timeline = QLineEdit()
        self.timeline.setPlaceholderText("When they want it in place")
        for name in ("what_will_change", "decision_maker_name", "decision_maker_role",
                     "others_involved", "purchasing_process", "budget_status",
                     "budget_amount", "budget_source", "timeline"):
            getattr(self, name).setObjectName(name)

        dm_row = QHBoxLayout()
        dm_row.addWidget(self.decision_maker_name, 1)
        dm_row.addWidget(self.decision_maker_role, 1)
        budget = QGridLayout()
        budget.addWidget(self.budget_status, 0, 0)
        budget.addWidget(self.budget_amount, 0, 1)
        budget.addWidget(self.budget_source, 1, 0, 1, 2)
        budget.setColumnStretch(1, 1)
        editors: dict[str, QWidget | QHBoxLayout | QGridLayout | None] = {
            "what_will_change": self.what_will_change,
            "decision_maker": dm_row,
            "others_involved": self.others_involved,
            "purchasing_process": self.purchasing_process,
            "budget": budget,
            "timeline": self.timeline,
            "compelling_events": None,
        }
        self._gap_widgets = {
            "what_will_change": [self.what_will_change],
            "decision_maker": [self.decision_maker_name],
            "others_involved": [self.others_involved],
            "purchasing_process": [self.purchasing_process],
            "budget": [self.budget_status],
            "timeline": [self.timeline],
            "compelling_events": [],
        }
        for index, gap in enumerate(GAP_FIELDS):
            title = QLabel(f"<b>{gap.label}</b>")
            title.setObjectName(f"gapTitle_{gap.key}")
            state = QLabel()
            state.setObjectName(f"gapState_{gap.key}")
            hint = _small_label(f"Ask: “{gap.question}”", "gap")
            hint.setObjectName(f"gap_{gap.key}")
            # a filled gap hides its question but keeps its room: the page does not jump
            # under the rep's cursor as they type
            policy = hint.sizePolicy()
            policy.setRetainSizeWhenHidden(True)
            hint.setSizePolicy(policy)
            self.gap_states[gap.key] = state
            self.gap_hints[gap.key] = hint
            title_row = QHBoxLayout()
            title_row.addWidget(title)
            title_row.addStretch(1)
            title_row.addWidget(state)
            if index:
                grid.addSpacing(6)
            grid.addLayout(title_row)
            grid.addWidget(hint)
            editor = editors[gap.key]
            if isinstance(editor, QWidget):
                grid.addWidget(editor)
            elif editor is not None:
                grid.addLayout(editor)
            if gap.key == "budget":
                grid.addWidget(self._error_label("budget_status"))
        column = QVBoxLayout()
        column.addWidget(self.deal_box)
        column.addStretch(1)
        return column

    def _events_column(self) -> QVBoxLayout:
        events_box = QGroupBox("Compelling events")
        layout = QVBoxLayout(events_box)
        self.events_model = EventsTableModel(self._touch_due_text, self)
        self.events_view = QTableView()
        self.events_view.setObjectName("eventsView")
        self._setup_table(self.events_view, self.events_model)
        self.events_view.setWordWrap(True)
        # grows with long notes (a row taller than the view would be cut off), then scrolls
        # smoothly rather than jumping a whole row at a time
        self.events_view.setMinimumHeight(112)
        self.events_view.setMaximumHeight(240)
        self.events_view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)

        self.events_view.doubleClicked.connect(lambda _index: self.edit_event())
        self.add_event_button = QPushButton("Add event…")
        self.add_event_button.setObjectName("addEvent")
        self.edit_event_button = QPushButton("Change…")
        self.edit_event_button.setObjectName("editEvent")
        self.delete_event_button = QPushButton("Delete")
        self.delete_event_button.setObjectName("deleteEvent")
        self.events_hint = QLabel()
        self.events_hint.setObjectName("eventsHint")
        self.events_hint.setProperty("role", "known")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_event_button)
        buttons.addWidget(self.edit_event_button)
        buttons.addWidget(self.delete_event_button)
        buttons.addStretch(1)
        buttons.addWidget(self.events_hint)
        layout.addWidget(self.events_view)
        layout.addLayout(buttons)
        layout.addWidget(self._error_label("events"))

        notes_box = QGroupBox("Notes")
        notes_layout = QVBoxLayout(notes_box)
        self.notes = _plain(3, "Anything worth remembering about them")
        self.notes.setObjectName("notes")
        notes_layout.addWidget(self.notes)

        history_box = QGroupBox("History")
        history_layout = QVBoxLayout(history_box)
        self.history_model = HistoryTableModel(lambda: self.ctx.rep_timezone, self._zone, self)
        self.history_view = QTableView()
        self.history_view.setObjectName("historyView")
        self._setup_table(self.history_view, self.history_model)
        self.history_view.setWordWrap(True)
        self.history_view.setMinimumHeight(160)
        self.history_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        history_header = self.history_view.horizontalHeader()
        history_header.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self.history_view.setColumnWidth(1, 175)
        self.history_empty = QLabel("Nothing has happened yet: log a stall from the queue.")
        self.history_empty.setObjectName("historyEmpty")
        history_layout.addWidget(self.history_view, 1)
        history_layout.addWidget(self.history_empty)

        column = QVBoxLayout()
        column.addWidget(events_box)
        column.addWidget(notes_box)
        column.addWidget(history_box, 1)
        return column

    @staticmethod
    def _setup_table(view: QTableView, model: QAbstractTableModel) -> None:
        view.setModel(model)
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.verticalHeader().hide()
        view.setAlternatingRowColors(True)
        header = view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.sectionResized.connect(lambda *_: view.resizeRowsToContents())
        model.modelReset.connect(view.resizeRowsToContents)
        model.rowsInserted.connect(lambda *_: view.resizeRowsToContents())
        model.dataChanged.connect(lambda *_: view.resizeRowsToContents())
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _wire(self) -> None:
        for edit in [*self.contact.values(), *self.links.values(), self.decision_maker_name,
                     self.decision_maker_role, self.budget_amount, self.budget_source,
                     self.timeline]:
            edit.textChanged.connect(self._on_edited)
        for plain in (self.notes, self.other_contacts, self.what_will_change,
                      self.others_involved, self.purchasing_process):
            plain.textChanged.connect(self._on_edited)
        self.budget_status.currentIndexChanged.connect(self._on_edited)
        self.zone_picker.zoneChanged.connect(self._on_zone_changed)
        self.contact["email"].editingFinished.connect(self._check_email_field)
        for key in ("phone", "mobile"):
            self.contact[key].editingFinished.connect(
                lambda k=key: self._format_phone_field(k))
        self.add_event_button.clicked.connect(self.add_event)
        self.edit_event_button.clicked.connect(self.edit_event)
        self.delete_event_button.clicked.connect(self.delete_event)
        self.events_view.selectionModel().selectionChanged.connect(self._update_event_buttons)
        self.save_button.clicked.connect(self.save)
        self.cancel_button.clicked.connect(self.reject)
        self.trash_button.clicked.connect(self.move_to_trash)
        save = QShortcut(QKeySequence.StandardKey.Save, self)
        save.activated.connect(self.save)

    def _fit_to_screen(self) -> None:
        fit_to_screen(self, 1240, 800)

    # .. reading and writing the form ......................................................

    def reload(self) -> None:
        """Fill the page from the database (dropping unsaved edits)."""
        self._loading = True
        try:
            if self.prospect_id is None:
                prospect: dict[str, Any] = {"timezone": self.ctx.rep_timezone}
                profile = Profile()
                events: list[EventDraft] = []
                entries: list[HistoryEntry] = []
            else:
                page = load_profile(self.ctx, self.prospect_id)
                prospect = {**page.prospect.contact(), "country": page.prospect.country,
                            "deleted_utc": page.prospect.deleted_utc}
                profile, events, entries = page.profile, page.events, page.history
            for key, edit in [*self.contact.items(), *self.links.items()]:
                edit.setText(str(prospect.get(key) or ""))
                edit.setCursorPosition(0)
            self.notes.setPlainText(str(prospect.get("notes") or ""))
            self.other_contacts.setPlainText(str(prospect.get("other_contacts") or ""))
            self.zone_picker.set_zone(str(prospect.get("timezone") or ""))
            self.country.setText(str(prospect.get("country") or ""))
            self._update_country_hint()
            self.what_will_change.setPlainText(profile.what_will_change)
            self.decision_maker_name.setText(profile.decision_maker_name)
            self.decision_maker_role.setText(profile.decision_maker_role)
            self.others_involved.setPlainText("\n".join(profile.others_involved))
            self.purchasing_process.setPlainText(profile.purchasing_process)
            self.budget_status.setCurrentIndex(
                max(0, self.budget_status.findData(profile.budget_status or "unknown")))
            self.budget_amount.setText(profile.budget_amount)
            self.budget_source.setText(profile.budget_source)
            self.timeline.setText(profile.timeline)
            for line in (self.decision_maker_name, self.decision_maker_role, self.budget_amount,
                         self.budget_source, self.timeline):
                line.setCursorPosition(0)
            self.events_model.set_events(events)
            self._set_history(entries)
            self._in_trash = bool(prospect.get("deleted_utc"))
        finally:
            self._loading = False
        for label in self.errors.values():
            label.hide()
        for edit in self.contact.values():
            _set_prop(edit, "invalid", "false")
        self._show_bad_address()
        self._baseline = self.values()
        self.events_hint.setText(f"Value email {self._days_before} days before a dated event")
        self.message.setText("This prospect is in the trash." if self._in_trash else "")
        self.save_button.setEnabled(not self._in_trash)
        self.trash_button.setEnabled(self.prospect_id is not None and not self._in_trash)
        self._refresh_derived()
        self._update_event_buttons()

    def _set_history(self, entries: list[HistoryEntry]) -> None:
        self.history_model.set_entries(entries)
        self.history_empty.setVisible(not entries)
        self.history_view.resizeRowsToContents()

    def contact_values(self) -> dict[str, str]:
        values = {key: edit.text() for key, edit in self.contact.items()}
        values.update({key: edit.text() for key, edit in self.links.items()})
        values["notes"] = self.notes.toPlainText()
        values["other_contacts"] = self.other_contacts.toPlainText()
        values["timezone"] = self.zone_picker.zone()
        values["country"] = self.country.text()
        return values

    def profile_values(self) -> dict[str, Any]:
        return {
            "what_will_change": self.what_will_change.toPlainText(),
            "decision_maker_name": self.decision_maker_name.text(),
            "decision_maker_role": self.decision_maker_role.text(),
            "others_involved": [line for line in self.others_involved.toPlainText().splitlines()
                                if line.strip()],
            "purchasing_process": self.purchasing_process.toPlainText(),
            "budget_status": self.budget_status.currentData(),
            "budget_amount": self.budget_amount.text(),
            "budget_source": self.budget_source.text(),
            "timeline": self.timeline.text(),
        }

    def values(self) -> dict[str, Any]:
        return {"contact": self.contact_values(), "profile": self.profile_values(),
                "events": self.events_model.events()}

    def is_dirty(self) -> bool:
        return self.values() != self._baseline

    def open_gap_fields(self) -> list[GapField]:
        dated = sum(1 for e in self.events_model.events() if e.event_date)
        return open_gaps(self.profile_values(), dated)

    # .. live feedback .....................................................................

    def _on_edited(self, *_args: object) -> None:
        if self._loading:
            return
        self._refresh_derived()

    def _update_country_hint(self) -> None:
        from desktop_app.domain.workdays import country_for_zone

        zone = country_for_zone(self._zone())
        self.country.setPlaceholderText(zone)
        self.country_hint.setText(f"empty: {zone}, from the time zone" if zone
                                  else "empty: weekends only")

    def _on_zone_changed(self, _name: str) -> None:
        self._update_country_hint()
        self.errors["timezone"].hide()
        self.events_model.refresh()
        self._on_edited()

    def _zone(self) -> str:
        name = self.zone_picker.zone()
        return name if name and is_valid_zone(name) else self.ctx.rep_timezone

    def _refresh_derived(self) -> None:
        contact = self.contact_values()
        name = f"{contact['first_name']} {contact['last_name']}".strip()
        company = contact["company"].strip()
        heading = " — ".join(p for p in (name, company) if p) or "New prospect"
        self.heading.setText(heading)
        self.setWindowTitle(f"{heading}{' *' if self.is_dirty() else ''} · Tickler")
        self._update_clock()
        gaps = self.open_gap_fields()
        open_keys = {g.key for g in gaps}
        known = len(GAP_FIELDS) - len(gaps)
        self.completeness.setText(f"{known} of {len(GAP_FIELDS)} known")
        self.completeness.setToolTip(
            "Still to find out: " + ", ".join(g.label for g in gaps) if gaps
            else "Every gap is filled.")
        _set_prop(self.completeness, "state", "open" if gaps else "done")
        self.deal_box.setTitle(f"What we know about the deal — {known} of {len(GAP_FIELDS)}")
        for gap in GAP_FIELDS:
            is_open = gap.key in open_keys
            state = self.gap_states[gap.key]
            state.setText("● open gap" if is_open else "✓ known")
            _set_prop(state, "role", "gap" if is_open else "known")
            self.gap_hints[gap.key].setVisible(is_open)
            for widget in self._gap_widgets[gap.key]:
                _set_prop(widget, "gap", "true" if is_open else "false")

    def _update_clock(self) -> None:
        name = self.zone_picker.zone()
        if not name or not is_valid_zone(name):
            self.local_time.setText("Pick their time zone to see their local time.")
            return
        now = self.ctx.now()
        local = utc_to_local(now, name)
        mine = utc_to_local(now, self.ctx.rep_timezone)
        first = self.contact["first_name"].text().strip() or "them"
        text = (f"Local time for {first}: {ui_datetime(local, sep=', ')} "
                f"({name}, {utc_offset_text(local)})")
        if local.utcoffset() != mine.utcoffset():
            text += f" · yours: {ui_time(mine)}"
        self.local_time.setText(text)

    def _show_error(self, key: str | None, message: str) -> None:
        label = self.errors.get(key or "")
        if label is None:
            self.message.setText(message)
            _set_prop(self.message, "role", "error")
            return
        label.setText(message)
        label.show()
        if key in self.contact:
            _set_prop(self.contact[key], "invalid", "true")

    def _clear_error(self, key: str) -> None:
        self.errors[key].hide()
        if key in self.contact:
            _set_prop(self.contact[key], "invalid", "false")

    def _show_bad_address(self) -> None:
        """An address that bounced says so under the field, until a new one is saved."""
        if self.prospect_id is None:
            return
        from desktop_app.services.mailbox import bad_addresses_of

        bad = bad_addresses_of(self.ctx.store, [self.prospect_id]).get(self.prospect_id)
        if bad:
            label = self.errors["email"]
            label.setText(f"✉ {bad}. Ask them for a new address.")
            _set_prop(label, "role", "error")
            label.show()

    def _check_email_field(self) -> None:
        try:
            check_email(self.contact["email"].text())
        except ValidationError as exc:
            self._show_error("email", str(exc))
        else:
            self._clear_error("email")

    def _format_phone_field(self, key: str) -> None:
        edit = self.contact[key]
        formatted, note = clean_phone(edit.text(), self._zone())
        if formatted != edit.text():
            edit.setText(formatted)
        label = self.errors[key]
        if note:
            label.setText(note)
            _set_prop(label, "role", "gap")
            label.show()
        else:
            label.hide()

    # .. links ..............................................................................

    def call_number(self, key: str) -> bool:
        """Hand the number to the system's phone app; without one it is copied."""
        from desktop_app.views.calls.dialer import dial

        if not self.contact[key].text().strip():
            self.message.setText("Fill in the number first.")
            return False
        return dial(self.contact[key].text(), self._zone(), self.message.setText).dialled

    def open_link(self, key: str) -> bool:
        link = clean_link(self.links[key].text())
        if not link:
            self.message.setText("Fill in the link first.")
            return False
        if QUrl(link).scheme().lower() not in ("http", "https"):
            # an imported file:// or javascript: "link" is not opened
            self.message.setText("Only web links (http or https) open from here.")
            return False
        from desktop_app.platform.environ import open_url

        return open_url(link)

    # .. events .............................................................................

    def _touch_due_text(self, event: EventDraft) -> str:
        due = value_touch_due(event.event_date, self._days_before, self._zone(), self.ctx.now())
        if due is None:
            return "none (no future date)" if event.event_date else "none until it has a date"
        return f"email {ui_date(utc_to_local(due, self._zone()), year=True)}"

    def _selected_event_row(self) -> int | None:
        rows = self.events_view.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def _update_event_buttons(self, *_args: object) -> None:
        has = self._selected_event_row() is not None
        self.edit_event_button.setEnabled(has)
        self.delete_event_button.setEnabled(has)

    def _today(self) -> date:
        return utc_to_local(self.ctx.now(), self._zone()).date()

    def make_event_dialog(self, draft: EventDraft | None) -> EventDialog:
        return EventDialog(draft, self._today(), self)

    def add_event(self) -> None:
        dialog = self.make_event_dialog(None)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events_model.add(dialog.draft())
            self.events_view.selectRow(self.events_model.rowCount() - 1)
            self._on_edited()

    def edit_event(self) -> None:
        row = self._selected_event_row()
        if row is None:
            return
        dialog = self.make_event_dialog(self.events_model.event_at(row))
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.events_model.replace_at(row, dialog.draft())
            self._on_edited()

    def delete_event(self) -> None:
        row = self._selected_event_row()
        if row is None:
            return
        self.events_model.remove_at(row)
        self._update_event_buttons()
        self._on_edited()

    # .. save, cancel, trash ...............................................................

    def save(self) -> bool:
        if self._in_trash:
            return False
        contact, profile = self.contact_values(), self.profile_values()
        events = self.events_model.events()
        for key in self.errors:
            self._clear_error(key)
        problems = check_profile_edit(contact, profile, events)
        if not problems and self.prospect_id is not None:
            moves = zone_change_preview(self.ctx, self.prospect_id, contact["timezone"])
            if moves and not self.confirm_zone_change(contact["timezone"], moves):
                return False
        try:
            if problems:
                raise problems[0]
            result = save_profile(self.ctx, self.prospect_id, contact, profile, events)
        except ValidationError as exc:
            for problem in problems or [exc]:
                self._show_error(problem.field, str(problem))
            first = problems[0].field if problems else exc.field
            widget = self.contact.get(first or "") or (
                self.zone_picker.search if first == "timezone" else None)
            if widget is not None:
                widget.setFocus()
            if any(p.field in self.errors for p in problems or [exc]):
                # a problem without a field of its own has already put its words here
                self.message.setText("Nothing was saved: fix the marked fields.")
                _set_prop(self.message, "role", "error")
            return False
        self.prospect_id = result.prospect_id
        self._baseline = self.values()
        self.saved.emit(result.prospect_id, result.notes)
        self.accept()
        return True

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        box = QMessageBox(QMessageBox.Icon.Question, "Unsaved changes",
                          "This profile has changes that are not saved yet.",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                          | QMessageBox.StandardButton.Cancel, self)
        box.setObjectName("unsavedPrompt")
        box.setInformativeText("Save them before closing?")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return QMessageBox.StandardButton(box.exec())

    def reject(self) -> None:
        if self.is_dirty() and not self._in_trash:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event) -> None:
        # Enter in a one-line field moves to the next field: it used to save and close the
        # page, and the rest of the typing fell onto the queue behind it as shortcuts.
        # Saving stays on the Save button, Ctrl+S and Ctrl+Enter.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier \
                and isinstance(self.focusWidget(), (QLineEdit, QComboBox, QDateEdit)):
            self.focusNextChild()
            landed = self.focusWidget()
            if isinstance(landed, QLineEdit):
                landed.selectAll()  # as Tab does
            event.accept()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) \
                and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.save()
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        # column widths settle only once the page is laid out; wrap the rows to them then
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        self.events_view.resizeRowsToContents()
        self.history_view.resizeRowsToContents()

    def closeEvent(self, event) -> None:
        if self.isVisible() and self.is_dirty() and not self._in_trash:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Save and self.save():
                event.accept()
                return
            if answer != QMessageBox.StandardButton.Discard:
                event.ignore()
                return
        self._baseline = self.values()
        super().closeEvent(event)

    def confirm_zone_change(self, new_zone: str, moves: list[Any]) -> bool:
        """Say what a corrected zone moves (each touch keeps its wall time) before saving."""
        box = QMessageBox(QMessageBox.Icon.Question, "Change the time zone",
                          f"Move their plan to {new_zone.replace('_', ' ')}?",
                          QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Cancel,
                          self)
        box.setObjectName("zoneChangePrompt")
        box.setStyleSheet("QLabel#qt_msgbox_informativelabel { min-width: 520px; }")
        mine = self.ctx.rep_timezone
        lines = []
        for move in moves[:8]:
            before = utc_to_local(move.before_utc, mine)
            after = utc_to_local(move.after_utc, mine)
            # a move across midnight on your clock names the day, or it would read wrong
            shown = ui_time if after.date() == before.date() else ui_datetime
            lines.append(f"• {move.title}, {ui_datetime(move.wall)} their time: "
                         f"{shown(after)} your time (was {shown(before)})")
        if len(moves) > 8:
            lines.append(f"• and {len(moves) - 8} more")
        box.setInformativeText(
            "What was agreed keeps its time on their clock, so these move for you:\n\n"
            + "\n".join(lines)
            + "\n\nAn invite they already have gets an updated copy to send.")
        box.setDefaultButton(QMessageBox.StandardButton.Save)
        return box.exec() == QMessageBox.StandardButton.Save

    def confirm_trash(self) -> bool:
        box = QMessageBox(QMessageBox.Icon.Warning, "Move to trash",
                          f"Move {self.heading.text()} to the trash?",
                          QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
        box.setObjectName("trashPrompt")
        box.setInformativeText("Their pending touches are cancelled; restoring them from "
                               "Prospect ▸ Trash brings those touches back.")
        return box.exec() == QMessageBox.StandardButton.Yes

    def move_to_trash(self) -> None:
        if self.prospect_id is None or not self.confirm_trash():
            return
        try:
            trash_prospect(self.ctx, self.prospect_id)
        except ValidationError as exc:
            self._show_error(None, str(exc))
            return
        self._baseline = self.values()
        self.trashed.emit(self.prospect_id)
        super().reject()

    # .. outside changes ....................................................................

    def _on_changed(self, topics: object) -> None:
        if self.prospect_id is None or not isinstance(topics, frozenset | set):
            return
        if topics & {TOUCHES, STALLS}:
            try:
                self._set_history(history(self.ctx, self.prospect_id))
            except ValidationError:
                return
        if SETTINGS in topics:
            self._days_before = event_touch_days_before(self.ctx)
            self.events_hint.setText(
                f"Value email {self._days_before} days before a dated event")
            self.events_model.refresh()
        if topics & {PROSPECTS, PROFILE} and not self.is_dirty():
            self.reload()

    def done(self, result: int) -> None:
        if self._changes is not None:
            with contextlib.suppress(RuntimeError, TypeError):
                self._changes.changed.disconnect(self._on_changed)
            self._changes = None
        self._tick.stop()
        super().done(result)

