"""One page per prospect: contact, time zone, links, the deal's gaps, events and history.

The page holds its edits until Save, which hands everything to ``services.profile`` as one
transaction; Cancel (or closing) with unsaved changes asks first. Each part of the page is
a section of its own (``contact_section``, ``links_section``, ``deal_section``,
``events_section``, ``history_section``); this module lays them out, reads and fills them,
and saves.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QCloseEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.events import EventDraft, value_touch_due
from desktop_app.domain.gaps import GAP_FIELDS, GapField, Profile, open_gaps
from desktop_app.domain.i18n import tr
from desktop_app.domain.localtime import is_valid_zone, utc_to_local
from desktop_app.services import AppContext, ValidationError
from desktop_app.services.context import PROFILE, PROSPECTS, SETTINGS, STALLS, TOUCHES
from desktop_app.services.profile import (
    HistoryEntry,
    check_profile_edit,
    clean_link,
    event_touch_days_before,
    history,
    load_profile,
    save_profile,
    trash_prospect,
    zone_change_preview,
)
from desktop_app.views.common.changes import QtChanges
from desktop_app.views.common.colours import themed
from desktop_app.views.common.keyboard import apply_keyboard_rules
from desktop_app.views.common.qt_dates import ui_date, ui_datetime, ui_time
from desktop_app.views.common.refusal import FieldError, FieldErrors
from desktop_app.views.common.screens import fit_to_screen
from desktop_app.views.common.zone_list import utc_offset_text
from desktop_app.views.profile import page_prompts
from desktop_app.views.profile.contact_section import CONTACT_FIELDS, ContactSection, ZoneSection
from desktop_app.views.profile.deal_section import BUDGET_CHOICES, DealSection
from desktop_app.views.profile.event_dialog import EventDialog
from desktop_app.views.profile.events_section import EventsSection, EventsTableModel
from desktop_app.views.profile.history_section import (
    HistorySection,
    HistoryTableModel,
    NotesSection,
)
from desktop_app.views.profile.links_section import LINKS, LinksSection
from desktop_app.views.profile.page_widgets import page_style, set_prop

__all__ = [
    "BUDGET_CHOICES", "CONTACT_FIELDS", "LINKS", "EventDialog", "EventsTableModel",
    "HistoryTableModel", "ProfileEditorDialog", "page_style",
]


class ProfileEditorDialog(QDialog):
    """The prospect's page. ``prospect_id`` None makes a new prospect on Save."""

    saved = Signal(int, tuple)  # prospect id, notes for the rep
    trashed = Signal(int)

    def __init__(self, ctx: AppContext, prospect_id: int | None,
                 changes: QtChanges | None = None, parent: QWidget | None = None) -> None:
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
        self.errors = FieldErrors(fallback="message")

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
        header = self._build_header()
        columns = QHBoxLayout()
        columns.setSpacing(12)
        columns.addLayout(self._contact_column(), 30)
        columns.addLayout(self._deal_column(), 30)
        columns.addLayout(self._events_column(), 50)
        body = QWidget()
        body.setObjectName("profileBody")
        body.setLayout(columns)
        scroll = QScrollArea(self)
        scroll.setObjectName("profileScroll")
        scroll.setAccessibleName(tr("Prospect profile"))
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)

        layout = QVBoxLayout(self)
        layout.addLayout(header)
        layout.addWidget(scroll, 1)
        layout.addLayout(self._build_footer())

    def _build_header(self) -> QHBoxLayout:
        """Who (in large type), their local time now, and how many gaps are known."""
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
        return header

    def _build_footer(self) -> QHBoxLayout:
        """Move to trash, the page's message line, Save and Cancel."""
        # the page's own line: news in plain colours, a refusal without a field of its own
        self.message = self.errors.put("message", FieldError(self, name="message"))
        self.trash_button = QPushButton(tr("Move to trash…"), self)
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
        footer.addStretch(0)  # keeps Save and Cancel on the right while the line is empty
        footer.addWidget(self.buttons)
        return footer

    def _contact_column(self) -> QVBoxLayout:
        self.contact_section = ContactSection(self.errors, self._zone)
        self.contact: dict[str, QLineEdit] = self.contact_section.edits
        self.other_contacts = self.contact_section.other_contacts
        self.zone_section = ZoneSection(self.errors, self.ctx.now)
        self.zone_picker = self.zone_section.zone_picker
        self.country = self.zone_section.country
        self.country_hint = self.zone_section.country_hint
        self.links_section = LinksSection()
        self.links: dict[str, QLineEdit] = self.links_section.edits
        self.link_buttons: dict[str, QToolButton] = self.links_section.buttons
        column = QVBoxLayout()
        column.addWidget(self.contact_section)
        column.addWidget(self.zone_section)
        column.addWidget(self.links_section)
        column.addStretch(1)
        return column

    def _deal_column(self) -> QVBoxLayout:
        deal = self.deal_box = DealSection(self.errors)
        self.gap_hints: dict[str, QLabel] = deal.gap_hints
        self.gap_states: dict[str, QLabel] = deal.gap_states
        self.what_will_change = deal.what_will_change
        self.decision_maker_name = deal.decision_maker_name
        self.decision_maker_role = deal.decision_maker_role
        self.others_involved = deal.others_involved
        self.purchasing_process = deal.purchasing_process
        self.budget_status = deal.budget_status
        self.budget_amount = deal.budget_amount
        self.budget_source = deal.budget_source
        self.timeline = deal.timeline
        column = QVBoxLayout()
        column.addWidget(deal)
        column.addStretch(1)
        return column

    def _events_column(self) -> QVBoxLayout:
        events = self.events_section = EventsSection(
            self.errors, self._touch_due_text, lambda draft: self.make_event_dialog(draft))
        self.events_model = events.model
        self.events_view = events.view
        self.add_event_button = events.add_button
        self.edit_event_button = events.edit_button
        self.delete_event_button = events.delete_button
        self.events_hint = events.hint
        notes_box = NotesSection()
        self.notes = notes_box.notes
        self.history_section = HistorySection(lambda: self.ctx.rep_timezone, self._zone)
        self.history_model = self.history_section.model
        self.history_view = self.history_section.view
        self.history_empty = self.history_section.empty
        column = QVBoxLayout()
        column.addWidget(events)
        column.addWidget(notes_box)
        column.addWidget(self.history_section, 1)
        return column

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
        self.contact_section.call_requested.connect(self.call_number)
        self.links_section.open_requested.connect(self.open_link)
        self.events_section.wire()
        self.events_section.edited.connect(self._on_edited)
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
            self.contact_section.load(prospect)
            self.links_section.load(prospect)
            self.notes.setPlainText(str(prospect.get("notes") or ""))
            self.zone_section.load(prospect)
            self._update_country_hint()
            self.deal_box.load(profile)
            self.events_model.set_events(events)
            self._set_history(entries)
            self._in_trash = bool(prospect.get("deleted_utc"))
        finally:
            self._loading = False
        self.errors.withdraw()
        self._show_bad_address()
        self._baseline = self.values()
        self.events_section.set_days_before(self._days_before)
        self.message.say(tr("This prospect is in the trash.") if self._in_trash else "", None)
        self.save_button.setEnabled(not self._in_trash)
        self.trash_button.setEnabled(self.prospect_id is not None and not self._in_trash)
        self._refresh_derived()
        self._update_event_buttons()

    def _set_history(self, entries: list[HistoryEntry]) -> None:
        self.history_section.set_entries(entries)

    def contact_values(self) -> dict[str, str]:
        values = self.contact_section.values()
        values.update(self.links_section.values())
        values["notes"] = self.notes.toPlainText()
        values.update(self.zone_section.values())
        return values

    def profile_values(self) -> dict[str, Any]:
        return self.deal_box.values()

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
        self.zone_section.update_country_hint(self._zone())

    def _on_zone_changed(self, _name: str) -> None:
        self._update_country_hint()
        self.errors["timezone"].withdraw()
        self.events_model.refresh()
        self._on_edited()

    def _zone(self) -> str:
        name = self.zone_picker.zone()
        return name if name and is_valid_zone(name) else self.ctx.rep_timezone

    def _refresh_derived(self) -> None:
        contact = self.contact_values()
        name = f"{contact['first_name']} {contact['last_name']}".strip()
        company = contact["company"].strip()
        heading = " — ".join(p for p in (name, company) if p) or tr("New prospect")
        self.heading.setText(heading)
        title = tr("{name} * · Tickler") if self.is_dirty() else tr("{name} · Tickler")
        self.setWindowTitle(title.format(name=heading))
        self._update_clock()
        gaps = self.open_gap_fields()
        known = len(GAP_FIELDS) - len(gaps)
        self.completeness.setText(tr("{known} of {total} known").format(
            known=known, total=len(GAP_FIELDS)))
        self.completeness.setToolTip(
            tr("Still to find out: {gaps}").format(gaps=", ".join(tr(g.label) for g in gaps))
            if gaps else tr("Every gap is filled."))
        set_prop(self.completeness, "state", "open" if gaps else "done")
        self.deal_box.show_gaps({g.key for g in gaps})

    def _update_clock(self) -> None:
        name = self.zone_picker.zone()
        if not name or not is_valid_zone(name):
            self.local_time.setText(tr("Pick their time zone to see their local time."))
            return
        now = self.ctx.now()
        local = utc_to_local(now, name)
        mine = utc_to_local(now, self.ctx.rep_timezone)
        first = self.contact["first_name"].text().strip()
        when = ui_datetime(local, sep=", ")
        offset = utc_offset_text(local)
        text = (tr("Local time for {name}: {when} ({zone}, {offset})").format(
                    name=first, when=when, zone=name, offset=offset) if first
                else tr("Local time for them: {when} ({zone}, {offset})").format(
                    when=when, zone=name, offset=offset))
        if local.utcoffset() != mine.utcoffset():
            text = tr("{their_time} · yours: {my_time}").format(their_time=text,
                                                               my_time=ui_time(mine))
        self.local_time.setText(text)

    def _show_error(self, key: str | None, message: str) -> None:
        """A refusal beside the field ``key`` names, or on the page's line."""
        self.errors.refuse(key, message)

    def _show_bad_address(self) -> None:
        """An address that bounced says so under the field, until a new one is saved."""
        if self.prospect_id is None:
            return
        from desktop_app.services.mailbox import bad_addresses_of

        bad = bad_addresses_of(self.ctx.store, [self.prospect_id]).get(self.prospect_id)
        if bad:
            self.errors["email"].refuse(
                tr("✉ {problem}. Ask them for a new address.").format(problem=bad))

    # .. links ..............................................................................

    def call_number(self, key: str) -> bool:
        """Hand the number to the system's phone app; without one it is copied."""
        from desktop_app.views.calls.dialer import dial

        if not self.contact[key].text().strip():
            self.message.say(tr("Fill in the number first."), None)
            return False
        return dial(self.contact[key].text(), self._zone(),
                    lambda words: self.message.say(words, None)).dialled

    def open_link(self, key: str) -> bool:
        link = clean_link(self.links[key].text())
        if not link:
            self.message.say(tr("Fill in the link first."), None)
            return False
        if QUrl(link).scheme().lower() not in ("http", "https"):
            # an imported file:// or javascript: "link" is not opened
            self.message.say(tr("Only web links (http or https) open from here."), None)
            return False
        from desktop_app.platform.environ import open_url

        return open_url(link)

    # .. events .............................................................................

    def _touch_due_text(self, event: EventDraft) -> str:
        due = value_touch_due(event.event_date, self._days_before, self._zone(), self.ctx.now())
        if due is None:
            return (tr("none (no future date)") if event.event_date
                    else tr("none until it has a date"))
        return tr("email {date}").format(date=ui_date(utc_to_local(due, self._zone()), year=True))

    def _update_event_buttons(self, *_args: object) -> None:
        self.events_section.update_buttons()

    def _today(self) -> date:
        return utc_to_local(self.ctx.now(), self._zone()).date()

    def make_event_dialog(self, draft: EventDraft | None) -> EventDialog:
        return EventDialog(draft, self._today(), self)

    def add_event(self) -> None:
        self.events_section.add_event()

    def edit_event(self) -> None:
        self.events_section.edit_event()

    def delete_event(self) -> None:
        self.events_section.delete_event()

    # .. save, cancel, trash ...............................................................

    def save(self) -> bool:
        if self._in_trash:
            return False
        contact, profile = self.contact_values(), self.profile_values()
        events = self.events_model.events()
        self.errors.withdraw()
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
                self.message.refuse(tr("Nothing was saved: fix the marked fields."))
            return False
        self.prospect_id = result.prospect_id
        self._baseline = self.values()
        self.saved.emit(result.prospect_id, result.notes)
        self.accept()
        return True

    def ask_unsaved(self) -> QMessageBox.StandardButton:
        return page_prompts.ask_unsaved(self)

    def reject(self) -> None:
        if self.is_dirty() and not self._in_trash:
            answer = self.ask_unsaved()
            if answer == QMessageBox.StandardButton.Save:
                self.save()
                return
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def keyPressEvent(self, event: QKeyEvent) -> None:
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

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # column widths settle only once the page is laid out; wrap the rows to them then
        QTimer.singleShot(0, self._fit_rows)

    def _fit_rows(self) -> None:
        self.events_view.resizeRowsToContents()
        self.history_view.resizeRowsToContents()

    def closeEvent(self, event: QCloseEvent) -> None:
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
        return page_prompts.confirm_zone_change(self, new_zone, moves, self.ctx.rep_timezone)

    def confirm_trash(self) -> bool:
        return page_prompts.confirm_trash(self, self.heading.text())

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
            self.events_section.set_days_before(self._days_before)
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
